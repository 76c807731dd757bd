"""The package dialogs: a package with its bandwidth profile (:class:`PackageDialog`),
and a subscription's package changed from the next period (:class:`ChangePackageDialog`)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ispdesk.domain.money import format_rupiah
from ispdesk.services import bandwidth, subscriptions
from ispdesk.services.bandwidth import PackageForm, ProfileChoice
from ispdesk.services.subscriptions import PackageChange, SubscriptionPackages
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_date, format_decimal
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.tasks import TaskHandle
from ispdesk.ui.widgets.action_dialog import ActionDialog
from ispdesk.ui.widgets.fields import AmountError, RupiahEdit
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

WARNING_STYLE = "color:#7a4b00;"


class PackageDialog(ActionDialog):
    """A package (``package_id`` None: a new one) with its bandwidth profile picked
    from a list that writes out each profile's rates. A speed that is not the
    profile's download rate is warned about while typing, not refused.
    Signal ``saved(int, str)``: the package id and the warning it was saved with ("" for none)."""

    saved = Signal(int, str)
    loaded = Signal()
    module = "packages"

    def __init__(self, ctx: AppContext, package_id: int | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("New package") if package_id is None else self.tr("Package")
        super().__init__(ctx, title, self.tr("Save (Ctrl+Enter)"), parent)
        self.setObjectName("packageDialog")
        self.confirm_button.setShortcut("Ctrl+Return")
        self.package_id = package_id
        self.form: PackageForm | None = None
        self.code_edit = QLineEdit(self.body)
        self.code_edit.setObjectName("code")
        self.code_edit.setPlaceholderText("HOME-20")
        self.name_edit = QLineEdit(self.body)
        self.name_edit.setObjectName("name")
        self.speed_edit = QLineEdit(self.body)
        self.speed_edit.setObjectName("speed")
        self.speed_edit.setPlaceholderText(self.tr("Mbps"))
        self.price_edit = RupiahEdit(self.body)
        self.price_edit.setObjectName("monthlyPrice")
        self.profile_combo = QComboBox(self.body)
        self.profile_combo.setObjectName("bandwidthProfile")
        self.profile_note = QLabel(self.body)
        self.profile_note.setObjectName("speedWarning")
        self.profile_note.setStyleSheet(WARNING_STYLE)
        self.profile_note.setWordWrap(True)
        self.profile_note.hide()
        self.public_ip = QCheckBox(self.tr("Needs a public IP address"), self.body)
        self.public_ip.setObjectName("publicIp")
        self.description_edit = QPlainTextEdit(self.body)
        self.description_edit.setObjectName("description")
        self.description_edit.setMaximumHeight(60)
        self.active = QCheckBox(self.tr("Active (offered to new customers)"), self.body)
        self.active.setObjectName("active")

        form = QFormLayout(self.body)
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow("", self.error_for("code"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.error_for("name"))
        form.addRow(self.tr("&Speed (Mbps):"), self.speed_edit)
        form.addRow("", self.error_for("speed_mbps"))
        form.addRow(self.tr("Monthly &price:"), self.price_edit)
        form.addRow("", self.error_for("monthly_price"))
        form.addRow(self.tr("&Bandwidth profile:"), self.profile_combo)
        form.addRow("", self.profile_note)
        form.addRow("", self.error_for("bandwidth_profile_id"))
        form.addRow("", self.public_ip)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow("", self.active)
        form.addRow("", self.error_for("is_active"))
        self.speed_edit.textChanged.connect(self._check_speed)
        self.profile_combo.currentIndexChanged.connect(self._check_speed)
        self.resize(620, self.sizeHint().height())
        self.set_busy(True)
        QueryOp(self, ctx, lambda s, actor: bandwidth.package_form(s, actor, package_id)).success(self._loaded) \
            .failure(self.show_failure).run()

    def rates(self, profile: ProfileChoice) -> str:
        """"20 Mbps down / 10 up, burst 30/15, priority 4"."""
        text = self.tr("{0} Mbps down / {1} up").format(format_decimal(bandwidth.mbps(profile.download_kbps)),
                                                        format_decimal(bandwidth.mbps(profile.upload_kbps)))
        if profile.burst_download_kbps is not None or profile.burst_upload_kbps is not None:
            text += self.tr(", burst {0}/{1}").format(
                format_decimal(bandwidth.mbps(profile.burst_download_kbps)) or "–",
                format_decimal(bandwidth.mbps(profile.burst_upload_kbps)) or "–")
        if profile.priority is not None:
            text += self.tr(", priority {0}").format(profile.priority)
        return text

    def _loaded(self, form: PackageForm) -> None:
        self.set_busy(False)
        self.form = form
        values = form.values
        self.code_edit.setText(values.get("code") or "")
        self.name_edit.setText(values.get("name") or "")
        speed = values.get("speed_mbps")
        self.speed_edit.setText("" if speed is None else str(speed))
        self.price_edit.set_amount(values.get("monthly_price"))
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("(no profile)"), None)
        for profile in form.profiles:
            label = f"{profile.name} — {self.rates(profile)}"
            if not profile.is_active:
                label += self.tr(" (inactive)")
            self.profile_combo.addItem(label, profile.id)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(values.get("bandwidth_profile_id"))))
        self.profile_combo.blockSignals(False)
        if not form.profiles:
            self.errors.set("bandwidth_profile_id", self.tr("No active bandwidth profile yet: add one on the "
                                                            "Bandwidth profiles tab."))
        self.public_ip.setChecked(bool(values.get("requires_public_ip")))
        self.description_edit.setPlainText(values.get("description") or "")
        self.active.setChecked(values.get("is_active") is not False)
        self._check_speed()
        (self.code_edit if self.package_id is None else self.name_edit).setFocus()
        self.loaded.emit()

    def chosen_profile(self) -> ProfileChoice | None:
        return self.form.profile(self.profile_combo.currentData()) if self.form else None

    def speed_warning(self) -> str:
        """Why the speed and the profile disagree, or ""."""
        profile = self.chosen_profile()
        try:
            speed = int(self.speed_edit.text().strip().replace(".", ""))
        except ValueError:
            return ""
        if profile is None or not bandwidth.speed_disagrees(speed, profile.download_kbps):
            return ""
        return self.tr("The package says {0} Mbps but {1} gives {2} Mbps down: customers get the profile's "
                       "rate.").format(speed, profile.name, format_decimal(profile.download_mbps))

    def _check_speed(self, *_args: object) -> None:
        warning = self.speed_warning()
        self.profile_note.setText(warning)
        self.profile_note.setVisible(bool(warning))

    def values(self) -> dict[str, Any] | None:
        """What the dialog saves, or None after showing a price that is not an amount."""
        self.errors.clear()
        try:
            price = self.price_edit.amount()
        except AmountError as exc:
            self.errors.set("monthly_price", exc.message)
            return None
        return {"code": self.code_edit.text(), "name": self.name_edit.text(), "speed_mbps": self.speed_edit.text(),
                "monthly_price": price, "bandwidth_profile_id": self.profile_combo.currentData(),
                "requires_public_ip": self.public_ip.isChecked(), "description": self.description_edit.toPlainText(),
                "is_active": self.active.isChecked()}

    def confirm(self) -> None:
        if self.busy or self.form is None:
            return
        values = self.values()
        if values is None:
            return
        package_id, warning = self.package_id, self.speed_warning()
        self.errors.clear()
        self.message_bar.clear()
        self.set_busy(True)
        WriteOp(self, self.ctx, lambda s, actor: bandwidth.save_package(s, actor, package_id, values),
                module=self.module).success(lambda saved_id: self._saved(saved_id, warning)) \
            .failure(self.show_failure).run()

    def _saved(self, package_id: int, warning: str) -> None:
        self.set_busy(False)
        self.package_id = package_id
        self.saved.emit(package_id, warning)
        self.accept()


class ChangePackageDialog(QDialog):
    """Choose the package billed from the next billing date; ``changed`` carries the :class:`PackageChange`."""

    changed = Signal(object)
    loaded = Signal()

    def __init__(self, ctx: AppContext, recurring_billing_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recurring_billing_id = recurring_billing_id
        self.options: SubscriptionPackages | None = None
        self.setWindowTitle(self.tr("Change package"))
        self.message_bar = MessageBar(self)
        self.customer = QLabel(self)
        self.current = QLabel(self)
        self.package = QComboBox(self)
        self.package.setObjectName("packageChoice")
        self.when = QLabel(self)
        self.when.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        cancel = QPushButton(self.tr("Cancel"), self)
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Current package"), self.current)
        form.addRow(self.tr("From the next period"), self.package)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(form)
        layout.addWidget(self.when)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        QueryOp(self, ctx, lambda s, actor: subscriptions.package_options(s, actor, recurring_billing_id)) \
            .success(self._show).failure(self._failed).run()

    def _show(self, options: SubscriptionPackages) -> None:
        self.options = options
        self.customer.setText(options.customer)
        names = {c.id: c.name for c in options.choices}
        self.current.setText(names.get(options.current_package_id, ""))
        for choice in options.choices:
            self.package.addItem(f"{choice.name} — {format_rupiah(choice.monthly_price)}", choice.id)
        selected = options.pending_package_id or options.current_package_id
        self.package.setCurrentIndex(max(0, self.package.findData(selected)))
        self.when.setText(self.tr("The change applies to the invoice of the period starting {0}.").format(
            format_date(options.next_billing_date)) if options.next_billing_date else "")
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def save(self) -> TaskHandle | None:
        if self.options is None:
            return None
        rb_id, package_id = self.recurring_billing_id, self.package.currentData()
        self.save_button.setEnabled(False)
        return WriteOp(self, self.ctx, lambda s, actor: subscriptions.change_package(s, actor, rb_id, package_id),
                       module=subscriptions.MODULE).success(self._saved).failure(self._failed).run()

    def _saved(self, change: PackageChange) -> None:
        self.changed.emit(change)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.options is not None)
        self.message_bar.show_message(describe_error(exc), "error")
