"""Field and network dialogs driven by qtbot on both databases: a new pool from
CIDR (refusals next to their fields, nothing written), assigning from a pool
with its utilisation warning, releasing from the addresses tab."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import Qt

from ispdesk.db.models import IpPool
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import cidr, clock, fibre
from ispdesk.domain.messages import status_word
from ispdesk.services import ip_pools, network_tree
from ispdesk.services.ip_pools import PoolRequest
from ispdesk.services.modules import SPECS
from ispdesk.ui.field import actions
from ispdesk.ui.field.network_tree import FREE_COLOR, FULL_COLOR, NEARLY_FULL_COLOR, DeviceIdRole
from ispdesk.ui.format import format_date
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.widgets.table_tab import TableTab
from tests.services.test_network_tree import network
from tests.ui.widget_support import indonesian, isolated_settings, make_ctx  # noqa: F401
from tests.support.actors import ADMIN
from tests.support.builders import add_customers
from tests.ui.widget_support import admin_ctx, shot  # noqa: F401 (fixtures)



def open_tab(qtbot: Any, ctx: Any, key: str, rows: int) -> TableTab:
    tab = TableTab(ctx, SPECS[key])
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == rows and not tab.model.loading, timeout=10000)
    return tab


def test_new_pool_dialog_refuses_bad_input_by_field_then_creates(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    tab = open_tab(qtbot, admin_ctx, "ip_pools", 0)
    tab.run_module_action("newPool")
    dialog = tab._field_dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Pelanggan Denpasar")
    qtbot.keyClicks(dialog.network_edit, "10.20.0.5/24")
    assert dialog.preview.text() == translate_message(cidr.HOST_BITS(value="10.20.0.5/24", network="10.20.0.0/24"))
    dialog.network_edit.setText("10.20.0.0/24")
    assert dialog.preview.text() == "254 usable addresses: 10.20.0.1 \u2013 10.20.0.254"
    dialog.gateway_edit.setText("10.21.0.1")
    dialog.dns1_edit.setText("8.8.8")
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.errors.text("gateway") != "", timeout=10000)
    assert dialog.errors.text("gateway") == translate_message(cidr.GATEWAY_OUTSIDE(address="10.21.0.1",
                                                                                  network="10.20.0.0/24"))
    assert dialog.errors.text("dns_primary") == translate_message(cidr.NOT_AN_ADDRESS(value="8.8.8"))
    shot(dialog, "new_pool_refused")
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(IpPool))) == 0
    dialog.gateway_edit.setText("10.20.0.1")
    dialog.dns1_edit.setText("8.8.8.8")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("public"))
    with qtbot.waitSignal(dialog.created, timeout=10000) as created:
        dialog.confirm()
    usage = created.args[0]
    assert (usage.total, usage.reserved, usage.type) == (254, 1, "public")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    assert "Pool created. 10.20.0.0/24: 1 of 254 in use" in tab.message_bar.text()


def test_assign_from_a_pool_warns_when_nearly_full_and_refuses_a_taken_address(qtbot: Any, db: Any,
                                                                                admin_ctx: Any) -> None:
    [budi, siti, *_] = add_customers(db)
    pool = write(db, lambda s: ip_pools.create_pool(s, ADMIN, PoolRequest("Kecil", "10.30.0.0/28"))).pool_id
    for _ in range(12):
        write(db, lambda s: ip_pools.assign_next(s, ADMIN, pool, customer_id=budi))
    tab = open_tab(qtbot, admin_ctx, "ip_pools", 1)
    tab.select_id(pool)
    dialog = actions.assign_in_pool(tab, pool)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.usage is not None, timeout=10000)
    # a decimal comma, as in every figure of the program
    assert "12 of 14 in use (85,7 %)" in dialog.usage_label.text() and "Warning" not in dialog.usage_label.text()
    dialog.customer.set_choice(siti, "Siti")
    dialog.address_edit.setText("10.30.0.3")
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.errors.text("ip_address") != "", timeout=10000)
    assert dialog.errors.text("ip_address") == translate_message(
        ip_pools.NOT_AVAILABLE(address="10.30.0.3", status=status_word("assigned")))
    dialog.address_edit.clear()
    with qtbot.waitSignal(dialog.assigned, timeout=10000) as assigned:
        dialog.confirm()
    assert (assigned.args[0].ip_address, assigned.args[0].customer_id) == ("10.30.0.13", siti)
    again = actions.assign_in_pool(tab, pool)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.usage is not None, timeout=10000)
    assert "Warning: the pool is more than 90 % used" in again.usage_label.text()
    shot(again, "assign_address_warning")
    again.close()
    tab.run_module_action("poolUsage")
    qtbot.waitUntil(lambda: "More than 90 % used" in tab.message_bar.text(), timeout=10000)


def test_addresses_tab_releases_and_blocks_the_selected_address(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    [budi, *_] = add_customers(db)
    pool = write(db, lambda s: ip_pools.create_pool(s, ADMIN, PoolRequest("Kecil", "10.30.0.0/29"))).pool_id
    given = write(db, lambda s: ip_pools.assign_next(s, ADMIN, pool, customer_id=budi))
    tab = open_tab(qtbot, admin_ctx, "ip_addresses", 6)
    assert {"assignAddress", "releaseAddress", "reserveAddress", "blockAddress"} <= set(tab.action_buttons)
    actions.block_address(tab, given.id, "spam")
    qtbot.waitUntil(lambda: tab.message_bar.text() != "", timeout=10000)
    assert tab.message_bar.text() == translate_message(ip_pools.CANNOT_BECOME(
        address="10.30.0.1", status=status_word("assigned"), wanted=status_word("blocked")))
    actions.release_address(tab, given.id, "")
    qtbot.waitUntil(lambda: "10.30.0.1 released" in tab.message_bar.text(), timeout=10000)
    assert read(db, lambda s: ip_pools.address(s, ADMIN, given.id)).status == "available"
    tab.select_id(given.id)
    qtbot.waitUntil(lambda: tab.action_buttons["assignAddress"][0].isEnabled(), timeout=10000)  # row refreshed
    assert not tab.action_buttons["releaseAddress"][0].isEnabled()
    tab.run_module_action("assignAddress")
    qtbot.waitUntil(lambda: getattr(tab, "_field_dialog", None) is not None, timeout=10000)
    dialog = tab._field_dialog
    qtbot.addWidget(dialog)
    assert dialog.address_edit.text() == "10.30.0.1"
    dialog.close()


def test_tree_view_shows_the_network_with_full_and_faulty_odps_in_red(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    ids = network(db)
    tab = open_tab(qtbot, admin_ctx, "network_devices", 7)
    tab.run_module_action("treeView")
    dialog = tab._field_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    model = dialog.model
    olt = model.index(0, 0)
    renon = model.index(0, 0, olt)
    rows = [[model.index(r, c, renon).data() for c in range(6)] for r in range(model.rowCount(renon))]
    assert rows == [["ODP-RNN-01", "ODP", "Active", "0 / 8", "8", "0 %"],
                    ["ODP-RNN-02", "ODP", "Active", "7 / 8", "1", "87,5 %"],
                    ["ODP-RNN-03", "ODP", "Active", "8 / 8", "0", "100 %"]]
    colors = [model.itemFromIndex(model.index(r, 0, renon)).background().color() for r in range(3)]
    assert colors == [FREE_COLOR, NEARLY_FULL_COLOR, FULL_COLOR]
    faulty = model.index(0, 0, model.index(1, 0, olt))
    assert faulty.data(DeviceIdRole) == ids["faulty"]
    assert model.itemFromIndex(faulty).background().color() == FULL_COLOR
    assert "Cannot take a new customer: faulty" == faulty.data(3)   # Qt.ToolTipRole
    shot(dialog, "network_tree")
    write(db, lambda s: network_tree.take_port(s, ids["nearly"], 2))
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        admin_ctx.runner.changed.emit(("network_devices",))
    renon = model.index(0, 0, model.index(0, 0))
    assert model.index(1, 3, renon).data() == "8 / 8"
    dialog.close()


def test_the_network_tree_speaks_indonesian(qtbot: Any, db: Any, admin_ctx: Any, indonesian: Any) -> None:
    network(db)
    from ispdesk.ui.field.network_tree import NetworkTreeDialog
    dialog = NetworkTreeDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    model = dialog.model
    olt = model.index(0, 0)
    faulty = model.index(0, 0, model.index(1, 0, olt))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 2)] == ["Perangkat", "Status"]
    assert model.index(0, 2, olt).data() == "Aktif"                     # a status in words, not "active"
    assert model.index(faulty.row(), 2, faulty.parent()).data() == "Rusak"
    assert model.index(0, 5, model.index(0, 0, olt)).data() == "0 %"
    shot(dialog, "network_tree_id")


def test_installation_dialog_end_to_end(qtbot: Any, db: Any, tmp_path: Any) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QLabel

    from ispdesk.db.models import Attachment, InstallationReport, RecurringBilling, WorkOrder
    from ispdesk.services import attachments, installation
    from tests.services.test_installation import make_site
    site = make_site(db)
    context = make_ctx(db, site.technician)
    photo = tmp_path / "odp.png"
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    image.save(str(photo))
    try:
        tab = open_tab(qtbot, context, "work_orders", 1)
        tab.select_id(site.order)
        assert {"assignOrder", "startOrder", "cancelOrder", "installationReport"} <= set(tab.action_buttons)
        tab.run_module_action("installationReport")
        dialog = tab._field_dialog
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.form is not None and not dialog.busy, timeout=10000)
        assert [dialog.serial_combo.itemText(i) for i in range(dialog.serial_combo.count())] == [
            "ZTEG1A2B3C4D", "ZTEG99990000"]
        assert dialog.odp_combo.count() == 1 and "6 of 8 ports free" in dialog.odp_combo.currentText()
        assert "a public IP address will be assigned" in dialog.summary.text()
        dialog.serial_combo.setEditText("ZTEGBADBAD00")
        dialog.port_combo.setCurrentIndex(dialog.port_combo.findData(3))
        qtbot.keyClicks(dialog.signal_edit, "-28,4")
        weak = fibre.signal_warning(Decimal("-28.4"))
        assert weak is not None and dialog.signal_note.text() == translate_message(weak)
        dialog.down_edit.setText("cepat")
        dialog.confirm()
        assert dialog.errors.text("speed_down") == translate_message(fibre.NOT_A_NUMBER(text="cepat"))
        dialog.down_edit.setText("97.5")
        dialog.up_edit.setText("96")
        dialog.confirm()
        qtbot.waitUntil(lambda: dialog.errors.text("ont_serial") != "", timeout=10000)
        assert dialog.errors.text("ont_serial") == translate_message(installation.SERIAL_NOT_ISSUED(
            serial="ZTEGBADBAD00", issued=["ZTEG1A2B3C4D", "ZTEG99990000"]))
        assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(InstallationReport))) == 0
        dialog.serial_combo.setCurrentIndex(0)
        dialog.onu_edit.setText("1/1/3:7")
        not_a_photo = tmp_path / "catatan.jpg"
        not_a_photo.write_text("bukan foto")
        dialog.add_photos([str(photo), str(not_a_photo)])
        assert dialog.photos.count() == 2 and not dialog.photos.item(0).icon().isNull()
        dialog.confirm()
        qtbot.waitUntil(lambda: dialog.errors.text("photos") != "", timeout=10000)
        assert dialog.errors.text("photos") == translate_message(attachments.NOT_A_PICTURE(name="catatan.jpg"))
        assert dialog.findChild(QLabel, "photosError").isVisible() and not dialog.busy
        shot(dialog, "installation_report_not_a_photo")
        assert read(db, lambda s: (s.scalar(sa.select(sa.func.count()).select_from(InstallationReport)),
                                   s.scalar(sa.select(sa.func.count()).select_from(Attachment)))) == (0, 0)
        dialog.photos.setCurrentRow(1)
        dialog.photos.item(1).setSelected(True)
        dialog.remove_photo.click()
        assert dialog.photo_paths() == (str(photo),) and dialog.errors.text("photos") == ""
        dialog.signature.add_stroke([QPointF(20, 80), QPointF(60, 30), QPointF(110, 85), QPointF(170, 40)])
        dialog.notes_edit.setPlainText("Kabel drop 80 m")
        shot(dialog, "installation_report")
        with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
            dialog.confirm()
        result = saved.args[0]
        assert (result.ip_address, result.odp_used_ports) == ("103.77.12.2", 3)
        # installed today by the office clock; the first bill on the next billing day 1 after it
        assert result.activated_at == clock.today()
        assert result.next_billing_date.day == 1 and result.next_billing_date > clock.today()
        first_bill = f"completed; port taken (3 used); first bill on {format_date(result.next_billing_date)}."
        qtbot.waitUntil(lambda: first_bill in tab.message_bar.text(), timeout=10000)
        assert translate_message(weak) in tab.message_bar.text()
        report = read(db, lambda s: s.scalars(sa.select(InstallationReport)).one())
        assert (report.odp_port, report.signal_level) == ("3", Decimal("-28.40"))
        [stored] = read(db, lambda s: attachments.list_for(s, site.technician, "installation_reports", report.id))
        assert report.photos == [{"attachment_id": stored.id, "file_name": "odp.jpg"}]
        assert QImage.fromData(stored.thumbnail, "JPEG").size().width() == 160
        signature = QImage()
        assert signature.loadFromData(__import__("base64").b64decode(report.customer_signature), "PNG")
        assert read(db, lambda s: s.get(WorkOrder, site.order).status) == "completed"
        assert read(db, lambda s: s.get(RecurringBilling, site.subscription).is_active) is True
        qtbot.waitUntil(lambda: tab.action_buttons["printInstallation"][0].isEnabled(), timeout=10000)
        assert not tab.action_buttons["installationReport"][0].isEnabled()     # it has its report now
        tab.run_module_action("printInstallation")
        qtbot.waitUntil(lambda: getattr(tab, "document_preview", None) is not None, timeout=10000)
        tab.document_preview.close()
        tab.document_preview = None
        from ispdesk.ui.field.installation_dialog import InstallationDialog
        again = InstallationDialog(context, site.order)          # reached anyway: no empty form
        qtbot.addWidget(again)
        again.show()
        qtbot.waitUntil(lambda: again.form is not None and not again.busy, timeout=10000)
        assert again.closed_order and "already has its installation report" in again.message_bar.text()
        assert again.summary.isVisible() and not again.serial_combo.isVisible() and not again.signature.isVisible()
        assert again.confirm_button.isHidden() and again.print_button.isVisible()
        assert "(Completed)" in again.summary.text()
        shot(again, "installation_report_completed")
        again.confirm()                                           # Ctrl+Enter saves nothing
        assert not again.busy
        again.print_button.click()
        qtbot.waitUntil(lambda: getattr(again, "document_preview", None) is not None, timeout=10000)
        assert again.document_preview.windowTitle().startswith("Installation report")
        again.document_preview.close()
        again.close()
        assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(InstallationReport))) == 1
        tab.run_module_action("printSheet")
        qtbot.waitUntil(lambda: getattr(tab, "document_preview", None) is not None, timeout=10000)
        tab.document_preview.close()
    finally:
        context.runner.wait()


def test_work_order_buttons_assign_start_and_cancel(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    from ispdesk.services import work_orders
    from ispdesk.services.work_orders import WorkOrderRequest
    from tests.support.actors import add_user
    tech = add_user(db, "teknisi", "technician")
    [budi, *_] = add_customers(db)
    order = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest("repair", customer_id=budi))).id
    tab = open_tab(qtbot, admin_ctx, "work_orders", 1)
    tab.select_id(order)
    assert not tab.action_buttons["startOrder"][0].isEnabled()       # pending: Start is greyed out
    tab.run_module_action("startOrder")                               # (a shortcut does nothing either)
    actions.start_order(tab, order)                                   # the service still refuses
    qtbot.waitUntil(lambda: tab.message_bar.text() != "", timeout=10000)
    assert tab.message_bar.text() == translate_message(work_orders.CANNOT_BECOME(
        status=status_word("pending"), wanted=status_word("in_progress"),
        allowed=[status_word("assigned"), status_word("cancelled")]))
    assert read(db, lambda s: work_orders.technicians(s, ADMIN)) == [(tech.user_id, "Teknisi")]
    actions.assign_order(tab, order, tech.user_id)
    qtbot.waitUntil(lambda: "WO-" in tab.message_bar.text() and "assigned" in tab.message_bar.text(), timeout=10000)
    actions.cancel_order(tab, order, "Pelanggan pindah")
    qtbot.waitUntil(lambda: "cancelled" in tab.message_bar.text(), timeout=10000)
    assert read(db, lambda s: work_orders.order_info(s, ADMIN, order)).status == "cancelled"
    from datetime import datetime

    from ispdesk.db.models import Customer
    from ispdesk.services import technicians

    def place(s: Any) -> None:
        customer = s.get(Customer, budi)
        customer.latitude, customer.longitude = Decimal("-8.6705"), Decimal("115.2126")
    write(db, place)
    write(db, lambda s: technicians.record_position(s, ADMIN, tech.user_id, Decimal("-8.6800"), Decimal("115.2200"),
                                                     recorded_at=datetime(2026, 11, 20, 9, 0)))
    tab.run_module_action("nearestTechnicians")
    nearest = tab._field_dialog
    qtbot.addWidget(nearest)
    qtbot.waitUntil(lambda: nearest.nearest is not None, timeout=10000)
    assert nearest.rows() == [["Teknisi (assigned)", "1,3 km", "20 Nov 2026 09:00", ""]]
    nearest.close()


def test_dispatch_board_moves_cards_by_keyboard_and_drop(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    from datetime import date

    from PySide6.QtCore import Qt

    from ispdesk.db.models import Customer, SlaPolicy
    from ispdesk.services import work_orders
    from ispdesk.services.work_orders import WorkOrderRequest
    from ispdesk.ui.field.dispatch_board import OVERDUE_COLOR, DispatchBoard
    from tests.services.billing_support import add
    from tests.support.actors import add_user
    made = add_user(db, "made", "technician")
    ketut = add_user(db, "ketut", "technician")
    customer = add(db, Customer(customer_number="C-1", name="Budi", phone="0811"))
    add(db, SlaPolicy(name="Urgent", priority="urgent", response_hours=1, resolution_hours=4, is_active=True))
    monday = date(2026, 11, 23)

    def order(day: date, technician: Any = None, priority: str = "medium") -> int:
        return write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest(
            "repair", customer_id=customer, scheduled_date=day, priority=priority,
            assigned_to=technician.user_id if technician else None))).id
    a = order(monday, made)
    b = order(date(2026, 11, 25), priority="urgent")

    def backdate(s: Any) -> None:
        from datetime import datetime

        from ispdesk.db.models import WorkOrder
        s.get(WorkOrder, b).created_at = datetime(2026, 11, 20, 8, 0)      # long past its 1-hour SLA
    write(db, backdate)
    board = DispatchBoard(admin_ctx, start=date(2026, 11, 26))
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.board is not None, timeout=10000)
    assert board.start == monday
    rows = {tid: n for n, (tid, _name) in enumerate(board.board.technicians)}
    assert board.cells[(rows[made.user_id], monday)].card_ids() == [a]
    urgent = board.cells[(rows[None], date(2026, 11, 25))]
    assert urgent.card_ids() == [b] and urgent.item(0).background().color() == OVERDUE_COLOR
    shot(board, "dispatch_board")
    cell = board.cells[(rows[made.user_id], monday)]
    cell.setCurrentRow(0)
    with qtbot.waitSignal(board.loaded, timeout=10000):
        qtbot.keyClick(cell, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert board.cells[(rows[made.user_id], date(2026, 11, 24))].card_ids() == [a]
    target = board.cells[(rows[ketut.user_id], date(2026, 11, 27))]
    with qtbot.waitSignal(board.loaded, timeout=10000):
        target.dropped.emit(b, target)
    assert board.cells[(rows[ketut.user_id], date(2026, 11, 27))].card_ids() == [b]      # a new cell widget
    info = read(db, lambda s: work_orders.order_info(s, ADMIN, b))
    assert (info.status, info.assigned_to, info.scheduled_date) == ("assigned", ketut.user_id, date(2026, 11, 27))
    assert "moved" in board.message_bar.text()
