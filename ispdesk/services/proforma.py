"""Proforma invoices: installation fee, deposit and prepaid months, asked for
before service starts; numbered ``PRF-YYYYMM-nnnnnn``.

PPN is charged on the installation fee and the prepaid months, not on the
deposit (a refundable security, not a supply). :func:`convert_to_invoice` makes
the real invoice the cashier takes payment on (once: a second call returns the
same invoice); :func:`settle_paid_proformas` is what the payment flow calls
after posting, so a proforma whose invoice is paid becomes ``paid``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Contract, Customer, Invoice, InvoiceItem, ProformaInvoice
from ispdesk.db.sequences import next_number
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.documents.invoice import DocumentLine, ProformaDocument, Totals
from ispdesk.domain.enums import InvoiceLineKind, InvoiceStatus, ProformaStatus
from ispdesk.domain.errors import ConflictError, NotFound, ValidationError
from ispdesk.domain.messages import Message, message
from ispdesk.domain.money import MoneyError, ZERO, to_money
from ispdesk.domain.tax import apply_tax
from ispdesk.domain.terbilang import rupiah_in_words
from ispdesk.services import document_parts, office_settings, subscriptions
from ispdesk.services.permissions import operation

MODULE = "proforma_invoices"
MAX_PREPAID_MONTHS = 36

NEGATIVE = message("proforma.negative", "The amount cannot be negative.")
NO_CONTRACT = message("proforma.no_contract", "There is no such contract.")
OTHER_CUSTOMERS_CONTRACT = message("proforma.other_customers_contract", "This contract belongs to another customer.")
CHOOSE_CUSTOMER = message("proforma.choose_customer", "Choose a customer.")
BAD_MONTHS = message("proforma.bad_months", "Prepaid months is a whole number from 0 to {most}.")
NO_MONTHLY_PRICE = message("proforma.no_monthly_price", "Give the monthly price of the prepaid months.")
NOTHING_ASKED = message("proforma.nothing_asked",
                        "A proforma needs an installation fee, a deposit or prepaid months.")
NO_PROFORMA = message("proforma.no_proforma", "There is no proforma invoice with id {id}.")
CANCELLED = message("proforma.cancelled", "Proforma {number} was cancelled; it cannot become an invoice.")
#: The lines of a proforma (printed, and written into the invoice it becomes in the office's language).
LINE_INSTALLATION = message("proforma.line_installation", "Installation fee")
LINE_DEPOSIT = message("proforma.line_deposit", "Deposit (a refundable security, no PPN)")
LINE_PREPAID = message("proforma.line_prepaid", "Subscription paid in advance, %n month(s)")
INVOICE_NOTE = message("proforma.invoice_note", "From proforma {number}")


@dataclass(frozen=True)
class ProformaRequest:
    """What the sales desk enters. ``None`` amounts come from the contract (or 0);
    ``monthly_price`` from the contract when prepaid months are asked for."""

    customer_id: int
    installation_fee: Decimal | str | None = None
    deposit: Decimal | str | None = None
    prepaid_months: int = 0
    monthly_price: Decimal | str | None = None
    contract_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class ProformaSummary:
    id: int
    number: str
    total: Decimal


@dataclass(frozen=True)
class ConvertedProforma:
    """The invoice a proforma became; ``created`` is False when it already had one."""

    proforma_number: str
    invoice_id: int
    invoice_number: str
    total: Decimal
    created: bool


def _amount(value: Decimal | str | None, fallback: Decimal | None, field: str,
            errors: dict[str, Message]) -> Decimal:
    if value is None or (isinstance(value, str) and not value.strip()):
        return fallback if fallback is not None else ZERO
    try:
        amount = to_money(value)
    except MoneyError as exc:
        errors[field] = exc.message
        return ZERO
    if amount < 0:
        errors[field] = NEGATIVE()
    return amount


def _contract(session: Session, request: ProformaRequest, errors: dict[str, Message]) -> Contract | None:
    if request.contract_id is None:
        return None
    contract = session.get(Contract, request.contract_id)
    if contract is None:
        errors["contract_id"] = NO_CONTRACT()
    elif contract.customer_id != request.customer_id:
        errors["contract_id"] = OTHER_CUSTOMERS_CONTRACT()
        return None
    return contract


@operation(MODULE, "create")
def create_proforma(session: Session, actor: Actor, request: ProformaRequest, *,
                    today: date | None = None) -> ProformaSummary:
    """Issue a proforma dated ``today`` (default the office's today);
    ValidationError (field -> message) before anything is written."""
    today = today or clock.today()
    errors: dict[str, Message] = {}
    if request.customer_id is None or session.get(Customer, request.customer_id) is None:
        errors["customer_id"] = CHOOSE_CUSTOMER()
    contract = _contract(session, request, errors)
    installation = _amount(request.installation_fee, contract.installation_fee if contract else None,
                           "installation_fee", errors)
    deposit = _amount(request.deposit, contract.deposit if contract else None, "deposit", errors)
    months = request.prepaid_months
    if not isinstance(months, int) or not 0 <= months <= MAX_PREPAID_MONTHS:
        errors["prepaid_months"] = BAD_MONTHS(most=MAX_PREPAID_MONTHS)
        months = 0
    monthly = _amount(request.monthly_price, contract.monthly_fee if contract else None, "monthly_price", errors)
    if months and monthly <= 0 and "monthly_price" not in errors:
        errors["monthly_price"] = NO_MONTHLY_PRICE()
    prepaid = monthly * months
    if not errors and installation + deposit + prepaid <= 0:
        errors["installation_fee"] = NOTHING_ASKED()
    if errors:
        raise ValidationError(errors)
    settings = office_settings.get_settings(session)
    taxed = apply_tax(installation + prepaid, document_parts.tax_rule(settings))
    proforma = ProformaInvoice(
        proforma_number=next_number(session, "proforma", today), customer_id=request.customer_id,
        contract_id=contract.id if contract else None, issue_date=today,
        due_date=today + timedelta(days=int(settings["billing.due_days"])), installation_fee=installation,
        deposit=deposit, prepaid_months=months, prepaid_amount=prepaid, subtotal=taxed.subtotal + deposit,
        tax_base=taxed.tax_base, tax_amount=taxed.tax, total=taxed.total + deposit,
        status=ProformaStatus.ISSUED, notes=request.notes.strip() or None,
        created_by=actor.user_id)
    session.add(proforma)
    session.flush()
    return ProformaSummary(proforma.id, proforma.proforma_number, proforma.total)


def _lines(proforma: ProformaInvoice) -> list[DocumentLine]:
    """Installation, deposit, prepaid months: the lines of the proforma and of its invoice."""
    lines = []
    if proforma.installation_fee:
        lines.append(DocumentLine(LINE_INSTALLATION().render(), Decimal(1), proforma.installation_fee,
                                  proforma.installation_fee, InvoiceLineKind.INSTALLATION))
    if proforma.deposit:
        lines.append(DocumentLine(LINE_DEPOSIT().render(), Decimal(1), proforma.deposit,
                                  proforma.deposit, InvoiceLineKind.DEPOSIT))
    if proforma.prepaid_months:
        monthly = proforma.prepaid_amount / proforma.prepaid_months
        lines.append(DocumentLine(LINE_PREPAID(count=proforma.prepaid_months).render(),
                                  Decimal(proforma.prepaid_months), monthly, proforma.prepaid_amount,
                                  InvoiceLineKind.PACKAGE))
    return lines


@operation(MODULE, "edit")
def convert_to_invoice(session: Session, actor: Actor, proforma_id: int, *,
                       today: date | None = None) -> ConvertedProforma:
    """The real invoice for a proforma (from the proforma tab), made once (the
    proforma row is locked): a second call returns the first invoice.
    Cancelled proformas are refused. Dated ``today`` (default the office's today)."""
    return _convert(session, actor, proforma_id, today or clock.today())


@operation("payments", "create")
def convert_for_payment(session: Session, actor: Actor, proforma_id: int, *,
                        today: date | None = None) -> ConvertedProforma:
    """The same at the counter: a cashier who takes the payment of a scanned
    proforma converts it first (:func:`unconverted_proforma_id`)."""
    return _convert(session, actor, proforma_id, today or clock.today())


def _convert(session: Session, actor: Actor, proforma_id: int, today: date) -> ConvertedProforma:
    proforma = session.scalars(sa.select(ProformaInvoice).where(ProformaInvoice.id == proforma_id)
                               .with_for_update()).first()
    if proforma is None:
        raise NotFound(NO_PROFORMA(id=proforma_id))
    if proforma.invoice_id is not None:
        invoice = session.get(Invoice, proforma.invoice_id)
        return ConvertedProforma(proforma.proforma_number, invoice.id, invoice.invoice_number, invoice.total, False)
    if proforma.status == ProformaStatus.CANCELLED:
        raise ConflictError(CANCELLED(number=proforma.proforma_number))
    due = proforma.due_date if proforma.due_date and proforma.due_date >= today else today
    invoice = Invoice(invoice_number=next_number(session, "invoice", today), customer_id=proforma.customer_id,
                      period=None, issue_date=today, due_date=due, subtotal=proforma.subtotal,
                      discount_amount=ZERO, tax_base=proforma.tax_base, tax_amount=proforma.tax_amount,
                      total=proforma.total, amount_paid=ZERO, status=InvoiceStatus.UNPAID,
                      notes=INVOICE_NOTE(number=proforma.proforma_number).render(),
                      created_by=actor.user_id)
    invoice.items = [InvoiceItem(kind=line.kind, description=line.description, quantity=line.quantity,
                                 unit_price=line.unit_price, amount=line.amount) for line in _lines(proforma)]
    session.add(invoice)
    session.flush()
    proforma.invoice_id = invoice.id
    session.flush()
    return ConvertedProforma(proforma.proforma_number, invoice.id, invoice.invoice_number, invoice.total, True)


def _any_proforma(session: Session, invoice_ids: list[int] | tuple[int, ...]) -> bool:
    """Whether any of these invoices came from a proforma: a plain read that nearly every
    payment answers with "no", before any ORM object is built."""
    table = ProformaInvoice.__table__
    return session.execute(sa.select(table.c.id).where(table.c.invoice_id.in_(list(invoice_ids))).limit(1)
                           ).first() is not None


def settle_paid_proformas(session: Session, invoice_ids: list[int] | tuple[int, ...]) -> list[str]:
    """Mark ``paid`` the proformas whose invoice (among ``invoice_ids``) is now fully
    paid; returns their numbers. Called by the payment flow in its own transaction.
    Their prepaid months move an installed subscription on (see
    :func:`~ispdesk.services.subscriptions.hand_over_prepaid`)."""
    if not invoice_ids or not _any_proforma(session, invoice_ids):
        return []
    rows = session.scalars(
        sa.select(ProformaInvoice).join(Invoice, Invoice.id == ProformaInvoice.invoice_id)
        .where(ProformaInvoice.invoice_id.in_(list(invoice_ids)), Invoice.status == InvoiceStatus.PAID,
               ProformaInvoice.status == ProformaStatus.ISSUED)).all()
    for proforma in rows:
        proforma.status = ProformaStatus.PAID
    subscriptions.hand_over_prepaid(session, rows, +1)
    session.flush()
    return [p.proforma_number for p in rows]


def unconverted_proforma_id(session: Session, code: str) -> int | None:
    """The id of the issued proforma numbered ``code`` (as typed or scanned) that has
    no invoice yet: the counter converts it before taking its payment."""
    number = code.strip().upper()
    if not number.startswith("PRF-"):
        return None
    return session.execute(sa.select(ProformaInvoice.id).where(
        ProformaInvoice.proforma_number == number, ProformaInvoice.invoice_id.is_(None),
        ProformaInvoice.status == ProformaStatus.ISSUED)).scalar()


def reopen_unpaid_proformas(session: Session, invoice_ids: list[int] | tuple[int, ...]) -> list[str]:
    """The reverse of :func:`settle_paid_proformas` after a void or refund: a
    ``paid`` proforma whose invoice is no longer fully paid is ``issued`` again,
    and the months it prepaid are billable again."""
    if not invoice_ids:
        return []
    rows = session.scalars(
        sa.select(ProformaInvoice).join(Invoice, Invoice.id == ProformaInvoice.invoice_id)
        .where(ProformaInvoice.invoice_id.in_(list(invoice_ids)), Invoice.status != InvoiceStatus.PAID,
               ProformaInvoice.status == ProformaStatus.PAID)).all()
    for proforma in rows:
        proforma.status = ProformaStatus.ISSUED
    subscriptions.hand_over_prepaid(session, rows, -1)
    session.flush()
    return [p.proforma_number for p in rows]


@operation(MODULE, "print")
def proforma_document(session: Session, actor: Actor, proforma_id: int) -> ProformaDocument:
    """The printed form of a proforma (with the dynamic QRIS for its total while it is open)."""
    proforma = session.get(ProformaInvoice, proforma_id)
    if proforma is None:
        raise NotFound(NO_PROFORMA(id=proforma_id))
    settings = office_settings.get_settings(session)
    invoice_number = ""
    if proforma.invoice_id is not None:
        invoice_number = session.scalar(sa.select(Invoice.invoice_number).where(Invoice.id == proforma.invoice_id))
    payable = proforma.status == ProformaStatus.ISSUED
    rule = document_parts.tax_rule(settings)
    return ProformaDocument(
        company=office_settings.company(session), proforma_number=proforma.proforma_number,
        issue_date=proforma.issue_date, due_date=proforma.due_date,
        customer=document_parts.party(session.get(Customer, proforma.customer_id)),
        lines=tuple(_lines(proforma)),
        totals=Totals(subtotal=proforma.subtotal, discount=ZERO, tax_base=proforma.tax_base,
                      tax=proforma.tax_amount, total=proforma.total, tax_label=document_parts.tax_label(rule)),
        amount_in_words=rupiah_in_words(proforma.total), status=proforma.status, invoice_number=invoice_number,
        qris_payload=document_parts.qris_for(document_parts.static_qris(settings), proforma.total)
        if payable else "",
        scan_code=invoice_number or proforma.proforma_number, notes=proforma.notes or "")
