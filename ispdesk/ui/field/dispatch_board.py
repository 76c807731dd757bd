"""The dispatch board: open work orders by technician (and "Not assigned") and
day, as a week or a single day, plus "No date". A card is moved by dragging it
to another cell or with the keyboard (Ctrl+Left/Right: day, Ctrl+Up/Down:
technician); the move is saved off the GUI thread, audited, and the board
reloads. Overdue cards (SLA) have a red background, urgent ones red text.

A cell shows at most the service's cap of cards (6); the rest sit behind a
"+N more…" line that opens the cell's full list (:class:`CellListDialog`), so
a busy office never builds thousands of widgets. A technician sees their own row."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDialog, QGridLayout, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ispdesk.domain import clock
from ispdesk.services import dispatch
from ispdesk.services.dispatch import Board, Card
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_date, humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.lifetime import while_alive
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

OVERDUE_COLOR = QColor("#fde2e1")
URGENT_COLOR = QColor("#b00020")
MORE_COLOR = QColor("#1a5fb4")
CardIdRole = Qt.ItemDataRole.UserRole + 1
MoreRole = Qt.ItemDataRole.UserRole + 2
#: Keys that move the selected card: (day step, technician row step).
MOVES = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
WEEK, DAY = "week", "day"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DispatchBoard", text)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def number_tail(number: str) -> str:
    """The part of a document number that tells it from the others of the week:
    ``WO-202611-000123`` -> ``…000123`` (a week column is too narrow for the whole)."""
    head, sep, tail = number.rpartition("-")
    return f"\u2026{tail}" if sep and head and tail else number


def day_name(day: date) -> str:
    """The short name of the day of the week in the program's language ("Sen" for Monday)."""
    return (_tr("Mon"), _tr("Tue"), _tr("Wed"), _tr("Thu"), _tr("Fri"), _tr("Sat"), _tr("Sun"))[day.weekday()]


def day_title(day: date | None) -> str:
    return f"{day_name(day)} {format_date(day)}" if day else _tr("No date")


def overdue_text(kind: str) -> str:
    """Why a card is red, in the program's language (``kind``: the SLA time that passed)."""
    if kind == "response":
        return _tr("Overdue: not assigned within its response time")
    return _tr("Overdue: not completed within its resolution time")


class CardCell(QListWidget):
    """The cards of one technician on one day (``day`` None: no date yet); ``detailed`` cards
    (the day view) show the address too. Signals ``dropped(card_id, cell)``,
    ``step(card_id, day_step, row_step)`` and ``more(cell)`` ("+N more…" clicked or Enter)."""

    dropped = Signal(int, object)
    step = Signal(int, int, int)
    more = Signal(object)

    def __init__(self, row: int, technician_id: int | None, day: date | None, parent: QWidget | None = None,
                 *, detailed: bool = False) -> None:
        super().__init__(parent)
        self.row, self.technician_id, self.day, self.detailed = row, technician_id, day, detailed
        self.setObjectName(f"cell_{row}_{day.isoformat() if day else 'none'}")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)     # a narrow week column: the tooltip has it all
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(340 if detailed else 130, 64)
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)

    def show_cards(self, cards: list[Card], hidden: int = 0, *, fit: bool = False) -> None:
        """Show ``cards`` and, when ``hidden`` > 0, a "+N more…" line after them; with ``fit``
        the cell grows to show them all (on the board, whose rows then scroll together)."""
        self.clear()
        for card in cards:
            when = card.time.strftime("%H:%M ") if card.time else ""
            kind, priority, status = (spec_text(humanise(v)) for v in (card.type, card.priority, card.status))
            # a week column shows the number's tail; the day view and the tooltip the whole number
            text = f"{when}{number_tail(card.number)}\n" + " \u00b7 ".join(p for p in (card.customer, kind) if p)
            if self.detailed:
                text = f"{when}{card.number} \u00b7 {kind} \u00b7 {priority}\n{card.customer}"
                if card.address:
                    text += f" \u2014 {card.address}"
            item = QListWidgetItem(text)
            item.setData(CardIdRole, card.id)
            tip = f"{card.number} \u2014 {kind}, {priority}, {status}"
            if card.address:
                tip += f"\n{card.customer}, {card.address}"
            if card.overdue:
                item.setBackground(QBrush(OVERDUE_COLOR))
                tip += "\n" + overdue_text(card.overdue)
            if card.priority == "urgent":
                item.setForeground(QBrush(URGENT_COLOR))
            item.setToolTip(tip)
            self.addItem(item)
        if hidden > 0:
            item = QListWidgetItem(_tr("+{0} more\u2026").format(hidden))
            item.setData(MoreRole, hidden)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)   # not dragged
            item.setForeground(QBrush(MORE_COLOR))
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            item.setToolTip(_tr("Show all the work orders of this cell"))
            self.addItem(item)
        if fit:
            lines = sum(self.item(i).text().count("\n") + 1 for i in range(self.count()))
            height = lines * self.fontMetrics().lineSpacing() + self.count() * 4 + 2 * self.frameWidth() + 6
            self.setMinimumHeight(max(64, height))

    def card_ids(self) -> list[int]:
        return [self.item(i).data(CardIdRole) for i in range(self.count())
                if self.item(i).data(CardIdRole) is not None]

    def more_item(self) -> QListWidgetItem | None:
        """The "+N more…" line, if the cell has one."""
        last = self.item(self.count() - 1) if self.count() else None
        return last if last is not None and last.data(MoreRole) else None

    def _clicked(self, item: QListWidgetItem) -> None:
        if item.data(MoreRole):
            self.more.emit(self)

    def _selected_card(self) -> int | None:
        item = self.currentItem()
        return item.data(CardIdRole) if item is not None else None

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        source = event.source()
        if isinstance(source, CardCell) and source is not self and source._selected_card() is not None:
            self.dropped.emit(source._selected_card(), self)
        event.ignore()          # the board reloads from the database; Qt moves nothing itself

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        move = MOVES.get(Qt.Key(event.key()))
        card = self._selected_card()
        if move and event.modifiers() & Qt.KeyboardModifier.ControlModifier and card is not None:
            self.step.emit(card, *move)
            return
        super().keyPressEvent(event)


class DispatchBoard(QDialog):
    """The board, as a week (default) or a day. Signal ``loaded()`` after each load (tests wait on it)."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, start: date | None = None,
                 mode: str = WEEK) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dispatchBoard")
        self.setWindowTitle(self.tr("Dispatch board"))
        self.mode = mode
        self.start = self._first_day(start or clock.today())
        self.board: Board | None = None
        self.cells: dict[tuple[int, date | None], CardCell] = {}
        self.cell_list: CellListDialog | None = None
        self.message_bar = MessageBar(self)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("weekLabel")
        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("previousPeriod")
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.today_button = QPushButton(self)
        self.today_button.setObjectName("thisPeriod")
        self.today_button.clicked.connect(lambda: self.show_period(clock.today()))
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextPeriod")
        self.next_button.clicked.connect(lambda: self.go(1))
        self.day_button = QPushButton(self.tr("&Day"), self)
        self.day_button.setObjectName("dayView")
        self.week_button = QPushButton(self.tr("&Week"), self)
        self.week_button.setObjectName("weekView")
        views = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            views.addButton(button)
        (self.day_button if mode == DAY else self.week_button).setChecked(True)
        self.day_button.clicked.connect(lambda: self.set_mode(DAY))
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        top = QHBoxLayout()
        top.addWidget(self.day_button)
        top.addWidget(self.week_button)
        top.addSpacing(12)
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addStretch(1)
        top.addWidget(self.week_label)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self._new_grid()
        self.scroll.setWidget(self.grid_host)
        hint = QLabel(self.tr("Drag a card to another day or technician, or select it and press Ctrl+arrow keys. "
                              "Red background: past its SLA; red text: urgent. \u201c+N more\u201d lists a full "
                              "cell."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(hint)
        self._label_buttons()
        self.resize(1180, 560)
        ctx.runner.changed.connect(while_alive(self, self._on_changed))
        self.refresh()

    def _first_day(self, day: date) -> date:
        return day if self.mode == DAY else monday_of(day)

    def _label_buttons(self) -> None:
        day = self.mode == DAY
        self.previous_button.setText(self.tr("\u25c0 Previous day") if day else self.tr("\u25c0 Previous week"))
        self.today_button.setText(self.tr("Today") if day else self.tr("This week"))
        self.next_button.setText(self.tr("Next day \u25b6") if day else self.tr("Next week \u25b6"))

    def _on_changed(self, changes: object) -> None:
        if "work_orders" in (changes or ()):  # type: ignore[operator]
            self.refresh()

    def set_mode(self, mode: str) -> None:
        """Show a day (the first day of the week shown, or today when it is in that week) or a week."""
        if mode == self.mode:
            return
        today = clock.today()
        if mode == DAY:
            first = today if self.start <= today < self.start + timedelta(days=7) else self.start
        else:
            first = monday_of(self.start)
        self.mode = mode
        (self.day_button if mode == DAY else self.week_button).setChecked(True)
        self._label_buttons()
        self.start = first
        self.refresh()

    def go(self, steps: int) -> None:
        self.show_period(self.start + timedelta(days=steps * (1 if self.mode == DAY else 7)))

    def show_period(self, day: date) -> None:
        self.start = self._first_day(day)
        self.refresh()

    def show_week(self, start: date) -> None:
        self.show_period(start)

    def refresh(self) -> None:
        start = self.start
        days = 1 if self.mode == DAY else dispatch.DAYS
        QueryOp(self, self.ctx, lambda s, actor: dispatch.board(s, actor, start, days=days)).success(self._show) \
            .failure(lambda exc: self.message_bar.show_message(describe_error(exc))).run()

    def _new_grid(self) -> None:
        """A fresh, not yet shown widget for the grid: filled while hidden, it is shown in one go
        (showing hundreds of cells one by one on a visible board takes seconds)."""
        self.grid_host = QWidget()
        self.grid_host.setObjectName("boardGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(3)

    def _show(self, board: Board) -> None:
        self.board = board
        self.cells.clear()
        self._new_grid()
        detailed = board.length == 1
        days: list[date | None] = [*board.days, None]
        if detailed:
            self.week_label.setText(day_title(board.days[0]))
        else:
            self.week_label.setText(f"{format_date(board.days[0])} \u2013 {format_date(board.days[-1])}")
        for col, day in enumerate(days, start=1):
            header = QLabel(f"<b>{day_title(day)}</b>", self.grid_host)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(header, 0, col)
        for row, (technician_id, name) in enumerate(board.technicians, start=1):
            label = QLabel(f"<b>{self.tr('Not assigned') if technician_id is None else name}</b>", self.grid_host)
            self.grid.addWidget(label, row, 0)
            for col, day in enumerate(days, start=1):
                cell = CardCell(row - 1, technician_id, day, self.grid_host, detailed=detailed and day is not None)
                cell.show_cards(board.cell(technician_id, day), board.hidden(technician_id, day), fit=True)
                self._connect(cell)
                self.grid.addWidget(cell, row, col)
                self.cells[(row - 1, day)] = cell
        self.grid.setColumnStretch(1, 3 if detailed else 1)
        bars = self.scroll.horizontalScrollBar().value(), self.scroll.verticalScrollBar().value()
        self.scroll.setWidget(self.grid_host)           # the previous grid and its cells are deleted
        self.scroll.horizontalScrollBar().setValue(bars[0])
        self.scroll.verticalScrollBar().setValue(bars[1])
        self.loaded.emit()

    def _connect(self, cell: CardCell) -> None:
        cell.dropped.connect(lambda card_id, target: self.move_card(card_id, target.technician_id, target.day))
        cell.step.connect(lambda card_id, d, r, c=cell: self._step(card_id, c, d, r))
        cell.more.connect(self.open_cell)

    def open_cell(self, cell: CardCell) -> "CellListDialog":
        """List every work order of ``cell`` (what "+N more…" opens)."""
        assert self.board is not None
        name = dict(self.board.technicians).get(cell.technician_id) if cell.technician_id is not None else None
        if self.cell_list is not None:
            self.cell_list.close()
        self.cell_list = CellListDialog(self, cell.row, cell.technician_id, cell.day,
                                        name or self.tr("Not assigned"))
        self.cell_list.show()
        return self.cell_list

    def _step(self, card_id: int, cell: CardCell, day_step: int, row_step: int) -> None:
        assert self.board is not None
        row = min(max(cell.row + row_step, 0), len(self.board.technicians) - 1)
        day = cell.day + timedelta(days=day_step) if cell.day is not None and day_step else cell.day
        if cell.day is None and day_step > 0:
            day = self.board.days[0]
        self.move_card(card_id, self.board.technicians[row][0], day)

    def move_card(self, card_id: int, technician_id: int | None, day: date | None) -> None:
        """Save the card's new technician and day; the board reloads from the changes."""
        self.message_bar.clear()
        WriteOp(self, self.ctx, lambda s, actor: dispatch.reschedule(s, actor, card_id, day, technician_id),
                module="work_orders") \
            .success(lambda card: self.message_bar.show_message(_tr("{0} moved.").format(card.number), "info")) \
            .failure(lambda exc: self.message_bar.show_message(describe_error(exc))).run()


class CellListDialog(QDialog):
    """Every work order of one cell of the board (the "+N more…" list); its cards move like the
    board's (drag onto the board, Ctrl+arrow keys) and it reloads when work orders change.
    Signal ``loaded()``."""

    loaded = Signal()

    def __init__(self, board: DispatchBoard, row: int, technician_id: int | None, day: date | None,
                 name: str) -> None:
        super().__init__(board)
        self.board = board
        self.technician_id, self.day = technician_id, day
        self.setObjectName("cellList")
        self.setWindowTitle(f"{name} \u2014 {day_title(day)}")
        self.message_bar = MessageBar(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("cellCount")
        self.cell = CardCell(row, technician_id, day, self, detailed=True)
        board._connect(self.cell)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.cell, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(460, 520)
        board.ctx.runner.changed.connect(while_alive(self, self._on_changed))
        self.refresh()

    def _on_changed(self, changes: object) -> None:
        if "work_orders" in (changes or ()):  # type: ignore[operator]
            self.refresh()

    def refresh(self) -> None:
        technician_id, day = self.technician_id, self.day
        QueryOp(self, self.board.ctx, lambda s, actor: dispatch.cell_cards(s, actor, technician_id, day)) \
            .success(self._show).failure(lambda exc: self.message_bar.show_message(describe_error(exc))).run()

    def _show(self, cards: list[Card]) -> None:
        self.cell.show_cards(cards)
        self.count_label.setText(self.tr("%n work order(s)", "", len(cards)))
        self.loaded.emit()
