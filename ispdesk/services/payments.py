"""Taking a payment at the counter: one receipt, one payment row per invoice.

A payment row's amount is what the invoice got (money and credit); the credit
part is the ledger movement that names it, and ``paid_from_credit`` marks a
row paid from credit alone.

:func:`post_payment` locks, in this order (every writer of these rows does the
same, so they never deadlock): the customer row and the customer's outstanding
invoices (one ``SELECT … FOR UPDATE`` over both: the customer's row is read,
and locked, first, so two writers of one customer's invoices queue on the
customer), then looks the idempotency key up, then share-locks the cashier's
open shift, and last the receipt and payment number sequences. The
plan is made again from the locked rows, so an invoice paid by another counter
a moment ago is refused, never over-paid. A key another customer's payment
holds is the conflict ``payments.posted_for_another`` on both databases, also
when that payment commits between the look-up and the insert (MariaDB's
duplicate key 1062 is answered like a key found, never raised raw).

The sequence rows are the one lock every counter shares, held until commit:
the rows are written first under a placeholder receipt number, and the real
numbers are taken (one statement for both sequences) and set in a few
statements just before the commit.

The posting path is the busiest write of the program, so it writes with Core
statements built once (no ORM objects, no flush): one locked SELECT, one INSERT
per table (all payment rows in one), one UPDATE for the invoices, one INSERT
for the audit rows. The audit rows are the ones the ORM listener would write
(:func:`ispdesk.services.audit.created`/``updated``), and written only when the
session carries an actor, as the listener does.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import CashShift, Customer, CustomerCreditMovement, Invoice, Payment, Receipt
from ispdesk.db.sequences import take_numbers
from ispdesk.db.unit_of_work import mysql_error_code
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.allocation import UNKNOWN_METHOD, AllocationPlan, plan_allocation
from ispdesk.domain.enums import CreditMovementKind, InvoiceStatus, PaymentMethod, PaymentStatus, ShiftStatus
from ispdesk.domain.errors import ConflictError, NotFound, ValidationError
from ispdesk.domain.messages import Message, message
from ispdesk.domain.money import ZERO, format_rupiah
from ispdesk.services.customer_lookup import NO_CUSTOMER, OUTSTANDING, CustomerAccount
from ispdesk.services import audit, proforma, referral_rewards
from ispdesk.services.permissions import operation

NO_SHIFT = message("payments.no_shift", "Open a cash shift first: cash is taken only in an open shift.")
NO_REFERENCE = message("payments.no_reference",
                       "Enter the reference number of a non-cash payment (transfer, QRIS, Midtrans…).")
REFERENCE_TOO_LONG = message("payments.reference_too_long", "The reference is longer than 100 characters.")
BAD_IDEMPOTENCY_KEY = message("payments.bad_idempotency_key",
                              "A payment needs an idempotency key of 1 to 64 characters.")
TOO_LITTLE_CREDIT = message("payments.too_little_credit", "The customer's credit ({balance}) is too small for this.")
NOT_THIS_CUSTOMERS = message("payments.not_this_customers",
                             "A chosen invoice is not one of this customer's invoices.")
PAID_MEANWHILE = message("payments.paid_meanwhile",
                         "Invoice {number} was paid at another counter a moment ago: the customer's invoices have "
                         "been reloaded, check the amounts and confirm again.")
POSTED_FOR_ANOTHER = message("payments.posted_for_another",
                             "This payment was already posted for another customer: close the dialog and start "
                             "again.")
#: The note on the credit ledger row of money kept as credit (stored; shown as it is).
KEPT_AS_CREDIT_NOTE = "Kept as credit"


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
    errors: dict[str, Message] = {}
    if request.method not in tuple(PaymentMethod):
        errors["method"] = UNKNOWN_METHOD(method=request.method)
    elif request.method != PaymentMethod.CASH and not request.reference.strip():
        errors["reference"] = NO_REFERENCE()
    if len(request.reference.strip()) > 100:
        errors["reference"] = REFERENCE_TOO_LONG()
    if not request.idempotency_key or len(request.idempotency_key) > 64:
        errors["idempotency_key"] = BAD_IDEMPOTENCY_KEY()
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


def _status_after(amount_paid: Decimal, total: Decimal, due_date: date, now: datetime) -> str:
    if amount_paid >= total:
        return InvoiceStatus.PAID
    if amount_paid > 0:
        return InvoiceStatus.PARTIAL
    return InvoiceStatus.OVERDUE if due_date < now.date() else InvoiceStatus.UNPAID


def invoice_status(invoice: Invoice, now: datetime | None = None) -> str:
    """What an invoice's status is after its amount_paid changed."""
    return _status_after(invoice.amount_paid, invoice.total, invoice.due_date, now or clock.now())


def lock_customer(session: Session, customer_id: int) -> Customer:
    """The customer row, locked until commit (first lock of every payment and void)."""
    customer = session.scalars(sa.select(Customer).where(Customer.id == customer_id).with_for_update()).first()
    if customer is None:
        raise NotFound(NO_CUSTOMER(id=customer_id))
    return customer


def move_credit(session: Session, customer: Customer, amount: Decimal, kind: str, *, created_by: int | None,
                receipt_id: int | None = None, payment_id: int | None = None, invoice_id: int | None = None,
                notes: str | None = None) -> CustomerCreditMovement:
    """One signed movement on the (locked) customer's credit, balance kept in step; the movement.
    A step inside an operation (a void, a referral reward, a cashback), not one by itself:
    ``created_by`` is the user the operation acts for."""
    balance = customer.credit_balance + amount
    if balance < 0:
        raise ValidationError({"credit": TOO_LITTLE_CREDIT(balance=format_rupiah(customer.credit_balance))})
    customer.credit_balance = balance
    movement = CustomerCreditMovement(
        customer_id=customer.id, kind=kind, amount=amount, balance_after=balance, receipt_id=receipt_id,
        payment_id=payment_id, invoice_id=invoice_id, notes=notes, created_by=created_by)
    session.add(movement)
    return movement


# --- the posting path: Core statements, built once -------------------------

_CUSTOMERS = Customer.__table__
_INVOICES = Invoice.__table__
_RECEIPTS = Receipt.__table__
_PAYMENTS = Payment.__table__
_MOVES = CustomerCreditMovement.__table__
_SHIFTS = CashShift.__table__

#: The customer's row and outstanding invoices, locked in one statement. The
#: customer is the outer side of the join, read (and locked) first, then the
#: invoices through their (customer_id, period) index; a customer without any
#: gives one row of NULLs. No ORDER BY: InnoDB locks rows in the order it reads
#: them whatever the sort, and sorting would cost the server a temporary table
#: on every payment; the invoices are put in order here.
_LOCK = (sa.select(_CUSTOMERS.c.credit_balance, _INVOICES.c.id, _INVOICES.c.total, _INVOICES.c.amount_paid,
                   _INVOICES.c.status, _INVOICES.c.due_date, _INVOICES.c.paid_at)
         .select_from(_CUSTOMERS.outerjoin(_INVOICES, sa.and_(
             _INVOICES.c.customer_id == _CUSTOMERS.c.id,
             # the statuses written into the statement: an IN of bound values is rendered again on every run
             _INVOICES.c.status.in_([sa.literal_column(f"'{status}'") for status in OUTSTANDING]))))
         .where(_CUSTOMERS.c.id == sa.bindparam("customer_id")).with_for_update())
_OPEN_SHIFT = (sa.select(_SHIFTS.c.id).where(_SHIFTS.c.cashier_id == sa.bindparam("cashier_id"),
                                              _SHIFTS.c.status == ShiftStatus.OPEN)
               .order_by(_SHIFTS.c.id).limit(1).with_for_update(read=True))
#: After the customer's lock, in one statement: a receipt already posted with
#: this idempotency key (a plain read: it sees what the lock's last holder
#: committed) and the cashier's open shift (share-locked, so it cannot close under the payment).
_KEY_AND_SHIFT = sa.select(
    sa.select(_RECEIPTS.c.id).where(_RECEIPTS.c.idempotency_key == sa.bindparam("key"))
    .scalar_subquery().label("existing_id"),
    _OPEN_SHIFT.scalar_subquery().label("shift_id"))
_BY_ID = sa.select(_RECEIPTS.c.customer_id, _RECEIPTS.c.receipt_number, _RECEIPTS.c.amount_applied,
                   _RECEIPTS.c.change_given, _RECEIPTS.c.credit_used, _RECEIPTS.c.credit_added).where(
    _RECEIPTS.c.id == sa.bindparam("receipt_id"))
_NUMBERS_OF = (sa.select(_PAYMENTS.c.payment_number).where(_PAYMENTS.c.receipt_id == sa.bindparam("receipt_id"))
               .order_by(_PAYMENTS.c.id))
#: The receipt holding a key, read as last committed (a locking read): after the
#: insert met another transaction's key, that transaction has committed it.
_KEY_HOLDER = (sa.select(_RECEIPTS.c.id).where(_RECEIPTS.c.idempotency_key == sa.bindparam("key"))
               .with_for_update(read=True))
_BY_ID_LATEST = _BY_ID.with_for_update(read=True)
_NUMBERS_OF_LATEST = _NUMBERS_OF.with_for_update(read=True)
_INVOICE_NUMBER = sa.select(_INVOICES.c.invoice_number).where(_INVOICES.c.id == sa.bindparam("invoice_id"),
                                                              _INVOICES.c.customer_id == sa.bindparam("customer_id"))
_SET_CREDIT = (sa.update(_CUSTOMERS).where(_CUSTOMERS.c.id == sa.bindparam("b_id"))
               .values(credit_balance=sa.bindparam("b_balance")))
_SET_RECEIPT_NUMBER = (sa.update(_RECEIPTS).where(_RECEIPTS.c.id == sa.bindparam("b_id"))
                       .values(receipt_number=sa.bindparam("b_number")))
_INSERTS: dict[str, sa.Insert] = {t.name: sa.insert(t) for t in (_RECEIPTS, _PAYMENTS, _MOVES)}
_INSERTS_RETURNING: dict[str, sa.Insert] = {
    t.name: sa.insert(t).returning(t.c.id, sort_by_parameter_order=True) for t in (_PAYMENTS, _MOVES)}
_CASE_UPDATES: dict[tuple[str, int], sa.Update] = {}


def _case_update(table: sa.Table, columns: tuple[str, ...], rows: int) -> sa.Update:
    """``UPDATE table SET column = CASE id WHEN :i0 THEN :<column>0 … END, … WHERE id IN (:i0, …)``:
    different values for ``rows`` rows in one statement (built once per shape)."""
    key = (table.name + ":" + ",".join(columns), rows)
    statement = _CASE_UPDATES.get(key)
    if statement is None:
        ids = [sa.bindparam(f"i{k}", type_=table.c.id.type) for k in range(rows)]
        if rows == 1:
            values = {c: sa.bindparam(f"{c}0", type_=table.c[c].type) for c in columns}
            statement = sa.update(table).where(table.c.id == ids[0]).values(values)
        else:
            values = {c: sa.case(*[(ids[k], sa.bindparam(f"{c}{k}", type_=table.c[c].type)) for k in range(rows)],
                                 value=table.c.id) for c in columns}
            statement = sa.update(table).where(table.c.id.in_(ids)).values(values)
        _CASE_UPDATES[key] = statement
    return statement


def _update_rows(connection: sa.Connection, table: sa.Table, columns: tuple[str, ...],
                 rows: list[tuple[int, tuple[Any, ...]]]) -> None:
    """Set ``columns`` of each (id, values) row in one statement."""
    if not rows:
        return
    params: dict[str, Any] = {}
    for k, (row_id, values) in enumerate(rows):
        params[f"i{k}"] = row_id
        for column, value in zip(columns, values):
            params[f"{column}{k}"] = value
    connection.execute(_case_update(table, columns, len(rows)), params)


def _set_numbers(connection: sa.Connection, receipt_id: int, receipt_number: str,
                 payments: list[tuple[int, str]]) -> None:
    """Set the receipt's and its payments' numbers: one multiple-table UPDATE on MariaDB/MySQL."""
    if not payments or connection.dialect.name == "sqlite":
        connection.execute(_SET_RECEIPT_NUMBER, {"b_id": receipt_id, "b_number": receipt_number})
        _update_rows(connection, _PAYMENTS, ("payment_number",), [(i, (n,)) for i, n in payments])
        return
    statement = _NUMBERING.get(len(payments))
    if statement is None:
        number_type = _PAYMENTS.c.payment_number.type
        cases = [(_PAYMENTS.c.id == sa.bindparam(f"i{k}"), sa.bindparam(f"n{k}", type_=number_type))
                 for k in range(len(payments))]
        statement = _NUMBERING[len(payments)] = (
            sa.update(_RECEIPTS)
            .where(_RECEIPTS.c.id == sa.bindparam("b_id"), _PAYMENTS.c.receipt_id == _RECEIPTS.c.id)
            .values({_RECEIPTS.c.receipt_number: sa.bindparam("b_number"),
                     _PAYMENTS.c.payment_number: sa.case(*cases)}))
    params: dict[str, Any] = {"b_id": receipt_id, "b_number": receipt_number}
    for k, (payment_id, number) in enumerate(payments):
        params[f"i{k}"], params[f"n{k}"] = payment_id, number
    connection.execute(statement, params)


_NUMBERING: dict[int, sa.Update] = {}


def _insert(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` in one statement where the database returns their ids in order; their ids."""
    if len(rows) > 1 and connection.dialect.insert_executemany_returning_sort_by_parameter_order:
        return list(connection.execute(_INSERTS_RETURNING[table.name], rows).scalars())
    return [connection.execute(_INSERTS[table.name], row).inserted_primary_key[0] for row in rows]


@dataclass
class _Locked:
    """What the locked rows hold: the customer's credit and outstanding invoices, oldest first."""

    credit_balance: Decimal
    invoices: list[Any]         # rows: id, total, amount_paid, status, due_date, paid_at


def _lock(connection: sa.Connection, customer_id: int) -> _Locked:
    """Lock the customer and their outstanding invoices."""
    rows = connection.execute(_LOCK, {"customer_id": customer_id}).all()
    if not rows:
        raise NotFound(NO_CUSTOMER(id=customer_id))
    invoices = [row for row in rows if row.id is not None]
    invoices.sort(key=lambda i: (i.due_date, i.id))
    return _Locked(rows[0].credit_balance, invoices)


def _refuse_if_paid_meanwhile(connection: sa.Connection, request: PaymentRequest, locked: _Locked) -> None:
    """Refused when an invoice the cashier saw or ticked has less remaining now."""
    remaining = {i.id: i.total - i.amount_paid for i in locked.invoices}
    seen = dict(request.expected_remaining)
    for invoice_id in request.invoice_ids:
        seen.setdefault(invoice_id, Decimal("0.01"))
    changed = [i for i, rest in seen.items() if remaining.get(i, ZERO) < rest]
    if changed:
        number = connection.execute(_INVOICE_NUMBER, {"invoice_id": changed[0],
                                                      "customer_id": request.customer_id}).scalar()
        if number is None:
            raise ValidationError({"invoices": NOT_THIS_CUSTOMERS()})
        raise ConflictError(PAID_MEANWHILE(number=number), field="invoices")


def _already_posted(connection: sa.Connection, request: PaymentRequest, receipt_id: int,
                    credit_balance: Decimal, *, latest: bool = False) -> PostedPayment:
    """The receipt an earlier attempt with this idempotency key posted (``latest``:
    read as last committed, for a receipt committed after this transaction's first read)."""
    first = connection.execute(_BY_ID_LATEST if latest else _BY_ID, {"receipt_id": receipt_id}).one()
    if first.customer_id != request.customer_id:
        raise ConflictError(POSTED_FOR_ANOTHER())
    numbers = tuple(connection.execute(_NUMBERS_OF_LATEST if latest else _NUMBERS_OF,
                                       {"receipt_id": receipt_id}).scalars())
    return PostedPayment(receipt_id, first.receipt_number, numbers, first.amount_applied, first.change_given,
                         first.credit_used, first.credit_added, credit_balance, True)


def _is_key_taken(exc: sa.exc.IntegrityError) -> bool:
    """Whether the receipt's insert failed on the idempotency key's UNIQUE key
    (MariaDB/MySQL: duplicate entry 1062 for ``uq_receipts_idempotency_key``;
    SQLite: ``UNIQUE constraint failed: receipts.idempotency_key``)."""
    text = str(exc.orig)
    if mysql_error_code(exc) == 1062:
        return "idempotency_key" in text
    return "UNIQUE constraint failed" in text and "receipts.idempotency_key" in text


def _key_taken_meanwhile(connection: sa.Connection, request: PaymentRequest,
                         credit_balance: Decimal) -> PostedPayment:
    """Another counter posted under this key after it was looked up: two
    customers' payments do not wait for each other, so on MariaDB both can miss
    the key and insert; the second insert waits for the first one's commit and
    then meets the duplicate key. Only that statement failed (the transaction
    holds nothing of it): read the key's receipt as committed and answer as if
    it had been found: another customer's is ``payments.posted_for_another``,
    the same customer's the first receipt. SQLite writes one transaction at a
    time and always finds the key first."""
    receipt_id = connection.execute(_KEY_HOLDER, {"key": request.idempotency_key}).scalar()
    if receipt_id is None:
        raise ConflictError(POSTED_FOR_ANOTHER())
    return _already_posted(connection, request, receipt_id, credit_balance, latest=True)


@operation("payments", "create")
def post_payment(session: Session, actor: Actor, request: PaymentRequest, *,
                 now: datetime | None = None) -> PostedPayment:
    """Post a payment (never commits). A known idempotency key returns the first
    receipt with ``already_posted=True``; anything refused raises before a write.
    ``now`` (default the office clock) is when the money was received."""
    _check_request(request)
    stamp = clock.now()
    now = now or stamp
    session.flush()                 # whatever the caller left pending goes first, as an autoflush would
    connection = session.connection()
    locked = _lock(connection, request.customer_id)
    existing_id, shift_id = connection.execute(_KEY_AND_SHIFT, {
        "key": request.idempotency_key, "cashier_id": actor.user_id}).one()
    if existing_id is not None:
        return _already_posted(connection, request, existing_id, locked.credit_balance)
    if request.method == PaymentMethod.CASH and shift_id is None:
        raise ValidationError({"method": NO_SHIFT()})
    _refuse_if_paid_meanwhile(connection, request, locked)
    plan = _plan([(i.id, i.total - i.amount_paid) for i in locked.invoices], locked.credit_balance, request)
    posting = _Posting(session, connection, actor, request, plan, now, stamp)
    try:
        posting.write_receipt(shift_id)
    except sa.exc.IntegrityError as exc:
        if not _is_key_taken(exc):
            raise
        return _key_taken_meanwhile(connection, request, locked.credit_balance)
    posting.write_payments()
    paid_ids = posting.pay_invoices(locked.invoices)
    posting.record_credit(locked.credit_balance)
    # After the invoices are paid: what a settled invoice sets off is called here,
    # after the customer's and the invoices' locks and before the numbers (the
    # lock every counter shares, taken last). Both cost nothing when none was settled.
    if paid_ids:
        proforma.settle_paid_proformas(session, paid_ids)
    referral_rewards.reward_first_payment(session, actor, request.customer_id, paid_ids, now)
    posting.number()
    return posting.result()


class _Posting:
    """One payment being written: the rows, their audit entries, then the numbers."""

    def __init__(self, session: Session, connection: sa.Connection, actor: Actor, request: PaymentRequest,
                 plan: AllocationPlan, now: datetime, stamp: datetime) -> None:
        self.session, self.connection, self.actor, self.request, self.plan = session, connection, actor, request, plan
        self.now, self.stamp = now, stamp
        self.user_id = actor.user_id
        self.auditor = audit.session_auditor(session)
        self.audit_rows: list[dict[str, Any]] = []
        self.receipt_id = 0
        self.placeholder = f"~{uuid.uuid4().hex}"
        self.payment_ids: list[int] = []
        self.credit_balance = ZERO
        self.receipt_number = ""
        self.payment_numbers: list[str] = []

    def _created(self, table: sa.Table, row_id: int, values: dict[str, Any]) -> None:
        if self.auditor is not None:
            self.audit_rows.append(audit.created(*self.auditor, table, {"id": row_id, **values}))

    def _updated(self, table: sa.Table, row_id: int, old: dict[str, Any], new: dict[str, Any]) -> None:
        if self.auditor is not None:
            self.audit_rows.append(audit.updated(*self.auditor, table, row_id, old, new))

    def write_receipt(self, shift_id: int | None) -> None:
        plan, request = self.plan, self.request
        values = {
            "receipt_number": self.placeholder, "customer_id": request.customer_id, "cashier_id": self.user_id,
            "cash_shift_id": shift_id, "payment_method": request.method,
            "reference_number": request.reference.strip() or None,
            "amount_received": plan.from_money + plan.credit_added + plan.change, "amount_applied": plan.from_money,
            "credit_used": plan.credit_used, "credit_added": plan.credit_added, "change_given": plan.change,
            "status": PaymentStatus.CONFIRMED, "idempotency_key": request.idempotency_key, "print_count": 0,
            "received_at": self.now, "created_at": self.stamp, "updated_at": self.stamp}
        self.receipt_id = _insert(self.connection, _RECEIPTS, [values])[0]
        self._created(_RECEIPTS, self.receipt_id, values)

    def write_payments(self) -> None:
        request = self.request
        reference = request.reference.strip() or None
        notes = request.notes.strip() or None
        rows = [{"invoice_id": a.invoice_id, "customer_id": request.customer_id, "amount": a.amount,
                 "payment_method": request.method, "payment_date": self.now.date(), "reference_number": reference,
                 "notes": notes, "received_by": self.user_id, "status": PaymentStatus.CONFIRMED,
                 "created_at": self.stamp, "updated_at": self.stamp, "receipt_id": self.receipt_id,
                 "paid_from_credit": a.money == 0} for a in self.plan.allocations]
        self.payment_ids = _insert(self.connection, _PAYMENTS, rows)
        for payment_id, values in zip(self.payment_ids, rows):
            self._created(_PAYMENTS, payment_id, values)

    def pay_invoices(self, invoices: list[Any]) -> list[int]:
        """Each allocated invoice's amount paid and status (one statement); the ids now paid in full."""
        by_id = {i.id: i for i in invoices}
        changes: list[tuple[int, tuple[Any, ...]]] = []
        paid: list[int] = []
        for allocation in self.plan.allocations:
            invoice = by_id[allocation.invoice_id]
            amount_paid = invoice.amount_paid + allocation.amount
            status = _status_after(amount_paid, invoice.total, invoice.due_date, self.now)
            paid_at = invoice.paid_at
            old: dict[str, Any] = {"amount_paid": invoice.amount_paid}
            new: dict[str, Any] = {"amount_paid": amount_paid}
            if status != invoice.status:
                old["status"], new["status"] = invoice.status, status
            if status == InvoiceStatus.PAID:
                paid.append(invoice.id)
                if paid_at != self.now:
                    old["paid_at"], new["paid_at"] = paid_at, self.now
                paid_at = self.now
            changes.append((invoice.id, (amount_paid, status, paid_at)))
            self._updated(_INVOICES, invoice.id, old, new)
        _update_rows(self.connection, _INVOICES, ("amount_paid", "status", "paid_at"), changes)
        return paid

    def record_credit(self, balance: Decimal) -> None:
        """The credit ledger: credit applied per invoice, then any excess kept; the balance kept in step."""
        plan, request = self.plan, self.request
        moves: list[dict[str, Any]] = []
        for allocation, payment_id in zip(plan.allocations, self.payment_ids):
            if allocation.credit > 0:
                moves.append({"kind": CreditMovementKind.APPLIED, "amount": -allocation.credit,
                              "payment_id": payment_id, "invoice_id": allocation.invoice_id, "notes": None})
        if plan.credit_added:
            moves.append({"kind": CreditMovementKind.OVERPAYMENT, "amount": plan.credit_added,
                          "payment_id": None, "invoice_id": None, "notes": KEPT_AS_CREDIT_NOTE})
        rows = []
        steps = []
        for move in moves:
            after = balance + move["amount"]
            if after < 0:
                raise ValidationError({"credit": TOO_LITTLE_CREDIT(balance=format_rupiah(balance))})
            rows.append({"customer_id": request.customer_id, "kind": move["kind"], "amount": move["amount"],
                         "balance_after": after, "receipt_id": self.receipt_id, "payment_id": move["payment_id"],
                         "invoice_id": move["invoice_id"], "notes": move["notes"], "created_by": self.user_id,
                         "created_at": self.stamp})
            steps.append((balance, after))
            balance = after
        self.credit_balance = balance
        if not rows:
            return
        for move_id, values in zip(_insert(self.connection, _MOVES, rows), rows):
            self._created(_MOVES, move_id, values)
        for before, after in steps:
            self._updated(_CUSTOMERS, request.customer_id, {"credit_balance": before}, {"credit_balance": after})
        self.connection.execute(_SET_CREDIT, {"b_id": request.customer_id, "b_balance": balance})

    def number(self) -> None:
        """Take the receipt and payment numbers (the shared locks) and set them, then
        write the audit rows: the last statements before the caller commits."""
        taken = take_numbers(self.session, self.now.date(), {"receipt": 1, "payment": len(self.payment_ids)})
        self.receipt_number = taken["receipt"][0]
        self.payment_numbers = taken["payment"]
        _set_numbers(self.connection, self.receipt_id, self.receipt_number,
                     list(zip(self.payment_ids, self.payment_numbers)))
        self.audit_rows.append(audit.entry(
            self.actor, "number", "receipts", self.receipt_id, {"receipt_number": self.placeholder},
            {"receipt_number": self.receipt_number, "payment_numbers": self.payment_numbers}, "payments"))
        audit.insert_rows(self.session, self.audit_rows)

    def result(self) -> PostedPayment:
        plan = self.plan
        return PostedPayment(self.receipt_id, self.receipt_number, tuple(self.payment_numbers), plan.from_money,
                             plan.change, plan.credit_used, plan.credit_added, self.credit_balance, False)
