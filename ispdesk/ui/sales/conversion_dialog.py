"""Convert a lead: NIK, package and fees, contract terms, promotion code, and
the installation visit; one press makes the customer, contract, subscription,
work order, proforma and referral (:mod:`ispdesk.services.lead_conversion`).
Refusals appear next to their fields; after success the dialog lists what was made."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
                               QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

from ispdesk.domain import clock
from ispdesk.domain.enums import Priority
from ispdesk.domain.money import format_rupiah
from ispdesk.services import lead_conversion
from ispdesk.services.lead_conversion import ConversionDefaults, ConversionRequest, ConversionResult
from ispdesk.services.promotions import PromotionQuote
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import humanise
from ispdesk.ui.i18n import spec_text, translate_message
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.fields import AmountError, FieldErrors, RupiahEdit, error_label
from ispdesk.ui.widgets.message_bar import MessageBar

FIELDS = ("nik", "package_id", "monthly_fee", "installation_fee", "deposit", "duration_months", "start_date",
          "promotion_code", "install_date", "technician_id", "referral_code", "lead")


class ConversionDialog(QDialog):
    """``ready`` after the lead and choices are loaded; ``converted`` with the ConversionResult."""

    ready = Signal()
    converted = Signal(object)

    def __init__(self, ctx: AppContext, lead_id: int, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lead_id = lead_id
        self.given_today = today           # None: the service reads the office clock when Convert is pressed
        self.today = today or clock.today()
        self.prices: dict[int, object] = {}
        self.setObjectName("conversionDialog")
        self.setWindowTitle(self.tr("Convert lead"))
        self.message_bar = MessageBar(self)
        self.lead_label = QLabel(self)
        self.lead_label.setObjectName("leadSummary")
        self.lead_label.setWordWrap(True)
        labels = {field: error_label(field, self) for field in FIELDS}
        self.errors = FieldErrors(labels)
        self.nik = QLineEdit(self)
        self.nik.setObjectName("nik")
        self.nik.setMaxLength(16)
        self.nik.setPlaceholderText("3273015505900007")
        self.package = QComboBox(self)
        self.package.setObjectName("package_id")
        self.monthly_fee, self.installation_fee, self.deposit = RupiahEdit(self), RupiahEdit(self), RupiahEdit(self)
        for name in ("monthly_fee", "installation_fee", "deposit"):
            getattr(self, name).setObjectName(name)
        self.duration = QSpinBox(self)
        self.duration.setObjectName("duration_months")
        self.duration.setRange(1, lead_conversion.MAX_DURATION_MONTHS)
        self.duration.setValue(12)
        self.duration.setSuffix(self.tr(" months"))
        self.start_date = self._date_edit("start_date", self.today)
        self.auto_renew = QCheckBox(self.tr("Renew automatically at the end"), self)
        self.auto_renew.setObjectName("auto_renew")
        self.auto_renew.setChecked(True)
        self.promotion = QLineEdit(self)
        self.promotion.setObjectName("promotion_code")
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setObjectName("checkPromotion")
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check_promotion)
        self.promotion_info = QLabel(self)
        self.promotion_info.setObjectName("promotionInfo")
        self.promotion_info.setWordWrap(True)
        promotion_row = QHBoxLayout()
        promotion_row.setContentsMargins(0, 0, 0, 0)
        promotion_row.addWidget(self.promotion, 1)
        promotion_row.addWidget(self.check_button)
        self.promotion_box = QWidget(self)
        self.promotion_box.setLayout(promotion_row)
        self.promotion_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.terms = QPlainTextEdit(self)
        self.terms.setObjectName("terms")
        self.terms.setReadOnly(True)
        self.terms.setMinimumHeight(80)
        self.install_date = self._date_edit("install_date", self.today)
        self.install_time = QTimeEdit(QTime(9, 0), self)
        self.install_time.setObjectName("install_time")
        self.priority = QComboBox(self)
        self.priority.setObjectName("priority")
        for value in Priority:                       # in words, as every list of the program shows them
            self.priority.addItem(spec_text(humanise(value)), str(value))
        self.priority.setCurrentIndex(self.priority.findData(Priority.MEDIUM))
        self.technician = QComboBox(self)
        self.technician.setObjectName("technician_id")
        self.install_notes = QLineEdit(self)
        self.install_notes.setObjectName("install_notes")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("conversionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("background:#e8f5e9; border:1px solid #a5d6a7; padding:6px;")
        self.result_label.hide()
        self.package.currentIndexChanged.connect(self._package_chosen)

        def form_of(box: QGroupBox, rows: list[tuple[str, QWidget, str | None]]) -> None:
            # The rows keep their own heights; the room left goes to the terms or below the
            # rows. A form layout hands spare height to any row that can grow (the promotion
            # row did, which put its field far below its label).
            outer = QVBoxLayout(box)
            form = QFormLayout()
            grows = any(isinstance(widget, QPlainTextEdit) for _t, widget, _f in rows)
            outer.addLayout(form, 1 if grows else 0)
            if not grows:
                outer.addStretch(1)          # else the terms take the room: more of them shows
            for title, widget, field in rows:
                holder = QVBoxLayout()
                holder.setSpacing(1)
                holder.addWidget(widget)
                if field:
                    holder.addWidget(labels[field])
                form.addRow(title, holder)

        contract_box = QGroupBox(self.tr("Customer and contract"), self)
        form_of(contract_box, [
            (self.tr("NIK"), self.nik, "nik"), (self.tr("Package"), self.package, "package_id"),
            (self.tr("Monthly fee"), self.monthly_fee, "monthly_fee"),
            (self.tr("Installation fee"), self.installation_fee, "installation_fee"),
            (self.tr("Deposit"), self.deposit, "deposit"), (self.tr("Duration"), self.duration, "duration_months"),
            (self.tr("Start date"), self.start_date, "start_date"), ("", self.auto_renew, None),
            (self.tr("Promotion code"), self.promotion_box, "promotion_code"), ("", self.promotion_info, None),
            (self.tr("Terms"), self.terms, None)])
        install_box = QGroupBox(self.tr("Installation"), self)
        when = QHBoxLayout()
        when.addWidget(self.install_date)
        when.addWidget(self.install_time)
        when_holder = QWidget(self)
        when_holder.setLayout(when)
        when.setContentsMargins(0, 0, 0, 0)
        form_of(install_box, [
            (self.tr("Scheduled"), when_holder, "install_date"), (self.tr("Priority"), self.priority, None),
            (self.tr("Technician"), self.technician, "technician_id"), (self.tr("Notes"), self.install_notes, None)])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.convert_button = self.buttons.addButton(self.tr("Convert"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.convert_button.setObjectName("convertButton")
        self.convert_button.setEnabled(False)
        self.buttons.accepted.connect(self.convert)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.lead_label)
        for field in ("lead", "referral_code"):
            layout.addWidget(labels[field])
        columns = QHBoxLayout()
        columns.addWidget(contract_box, 3)
        right = QVBoxLayout()
        right.addWidget(install_box)
        right.addStretch(1)
        columns.addLayout(right, 2)
        layout.addLayout(columns)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(980, 600)
        QueryOp(self, ctx, lambda s, actor: lead_conversion.conversion_defaults(s, actor, lead_id)) \
            .success(self._loaded).failure(self._failed).run()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd MMM yyyy")
        return edit

    def _loaded(self, defaults: ConversionDefaults) -> None:
        text = f"<b>{defaults.lead_number}</b> · {defaults.name} · {defaults.phone}<br>{defaults.address}"
        if defaults.referral_code:
            text += "<br>" + self.tr("Referred with code {0}").format(defaults.referral_code)
        self.lead_label.setText(text)
        self.package.blockSignals(True)
        self.package.addItem("", None)
        for package_id, name, price in defaults.packages:
            self.package.addItem(f"{name} ({format_rupiah(price)})", package_id)
            self.prices[package_id] = price
        self.package.blockSignals(False)
        self.technician.addItem(self.tr("(not yet known)"), None)
        for user_id, name in defaults.technicians:
            self.technician.addItem(name, user_id)
        self.terms.setPlainText(defaults.terms)
        self.package.setCurrentIndex(max(self.package.findData(defaults.package_id), 0))
        self.convert_button.setEnabled(True)
        self.ready.emit()

    def _package_chosen(self, _index: int) -> None:
        price = self.prices.get(self.package.currentData())
        if price is not None:
            self.monthly_fee.set_amount(price)

    def check_promotion(self) -> None:
        """Show what the typed code does to the monthly fee, or why it does not apply."""
        self.errors.clear_field("promotion_code")
        try:
            monthly = self.monthly_fee.amount()
        except AmountError as exc:
            self.errors.set("monthly_fee", exc.message)
            return
        code, package_id = self.promotion.text(), self.package.currentData()
        on = self.start_date.date().toPython()
        QueryOp(self, self.ctx,
                lambda s, actor: lead_conversion.promotion_quote(s, actor, code, package_id, monthly, on)) \
            .success(self._show_quote).failure(self._failed).run()

    def _show_quote(self, quote: PromotionQuote) -> None:
        if not quote.applies:
            self.promotion_info.clear()
            self.errors.set("promotion_code", translate_message(quote.reason) if quote.reason
                            else self.tr("The promotion does not apply."))
            return
        parts = [quote.name]
        if quote.discount:
            parts.append(self.tr("{0} off: {1} a month").format(format_rupiah(quote.discount),
                                                              format_rupiah(quote.amount_after)))
        if quote.free_months:
            parts.append(self.tr("{0} free months").format(quote.free_months))
        if quote.cashback:
            parts.append(self.tr("cashback {0}").format(format_rupiah(quote.cashback)))
        self.promotion_info.setText(" · ".join(parts))

    def request(self) -> ConversionRequest | None:
        """The request as typed, or None after saying next to each fee that is not an amount."""
        amounts = {}
        for name in ("monthly_fee", "installation_fee", "deposit"):
            try:
                amounts[name] = getattr(self, name).amount()
            except AmountError as exc:
                self.errors.set(name, exc.message)
        if len(amounts) < 3:
            return None
        to_date = lambda edit: edit.date().toPython()  # noqa: E731
        return ConversionRequest(
            lead_id=self.lead_id, nik=self.nik.text(), package_id=self.package.currentData(),
            start_date=to_date(self.start_date), duration_months=self.duration.value(),
            auto_renew=self.auto_renew.isChecked(), promotion_code=self.promotion.text(),
            install_date=to_date(self.install_date), install_time=self.install_time.time().toPython(),
            priority=self.priority.currentData(), install_notes=self.install_notes.text(),
            technician_id=self.technician.currentData(), **amounts)

    def convert(self) -> None:
        self.errors.clear()
        self.message_bar.clear()
        req = self.request()
        if req is None:
            return
        today = self.given_today
        self.convert_button.setEnabled(False)
        WriteOp(self, self.ctx, lambda s, actor: lead_conversion.convert_lead(s, actor, req, today=today),
                module=lead_conversion.MODULE).success(self._done).failure(self._failed).run()

    def _done(self, result: ConversionResult) -> None:
        lines = [self.tr("Customer {0}").format(result.customer_number),
                 self.tr("Contract {0} (draft, to be signed)").format(result.contract_number),
                 self.tr("Subscription starts when the installation is completed"),
                 self.tr("Installation work order {0}").format(result.work_order_number)]
        if result.proforma_number:
            lines.append(self.tr("Proforma {0} for the installation fee and deposit").format(result.proforma_number))
        if result.referral_id:
            lines.append(self.tr("Referral recorded"))
        if result.promotion_applied:
            lines.append(self.tr("Promotion {0} applied").format(result.promotion_applied))
        self.result_label.setText(self.tr("Lead {0} converted:").format(result.lead_number) + "\n• "
                                  + "\n• ".join(lines))
        self.result_label.show()
        self.convert_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.converted.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.convert_button.setEnabled(True)
        self.errors.report(exc, self.message_bar)
