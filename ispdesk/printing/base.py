"""What every printed document shares.

- :data:`PAPERS` / :func:`paper`: 80 mm and 58 mm rolls (the page grows with
  the content), A5 and A4.
- Fonts: ReportLab's built-in Helvetica/Courier (no file to bundle); text goes
  through :func:`pdf_safe` so a character outside their Windows-1252 set prints
  as its closest plain letter instead of a box.
- :func:`styles`: the paragraph styles at one base size; :func:`para` makes a
  wrapped paragraph from plain text (escaped; long words are split).
- Words: every word a document prints is English in the code and comes out
  in the office's language: :func:`ispdesk.domain.messages.translate` in the
  ``"Print"`` context for a word or a label (``translate("Print", "Cashier")``),
  a declared :func:`~ispdesk.domain.messages.message` rendered for a sentence
  with values. Without a translator installed the English shows.
- Formatting: :func:`money` (``Rp 1.500.000``), :func:`format_date`
  (``24 Nov 2026``, ``5 Des 2026`` in Indonesian), :func:`format_datetime`,
  :func:`amount_in_words` (always Indonesian words: what "terbilang" means).
- Blocks: :func:`letterhead`, :func:`rule`, :func:`kv_table` (label left, value
  right), :func:`signature_block`, :func:`qr_code`, :func:`barcode128`.
- Stamps: :func:`status_stamp` names it ("COPY 2", "VOID", "REFUNDED"; in
  Indonesian "SALINAN 2", "BATAL", "DIKEMBALIKAN");
  :func:`stamp_box` prints it in the text, :func:`draw_stamp` across the page.
- :func:`build_pdf` lays flowables out on a paper and writes to a target;
  :func:`render_to` is the target convention for any writer.
"""
from __future__ import annotations

import io
import os
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import BinaryIO, Union
from xml.sax.saxutils import escape

import qrcode
import qrcode.constants
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, HRFlowable, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from ispdesk.domain.documents import Company
from ispdesk.domain.enums import PaymentStatus
from ispdesk.domain import dates
from ispdesk.domain.messages import message, speaks_indonesian, translate
from ispdesk.domain.money import format_rupiah
from ispdesk.domain.terbilang import rupiah_in_words

#: Where a document goes: ``None`` (return the bytes), a path, or a binary file object.
Target = Union[str, "os.PathLike[str]", BinaryIO, None]

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
FONT_ITALIC = "Helvetica-Oblique"
FONT_MONO = "Courier"

#: The translation context of the words printed documents carry.
PRINT_CONTEXT = "Print"

PHONE = message("print.phone", "Phone {phone}")
NPWP = message("print.npwp", "NPWP {number}")
PAGE = message("print.page", "Page {page}")
COPY = message("print.copy", "COPY {number}")
NUMBER = message("print.number", "No. {number}")
IN_WORDS = message("print.in_words", "In words: {words}")
NOTES_LINE = message("print.notes_line", "Notes: {notes}")


# ---------------------------------------------------------------- papers

@dataclass(frozen=True)
class Paper:
    """A page size. ``height`` is ``None`` for a roll: the page is as long as
    its content. ``font_size`` is the base size documents use on it."""

    name: str
    width: float
    height: float | None
    margin: float
    font_size: float

    @property
    def is_roll(self) -> bool:
        return self.height is None

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin


PAPERS: dict[str, Paper] = {
    # Thermal heads print 72 mm of an 80 mm roll and 48 mm of a 58 mm roll.
    "80mm": Paper("80mm", 80 * mm, None, 4 * mm, 8.0),
    "58mm": Paper("58mm", 58 * mm, None, 5 * mm, 7.0),
    "A5": Paper("A5", A5[0], A5[1], 12 * mm, 9.0),
    "A4": Paper("A4", A4[0], A4[1], 18 * mm, 9.5),
}


#: PDF viewers refuse pages longer than 200 inches: a longer roll document
#: continues on further pages of this length.
ROLL_MAX_HEIGHT = 14_000.0


def paper(name: str | Paper) -> Paper:
    """The :class:`Paper` called ``name`` ("80mm", "58mm", "A5", "A4")."""
    if isinstance(name, Paper):
        return name
    try:
        return PAPERS[name]
    except KeyError:
        raise ValueError(f"unknown paper {name!r}; choose one of {', '.join(PAPERS)}") from None


# ---------------------------------------------------------------- text

def pdf_safe(text: object) -> str:
    """``text`` as a string the built-in fonts can draw (Windows-1252): other
    characters lose their accents, or become ``?``."""
    value = "" if text is None else str(text)
    try:
        value.encode("cp1252")
        return value
    except UnicodeEncodeError:
        pass
    out = []
    for ch in value:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            try:
                plain.encode("cp1252")
                out.append(plain or "?")
            except UnicodeEncodeError:
                out.append("?")
    return "".join(out)


def markup(text: object) -> str:
    """Plain text made safe for a :class:`Paragraph` (fonts and XML escaped,
    line breaks kept)."""
    return escape(pdf_safe(text)).replace("\n", "<br/>")


@lru_cache(maxsize=None)
def styles(size: float) -> dict[str, ParagraphStyle]:
    """Paragraph styles at base font ``size``: normal, small, bold, right,
    bold_right, center, bold_center, title, heading, big_right, mono."""
    lead = size * 1.22
    normal = ParagraphStyle("normal", fontName=FONT, fontSize=size, leading=lead, alignment=TA_LEFT,
                            splitLongWords=1, wordWrap=None)
    def make(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=normal, **kw)
    return {
        "normal": normal,
        "small": make("small", fontSize=size * 0.85, leading=size * 0.85 * 1.22),
        "bold": make("bold", fontName=FONT_BOLD),
        "right": make("right", alignment=TA_RIGHT),
        "bold_right": make("bold_right", fontName=FONT_BOLD, alignment=TA_RIGHT),
        "center": make("center", alignment=TA_CENTER),
        "small_center": make("small_center", alignment=TA_CENTER, fontSize=size * 0.85,
                             leading=size * 0.85 * 1.22),
        "bold_center": make("bold_center", fontName=FONT_BOLD, alignment=TA_CENTER),
        "title": make("title", fontName=FONT_BOLD, fontSize=size * 1.5, leading=size * 1.8,
                      alignment=TA_CENTER),
        "heading": make("heading", fontName=FONT_BOLD, fontSize=size * 1.15, leading=size * 1.45,
                        spaceBefore=size * 0.5),
        "big_right": make("big_right", fontName=FONT_BOLD, fontSize=size * 1.4, leading=size * 1.7,
                          alignment=TA_RIGHT),
        "big": make("big", fontName=FONT_BOLD, fontSize=size * 1.4, leading=size * 1.7),
        "mono": make("mono", fontName=FONT_MONO),
    }


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A wrapping paragraph of plain ``text`` (escaped for you)."""
    return Paragraph(markup(text), style)


def fit_font_size(text: str, font: str, size: float, width: float, smallest: float = 4.0) -> float:
    """The largest size up to ``size`` at which ``text`` fits ``width`` on one line."""
    while size > smallest and stringWidth(pdf_safe(text), font, size) > width:
        size -= 0.25
    return size


# ---------------------------------------------------------------- formatting

def money(amount: Decimal | None) -> str:
    """``Rp 1.500.000`` (cents only when there are any); ``""`` for ``None``."""
    return format_rupiah(amount)


def amount_in_words(amount: Decimal) -> str:
    """``Satu juta lima ratus ribu rupiah`` (first letter capital)."""
    words = rupiah_in_words(Decimal(amount))
    return words[:1].upper() + words[1:]


# ---------------------------------------------------------------- blocks

def letterhead(company: Company, size: float, *, align: str = "center",
               with_banks: bool = False) -> list[Flowable]:
    """The company's name, address, phone and NPWP (and bank accounts), centred
    (rolls, receipts) or left-aligned (A4 letters)."""
    st = styles(size)
    centred = align == "center"
    name_style = ParagraphStyle("lh_name", parent=st["bold_center" if centred else "bold"],
                                fontSize=size * 1.35, leading=size * 1.65)
    line_style = st["center" if centred else "normal"]
    out: list[Flowable] = [para(company.name, name_style)]
    for line in company.address.splitlines():
        if line.strip():
            out.append(para(line.strip(), line_style))
    if company.phone:
        out.append(para(PHONE(phone=company.phone).render(), line_style))
    if company.tax_number:
        out.append(para(NPWP(number=company.tax_number).render(), line_style))
    if with_banks:
        for account in company.bank_accounts:
            out.append(para(account, line_style))
    return out


def letterhead_with_qr(company: Company, verification: str, width: float, size: float, *,
                       qr_size: float = 28 * mm) -> Table:
    """An A4 document's head: the letterhead on the left, the QR code that
    identifies the document on the right."""
    head = Table([[letterhead(company, size, align="left"), qr_code(verification, qr_size)]],
                 colWidths=[width - qr_size - 4 * mm, qr_size + 4 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return head


def rule(width: float | str = "100%", *, dashed: bool = True, thickness: float = 0.6,
         space: float = 2.5) -> HRFlowable:
    """A horizontal line (dashed as on a till roll, or solid)."""
    return HRFlowable(width=width, thickness=thickness, color=colors.black, spaceBefore=space,
                      spaceAfter=space, dash=(2, 1.5) if dashed else None)


def kv_table(rows: Sequence[tuple[object, object]], width: float, size: float, *,
             label_share: float = 0.5, bold_rows: Iterable[int] = (), big_rows: Iterable[int] = (),
             padding: float = 0.6, align: str = "LEFT", values_left: bool = False) -> Table:
    """Rows of ``label ... value``: label left, value right (or, ``values_left``,
    right after its label, as on a form or a contract), both wrapping inside
    their column (nothing is cut off on a narrow roll). ``bold_rows`` and
    ``big_rows`` are row indexes drawn bold / large."""
    st = styles(size)
    bold, big = set(bold_rows), set(big_rows)
    data = []
    for i, (label, value) in enumerate(rows):
        if i in big:
            left, right = st["big"], st["big_right"]
        elif i in bold:
            left, right = st["bold"], st["bold_right"]
        else:
            left, right = st["normal"], st["right"]
        data.append([para(label, left), para(value, left if values_left else right)])
    label_w = width * label_share
    table = Table(data, colWidths=[label_w, width - label_w], hAlign=align)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]))
    return table


def grid_table(header: Sequence[str], rows: Sequence[Sequence[object]], col_widths: Sequence[float],
               size: float, *, right_cols: Iterable[int] = (), footer: Sequence[object] | None = None,
               lines: bool = True) -> Table:
    """A table with a bold header row (repeated on each page), wrapping cells,
    numbers right-aligned in ``right_cols`` and an optional bold footer row."""
    st = styles(size)
    right = set(right_cols)

    def cell(col: int, value: object, is_bold: bool) -> Paragraph:
        key = ("bold_right" if col in right else "bold") if is_bold else ("right" if col in right else "normal")
        return para(value, st[key])

    data = [[cell(c, h, True) for c, h in enumerate(header)]]
    data += [[cell(c, v, False) for c, v in enumerate(row)] for row in rows]
    if footer is not None:
        data.append([cell(c, v, True) for c, v in enumerate(footer)])
    table = Table(data, colWidths=list(col_widths), repeatRows=1, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
    ]
    if lines:
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey))
    if footer is not None:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def signature_block(labels: Sequence[str], width: float, size: float, *, names: Sequence[str] = (),
                    space: float = 14 * mm) -> Table:
    """Side-by-side signature places: a blank space, a line, the label below
    (and the person's name under it, when given)."""
    st = styles(size)
    cols = len(labels)
    names = list(names) + [""] * (cols - len(names))
    cells = [[para(label, st["small_center"]) for label in labels],
             [Spacer(1, space) for _ in labels],
             [para(f"( {n} )" if n else "( .................... )", st["small_center"]) for n in names]]
    table = Table(cells, colWidths=[width / cols] * cols, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    return table


class _Centred(Flowable):
    """Another flowable (a drawing, a barcode) centred across the frame's
    width, ``below`` points of room left under it (a barcode's caption)."""

    def __init__(self, inner: Flowable, below: float = 0.0):
        super().__init__()
        self.inner, self.below = inner, below

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        self._w, self._h = self.inner.wrap(avail_width, avail_height)
        return avail_width, self._h + self.below

    def draw(self):
        self.inner.drawOn(self.canv, (self._avail - self._w) / 2, self.below)


_QR_LEVELS = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
              "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}


#: The QR mask pattern used for every code. Any mask is valid QR (decoders read
#: it from the format bits); letting ``qrcode`` score all eight costs ~35 ms a code.
QR_MASK = 2


def qr_matrix(text: str, *, level: str = "M", border: int = 4) -> list[list[bool]]:
    """The QR code of ``text`` as rows of dark (True) modules, quiet zone included."""
    code = qrcode.QRCode(error_correction=_QR_LEVELS[level], border=border, mask_pattern=QR_MASK)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    return code.get_matrix()


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float, *, level: str = "M") -> None:
    """Draw a ``size`` x ``size`` QR code of ``text`` (quiet zone included)
    with its lower-left corner at (x, y)."""
    _draw_matrix(canvas, qr_matrix(text, level=level), x, y, size)


def _draw_matrix(canvas: Canvas, matrix: list[list[bool]], x: float, y: float, size: float) -> None:
    """One filled path of the dark runs of each row, written in whole-module
    coordinates straight into the page (no float formatting per rectangle)."""
    count = len(matrix)
    runs = []
    for row, cells in enumerate(matrix):
        top = count - row - 1
        col = 0
        while col < count:
            if cells[col]:
                start = col
                while col < count and cells[col]:
                    col += 1
                runs.append(f"{start} {top} {col - start} 1 re")
            else:
                col += 1
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / count, size / count)
    canvas.setFillColor(colors.black)
    canvas.addLiteral("\n".join(runs) + "\nf")
    canvas.restoreState()


class QrCode(Flowable):
    """A QR code flowable, centred in its frame (or table cell)."""

    def __init__(self, text: str, size: float, *, level: str = "M"):
        super().__init__()
        self.text, self.size, self.level = text, size, level
        self.matrix = qr_matrix(text, level=level)

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        return avail_width, self.size

    def draw(self):
        _draw_matrix(self.canv, self.matrix, (self._avail - self.size) / 2, 0, self.size)


def qr_code(text: str, size: float, *, level: str = "M") -> Flowable:
    """A ``size`` x ``size`` QR code of ``text`` (quiet zone included), centred."""
    return QrCode(text, size, level=level)


def barcode128(text: str, max_width: float, *, height: float = 10 * mm, human_readable: bool = True,
               centred: bool = True) -> Flowable:
    """A Code 128 barcode of ``text`` (a document number), as wide as fits
    ``max_width`` (bars between 0.6 and 1.2 pt; quiet zones included)."""
    value = pdf_safe(text)
    probe = Code128(value, barWidth=1.0, barHeight=height, quiet=True)
    bar_width = max(0.6, min(1.2, max_width / probe.width))
    code = Code128(value, barWidth=bar_width, barHeight=height, quiet=True,
                   humanReadable=human_readable, fontName=FONT, fontSize=7)
    return _Centred(code, below=10 if human_readable else 0) if centred else code


def format_date(value: date | datetime | None) -> str:
    """``24 Nov 2026``; ``5 Des 2026`` when the office speaks Indonesian."""
    return dates.format_date(value, indonesian=speaks_indonesian())


def format_datetime(value: datetime | None) -> str:
    """``5 Dec 2026 14:05`` (``5 Des 2026 14:05`` in Indonesian)."""
    return dates.format_datetime(value, indonesian=speaks_indonesian())


def month_name(month: int, *, short: bool = False) -> str:
    """The name of ``month`` (1-12) in the office's language: ``November``, ``Des``."""
    if short:
        return (dates.MONTHS_ID if speaks_indonesian() else dates.MONTHS)[month - 1]
    return (MONTHS_ID if speaks_indonesian() else MONTHS_EN)[month - 1]


MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")


def page_footer(label: str = "") -> Callable:
    """An ``on_page`` for :func:`build_pdf`: ``label`` left, ``Page n`` right."""
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        y = doc.bottomMargin / 2
        if label:
            canvas.drawString(doc.leftMargin, y, pdf_safe(label))
        canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, y, pdf_safe(PAGE(page=doc.page).render()))
        canvas.restoreState()
    return draw


# ---------------------------------------------------------------- stamps

def status_stamp(status: str = "", copy_number: int = 0) -> str:
    """The stamp a document carries, in the office's language: ``VOID``
    (failed; ``BATAL``), ``REFUNDED`` (``DIKEMBALIKAN``), ``COPY n`` for the
    n-th reprint (``SALINAN n``), or ``""``."""
    if status == PaymentStatus.FAILED or status == "void":
        return translate("Print", "VOID")
    if status == PaymentStatus.REFUNDED:
        return translate("Print", "REFUNDED")
    if copy_number > 0:
        return copy_stamp(copy_number)
    return ""


def copy_stamp(copy_number: int) -> str:
    """``COPY 2`` (``SALINAN 2``): the n-th reprint of a document."""
    return COPY(number=copy_number).render()


def draw_stamp(canvas: Canvas, text: str, page_width: float, page_height: float, *,
               color=colors.red, angle: float = 30) -> None:
    """A large outlined stamp across the page, pale so that what is printed
    over it (and a QR code under it) still reads. :func:`build_pdf` draws it
    behind the content."""
    if not text:
        return
    side = min(page_width, page_height)
    size = fit_font_size(text, FONT_BOLD, side * 0.28, side * 0.8, smallest=8)
    canvas.saveState()
    canvas.translate(page_width / 2, page_height / 2)
    canvas.rotate(angle)
    canvas.setStrokeColor(color)
    canvas.setFillColor(color)
    canvas.setFillAlpha(0.18)
    canvas.setStrokeAlpha(0.35)
    canvas.setLineWidth(max(1.0, size / 18))
    w = stringWidth(text, FONT_BOLD, size)
    pad = size * 0.25
    canvas.rect(-w / 2 - pad, -size * 0.45 - pad, w + 2 * pad, size * 0.95 + 2 * pad, stroke=1, fill=0)
    canvas.setFont(FONT_BOLD, size)
    canvas.drawCentredString(0, -size * 0.35, text)
    canvas.restoreState()


def stamp_box(text: str, size: float, *, color=colors.red) -> Table:
    """The stamp as a boxed line in the text ("VOID", "COPY 2"): plain to read
    on any paper and found by text extraction."""
    style = ParagraphStyle("stamp", parent=styles(size)["bold_center"], fontSize=size * 1.6,
                           leading=size * 1.9, textColor=color)
    width = stringWidth(pdf_safe(text), FONT_BOLD, style.fontSize) + 14
    table = Table([[para(text, style)]], colWidths=[width], hAlign="CENTER")
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, color),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return table


# ---------------------------------------------------------------- output

def render_to(target: Target, write: Callable[[BinaryIO], None]) -> bytes | None:
    """Run ``write(stream)`` and deliver to ``target``: ``None`` -> the bytes;
    a path -> the file (written whole, then renamed into place); a binary file
    object -> written to it. Returns ``None`` unless ``target`` is ``None``."""
    if target is None:
        buffer = io.BytesIO()
        write(buffer)
        return buffer.getvalue()
    if isinstance(target, (str, os.PathLike)):
        path = os.fspath(target)
        partial = path + ".part"
        with open(partial, "wb") as handle:
            write(handle)
        os.replace(partial, path)
        return None
    write(target)
    return None


def _content_height(flowables: Sequence[Flowable], width: float) -> float:
    height = 0.0
    for i, f in enumerate(flowables):
        _, h = f.wrap(width, 10_000 * mm)
        height += h + f.getSpaceAfter() + (f.getSpaceBefore() if i else 0)
    return height


def build_pdf(target: Target, flowables: list[Flowable], *, paper_name: str | Paper, title: str = "",
              author: str = "", stamp: str = "",
              on_page: Callable[[Canvas, BaseDocTemplate], None] | None = None) -> bytes | None:
    """Lay ``flowables`` out on the paper and write the PDF to ``target``.

    A roll gets one page exactly as long as the content (up to
    :data:`ROLL_MAX_HEIGHT`, then more pages); A5/A4 flow over as
    many pages as needed. ``stamp`` ("VOID", "COPY 2") is drawn pale across
    every page, behind the content (add :func:`stamp_box` to the flowables for
    the same word in the text); ``on_page(canvas, doc)`` may add page
    furniture (page numbers), also drawn before the content."""
    p = paper(paper_name)
    width = p.content_width
    if p.is_roll:
        height = _content_height(flowables, width) + 2 * p.margin + 3 * mm  # slack for rounding
        page_size = (p.width, min(height, ROLL_MAX_HEIGHT))
    else:
        page_size = (p.width, p.height)

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_stamp(canvas, stamp, page_size[0], page_size[1])
        if on_page is not None:
            on_page(canvas, doc)

    def write(stream: BinaryIO) -> None:
        doc = BaseDocTemplate(stream, pagesize=page_size, leftMargin=p.margin, rightMargin=p.margin,
                              topMargin=p.margin, bottomMargin=p.margin, title=pdf_safe(title),
                              author=pdf_safe(author), creator="ISPDesk", invariant=1)
        frame = Frame(p.margin, p.margin, width, page_size[1] - 2 * p.margin, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
        doc.build(list(flowables))

    return render_to(target, write)
