"""An item's stock card: movements newest first with the running balance, who
and why; "Older" pages back (the balance is carried, so paging stays fast);
Print (a period, previewed) and Export (XLSX/CSV)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ispdesk.domain import clock
from ispdesk.printing.stock_card import render_stock_card
from ispdesk.services import stock_card
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_datetime, format_integer, humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.ops import QueryOp
from ispdesk.ui.widgets.action_dialog import ActionDialog
from ispdesk.ui.widgets.paged_model import RIGHT
from ispdesk.ui.widgets.file_dialogs import ask_save_path
from ispdesk.ui.widgets.print_preview import show_document

COLUMNS = ("Date", "Type", "Change", "Balance", "Reference", "By", "Notes", "Serial numbers")


class StockCardDialog(ActionDialog):
    """The stock card of ``inventory_id``; ``confirm`` (Older) loads the next page."""

    def __init__(self, ctx: AppContext, inventory_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Stock card"), self.tr("&Older movements"), parent)
        self.setObjectName("stockCardDialog")
        self.inventory_id = inventory_id
        self.last_page: stock_card.CardPage | None = None
        self.total = 0
        self.preview = None
        self.summary = QLabel(self.tr("Loading\u2026"), self.body)
        self.summary.setObjectName("cardSummary")
        self.table = QTableWidget(0, len(COLUMNS), self.body)
        self.table.setObjectName("cardTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Type"), self.tr("Change"), self.tr("Balance"), self.tr("Reference"),
            self.tr("By"), self.tr("Notes"), self.tr("Serial numbers")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        today = QDate(clock.today())
        self.date_from = QDateEdit(today.addMonths(-1), self.body)
        self.date_to = QDateEdit(today, self.body)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")
        self.print_button = QPushButton(self.tr("&Print period\u2026"), self.body)
        self.print_button.setObjectName("printCard")
        self.export_button = QPushButton(self.tr("&Export period\u2026"), self.body)
        self.export_button.setObjectName("exportCard")
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Period:"), self.body))
        period.addWidget(self.date_from)
        period.addWidget(QLabel("\u2013", self.body))
        period.addWidget(self.date_to)
        period.addWidget(self.print_button)
        period.addWidget(self.export_button)
        period.addStretch(1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(period)
        self.confirm_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_period)
        self.export_button.clicked.connect(self.choose_export)
        self.resize(980, 560)
        self.load(lambda s, actor: stock_card.page(s, actor, inventory_id), self._add_page)

    def _add_page(self, page: stock_card.CardPage) -> None:
        self.last_page = page
        self.total = self.total if page.total is None else page.total
        item = page.item
        self.summary.setText(self.tr("<b>{0}</b> {1} \u2014 in stock: <b>{2} {3}</b> (minimum {4}); "
                                     "{5} movements, {6} shown").format(
            item.sku, item.name, format_integer(item.quantity), item.unit, format_integer(item.min_quantity),
            format_integer(self.total), format_integer(self.table.rowCount() + len(page.rows))))
        for row in page.rows:
            values = (format_datetime(row.moved_at), spec_text(humanise(row.type)), f"{row.change:+d}",
                      format_integer(row.balance), row.reference, row.by, row.notes, row.serials.replace("\n", ", "))
            index = self.table.rowCount()
            self.table.insertRow(index)
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if column in (2, 3):
                    cell.setTextAlignment(RIGHT)
                self.table.setItem(index, column, cell)
        self.table.resizeColumnsToContents()
        self.confirm_button.setEnabled(page.has_more)

    def confirm(self) -> None:
        """Load the next (older) page."""
        page = self.last_page
        if page is None or not page.has_more or self.busy:
            return
        item = self.inventory_id
        self.load(lambda s, actor: stock_card.page(s, actor, item, before_id=page.next_before_id,
                                                   balance=page.next_balance), self._add_page)

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def print_period(self) -> None:
        """Preview the card of the period (print or save it from there)."""
        item = self.inventory_id
        first, last = self.period()
        QueryOp(self, self.ctx, lambda s, actor: render_stock_card(stock_card.document(s, actor, item, first, last))) \
            .long().success(self._show_pdf).failure(self.show_failure).run()

    def _show_pdf(self, pdf: bytes) -> None:
        name = self.last_page.item.sku if self.last_page else str(self.inventory_id)
        self.preview = show_document(pdf, title=self.tr("Stock card"), suggested_name=f"stock-card-{name}.pdf",
                                     parent=self)

    def choose_export(self) -> None:
        path = ask_save_path(self, self.tr("Export stock card"), "stock-card.xlsx",
                             self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        item = self.inventory_id
        first, last = self.period()
        QueryOp(self, self.ctx, lambda s, actor: stock_card.export(s, actor, item, path, first, last)).long() \
            .success(lambda count: self.message_bar.show_message(
                self.tr("%n movement(s) exported to {0}.", "", count).format(path), "info")) \
            .failure(self.show_failure).run()
