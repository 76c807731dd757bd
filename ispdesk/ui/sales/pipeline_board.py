"""The pipeline board: a column per lead status with a card per lead.

A card moves by drag and drop onto another column, or by keyboard
(Ctrl+Right / Ctrl+Left moves the current card one column on). Every move goes
through :func:`ispdesk.services.leads.move_lead` off the GUI thread and is
audited; moving to *lost* asks for the reason first; moving to *won* opens the
conversion dialog (a lead is won by converting it). The board reloads when
leads change anywhere (``runner.changed``). A sales user's own leads come first.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QByteArray, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, QRect,
                            QSize, QT_TRANSLATE_NOOP, Qt, Signal)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QInputDialog, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QVBoxLayout, QWidget)

from ispdesk.services import leads
from ispdesk.services.leads import LeadCard
from ispdesk.ui.context import AppContext
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.sales.conversion_dialog import ConversionDialog
from ispdesk.ui.widgets.lifetime import while_alive
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

ID_ROLE = Qt.ItemDataRole.UserRole
TITLES = {
    "new": QT_TRANSLATE_NOOP("PipelineBoard", "New"),
    "contacted": QT_TRANSLATE_NOOP("PipelineBoard", "Contacted"),
    "qualified": QT_TRANSLATE_NOOP("PipelineBoard", "Qualified"),
    "proposal": QT_TRANSLATE_NOOP("PipelineBoard", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("PipelineBoard", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("PipelineBoard", "Won"),
    "lost": QT_TRANSLATE_NOOP("PipelineBoard", "Lost"),
}
MIME = "application/x-ispdesk-lead"
CARD_PADDING = 4 + 1          # the card's padding and border (the style sheet below), each side
CARD_SLACK = 2                # rounding between the measured and the painted text


def card_text_width(view: QListWidget, width: int) -> int:
    """The width the card's text wraps at when painted: the card less its padding and border and
    the item view's own text margin (as the style lays the text out)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return width - 2 * CARD_PADDING - 2 * margin


class _CardDelegate(QStyledItemDelegate):
    """Cards as tall as their wrapped text at the column's width: the list's own measure
    ignores the style sheet's padding, so a name that wrapped pushed the last line
    ("Sales: …") out of the card."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        view = self.parent()
        width = view.viewport().width() - 2 * view.spacing()
        text_width = max(card_text_width(view, width) - CARD_SLACK, 40)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = QFontMetrics(font).boundingRect(QRect(0, 0, text_width, 100000),
                                                  int(Qt.TextFlag.TextWordWrap), text)
        return QSize(max(width, 1), bounds.height() + 2 * CARD_PADDING + CARD_SLACK)


class StatusColumn(QListWidget):
    """The cards of one status; a drop from another column asks the board to move the card."""

    card_dropped = Signal(int, str)      # lead id, this column's status
    step = Signal(int, int)              # lead id, +1 / -1 column

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"column_{status}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setMinimumWidth(170)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_CardDelegate(self))
        self.setUniformItemSizes(False)
        self.setStyleSheet("QListWidget::item { border:1px solid #c8ccd2; border-radius:4px; padding:4px; }"
                           " QListWidget::item:selected { border:1px solid #3b78c4; background:#dbe8f7;"
                           " color:black; }")

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        if items:
            data.setData(MIME, QByteArray(str(items[0].data(ID_ROLE)).encode()))
        return data

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """A card from any column lands here: ask to move it (the board reloads from the database)."""
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        lead_id = int(bytes(event.mimeData().data(MIME)).decode())
        event.setDropAction(Qt.DropAction.CopyAction)   # not Move: Qt must not delete the source item
        event.accept()
        self.card_dropped.emit(lead_id, self.status)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()     # the cards' heights follow the column's width

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        keys = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in keys:
            if self.currentItem() is not None:
                self.step.emit(int(self.currentItem().data(ID_ROLE)), keys[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)


class PipelineBoard(QDialog):
    """All leads by status. ``loaded`` fires after each reload, ``moved`` after a saved move."""

    loaded = Signal()
    moved = Signal(object)      # the LeadSummary saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pipelineBoard")
        self.setWindowTitle(self.tr("Lead pipeline"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.message_bar = MessageBar(self)
        self.columns: dict[str, StatusColumn] = {}
        self.headers: dict[str, QLabel] = {}
        self.reason_dialog: QInputDialog | None = None
        self.conversion_dialog: ConversionDialog | None = None
        row = QHBoxLayout()
        for status in leads.STATUSES:
            column = StatusColumn(status, self)
            column.card_dropped.connect(self.request_move)
            column.step.connect(self._step)
            column.currentItemChanged.connect(self._current_changed)
            header = QLabel(self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet("font-weight:bold; padding:4px;")
            box = QVBoxLayout()
            box.addWidget(header)
            box.addWidget(column, 1)
            row.addLayout(box, 1)
            self.columns[status], self.headers[status] = column, header
        hint = QLabel(self.tr("Drag a card to another column, or press Ctrl+Right / Ctrl+Left. "
                              "Your own leads are in bold and come first."), self)
        hint.setWordWrap(True)
        self.current_lead: int | None = None
        self.reassign_dialog: QInputDialog | None = None
        self.reassign_button = QPushButton(self.tr("Reassign…"), self)
        self.reassign_button.setObjectName("reassignLead")
        self.reassign_button.setToolTip(self.tr("Give the selected lead to another sales user (supervisors)"))
        self.reassign_button.setVisible(ctx.actor is not None and ctx.actor.can(leads.MODULE, "approve"))
        self.reassign_button.clicked.connect(self.reassign)
        reload_button = QPushButton(self.tr("Reload"), self)
        reload_button.clicked.connect(self.reload)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.reassign_button)
        bottom.addWidget(reload_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(row, 1)
        layout.addLayout(bottom)
        self.resize(1240, 640)
        ctx.runner.changed.connect(while_alive(self, self._on_changed))
        self.reload()

    # -- loading --------------------------------------------------------------
    def reload(self) -> None:
        QueryOp(self, self.ctx, leads.board).success(self._show).failure(self._failed).run()

    def _on_changed(self, changes: Any) -> None:
        if "leads" in changes:
            self.reload()

    def _show(self, cards: dict[str, list[LeadCard]]) -> None:
        focus = next((c for c in self.columns.values() if c.hasFocus()), None)
        keep = int(focus.currentItem().data(ID_ROLE)) if focus and focus.currentItem() else None
        for status, column in self.columns.items():
            column.clear()
            for card in cards.get(status, []):
                column.addItem(self._item(card))
            self.headers[status].setText(f"{QCoreApplication.translate('PipelineBoard', TITLES[status])} "
                                         f"({len(cards.get(status, []))})")
        if keep is not None:
            self.select(keep)
        self.loaded.emit()

    def _item(self, card: LeadCard) -> QListWidgetItem:
        lines = [card.number, card.name, *(part for part in (card.phone, card.package) if part)]
        if card.assignee:
            lines.append(self.tr("Sales: {0}").format(card.assignee))
        item = QListWidgetItem("\n".join(lines))
        item.setData(ID_ROLE, card.id)
        item.setToolTip("\n".join(lines))
        if card.mine:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        if card.converted:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        return item

    def _failed(self, exc: BaseException) -> None:
        self.message_bar.show_message(describe_error(exc), "error")

    # -- finding cards ---------------------------------------------------------
    def status_of(self, lead_id: int) -> str | None:
        for status, column in self.columns.items():
            for row in range(column.count()):
                if column.item(row).data(ID_ROLE) == lead_id:
                    return status
        return None

    def select(self, lead_id: int) -> bool:
        """Make ``lead_id``'s card current and give its column the focus."""
        status = self.status_of(lead_id)
        if status is None:
            return False
        column = self.columns[status]
        for row in range(column.count()):
            if column.item(row).data(ID_ROLE) == lead_id:
                column.setCurrentRow(row)
                column.setFocus()
        return True

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.current_lead = int(item.data(ID_ROLE))

    # -- reassigning (supervisors) -------------------------------------------------
    def reassign(self) -> None:
        """Ask for the sales user the selected lead goes to, then save it."""
        lead_id = self.current_lead
        if lead_id is None:
            self.message_bar.show_message(self.tr("Select a card first."), "warning")
            return
        QueryOp(self, self.ctx, leads.sales_users).success(lambda users: self._ask_assignee(lead_id, users)) \
            .failure(self._failed).run()

    def _ask_assignee(self, lead_id: int, users: list[tuple[int, str]]) -> None:
        by_name = {name: user_id for user_id, name in users}
        dialog = QInputDialog(self)
        dialog.setObjectName("reassignDialog")
        dialog.setWindowTitle(self.tr("Reassign lead"))
        dialog.setLabelText(self.tr("Sales user"))
        dialog.setComboBoxItems(list(by_name))
        dialog.textValueSelected.connect(lambda name: self._save_assignee(lead_id, by_name.get(name)))
        self.reassign_dialog = dialog
        dialog.open()

    def _save_assignee(self, lead_id: int, user_id: int | None) -> None:
        WriteOp(self, self.ctx, lambda s, actor: leads.reassign_lead(s, actor, lead_id, user_id), module=leads.MODULE) \
            .success(lambda summary: self.message_bar.show_message(
                self.tr("{0} reassigned.").format(summary.number), "info")).failure(self._failed).run()

    # -- moving ------------------------------------------------------------------
    def _step(self, lead_id: int, offset: int) -> None:
        here = leads.STATUSES.index(self.status_of(lead_id) or "new")
        target = here + offset
        if 0 <= target < len(leads.STATUSES):
            self.request_move(lead_id, leads.STATUSES[target])

    def request_move(self, lead_id: int, status: str) -> None:
        """Move a card; lost first asks why (non-modal: the board stays responsive)."""
        if self.status_of(lead_id) == status:
            return
        if status == "won":
            self.open_conversion(lead_id)
            return
        if status != "lost":
            self._save_move(lead_id, status, "")
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("lostReasonDialog")
        dialog.setWindowTitle(self.tr("Lead lost"))
        dialog.setLabelText(self.tr("Why was the lead lost?"))
        dialog.textValueSelected.connect(lambda reason: self._save_move(lead_id, status, reason))
        self.reason_dialog = dialog
        dialog.open()

    def open_conversion(self, lead_id: int) -> ConversionDialog:
        """A lead is won by converting it: the conversion dialog (the board reloads after it)."""
        dialog = ConversionDialog(self.ctx, lead_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conversion_dialog = dialog
        dialog.open()
        return dialog

    def _save_move(self, lead_id: int, status: str, reason: str) -> None:
        WriteOp(self, self.ctx, lambda s, actor: leads.move_lead(s, actor, lead_id, status, reason),
                module=leads.MODULE).success(self._moved).failure(self._failed).run()

    def _moved(self, summary: leads.LeadSummary) -> None:
        title = QCoreApplication.translate("PipelineBoard", TITLES[summary.status])
        self.message_bar.show_message(self.tr("{0} moved to {1}.").format(summary.number, title), "info")
        self.moved.emit(summary)
        self.select(summary.id)
