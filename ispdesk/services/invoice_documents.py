"""Invoices as printed documents: one, a period, or a filter, into one PDF or a folder.

:func:`invoice_documents` builds :class:`InvoiceDocument` values from the
database (letterhead, lines, DPP/PPN, credits, the dynamic QRIS for what is
due). :func:`export_invoices` writes many of them with a progress callback and
a cancel check; it reads in batches, each in a short session of its own. The
renderer is passed in (``ispdesk.printing.invoice.render_invoices``): services
never import printing.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from ispdesk.db.engine import Database
from ispdesk.db.models import CreditNote, Customer, Invoice
from ispdesk.db.unit_of_work import read
from ispdesk.domain.actor import Actor
from ispdesk.domain.documents.invoice import DocumentLine, InvoiceDocument, Totals
from ispdesk.domain.enums import CreditNoteStatus, InvoiceStatus
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.domain.messages import message
from ispdesk.domain.terbilang import rupiah_in_words
from ispdesk.services import document_parts, office_settings
from ispdesk.services.permissions import operation

MODULE = "invoices"
BATCH = 200

NO_INVOICE = message("invoices.no_invoice", "There is no invoice with id {id}.")
BAD_PERIOD = message("invoices.bad_period", "A period is written YYYY-MM, e.g. 2026-11.")
NOTHING_TO_PRINT = message("invoices.nothing_to_print", "No invoices to print: the selection is empty.")

#: ``render(documents, target, each=callback)``: one PDF of every document written
#: to ``target`` (a path, written whole then renamed: a failure leaves no file);
#: ``each(document)`` is called as each is laid out and may raise to stop.
Renderer = Callable[..., Any]


class ExportCancelled(Exception):
    """The user cancelled an export; what was written is removed (one file) or kept (folder)."""


@dataclass(frozen=True)
class InvoiceFilter:
    """Which invoices to print: a period ("2026-11"), statuses, a customer, issue dates.
    Cancelled invoices are left out unless asked for by status."""

    period: str | None = None
    statuses: tuple[str, ...] = ()
    customer_id: int | None = None
    issued_from: date | None = None
    issued_to: date | None = None


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the files and how many invoices."""

    count: int
    paths: tuple[Path, ...] = field(default_factory=tuple)


class _Context:
    """What every document of one batch shares: letterhead, tax label, static QRIS."""

    def __init__(self, session: Session) -> None:
        settings = office_settings.get_settings(session)
        self.company = office_settings.company(session)
        self.tax_label = document_parts.tax_label(document_parts.tax_rule(settings))
        self.static_qris = document_parts.static_qris(settings)


def _credits(session: Session, invoice_ids: Sequence[int]) -> dict[int, list[tuple[str, Decimal]]]:
    rows = session.execute(
        sa.select(CreditNote.invoice_id, CreditNote.credit_note_number, CreditNote.applied_to_invoice)
        .where(CreditNote.invoice_id.in_(list(invoice_ids)), CreditNote.status == CreditNoteStatus.APPLIED,
               CreditNote.applied_to_invoice > 0)
        .order_by(CreditNote.id))
    out: dict[int, list[tuple[str, Decimal]]] = {}
    for invoice_id, number, amount in rows:
        out.setdefault(invoice_id, []).append((number, amount))
    return out


def _document(ctx: _Context, invoice: Invoice, customer: Customer,
              credits: list[tuple[str, Decimal]]) -> InvoiceDocument:
    credited = sum((amount for _, amount in credits), Decimal("0"))
    due = max(invoice.total - invoice.amount_paid, Decimal("0"))
    if invoice.status == InvoiceStatus.CANCELLED:
        due = Decimal("0")
    lines = tuple(DocumentLine(description=item.description, quantity=item.quantity,
                               unit_price=item.unit_price, amount=item.amount, kind=item.kind)
                  for item in invoice.items)
    totals = Totals(subtotal=invoice.subtotal, discount=invoice.discount_amount, tax_base=invoice.tax_base,
                    tax=invoice.tax_amount, total=invoice.total + credited, tax_label=ctx.tax_label,
                    late_fee=invoice.late_fee)
    return InvoiceDocument(
        company=ctx.company, invoice_number=invoice.invoice_number, issue_date=invoice.issue_date,
        due_date=invoice.due_date, period=invoice.period or "", period_start=invoice.period_start,
        period_end=invoice.period_end, customer=document_parts.party(customer), lines=lines, totals=totals,
        credits=tuple(credits), amount_paid=invoice.amount_paid, amount_due=due,
        amount_in_words=rupiah_in_words(due), status=invoice.status,
        qris_payload=document_parts.qris_for(ctx.static_qris, due), scan_code=invoice.invoice_number,
        notes=invoice.notes or "")


def _load(session: Session, ctx: _Context, invoice_ids: Sequence[int]) -> list[InvoiceDocument]:
    invoices = session.scalars(sa.select(Invoice).where(Invoice.id.in_(list(invoice_ids)))
                               .options(selectinload(Invoice.items))).all()
    customers = {c.id: c for c in session.scalars(
        sa.select(Customer).where(Customer.id.in_({i.customer_id for i in invoices})))}
    credits = _credits(session, invoice_ids)
    by_id = {i.id: i for i in invoices}
    return [_document(ctx, by_id[i], customers[by_id[i].customer_id], credits.get(i, []))
            for i in invoice_ids if i in by_id]


@operation(MODULE, "print")
def invoice_documents(session: Session, actor: Actor, invoice_ids: Sequence[int]) -> list[InvoiceDocument]:
    """The printed form of each invoice, in the order asked (unknown ids are left out)."""
    return _load(session, _Context(session), invoice_ids)


@operation(MODULE, "print")
def invoice_document(session: Session, actor: Actor, invoice_id: int) -> InvoiceDocument:
    """The printed form of one invoice; NotFound when it does not exist."""
    documents = _load(session, _Context(session), [invoice_id])
    if not documents:
        raise NotFound(NO_INVOICE(id=invoice_id))
    return documents[0]


@operation(MODULE, "print")
def find_invoice_ids(session: Session, actor: Actor, where: InvoiceFilter) -> list[int]:
    """Ids of the invoices a filter selects, by invoice number."""
    if where.period is not None and not _is_period(where.period):
        raise ValidationError({"period": BAD_PERIOD()})
    query = sa.select(Invoice.id).order_by(Invoice.invoice_number)
    if where.period:
        query = query.where(Invoice.period == where.period)
    if where.statuses:
        query = query.where(Invoice.status.in_(list(where.statuses)))
    else:
        query = query.where(Invoice.status != InvoiceStatus.CANCELLED)
    if where.customer_id is not None:
        query = query.where(Invoice.customer_id == where.customer_id)
    if where.issued_from is not None:
        query = query.where(Invoice.issue_date >= where.issued_from)
    if where.issued_to is not None:
        query = query.where(Invoice.issue_date <= where.issued_to)
    return list(session.scalars(query))


def _is_period(text: str) -> bool:
    return len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit() \
        and 1 <= int(text[5:]) <= 12


@operation(MODULE, "print")
def iter_documents(db: Database, actor: Actor, invoice_ids: Sequence[int], *,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   batch: int = BATCH) -> Iterator[InvoiceDocument]:
    """Documents of ``invoice_ids`` read ``batch`` at a time, each batch in a short
    session; ``progress(done, total)`` after each document; raises
    :class:`ExportCancelled` as soon as ``cancelled()`` says so. The permission
    is checked when called, before the first batch is read."""
    return _iter_documents(db, actor, invoice_ids, progress=progress, cancelled=cancelled, batch=batch)


def _iter_documents(db: Database, actor: Actor, invoice_ids: Sequence[int], *,
                    progress: Callable[[int, int], None] | None,
                    cancelled: Callable[[], bool] | None, batch: int) -> Iterator[InvoiceDocument]:
    total = len(invoice_ids)
    done = 0
    for start in range(0, total, batch):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        chunk = list(invoice_ids[start:start + batch])
        for document in read(db, lambda s: invoice_documents(s, actor, chunk)):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            yield document
            done += 1
            if progress is not None:
                progress(done, total)


def file_name(document: InvoiceDocument) -> str:
    """``INV-202611-000123.pdf``: the invoice number, safe as a file name."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in document.invoice_number)
    return f"{safe}.pdf"


@operation(MODULE, "print")
def export_invoices(db: Database, actor: Actor, invoice_ids: Sequence[int], out: str | os.PathLike,
                    render: Renderer, *, one_file: bool,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None, batch: int = BATCH) -> ExportResult:
    """Write the invoices into one PDF at ``out`` (``one_file``) or one PDF each
    into the folder ``out``; ``progress(done, total)`` as invoices are laid out,
    ``cancelled()`` checked between invoices (then :class:`ExportCancelled`). A
    cancelled one-file export leaves no file behind; a cancelled folder export
    keeps the invoices finished so far."""
    if not invoice_ids:
        raise ValidationError({"invoices": NOTHING_TO_PRINT()})
    target = Path(out)
    if one_file:
        documents = list(iter_documents(db, actor, invoice_ids, cancelled=cancelled, batch=batch))
        total = len(documents)
        laid_out: list[str] = []

        def each(document: InvoiceDocument) -> None:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            laid_out.append(document.invoice_number)
            if progress is not None:
                progress(len(laid_out), total)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            render(documents, target, each=each)
        except BaseException:
            target.with_name(target.name + ".part").unlink(missing_ok=True)
            raise
        return ExportResult(count=total, paths=(target,))
    documents = iter_documents(db, actor, invoice_ids, progress=progress, cancelled=cancelled, batch=batch)
    target.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for document in documents:
        path = target / file_name(document)
        render([document], path)
        paths.append(path)
    return ExportResult(count=len(paths), paths=tuple(paths))


@operation(MODULE, "print")
def export_filtered(db: Database, actor: Actor, where: InvoiceFilter, out: str | os.PathLike, render: Renderer, *,
                    one_file: bool, progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None, batch: int = BATCH) -> ExportResult:
    """The invoices ``where`` selects (read in a short session of its own) written as
    :func:`export_invoices` does: what a "print a period" job runs. ``progress(0, n)``
    first, so the window knows how many are coming."""
    ids = read(db, lambda s: find_invoice_ids(s, actor, where))
    if progress is not None:
        progress(0, max(len(ids), 1))
    return export_invoices(db, actor, ids, out, render, one_file=one_file, progress=progress, cancelled=cancelled,
                           batch=batch)
