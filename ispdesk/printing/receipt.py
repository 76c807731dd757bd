"""The payment receipt: 80 mm and 58 mm rolls, A5 page.

:func:`receipt_view` turns :class:`ReceiptData` into the labelled rows every
output prints (the PDF here, ESC/POS bytes in :mod:`.escpos`), so both say the
same thing, in the office's language (``translate("Print", …)``: "Cashier"
prints "Kasir" in Indonesian); :func:`render_receipt` lays them out with ReportLab.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ispdesk.domain.documents.receipt import ReceiptData
from ispdesk.domain.enums import PaymentMethod, PaymentStatus
from ispdesk.domain.messages import message, translate
from ispdesk.domain.money import ZERO
from ispdesk.printing import base
from ispdesk.printing.base import Target


def _method_names() -> dict[str, str]:
    return {
        PaymentMethod.CASH: translate("Print", "Cash"),
        PaymentMethod.TRANSFER: translate("Print", "Bank transfer"),
        PaymentMethod.QRIS: "QRIS",
        PaymentMethod.MIDTRANS: "Midtrans",
        PaymentMethod.OTHER: translate("Print", "Other"),
    }


ROLL_PAPERS = ("80mm", "58mm")
QR_SIZES = {"80mm": 30 * mm, "58mm": 26 * mm, "A5": 30 * mm}
RECEIPT_TITLE = message("print.receipt_title", "Receipt {number}")


@dataclass(frozen=True)
class Row:
    """One ``label ... value`` row; ``emphasis`` is "", "bold" or "big"."""

    label: str
    value: str
    emphasis: str = ""


@dataclass(frozen=True)
class InvoiceRow:
    invoice_number: str
    period: str
    paid: str
    remaining: str


@dataclass(frozen=True)
class ReceiptView:
    """What a receipt prints, as text, in order."""

    stamps: tuple[str, ...]          # "VOID" / "REFUNDED", "COPY n" (in the office's language)
    title: str
    info: tuple[Row, ...]            # receipt and payment numbers, date, cashier, shift
    customer: tuple[str, ...]        # number, name, address lines
    invoices: tuple[InvoiceRow, ...]
    totals: tuple[Row, ...]          # method, reference, amounts, change, credit
    words_label: str                 # "In words:"
    words: str                       # the amount in Indonesian words
    verification: str                # the QR code text
    footer: tuple[str, ...]
    customer_label: str = ""         # "Customer"
    paid_label: str = ""             # "Paid" (under each invoice)
    remaining_label: str = ""        # "Still due"


def method_name(method: str) -> str:
    """The printed name of a payment method ("Cash", "Tunai" in Indonesian)."""
    try:
        return _method_names()[PaymentMethod(method)]
    except ValueError:
        return method


def period_label(period: str) -> str:
    """``2026-12`` -> ``Dec 2026`` (``Des 2026`` in Indonesian); anything else as it is."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", period or "")
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{base.month_name(int(match.group(2)), short=True)} {match.group(1)}"
    return period or ""


def receipt_stamps(data: ReceiptData) -> tuple[str, ...]:
    """VOID / REFUNDED when the status says so, and COPY n on a reprint
    ("BATAL", "DIKEMBALIKAN", "SALINAN n" in Indonesian)."""
    stamps = []
    status = base.status_stamp(data.status)
    if status:
        stamps.append(status)
    if data.copy_number > 0:
        stamps.append(base.copy_stamp(data.copy_number))
    return tuple(stamps)


def words_amount(data: ReceiptData) -> Decimal:
    """The amount written out in words: the money kept (received less change),
    or what the credit paid when no money changed hands."""
    kept = data.amount_received - data.change_given
    return kept if kept > ZERO else data.amount_applied + data.credit_used


def receipt_view(data: ReceiptData) -> ReceiptView:
    """The rows of ``data`` every receipt output prints."""
    money = base.money
    info = [Row(translate("Print", "Receipt no."), data.receipt_number)]
    if data.payment_numbers:
        info.append(Row(translate("Print", "Payment no."), ", ".join(data.payment_numbers)))
    info += [Row(translate("Print", "Date"), base.format_datetime(data.received_at)),
             Row(translate("Print", "Cashier"), data.cashier_name)]
    if data.shift_number:
        info.append(Row(translate("Print", "Shift"), data.shift_number))
    customer = [f"{data.customer_number} - {data.customer_name}"]
    customer += [line.strip() for line in data.customer_address.splitlines() if line.strip()]
    invoices = tuple(InvoiceRow(line.invoice_number, period_label(line.period), money(line.amount_paid),
                                money(line.remaining)) for line in data.lines)
    is_cash = data.method == PaymentMethod.CASH
    totals = [Row(translate("Print", "Method"), method_name(data.method))]
    if data.reference:
        totals.append(Row(translate("Print", "Reference"), data.reference))
    totals.append(Row(translate("Print", "Total paid"), money(data.amount_applied + data.credit_used), "bold"))
    if data.credit_used > ZERO:
        totals.append(Row(translate("Print", "From credit balance"), money(data.credit_used)))
    totals.append(Row(translate("Print", "Received"), money(data.amount_received), "big" if is_cash else "bold"))
    if is_cash or data.change_given > ZERO:
        totals.append(Row(translate("Print", "Change"), money(data.change_given), "big"))
    if data.credit_added > ZERO:
        totals.append(Row(translate("Print", "Added to credit balance"), money(data.credit_added)))
    totals.append(Row(translate("Print", "Credit balance"), money(data.credit_balance)))
    footer = (translate("Print", "Thank you for your payment."),
              translate("Print", "Keep this receipt as proof of payment."))
    if data.status == PaymentStatus.FAILED:
        footer = (translate("Print", "This payment has been voided."),)
    elif data.status == PaymentStatus.REFUNDED:
        footer = (translate("Print", "This payment has been refunded."),)
    return ReceiptView(stamps=receipt_stamps(data), title=translate("Print", "PAYMENT RECEIPT"), info=tuple(info),
                       customer=tuple(customer), invoices=invoices, totals=tuple(totals),
                       words_label=translate("Print", "In words:"),
                       words=base.amount_in_words(words_amount(data)), verification=data.verification,
                       footer=footer, customer_label=translate("Print", "Customer"),
                       paid_label=translate("Print", "Paid"), remaining_label=translate("Print", "Still due"))


def _kv(rows: tuple[Row, ...], width: float, size: float, label_share: float, align: str = "LEFT"):
    return base.kv_table([(r.label, r.value) for r in rows], width, size, label_share=label_share,
                         bold_rows=[i for i, r in enumerate(rows) if r.emphasis == "bold"],
                         big_rows=[i for i, r in enumerate(rows) if r.emphasis == "big"], align=align)


def _invoices_roll(view: ReceiptView, width: float, size: float) -> list[Flowable]:
    st = base.styles(size)
    out: list[Flowable] = []
    for row in view.invoices:
        heading = row.invoice_number + (f" ({row.period})" if row.period else "")
        out.append(base.para(heading, st["bold"]))
        out.append(base.kv_table([(view.paid_label, row.paid), (view.remaining_label, row.remaining)], width, size,
                                 label_share=0.45, padding=0.2))
    return out


def _invoices_page(view: ReceiptView, width: float, size: float) -> list[Flowable]:
    rows = [(r.invoice_number, r.period, r.paid, r.remaining) for r in view.invoices]
    widths = [width * 0.34, width * 0.2, width * 0.23, width * 0.23]
    header = (translate("Print", "Invoice"), translate("Print", "Period"), view.paid_label, view.remaining_label)
    return [base.grid_table(header, rows, widths, size, right_cols=(2, 3))]


def receipt_flowables(data: ReceiptData, paper: str) -> list[Flowable]:
    """The receipt's content for ``paper`` ("80mm", "58mm" or "A5")."""
    p = base.paper(paper)
    size, width = p.font_size, p.content_width
    roll = p.is_roll
    st = base.styles(size)
    view = receipt_view(data)
    out: list[Flowable] = []
    for stamp in view.stamps:
        out += [base.stamp_box(stamp, size), Spacer(1, 2)]
    out += base.letterhead(data.company, size)
    out += [base.rule(dashed=roll), base.para(view.title, st["title"] if not roll else st["bold_center"]),
            Spacer(1, 2), _kv(view.info, width, size, 0.41 if roll else 0.3), base.rule(dashed=roll),
            base.para(view.customer_label, st["bold"])]
    out += [base.para(line, st["bold" if i == 0 else "normal"]) for i, line in enumerate(view.customer)]
    out.append(base.rule(dashed=roll))
    out += _invoices_roll(view, width, size) if roll else _invoices_page(view, width, size)
    out.append(base.rule(dashed=roll))
    if roll:
        out.append(_kv(view.totals, width, size, 0.45))
    else:
        out.append(_kv(view.totals, width * 0.6, size, 0.45, align="RIGHT"))
    out += [Spacer(1, 3), base.para(view.words_label, st["small"]),
            base.para(view.words, base.styles(size)["bold"]), Spacer(1, 4)]
    if roll:
        out.append(base.qr_code(view.verification, QR_SIZES[paper]))
    else:
        out.append(_page_qr_and_signature(view, data, width, size))
    out.append(Spacer(1, 2))
    out += [base.para(line, st["small_center"]) for line in view.footer]
    return out


def _page_qr_and_signature(view: ReceiptView, data: ReceiptData, width: float, size: float) -> Flowable:
    """A5: the QR code on the left, the cashier's signature on the right."""
    qr = base.qr_code(view.verification, QR_SIZES["A5"])
    sign = base.signature_block([translate("Print", "Cashier")], width * 0.4, size, names=[data.cashier_name])
    table = Table([[qr, sign]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render_receipt(data: ReceiptData, target: Target = None, *, paper: str = "80mm") -> bytes | None:
    """The receipt as a PDF on ``paper`` ("80mm", "58mm" or "A5"), written to
    ``target`` (``None``: returned as bytes). VOID/REFUNDED receipts carry the
    word across the page too."""
    if paper not in QR_SIZES:
        raise ValueError(f"a receipt prints on 80mm, 58mm or A5, not {paper!r}")
    watermark = base.status_stamp(data.status)
    return base.build_pdf(target, receipt_flowables(data, paper), paper_name=paper,
                          title=RECEIPT_TITLE(number=data.receipt_number).render(), author=data.company.name,
                          stamp=watermark)
