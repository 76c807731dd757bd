"""Bandwidth profiles and the packages that use them: the profile's rules on
its tab (rates, burst, threshold, priority) with messages next to the fields
and nothing written; a profile in use by an active package is neither
deactivated nor deleted; the tab counts the packages using each profile; the
package dialog's service lists the profiles and saves through the packages
tab's checks, a speed that disagrees with the profile being allowed."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, BandwidthProfile, Package
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import PermissionDenied, ValidationError
from ispdesk.services import bandwidth, listing, records
from ispdesk.services.modules import SPECS
from ispdesk.services.specs import ListQuery
from tests.services.billing_support import add
from tests.support.actors import ADMIN, CASHIER

PROFILES = SPECS["bandwidth_profiles"]
GOOD = {"name": "FTTH 20M", "download_kbps": "20000", "upload_kbps": "10000", "burst_download_kbps": "30000",
        "burst_upload_kbps": "15000", "burst_threshold_percent": "75", "burst_time_seconds": "16", "priority": "4"}


def save_profile(db: Any, values: dict[str, Any], record_id: int | None = None, actor: Any = ADMIN) -> int:
    return write(db, lambda s: records.save(s, actor, PROFILES, record_id, values))


def profile_count(db: Any) -> int:
    return read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(BandwidthProfile)))


def package(db: Any, code: str, profile: int | None, *, speed: int = 20, active: bool = True) -> int:
    return add(db, Package(code=code, name=f"Paket {code}", speed_mbps=speed, monthly_price=Decimal("150000"),
                           bandwidth_profile_id=profile, is_active=active))


def test_mbps_reads_both_megabits_and_speed_disagreement() -> None:
    assert [bandwidth.mbps(k) for k in (20000, 20480, 1500, 512, None)] == [
        Decimal(20), Decimal(20), Decimal("1.5"), Decimal("0.512"), None]
    assert not bandwidth.speed_disagrees(20, 20000) and not bandwidth.speed_disagrees(20, 20480)
    assert bandwidth.speed_disagrees(30, 20000) and not bandwidth.speed_disagrees(None, 20000)


def test_a_profile_is_checked_field_by_field_and_nothing_is_written(db: Any) -> None:
    cases = [
        ({"download_kbps": "0"}, {"download_kbps": ("bandwidth.download_not_positive", {})}),
        ({"upload_kbps": "-512"}, {"upload_kbps": ("bandwidth.upload_not_positive", {})}),
        ({"burst_download_kbps": "15000"},
         {"burst_download_kbps": ("bandwidth.burst_download_below", {"burst": "15.000", "rate": "20.000"})}),
        ({"burst_upload_kbps": "9999"},
         {"burst_upload_kbps": ("bandwidth.burst_upload_below", {"burst": "9.999", "rate": "10.000"})}),
        ({"burst_threshold_percent": "0"}, {"burst_threshold_percent": ("bandwidth.threshold_range", {})}),
        ({"burst_threshold_percent": "101"}, {"burst_threshold_percent": ("bandwidth.threshold_range", {})}),
        ({"burst_time_seconds": "0"}, {"burst_time_seconds": ("bandwidth.burst_time_not_positive", {})}),
        ({"priority": "9"}, {"priority": ("bandwidth.priority_range", {})}),
        ({"priority": "0"}, {"priority": ("bandwidth.priority_range", {})}),
        ({"burst_threshold_percent": "", "burst_time_seconds": ""},
         {"burst_threshold_percent": ("bandwidth.threshold_needed", {}),
          "burst_time_seconds": ("bandwidth.burst_time_needed", {})}),
    ]
    for change, errors in cases:
        with pytest.raises(ValidationError) as refused:
            save_profile(db, {**GOOD, **change})
        assert {field: (m.code, m.params) for field, m in refused.value.errors.items()} == errors, change
    assert profile_count(db) == 0
    # several at once, all next to their fields
    with pytest.raises(ValidationError) as refused:
        save_profile(db, {**GOOD, "download_kbps": "0", "priority": "12", "burst_threshold_percent": "200"})
    assert set(refused.value.errors) == {"download_kbps", "priority", "burst_threshold_percent"}
    # a good one, a burst equal to the rate, and one without burst (priority defaults to 8)
    first = save_profile(db, GOOD)
    save_profile(db, {**GOOD, "name": "Flat 10M", "download_kbps": "10000", "burst_download_kbps": "10000"})
    plain = save_profile(db, {"name": "Home 10M", "download_kbps": "10240", "upload_kbps": "5120"})
    stored = read(db, lambda s: s.get(BandwidthProfile, plain))
    assert (stored.priority, stored.burst_download_kbps, stored.is_active) == (8, None, True)
    # an edit is checked against what is stored: lowering the rate above the burst is refused
    with pytest.raises(ValidationError) as refused:
        save_profile(db, {"download_kbps": "40000"}, first)
    assert refused.value.codes == {"burst_download_kbps": "bandwidth.burst_download_below"}
    assert refused.value.errors["burst_download_kbps"].params == {"burst": "30.000", "rate": "40.000"}


def test_a_profile_used_by_an_active_package_is_not_deactivated_or_deleted(db: Any) -> None:
    used = save_profile(db, GOOD)
    spare = save_profile(db, {**GOOD, "name": "FTTH 50M", "download_kbps": "50000", "burst_download_kbps": ""})
    home = package(db, "HOME-20", used)
    package(db, "OLD-20", used, active=False)
    with pytest.raises(ValidationError) as refused:
        save_profile(db, {"is_active": False}, used)
    in_use = refused.value.errors["is_active"]
    assert (refused.value.codes, in_use.params, in_use.count) == (
        {"is_active": "bandwidth.in_use"}, {"profile": "FTTH 20M", "packages": "Paket HOME-20"}, 1)
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: records.delete(s, ADMIN, PROFILES, used))
    assert refused.value.codes == {"": "bandwidth.in_use"}
    assert read(db, lambda s: s.get(BandwidthProfile, used).is_active) is True
    # other changes stay possible while it is in use
    save_profile(db, {"description": "Rumah, 2:1"}, used)
    # the package moves to another profile: now the old one may go (archived: the old package still names it)
    write(db, lambda s: bandwidth.save_package(s, ADMIN, home, {"bandwidth_profile_id": spare}))
    write(db, lambda s: records.delete(s, ADMIN, PROFILES, used))
    assert read(db, lambda s: s.get(BandwidthProfile, used).is_active) is False


def test_the_tab_counts_the_active_packages_using_each_profile(db: Any) -> None:
    a = save_profile(db, GOOD)
    b = save_profile(db, {**GOOD, "name": "FTTH 100M", "download_kbps": "100000", "burst_download_kbps": "",
                          "burst_upload_kbps": "", "burst_threshold_percent": "", "burst_time_seconds": ""})
    c = save_profile(db, {**GOOD, "name": "Bisnis 50M", "download_kbps": "50000", "burst_download_kbps": "60000"})
    for code in ("A1", "A2"):
        package(db, code, a)
    package(db, "A3", a, active=False)
    package(db, "C1", c, speed=50)
    query = ListQuery(sort_column="packages_using", sort_descending=True)
    page = read(db, lambda s: listing.fetch_page(s, ADMIN, PROFILES, query, 0, 50))
    using = page.columns.index("packages_using")
    assert [(i, row[using]) for i, row in zip(page.ids, page.rows)] == [(a, 2), (c, 1), (b, 0)]
    assert read(db, lambda s: listing.count(s, ADMIN, PROFILES, ListQuery(search="FTTH"))) == 2
    assert "packages_using" not in [col.name for col in PROFILES.columns if col.in_form]


def test_the_package_dialog_lists_profiles_and_saves_through_the_packages_checks(db: Any) -> None:
    home = save_profile(db, GOOD)
    old = save_profile(db, {"name": "Lama 5M", "download_kbps": "5000", "upload_kbps": "5000"})
    fast = save_profile(db, {"name": "FTTH 50M", "download_kbps": "51200", "upload_kbps": "25600", "priority": "2"})
    legacy = package(db, "LAMA-5", old, speed=5)
    write(db, lambda s: setattr(s.get(BandwidthProfile, old), "is_active", False))   # archived before the rule
    new_form = read(db, lambda s: bandwidth.package_form(s, ADMIN))
    assert [p.name for p in new_form.profiles] == ["FTTH 20M", "FTTH 50M"]   # active ones only
    assert new_form.values == {"requires_public_ip": False, "is_active": True}
    form = read(db, lambda s: bandwidth.package_form(s, ADMIN, legacy))
    assert [(p.name, p.is_active) for p in form.profiles] == [("FTTH 20M", True), ("FTTH 50M", True),
                                                              ("Lama 5M", False)]   # it keeps its own
    assert (form.values["speed_mbps"], form.values["bandwidth_profile_id"]) == (5, old)
    assert form.profile(fast).download_mbps == Decimal(50)

    # a new package: a speed the profile does not give is saved (the dialog warns), bad fields are refused
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: bandwidth.save_package(s, ADMIN, None, {
            "code": "HOME-30", "name": "", "speed_mbps": "tiga puluh", "monthly_price": Decimal("200000"),
            "bandwidth_profile_id": home}))
    assert set(refused.value.errors) == {"name", "speed_mbps"}
    created = write(db, lambda s: bandwidth.save_package(s, ADMIN, None, {
        "code": "HOME-30", "name": "Home 30 Mbps", "speed_mbps": "30", "monthly_price": Decimal("200000"),
        "bandwidth_profile_id": home, "requires_public_ip": False, "description": "", "is_active": True,
        "created_at": "ignored"}))
    stored = read(db, lambda s: s.get(Package, created))
    assert (stored.name, stored.speed_mbps, stored.bandwidth_profile_id, stored.monthly_price) == (
        "Home 30 Mbps", 30, home, Decimal("200000.00"))
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(AuditLog).where(
        AuditLog.model_type == "packages", AuditLog.model_id == created))) == 1
    with pytest.raises(PermissionDenied):
        write(db, lambda s: bandwidth.save_package(s, CASHIER, created, {"speed_mbps": "20"}))
    with pytest.raises(PermissionDenied):
        read(db, lambda s: bandwidth.package_form(s, CASHIER))      # a cashier does not create packages
