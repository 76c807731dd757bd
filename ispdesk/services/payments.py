"""Taking a payment at the counter: one receipt, one payment row per invoice.

A payment row's amount is what the invoice got (money and credit); the credit
part is the ledger movement that names it, and ``paid_from_credit`` marks a
row paid from credit alone.

:func:`post_payment` locks, in this order (every writer of these rows does the
same, so they never deadlock): the customer row, the customer's outstanding
invoices by ascending id, the cashier's open shift (shared), then the receipt
and payment number sequences. The plan is made again from the locked rows, so
an invoice paid by another counter a moment ago is refused, never over-paid.

The sequence rows are the one lock every counter shares, held until commit:
the rows are written first under a placeholder receipt number, and the real
numbers are taken and set in a few statements just before the commit.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from ispdesk.db.models import CashShift, Customer, CustomerCreditMovement, Invoice, Payment, Receipt
from ispdesk.db.sequences import next_number, next_numbers
from ispdesk.db.types import now as clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.allocation import AllocationPlan, plan_allocation
from ispdesk.domain.enums import CreditMovementKind, InvoiceStatus, PaymentMethod, PaymentStatus, ShiftStatus
from ispdesk.domain.errors import ConflictError, NotFound, ValidationError
from ispdesk.domain.money import ZERO, format_rupiah
from ispdesk.services.customer_lookup import OUTSTANDING, CustomerAccount
from ispdesk.services import audit, proforma, referral_rewards
from ispdesk.services.permissions import require

NO_SHIFT = "Open a cash shift first: cash is taken only in an open shift."
NO_REFERENCE = "Enter the reference number of a non-cash payment (transfer, QRIS, Midtrans…)."


@dataclass(frozen=True)
class PaymentRequest:
    """What the cashier entered. ``idempotency_key`` is made once per dialog
    (uuid4().hex) and reused on every retry of the same payment.
    ``expected_remaining`` is what the dialog showed ((invoice_id, remaining),
    see :func:`shown_remaining`): an invoice with less remaining when locked was
    paid by someone else meanwhile, and the payment is refused."""

    customer_id: int
    amount_received: Decimal
    method: str
    idempotency_key: str
    reference: str = ""
    invoice_ids: tuple[int, ...] = ()
    use_credit: bool = False
    excess_to_credit: bool = False
    allow_partial: bool = False
    notes: str = ""
    expected_remaining: tuple[tuple[int, Decimal], ...] = ()


@dataclass(frozen=True)
class PostedPayment:
    """The result of :func:`post_payment`."""

    receipt_id: int
    receipt_number: str
    payment_numbers: tuple[str, ...]
    amount_applied: Decimal
    change: Decimal
    credit_used: Decimal
    credit_added: Decimal
    credit_balance: Decimal
    already_posted: bool


def shown_remaining(account: CustomerAccount) -> tuple[tuple[int, Decimal], ...]:
    """The (invoice_id, remaining) pairs a dialog showing ``account`` passes as
    ``PaymentRequest.expected_remaining``."""
    return tuple((i.invoice_id, i.remaining) for i in account.invoices)


def _check_request(request: PaymentRequest) -> None:
    errors: dict[str, str] = {}
    if request.method not in tuple(PaymentMethod):
        errors["method"] = f"Unknown payment method {request.method!r}."
    elif request.method != PaymentMethod.CASH and not request.reference.strip():
        errors["reference"] = NO_REFERENCE
    if len(request.reference.strip()) > 100:
        errors["reference"] = "The reference is longer than 100 characters."
    if not request.idempotency_key or len(request.idempotency_key) > 64:
        errors["idempotency_key"] = "A payment needs an idempotency key of 1 to 64 characters."
    if errors:
        raise ValidationError(errors)


def _plan(remaining: list[tuple[int, Decimal]], credit_balance: Decimal, request: PaymentRequest) -> AllocationPlan:
    return plan_allocation(remaining, request.amount_received, request.method,
                           chosen_ids=request.invoice_ids, use_credit=request.use_credit,
                           credit_balance=credit_balance, excess_to_credit=request.excess_to_credit,
                           allow_partial=request.allow_partial)


def preview(account: CustomerAccount, request: PaymentRequest) -> AllocationPlan:
    """The plan :func:`post_payment` would make, for live display (pure; raises ValidationError)."""
    _check_request(request)
    return _plan([(i.invoice_id, i.remaining) for i in account.invoices], account.credit_balance, request)


def invoice_status(invoice: Invoice, now: datetime | None = None) -> str:
    """What an invoice's status is after its amount_paid changed."""
    if invoice.amount_paid >= invoice.total:
        return InvoiceStatus.PAID
    if invoice.amount_paid > 0:
        return InvoiceStatus.PARTIAL
    day = (now or clock()).date()
    return InvoiceStatus.OVERDUE if invoice.due_date < day else InvoiceStatus.UNPAID


def lock_customer(session: Session, customer_id: int) -> Customer:
    """The customer row, locked until commit (first lock of every payment and void)."""
    customer = session.scalars(sa.select(Customer).where(Customer.id == customer_id).with_for_update()).first()
    if customer is None:
        raise NotFound(f"There is no customer with id {customer_id}.")
    return customer


def move_credit(session: Session, actor: Actor | None, customer: Customer, amount: Decimal, kind: str, *,
                receipt_id: int | None = None, payment_id: int | None = None, invoice_id: int | None = None,
                notes: str | None = None) -> None:
    """One signed movement on the (locked) customer's credit, balance kept in step."""
    balance = customer.credit_balance + amount
    if balance < 0:
        raise ValidationError({"credit": f"The customer's credit ({format_rupiah(customer.credit_balance)}) "
                                         f"is too small for this."})
    customer.credit_balance = balance
    session.add(CustomerCreditMovement(
        customer_id=customer.id, kind=kind, amount=amount, balance_after=balance, receipt_id=receipt_id,
        payment_id=payment_id, invoice_id=invoice_id, notes=notes,
        created_by=actor.user_id if actor is not None else None))


def open_shift_id(session: Session, actor: Actor | None) -> int | None:
    """The actor's open shift, share-locked so it cannot close under this payment."""
    if actor is None or actor.user_id is None:
        return None
    return session.execute(
        sa.select(CashShift.id).where(CashShift.cashier_id == actor.user_id, CashShift.status == ShiftStatus.OPEN)
        .order_by(CashShift.id).limit(1).with_for_update(read=True)).scalar()


def _posted(session: Session, receipt: Receipt, credit_balance: Decimal, already: bool) -> PostedPayment:
    numbers = tuple(session.scalars(sa.select(Payment.payment_number).where(Payment.receipt_id == receipt.id)
                                    .order_by(Payment.id)))
    return PostedPayment(receipt.id, receipt.receipt_number, numbers, receipt.amount_applied,
                         receipt.change_given, receipt.credit_used, receipt.credit_added, credit_balance, already)


def _locked_invoices(session: Session, request: PaymentRequest) -> list[Invoice]:
    """The customer's outstanding invoices, locked by ascending id, returned oldest first;
    refused when one the cashier saw or ticked was paid meanwhile."""
    locked = list(session.scalars(
        sa.select(Invoice).where(Invoice.customer_id == request.customer_id, Invoice.status.in_(OUTSTANDING))
        .order_by(Invoice.id).with_for_update()))
    remaining = {i.id: i.total - i.amount_paid for i in locked}
    seen = dict(request.expected_remaining)
    for invoice_id in request.invoice_ids:
        seen.setdefault(invoice_id, Decimal("0.01"))
    changed = [i for i, rest in seen.items() if remaining.get(i, ZERO) < rest]
    if changed:
        number = session.execute(sa.select(Invoice.invoice_number).where(
            Invoice.id == changed[0], Invoice.customer_id == request.customer_id)).scalar()
        if number is None:
            raise ValidationError({"invoices": "A chosen invoice is not one of this customer's invoices."})
        raise ConflictError(f"Invoice {number} was paid at another counter a moment ago: "
                            "the customer's invoices have been reloaded, check the amounts and confirm again.",
                            field="invoices")
    return sorted(locked, key=lambda i: (i.due_date, i.id))


def post_payment(session: Session, actor: Actor | None, request: PaymentRequest, *,
                 now: datetime | None = None) -> PostedPayment:
    """Post a payment (never commits). A known idempotency key returns the first
    receipt with ``already_posted=True``; anything refused raises before a write."""
    require(actor, "payments", "create")
    _check_request(request)
    now = now or clock()
    customer = lock_customer(session, request.customer_id)
    existing = session.scalars(sa.select(Receipt).where(Receipt.idempotency_key == request.idempotency_key)).first()
    if existing is not None:
        if existing.customer_id != customer.id:
            raise ConflictError("This payment was already posted for another customer: close the dialog and "
                                "start again.")
        return _posted(session, existing, customer.credit_balance, True)
    shift_id = open_shift_id(session, actor)
    if request.method == PaymentMethod.CASH and shift_id is None:
        raise ValidationError({"method": NO_SHIFT})
    invoices = _locked_invoices(session, request)
    plan = _plan([(i.id, i.total - i.amount_paid) for i in invoices], customer.credit_balance, request)
    receipt = Receipt(
        receipt_number=f"~{uuid.uuid4().hex}", customer_id=customer.id,
        cashier_id=actor.user_id if actor is not None else None,
        cash_shift_id=shift_id, payment_method=request.method, reference_number=request.reference.strip() or None,
        amount_received=plan.from_money + plan.credit_added + plan.change, amount_applied=plan.from_money,
        credit_used=plan.credit_used, credit_added=plan.credit_added, change_given=plan.change,
        status=PaymentStatus.CONFIRMED, idempotency_key=request.idempotency_key, print_count=0, received_at=now)
    session.add(receipt)
    session.flush()
    payments = _apply(session, actor, request, customer, receipt, invoices, plan, now)
    session.flush()
    proforma.settle_paid_proformas(session, [p.invoice_id for p in payments])
    settled = {p.invoice_id for p in payments}
    referral_rewards.reward_first_payment(
        session, actor, customer.id, [i.id for i in invoices if i.id in settled and i.status == InvoiceStatus.PAID], now)
    _number(session, actor, receipt, payments, now.date())
    return PostedPayment(receipt.id, receipt.receipt_number, tuple(p.payment_number for p in payments),
                         receipt.amount_applied, receipt.change_given, receipt.credit_used, receipt.credit_added,
                         customer.credit_balance, False)


def _apply(session: Session, actor: Actor | None, request: PaymentRequest, customer: Customer, receipt: Receipt,
           invoices: list[Invoice], plan: AllocationPlan, now: datetime) -> list[Payment]:
    """One payment row per invoice of the plan, invoices and credit updated; the rows (not numbered yet)."""
    user_id = actor.user_id if actor is not None else None
    reference = request.reference.strip() or None
    by_id = {i.id: i for i in invoices}
    payments: list[Payment] = []
    for allocation in plan.allocations:
        invoice = by_id[allocation.invoice_id]
        payment = Payment(
            invoice_id=invoice.id, customer_id=customer.id, amount=allocation.amount, payment_method=request.method,
            payment_date=now.date(), reference_number=reference, notes=request.notes.strip() or None,
            received_by=user_id, status=PaymentStatus.CONFIRMED, receipt_id=receipt.id,
            paid_from_credit=allocation.money == 0)
        session.add(payment)
        payments.append(payment)
        if allocation.credit > 0:
            session.flush()
            move_credit(session, actor, customer, -allocation.credit, CreditMovementKind.APPLIED,
                        receipt_id=receipt.id, payment_id=payment.id, invoice_id=invoice.id)
        invoice.amount_paid = invoice.amount_paid + allocation.amount
        invoice.status = invoice_status(invoice, now)
        if invoice.status == InvoiceStatus.PAID:
            invoice.paid_at = now
    if plan.credit_added:
        move_credit(session, actor, customer, plan.credit_added, CreditMovementKind.OVERPAYMENT,
                    receipt_id=receipt.id, notes="Kept as credit")
    return payments


def _number(session: Session, actor: Actor | None, receipt: Receipt, payments: list[Payment], day: date) -> None:
    """Take the receipt and payment numbers (the shared locks) and set them: the
    last statements before the caller commits."""
    placeholder = receipt.receipt_number
    number = next_number(session, "receipt", day)
    payment_numbers = next_numbers(session, "payment", day, len(payments))
    session.execute(sa.update(Receipt.__table__).where(Receipt.__table__.c.id == receipt.id)
                    .values(receipt_number=number))
    table = Payment.__table__
    if payments:
        session.execute(sa.update(table).where(table.c.id == sa.bindparam("b_id"))
                        .values(payment_number=sa.bindparam("b_number")),
                        [{"b_id": p.id, "b_number": n} for p, n in zip(payments, payment_numbers)])
    set_committed_value(receipt, "receipt_number", number)
    for payment, payment_number in zip(payments, payment_numbers):
        set_committed_value(payment, "payment_number", payment_number)
    audit.record(session, actor, "number", "receipts", receipt.id, {"receipt_number": placeholder},
                 {"receipt_number": number, "payment_numbers": payment_numbers}, "payments")
