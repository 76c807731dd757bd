"""One rule for every file dialog of the program (ispdesk.ui.widgets.file_dialogs):
it opens in the folder used last on this workstation, else in Documents, else
the home folder — never in the folder the program was started from; a save
dialog proposes the name and adds the chosen type's extension. Driven through
the buttons that open them: a tab's Export…, the period print's Choose…, and
the helper's own dialogs answered as a user answers them."""
from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QPushButton, QWidget

from ispdesk.config import LocalSettings
from ispdesk.domain import clock
from ispdesk.services.modules import SPECS
from ispdesk.ui.widgets import file_dialogs
from ispdesk.ui.widgets.table_tab import TableTab
from tests.services.billing_docs_support import add_customer
from tests.ui.printing_support import Answer, answer_when_shown, save_as, type_and_enter
from tests.ui.widget_support import admin_ctx, indonesian  # noqa: F401 (fixtures)

UI = Path(file_dialogs.__file__).resolve().parents[1]


@pytest.fixture
def workstation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    monkeypatch.setenv("ISPDESK_DATA_DIR", str(tmp_path / "data"))
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    started = tmp_path / "started-here"
    started.mkdir()
    monkeypatch.chdir(started)
    return SimpleNamespace(home=home, documents=home / "Documents", cwd=started)


def choose_type_and_save(path: Path, type_index: int):
    """Pick the file type at ``type_index`` (e.g. CSV) with the arrow key, then
    type ``path`` and press Enter."""
    def respond(dialog: QFileDialog, answer: Answer) -> None:
        answer.details["folder"] = Path(dialog.directory().absolutePath())
        answer.details["proposed"] = [Path(p).name for p in dialog.selectedFiles()]
        types = dialog.findChild(QComboBox, "fileTypeCombo")
        answer.details["types"] = [types.itemText(i) for i in range(types.count())]
        types.setFocus()
        for _ in range(type_index - types.currentIndex()):       # the arrow key, as a user picks it
            QTest.keyClick(types, Qt.Key.Key_Down)
        answer.details["chosen"] = types.currentText()
        type_and_enter(dialog, path)
    return respond


def choose_folder(folder: Path):
    def respond(dialog: QFileDialog, answer: Answer) -> None:
        answer.details["folder"] = Path(dialog.directory().absolutePath())
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setText(str(folder))
        QTest.keyClick(edit, Qt.Key.Key_Return)
    return respond


def choose_file(path: Path):
    def respond(dialog: QFileDialog, answer: Answer) -> None:
        answer.details["folder"] = Path(dialog.directory().absolutePath())
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setText(path.name)                      # a name in the folder shown, as a user picks it
        QTest.keyClick(edit, Qt.Key.Key_Return)
    return respond


def test_no_screen_opens_a_file_dialog_of_its_own():
    """Every QFileDialog of ispdesk/ui is made by file_dialogs (no static
    getSaveFileName/getOpenFileName/getExistingDirectory, no QFileDialog(...)):
    none of them can start in the current directory again."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "file_dialogs.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name) and node.id == "QFileDialog":
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
            elif isinstance(node, ast.alias) and node.name == "QFileDialog":
                offenders.append(f"{path.relative_to(UI)} imports QFileDialog")
    assert offenders == []


def test_a_save_dialog_starts_in_documents_adds_the_chosen_extension_and_remembers_the_folder(qtbot, tmp_path,
                                                                                              workstation):
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "ekspor" / "pelanggan"
    target.parent.mkdir()
    answer = answer_when_shown(QFileDialog, choose_type_and_save(target, 1))
    path = file_dialogs.ask_save_path(parent, "Ekspor", "customers.xlsx",
                                      "Excel workbook (*.xlsx);;CSV, comma separated (*.csv)")
    assert answer.error is None
    assert answer.details["folder"] == workstation.documents and answer.details["proposed"] == ["customers.xlsx"]
    assert path == str(target.with_name("pelanggan.csv"))           # CSV chosen, no extension typed
    assert LocalSettings.load().extra[file_dialogs.SAVE_FOLDER_KEY] == str(target.parent)
    again = answer_when_shown(QFileDialog, lambda dialog, a: (a.details.update(
        folder=Path(dialog.directory().absolutePath())), dialog.reject()))
    assert file_dialogs.ask_save_path(parent, "Ekspor", "x.xlsx", "Excel workbook (*.xlsx)") == ""
    assert again.details["folder"] == target.parent
    assert list(workstation.cwd.iterdir()) == []


def test_folder_and_open_dialogs_follow_the_same_rule(qtbot, tmp_path, workstation):
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = tmp_path / "tagihan"
    folder.mkdir()
    answer = answer_when_shown(QFileDialog, choose_folder(folder))
    assert file_dialogs.ask_folder(parent, "Folder") == str(folder)
    assert answer.details["folder"] == workstation.documents
    assert file_dialogs.start_folder(file_dialogs.SAVE_FOLDER_KEY) == folder

    photos = workstation.documents / "foto.jpg"
    photos.write_bytes(b"\xff\xd8\xff")
    opened = answer_when_shown(QFileDialog, choose_file(photos))
    assert file_dialogs.ask_open_path(parent, "Foto", "Images (*.jpg *.jpeg *.png)") == str(photos)
    assert opened.details["folder"] == workstation.documents                  # opening has a folder of its own
    assert LocalSettings.load().extra[file_dialogs.OPEN_FOLDER_KEY] == str(workstation.documents)
    assert file_dialogs.start_folder(file_dialogs.SAVE_FOLDER_KEY) == folder  # saving kept its own


def test_the_name_proposed_is_a_file_name_only():
    assert file_dialogs.safe_file_name("RCP/2026:11*01.pdf") == "RCP-2026-11-01.pdf"
    assert file_dialogs.safe_file_name("../..") == "document"
    assert file_dialogs.suffix_of("Excel workbook (*.xlsx)") == "xlsx" and file_dialogs.suffix_of("All (*)") == ""


def test_a_tabs_export_button_asks_in_documents_and_writes_the_chosen_type(qtbot, db, admin_ctx, tmp_path,
                                                                          workstation, indonesian):
    add_customer(db)
    tab = TableTab(admin_ctx, SPECS["customers"])
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.total == 1 and not admin_ctx.runner.busy,
                    timeout=15000)
    target = tmp_path / "ekspor" / "pelanggan"
    target.parent.mkdir()
    answer = answer_when_shown(QFileDialog, choose_type_and_save(target, 1))
    with qtbot.waitSignal(tab.exported, timeout=20000) as exported:
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    written = target.with_name("pelanggan.csv")
    assert exported.args == [str(written)]
    assert answer.error is None and answer.details["folder"] == workstation.documents
    assert answer.details["proposed"] == [f"customers-{clock.today():%Y%m%d}.xlsx"]       # Excel first
    assert answer.details["types"][1].startswith("CSV")                 # Qt's own dialog, in Indonesian texts
    assert "Budi Santoso" in written.read_text(encoding="utf-8-sig")
    assert list(workstation.cwd.iterdir()) == []


def test_the_period_print_chooses_its_file_and_folder_in_documents(qtbot, db, admin_ctx, tmp_path, workstation):
    from ispdesk.ui.documents.dialogs import PrintPeriodDialog
    dialog = PrintPeriodDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.period.setText("2026-11")
    choose = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Choose\u2026")
    answer = answer_when_shown(QFileDialog, save_as(tmp_path / "november"))
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert answer.error is None and answer.details["folder"] == workstation.documents
    assert answer.details["proposed"] == ["invoices-2026-11.pdf"]
    assert dialog.target.text() == str(tmp_path / "november.pdf")
    qtbot.mouseClick(dialog.folder, Qt.MouseButton.LeftButton)
    folder = tmp_path / "per-tagihan"
    folder.mkdir()
    answer = answer_when_shown(QFileDialog, choose_folder(folder))
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert answer.details["folder"] == tmp_path                              # the folder used last
    assert dialog.target.text() == str(folder)
    assert list(workstation.cwd.iterdir()) == []
