"""The dispatch board's day view (toggle, keyboard and drop still move cards),
its capped cells ("+N more…" opens the cell's full list, whose cards move too),
a technician's own row with overdue cards highlighted; qtbot on both databases."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import Qt

from ispdesk.db.models import Customer, SlaPolicy, WorkOrder
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import clock
from ispdesk.services import dispatch, work_orders
from ispdesk.services.work_orders import WorkOrderRequest
from ispdesk.ui.field.dispatch_board import DAY, OVERDUE_COLOR, CardCell, DispatchBoard, monday_of, overdue_text
from tests.services.billing_support import add
from tests.support.actors import add_user
from tests.ui import widget_support
from tests.ui.widget_support import make_ctx
from tests.support.actors import ADMIN
from tests.ui.widget_support import admin_ctx, shot  # noqa: F401 (fixtures)

isolated_settings = widget_support.isolated_settings      # autouse: settings stay in tmp_path


def this_monday() -> date:
    """The Monday of the week the office clock stands in."""
    return monday_of(clock.today())


def customer(db: Any, name: str = "Budi Santoso", address: str = "Jl. Teuku Umar 12, Denpasar") -> int:
    return add(db, Customer(customer_number=f"C-{name[:4]}", name=name, phone="0811", address=address))


def order(db: Any, who: int, day: date | None, technician: Any = None, at: time | None = None,
          priority: str = "medium") -> int:
    return write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest(
        "repair", customer_id=who, scheduled_date=day, scheduled_time=at, priority=priority,
        assigned_to=technician.user_id if technician else None))).id


def open_board(qtbot: Any, ctx: Any, **kw: Any) -> DispatchBoard:
    board = DispatchBoard(ctx, **kw)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.board is not None, timeout=10000)
    return board


def rows_of(board: DispatchBoard) -> dict[int | None, int]:
    assert board.board is not None
    return {tid: n for n, (tid, _name) in enumerate(board.board.technicians)}


def test_the_day_view_shows_one_day_and_cards_still_move_by_keyboard_and_drop(qtbot: Any, db: Any,
                                                                             admin_ctx: Any) -> None:
    made = add_user(db, "made", "technician")
    ketut = add_user(db, "ketut", "technician")
    budi = customer(db)
    tuesday = this_monday() + timedelta(days=1)
    a = order(db, budi, tuesday, made, time(9, 30))
    b = order(db, budi, None)
    c = order(db, budi, tuesday + timedelta(days=1), ketut)
    board = open_board(qtbot, admin_ctx, start=tuesday)
    assert board.start == this_monday() and len(board.cells) == 3 * 8          # week: 7 days + No date
    with qtbot.waitSignal(board.loaded, timeout=10000):
        qtbot.mouseClick(board.day_button, Qt.MouseButton.LeftButton)
    assert board.mode == DAY and board.start == clock.today()           # today is in the week shown
    with qtbot.waitSignal(board.loaded, timeout=10000):
        board.show_period(tuesday)
    rows = rows_of(board)
    assert set(board.cells) == {(r, d) for r in range(3) for d in (tuesday, None)}
    assert board.previous_button.text() == "\u25c0 Previous day" and "Tue" in board.week_label.text()
    cell = board.cells[(rows[made.user_id], tuesday)]
    assert cell.card_ids() == [a] and cell.detailed
    assert cell.item(0).text().startswith("09:30 WO-") and "Jl. Teuku Umar 12, Denpasar" in cell.item(0).text()
    assert board.cells[(rows[None], None)].card_ids() == [b]
    assert [board.cells[(r, tuesday)].card_ids() for r in range(3)] == [[], [], [a]]
    board.resize(900, 420)
    shot(board, "dispatch_board_day")
    cell.setCurrentRow(0)
    with qtbot.waitSignal(board.loaded, timeout=10000):
        qtbot.keyClick(cell, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)     # to the row above: Ketut
    assert rows == {None: 0, ketut.user_id: 1, made.user_id: 2}
    assert board.cells[(2, tuesday)].card_ids() == [] and board.cells[(1, tuesday)].card_ids() == [a]
    assert read(db, lambda s: work_orders.order_info(s, ADMIN, a)).assigned_to == ketut.user_id
    unscheduled = board.cells[(rows[None], None)]
    unscheduled.setCurrentRow(0)
    made_today = board.cells[(rows[made.user_id], tuesday)]
    with qtbot.waitSignal(board.loaded, timeout=10000):
        made_today.dropEvent(_drop_from(unscheduled, made_today))
    assert board.cells[(rows[made.user_id], tuesday)].card_ids() == [b]
    info = read(db, lambda s: work_orders.order_info(s, ADMIN, b))
    assert (info.status, info.assigned_to, info.scheduled_date) == ("assigned", made.user_id, tuesday)
    with qtbot.waitSignal(board.loaded, timeout=10000):
        qtbot.mouseClick(board.next_button, Qt.MouseButton.LeftButton)
    assert board.start == tuesday + timedelta(days=1)
    assert board.cells[(rows_of(board)[ketut.user_id], board.start)].card_ids() == [c]
    with qtbot.waitSignal(board.loaded, timeout=10000):
        qtbot.mouseClick(board.week_button, Qt.MouseButton.LeftButton)
    assert board.start == this_monday() and len(board.cells) == 3 * 8


def _drop_from(source: CardCell, target: CardCell) -> Any:
    """A drop event on ``target`` whose source is ``source`` (as Qt delivers it after a drag)."""
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    class Drop(QDropEvent):
        def source(self) -> Any:  # noqa: D401 - Qt's name
            return source
    return Drop(QPointF(10, 10), Qt.DropAction.MoveAction, QMimeData(), Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier)


def test_a_busy_cell_shows_six_cards_and_more_opens_its_full_list(qtbot: Any, db: Any, admin_ctx: Any) -> None:
    made = add_user(db, "made", "technician")
    ketut = add_user(db, "ketut", "technician")
    budi = customer(db)
    wednesday = this_monday() + timedelta(days=2)
    busy = [order(db, budi, wednesday, made, time(8 + n, 0)) for n in range(9)]
    order(db, budi, wednesday, ketut, time(10, 0))
    board = open_board(qtbot, admin_ctx, start=this_monday())
    rows = rows_of(board)
    cell = board.cells[(rows[made.user_id], wednesday)]
    assert cell.card_ids() == busy[:6] and cell.count() == 7
    more = cell.more_item()
    assert more is not None and more.text() == "+3 more\u2026"
    assert not more.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert board.cells[(rows[ketut.user_id], wednesday)].more_item() is None
    board.resize(1180, 640)
    shot(board, "dispatch_board_week")
    qtbot.mouseClick(cell.viewport(), Qt.MouseButton.LeftButton, pos=cell.visualItemRect(more).center())
    listing = board.cell_list
    assert listing is not None
    qtbot.waitUntil(lambda: len(listing.cell.card_ids()) == 9, timeout=10000)
    assert listing.cell.card_ids() == busy and listing.count_label.text() == "9 work order(s)"
    assert "Made" in listing.windowTitle()
    shot(listing, "dispatch_cell_list")
    listing.cell.setCurrentRow(8)
    with qtbot.waitSignal(listing.loaded, timeout=10000):
        qtbot.keyClick(listing.cell, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)   # the last: Thursday
    assert listing.cell.card_ids() == busy[:8]
    qtbot.waitUntil(lambda: board.cells[(rows[made.user_id], wednesday)].more_item() is not None
                    and board.cells[(rows[made.user_id], wednesday)].more_item().text() == "+2 more\u2026",
                    timeout=10000)
    assert board.cells[(rows[made.user_id], wednesday + timedelta(days=1))].card_ids() == [busy[8]]


def test_a_technician_sees_only_their_row_with_overdue_cards_red(qtbot: Any, db: Any) -> None:
    made = add_user(db, "made", "technician")
    ketut = add_user(db, "ketut", "technician")
    budi = customer(db)
    add(db, SlaPolicy(name="Medium", priority="medium", response_hours=4, resolution_hours=24, is_active=True))
    today = clock.today()
    late = order(db, budi, today, made, time(8, 0))
    fresh = order(db, budi, today, made, time(13, 0), priority="urgent")
    order(db, budi, today, ketut, time(9, 0))
    order(db, budi, None)

    def backdate(s: Any) -> None:
        s.get(WorkOrder, late).created_at = clock.now() - timedelta(days=3)
    write(db, backdate)
    context = make_ctx(db, made)
    try:
        board = open_board(qtbot, context, mode=DAY)
        assert board.board.technicians == ((made.user_id, "Made"),)
        assert set(board.cells) == {(0, today), (0, None)}
        cell = board.cells[(0, today)]
        assert cell.card_ids() == [late, fresh]
        assert cell.item(0).background().color() == OVERDUE_COLOR
        assert overdue_text("resolution") in cell.item(0).toolTip()
        assert cell.item(1).background().style() == Qt.BrushStyle.NoBrush
        assert cell.item(1).foreground().color().name() == "#b00020"                     # urgent: red text
        with qtbot.waitSignal(board.loaded, timeout=10000):
            qtbot.mouseClick(board.week_button, Qt.MouseButton.LeftButton)
        assert {row for row, _day in board.cells} == {0}
        assert [c.id for c in board.board.cards] == [late, fresh] and board.board.unscheduled == ()
        assert read(db, lambda s: dispatch.cell_cards(s, made, ketut.user_id, today)) == []
    finally:
        context.runner.wait()


def test_a_week_card_shows_the_tail_of_its_number_and_the_type_in_words(qtbot: Any, db: Any,
                                                                       admin_ctx: Any) -> None:
    budi = customer(db)
    made = order(db, budi, this_monday(), None, time(9, 30))
    number = read(db, lambda s: s.get(WorkOrder, made).work_order_number)
    board = open_board(qtbot, admin_ctx, start=this_monday())
    cell = board.cells[(rows_of(board)[None], this_monday())]
    first, second = cell.item(0).text().split("\n")
    assert first == f"09:30 \u2026{number.rsplit('-', 1)[1]}" and second == "Budi Santoso \u00b7 Repair"
    assert cell.fontMetrics().horizontalAdvance(first) < cell.viewport().width()   # the tail is not cut
    assert cell.item(0).toolTip().startswith(f"{number} \u2014 Repair, Medium, Pending")
