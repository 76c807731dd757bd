"""Document output for any PDF the program makes (receipts, Z-reports, later
invoices and contracts): preview the pages, print them through Qt's print
dialog, or save the PDF.

PySide6-Essentials has no QtPdf, so pages are rasterised with pypdfium2 (a
small PyPI wheel with PDFium inside) into QImages; printing paints those
images at the printer's resolution, each page at its own size (shrunk only
when the paper is smaller); the print dialog proposes the document's paper.
A printer that makes PDF (Qt's "Print to File (PDF)", a CUPS queue on
Linux) also gets the words of each page, drawn under the opaque picture, so
the printed file can be searched and read back while nothing extra shows. Nothing here knows what the
document is.

The preview's buttons (and Enter, Ctrl+P, Ctrl+S) call slots without
arguments: ``clicked(bool)`` never reaches ``print_document(printer)`` or
``save_document(path)``. Saving asks where through
:mod:`ispdesk.ui.widgets.file_dialogs`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2
from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, Signal, Slot
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QKeySequence, QPageLayout, QPageSize, QPaintEngine,
                           QPainter, QPixmap, QShortcut)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ispdesk.ui.ops import QueryOp, with_actor
from ispdesk.ui.tasks import TaskHandle
from ispdesk.ui.widgets.file_dialogs import ask_save_path
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

POINTS_PER_INCH = 72
SCREEN_DPI = 110
MAX_PRINT_DPI = 300


def pdf_bytes(pdf: bytes | str | Path) -> bytes:
    """The document as bytes, whether given as bytes or as a file path."""
    return pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()


def page_count(pdf: bytes | str | Path) -> int:
    document = pypdfium2.PdfDocument(pdf_bytes(pdf))
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf: bytes | str | Path, dpi: float = SCREEN_DPI) -> list[QImage]:
    """Every page as an RGB QImage at ``dpi`` (a deep copy: safe after return)."""
    document = pypdfium2.PdfDocument(pdf_bytes(pdf))
    images: list[QImage] = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())
            page.close()
    finally:
        document.close()
    return images


@dataclass(frozen=True)
class TextRun:
    """One run of text on a page: its box in points from the page's top left."""

    left: float
    top: float
    width: float
    height: float
    text: str


def page_sizes(pdf: bytes | str | Path) -> list[QSizeF]:
    """Every page's size in points (width x height)."""
    document = pypdfium2.PdfDocument(pdf_bytes(pdf))
    try:
        return [QSizeF(*document.get_page_size(index)) for index in range(len(document))]
    finally:
        document.close()


def text_runs(pdf: bytes | str | Path) -> list[list[TextRun]]:
    """The text of every page in runs (PDFium's text rectangles), for the
    invisible text layer of a printed PDF."""
    document = pypdfium2.PdfDocument(pdf_bytes(pdf))
    pages: list[list[TextRun]] = []
    try:
        for page in document:
            height = page.get_height()
            textpage = page.get_textpage()
            runs = []
            for index in range(textpage.count_rects()):
                left, bottom, right, top = textpage.get_rect(index)
                text = textpage.get_text_bounded(left, bottom, right, top).strip()
                if text and right > left and top > bottom:
                    runs.append(TextRun(left, height - top, right - left, top - bottom, text))
            pages.append(runs)
            textpage.close()
            page.close()
    finally:
        document.close()
    return pages


def fit_printer_to(pdf: bytes | str | Path, printer: QPrinter) -> None:
    """Give ``printer`` the paper of the document's first page (A4, A5, an
    80 mm roll…), so the print dialog proposes it and a PDF printer keeps it."""
    sizes = page_sizes(pdf)
    if not sizes:
        return
    size = sizes[0]
    landscape = size.width() > size.height()
    portrait = QSizeF(size.height(), size.width()) if landscape else size
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(page_size)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)


class PrinterNotStarted(OSError):
    """The printer (or the PDF file it writes) refused to start a job."""


def _draw_text_layer(painter: QPainter, runs: list[TextRun], scale: float, origin: QRectF) -> None:
    """The page's words, each run fitted to its box, drawn UNDER the page's
    picture (which is opaque and covers them): a PDF printed to a file or to a
    PDF queue can still be searched and read back, and no ink shows. Drawn in
    plain black rather than transparent, because a queue that turns the job
    into PostScript (CUPS-PDF) drops transparent text."""
    painter.save()
    painter.setPen(QColor(0, 0, 0))
    font = QFont(painter.font())
    for run in runs:
        height = run.height * scale
        if height < 1:
            continue
        font.setPixelSize(max(1, round(height)))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        advance = metrics.horizontalAdvance(run.text)
        if advance <= 0:
            continue
        painter.save()
        painter.translate(origin.x() + run.left * scale, origin.y() + run.top * scale)
        painter.scale(run.width * scale / advance, 1.0)
        painter.drawText(QPointF(0, metrics.ascent()), run.text)
        painter.restore()
    painter.restore()


def _placement(target: QRectF, points: QSizeF | None, image: QImage, resolution: int) -> QRectF:
    """Where a page goes on the printer's printable area: at its own size
    (an 80 mm receipt stays 80 mm wide on A4 paper), shrunk to fit when it is
    larger (aspect kept), centred across, from the top."""
    if points is not None and points.width() > 0:
        size = QSizeF(points.width() * resolution / POINTS_PER_INCH, points.height() * resolution / POINTS_PER_INCH)
    else:
        size = QSizeF(image.width(), image.height())
    if size.width() > target.width() or size.height() > target.height():
        size = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRectF(target.x() + (target.width() - size.width()) / 2, target.y(), size.width(), size.height())


def print_pdf(pdf: bytes | str | Path, printer: QPrinter) -> int:
    """Paint every page onto ``printer`` (at its own size, or shrunk to fit
    the paper; never stretched); returns the number of pages sent. On a PDF paint engine (a file, CUPS)
    the text goes along, hidden under the picture. :class:`PrinterNotStarted` when the printer
    does not take the job."""
    if not isinstance(printer, QPrinter):
        raise TypeError(f"print_pdf needs a QPrinter, not {type(printer).__name__}")
    dpi = min(max(printer.resolution(), SCREEN_DPI), MAX_PRINT_DPI)
    pages = render_pages(pdf, dpi)
    sizes = page_sizes(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterNotStarted(printer.printerName() or printer.outputFileName())
    try:
        engine = painter.paintEngine()
        runs = text_runs(pdf) if engine is not None and engine.type() == QPaintEngine.Type.Pdf else []
        for index, image in enumerate(pages):
            if index:
                printer.newPage()
            placed = _placement(QRectF(painter.viewport()), sizes[index] if index < len(sizes) else None,
                                image, printer.resolution())
            if index < len(runs) and sizes[index].width() > 0:
                _draw_text_layer(painter, runs[index], placed.width() / sizes[index].width(), placed)
            painter.drawImage(placed, image)
    finally:
        painter.end()
    return len(pages)


def _keys(key: QKeySequence.StandardKey) -> str:
    """The first shortcut of ``key`` as this platform writes it ("Ctrl+P")."""
    bindings = QKeySequence.keyBindings(key)
    return bindings[0].toString(QKeySequence.SequenceFormat.NativeText) if bindings else ""


class DocumentPreview(QDialog):
    """The pages of one PDF with Print… (Ctrl+P, also Enter: the default
    button), Save as PDF… (Ctrl+S), zoom (Ctrl++ / Ctrl+-) and Close (Esc).
    The buttons show their shortcut, in their text and their tooltip.

    Signals: ``printed(int)`` pages sent to a printer; ``saved(str)`` the path written."""

    printed = Signal(int)
    saved = Signal(str)

    def __init__(self, pdf: bytes | str | Path, *, title: str, suggested_name: str = "document.pdf",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.setWindowTitle(title)
        self.pdf = pdf_bytes(pdf)
        self.suggested_name = suggested_name
        self.zoom = 1.0
        self.message_bar = MessageBar(self)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        self.scroll.setStyleSheet("QScrollArea { background: #6b6b6b; }")
        print_keys = _keys(QKeySequence.StandardKey.Print)
        save_keys = _keys(QKeySequence.StandardKey.Save)
        self.print_button = QPushButton(_with_keys(self.tr("&Print\u2026"), print_keys), self)
        self.print_button.setObjectName("printDocument")
        self.print_button.setToolTip(self.tr("Choose a printer and print every page ({0}, or Enter)").format(
            print_keys))
        self.save_button = QPushButton(_with_keys(self.tr("&Save as PDF\u2026"), save_keys), self)
        self.save_button.setObjectName("saveDocument")
        self.save_button.setToolTip(self.tr("Choose a folder and save the document as a PDF file ({0})").format(
            save_keys))
        self.close_button = QPushButton(_with_keys(self.tr("Close"), _keys(QKeySequence.StandardKey.Cancel)), self)
        self.close_button.setToolTip(self.tr("Close the preview (Esc)"))
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        self.print_button.setDefault(True)
        # clicked(bool) must not reach print_document(printer)/save_document(path):
        # a slot without arguments between them.
        self.print_button.clicked.connect(self._print_pressed)
        self.save_button.clicked.connect(self._save_pressed)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self._print_pressed)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_pressed)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.set_zoom(self.zoom * 1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self.set_zoom(self.zoom / 1.25))
        self.page_labels: list[QLabel] = []
        self._show_pages()
        first = self.page_labels[0].pixmap().size() if self.page_labels else QSize(600, 800)
        self.resize(min(max(first.width() + 80, 420), 1000), min(first.height() + 120, 900))

    def _show_pages(self) -> None:
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        try:
            images = render_pages(self.pdf, SCREEN_DPI * self.zoom)
        except Exception as exc:  # noqa: BLE001 - a broken file is explained, not a crash
            self.message_bar.show_message(self.tr("The document cannot be shown: {0}").format(exc))
            return
        for image in images:
            label = QLabel(self.pages)
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white;")
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, 0.4), 4.0)
        self._show_pages()

    @Slot()
    def _print_pressed(self) -> None:
        """Print… clicked, Enter or Ctrl+P: ask for a printer, then print."""
        self.print_document()

    @Slot()
    def _save_pressed(self) -> None:
        """Save as PDF… clicked or Ctrl+S: ask where, then save."""
        self.save_document()

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Ask for a printer (unless one is given) and print every page."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.windowTitle())
            fit_printer_to(self.pdf, printer)
            dialog = QPrintDialog(printer, self)
            dialog.setObjectName("printDialog")
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            count = print_pdf(self.pdf, printer)
        except PrinterNotStarted as exc:
            where = str(exc)
            self.message_bar.show_message(
                self.tr("The printer did not take the document ({0}): is it switched on and connected?").format(where)
                if where else self.tr("The printer did not take the document: is it switched on and connected?"))
            return False
        except Exception as exc:  # noqa: BLE001 - printers fail in many ways; say so
            self.message_bar.show_message(self.tr("Printing failed: {0}").format(exc))
            return False
        self.message_bar.show_message(self.tr("Sent to the printer."), "info")
        self.printed.emit(count)
        return True

    def save_document(self, path: str | Path | None = None) -> str:
        """Write the PDF (asking where unless ``path`` is given: the save dialog
        of :mod:`~ispdesk.ui.widgets.file_dialogs`, in the last folder used or
        the Documents folder, the suggested name filled in); the path or ''."""
        if path is None:
            path = ask_save_path(self, self.tr("Save as PDF"), self.suggested_name, self.tr("PDF files (*.pdf)"))
            if not path:
                return ""
        if not str(path).lower().endswith(".pdf"):
            path = f"{path}.pdf"
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as exc:
            self.message_bar.show_message(self.tr("The file cannot be written: {0}").format(exc))
            return ""
        self.message_bar.show_message(self.tr("Saved to {0}").format(path), "info")
        self.saved.emit(str(path))
        return str(path)


def _with_keys(text: str, keys: str) -> str:
    """A button's text with its shortcut after it: "Cetak…  (Ctrl+P)"."""
    return f"{text}  ({keys})" if keys else text


def show_document(pdf: bytes | str | Path, *, title: str, suggested_name: str = "document.pdf",
                  parent: QWidget | None = None) -> DocumentPreview:
    """Open a preview window (not modal) and return it."""
    preview = DocumentPreview(pdf, title=title, suggested_name=suggested_name, parent=parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    preview.raise_()
    return preview


def preview_from_database(tab: Any, load: Callable[..., Any], render: Callable[[Any], bytes],
                          title: Callable[[Any], str], number: Callable[[Any], str]) -> TaskHandle:
    """Read a document with ``load(session, actor)`` (or ``load(session)``) and
    render its PDF off the GUI thread (a :class:`~ispdesk.ui.ops.QueryOp`), then
    open the preview (kept as ``tab.document_preview``); a failure goes to the
    tab's message bar. ``title`` and ``number`` name the window and the file."""
    loading = with_actor(load)

    def work(session: Any, actor: Any) -> tuple[Any, bytes]:
        document = loading(session, actor)
        return document, render(document)

    def show(result: tuple[Any, bytes]) -> None:
        document, pdf = result
        tab.document_preview = show_document(pdf, title=title(document), suggested_name=f"{number(document)}.pdf",
                                             parent=tab.window())

    def failed(exc: BaseException) -> None:
        tab.message_bar.show_message(describe_error(exc), "error")

    return QueryOp(tab, tab.ctx, work).success(show).failure(failed).run()
