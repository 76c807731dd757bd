"""The bandwidth profiles tab driven like a user: the "Packages using it"
column, a profile refused field by field in the generic form (nothing
written), and archiving refused while an active package uses the profile."""
from __future__ import annotations

import os
from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from ispdesk.db.models import BandwidthProfile, Package
from ispdesk.db.unit_of_work import read
from ispdesk.services import bandwidth
from ispdesk.services.modules import SPECS
from ispdesk.ui.widgets.table_tab import TableTab
from tests.services.billing_support import add
from tests.ui.widget_support import isolated_settings, make_ctx

SHOTS = os.environ.get("ISPDESK_SCREENSHOTS")
settings = isolated_settings   # autouse: the tab's QSettings in the test's own folder


@pytest.fixture
def ctx(db):
    context = make_ctx(db)
    yield context
    context.runner.wait()


def open_tab(qtbot, ctx, rows: int) -> TableTab:
    tab = TableTab(ctx, SPECS["bandwidth_profiles"])
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == rows and not tab.model.loading, timeout=10000)
    return tab


def cell(tab: TableTab, record_id: int, column: str) -> str:
    names = [c.name for c in tab.model.columns]
    return tab.model.index(tab.model.row_of(record_id), names.index(column)).data()


def test_profiles_tab_counts_packages_checks_fields_and_keeps_a_used_profile(qtbot, ctx, db):
    used = add(db, BandwidthProfile(name="FTTH 20M", download_kbps=20000, upload_kbps=10000, priority=4,
                                    is_active=True))
    idle = add(db, BandwidthProfile(name="FTTH 100M", download_kbps=102400, upload_kbps=51200, priority=2,
                                    is_active=True))
    for code in ("HOME-20", "HOME-20B"):
        add(db, Package(code=code, name=code, speed_mbps=20, monthly_price=Decimal("150000"),
                        bandwidth_profile_id=used, is_active=True))
    tab = open_tab(qtbot, ctx, 2)
    headers = [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]
    assert "Packages using it" in headers
    assert (cell(tab, used, "packages_using"), cell(tab, idle, "packages_using")) == ("2", "0")
    if SHOTS:
        tab.grab().save(os.path.join(SHOTS, "bandwidth_profiles_tab.png"))

    # a new profile with a burst below its rate, priority 9 and a threshold of 150 %: refused next to the fields
    form = tab.open_record(None)
    qtbot.addWidget(form)
    form.set_values({"name": "FTTH 50M", "download_kbps": "50000", "upload_kbps": "25000",
                     "burst_download_kbps": "40000", "burst_threshold_percent": "150", "burst_time_seconds": "8",
                     "priority": "9"})
    form.save()
    qtbot.waitUntil(lambda: form.error_text("priority") != "", timeout=10000)
    assert form.error_text("priority") == bandwidth.PRIORITY_RANGE_TEXT().render()
    assert form.error_text("burst_download_kbps") == bandwidth.BURST_DOWN_BELOW(burst="40.000", rate="50.000").render()
    assert form.error_text("burst_threshold_percent") == bandwidth.THRESHOLD_RANGE_TEXT().render()
    assert form.error_text("download_kbps") == ""
    if SHOTS:
        form.grab().save(os.path.join(SHOTS, "bandwidth_profile_refused.png"))
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(BandwidthProfile))) == 2
    form.set_values({"burst_download_kbps": "60000", "burst_threshold_percent": "80", "priority": "3",
                     "is_active": True})
    with qtbot.waitSignal(form.saved, timeout=10000):
        form.save()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and not tab.model.loading, timeout=10000)

    # archiving the profile two active packages use is refused with the reason in the bar
    tab.select_id(used)
    tab.delete_selected(confirm=False)
    in_use = bandwidth.IN_USE(profile="FTTH 20M", packages="HOME-20, HOME-20B", count=2).render()
    qtbot.waitUntil(lambda: in_use in tab.message_bar.text(), timeout=10000)
    assert read(db, lambda s: s.get(BandwidthProfile, used).is_active) is True
    # the idle one archives
    tab.select_id(idle)
    tab.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: "archived" in tab.message_bar.text(), timeout=10000)
    assert read(db, lambda s: s.get(BandwidthProfile, idle).is_active) is False
