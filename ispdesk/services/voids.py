"""Voiding or refunding a receipt, approved by a supervisor.

Locks in the order a payment does (customer, invoices by ascending id, the
shift), so a void and a payment never deadlock. The receipt and its payments
keep their numbers; their status says ``failed`` (void) or ``refunded``.
"""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import CashShift, Invoice, Payment, Receipt
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import CreditMovementKind, InvoiceStatus, PaymentMethod, PaymentStatus, ShiftStatus
from ispdesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ispdesk.domain.messages import message, status_word
from ispdesk.domain.money import format_rupiah
from ispdesk.services import audit, proforma, referral_rewards
from ispdesk.services.payments import invoice_status, lock_customer, move_credit
from ispdesk.services.permissions import operation, require_approver
from ispdesk.services.receipts import NO_RECEIPT

NO_SUPERVISOR = message("voids.no_supervisor",
                        "A supervisor's user name and password must approve a void or refund.")
NO_REASON = message("voids.no_reason", "Give the reason for the void or refund.")
ALREADY_VOIDED = message("voids.already_voided", "Receipt {number} is voided already.")
ALREADY_REFUNDED = message("voids.already_refunded", "Receipt {number} is refunded already.")
NOT_CONFIRMED = message("voids.not_confirmed", "Receipt {number} is {status}: only a confirmed receipt is voided "
                                               "or refunded.")
SHIFT_CLOSED = message("voids.shift_closed",
                       "Shift {shift} of this cash receipt is closed: its drawer was counted, so the receipt can "
                       "no longer be voided or refunded.")
CREDIT_SPENT = message("voids.credit_spent",
                       "The {amount} this receipt kept as credit has been used since: void the later receipt that "
                       "used it first.")
#: The note on the credit ledger rows a void or refund writes (stored with the movement).
VOID_NOTE = "Void of {number}: {reason}"
REFUND_NOTE = "Refund of {number}: {reason}"


def _check(supervisor: Actor | None, reason: str) -> str:
    if supervisor is None or supervisor.user_id is None:
        raise PermissionDenied(NO_SUPERVISOR())
    require_approver(supervisor, "payments")
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError({"reason": NO_REASON()})
    return reason


@operation("payments", "view")
def void_receipt(session: Session, actor: Actor, receipt_id: int, *, supervisor: Actor,
                 reason: str, refund: bool, now: datetime | None = None) -> None:
    """Reverse a receipt: invoices' amount_paid/status back, credit corrected
    (ledger movement), payments + receipt keep their numbers with status
    ``refunded`` (refund=True: money given back) or ``failed`` (void).
    The cashier asks; ``supervisor`` (from auth.verify_supervisor / check_supervisor)
    approves and needs the ``(payments, approve)`` permission."""
    reason = _check(supervisor, reason)
    customer_id = session.execute(sa.select(Receipt.customer_id).where(Receipt.id == receipt_id)).scalar()
    if customer_id is None:
        raise NotFound(NO_RECEIPT(id=receipt_id))
    customer = lock_customer(session, customer_id)
    receipt = session.scalars(sa.select(Receipt).where(Receipt.id == receipt_id).with_for_update()).one()
    if receipt.status != PaymentStatus.CONFIRMED:
        if receipt.status == PaymentStatus.FAILED:
            raise ConflictError(ALREADY_VOIDED(number=receipt.receipt_number))
        if receipt.status == PaymentStatus.REFUNDED:
            raise ConflictError(ALREADY_REFUNDED(number=receipt.receipt_number))
        raise ConflictError(NOT_CONFIRMED(number=receipt.receipt_number, status=status_word(receipt.status)))
    payments = list(session.scalars(sa.select(Payment).where(Payment.receipt_id == receipt.id).order_by(Payment.id)))
    invoice_ids = sorted({p.invoice_id for p in payments})
    invoices = {i.id: i for i in session.scalars(
        sa.select(Invoice).where(Invoice.id.in_(invoice_ids)).order_by(Invoice.id).with_for_update())}
    if receipt.cash_shift_id is not None and receipt.payment_method == PaymentMethod.CASH:
        shift = session.execute(sa.select(CashShift.shift_number, CashShift.status)
                                .where(CashShift.id == receipt.cash_shift_id).with_for_update(read=True)).one()
        if shift.status != ShiftStatus.OPEN:
            raise ValidationError({"": SHIFT_CLOSED(shift=shift.shift_number)})
    if customer.credit_balance < receipt.credit_added:
        raise ValidationError({"": CREDIT_SPENT(amount=format_rupiah(receipt.credit_added))})
    now = now or clock.now()
    status = PaymentStatus.REFUNDED if refund else PaymentStatus.FAILED
    note = (REFUND_NOTE if refund else VOID_NOTE).format(number=receipt.receipt_number, reason=reason)
    for payment in payments:
        invoice = invoices[payment.invoice_id]
        invoice.amount_paid = invoice.amount_paid - payment.amount
        invoice.status = invoice_status(invoice, now)
        if invoice.status != InvoiceStatus.PAID:
            invoice.paid_at = None
        payment.status = status
        payment.voided_at = now
        payment.voided_by = supervisor.user_id
        payment.void_reason = reason
    if receipt.credit_used:
        move_credit(session, customer, receipt.credit_used, CreditMovementKind.REVERSAL,
                    created_by=actor.user_id, receipt_id=receipt.id, notes=note)
    if receipt.credit_added:
        move_credit(session, customer, -receipt.credit_added, CreditMovementKind.REVERSAL,
                    created_by=actor.user_id, receipt_id=receipt.id, notes=note)
    receipt.status = status
    session.flush()
    proforma.reopen_unpaid_proformas(session, [p.invoice_id for p in payments])
    referral_rewards.undo_after_void(session, actor, customer.id, note)
    audit.record(session, actor, "refund" if refund else "void", "receipts", receipt.id,
                 {"status": PaymentStatus.CONFIRMED},
                 {"status": status, "reason": reason, "approved_by": supervisor.username,
                  "approved_by_id": supervisor.user_id, "at": now}, "payments")
