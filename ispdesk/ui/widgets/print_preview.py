"""Document output for any PDF the program makes (receipts, Z-reports, later
invoices and contracts): preview the pages, print them through Qt's print
dialog, or save the PDF.

PySide6-Essentials has no QtPdf, so pages are rasterised with pypdfium2 (a
small PyPI wheel with PDFium inside) into QImages; printing paints those
images at the printer's resolution. Nothing here knows what the document is.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from ispdesk.ui.ops import QueryOp, with_actor
from ispdesk.ui.tasks import TaskHandle
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


def print_pdf(pdf: bytes | str | Path, printer: QPrinter) -> int:
    """Paint every page onto ``printer`` (fitted to its page, aspect kept);
    returns the number of pages sent."""
    dpi = min(max(printer.resolution(), SCREEN_DPI), MAX_PRINT_DPI)
    pages = render_pages(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer cannot be started.")
    try:
        for index, image in enumerate(pages):
            if index:
                printer.newPage()
            target = QRectF(painter.viewport())
            size = QSize(image.width(), image.height()).scaled(target.size().toSize(),
                                                               Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.x(), target.y(), size.width(), size.height()), image)
    finally:
        painter.end()
    return len(pages)


class DocumentPreview(QDialog):
    """The pages of one PDF with Print… (Ctrl+P), Save as PDF… (Ctrl+S),
    zoom (Ctrl++ / Ctrl+-) and Close (Esc).

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
        self.print_button = QPushButton(self.tr("&Print\u2026"), self)
        self.print_button.setObjectName("printDocument")
        self.save_button = QPushButton(self.tr("&Save as PDF\u2026"), self)
        self.save_button.setObjectName("saveDocument")
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
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
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_document)
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

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Ask for a printer (unless one is given) and print every page."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            count = print_pdf(self.pdf, printer)
        except Exception as exc:  # noqa: BLE001 - printers fail in many ways; say so
            self.message_bar.show_message(self.tr("Printing failed: {0}").format(exc))
            return False
        self.message_bar.show_message(self.tr("Sent to the printer."), "info")
        self.printed.emit(count)
        return True

    def save_document(self, path: str | Path | None = None) -> str:
        """Write the PDF (asking where unless ``path`` is given); the path or ''."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested_name,
                                                  self.tr("PDF files (*.pdf)"))
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
