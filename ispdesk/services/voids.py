"""Voiding or refunding a receipt, approved by a supervisor."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ispdesk.domain.actor import Actor


def void_receipt(session: Session, actor: Actor | None, receipt_id: int, *, supervisor: Actor,
                 reason: str, refund: bool) -> None:
    """Reverse a receipt: invoices' amount_paid/status back, credit corrected
    (ledger movement), payments + receipt keep their numbers with status
    ``refunded`` (refund=True: money given back) or ``failed`` (void).
    ``supervisor`` (from auth.verify_supervisor / check_supervisor) needs payments.approve."""
    raise NotImplementedError
