"""The pipeline board: opened from the leads tab, cards move by drop and by
Ctrl+arrows (saved and audited), lost asks for a reason, won is refused with a
message, a sales user's own leads come first."""
from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from ispdesk.db.models import AuditLog, Lead
from ispdesk.db.unit_of_work import read
from ispdesk.services.modules import SPECS
from ispdesk.ui.sales.pipeline_board import ID_ROLE, PipelineBoard, card_text_width
from ispdesk.ui.widgets.table_tab import TableTab
from tests.support.actors import add_user
from tests.services.lead_support import add_lead
from tests.ui.widget_support import ctx, isolated_settings, make_ctx  # noqa: F401


def open_board(qtbot, ctx) -> PipelineBoard:
    board = PipelineBoard(ctx)
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.loaded, timeout=10000):
        board.show()
    return board


def status_in_db(db, lead_id: int) -> str:
    return read(db, lambda s: s.get(Lead, lead_id).status)


def drop(board: PipelineBoard, lead_id: int, status: str) -> None:
    source = board.columns[board.status_of(lead_id)]
    item = next(source.item(r) for r in range(source.count()) if source.item(r).data(ID_ROLE) == lead_id)
    mime = source.mimeData([item])
    target = board.columns[status]
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)


def test_the_leads_tab_opens_the_board(qtbot, db, ctx):
    add_lead(db)
    tab = TableTab(ctx, SPECS["leads"])
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10000)
    board = tab.action_buttons["leadBoard"][1].run(tab, None)
    qtbot.waitUntil(lambda: board.columns["new"].count() == 1, timeout=10000)
    assert board.headers["new"].text() == "New (1)"
    board.close()


def test_a_dropped_card_moves_and_is_saved_and_audited(qtbot, db, ctx):
    lead = add_lead(db)
    board = open_board(qtbot, ctx)
    with qtbot.waitSignal(board.moved, timeout=10000):
        drop(board, lead.id, "proposal")
    assert status_in_db(db, lead.id) == "proposal"
    qtbot.waitUntil(lambda: board.status_of(lead.id) == "proposal", timeout=10000)
    assert "moved to Proposal" in board.message_bar.label.text()
    logged = read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(AuditLog).where(
        AuditLog.model_type == "leads", AuditLog.action == "update")))
    assert logged == 1


def test_ctrl_arrows_move_the_current_card(qtbot, db, ctx):
    lead = add_lead(db)
    board = open_board(qtbot, ctx)
    assert board.select(lead.id)
    column = board.columns["new"]
    with qtbot.waitSignal(board.moved, timeout=10000):
        qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: board.status_of(lead.id) == "contacted", timeout=10000)
    assert status_in_db(db, lead.id) == "contacted"
    qtbot.waitUntil(lambda: board.columns["contacted"].currentItem() is not None)
    with qtbot.waitSignal(board.moved, timeout=10000):
        qtbot.keyClick(board.columns["contacted"], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert status_in_db(db, lead.id) == "new"


def test_lost_asks_for_the_reason_and_won_opens_the_conversion(qtbot, db, ctx):
    lead = add_lead(db)
    board = open_board(qtbot, ctx)
    drop(board, lead.id, "lost")
    dialog = board.reason_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue("Too expensive")
    with qtbot.waitSignal(board.moved, timeout=10000):
        dialog.accept()
    row = read(db, lambda s: s.get(Lead, lead.id))
    assert (row.status, row.lost_reason) == ("lost", "Too expensive")
    qtbot.waitUntil(lambda: board.status_of(lead.id) == "lost", timeout=10000)
    drop(board, lead.id, "won")
    dialog = board.conversion_dialog
    assert dialog is not None and dialog.isVisible() and dialog.lead_id == lead.id
    qtbot.waitUntil(lambda: dialog.convert_button.isEnabled(), timeout=10000)
    dialog.nik.setText("3273015505900007")
    dialog.convert_button.click()
    qtbot.waitUntil(lambda: dialog.message_bar.isVisible(), timeout=10000)
    assert "lost" in dialog.message_bar.label.text() and status_in_db(db, lead.id) == "lost"


def test_a_sales_user_sees_their_own_leads_first(qtbot, db):
    sales = add_user(db, "sari", "sales")
    other = add_user(db, "tono", "sales")
    add_lead(db, actor=sales, name="Mine")
    add_lead(db, actor=other, name="Theirs")
    context = make_ctx(db, sales)
    board = open_board(qtbot, context)
    column = board.columns["new"]
    assert [column.item(r).text().split("\n")[1] for r in range(column.count())] == ["Mine", "Theirs"]
    assert column.item(0).font().bold() and not column.item(1).font().bold()
    board.resize(1240, 520)
    board.grab().save("/tmp/sales_board.png")
    context.runner.wait()


def test_a_supervisor_reassigns_from_the_board_and_sales_cannot(qtbot, db):
    sales = add_user(db, "sari", "sales")
    boss = add_user(db, "bos", "supervisor")
    lead = add_lead(db, name="Walk-in")
    assert open_board(qtbot, make_ctx(db, sales)).reassign_button.isHidden()
    context = make_ctx(db, boss)
    board = open_board(qtbot, context)
    assert board.reassign_button.isVisible()
    board.select(lead.id)
    board.reassign_button.click()
    qtbot.waitUntil(lambda: board.reassign_dialog is not None and board.reassign_dialog.isVisible(), timeout=10000)
    board.reassign_dialog.setTextValue("Sari")
    board.reassign_dialog.accept()
    qtbot.waitUntil(lambda: "reassigned" in board.message_bar.label.text(), timeout=10000)
    assert read(db, lambda s: s.get(Lead, lead.id).assigned_to) == sales.user_id
    qtbot.waitUntil(lambda: "Sales: Sari" in board.columns["new"].item(0).text(), timeout=10000)
    context.runner.wait()


def test_a_card_whose_name_wraps_keeps_its_sales_line(qtbot, db, ctx):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    seller = add_user(db, "yulia", "sales")
    names = ["Irwan Syafrudin Zulkarnain", *(f"Irwan Syafrudin {'Z' + 'u' * n}" for n in range(1, 12))]
    for n, name in enumerate(names):          # one letter longer each: some only just wrap
        add_lead(db, name=name, phone=f"08138515{n:04d}", assigned_to=seller.user_id)
    board = open_board(qtbot, ctx)
    board.resize(900, 500)
    qtbot.waitUntil(lambda: board.columns["new"].count() == len(names), timeout=10000)
    qtbot.wait(50)                             # the cards are laid out again at the new width
    column = board.columns["new"]
    for row in range(column.count()):
        item = column.item(row)
        assert item.text().splitlines()[-1] == "Sales: Yulia"
        card = column.visualItemRect(item)
        assert card.right() < column.viewport().width(), item.text()   # not wider than the column (clipped)
        inner = card_text_width(column, card.width())    # where the painted text wraps
        wrapped = QFontMetrics(item.font()).boundingRect(QRect(0, 0, inner, 10000), int(Qt.TextFlag.TextWordWrap),
                                                         item.text())
        assert card.height() >= wrapped.height() + 2 * 5, item.text()   # every line fits, the last one too
    board.close()
