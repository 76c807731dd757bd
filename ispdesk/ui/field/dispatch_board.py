"""The dispatch board: a week of open work orders, one row per technician (and
"Not assigned"), one column per day plus "No date". A card is moved by
dragging it to another cell or with the keyboard (Ctrl+Left/Right: day,
Ctrl+Up/Down: technician); the move is saved off the GUI thread, audited, and
the board reloads. Overdue cards (SLA) have a red background, urgent ones red text."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QGridLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.dates import format_date
from ispdesk.services import audit, dispatch
from ispdesk.services.dispatch import Board, Card
from ispdesk.ui.context import AppContext
from ispdesk.ui.widgets.lifetime import while_alive
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

OVERDUE_COLOR = QColor("#fde2e1")
URGENT_COLOR = QColor("#b00020")
CardIdRole = Qt.ItemDataRole.UserRole + 1
CHANGES = ("work_orders",)
#: Keys that move the selected card: (day step, technician row step).
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MOVES = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DispatchBoard", text)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class CardCell(QListWidget):
    """The cards of one technician on one day (``day`` None: no date yet).
    Signals ``dropped(card_id, cell)`` and ``step(card_id, day_step, row_step)``."""

    dropped = Signal(int, object)
    step = Signal(int, int, int)

    def __init__(self, row: int, technician_id: int | None, day: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row, self.technician_id, self.day = row, technician_id, day
        self.setObjectName(f"cell_{row}_{day.isoformat() if day else 'none'}")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(130, 64)

    def show_cards(self, cards: list[Card]) -> None:
        self.clear()
        for card in cards:
            when = card.time.strftime("%H:%M ") if card.time else ""
            item = QListWidgetItem(f"{when}{card.number}\n{card.customer} \u00b7 {card.type}")
            item.setData(CardIdRole, card.id)
            tip = f"{card.number} \u2014 {card.type}, {card.priority}, {card.status}"
            if card.overdue:
                item.setBackground(QBrush(OVERDUE_COLOR))
                tip += "\n" + _tr("Overdue ({0} time passed)").format(card.overdue)
            if card.priority == "urgent":
                item.setForeground(QBrush(URGENT_COLOR))
            item.setToolTip(tip)
            self.addItem(item)

    def card_ids(self) -> list[int]:
        return [self.item(i).data(CardIdRole) for i in range(self.count())]

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        source = event.source()
        if isinstance(source, CardCell) and source is not self and source.currentItem() is not None:
            self.dropped.emit(source.currentItem().data(CardIdRole), self)
        event.ignore()          # the board reloads from the database; Qt moves nothing itself

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        move = MOVES.get(Qt.Key(event.key()))
        if move and event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.currentItem() is not None:
            self.step.emit(self.currentItem().data(CardIdRole), *move)
            return
        super().keyPressEvent(event)


class DispatchBoard(QDialog):
    """The week's board. Signal ``loaded()`` after each load (tests wait on it)."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, start: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dispatchBoard")
        self.setWindowTitle(self.tr("Dispatch board"))
        self.start = monday_of(start or date.today())
        self.board: Board | None = None
        self.cells: dict[tuple[int, date | None], CardCell] = {}
        self.message_bar = MessageBar(self)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        previous = QPushButton(self.tr("\u25c0 Previous week"), self)
        previous.clicked.connect(lambda: self.show_week(self.start - timedelta(days=7)))
        this_week = QPushButton(self.tr("This week"), self)
        this_week.clicked.connect(lambda: self.show_week(monday_of(date.today())))
        following = QPushButton(self.tr("Next week \u25b6"), self)
        following.clicked.connect(lambda: self.show_week(self.start + timedelta(days=7)))
        top = QHBoxLayout()
        top.addWidget(previous)
        top.addWidget(this_week)
        top.addWidget(following)
        top.addStretch(1)
        top.addWidget(self.week_label)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(3)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        hint = QLabel(self.tr("Drag a card to another day or technician, or select it and press Ctrl+arrow keys. "
                              "Red background: past its SLA; red text: urgent."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint)
        self.resize(1180, 560)
        ctx.runner.changed.connect(while_alive(self, self._on_changed))
        self.refresh()

    def _on_changed(self, changes: object) -> None:
        if "work_orders" in (changes or ()):  # type: ignore[operator]
            self.refresh()

    def show_week(self, start: date) -> None:
        self.start = monday_of(start)
        self.refresh()

    def refresh(self) -> None:
        db, actor, start = self.ctx.db, self.ctx.actor, self.start
        self.ctx.runner.run(lambda _t: read(db, lambda s: dispatch.board(s, actor, start)),
                            on_success=while_alive(self, self._show),
                            on_failure=while_alive(self, lambda exc: self.message_bar.show_message(
                                describe_error(exc))))

    def _clear_grid(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.cells.clear()

    def _show(self, board: Board) -> None:
        self.board = board
        self._clear_grid()
        days: list[date | None] = [*board.days, None]
        self.week_label.setText(f"{format_date(board.days[0])} \u2013 {format_date(board.days[-1])}")
        for col, day in enumerate(days, start=1):
            title = f"{_tr(DAY_NAMES[day.weekday()])} {format_date(day)}" if day else self.tr("No date")
            header = QLabel(f"<b>{title}</b>", self.grid_host)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(header, 0, col)
        for row, (technician_id, name) in enumerate(board.technicians, start=1):
            label = QLabel(f"<b>{self.tr('Not assigned') if technician_id is None else name}</b>", self.grid_host)
            self.grid.addWidget(label, row, 0)
            for col, day in enumerate(days, start=1):
                cell = CardCell(row - 1, technician_id, day, self.grid_host)
                cards = board.cell(technician_id, day) if day else [
                    c for c in board.unscheduled if c.technician_id == technician_id]
                cell.show_cards(cards)
                cell.dropped.connect(lambda card_id, target: self.move_card(card_id, target.technician_id,
                                                                            target.day))
                cell.step.connect(lambda card_id, d, r, c=cell: self._step(card_id, c, d, r))
                self.grid.addWidget(cell, row, col)
                self.cells[(row - 1, day)] = cell
        self.loaded.emit()

    def _step(self, card_id: int, cell: CardCell, day_step: int, row_step: int) -> None:
        assert self.board is not None
        row = min(max(cell.row + row_step, 0), len(self.board.technicians) - 1)
        day = cell.day + timedelta(days=day_step) if cell.day is not None and day_step else cell.day
        if cell.day is None and day_step > 0:
            day = self.board.days[0]
        self.move_card(card_id, self.board.technicians[row][0], day)

    def move_card(self, card_id: int, technician_id: int | None, day: date | None) -> None:
        """Save the card's new technician and day; the board reloads from the changes."""
        db, actor = self.ctx.db, self.ctx.actor
        self.message_bar.clear()
        self.ctx.runner.run(
            lambda _t: write(db, lambda s: dispatch.reschedule(s, actor, card_id, day, technician_id),
                             info=audit.actor_info(actor, "work_orders")),
            on_success=while_alive(self, lambda card: self.message_bar.show_message(
                _tr("{0} moved.").format(card.number), "info")),
            on_failure=while_alive(self, lambda exc: self.message_bar.show_message(describe_error(exc))),
            changes=CHANGES)
