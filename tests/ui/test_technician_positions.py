"""The technician positions screen (import a CSV: bad lines listed, nothing
imported; good file listed with "n min ago"; a GPS logger file for the chosen
technician; a position entered by hand with its errors next to the fields) and
the nearest technicians list with Assign, driven by qtbot on both databases."""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ispdesk.db.models import Customer, TechnicianLocation
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import clock, geo
from ispdesk.domain.messages import status_word
from ispdesk.services import technicians, work_orders
from ispdesk.services.modules import SPECS
from ispdesk.services.work_orders import WorkOrderRequest
from ispdesk.ui.field import technician_positions
from ispdesk.ui.field.technician_positions import STALE_COLOR, seen_text
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.widgets.table_tab import TableTab
from tests.support.actors import add_user
from tests.ui import widget_support
from tests.support.actors import ADMIN
from tests.ui.widget_support import admin_ctx, shot  # noqa: F401 (fixtures)

isolated_settings = widget_support.isolated_settings      # autouse: the tabs' settings stay in tmp_path



def open_tab(qtbot: Any, ctx: Any, key: str, rows: int) -> TableTab:
    tab = TableTab(ctx, SPECS[key])
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == rows and not tab.model.loading, timeout=10000)
    return tab


def stored(db: Any) -> int:
    return read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(TechnicianLocation)))


def minutes_ago(minutes: int) -> str:
    return (clock.now() - timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M:%S")


def test_seen_text_reads_like_a_dispatcher_speaks() -> None:
    now = datetime(2026, 11, 25, 14, 0)
    assert [seen_text(now - timedelta(seconds=20), now), seen_text(now - timedelta(minutes=5), now),
            seen_text(now - timedelta(hours=3, minutes=10), now), seen_text(datetime(2026, 11, 20, 9, 5), now)] == [
        "just now", "5 min ago", "3 h ago", "20 Nov 2026 09:05"]


def test_positions_screen_lists_bad_lines_then_imports_the_fixed_file(qtbot: Any, db: Any, admin_ctx: Any,
                                                                     tmp_path: Any, monkeypatch: Any) -> None:
    add_user(db, "made", "technician")
    add_user(db, "ketut", "technician")
    add_user(db, "kasir", "cashier")
    tab = open_tab(qtbot, admin_ctx, "work_orders", 0)
    assert "technicianPositions" in tab.action_buttons
    tab.run_module_action("technicianPositions")
    dialog = tab._field_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.owner_combo.count() == 3, timeout=10000)
    assert dialog.rows() == [] and dialog.empty_label.isVisibleTo(dialog)
    bad = tmp_path / "posisi.csv"
    bad.write_text("username,latitude,longitude,recorded_at,accuracy\n"
                   f"made,-8.6705,115.2126,{minutes_ago(5)},12\n"
                   f"budi,-8.6705,115.2126,{minutes_ago(4)},\n"
                   f"kasir,-8.6705,115.2126,{minutes_ago(4)},\n"
                   f"ketut,-8.7180,215.1686,{minutes_ago(3)},\n"
                   "ketut,-8.7180,115.1686,kemarin,\n", encoding="utf-8")
    monkeypatch.setattr(technician_positions, "ask_open_path", lambda *a, **k: str(bad))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors_list.count() > 0, timeout=10000)
    assert dialog.import_errors() == [translate_message(technicians.BAD_LINE(line=line, reasons=[reason])) for
                                      line, reason in (
        (3, technicians.UNKNOWN_USER(user="budi")),
        (4, technicians.LINE_NOT_A_TECHNICIAN(name="Kasir", role=status_word("cashier"))),
        (5, technicians.LONGITUDE_RANGE(text="215.1686")),
        (6, technicians.TIME_INVALID(text="kemarin")))]
    assert "Nothing was imported: 4 line(s) of the file are wrong." in dialog.message_bar.text()
    assert stored(db) == 0
    shot(dialog, "positions_import_refused")
    good = tmp_path / "posisi-benar.csv"
    good.write_text("username;lat;lon;waktu;accuracy\n"
                    f"made;-8,6705;115,2126;{minutes_ago(5)};12,5\n"
                    f"ketut;-8,7180;115,1686;{minutes_ago(30 * 60)};\n", encoding="utf-8-sig")
    with qtbot.waitSignal(dialog.imported, timeout=10000) as imported:
        dialog.import_file(str(good))
    assert imported.args[0].imported == 2
    assert dialog.message_bar.text() == "Imported 2 position(s) of Ketut, Made."
    assert not dialog.errors_list.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: len(dialog.rows()) == 2, timeout=10000)
    rows = dialog.rows()
    assert [r[0] for r in rows] == ["Made", "Ketut"]
    assert rows[0][1:2] + rows[0][3:] == ["5 min ago", "-8,6705", "115,2126", "\u00b112,5 m", "Imported"]
    assert rows[1][5] == "" and rows[1][1] == rows[1][2]             # 30 h ago: the date and time
    assert dialog.table.item(1, 0).foreground().color() == STALE_COLOR
    dialog.resize(900, 420)
    shot(dialog, "technician_positions")
    with qtbot.waitSignal(dialog.imported, timeout=10000) as again:
        dialog.import_file(str(good))
    assert again.args[0].skipped == 2 and "2 already there (skipped)" in dialog.message_bar.text()
    assert stored(db) == 2


def test_a_gps_logger_file_needs_its_technician_chosen(qtbot: Any, db: Any, admin_ctx: Any, tmp_path: Any) -> None:
    made = add_user(db, "made", "technician")
    dialog = technician_positions.TechnicianPositionsDialog(admin_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.owner_combo.count() == 2, timeout=10000)
    logger = tmp_path / "gpslogger.csv"
    logger.write_text("time,lat,lon,elevation,accuracy\n"
                      f"{minutes_ago(12)},-8.6705,115.2126,12,8\n{minutes_ago(2)},-8.6712,115.2130,12,6\n")
    dialog.import_file(str(logger))
    qtbot.waitUntil(lambda: dialog.owner_error.text() != "", timeout=10000)
    assert dialog.owner_error.text() == translate_message(technicians.NO_OWNER())
    assert stored(db) == 0
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(made.user_id))
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_file(str(logger))
    qtbot.waitUntil(lambda: len(dialog.rows()) == 1, timeout=10000)
    assert dialog.rows()[0][:2] == ["Made", "2 min ago"] and dialog.rows()[0][5] == "\u00b16 m"
    assert not dialog.owner_error.isVisibleTo(dialog)


def test_entering_a_position_refuses_a_bad_latitude_next_to_the_field(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    made = add_user(db, "made", "technician")
    tab = open_tab(qtbot, admin_ctx, "technician_locations", 0)
    tab.run_module_action("lastPositions")
    dialog = tab._field_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.owner_combo.count() == 2, timeout=10000)
    entry = dialog.enter_position()
    qtbot.addWidget(entry)
    assert entry.technician_combo.currentData() == made.user_id
    qtbot.keyClicks(entry.latitude_edit, "utara")
    qtbot.keyClicks(entry.longitude_edit, "115.2126")
    entry.confirm()
    assert entry.errors.text("latitude") == "Type the latitude in degrees, e.g. -8.6705."
    assert entry.errors.text("longitude") == ""
    entry.latitude_edit.setText("-98.5")
    entry.accuracy_edit.setText("15")
    entry.confirm()
    qtbot.waitUntil(lambda: entry.errors.text("latitude") != "" and not entry.busy, timeout=10000)
    assert entry.errors.text("latitude") == translate_message(
        geo.check_position(Decimal("-98.5"), Decimal("115.2126"))["latitude"])
    label = entry.findChild(QLabel, "latitudeError")
    assert label is not None and label.isVisibleTo(entry)
    shot(entry, "enter_position_refused")
    assert stored(db) == 0
    entry.latitude_edit.clear()
    entry.longitude_edit.clear()
    qtbot.keyClicks(entry.latitude_edit, "-8.6705, 115.2126")             # as copied from a map
    with qtbot.waitSignal(entry.saved, timeout=10000):
        qtbot.keyClick(entry.latitude_edit, Qt.Key.Key_Return)           # Enter saves
    assert (entry.latitude_edit.text(), entry.longitude_edit.text()) == ("-8.6705", "115.2126")
    qtbot.waitUntil(lambda: len(dialog.rows()) == 1, timeout=10000)
    assert dialog.rows()[0][0] == "Made" and dialog.rows()[0][1] in ("just now", "1 min ago")
    assert dialog.rows()[0][5:] == ["\u00b115 m", "Entered"]
    assert dialog.message_bar.text() == "Position saved."


def test_nearest_technicians_listed_by_distance_and_assigned_from_the_list(qtbot: Any, db: Any,
                                                                          admin_ctx: Any) -> None:
    made = add_user(db, "made", "technician")
    ketut = add_user(db, "ketut", "technician")
    add_user(db, "wayan", "technician")                                   # no position: not listed

    def customer(s: Any) -> int:
        row = Customer(customer_number="C-1", name="Budi Santoso", phone="0811", latitude=Decimal("-8.6705"),
                       longitude=Decimal("115.2126"))
        s.add(row)
        s.flush()
        return row.id
    budi = write(db, customer)
    order = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest(
        "repair", customer_id=budi))).id
    write(db, lambda s: technicians.import_positions(s, ADMIN, (
        "username,lat,lon,time,accuracy\n"
        f"ketut,-8.7180,115.1686,{minutes_ago(40)},25\n"
        f"made,-8.6800,115.2200,{minutes_ago(5)},5\n")))
    tab = open_tab(qtbot, admin_ctx, "work_orders", 1)
    tab.select_id(order)
    tab.run_module_action("nearestTechnicians")
    dialog = tab._field_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.nearest is not None, timeout=10000)
    assert dialog.rows() == [["Made", "1,3 km", "5 min ago", "\u00b15 m"],
                             ["Ketut", "7,2 km", "40 min ago", "\u00b125 m"]]
    assert "Budi Santoso" in dialog.heading.text() and dialog.chosen() == made.user_id
    shot(dialog, "nearest_technicians")
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.assigned, timeout=10000):
        qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "assigned to Ketut" in tab.message_bar.text(), timeout=10000)
    info = read(db, lambda s: work_orders.order_info(s, ADMIN, order))
    assert (info.status, info.assigned_to) == ("assigned", ketut.user_id)
    tab.run_module_action("nearestTechnicians")
    again = tab._field_dialog
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.nearest is not None, timeout=10000)
    assert "assigned to Ketut" in again.heading.text() and again.rows()[1][0] == "Ketut (assigned)"
    with qtbot.waitSignal(again.assigned, timeout=10000):
        again.confirm()                                                   # Made, the nearest: reassigned
    assert read(db, lambda s: work_orders.order_info(s, ADMIN, order)).assigned_to == made.user_id


def test_nearest_says_when_the_customer_has_no_coordinates(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    add_user(db, "made", "technician")

    def customer(s: Any) -> int:
        row = Customer(customer_number="C-2", name="Siti", phone="0812")
        s.add(row)
        s.flush()
        return row.id
    siti = write(db, customer)
    order = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest(
        "repair", customer_id=siti))).id
    from ispdesk.ui.field.nearest_dialog import NearestDialog
    dialog = NearestDialog(admin_ctx, order)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.nearest is not None, timeout=10000)
    assert dialog.rows() == [] and not dialog.confirm_button.isEnabled()
    assert "The customer has no coordinates" in dialog.note.text()
