"""Printing to a real print queue: CUPS with a CUPS-PDF queue (made by
.ci/setup-printing.sh, which .ci/run calls). The preview's Cetak… is clicked and
the queue chosen in the print dialog by its name, and a QPrinter named after the
queue prints a document of two pages; CUPS turns each job into PostScript and
CUPS-PDF back into a PDF in its output folder, where the test finds and reads it.

Without CUPS (or without the queue) the tests skip and say what is missing; with
ISPDESK_REQUIRE_CUPS set (CI: .ci/run sets it when CI=true) they fail instead."""
from __future__ import annotations

import io
import os
import pwd
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4, A5
from reportlab.pdfgen import canvas

from ispdesk.ui.widgets.print_preview import DocumentPreview, fit_printer_to, print_pdf
from tests.printing.pdf_reading import decode_qr_codes
from tests.ui.printing_support import answer_when_shown, ink, pdf_words, print_to_queue

QUEUE = os.environ.get("ISPDESK_CUPS_PDF_QUEUE", "ISPDesk-PDF")
REQUIRED = bool(os.environ.get("ISPDESK_REQUIRE_CUPS"))
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
JOB_WAIT_S = 90


def _run(*command: str) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def output_folder() -> Path:
    """Where CUPS-PDF writes this user's jobs: its ``Out`` setting (Debian:
    ${HOME}/PDF), ${HOME} and ${USER} those of the job's user (this process's)."""
    user = pwd.getpwuid(os.getuid())
    out = "/var/spool/cups-pdf/${USER}"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            found = re.match(r"\s*Out\s+(\S.*?)\s*$", line)
            if found:
                out = found.group(1)
    return Path(out.replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))


def missing() -> str:
    """Why printing to the CUPS-PDF queue cannot be tested here ("" when it can)."""
    if not shutil.which("lpstat"):
        return "CUPS is not installed (no lpstat): run .ci/setup-printing.sh as root"
    if "is running" not in _run("lpstat", "-r"):
        return "the CUPS scheduler is not running: run .ci/setup-printing.sh as root"
    if "cups-pdf:/" not in _run("lpstat", "-v", QUEUE):
        return f"there is no CUPS-PDF queue {QUEUE}: run .ci/setup-printing.sh as root"
    if "pdftops-renderer=pdftocairo" not in _run("lpoptions", "-p", QUEUE):
        return f"the queue {QUEUE} was not made by .ci/setup-printing.sh (its PDF-to-PostScript step is not pdftocairo)"
    if QUEUE not in QPrinterInfo.availablePrinterNames():
        return f"Qt's print support does not see the queue {QUEUE} (no CUPS plugin?)"
    return ""


@pytest.fixture
def cups_pdf(qapp: Any) -> Path:
    """The CUPS-PDF output folder, once the queue is known to be there."""
    reason = missing()
    if reason:
        if REQUIRED:
            pytest.fail(f"ISPDESK_REQUIRE_CUPS is set but {reason}")
        pytest.skip(reason)
    return output_folder()


class NewPdf:
    """The PDF a job leaves in the output folder: the files there before, and
    the wait for the one that appears (complete: pypdf reads it) after."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.before = set(folder.glob("*.pdf")) if folder.is_dir() else set()
        self.found: list[Path] = []

    def wait(self, name_part: str) -> Path:
        deadline = time.monotonic() + JOB_WAIT_S
        while time.monotonic() < deadline:
            QApplication.processEvents()
            fresh = [p for p in (set(self.folder.glob("*.pdf")) if self.folder.is_dir() else set()) - self.before
                     if name_part in p.name]
            for path in fresh:
                try:
                    size = path.stat().st_size
                    time.sleep(0.3)
                    if size and size == path.stat().st_size and len(PdfReader(path).pages):
                        self.found.append(path)
                        return path
                except Exception:  # noqa: BLE001 - still being written
                    pass
            time.sleep(0.3)
        jobs = _run("lpstat", "-W", "all", "-o", QUEUE)
        raise AssertionError(f"no PDF with {name_part!r} in {self.folder} after {JOB_WAIT_S} s; jobs: {jobs!r}")

    def remove(self) -> None:
        for path in self.found:
            path.unlink(missing_ok=True)


def receipt_pdf(number: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A5)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(40, 520, "KUITANSI PEMBAYARAN")
    pdf.setFont("Helvetica", 12)
    pdf.drawString(40, 480, f"No. kuitansi {number}")
    pdf.drawString(40, 460, "Diterima Rp 300.000")
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    code = QrCodeWidget(f"ISPDESK-RCP:{number}")
    drawing = Drawing(120, 120)
    drawing.add(code)
    renderPDF.draw(drawing, pdf, 40, 300)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_the_preview_prints_to_the_cups_pdf_queue_chosen_in_the_print_dialog(qtbot, cups_pdf, tmp_path,
                                                                           monkeypatch):
    monkeypatch.chdir(tmp_path)
    number = f"RCP-CUPS-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"
    preview = DocumentPreview(receipt_pdf(number), title=f"Kuitansi {number}", suggested_name=f"{number}.pdf")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    output = NewPdf(cups_pdf)
    answer = answer_when_shown(QPrintDialog, print_to_queue(QUEUE))
    try:
        with qtbot.waitSignal(preview.printed, timeout=30000) as printed:
            qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
        assert answer.error is None and isinstance(answer.seen, QPrintDialog)
        assert printed.args == [1] and preview.message_bar.text() == "Sent to the printer."
        path = output.wait(number)                                  # CUPS-PDF names it after the title
        words = pdf_words(path)
        assert number in words and "Rp 300.000" in words
        # Qt's dialog gives a CUPS queue its own default paper (A4 here) whatever was proposed;
        # the A5 receipt goes on it at its own size, not stretched.
        page = PdfReader(path).pages[0].mediabox
        assert (round(float(page.width)), round(float(page.height))) in ((420, 595), (421, 595), (595, 842))
        document, on_paper = ink(preview.pdf), ink(path)
        assert 0.9 * document.width < on_paper.width <= document.width + 2
        assert decode_qr_codes(path) == [f"ISPDESK-RCP:{number}"]
        assert list(tmp_path.iterdir()) == []
    finally:
        output.remove()


def test_a_qprinter_named_after_the_queue_prints_every_page(qapp, cups_pdf):
    number = f"INV-CUPS-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in (1, 2):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(60, 760, f"TAGIHAN {number} halaman {page}")
        pdf.drawString(60, 730, "Jumlah tagihan Rp 166.500")
        pdf.showPage()
    pdf.save()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(QUEUE)
    printer.setDocName(number)
    fit_printer_to(buffer.getvalue(), printer)
    assert printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName() == QUEUE
    output = NewPdf(cups_pdf)
    try:
        assert print_pdf(buffer.getvalue(), printer) == 2
        path = output.wait(number)
        reader = PdfReader(path)
        assert len(reader.pages) == 2
        assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]
        texts = [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]
        assert [f"TAGIHAN {number} halaman {n}" in text for n, text in zip((1, 2), texts)] == [True, True]
        assert all("Rp 166.500" in text for text in texts)
    finally:
        output.remove()
