"""Approve a submitted purchase order: a supervisor types their user name and
password here; :func:`auth.check_supervisor` checks them in the same unit of
work that approves (whoever holds the purchase orders' approve permission may;
a clerk is refused, a wrong password is recorded and counts towards the lock)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ispdesk.domain.errors import AuthenticationError, PermissionDenied
from ispdesk.domain.money import format_rupiah
from ispdesk.services import auth, purchasing
from ispdesk.services.auth import LoginResult
from ispdesk.ui.context import AppContext
from ispdesk.ui.ops import WriteOp
from ispdesk.ui.warehouse.actions import po_status_text
from ispdesk.ui.widgets.action_dialog import ActionDialog
from ispdesk.ui.widgets.supervisor import SupervisorFields


class ApprovalDialog(ActionDialog):
    """Signal ``approved(str)`` with the PO number."""

    approved = Signal(str)
    module = "purchase_orders"

    def __init__(self, ctx: AppContext, po_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Approve purchase order"), self.tr("&Approve (Enter)"), parent)
        self.setObjectName("approvalDialog")
        self.po_id = po_id
        self.order: purchasing.OrderView | None = None
        self.summary = QLabel(self.tr("Loading\u2026"), self.body)
        self.summary.setObjectName("orderSummary")
        self.summary.setWordWrap(True)
        self.supervisor = SupervisorFields(self.body)
        self.username_edit, self.password_edit = self.supervisor.username_edit, self.supervisor.password_edit
        self.errors.labels.update(self.supervisor.error_labels())
        form = QFormLayout(self.body)
        form.addRow(self.summary)
        self.supervisor.add_to(form)
        self.resize(520, self.sizeHint().height())
        self.username_edit.setFocus()
        self.load(lambda s, actor: purchasing.order_view(s, actor, po_id), self._loaded)

    def _loaded(self, order: purchasing.OrderView) -> None:
        self.order = order
        lines = "<br/>".join(f"{line.quantity} \u00d7 {line.item_name} @ {format_rupiah(line.unit_price)}"
                             for line in order.lines)
        status = po_status_text(order.status)
        self.summary.setText(self.tr("<b>{0}</b> to {1}: <b>{2}</b> ({3})<br/>{4}").format(
            order.po_number, order.supplier_name, format_rupiah(order.total_amount), status, lines))
        if order.status != "submitted":
            self.confirm_button.setEnabled(False)
            self.message_bar.show_message(self.tr("Only a submitted order can be approved; this one is: {0}.")
                                          .format(status), "warning")

    def confirm(self) -> None:
        """Check the approver's credentials and approve, in one unit of work."""
        if self.busy:
            return
        self.errors.clear()
        self.message_bar.clear()
        username, password = self.supervisor.credentials()
        if self.supervisor.show_missing():
            return
        po_id = self.po_id

        def work(session: Any, actor: Any) -> LoginResult:
            approval = auth.check_supervisor(session, username, password, module=purchasing.MODULE,
                                             workstation=actor.workstation)
            if approval.ok:
                purchasing.approve(session, actor, po_id, approval.actor)
            return approval     # a refusal commits only the failed attempt (it counts towards the lock)

        self.set_busy(True)
        WriteOp(self, self.ctx, work, module=self.module).success(self._done).failure(self._refused).run()

    def _done(self, approval: LoginResult) -> None:
        self.set_busy(False)
        if not approval.ok:
            try:
                approval.unwrap()
            except AuthenticationError as exc:
                self.supervisor.refused(exc)
            return
        self.approved.emit(self.order.po_number if self.order else "")
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, (AuthenticationError, PermissionDenied)):
            self.set_busy(False)
            self.supervisor.refused(exc)
            return
        self.show_failure(exc)
