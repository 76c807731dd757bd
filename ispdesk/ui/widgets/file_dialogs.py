"""The program's file dialogs, one rule for all of them.

A dialog opens in the folder this workstation used last (remembered in its
:class:`~ispdesk.config.LocalSettings`: one folder for saving, one for
opening), else in the user's Documents folder (else the home folder) — never
in the folder the program happened to be started from. A save dialog fills in
the suggested file name and adds the extension of the chosen type when none is
typed ("kuitansi" -> "kuitansi.pdf").

The dialogs are :class:`QFileDialog` objects run with ``exec()``: Qt's own
dialog where native dialogs are switched off (in Indonesian, see
:mod:`ispdesk.ui.i18n`, and always on a platform without them), the system's
one otherwise. Tests find them among the top-level widgets and answer them.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ispdesk.config import LocalSettings

log = logging.getLogger(__name__)

#: LocalSettings keys of the folders remembered on this workstation.
SAVE_FOLDER_KEY = "last_save_folder"
OPEN_FOLDER_KEY = "last_open_folder"

_PATTERN = re.compile(r"\*\.([A-Za-z0-9]+)")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def documents_folder() -> Path:
    """The user's Documents folder; the home folder when there is none."""
    for location in (QStandardPaths.StandardLocation.DocumentsLocation,
                     QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path(QDir.homePath())


def start_folder(key: str = SAVE_FOLDER_KEY) -> Path:
    """Where a dialog opens: the folder remembered under ``key`` while it
    still exists, else :func:`documents_folder`."""
    remembered = LocalSettings.load().extra.get(key)
    if isinstance(remembered, str) and remembered:
        folder = Path(remembered)
        if folder.is_absolute() and folder.is_dir():
            return folder
    return documents_folder()


def remember_folder(folder: str | Path, key: str = SAVE_FOLDER_KEY) -> None:
    """Keep ``folder`` as the next start of the dialogs of ``key``. A settings
    file that cannot be written only means the folder is not remembered."""
    folder = Path(folder)
    if not folder.is_absolute():
        return
    settings = LocalSettings.load()
    if settings.extra.get(key) == str(folder):
        return
    settings.extra[key] = str(folder)
    try:
        settings.save()
    except Exception as exc:  # noqa: BLE001 - the file was saved; only the folder is not remembered
        log.warning("cannot remember the folder %s: %s", folder, exc)


def safe_file_name(name: str) -> str:
    """``name`` without folder parts or characters Windows refuses in a name."""
    cleaned = _UNSAFE.sub("-", name).strip(" .-")
    return cleaned or "document"


def suffix_of(name_filter: str) -> str:
    """The extension of a filter's first pattern: "PDF files (*.pdf)" -> "pdf"."""
    found = _PATTERN.search(name_filter or "")
    return found.group(1).lower() if found else ""


def _dialog(parent: QWidget | None, title: str, folder: Path, filters: str, name: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setObjectName(name)
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    """The files chosen ([] when cancelled) and the type chosen."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return [], ""
        return [path for path in dialog.selectedFiles() if path], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def ask_save_path(parent: QWidget | None, title: str, suggested_name: str, filters: str = "") -> str:
    """Ask where to save a file; the path chosen (with the chosen type's
    extension when none was typed) or "" when cancelled. ``filters`` as Qt
    writes them: "Excel workbook (*.xlsx);;CSV, comma separated (*.csv)"."""
    folder = start_folder(SAVE_FOLDER_KEY)
    dialog = _dialog(parent, title, folder, filters, "saveFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    first = filters.split(";;")[0] if filters else ""
    if suffix_of(first):
        dialog.setDefaultSuffix(suffix_of(first))
    dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(suffix_of(chosen)))
    if suggested_name:
        dialog.selectFile(str(folder / safe_file_name(suggested_name)))
    paths, chosen = _run(dialog)
    if not paths:
        return ""
    path = Path(paths[0])
    if not path.suffix and suffix_of(chosen or first):
        path = path.with_name(f"{path.name}.{suffix_of(chosen or first)}")
    remember_folder(path.parent, SAVE_FOLDER_KEY)
    return str(path)


def ask_folder(parent: QWidget | None, title: str) -> str:
    """Ask for a folder to write into; its path or "" when cancelled."""
    dialog = _dialog(parent, title, start_folder(SAVE_FOLDER_KEY), "", "folderDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    paths, _chosen = _run(dialog)
    if not paths:
        return ""
    remember_folder(paths[0], SAVE_FOLDER_KEY)
    return paths[0]


def ask_open_paths(parent: QWidget | None, title: str, filters: str = "", *, many: bool = True) -> list[str]:
    """Ask for existing files to read (one unless ``many``); [] when cancelled."""
    dialog = _dialog(parent, title, start_folder(OPEN_FOLDER_KEY), filters, "openFileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile)
    paths, _chosen = _run(dialog)
    if paths:
        remember_folder(Path(paths[0]).parent, OPEN_FOLDER_KEY)
    return paths


def ask_open_path(parent: QWidget | None, title: str, filters: str = "") -> str:
    """Ask for one existing file to read; its path or "" when cancelled."""
    paths = ask_open_paths(parent, title, filters, many=False)
    return paths[0] if paths else ""
