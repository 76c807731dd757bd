"""The generic document output: pages shown, printed, saved — through the
buttons and keys a user presses (Cetak…, Enter, Ctrl+P; Simpan sebagai PDF…,
Ctrl+S), the print dialog answered with "Print to File (PDF)" and the save
dialog with a path, the results read back from the PDF files."""
from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from ispdesk.config import LocalSettings
from ispdesk.ui.widgets import file_dialogs
from ispdesk.ui.widgets.print_preview import DocumentPreview, page_count, print_pdf, render_pages
from tests.ui.printing_support import answer_when_shown, cancel, ink, pdf_words, print_to_file, save_as
from tests.ui.widget_support import indonesian, shot  # noqa: F401 (indonesian: fixture)


def two_page_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A5)
    for page in ("Kuitansi satu", "Kuitansi dua"):
        pdf.setFont("Helvetica-Bold", 28)
        pdf.drawString(40, 400, page)
        pdf.setFont("Helvetica", 12)
        pdf.drawString(40, 360, "RCP-202611-000042 Rp 300.000")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def workstation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """This workstation's settings in the test's folder, a home with a
    Documents folder, and the program started from a folder of its own (the
    current directory, which no dialog may use)."""
    monkeypatch.setenv("ISPDESK_DATA_DIR", str(tmp_path / "data"))
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    started = tmp_path / "started-here"
    started.mkdir()
    monkeypatch.chdir(started)
    return SimpleNamespace(home=home, documents=home / "Documents", cwd=started)


def open_preview(qtbot: Any, name: str = "RCP-202611-000042.pdf") -> DocumentPreview:
    preview = DocumentPreview(two_page_pdf(), title="Receipt RCP-202611-000042", suggested_name=name)
    qtbot.addWidget(preview)
    preview.show()
    preview.activateWindow()
    qtbot.waitExposed(preview)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    return preview


def press(qtbot: Any, preview: DocumentPreview, how: str) -> None:
    """Print or save as the user does: a click, Enter or a shortcut (the
    preview being the active window again, as after a dialog closed)."""
    preview.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)
    if how == "click print":
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    elif how == "enter":
        qtbot.keyClick(QApplication.focusWidget() or preview, Qt.Key.Key_Return)
    elif how == "ctrl+p":
        qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    elif how == "click save":
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    elif how == "ctrl+s":
        qtbot.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    else:
        raise ValueError(how)


def test_pages_render_to_images_with_ink():
    pdf = two_page_pdf()
    assert page_count(pdf) == 2
    images = render_pages(pdf, dpi=72)
    assert [i.width() for i in images] == [420, 420] and all(595 <= i.height() <= 596 for i in images)
    # the heading left dark pixels on a white page
    dark = sum(1 for x in range(40, 300, 2) for y in range(170, 200, 2) if images[0].pixelColor(x, y).value() < 100)
    assert dark > 20


def test_zoom_and_printing_to_a_given_printer(qtbot, tmp_path):
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


@pytest.mark.parametrize("how", ["click print", "enter", "ctrl+p"])
def test_print_button_enter_and_ctrl_p_print_through_the_print_dialog(qtbot, tmp_path, workstation, how):
    """The bug of issue 14: clicked(bool) reached print_document(printer=False)
    and every print ended in "'bool' object has no attribute 'resolution'"."""
    preview = open_preview(qtbot)
    assert preview.print_button.isDefault()                         # Enter is Print
    target = tmp_path / "dicetak.pdf"
    answer = answer_when_shown(QPrintDialog, print_to_file(target))
    with qtbot.waitSignal(preview.printed, timeout=20000) as printed:
        press(qtbot, preview, how)
    assert answer.error is None and isinstance(answer.seen, QPrintDialog)
    assert answer.details["paper"] == "A5"                           # the dialog proposes the document's paper
    assert printed.args == [2]
    assert preview.message_bar.text() == "Sent to the printer."
    reader = PdfReader(target)
    assert len(reader.pages) == 2
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [420, 595]   # A5, not stretched to A4
    words = pdf_words(target)
    assert "Kuitansi satu" in words and "Kuitansi dua" in words
    assert words.count("RCP-202611-000042") == 2 and "Rp 300.000" in words
    assert list(workstation.cwd.iterdir()) == []


def test_a_printed_page_looks_like_the_document(qtbot, tmp_path, workstation):
    """The printed page, seen, is the document's page: as much ink, in the
    same place give or take the printer's margin, at the same size."""
    preview = open_preview(qtbot)
    target = tmp_path / "dicetak.pdf"
    answer_when_shown(QPrintDialog, print_to_file(target))
    with qtbot.waitSignal(preview.printed, timeout=20000):
        press(qtbot, preview, "click print")
    for page in (0, 1):
        original, printed = ink(two_page_pdf(), page), ink(target, page)
        assert printed.paper == original.paper
        assert abs(printed.count - original.count) < 0.35 * original.count
        assert 0.85 * original.width < printed.width <= original.width + 2
        assert all(abs(a - b) < 30 for a, b in zip(printed.box, original.box))


def test_cancelling_the_print_dialog_prints_nothing_and_says_nothing(qtbot, tmp_path, workstation):
    preview = open_preview(qtbot)
    answer = answer_when_shown(QPrintDialog, cancel)
    with qtbot.assertNotEmitted(preview.printed):
        press(qtbot, preview, "click print")
    assert isinstance(answer.seen, QPrintDialog) and answer.error is None
    assert preview.message_bar.text() == ""


def test_a_printer_that_does_not_start_is_explained(qtbot, tmp_path):
    preview = DocumentPreview(two_page_pdf(), title="Receipt")
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "x.pdf"))
    assert not preview.print_document(printer)
    assert preview.message_bar.text().startswith("The printer did not take the document (")
    with pytest.raises(TypeError):
        print_pdf(two_page_pdf(), False)                   # what clicked(bool) used to pass


@pytest.mark.parametrize("how", ["click save", "ctrl+s"])
def test_save_asks_where_in_documents_and_writes_there_never_in_the_start_folder(qtbot, tmp_path, workstation, how):
    """The bug of issue 14: Save as PDF… wrote False.pdf into the folder the
    program was started from. Now it asks, in Documents, with the name filled in."""
    preview = open_preview(qtbot)
    target = tmp_path / "arsip" / "kuitansi-budi"                       # no .pdf typed
    target.parent.mkdir()
    answer = answer_when_shown(QFileDialog, save_as(target))
    with qtbot.waitSignal(preview.saved, timeout=20000) as saved:
        press(qtbot, preview, how)
    assert answer.error is None and isinstance(answer.seen, QFileDialog)
    assert answer.details["folder"] == workstation.documents
    assert answer.details["proposed"] == ["RCP-202611-000042.pdf"]
    written = target.with_name("kuitansi-budi.pdf")
    assert saved.args == [str(written)] and written.read_bytes() == preview.pdf
    assert preview.message_bar.text() == f"Saved to {written}"
    assert list(workstation.cwd.iterdir()) == [] and not Path("False.pdf").exists()
    assert LocalSettings.load().extra[file_dialogs.SAVE_FOLDER_KEY] == str(target.parent)


def test_the_next_save_opens_in_the_last_folder_and_a_bare_name_lands_there(qtbot, tmp_path, workstation):
    preview = open_preview(qtbot)
    folder = tmp_path / "laporan"
    folder.mkdir()
    answer_when_shown(QFileDialog, save_as(folder / "pertama.pdf"))
    with qtbot.waitSignal(preview.saved, timeout=20000):
        press(qtbot, preview, "click save")
    second = answer_when_shown(QFileDialog, save_as("kedua.pdf"))      # only a name: the folder shown
    with qtbot.waitSignal(preview.saved, timeout=20000) as saved:
        press(qtbot, preview, "ctrl+s")
    assert second.details["folder"] == folder
    assert saved.args == [str(folder / "kedua.pdf")] and (folder / "kedua.pdf").read_bytes() == preview.pdf
    assert list(workstation.cwd.iterdir()) == []


def test_a_remembered_folder_that_is_gone_falls_back_to_documents_then_home(qtbot, tmp_path, workstation):
    settings = LocalSettings.load()
    settings.extra[file_dialogs.SAVE_FOLDER_KEY] = str(tmp_path / "deleted")
    settings.save()
    assert file_dialogs.start_folder() == workstation.documents
    workstation.documents.rmdir()
    assert file_dialogs.start_folder() == workstation.home
    preview = open_preview(qtbot)
    answer = answer_when_shown(QFileDialog, cancel_file_dialog)
    with qtbot.assertNotEmitted(preview.saved):
        press(qtbot, preview, "click save")
    assert answer.details["folder"] == workstation.home
    assert list(workstation.cwd.iterdir()) == [] and preview.message_bar.text() == ""


def cancel_file_dialog(dialog: QFileDialog, answer: Any) -> None:
    answer.details["folder"] = Path(dialog.directory().absolutePath())
    dialog.reject()


def test_the_buttons_show_their_shortcuts_in_indonesian(qtbot, workstation, indonesian):
    preview = open_preview(qtbot)
    assert preview.print_button.text() == "&Cetak\u2026  (Ctrl+P)"
    assert preview.save_button.text() == "&Simpan sebagai PDF\u2026  (Ctrl+S)"
    assert preview.close_button.text() == "Tutup  (Esc)"
    assert "Ctrl+P" in preview.print_button.toolTip() and "Enter" in preview.print_button.toolTip()
    assert "Ctrl+S" in preview.save_button.toolTip()
    assert preview.print_button.toolTip().startswith("Pilih printer")
    shot(preview, "print_preview_id")


def test_a_broken_file_is_explained(qtbot):
    preview = DocumentPreview(b"not a pdf", title="x")
    qtbot.addWidget(preview)
    assert preview.page_labels == []
    assert "cannot be shown" in preview.message_bar.text()
