"""Finding the customer at the counter and what they owe.

A scanner "types" the code printed on a receipt (``ISPDESK-RCP:<number>``) or
an invoice (the bare invoice number): an exact customer, invoice or receipt
number finds that customer alone. Otherwise the text is a phone, name or
address; prefix LIKEs keep the indexes usable at 200,000 customers.

The text is normalised as every search is (:mod:`ispdesk.domain.search_text`):
control characters out, white space collapsed, at most 100 characters and 10
words (a ValidationError on ``search`` otherwise); wildcards are searched for
as they are. A number or code (every word has a digit: ``0812 3456``,
``CUST-0001``) looks at customer numbers or phones first; words with a digit
in them (``persen 100``, ``100%``) are a name.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Customer, Invoice, ProformaInvoice, Receipt
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import InvoiceStatus
from ispdesk.domain import clock
from ispdesk.domain.errors import NotFound
from ispdesk.domain.messages import message
from ispdesk.domain.money import ZERO
from ispdesk.domain.search_text import looks_like_code, normalised_search, whole_number
from ispdesk.services.permissions import operation

NO_CUSTOMER = message("lookup.no_customer", "There is no customer with id {id}.")

#: Invoice statuses that still ask for money.
OUTSTANDING = (InvoiceStatus.UNPAID, InvoiceStatus.PARTIAL, InvoiceStatus.OVERDUE)
#: What a scanned code may start with ("ISPDESK-RCP:RCP-202611-000001").
CODE_PREFIX = "ISPDESK-"
#: The most customers one lookup lists (a larger limit asks for this many).
MOST_MATCHES = 1000


@dataclass(frozen=True)
class CustomerMatch:
    """One search hit."""

    customer_id: int
    customer_number: str
    name: str
    phone: str
    address: str
    status: str
    total_due: Decimal


@dataclass(frozen=True)
class OutstandingInvoice:
    """An unpaid, partly paid or overdue invoice."""

    invoice_id: int
    invoice_number: str
    period: str
    issue_date: date
    due_date: date
    total: Decimal
    amount_paid: Decimal
    remaining: Decimal
    days_overdue: int


@dataclass(frozen=True)
class CustomerAccount:
    """A customer with their open invoices (oldest first) and credit."""

    customer_id: int
    customer_number: str
    name: str
    phone: str
    address: str
    status: str
    invoices: tuple[OutstandingInvoice, ...]
    total_due: Decimal
    credit_balance: Decimal


def _code(text: str) -> str:
    """The document number in a scanned code: ``ISPDESK-RCP:RCP-…`` -> ``RCP-…``."""
    upper = text.upper()
    if upper.startswith(CODE_PREFIX) and ":" in upper:
        return upper.partition(":")[2].strip()
    return upper


def _customer_by_code(session: Session, code: str) -> int | None:
    """The customer an exact customer, invoice, receipt or proforma number belongs to."""
    for column, owner in ((Customer.customer_number, Customer.id), (Invoice.invoice_number, Invoice.customer_id),
                          (Receipt.receipt_number, Receipt.customer_id),
                          (ProformaInvoice.proforma_number, ProformaInvoice.customer_id)):
        found = session.execute(sa.select(owner).where(column == code)).scalar()
        if found is not None:
            return found
    return None


def phone_variants(text: str) -> list[str]:
    """A phone typed the local way (0812…) also finds +62812…, and back."""
    digits = text.replace(" ", "").replace("-", "")
    if digits.startswith("0"):
        return [digits, "+62" + digits[1:]]
    if digits.startswith("+62"):
        return [digits, "0" + digits[3:]]
    if digits.startswith("62"):
        return ["+" + digits, "0" + digits[2:], digits]
    return [digits]


def _like_prefix(text: str) -> str:
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"


def _like_inside(text: str) -> str:
    return "%" + _like_prefix(text)


def _search_ids(session: Session, text: str, limit: int) -> list[int]:
    """Ids of customers matching ``text``: for a number or code, a customer
    number's or phone's beginning (indexed ranges); else, or when no number
    matches, a name's beginning (indexed), a word inside a name (a scan of the
    name index), and for words only, when no name matches, the addresses (a table scan)."""
    ids_of = lambda where, n: list(session.scalars(sa.select(Customer.id).where(where).limit(n)))  # noqa: E731
    code = looks_like_code(text)
    if code:
        if text[0].isalpha():
            ids = ids_of(Customer.customer_number.like(_like_prefix(text.upper()), escape="/"), limit)
        else:
            ids = ids_of(sa.or_(*[Customer.phone.like(_like_prefix(v), escape="/") for v in phone_variants(text)]),
                         limit)
        if ids:
            return ids
    ids = list(session.scalars(sa.select(Customer.id).where(Customer.name.like(_like_prefix(text), escape="/"))
                               .order_by(Customer.name).limit(limit)))
    if len(ids) < limit:
        inside = ids_of(Customer.name.like(_like_inside(text), escape="/"), limit * 2)
        ids += [i for i in inside if i not in ids][:limit - len(ids)]
    if not ids and not code:
        ids = ids_of(Customer.address.like(_like_inside(text), escape="/"), limit)
    return ids


def total_due(session: Session, customer_ids: Iterable[int]) -> dict[int, Decimal]:
    """What each customer still owes on outstanding invoices."""
    ids = list(customer_ids)
    if not ids:
        return {}
    rows = session.execute(
        sa.select(Invoice.customer_id, sa.func.sum(Invoice.total - Invoice.amount_paid))
        .where(Invoice.customer_id.in_(ids), Invoice.status.in_(OUTSTANDING)).group_by(Invoice.customer_id))
    return {customer_id: Decimal(due or 0).quantize(ZERO) for customer_id, due in rows}


@operation("customers", "view")
def find_customers(session: Session, actor: Actor, text: str, *, limit: int = 20) -> list[CustomerMatch]:
    """Customers matching ``text``: an exact customer / invoice / receipt number or a
    scanned code ("ISPDESK-RCP:<number>") gives that customer alone; otherwise
    phone (0812.. also matches +62812..), customer number, name, address.
    ``text`` too long or of too many words is a ValidationError on ``search``."""
    text = normalised_search(text)
    limit = min(max(1, whole_number(limit, field="limit")), MOST_MATCHES)
    if not text:
        return []
    exact = _customer_by_code(session, _code(text)) if " " not in text else None
    ids = [exact] if exact is not None else _search_ids(session, text, limit)
    if not ids:
        return []
    rows = {row.id: row for row in session.execute(
        sa.select(Customer.id, Customer.customer_number, Customer.name, Customer.phone, Customer.address,
                  Customer.status).where(Customer.id.in_(ids)))}
    dues = total_due(session, ids)
    return [CustomerMatch(i, rows[i].customer_number, rows[i].name, rows[i].phone or "", rows[i].address or "",
                          str(rows[i].status), dues.get(i, ZERO)) for i in ids if i in rows]


def outstanding_invoices(session: Session, customer_id: int, today: date) -> tuple[OutstandingInvoice, ...]:
    """The customer's outstanding invoices, oldest first (due date, then id)."""
    rows = session.execute(
        sa.select(Invoice.id, Invoice.invoice_number, Invoice.period, Invoice.issue_date, Invoice.due_date,
                  Invoice.total, Invoice.amount_paid)
        .where(Invoice.customer_id == customer_id, Invoice.status.in_(OUTSTANDING))
        .order_by(Invoice.due_date, Invoice.id))
    return tuple(OutstandingInvoice(r.id, r.invoice_number, r.period or "", r.issue_date, r.due_date, r.total,
                                    r.amount_paid, r.total - r.amount_paid, max(0, (today - r.due_date).days))
                 for r in rows if r.total - r.amount_paid > 0)


@operation("customers", "view")
def customer_account(session: Session, actor: Actor, customer_id: int, *,
                     today: date | None = None) -> CustomerAccount:
    """The customer's open invoices (oldest first), total due and credit; days
    overdue counted to ``today`` (default the office's today)."""
    today = today or clock.today()
    customer_id = whole_number(customer_id, field="customer_id")
    row = session.execute(
        sa.select(Customer.customer_number, Customer.name, Customer.phone, Customer.address, Customer.status,
                  Customer.credit_balance).where(Customer.id == customer_id)).first()
    if row is None:
        raise NotFound(NO_CUSTOMER(id=customer_id))
    invoices = outstanding_invoices(session, customer_id, today)
    return CustomerAccount(customer_id, row.customer_number, row.name, row.phone or "", row.address or "",
                           str(row.status), invoices, sum((i.remaining for i in invoices), ZERO),
                           row.credit_balance)
