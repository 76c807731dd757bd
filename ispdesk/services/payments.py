"""Taking a payment at the counter: one receipt, one payment row per invoice."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from ispdesk.domain.actor import Actor
from ispdesk.domain.allocation import AllocationPlan
from ispdesk.services.customer_lookup import CustomerAccount


@dataclass(frozen=True)
class PaymentRequest:
    """What the cashier entered. ``idempotency_key`` is made once per dialog
    (uuid4().hex) and reused on every retry of the same payment."""

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


def preview(account: CustomerAccount, request: PaymentRequest) -> AllocationPlan:
    """The plan :func:`post_payment` would make, for live display (pure; raises ValidationError)."""
    raise NotImplementedError


def post_payment(session: Session, actor: Actor | None, request: PaymentRequest, *,
                 now: datetime | None = None) -> PostedPayment:
    """Post a payment (never commits). A known idempotency key returns the first
    receipt with ``already_posted=True``."""
    raise NotImplementedError
