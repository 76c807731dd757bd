"""Finding the customer at the counter and what they owe."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from ispdesk.domain.actor import Actor


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


def find_customers(session: Session, actor: Actor | None, text: str, *, limit: int = 20) -> list[CustomerMatch]:
    """Customers matching ``text``: an exact customer / invoice / receipt number or a
    receipt QR text ("ISPDESK-RCP:<number>") gives that customer alone; otherwise
    phone (0812.. also matches +62812..), name, address prefixes."""
    raise NotImplementedError


def customer_account(session: Session, actor: Actor | None, customer_id: int, *, today: date) -> CustomerAccount:
    """The customer's open invoices (oldest first), total due and credit."""
    raise NotImplementedError
