"""The program's files are owner-only whatever the umask: the data folder
0700, the SQLite file with its WAL and SHM, backups, receipts, exports and
printed invoices 0600. Each test runs with the usual umask of 0o022 (files
readable by every account) and real files on disk."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ispdesk import app as ispdesk_app
from ispdesk.cli import main
from ispdesk.config import DATABASE_FILE, LocalSettings
from ispdesk.db import migrate
from ispdesk.db.backup import backup_sqlite
from ispdesk.db.engine import Database
from ispdesk.domain import clock
from ispdesk.services import listing
from ispdesk.services.modules import spec
from ispdesk.services.specs import ListQuery
from ispdesk.ui.cashier.receipt_output import ReceiptPrinter, produce
from ispdesk.ui.login import FirstAdminDialog
from tests.hardening.secrets_support import (POSIX_ONLY, home, language_put_back, loose_umask,  # noqa: F401
                                             memory_keyring, mode)
from tests.printing.samples import receipt
from tests.support.actors import ADMIN
from tests.support.builders import add_customer, add_invoice

pytestmark = [POSIX_ONLY, pytest.mark.usefixtures("loose_umask")]


def sqlite_files(folder: Path) -> dict[str, int]:
    """The database file and its companions SQLite made, with their modes."""
    return {path.name: mode(path) for path in folder.glob(f"{DATABASE_FILE}*")}


def test_the_command_line_keeps_the_data_folder_and_the_database_owner_only(home, memory_keyring):
    assert main(["--language", "en", "db", "upgrade"]) == 0
    assert main(["--language", "en", "user", "add", "siti", "--role", "cashier", "--password", "kasir-12345"]) == 0
    assert mode(home) == 0o700
    made = sqlite_files(home)
    assert set(made) >= {DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm"}   # written in WAL mode
    assert set(made.values()) == {0o600}
    assert os.umask(0o022) == 0o022               # the process's umask is as it was after the command


def test_a_database_file_made_before_the_program_runs_gets_companions_of_its_own_mode(home):
    """Whatever the umask at the moment: the program makes the SQLite file
    0600 before SQLite opens it, and SQLite gives its WAL and SHM files the
    database file's mode."""
    from ispdesk.config import default_sqlite_url, secure_local_files
    url = default_sqlite_url()
    secure_local_files(url)
    db = Database.open(url)                       # no umask of the program's around this
    try:
        migrate.upgrade(db)
        assert set(sqlite_files(home).values()) == {0o600} and len(sqlite_files(home)) == 3
    finally:
        db.dispose()


def test_what_an_older_version_left_readable_is_made_owner_only_at_start(home, memory_keyring):
    for folder in (home, home / "backups", home / "receipts"):
        folder.mkdir(mode=0o755)
        os.chmod(folder, 0o755)
    old = sqlite3.connect(home / DATABASE_FILE)  # an older version's database, open in WAL mode
    old.execute("PRAGMA journal_mode=WAL")
    old.execute("CREATE TABLE t (x)")
    old.execute("INSERT INTO t VALUES (1)")
    old.commit()
    (home / "settings.json").write_text("{}", encoding="utf-8")
    os.chmod(home / "settings.json", 0o644)
    (home / "receipts" / "RCP-202611-000001.pdf").write_bytes(b"%PDF-1.4")
    try:
        assert set(sqlite_files(home).values()) == {0o644}
        assert main(["--language", "en", "db", "current"]) == 0
    finally:
        old.close()
    assert {name: mode(home / name) for name in ("", "backups", "receipts", "settings.json")} == {
        "": 0o700, "backups": 0o700, "receipts": 0o700, "settings.json": 0o600}
    assert set(sqlite_files(home).values()) == {0o600}


def test_a_database_outside_the_data_folder_is_made_owner_only_too(home, memory_keyring, tmp_path):
    where = tmp_path / "kantor"
    assert main(["--database", f"sqlite:///{where / 'office.sqlite3'}", "--language", "en", "db", "upgrade"]) == 0
    assert mode(where) == 0o700                                # made by the program
    assert {p.name: mode(p) for p in where.iterdir()} == {"office.sqlite3": 0o600, "office.sqlite3-wal": 0o600,
                                                          "office.sqlite3-shm": 0o600}


def test_the_window_opens_the_database_owner_only(qapp, qtbot, home, memory_keyring, language_put_back):
    """``ispdesk`` without arguments: a new SQLite file, the first administrator
    asked for; the user closes that window with Esc."""
    asked: list[str] = []
    timer = QTimer()

    def escape() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, FirstAdminDialog) and dialog.isVisible():
            asked.append(type(dialog).__name__)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    timer.timeout.connect(escape)
    timer.start(50)
    try:
        assert ispdesk_app.run() == 0
    finally:
        timer.stop()
    assert asked == ["FirstAdminDialog"]
    assert mode(home) == 0o700
    assert set(sqlite_files(home).values()) == {0o600} and DATABASE_FILE in sqlite_files(home)


def test_a_backup_is_owner_only(tmp_path):
    db = Database.open(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    try:
        migrate.upgrade(db)
        (tmp_path / "backups").mkdir(mode=0o755)
        os.chmod(tmp_path / "backups", 0o755)
        copies = [backup_sqlite(db, tmp_path / "backups", reason="pre-migration") for _ in range(2)]
    finally:
        db.dispose()
    assert mode(tmp_path / "backups") == 0o700
    assert [mode(copy) for copy in copies] == [0o600, 0o600]
    assert {p.name for p in (tmp_path / "backups").iterdir()} == {copy.name for copy in copies}  # no journal left
    with sqlite3.connect(copies[-1]) as copy:
        assert copy.execute("SELECT count(*) FROM roles").fetchone()[0] == 0   # a real copy of the schema
    copy.close()


def test_receipts_are_owner_only(home):
    first = produce(receipt(), ReceiptPrinter())
    again = produce(receipt(copy_number=2), ReceiptPrinter())
    assert mode(home / "receipts") == 0o700
    assert (first.path.name, again.path.name) == ("RCP-202611-000042.pdf", "RCP-202611-000042-copy-2.pdf")
    assert [mode(first.path), mode(again.path)] == [0o600, 0o600]
    assert first.path.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in (home / "receipts").iterdir()) == [again.path.name, first.path.name]


@pytest.mark.parametrize("name", ["pelanggan.csv", "pelanggan.xlsx"])
def test_an_export_of_a_table_is_owner_only(db, tmp_path, name):
    add_customer(db, name="Dewi Lestari")
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / name
    target.write_bytes(b"an older export")
    os.chmod(target, 0o644)
    assert listing.export_file(db, ADMIN, spec("customers"), ListQuery(), target) == 1
    assert mode(target) == 0o600
    assert target.read_bytes() != b"an older export"
    assert [p.name for p in folder.iterdir()] == [name]          # the partial file became the export


def test_invoices_printed_from_the_command_line_are_owner_only(db, db_url, tmp_path):
    for name in ("Dewi Lestari", "Budi Santoso"):
        add_invoice(db, add_customer(db, name=name))
    period = f"{clock.today():%Y-%m}"
    assert main(["--database", db_url, "invoices", "print", "--period", period, "--out", str(tmp_path / "out"),
                 "--quiet"]) == 0
    assert main(["--database", db_url, "invoices", "print", "--period", period, "--one-file",
                 "--out", str(tmp_path / "all" / "semua.pdf"), "--quiet"]) == 0
    printed = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(printed) == 2 and {mode(p) for p in printed} == {0o600}
    assert (mode(tmp_path / "out"), mode(tmp_path / "all"), mode(tmp_path / "all" / "semua.pdf")) == (
        0o700, 0o700, 0o600)


def test_the_settings_file_and_folder_are_owner_only(home, memory_keyring):
    ReceiptPrinter(target="10.0.0.9:9100", paper="58mm").save()
    assert (mode(home), mode(home / "settings.json")) == (0o700, 0o600)
    os.chmod(home / "settings.json", 0o644)                    # restored from a backup, say
    assert LocalSettings.load().extra == {"receipt_printer": "10.0.0.9:9100", "receipt_paper": "58mm"}
    assert mode(home / "settings.json") == 0o600
