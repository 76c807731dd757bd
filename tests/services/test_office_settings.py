"""Office settings: read with defaults, saved only with permission and valid values
(refusals asserted by code); the office's time zone runs the office clock."""
from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, Setting
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor, Workstation
from ispdesk.domain import clock
from ispdesk.domain.errors import PermissionDenied, ValidationError
from ispdesk.services.audit import actor_info
from ispdesk.services.office_settings import apply_zone, get_settings, save_settings, use_office_zone
from tests.support.actors import role_actor

HERE = Workstation(host="counter-1", address="10.0.0.5", program="ISPDesk test")


def actor(role: str) -> Actor:
    return role_actor(role, workstation=HERE)


def test_defaults_are_there(db):
    settings = read(db, get_settings)
    assert settings["company.name"] == "PT Jaringan Serat Nusantara"
    assert settings["tax.rate"] == "12"


def test_admin_saves_and_the_change_is_audited(db):
    admin = actor("admin")
    changed = write(db, lambda s: save_settings(s, admin, {
        "company.name": "  PT Fiber Jaya  ", "tax.rate": "11", "billing.due_days": "10"}),
        info=actor_info(admin, "settings"))
    assert changed == {"company.name": "PT Fiber Jaya", "tax.rate": "11"}
    settings = read(db, get_settings)
    assert settings["company.name"] == "PT Fiber Jaya"
    assert settings["tax.rate"] == "11"
    logs = read(db, lambda s: s.scalars(sa.select(AuditLog).where(AuditLog.model_type == "settings")
                                        .order_by(AuditLog.url)).all())
    assert [(log.url, log.old_values, log.new_values) for log in logs] == [
        ("ispdesk://settings/company.name", {"value": "PT Jaringan Serat Nusantara"}, {"value": "PT Fiber Jaya"}),
        ("ispdesk://settings/tax.rate", {"value": "12"}, {"value": "11"})]
    assert {log.ip_address for log in logs} == {"10.0.0.5"}


def test_saving_nothing_new_writes_no_audit_row(db):
    admin = actor("admin")
    assert write(db, lambda s: save_settings(s, admin, {"tax.rate": "12"}), info=actor_info(admin, "settings")) == {}
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(AuditLog))) == 0


@pytest.mark.parametrize("role", ["supervisor", "cashier"])
def test_saving_needs_the_edit_permission(db, role):
    with pytest.raises(PermissionDenied) as refused:
        write(db, lambda s: save_settings(s, actor(role), {"company.name": "Hijacked"}))
    assert refused.value.code == "permission.denied"
    assert read(db, get_settings)["company.name"] == "PT Jaringan Serat Nusantara"


def test_bad_values_are_refused_together(db):
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: save_settings(s, actor("admin"), {
            "company.name": "", "tax.rate": "120", "billing.due_days": "ten", "no.such": "x",
            "billing.late_fee_type": "fixed", "office.time_zone": "CET", "tax.pkp": "ya"}))
    assert refused.value.codes == {"company.name": "settings.company_name_required", "tax.rate": "settings.number_range",
                                   "billing.due_days": "settings.whole_number_range", "no.such": "settings.unknown_key",
                                   "office.time_zone": "settings.one_of", "tax.pkp": "settings.yes_or_no"}
    assert refused.value.errors["billing.due_days"].params == {"low": 0, "high": 365}
    assert refused.value.errors["office.time_zone"].params == {"choices": ["WIB", "WITA", "WIT"]}
    stored = read(db, lambda s: s.get(Setting, "billing.late_fee_type").value)
    assert stored == "none"


def test_the_letterhead_comes_from_the_settings(db):
    from ispdesk.services.office_settings import company
    write(db, lambda s: save_settings(s, actor("admin"), {
        "company.name": "PT Fiber Jaya", "company.bank_accounts": "BCA 111 a.n. PT Fiber Jaya; Mandiri 222"}))
    letterhead = read(db, company)
    assert letterhead.name == "PT Fiber Jaya"
    assert letterhead.bank_accounts == ("BCA 111 a.n. PT Fiber Jaya", "Mandiri 222")
    assert letterhead.tax_number == "01.234.567.8-901.000"


def test_a_static_qris_that_cannot_be_used_says_why(db):
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: save_settings(s, actor("admin"), {"qris.static_payload": "not a qris"}))
    problem = refused.value.errors["qris.static_payload"]
    assert problem.code == "settings.bad_qris" and problem.params["reason"].code.startswith("qris.")


def test_the_office_time_zone_runs_the_office_clock(db, office_clock):
    """WIB by default; saved as WITA, the same instant reads an hour later (and,
    at 23:30 WIB, on the next day); an unknown zone in the database falls back to WIB."""
    office_clock.pin(clock.now().replace(hour=23, minute=30, second=0))
    day = clock.today()
    assert read(db, use_office_zone) == "WIB" and clock.now().hour == 23
    write(db, lambda s: save_settings(s, actor("admin"), {"office.time_zone": "WITA"}))
    assert read(db, use_office_zone) == "WITA"
    assert clock.now().hour == 0 and clock.today() == day + timedelta(days=1)
    write(db, lambda s: s.get(Setting, "office.time_zone").__setattr__("value", "CET"))
    assert read(db, use_office_zone) == "WIB" and clock.today() == day
    assert apply_zone("WIT") == "WIT" and clock.now().hour == 1
