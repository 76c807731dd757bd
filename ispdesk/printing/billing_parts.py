"""Blocks the A4 billing documents share (invoice, proforma, credit note):
the heading beside the letterhead, the addressee beside the document's facts,
the lines, the totals, and the payment block (bank accounts and QRIS).

Built on :mod:`ispdesk.printing.base`; documents add their own order of blocks.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ispdesk.domain.documents import Company
from ispdesk.domain.documents.invoice import DocumentLine, Party, Totals
from ispdesk.domain.messages import message, translate
from ispdesk.printing import base

PAPER = base.PAPERS["A4"]
SIZE = PAPER.font_size
WIDTH = PAPER.content_width
QRIS_SIZE = 46 * mm

CUSTOMER_NUMBER = message("print.customer_number", "Customer no.: {number}")
QRIS_AMOUNT = message("print.qris_amount", "Amount {amount}")


def _plain(table: Table, *extra: tuple) -> Table:
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0), *extra]))
    return table


def period_label(period: str) -> str:
    """"2026-11" -> "November 2026" ("Desember 2026" in Indonesian; "" stays "")."""
    if len(period) != 7 or not period[5:].isdigit() or not 1 <= int(period[5:]) <= 12:
        return period
    return f"{base.month_name(int(period[5:]))} {period[:4]}"


def quantity(value: Decimal) -> str:
    """1.00 -> "1", 1.50 -> "1,5"."""
    text = format(Decimal(value).normalize(), "f")
    return text.replace(".", ",")


def heading(company: Company, title: str, subtitle: str, scan_code: str) -> list[Flowable]:
    """Letterhead on the left; the title, the document number and its barcode on the right."""
    st = base.styles(SIZE)
    title_style = ParagraphStyle("doc_title", parent=st["big_right"], fontSize=SIZE * 2.1, leading=SIZE * 2.5)
    right = [base.para(title, title_style), base.para(subtitle, st["bold_right"]), Spacer(1, 2 * mm),
             _RightAligned(base.barcode128(scan_code, WIDTH * 0.38, height=11 * mm, centred=False,
                                           human_readable=False))]
    left = base.letterhead(company, SIZE, align="left")
    table = _plain(Table([[left, right]], colWidths=[WIDTH * 0.58, WIDTH * 0.42]))
    return [table, base.rule(dashed=False, thickness=1.2, space=4 * mm)]


class _RightAligned(Flowable):
    """A fixed-size flowable pushed to the right edge of its column."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        self._w, self._h = self.inner.wrap(avail_width, avail_height)
        return avail_width, self._h

    def draw(self):
        self.inner.drawOn(self.canv, self._avail - self._w, 0)


def addressee(label: str, party: Party, facts: Sequence[tuple[str, str]]) -> list[Flowable]:
    """``label`` ("To") and the customer on the left; the document's facts (number, dates…) on the right."""
    st = base.styles(SIZE)
    left = [base.para(label, st["small"]), base.para(party.name, st["heading"])]
    left += [base.para(line, st["normal"]) for line in party.address_lines]
    contact = "  ·  ".join(p for p in (party.phone, party.email) if p)
    if contact:
        left.append(base.para(contact, st["normal"]))
    left.append(base.para(CUSTOMER_NUMBER(number=party.number).render(), st["bold"]))
    right = base.kv_table(facts, WIDTH * 0.42, SIZE, label_share=0.45)
    return [_plain(Table([[left, right]], colWidths=[WIDTH * 0.58, WIDTH * 0.42])), Spacer(1, 6 * mm)]


def lines_table(lines: Sequence[DocumentLine]) -> Table:
    """No · Description · Qty · Unit price · Amount."""
    widths = [10 * mm, WIDTH - 10 * mm - 18 * mm - 2 * 34 * mm, 18 * mm, 34 * mm, 34 * mm]
    rows = [(str(n), line.description, quantity(line.quantity), base.money(line.unit_price), base.money(line.amount))
            for n, line in enumerate(lines, start=1)]
    header = (translate("Print", "No"), translate("Print", "Description"), translate("Print", "Qty"),
              translate("Print", "Unit price"), translate("Print", "Amount"))
    return base.grid_table(header, rows, widths, SIZE, right_cols=(0, 2, 3, 4))


def totals_table(totals: Totals, after: Sequence[tuple[str, Decimal]] = (),
                 final: tuple[str, Decimal] | None = None) -> Table:
    """Subtotal, discount, DPP, PPN, late fee and total, then ``after`` rows
    (credits, paid) and a large ``final`` row (what is due), right of the page."""
    rows: list[tuple[str, str]] = [(translate("Print", "Subtotal"), base.money(totals.subtotal))]
    if totals.discount:
        rows.append((translate("Print", "Discount"), base.money(-totals.discount)))
    rows.append(("DPP", base.money(totals.tax_base)))
    rows.append((totals.tax_label, base.money(totals.tax)))
    if totals.late_fee:
        rows.append((translate("Print", "Late fee"), base.money(totals.late_fee)))
    bold = [len(rows)]
    rows.append((translate("Print", "Total"), base.money(totals.total)))
    rows += [(label, base.money(amount)) for label, amount in after]
    big = []
    if final is not None:
        big.append(len(rows))
        rows.append((final[0], base.money(final[1])))
    table = base.kv_table(rows, WIDTH * 0.5, SIZE, label_share=0.62, bold_rows=bold, big_rows=big, padding=1.2)
    table.setStyle(TableStyle([("LINEABOVE", (0, bold[0]), (-1, bold[0]), 0.8, colors.black)]
                              + ([("LINEABOVE", (0, big[0]), (-1, big[0]), 0.8, colors.black)] if big else [])))
    return _plain(Table([["", table]], colWidths=[WIDTH * 0.5, WIDTH * 0.5]))


def words(amount_in_words: str) -> list[Flowable]:
    """"In words: …" ("Terbilang: …") in italics, the words capitalised."""
    st = base.styles(SIZE)
    style = ParagraphStyle("words", parent=st["normal"], fontName=base.FONT_ITALIC)
    text = amount_in_words[:1].upper() + amount_in_words[1:]
    return [Spacer(1, 3 * mm), base.para(base.IN_WORDS(words=text).render(), style)]


def payment_block(company: Company, qris_payload: str, amount: Decimal,
                  pay_before: str = "") -> list[Flowable]:
    """How to pay: bank accounts on the left, and the QRIS for the exact amount
    on the right when one is set up (nothing at all about QRIS otherwise)."""
    st = base.styles(SIZE)
    left: list[Flowable] = [base.para(translate("Print", "How to pay"), st["heading"])]
    if pay_before:
        left.append(base.para(pay_before, st["normal"]))
    if company.bank_accounts:
        left.append(base.para(translate("Print", "Transfer to the account:"), st["normal"]))
        left += [base.para(f"• {account}", st["bold"]) for account in company.bank_accounts]
        left.append(base.para(translate("Print", "Write the invoice number in the transfer's description."),
                              st["small"]))
    left.append(base.para(translate("Print", "Or pay at our counter showing the barcode above."), st["small"]))
    if not qris_payload:
        return [Spacer(1, 5 * mm), *left]
    right = [base.para(translate("Print", "Pay with QRIS"), st["bold_center"]), base.qr_code(qris_payload, QRIS_SIZE),
             base.para(QRIS_AMOUNT(amount=base.money(amount)).render(), st["small_center"]),
             base.para(translate("Print", "Scan with a banking or e-wallet app"), st["small_center"])]
    return [Spacer(1, 5 * mm), _plain(Table([[left, right]], colWidths=[WIDTH - QRIS_SIZE - 16 * mm,
                                                                        QRIS_SIZE + 16 * mm]))]


def notes(text: str) -> list[Flowable]:
    if not text.strip():
        return []
    st = base.styles(SIZE)
    return [Spacer(1, 4 * mm), base.para(translate("Print", "Notes"), st["bold"]), base.para(text, st["normal"])]


class Checkpoint(Flowable):
    """Zero-size marker after a document in a multi-document PDF: calls
    ``reached()`` once it is laid out (progress, cancel)."""

    def __init__(self, reached: Callable[[], None]) -> None:
        super().__init__()
        self.reached = reached

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.reached()
