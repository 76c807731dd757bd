"""Receipts as printed: the data, and counting prints (original, then COPY n)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ispdesk.domain.actor import Actor
from ispdesk.domain.documents.receipt import ReceiptData

#: Prefix of a receipt's QR code text; find_customers accepts it.
VERIFICATION_PREFIX = "ISPDESK-RCP:"


def verification_text(receipt_number: str) -> str:
    """The QR code text of a receipt."""
    return f"{VERIFICATION_PREFIX}{receipt_number}"


def receipt_data(session: Session, actor: Actor | None, receipt_id: int) -> ReceiptData:
    """The receipt; ``copy_number`` = prints so far (0 before the first print)."""
    raise NotImplementedError


def record_print(session: Session, actor: Actor | None, receipt_id: int) -> ReceiptData:
    """Count one print and return what to print: the first is the original
    (copy 0), each later one COPY n. Audited."""
    raise NotImplementedError


def receipt_for_payment(session: Session, actor: Actor | None, payment_id: int) -> int:
    """The receipt id of a payments row."""
    raise NotImplementedError
