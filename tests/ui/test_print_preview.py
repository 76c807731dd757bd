"""The generic document output: pages shown, printed to a (PDF) printer, saved."""
from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from ispdesk.ui.widgets.print_preview import DocumentPreview, page_count, render_pages


def two_page_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A5)
    for page in ("Kuitansi satu", "Kuitansi dua"):
        pdf.setFont("Helvetica-Bold", 28)
        pdf.drawString(40, 400, page)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pages_render_to_images_with_ink():
    pdf = two_page_pdf()
    assert page_count(pdf) == 2
    images = render_pages(pdf, dpi=72)
    assert [i.width() for i in images] == [420, 420] and all(595 <= i.height() <= 596 for i in images)
    # the heading left dark pixels on a white page
    dark = sum(1 for x in range(40, 300, 2) for y in range(170, 200, 2) if images[0].pixelColor(x, y).value() < 100)
    assert dark > 20


def test_preview_shows_every_page_prints_and_saves(qtbot, tmp_path):
    preview = DocumentPreview(two_page_pdf(), title="Receipt", suggested_name="r.pdf")
    qtbot.addWidget(preview)
    assert len(preview.page_labels) == 2
    width = preview.page_labels[0].pixmap().width()
    preview.set_zoom(2.0)
    assert preview.page_labels[0].pixmap().width() > width * 1.8

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.printed) as printed:
        assert preview.print_document(printer)
    assert printed.args == [2]
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2

    with qtbot.waitSignal(preview.saved):
        saved = preview.save_document(tmp_path / "copy")
    assert saved.endswith("copy.pdf")
    assert "Kuitansi dua" in PdfReader(saved).pages[1].extract_text()


def test_a_broken_file_is_explained(qtbot):
    preview = DocumentPreview(b"not a pdf", title="x")
    qtbot.addWidget(preview)
    assert preview.page_labels == []
    assert "cannot be shown" in preview.message_bar.text()
