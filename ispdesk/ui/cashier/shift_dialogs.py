"""Cash shifts at the counter: open with a float, close blind.

:class:`OpenShiftDialog` asks for the opening float. :class:`CloseShiftDialog`
has the cashier count the drawer by denomination with a running total of what
was counted, never the expected figure; only once the service has closed the
shift does it show expected vs counted and the variance
(:class:`ShiftResultView`) and offer the Z-report.
"""
from __future__ import annotations

import socket
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from ispdesk.domain.documents.shift_report import DENOMINATIONS, ShiftReportData
from ispdesk.domain.money import format_rupiah
from ispdesk.services import cash_shifts
from ispdesk.services.cash_shifts import ShiftInfo
from ispdesk.ui.widgets.fields import AmountError, FieldErrors, RupiahEdit, big_label, error_label
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_datetime
from ispdesk.ui.ops import WriteOp
from ispdesk.ui.widgets.form_dialog import FormDialog
from ispdesk.ui.widgets.message_bar import describe_error

MAX_COUNT = 100_000


def workstation_name(ctx: AppContext) -> str:
    station = ctx.actor.workstation
    return station.host if station is not None else socket.gethostname()


class OpenShiftDialog(FormDialog):
    """The opening float. Signal ``opened(ShiftInfo)``."""

    opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("openShiftDialog")
        self.setWindowTitle(self.tr("Open shift"))
        self.float_edit = RupiahEdit(self)
        self.float_edit.setObjectName("openingFloat")
        self.float_error = error_label("opening_float", self)
        self.errors = FieldErrors({"opening_float": self.float_error, "amount": self.float_error})
        self.open_button = QPushButton(self.tr("Open shift (Enter)"), self)
        self.open_button.setObjectName("openShift")
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        for button in (self.open_button, self.cancel_button):
            button.setAutoDefault(False)
        self.open_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        intro = QLabel(self.tr("Count the money in the drawer before the first customer and type it here."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Opening float:"), self.float_edit)
        form.addRow("", self.float_error)
        form.addRow(self.tr("Cashier:"), QLabel(ctx.actor.name, self))
        form.addRow(self.tr("Workstation:"), QLabel(workstation_name(ctx), self))
        self.setMinimumWidth(420)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.float_edit.setFocus()

    def confirm(self) -> None:
        if self.busy:
            return
        self.errors.clear()
        try:
            amount = self.float_edit.amount()
        except AmountError as exc:
            self.errors.set("opening_float", exc.message)
            return
        amount = amount if amount is not None else Decimal("0")
        if amount < 0:
            self.errors.set("opening_float", self.tr("The float cannot be negative."))
            return
        station = workstation_name(self.ctx)
        self.set_busy(True)
        WriteOp(self, self.ctx, lambda s, actor: cash_shifts.open_shift(s, actor, amount, workstation=station),
                module="cash_shifts").success(self._opened).failure(lambda exc: self.failed(exc, self.errors)).run()

    def _opened(self, shift: ShiftInfo) -> None:
        self.set_busy(False)
        self.shift = shift
        self.opened.emit(shift)
        self.accept()


class ShiftResultView(QWidget):
    """Expected vs counted and the variance of a closed shift."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftResult")
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.expected_label = big_label(points=16, name="expectedCash", parent=self)
        self.counted_label = big_label(points=16, name="countedCash", parent=self)
        self.variance_label = big_label(points=24, name="variance", parent=self)
        self.variance_note = QLabel(self)
        self.variance_note.setObjectName("varianceNote")
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 2)
        for row, (text, label) in enumerate(((self.tr("Expected cash"), self.expected_label),
                                             (self.tr("Counted cash"), self.counted_label),
                                             (self.tr("Variance"), self.variance_label)), start=1):
            grid.addWidget(QLabel(text, self), row, 0)
            grid.addWidget(label, row, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.variance_note, 4, 0, 1, 2)
        grid.setRowStretch(5, 1)

    def show_report(self, data: ShiftReportData) -> None:
        self.title.setText(self.tr("Shift {0} of {1} is closed ({2}).").format(
            data.shift_number, data.cashier_name, format_datetime(data.closed_at)))
        self.expected_label.setText(format_rupiah(data.expected_cash))
        self.counted_label.setText(format_rupiah(data.counted_cash))
        variance = data.variance if data.variance is not None else Decimal("0")
        sign = "+" if variance > 0 else ""
        self.variance_label.setText(f"{sign}{format_rupiah(variance)}")
        colour = "#0b6b2b" if variance == 0 else "#8a1c14"
        self.variance_label.setStyleSheet(f"color:{colour};")
        if variance == 0:
            self.variance_note.setText(self.tr("The drawer matches."))
        elif variance > 0:
            self.variance_note.setText(self.tr("The drawer holds more than expected."))
        else:
            self.variance_note.setText(self.tr("The drawer holds less than expected."))


class CloseShiftDialog(FormDialog):
    """Blind close of ``shift``. Signal ``closed(ShiftReportData)``."""

    closed = Signal(object)

    def __init__(self, ctx: AppContext, shift: ShiftInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("closeShiftDialog")
        self.setWindowTitle(self.tr("Close shift {0}").format(shift.shift_number))
        self.shift = shift
        self.report: ShiftReportData | None = None
        self.counts: dict[int, QSpinBox] = {}
        self.subtotals: dict[int, QLabel] = {}
        self.pages = QStackedWidget(self)

        count_page = QWidget(self.pages)
        intro = QLabel(self.tr("Shift {0} of {1}, opened {2}. Count the drawer note by note and coin by coin; "
                               "the expected amount is shown after the shift is closed.").format(
            shift.shift_number, shift.cashier_name, format_datetime(shift.opened_at)), count_page)
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Denomination</b>"), count_page), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Count</b>"), count_page), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Amount</b>"), count_page), 0, 2, Qt.AlignmentFlag.AlignRight)
        for row, value in enumerate(DENOMINATIONS, start=1):
            spin = QSpinBox(count_page)
            spin.setObjectName(f"count_{value}")
            spin.setRange(0, MAX_COUNT)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            spin.valueChanged.connect(self._recount)
            label = QLabel(format_rupiah(Decimal(value)), count_page)
            label.setBuddy(spin)
            subtotal = QLabel(format_rupiah(Decimal("0")), count_page)
            subtotal.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(subtotal, row, 2)
            self.counts[value] = spin
            self.subtotals[value] = subtotal
        self.counted_label = big_label(format_rupiah(Decimal("0")), points=20, name="countedTotal", parent=count_page)
        self.notes_edit = QLineEdit(count_page)
        self.notes_edit.setObjectName("shiftNotes")
        self.notes_edit.setPlaceholderText(self.tr("Notes (optional)"))
        self.counts_error = error_label("counts", count_page)
        total_row = QHBoxLayout()
        total_row.addWidget(QLabel(self.tr("Counted:"), count_page))
        total_row.addStretch(1)
        total_row.addWidget(self.counted_label)
        self.close_button = QPushButton(self.tr("Close shift (Enter)"), count_page)
        self.close_button.setObjectName("closeShift")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.confirm)
        cancel = QPushButton(self.tr("Cancel (Esc)"), count_page)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(cancel)
        page = QVBoxLayout(count_page)
        page.addWidget(intro)
        page.addLayout(grid)
        page.addLayout(total_row)
        page.addWidget(self.counts_error)
        page.addWidget(self.notes_edit)
        page.addLayout(buttons)
        self.errors = FieldErrors({"counts": self.counts_error, "notes": self.counts_error,
                                   "shift": self.counts_error})

        result_page = QWidget(self.pages)
        self.result = ShiftResultView(result_page)
        self.report_button = QPushButton(self.tr("&Z-report\u2026"), result_page)
        self.report_button.setObjectName("zReport")
        self.report_button.setAutoDefault(False)
        self.report_button.clicked.connect(self.show_z_report)
        done = QPushButton(self.tr("Close"), result_page)
        done.setObjectName("done")
        done.setAutoDefault(False)
        done.clicked.connect(self.accept)
        result_buttons = QHBoxLayout()
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.report_button)
        result_buttons.addWidget(done)
        result_layout = QVBoxLayout(result_page)
        result_layout.addWidget(self.result, 1)
        result_layout.addLayout(result_buttons)

        self.pages.addWidget(count_page)
        self.pages.addWidget(result_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages)
        wide = self.fontMetrics().horizontalAdvance("Rp 10.000.000.000")
        grid.setColumnMinimumWidth(2, wide)
        grid.setColumnStretch(2, 1)
        self.setMinimumWidth(wide * 3 + 60)
        self.counts[DENOMINATIONS[0]].setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in a count moves to the next one; it never closes the shift by accident."""
        focus = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focus, QSpinBox):
            event.accept()
            values = list(self.counts)
            index = next((i for i, v in enumerate(values) if self.counts[v] is focus), -1)
            following = self.counts[values[index + 1]] if 0 <= index < len(values) - 1 else self.notes_edit
            following.setFocus(Qt.FocusReason.TabFocusReason)
            return
        super().keyPressEvent(event)

    def counts_entered(self) -> dict[int, int]:
        return {value: spin.value() for value, spin in self.counts.items()}

    def counted_total(self) -> Decimal:
        return sum((Decimal(value) * count for value, count in self.counts_entered().items()), Decimal("0"))

    def _recount(self) -> None:
        for value, spin in self.counts.items():
            self.subtotals[value].setText(format_rupiah(Decimal(value) * spin.value()))
        self.counted_label.setText(format_rupiah(self.counted_total()))

    def confirm(self) -> None:
        if self.busy:
            return
        if self.report is not None:
            self.accept()
            return
        self.errors.clear()
        shift_id = self.shift.shift_id
        counts, notes = self.counts_entered(), self.notes_edit.text().strip()
        self.set_busy(True)
        WriteOp(self, self.ctx, lambda s, actor: cash_shifts.close_shift(s, actor, shift_id, counts, notes=notes),
                module="cash_shifts").success(self._closed).failure(lambda exc: self.failed(exc, self.errors)).run()

    def _closed(self, report: ShiftReportData) -> None:
        self.set_busy(False)
        self.report = report
        self.result.show_report(report)
        self.pages.setCurrentIndex(1)
        self.report_button.setFocus()
        self.closed.emit(report)

    def show_z_report(self) -> None:
        if self.report is None:
            return
        from ispdesk.ui.cashier.documents import show_shift_report
        try:
            self.report_window = show_shift_report(self.report, self)
        except Exception as exc:  # noqa: BLE001 - the shift is closed; the report can be printed later
            self.message_bar.show_message(self.tr("The Z-report cannot be made: {0}").format(describe_error(exc)))
