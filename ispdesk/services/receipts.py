"""Receipts as printed: the data, and counting prints (the original, then copy n)."""
from __future__ import annotations

from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import CashShift, Customer, CustomerCreditMovement, Invoice, Payment, Receipt, User
from ispdesk.domain.actor import Actor
from ispdesk.domain.documents.receipt import ReceiptData, ReceiptLine
from ispdesk.domain.enums import PaymentStatus
from ispdesk.domain.errors import NotFound
from ispdesk.domain.messages import message
from ispdesk.domain.money import ZERO
from ispdesk.services import audit
from ispdesk.services.office_settings import company
from ispdesk.services.permissions import operation

NO_RECEIPT = message("receipts.no_receipt", "There is no receipt with id {id}.")
NOT_FROM_THE_COUNTER = message("receipts.not_from_the_counter",
                               "Payment {id} has no receipt (it was not taken at the counter).")

#: Prefix of a receipt's QR code text; find_customers accepts it.
VERIFICATION_PREFIX = "ISPDESK-RCP:"


def verification_text(receipt_number: str) -> str:
    """The QR code text of a receipt."""
    return f"{VERIFICATION_PREFIX}{receipt_number}"


def _lines(session: Session, receipt_id: int) -> tuple[ReceiptLine, ...]:
    """Each invoice the receipt paid, with what was still due right after it."""
    paid = session.execute(
        sa.select(Payment.invoice_id, sa.func.sum(Payment.amount), sa.func.max(Payment.id))
        .where(Payment.receipt_id == receipt_id).group_by(Payment.invoice_id).order_by(sa.func.min(Payment.id))).all()
    lines = []
    for invoice_id, amount, last_id in paid:
        number, period, total = session.execute(
            sa.select(Invoice.invoice_number, Invoice.period, Invoice.total).where(Invoice.id == invoice_id)).one()
        until_then = session.execute(
            sa.select(sa.func.coalesce(sa.func.sum(Payment.amount), 0)).where(
                Payment.invoice_id == invoice_id, Payment.id <= last_id,
                sa.or_(Payment.status == PaymentStatus.CONFIRMED, Payment.receipt_id == receipt_id))).scalar_one()
        lines.append(ReceiptLine(number, period or "", Decimal(amount).quantize(ZERO),
                                 max(ZERO, total - Decimal(until_then).quantize(ZERO))))
    return tuple(lines)


def _data(session: Session, receipt: Receipt, copy_number: int) -> ReceiptData:
    customer = session.get(Customer, receipt.customer_id)
    cashier = session.get(User, receipt.cashier_id) if receipt.cashier_id is not None else None
    shift = session.get(CashShift, receipt.cash_shift_id) if receipt.cash_shift_id is not None else None
    numbers = tuple(session.scalars(sa.select(Payment.payment_number).where(Payment.receipt_id == receipt.id)
                                    .order_by(Payment.id)))
    return ReceiptData(
        company=company(session), receipt_number=receipt.receipt_number, payment_numbers=numbers,
        received_at=receipt.received_at, cashier_name=cashier.name if cashier else "",
        customer_number=customer.customer_number, customer_name=customer.name,
        customer_address=customer.address or "", lines=_lines(session, receipt.id),
        method=str(receipt.payment_method), reference=receipt.reference_number or "",
        amount_received=receipt.amount_received, amount_applied=receipt.amount_applied,
        credit_used=receipt.credit_used, credit_added=receipt.credit_added, change_given=receipt.change_given,
        credit_balance=_balance_after(session, receipt, customer.credit_balance), status=str(receipt.status),
        copy_number=copy_number, verification=verification_text(receipt.receipt_number),
        shift_number=shift.shift_number if shift else "")


def _balance_after(session: Session, receipt: Receipt, balance_now: Decimal) -> Decimal:
    """The credit balance the receipt left (its last credit movement), else the balance now."""
    move = CustomerCreditMovement
    after = session.execute(sa.select(move.balance_after).where(move.receipt_id == receipt.id)
                            .order_by(move.id.desc()).limit(1)).scalar()
    return after if after is not None else balance_now


def _receipt(session: Session, receipt_id: int) -> Receipt:
    receipt = session.get(Receipt, receipt_id)
    if receipt is None:
        raise NotFound(NO_RECEIPT(id=receipt_id))
    return receipt


@operation("payments", "view")
def receipt_data(session: Session, actor: Actor, receipt_id: int) -> ReceiptData:
    """The receipt; ``copy_number`` = prints so far (0 before the first print)."""
    receipt = _receipt(session, receipt_id)
    return _data(session, receipt, receipt.print_count)


@operation("payments", "print")
def record_print(session: Session, actor: Actor, receipt_id: int) -> ReceiptData:
    """Count one print and return what to print: the first is the original
    (copy 0), each later one copy n. Audited."""
    table = Receipt.__table__
    done = session.execute(sa.update(table).where(table.c.id == receipt_id)
                           .values(print_count=table.c.print_count + 1))
    if done.rowcount != 1:
        raise NotFound(NO_RECEIPT(id=receipt_id))
    receipt = _receipt(session, receipt_id)
    session.refresh(receipt, ["print_count"])
    copy_number = receipt.print_count - 1
    audit.record(session, actor, "print" if copy_number == 0 else "reprint", "receipts", receipt_id,
                 {"print_count": copy_number}, {"print_count": receipt.print_count}, "payments")
    return _data(session, receipt, copy_number)


@operation("payments", "view")
def receipt_for_payment(session: Session, actor: Actor, payment_id: int) -> int:
    """The receipt id of a payments row."""
    receipt_id = session.execute(sa.select(Payment.receipt_id).where(Payment.id == payment_id)).scalar()
    if receipt_id is None:
        raise NotFound(NOT_FROM_THE_COUNTER(id=payment_id))
    return receipt_id
