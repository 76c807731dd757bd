"""The payment intake dialog (F2): find the customer, see what they owe, take
the money, print the receipt, and be ready for the next customer.

Keyboard: the search field has the focus; Enter searches (one match opens the
account, several fill the list: arrows + Enter). Alt+A amount, F5–F9 method
(cash, transfer, QRIS, Midtrans, other), Alt+R reference, Space ticks an
invoice, Enter confirms, Esc cancels, F3 back to the search.

Posting runs off the GUI thread (:mod:`ispdesk.ui.ops`). While it runs the dialog is disabled but keeps
what was typed; a refusal puts its message next to the field; a lost
connection offers Retry, which reuses the same idempotency key, so the payment
is posted exactly once however often it is retried.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ispdesk.domain.allocation import AllocationPlan
from ispdesk.domain.enums import PaymentMethod
from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import message
from ispdesk.domain.money import NOT_AN_AMOUNT, ZERO, format_rupiah
from ispdesk.services import cash_shifts, customer_lookup, payments, proforma
from ispdesk.services.cash_shifts import ShiftInfo
from ispdesk.services.customer_lookup import CustomerAccount, CustomerMatch
from ispdesk.services.payments import PaymentRequest, PostedPayment
from ispdesk.ui.cashier import payment_posting as outcome
from ispdesk.ui.cashier.payment_entry import METHODS, PaymentEntry
from ispdesk.ui.cashier.payment_invoices import InvoiceTable, allocation_html
from ispdesk.ui.cashier.payment_posting import PaymentPoster
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.fields import AmountError, FieldErrors, big_label, error_label
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

SEARCH_DELAY_MS = 300
MIN_TYPED_SEARCH = 3

FIND_FIRST = message("payments.find_customer_first", "Find the customer first.")


class PaymentDialog(QDialog):
    """Take a payment. Signals: ``posted(PostedPayment)`` after a payment was
    posted (or found posted by a retry); ``account_loaded(CustomerAccount)``;
    ``searched(list)`` when a search answered.

    Its parts: the invoice table (:mod:`.payment_invoices`), the amount/method
    panel (:mod:`.payment_entry`) and the poster that keeps the idempotency key
    for retries (:mod:`.payment_posting`)."""

    posted = Signal(object)
    account_loaded = Signal(object)
    searched = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, print_receipts: bool = True,
                 today: date | None = None) -> None:
        """``today`` counts the days overdue (default: the office's today, read
        by the service when the customer is loaded)."""
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Take payment"))
        self.ctx = ctx
        self.print_receipts = print_receipts
        self._today = today
        self.account: CustomerAccount | None = None
        self.shift: ShiftInfo | None = None
        self.matches: list[CustomerMatch] = []
        self.plan: AllocationPlan | None = None
        self.last_posted: PostedPayment | None = None
        self.poster = PaymentPoster(ctx, self)
        self.poster.busy.connect(self.set_posting)
        self.poster.posted.connect(self._posted)
        self.poster.failed.connect(self._post_failed)
        self._search_serial = 0
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.search(open_single=False))
        self._build()
        self._bind_keys()
        self.reset()
        self.load_shift()
        self.resize(900, 760)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.message_bar = MessageBar(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("paymentSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Customer number, name, phone, address, invoice number or scan"))
        self.search_edit.textEdited.connect(self._search_typed)
        search_label = QLabel(self.tr("&Find:"), self)
        search_label.setBuddy(self.search_edit)
        self.search_error = error_label("search", self)
        self.results = QListWidget(self)
        self.results.setObjectName("customerResults")
        self.results.setMaximumHeight(150)
        self.results.itemActivated.connect(lambda _item: self.choose_result())
        self.results.hide()

        self.customer_label = QLabel(self)
        self.customer_label.setObjectName("customerLabel")
        self.customer_label.setWordWrap(True)
        self.customer_label.setTextFormat(Qt.TextFormat.RichText)
        self.customer_label.setMinimumHeight(self.customer_label.fontMetrics().lineSpacing() * 4)
        self.invoice_table = InvoiceTable(self)
        self.invoice_table.ticked.connect(self._invoice_ticked)
        self.invoices_error = error_label("invoices", self)
        self.total_due_label = big_label(points=22, name="totalDue", parent=self)
        self.credit_label = QLabel(self)
        self.credit_label.setObjectName("creditBalance")

        self.entry = PaymentEntry(self)
        self.entry.changed.connect(self.update_preview)
        self.entry.method_changed.connect(self._method_changed)
        self.amount_edit = self.entry.amount_edit
        self.reference_edit = self.entry.reference_edit
        self.reference_error = self.entry.reference_error
        self.use_credit, self.keep_credit, self.allow_partial = self.entry.options()
        self.reference_edit.textChanged.connect(lambda _text: self.errors.clear_field("reference"))

        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("allocationPreview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        self.change_caption = QLabel(self.tr("CHANGE"), self)
        self.change_label = big_label(points=30, name="changeAmount", parent=self)
        self.change_label.setStyleSheet("color:#0b6b2b;")
        self.change_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.last_label = QLabel(self)
        self.last_label.setObjectName("lastReceipt")
        self.last_label.setWordWrap(True)
        self.last_label.setStyleSheet("background:#e7f5ea; border:1px solid #b7dfc1; padding:6px; font-size:14pt;")
        self.last_label.hide()
        self.shift_label = QLabel(self)
        self.shift_label.setObjectName("shiftLabel")
        self.confirm_button = QPushButton(self.tr("Confirm (Enter)"), self)
        self.confirm_button.setObjectName("confirmPayment")
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        for button in (self.confirm_button, self.cancel_button):
            button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        self.errors = FieldErrors({"search": self.search_error, "customer": self.search_error,
                                   "invoices": self.invoices_error, "amount": self.entry.amount_error,
                                   "credit": self.entry.amount_error,
                                   "method": self.entry.method_error, "reference": self.reference_error})

        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        body.addLayout(search_row)
        body.addWidget(self.search_error)
        body.addWidget(self.results)
        body.addWidget(self.customer_label)
        body.addWidget(self.invoice_table, 1)
        body.addWidget(self.invoices_error)
        due_row = QHBoxLayout()
        due_row.addWidget(QLabel(self.tr("Total due:"), self))
        due_row.addWidget(self.total_due_label)
        due_row.addStretch(1)
        due_row.addWidget(self.credit_label)
        body.addLayout(due_row)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        body.addWidget(line)
        body.addWidget(self.entry)
        result_row = QHBoxLayout()
        result_row.addWidget(self.preview_label, 1)
        change_box = QVBoxLayout()
        change_box.addWidget(self.change_caption, 0, Qt.AlignmentFlag.AlignRight)
        change_box.addWidget(self.change_label)
        result_row.addLayout(change_box)
        body.addLayout(result_row)

        buttons = QHBoxLayout()
        buttons.addWidget(self.shift_label, 1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.last_label)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.search_edit, self.results)
        self.setTabOrder(self.results, self.invoice_table)
        self.setTabOrder(self.invoice_table, self.amount_edit)

    def _bind_keys(self) -> None:
        for method, key in METHODS:
            QShortcut(QKeySequence(key), self, activated=lambda m=str(method): self.set_method(m, focus=True))
        QShortcut(QKeySequence("F3"), self, activated=self.focus_search)

    # ------------------------------------------------------------------ state
    @property
    def posting(self) -> bool:
        """A payment is being posted: the form is disabled and Esc does nothing."""
        return self.poster.posting

    @property
    def idempotency_key(self) -> str:
        """The key the next post (and every retry of it) carries."""
        return self.poster.key

    def reset(self, *, keep_message: bool = False) -> None:
        """Empty the dialog for the next customer (a new idempotency key)."""
        self.poster.start_over()
        self.matches = []
        self.search_edit.clear()
        self.results.clear()
        self.results.hide()
        self.clear_account()
        self.entry.clear()
        self.errors.clear()
        if not keep_message:
            self.message_bar.clear()
        self.update_preview()
        self.focus_search()

    def clear_account(self) -> None:
        """No customer chosen: nothing can be posted to the last one by mistake."""
        self.account = None
        self.plan = None
        self.customer_label.setText(self.tr("<i>Find a customer to see what they owe.</i>"))
        self.invoice_table.setRowCount(0)
        self.total_due_label.setText(format_rupiah(ZERO))
        self.credit_label.clear()
        self.use_credit.setEnabled(False)
        self.update_preview()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def method(self) -> str:
        return self.entry.method()

    def set_method(self, method: str, *, focus: bool = False) -> None:
        self.entry.set_method(method, focus=focus)

    def _method_changed(self, cash: bool) -> None:
        self.change_caption.setVisible(cash)
        self.change_label.setVisible(cash)
        self.errors.clear_field("reference")
        self.update_preview()

    def ticked_ids(self) -> tuple[int, ...]:
        return self.invoice_table.ticked_ids()

    def tick(self, row: int, ticked: bool = True) -> None:
        self.invoice_table.tick(row, ticked)

    def _invoice_ticked(self) -> None:
        self.errors.clear_field("invoices")
        self.update_preview()

    # ------------------------------------------------------------------ shift
    def load_shift(self) -> None:
        """Ask which shift the cashier has open (shown under the form)."""
        QueryOp(self, self.ctx, cash_shifts.current_shift).success(self._shift_loaded) \
            .failure(lambda _exc: None).run()

    def _shift_loaded(self, shift: ShiftInfo | None) -> None:
        self.shift = shift
        if shift is None:
            self.shift_label.setText(self.tr("No open shift: cash cannot be taken."))
            self.shift_label.setStyleSheet("color:#8a1c14;")
        else:
            self.shift_label.setText(self.tr("Shift {0} open since {1}").format(
                shift.shift_number, shift.opened_at.strftime("%H:%M")))
            self.shift_label.setStyleSheet("")

    def offer_open_shift(self) -> None:
        self.message_bar.show_message(
            self.tr("You have no open shift, so cash cannot be taken. Open a shift with the float in the drawer."),
            "warning", self.tr("Open shift\u2026"), self.open_shift)

    def open_shift(self) -> None:
        from ispdesk.ui.cashier.shift_dialogs import OpenShiftDialog
        dialog = OpenShiftDialog(self.ctx, self)
        dialog.opened.connect(self._shift_opened)
        dialog.open()
        self.shift_dialog = dialog

    def _shift_opened(self, shift: ShiftInfo) -> None:
        self._shift_loaded(shift)
        self.message_bar.show_message(self.tr("Shift {0} is open.").format(shift.shift_number), "info")
        self.activateWindow()
        self.amount_edit.setFocus()

    # ------------------------------------------------------------------ search
    def _search_typed(self, text: str) -> None:
        if len(text.strip()) >= MIN_TYPED_SEARCH:
            self._search_timer.start()
        else:
            self._search_timer.stop()

    def search(self, *, open_single: bool = True) -> None:
        """Look the text up; one match opens the account (when ``open_single``)."""
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        self.errors.clear_field("search")
        if not text:
            return
        self._search_serial += 1
        serial = self._search_serial

        def look_up(session: object, actor: object) -> tuple[int | None, list[CustomerMatch]]:
            waiting = proforma.unconverted_proforma_id(session, text)
            return waiting, customer_lookup.find_customers(session, actor, text)

        def convert(waiting: int) -> None:
            """A scanned proforma becomes its real invoice first, so it can be paid here
            (a write: the open invoice and proforma tabs hear of it)."""
            def work(session: object, actor: object) -> list[CustomerMatch]:
                proforma.convert_for_payment(session, actor, waiting)
                return customer_lookup.find_customers(session, actor, text)
            WriteOp(self, self.ctx, work, module="proforma_invoices") \
                .success(lambda matches: self._found(serial, matches, open_single)) \
                .failure(self._read_failed).run()

        def found(result: tuple[int | None, list[CustomerMatch]]) -> None:
            waiting, matches = result
            if waiting is not None:
                convert(waiting)
            else:
                self._found(serial, matches, open_single)

        QueryOp(self, self.ctx, look_up).success(found).failure(self._read_failed).run()

    def _found(self, serial: int, found: list[CustomerMatch], open_single: bool) -> None:
        if serial != self._search_serial:
            return
        self.matches = list(found)
        self.results.clear()
        if not (len(found) == 1 and open_single):
            self.clear_account()
        self.searched.emit(self.matches)
        if not found:
            self.results.hide()
            self.errors.set("search", self.tr("No customer matches \u201c{0}\u201d.").format(
                self.search_edit.text().strip()))
            return
        if len(found) == 1 and open_single:
            self.results.hide()
            self.load_account(found[0].customer_id)
            return
        for match in found:
            item = QListWidgetItem(self.tr("{0}  \u2014  {1}  \u00b7  {2}  \u00b7  {3}  \u00b7  due {4}").format(
                match.customer_number, match.name, match.phone, match.address, format_rupiah(match.total_due)))
            item.setData(Qt.ItemDataRole.UserRole, match.customer_id)
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.results.show()
        if open_single:
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_result(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.results.hide()
            self.load_account(int(item.data(Qt.ItemDataRole.UserRole)))

    def load_account(self, customer_id: int) -> None:
        today = self._today
        QueryOp(self, self.ctx, lambda s, actor: (customer_lookup.customer_account(s, actor, customer_id, today=today),
                                                  cash_shifts.current_shift(s, actor))) \
            .success(self._account_loaded).failure(self._read_failed).run()

    def _account_loaded(self, result: tuple[CustomerAccount, ShiftInfo | None]) -> None:
        account, shift = result
        if self.account is None or self.account.customer_id != account.customer_id:
            self.poster.start_over()
        self.account = account
        self._shift_loaded(shift)
        self.errors.clear()
        status = "" if account.status == "active" else \
            f" <span style='color:#8a1c14'>({_html(spec_text(humanise(account.status)))})</span>"
        self.customer_label.setText(
            f"<b style='font-size:14pt'>{_html(account.customer_number)} \u2014 {_html(account.name)}</b>{status}"
            f"<br>{_html(account.phone)} \u00b7 {_html(account.address)}")
        self.invoice_table.show_invoices(account.invoices)
        self.total_due_label.setText(format_rupiah(account.total_due))
        self.credit_label.setText(self.tr("Credit balance: {0}").format(format_rupiah(account.credit_balance)))
        self.entry.set_credit_available(account.credit_balance > 0)
        self.search_edit.setText(account.customer_number)
        self.update_preview()
        self.amount_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.account_loaded.emit(account)

    def _read_failed(self, exc: BaseException) -> None:
        self.errors.report(exc, self.message_bar)   # a search refused (too long…) next to the search box

    # ------------------------------------------------------------------ preview
    def request(self) -> PaymentRequest:
        """What the cashier entered; raises ValidationError for what cannot be read."""
        if self.account is None:
            raise ValidationError({"search": FIND_FIRST()})
        try:
            amount = self.amount_edit.amount()
        except AmountError as exc:
            raise ValidationError({"amount": NOT_AN_AMOUNT(text=self.amount_edit.text().strip())}) from exc
        method = self.method()
        reference = self.reference_edit.text().strip() if method != PaymentMethod.CASH else ""
        return PaymentRequest(customer_id=self.account.customer_id, amount_received=amount if amount is not None
                              else ZERO, method=method, idempotency_key=self.idempotency_key,
                              reference=reference, invoice_ids=self.ticked_ids(),
                              use_credit=self.use_credit.isChecked(),
                              excess_to_credit=self.keep_credit.isChecked() and method == PaymentMethod.CASH,
                              allow_partial=self.allow_partial.isChecked(),
                              expected_remaining=payments.shown_remaining(self.account))

    def update_preview(self) -> None:
        """Show what each invoice would get and the change, as the cashier types."""
        self.plan = None
        self.invoice_table.show_plan(None)
        self.change_label.setText(format_rupiah(ZERO))
        if self.account is None:
            self.preview_label.clear()
            return
        try:
            request = self.request()
            if request.amount_received <= 0 and not request.use_credit:
                self.preview_label.setText(self.tr("<i>Type the amount received.</i>"))
                return
            # the allocation does not depend on the reference: preview it before it is typed
            plan = payments.preview(self.account, replace(request, reference=request.reference or "-"))
        except ValidationError as exc:
            self.preview_label.setText(f"<span style='color:#7a4b00'>{_html(describe_error(exc))}</span>")
            return
        self.plan = plan
        self.invoice_table.show_plan(plan)
        self.preview_label.setText(allocation_html(self.account, plan))
        self.change_label.setText(format_rupiah(plan.change))

    # ------------------------------------------------------------------ posting
    def confirm(self) -> None:
        """Check what can be checked here, then post (Enter)."""
        if self.posting:
            return
        self.errors.clear()
        self.message_bar.clear()
        try:
            request = self.request()
            if request.method == PaymentMethod.CASH and self.shift is None:
                self.offer_open_shift()
                return
            payments.preview(self.account, request)
        except ValidationError as exc:
            self.show_refusal(exc)
            return
        self.post(request)

    def post(self, request: PaymentRequest) -> None:
        """Post ``request`` on the runner (the same key on every retry)."""
        self.poster.post(request)

    def retry(self) -> None:
        if self.poster.pending is not None:
            self.message_bar.clear()
            self.poster.retry()

    def set_posting(self, posting: bool) -> None:
        self.body.setEnabled(not posting)
        self.confirm_button.setEnabled(not posting)
        self.cancel_button.setEnabled(not posting)
        if posting:
            self.message_bar.show_message(self.tr("Posting the payment\u2026"), "info")

    def show_refusal(self, exc: ValidationError) -> None:
        rest = self.errors.show(exc)
        if rest:
            self.message_bar.show_message("; ".join(rest))
        for field, widget in (("search", self.search_edit), ("amount", self.amount_edit),
                              ("reference", self.reference_edit), ("invoices", self.invoice_table)):
            if field in exc.errors:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def _post_failed(self, kind: str, exc: BaseException) -> None:
        self.message_bar.clear()
        if kind == outcome.NO_SHIFT:
            self.shift = None
            self.offer_open_shift()
        elif kind == outcome.REFUSED:
            self.show_refusal(exc)
        elif kind == outcome.CONFLICT:
            self.message_bar.show_message(describe_error(exc))      # it says the invoices were reloaded
            if self.account is not None:
                self.load_account(self.account.customer_id)
        elif kind == outcome.CONNECTION_LOST:
            self.message_bar.show_message(
                self.tr("The connection to the database was lost while posting. What you typed is kept; "
                        "Retry posts this payment exactly once (it finds the first attempt if that got through)."),
                "error", self.tr("&Retry"), self.retry)
        elif kind == outcome.ERROR:
            self.message_bar.show_message(describe_error(exc))
        else:
            self.message_bar.show_message(describe_error(exc), "error", self.tr("&Retry"), self.retry)

    def _posted(self, result: PostedPayment) -> None:
        self.last_posted = result
        if result.already_posted:
            text = self.tr("Receipt {0} was already posted by the first attempt; nothing was posted twice.")
        else:
            text = self.tr("Receipt {0} posted.")
        text = text.format(result.receipt_number)
        if result.change > 0:
            text += " " + self.tr("Change: {0}").format(format_rupiah(result.change))
        if result.credit_added > 0:
            text += " " + self.tr("Kept as credit: {0}").format(format_rupiah(result.credit_added))
        self.last_label.setText(text)
        self.last_label.show()
        self.reset()
        self.posted.emit(result)
        if self.print_receipts:
            from ispdesk.ui.cashier.documents import print_receipt
            print_receipt(self.ctx, result.receipt_id, parent=self, on_failure=self._print_failed)

    def _print_failed(self, exc: BaseException) -> None:
        self.message_bar.show_message(self.tr("The payment is posted, but the receipt did not print: {0}. "
                                              "Reprint it from the Payments tab.").format(describe_error(exc)),
                                      "warning")

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if focus is self.search_edit:
                self.search()
            elif focus is self.results:
                self.choose_result()
            elif focus is self.invoice_table:
                self.amount_edit.setFocus(Qt.FocusReason.TabFocusReason)
            elif isinstance(focus, QPushButton) and focus is not self.confirm_button:
                focus.click()
            else:
                self.confirm()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down and self.focusWidget() is self.search_edit and self.results.isVisible():
            self.results.setFocus(Qt.FocusReason.TabFocusReason)   # from the typed search into its results
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.posting:
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Esc: cancel this payment (the next F2 starts empty), but never while
        posting, and keep the form when a Retry is still owed."""
        if self.posting:
            return
        if self.poster.pending is None:
            self.reset()
            self.last_label.hide()
        super().reject()


def _html(text: object) -> str:
    return escape(str(text or ""), quote=False)
