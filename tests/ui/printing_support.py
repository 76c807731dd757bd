"""Answering the dialogs a preview opens, as a user does: the print dialog
(choose "Print to File (PDF)" or a CUPS queue by name, type the file name,
press Print) and the save dialog (type a path, press Save). Both are modal
(``exec()``), so the answer is scheduled before the button is pressed and
runs inside the dialog's own event loop."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QFileDialog, QLineEdit, QWidget
from shiboken6 import isValid

from ispdesk.ui.widgets.print_preview import DocumentPreview


def previews() -> list[DocumentPreview]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentPreview) and w.isVisible()]


@dataclass
class Answer:
    """A dialog answered when it shows: ``seen`` the dialog found (None when
    none came within the time), ``error`` what went wrong while answering."""

    kind: type
    seen: QWidget | None = None
    error: BaseException | None = None
    details: dict[str, Any] = field(default_factory=dict)


def answer_when_shown(kind: type, respond: Callable[[Any, Answer], None], *, timeout_ms: int = 15000) -> Answer:
    """Look every 20 ms for a visible top-level ``kind`` and ``respond`` to it
    once; a dialog that still shows after the answer is rejected so a failing
    test ends instead of waiting for a hand."""
    answer = Answer(kind)
    tries = {"left": timeout_ms // 20}

    def look() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not found:
            tries["left"] -= 1
            if tries["left"] > 0:
                QTimer.singleShot(20, look)
            return
        dialog = found[0]
        answer.seen = dialog
        try:
            respond(dialog, answer)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            answer.error = exc
        QTimer.singleShot(200, lambda: dialog.reject() if isValid(dialog) and dialog.isVisible() else None)

    QTimer.singleShot(20, look)
    return answer


def _press_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def print_to_file(path: Path) -> Callable[[QPrintDialog, Answer], None]:
    """Choose Qt's "Print to File (PDF)" (the printer list's last entry, after
    the CUPS queues), type ``path`` as the output file, press Print."""
    def respond(dialog: QPrintDialog, answer: Answer) -> None:
        printers = dialog.findChild(QComboBox, "printers")
        answer.details["printers"] = [printers.itemText(i) for i in range(printers.count())]
        printers.setCurrentIndex(printers.count() - 1)
        name = dialog.findChild(QLineEdit, "filename")
        name.clear()
        name.setText(str(path))
        answer.details["paper"] = dialog.printer().pageLayout().pageSize().name()
        _press_ok(dialog)
    return respond


def print_to_queue(queue: str) -> Callable[[QPrintDialog, Answer], None]:
    """Choose the printer ``queue`` (a CUPS queue) in the list, press Print."""
    def respond(dialog: QPrintDialog, answer: Answer) -> None:
        printers = dialog.findChild(QComboBox, "printers")
        index = printers.findText(queue)
        assert index >= 0, f"{queue} is not among {[printers.itemText(i) for i in range(printers.count())]}"
        printers.setCurrentIndex(index)
        _press_ok(dialog)
    return respond


def cancel(dialog: Any, _answer: Answer) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()


def save_as(path: Path | str) -> Callable[[QFileDialog, Answer], None]:
    """Note where the save dialog opened and what name it proposed, then type
    ``path`` into its file name field and press Enter (Save)."""
    def respond(dialog: QFileDialog, answer: Answer) -> None:
        answer.details.setdefault("folder", Path(dialog.directory().absolutePath()))
        answer.details.setdefault("proposed", [Path(p).name for p in dialog.selectedFiles()])
        type_and_enter(dialog, path)
    return respond


def type_and_enter(dialog: QFileDialog, path: Path | str) -> None:
    """Type ``path`` into the file dialog's name field and press Enter."""
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    edit.selectAll()
    edit.setText(str(path))
    QTest.keyClick(edit, Qt.Key.Key_Return)


def pdf_words(path: Path | str | bytes) -> str:
    """The text of every page of a PDF, whitespace made single spaces."""
    import io
    reader = PdfReader(io.BytesIO(path) if isinstance(path, bytes) else path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages)).strip()


@dataclass(frozen=True)
class Ink:
    """The dark pixels of a page rendered at 36 dpi (half a point per pixel):
    how many, and their bounding box in points (left, top, right, bottom)."""

    count: int
    box: tuple[float, float, float, float]
    paper: tuple[float, float]

    @property
    def width(self) -> float:
        return self.box[2] - self.box[0]


def ink(pdf: Path | str | bytes, page: int = 0) -> Ink:
    from ispdesk.ui.widgets.print_preview import render_pages
    image = render_pages(pdf, 36)[page]
    xs, ys, count = [], [], 0
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).value() < 128:
                count += 1
                xs.append(x)
                ys.append(y)
    box = (min(xs) * 2.0, min(ys) * 2.0, (max(xs) + 1) * 2.0, (max(ys) + 1) * 2.0) if xs else (0.0, 0.0, 0.0, 0.0)
    return Ink(count, box, (image.width() * 2.0, image.height() * 2.0))
