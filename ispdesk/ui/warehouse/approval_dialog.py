"""Approve a submitted purchase order: a supervisor types their user name and
password here; :func:`auth.verify_supervisor` checks them (a clerk is refused,
failures count towards the lock) before the PO is approved in its name."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ispdesk.db.unit_of_work import write
from ispdesk.domain.errors import AuthenticationError
from ispdesk.domain.money import format_rupiah
from ispdesk.services import audit, auth, purchasing
from ispdesk.ui.context import AppContext
from ispdesk.ui.widgets.action_dialog import ActionDialog
from ispdesk.ui.widgets.lifetime import while_alive
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
        actor = ctx.actor
        self.load(lambda s: purchasing.order_view(s, actor, po_id), self._loaded)

    def _loaded(self, order: purchasing.OrderView) -> None:
        self.order = order
        lines = "<br/>".join(f"{line.quantity} \u00d7 {line.item_name} @ {format_rupiah(line.unit_price)}"
                             for line in order.lines)
        self.summary.setText(self.tr("<b>{0}</b> to {1}: <b>{2}</b> ({3})<br/>{4}").format(
            order.po_number, order.supplier_name, format_rupiah(order.total_amount), order.status, lines))
        if order.status != "submitted":
            self.confirm_button.setEnabled(False)
            self.message_bar.show_message(self.tr("Only a submitted order can be approved; this one is {0}.")
                                          .format(order.status), "warning")

    def confirm(self) -> None:
        """Check the supervisor's credentials, then approve in one more unit of work."""
        if self.busy:
            return
        self.errors.clear()
        username, password = self.supervisor.credentials()
        if self.supervisor.show_missing():
            return
        self.set_busy(True)
        db, actor, po_id = self.ctx.db, self.ctx.actor, self.po_id
        info = audit.actor_info(actor, self.module)
        workstation = actor.workstation if actor else None

        def work(_t: object) -> str:
            approver = auth.verify_supervisor(db, username, password, workstation)
            return write(db, lambda s: purchasing.approve(s, actor, po_id, approver), info=info)

        self.ctx.runner.run(work, on_success=while_alive(self, self._approved),
                            on_failure=while_alive(self, self._refused), changes=("purchase_orders",))

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, AuthenticationError):
            self.set_busy(False)
            self.supervisor.refused(exc)
            return
        self.show_failure(exc)

    def _approved(self, _status: str) -> None:
        self.set_busy(False)
        self.approved.emit(self.order.po_number if self.order else "")
        self.accept()
