"""Credit notes: a credit against an invoice, full or part, with a reason,
approved by a supervisor; numbered ``CN-YYYYMM-nnnnnn``.

Approval applies the credit at once (status ``applied``): it reduces what the
invoice still owes (its ``total``, and its status follows) and whatever the
invoice no longer owes — it was paid already — becomes customer credit (a
``customer_credit_movements`` row with ``balance_after`` and
``customers.credit_balance`` in the same transaction). The credit note row,
then the invoice, then the customer are locked, in that order.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.engine import Database
from ispdesk.db.models import CreditNote, Customer, CustomerCreditMovement, Invoice, User
from ispdesk.db.sequences import next_number
from ispdesk.db.unit_of_work import write
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor, Workstation
from ispdesk.domain.documents.invoice import CreditNoteDocument
from ispdesk.domain.enums import CreditMovementKind, CreditNoteStatus, InvoiceStatus
from ispdesk.domain.errors import ConflictError, NotFound, ValidationError
from ispdesk.domain.messages import Message, message, status_word
from ispdesk.domain.money import ZERO, MoneyError, format_rupiah, to_money
from ispdesk.domain.terbilang import rupiah_in_words
from ispdesk.services import audit, auth, document_parts, office_settings
from ispdesk.services.permissions import operation, require_approver

MODULE = "credit_notes"

CHOOSE_INVOICE = message("credit_notes.choose_invoice", "Choose the invoice to credit.")
INVOICE_CANCELLED = message("credit_notes.invoice_cancelled",
                            "Invoice {number} is cancelled: there is nothing to credit.")
NO_REASON = message("credit_notes.no_reason", "Say why the customer is credited.")
NOT_POSITIVE = message("credit_notes.not_positive", "The credit must be more than zero.")
TOO_MUCH = message("credit_notes.too_much", "At most {room} can still be credited on invoice {number}.")
OTHER_CUSTOMER = message("credit_notes.other_customer", "The credit note's customer is not the invoice's customer.")
NO_CREDIT_NOTE = message("credit_notes.no_credit_note", "There is no credit note with id {id}.")
NOT_A_DRAFT = message("credit_notes.not_a_draft", "Credit note {number} is {status}: only a draft is approved.")
NOT_A_DRAFT_TO_CANCEL = message("credit_notes.not_a_draft_to_cancel",
                                "Credit note {number} is {status}; only a draft can be cancelled.")
#: The note on the customer's credit ledger row an applied credit note writes (stored).
LEDGER_NOTE = "Nota kredit {number}"
#: Credit notes that count against what an invoice can still be credited.
CLAIMING = (CreditNoteStatus.DRAFT, CreditNoteStatus.APPROVED, CreditNoteStatus.APPLIED)


@dataclass(frozen=True)
class CreditNoteSummary:
    id: int
    number: str
    amount: Decimal


@dataclass(frozen=True)
class AppliedCreditNote:
    """What an approval did."""

    number: str
    approved_by: str
    applied_to_invoice: Decimal
    applied_to_credit: Decimal
    invoice_number: str
    invoice_status: str
    amount_due: Decimal          # what the invoice still owes
    credit_balance: Decimal      # the customer's credit afterwards


def _original_total(session: Session, invoice: Invoice) -> Decimal:
    """The invoice's total before any credit note reduced it."""
    credited = session.scalar(sa.select(sa.func.coalesce(sa.func.sum(CreditNote.applied_to_invoice), 0))
                              .where(CreditNote.invoice_id == invoice.id,
                                     CreditNote.status == CreditNoteStatus.APPLIED))
    return invoice.total + Decimal(credited)


def creditable(session: Session, invoice: Invoice, *, except_id: int | None = None) -> Decimal:
    """How much more can be credited on ``invoice`` (its original total less every
    credit note drafted, approved or applied on it)."""
    claimed = sa.select(sa.func.coalesce(sa.func.sum(CreditNote.amount), 0)).where(
        CreditNote.invoice_id == invoice.id, CreditNote.status.in_(CLAIMING))
    if except_id is not None:
        claimed = claimed.where(CreditNote.id != except_id)
    return max(_original_total(session, invoice) - Decimal(session.scalar(claimed)), ZERO)


def _check(session: Session, invoice: Invoice | None, amount: Decimal, reason: str,
           except_id: int | None = None) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    if invoice is None:
        return {"invoice_id": CHOOSE_INVOICE()}
    if invoice.status == InvoiceStatus.CANCELLED:
        errors["invoice_id"] = INVOICE_CANCELLED(number=invoice.invoice_number)
    if not reason.strip():
        errors["reason"] = NO_REASON()
    if amount <= 0:
        errors["amount"] = NOT_POSITIVE()
    else:
        room = creditable(session, invoice, except_id=except_id)
        if amount > room:
            errors["amount"] = TOO_MUCH(room=format_rupiah(room), number=invoice.invoice_number)
    return errors


@operation(MODULE, "create")
def request_credit_note(session: Session, actor: Actor, invoice_id: int, reason: str,
                        amount: Decimal | str | None = None, *, today: date | None = None) -> CreditNoteSummary:
    """Draft a credit note for ``amount`` (None: all that can still be credited) on an
    invoice, numbered in the month of ``today`` (default the office's today)."""
    invoice = session.get(Invoice, invoice_id)
    errors: dict[str, Message] = {}
    if amount is None or (isinstance(amount, str) and not amount.strip()):
        value = creditable(session, invoice) if invoice is not None else ZERO
    else:
        try:
            value = to_money(amount)
        except MoneyError as exc:
            errors["amount"] = exc.message
            value = ZERO
    errors = {**_check(session, invoice, value, reason), **errors}
    if errors:
        raise ValidationError(errors)
    note = CreditNote(credit_note_number=next_number(session, "credit_note", today or clock.today()),
                      invoice_id=invoice.id, customer_id=invoice.customer_id, amount=value, reason=reason.strip(),
                      status=CreditNoteStatus.DRAFT, requested_by=actor.user_id)
    session.add(note)
    session.flush()
    return CreditNoteSummary(note.id, note.credit_note_number, note.amount)


def _locked(session: Session, model, row_id: int):
    return session.scalars(sa.select(model).where(model.id == row_id).with_for_update()).first()


def _new_status(invoice: Invoice) -> str:
    if invoice.amount_paid >= invoice.total:
        return InvoiceStatus.CANCELLED if invoice.amount_paid == 0 else InvoiceStatus.PAID
    if invoice.amount_paid > 0:
        return InvoiceStatus.PARTIAL
    return invoice.status


@operation(MODULE, "view")
def approve_credit_note(session: Session, actor: Actor, credit_note_id: int, approver: Actor, *,
                        now: datetime | None = None) -> AppliedCreditNote:
    """Approve a draft credit note and apply it. ``approver`` is the person whose
    credentials were checked (:func:`approve_with_credentials` does both); they
    need the ``(credit_notes, approve)`` permission."""
    require_approver(approver, MODULE)
    now = (now or clock.now()).replace(microsecond=0)
    note = _locked(session, CreditNote, credit_note_id)
    if note is None:
        raise NotFound(NO_CREDIT_NOTE(id=credit_note_id))
    if note.status != CreditNoteStatus.DRAFT:
        raise ConflictError(NOT_A_DRAFT(number=note.credit_note_number, status=status_word(note.status)))
    invoice = _locked(session, Invoice, note.invoice_id)
    errors = _check(session, invoice, note.amount, note.reason, except_id=note.id)
    if invoice is not None and invoice.customer_id != note.customer_id:
        errors["customer_id"] = OTHER_CUSTOMER()
    if errors:
        raise ValidationError(errors)
    owed = max(invoice.total - invoice.amount_paid, ZERO)
    to_invoice = min(note.amount, owed)
    to_credit = note.amount - to_invoice
    invoice.total -= to_invoice
    invoice.status = _new_status(invoice)
    if invoice.status == InvoiceStatus.PAID and invoice.paid_at is None:
        invoice.paid_at = now
    customer = _locked(session, Customer, note.customer_id)
    if to_credit > 0:
        customer.credit_balance += to_credit
        session.add(CustomerCreditMovement(
            customer_id=customer.id, kind=CreditMovementKind.CREDIT_NOTE, amount=to_credit,
            balance_after=customer.credit_balance, invoice_id=invoice.id, credit_note_id=note.id,
            notes=LEDGER_NOTE.format(number=note.credit_note_number), created_by=actor.user_id))
    note.status = CreditNoteStatus.APPLIED
    note.approved_by = approver.user_id
    note.approved_at = now
    note.applied_to_invoice = to_invoice
    note.applied_to_credit = to_credit
    session.flush()
    audit.record(session, actor, "approve", "credit_notes", note.id,
                 new={"approved_by": approver.username, "amount": note.amount}, module=MODULE)
    return AppliedCreditNote(number=note.credit_note_number, approved_by=approver.name,
                             applied_to_invoice=to_invoice, applied_to_credit=to_credit,
                             invoice_number=invoice.invoice_number, invoice_status=invoice.status,
                             amount_due=max(invoice.total - invoice.amount_paid, ZERO),
                             credit_balance=customer.credit_balance)


@operation(MODULE, "view")
def approve_with_credentials(db: Database, actor: Actor, credit_note_id: int, username: str,
                             password: str, *, workstation: Workstation | None = None,
                             now: datetime | None = None) -> AppliedCreditNote:
    """Check the supervisor's credentials (a failure is recorded and counts towards
    the lock), then approve in a transaction of its own."""
    approver = auth.verify_supervisor(db, username, password, workstation, now=now)
    return write(db, lambda s: approve_credit_note(s, actor, credit_note_id, approver, now=now),
                 info=audit.actor_info(actor, MODULE))


@operation(MODULE, "edit")
def cancel_credit_note(session: Session, actor: Actor, credit_note_id: int) -> None:
    """Cancel a credit note that is still a draft."""
    note = _locked(session, CreditNote, credit_note_id)
    if note is None:
        raise NotFound(NO_CREDIT_NOTE(id=credit_note_id))
    if note.status != CreditNoteStatus.DRAFT:
        raise ConflictError(NOT_A_DRAFT_TO_CANCEL(number=note.credit_note_number, status=status_word(note.status)))
    note.status = CreditNoteStatus.CANCELLED
    session.flush()


@operation(MODULE, "view")
def credit_note_document(session: Session, actor: Actor, credit_note_id: int) -> CreditNoteDocument:
    """The printed form of a credit note: the amount split into DPP and PPN like its invoice."""
    note = session.get(CreditNote, credit_note_id)
    if note is None:
        raise NotFound(NO_CREDIT_NOTE(id=credit_note_id))
    invoice = session.get(Invoice, note.invoice_id)
    settings = office_settings.get_settings(session)
    rule = document_parts.tax_rule(settings)
    split = document_parts.split_inclusive(note.amount, rule, taxed=invoice.tax_amount > 0)
    names = dict(session.execute(sa.select(User.id, User.name).where(
        User.id.in_([i for i in (note.requested_by, note.approved_by) if i is not None]))).all())
    return CreditNoteDocument(
        company=office_settings.company(session), credit_note_number=note.credit_note_number,
        issue_date=(note.approved_at or note.created_at or clock.now()).date(),
        invoice_number=invoice.invoice_number, invoice_date=invoice.issue_date,
        customer=document_parts.party(session.get(Customer, note.customer_id)), reason=note.reason,
        amount=note.amount, net=split.subtotal, tax_base=split.tax_base, tax=split.tax,
        tax_label=document_parts.tax_label(rule), amount_in_words=rupiah_in_words(note.amount),
        status=note.status, applied_to_invoice=note.applied_to_invoice, applied_to_credit=note.applied_to_credit,
        requested_by=names.get(note.requested_by, ""), approved_by=names.get(note.approved_by, ""),
        scan_code=note.credit_note_number)
