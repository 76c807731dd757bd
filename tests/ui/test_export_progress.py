"""Long exports report progress to a dialog with Cancel; Cancel stops the
export and leaves no file (a file already there stays as it was)."""
from __future__ import annotations

import csv
import threading
from contextlib import closing

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook
from PySide6.QtWidgets import QPushButton

from ispdesk.db.models import Customer
from ispdesk.db.unit_of_work import read, write
from ispdesk.services import listing
from ispdesk.services.modules import SPECS
from ispdesk.services.specs import ListQuery
from ispdesk.ui.tasks import LONG_LANE
from tests.ui.test_table_tab import open_tab
from tests.ui.widget_support import ctx, isolated_settings  # noqa: F401
from tests.support.actors import ADMIN

ROWS = 3000


@pytest.fixture
def many_customers(db) -> int:
    rows = [{"customer_number": f"CUST-T-{i:06d}", "name": f"Pelanggan {i:04d}", "phone": f"0812{i:08d}",
             "status": "active", "credit_balance": 0, "never_suspend": False} for i in range(ROWS)]
    write(db, lambda s: s.execute(sa.insert(Customer), rows))
    return ROWS


def test_xlsx_export_reports_progress_and_writes_every_row(qtbot, db, ctx, many_customers, tmp_path):
    tab = open_tab(qtbot, ctx, "customers")
    out = tmp_path / "out"
    out.mkdir()
    path = out / "pelanggan.xlsx"
    seen: list[tuple[int, int]] = []
    with qtbot.waitSignal(tab.exported, timeout=30000):
        handle = tab.export_to(path)
        handle.relay.progress.connect(lambda done, total, _label: seen.append((done, total)))
        dialog = tab.export_progress
        assert dialog.maximum() == ROWS and dialog.labelText().endswith("pelanggan.xlsx…")
    assert seen == [(n, ROWS) for n in range(1000, ROWS + 1, 1000)]
    qtbot.waitUntil(lambda: handle.done)
    sheet = load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == ROWS + 1 and rows[1][0].startswith("CUST-T-")
    assert [p.name for p in out.iterdir()] == ["pelanggan.xlsx"]


def test_an_export_runs_on_the_second_lane_while_the_counter_is_busy(qtbot, db, ctx, many_customers, tmp_path):
    """A long export never waits behind the counter's work, nor the counter behind it."""
    tab = open_tab(qtbot, ctx, "customers")
    gate = threading.Event()
    ctx.runner.run(lambda _c: gate.wait(20))       # the counter's lane is held
    path = tmp_path / "pelanggan.csv"
    try:
        with qtbot.waitSignal(tab.exported, timeout=20000):
            tab.export_to(path)
    finally:
        gate.set()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == ROWS + 1


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, db, ctx, many_customers, tmp_path):
    tab = open_tab(qtbot, ctx, "customers")
    out = tmp_path / "out"
    out.mkdir()
    path = out / "pelanggan.csv"
    exported: list[str] = []
    tab.exported.connect(exported.append)
    gate = threading.Event()
    ctx.runner.run(lambda _c: gate.wait(10), lane=LONG_LANE)   # the long lane is busy: the export waits its turn
    handle = tab.export_to(path)
    tab.export_progress.findChild(QPushButton).click()    # the user presses Cancel
    gate.set()
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    assert handle.context.cancelled and exported == []
    assert "cancelled" in tab.message_bar.text()
    assert list(out.iterdir()) == []


def test_a_stopped_export_keeps_the_file_that_was_there(db, many_customers, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    path = out / "old.csv"
    path.write_text("the old export", encoding="utf-8")
    spec = SPECS["customers"]

    class Stop(Exception):
        pass

    def stop_at_2000(done: int) -> None:
        if done >= 2000:
            raise Stop()

    def export(session) -> int:
        with closing(listing.export_rows(session, ADMIN, spec, ListQuery(), batch=1000)) as rows:
            return listing.write_csv(path, rows, spec, progress=stop_at_2000)

    with pytest.raises(Stop):
        read(db, export)
    assert path.read_text(encoding="utf-8") == "the old export"
    assert [p.name for p in out.iterdir()] == ["old.csv"]
    written = read(db, lambda s: listing.write_csv(path, listing.export_rows(s, ADMIN, spec, ListQuery()), spec))
    assert written == ROWS
    assert len(list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))) == ROWS + 1
