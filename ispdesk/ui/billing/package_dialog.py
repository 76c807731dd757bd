"""Change a subscription's package from the next period."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.money import format_rupiah
from ispdesk.services import audit, subscriptions
from ispdesk.services.subscriptions import PackageChange, SubscriptionPackages
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_date
from ispdesk.ui.tasks import TaskHandle
from ispdesk.ui.widgets.lifetime import while_alive
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error


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
        ctx.runner.run(lambda _t: read(ctx.db, lambda s: subscriptions.package_options(s, ctx.actor,
                                                                                      recurring_billing_id)),
                       on_success=while_alive(self, self._show), on_failure=while_alive(self, self._failed))

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
        ctx, rb_id, package_id = self.ctx, self.recurring_billing_id, self.package.currentData()
        self.save_button.setEnabled(False)
        return ctx.runner.run(
            lambda _t: write(ctx.db, lambda s: subscriptions.change_package(s, ctx.actor, rb_id, package_id),
                             info=audit.actor_info(ctx.actor, "recurring_billings")),
            on_success=while_alive(self, self._saved), on_failure=while_alive(self, self._failed),
            changes={"recurring_billings"})

    def _saved(self, change: PackageChange) -> None:
        self.changed.emit(change)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(self.options is not None)
        self.message_bar.show_message(describe_error(exc), "error")
