"""The office server's password lives in the credential store (or, where there
is none, in an owner-only file the user is told about once), never in the
settings file, an error message or the log."""
from __future__ import annotations

import json
import logging
import os
import traceback
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from ispdesk import app as ispdesk_app
from ispdesk.adapters import secrets
from ispdesk.cli import main
from ispdesk.config import LocalSettings, config_file, database_url
from ispdesk.db.engine import NOT_A_URL, parse_url
from ispdesk.domain.errors import ISPDeskError
from ispdesk.domain.redact import hide_password
from tests.hardening.secrets_support import (POSIX_ONLY, LockedKeyring, _use_backend, home,  # noqa: F401
                                             language_put_back, loose_umask, memory_keyring, mode, no_keyring)

pytestmark = POSIX_ONLY

PASSWORD = "Rahasia#Kantor@77/b"          # '#', '@' and '/' must be escaped in a URL
TYPED = f"mysql+pymysql://kasir:{quote(PASSWORD, safe='')}@10.20.30.40:3306/ispdesk"
STORED = "mysql+pymysql://kasir@10.20.30.40:3306/ispdesk"
#: A server nobody listens on: opening fails at once, after the password was used.
CLOSED = "mysql+pymysql://kasir:Rahasia-Kantor-77@127.0.0.1:1/ispdesk"


def leaks(text: str, password: str = PASSWORD) -> bool:
    return password in text or quote(password, safe="") in text


@pytest.fixture
def locked_keyring():
    yield from _use_backend(LockedKeyring())


def write_old_settings(folder: Path, url: str, **more: str) -> Path:
    """A settings file as an older version (or a hand edit) left it: the
    password in the URL, readable by every account."""
    folder.mkdir(mode=0o755, parents=True, exist_ok=True)
    os.chmod(folder, 0o755)
    path = folder / "settings.json"
    path.write_text(json.dumps({"database_url": url, **more}), encoding="utf-8")
    os.chmod(path, 0o644)
    return path


# ---------------------------------------------------------------- the store


def test_a_secret_round_trips_through_the_credential_store(home, memory_keyring):
    secrets.set("gateway midtrans server key", "SB-Mid-server-0a1b2c")
    assert secrets.get("gateway midtrans server key") == "SB-Mid-server-0a1b2c"
    assert memory_keyring.entries == {("ISPDesk", "gateway midtrans server key"): "SB-Mid-server-0a1b2c"}
    secrets.set("gateway midtrans server key", "SB-Mid-server-new")
    assert secrets.get("gateway midtrans server key") == "SB-Mid-server-new"
    assert not secrets.store_file().exists()                  # nothing in a plain file
    assert secrets.take_notice() is None                      # nothing to tell
    secrets.delete("gateway midtrans server key")
    assert secrets.get("gateway midtrans server key") is None
    assert memory_keyring.entries == {}
    secrets.delete("gateway midtrans server key")             # forgetting twice is no error
    assert secrets.get("never kept") is None


def test_without_a_credential_store_secrets_go_to_an_owner_only_file_said_once(home, no_keyring, loose_umask,
                                                                               caplog):
    caplog.set_level(logging.DEBUG, logger="ispdesk")
    secrets.set("database server", PASSWORD)
    secrets.set("gateway token", "tok-123")
    path = secrets.store_file()
    assert path == home / "secrets.json"
    assert (mode(path), mode(home)) == (0o600, 0o700)         # despite the umask of 0o022
    assert json.loads(path.read_text(encoding="utf-8")) == {"database server": PASSWORD,
                                                            "gateway token": "tok-123"}
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and str(path) in warnings[0]   # one line, naming the file
    assert not leaks(caplog.text) and "tok-123" not in caplog.text
    notice = secrets.take_notice()
    assert notice is not None and notice.code == "secrets.plain_file" and notice.params == {"path": str(path)}
    assert secrets.take_notice() is None                      # shown once
    secrets.set("api secret", "s3cr3t")
    assert secrets.take_notice() is None                      # the file was there already
    assert (secrets.get("database server"), secrets.get("gateway token")) == (PASSWORD, "tok-123")
    for name in ("database server", "gateway token", "api secret"):
        secrets.delete(name)
    assert not path.exists()                                  # the last secret gone, the file too
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_a_secrets_file_left_readable_is_made_owner_only_when_read(home, no_keyring):
    home.mkdir()
    path = home / "secrets.json"
    path.write_text(json.dumps({"database server": PASSWORD}), encoding="utf-8")
    os.chmod(path, 0o644)
    assert secrets.get("database server") == PASSWORD
    assert mode(path) == 0o600


def test_a_secret_in_the_file_moves_into_a_credential_store_once_there_is_one(home, memory_keyring):
    home.mkdir(mode=0o700)
    path = home / "secrets.json"
    path.write_text(json.dumps({"database server": PASSWORD, "gateway token": "tok-123"}), encoding="utf-8")
    assert secrets.get("database server") == PASSWORD
    assert memory_keyring.entries == {("ISPDesk", "database server"): PASSWORD}
    assert json.loads(path.read_text(encoding="utf-8")) == {"gateway token": "tok-123"}


def test_a_store_that_refuses_leaves_the_secret_in_the_owner_only_file(home, locked_keyring, caplog):
    caplog.set_level(logging.DEBUG, logger="ispdesk")
    secrets.set("database server", PASSWORD)
    assert mode(secrets.store_file()) == 0o600
    assert secrets.get("database server") == PASSWORD
    assert "KeyringLocked" in caplog.text and not leaks(caplog.text)
    assert secrets.take_notice().code == "secrets.plain_file"


def test_a_secret_needs_a_name(home, memory_keyring):
    with pytest.raises(ValueError):
        secrets.set(" ", "x")


# ---------------------------------------------------------------- the settings file


def test_the_settings_file_keeps_the_url_without_its_password(home, memory_keyring, loose_umask):
    LocalSettings(database_url=TYPED, language="id").save()
    text = config_file().read_text(encoding="utf-8")
    assert not leaks(text)
    assert json.loads(text) == {"database_url": STORED, "language": "id"}
    assert (mode(config_file()), mode(home)) == (0o600, 0o700)
    assert memory_keyring.entries == {("ISPDesk", f"database {STORED}"): PASSWORD}
    assert database_url() == TYPED                            # the password put back where the URL is used
    assert make_url(database_url()).password == PASSWORD
    assert LocalSettings.load().database_url == STORED


def test_a_url_without_a_stored_password_is_used_as_it_is(home, memory_keyring):
    LocalSettings(database_url="mysql+pymysql://root@127.0.0.1/ispdesk").save()
    assert database_url() == "mysql+pymysql://root@127.0.0.1/ispdesk"
    LocalSettings(database_url="sqlite:////srv/ispdesk/office.sqlite3").save()
    assert database_url() == "sqlite:////srv/ispdesk/office.sqlite3"
    assert memory_keyring.entries == {}


def test_an_old_settings_file_is_migrated_on_first_load(home, no_keyring, loose_umask, caplog):
    caplog.set_level(logging.DEBUG, logger="ispdesk")
    path = write_old_settings(home, TYPED, language="id", receipt_printer="10.0.0.9:9100")
    assert make_url(database_url()).password == PASSWORD      # it still opens the same server
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw == {"database_url": STORED, "language": "id", "receipt_printer": "10.0.0.9:9100"}
    assert not leaks(path.read_text(encoding="utf-8"))
    assert (mode(path), mode(home)) == (0o600, 0o700)
    store = secrets.store_file()                              # no credential store here: the owner-only file
    assert mode(store) == 0o600 and json.loads(store.read_text(encoding="utf-8")) == {
        f"database {STORED}": PASSWORD}
    assert secrets.take_notice().code == "secrets.plain_file"
    assert not leaks(caplog.text)
    # later loads find nothing to move and say nothing more
    assert make_url(database_url()).password == PASSWORD
    assert secrets.take_notice() is None
    assert json.loads(path.read_text(encoding="utf-8")) == raw


def test_the_command_line_migrates_the_settings_and_tells_once(home, no_keyring, loose_umask, capsys):
    path = write_old_settings(home, CLOSED)
    assert main(["--language", "en", "db", "current"]) == 2   # nobody listens: the password was used, then refused
    err = capsys.readouterr().err
    assert "Rahasia-Kantor-77" not in err
    assert str(secrets.store_file()) in err                   # the notice, once
    assert json.loads(path.read_text(encoding="utf-8")) == {"database_url": "mysql+pymysql://kasir@127.0.0.1:1/ispdesk"}
    assert main(["--language", "en", "db", "current"]) == 2
    err = capsys.readouterr().err
    assert str(secrets.store_file()) not in err and "Rahasia-Kantor-77" not in err
    assert len(err.strip().splitlines()) == 1


# ---------------------------------------------------------------- messages and logs


@pytest.mark.parametrize("typed", [
    "mysql+pymysql://kasir:Rahasia-Kantor-77@db.kantor:33o6/ispdesk",     # a port that is not a number
    "mysql+pymysql://kasir:Rahasia@Kantor-77@db.kantor/ispdesk",          # an @ left unescaped
    "mysql+pymysql//kasir:Rahasia-Kantor-77@db.kantor/ispdesk",           # the colon of :// missing
])
def test_a_url_that_does_not_parse_is_named_with_its_password_hidden(typed, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    assert main(["--database", typed, "--language", "en", "db", "current"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ispdesk: Not a database URL: ") and "kasir:***@" in err
    assert "Rahasia" not in err and "Kantor-77" not in err and "Rahasia" not in caplog.text
    with pytest.raises(ISPDeskError) as refused:
        parse_url(typed)
    assert refused.value.code == NOT_A_URL.code
    traceback_text = "".join(traceback.format_exception(refused.value))   # SQLAlchemy's own error is not chained
    assert "Rahasia" not in traceback_text and "Kantor-77" not in traceback_text


def test_a_url_in_the_settings_that_does_not_parse_is_named_without_its_password(home, no_keyring, capsys):
    path = write_old_settings(home, "mysql+pymysql://kasir:Rahasia-Kantor-77@db.kantor:33o6/ispdesk")
    assert main(["--language", "en", "db", "current"]) == 2
    err = capsys.readouterr().err
    assert "Not a database URL: mysql+pymysql://kasir:***@db.kantor:33o6/ispdesk" in err
    assert "Rahasia" not in err and "Rahasia" not in path.read_text(encoding="utf-8")


def test_hiding_a_password_keeps_the_rest_of_the_url():
    assert hide_password(TYPED) == "mysql+pymysql://kasir:***@10.20.30.40:3306/ispdesk"
    assert hide_password(STORED) == STORED
    assert hide_password("sqlite:////data/kasir:1@kantor.sqlite3") == "sqlite:////data/kasir:1@kantor.sqlite3"


def _press_ok_on_message_boxes(qtbot, seen: list[tuple[QMessageBox.Icon, str]]) -> QTimer:
    """Press OK on each message box the program shows, noting what it said."""
    timer = QTimer()

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append((box.icon(), box.text()))
            qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    timer.timeout.connect(press)
    timer.start(50)
    return timer


def test_the_window_tells_once_where_the_password_went_and_names_no_password(qapp, qtbot, home, no_keyring,
                                                                             language_put_back):
    write_old_settings(home, CLOSED)
    seen: list[tuple[QMessageBox.Icon, str]] = []
    timer = _press_ok_on_message_boxes(qtbot, seen)
    try:
        assert ispdesk_app.run() == 1
        assert [icon for icon, _ in seen] == [QMessageBox.Icon.Warning, QMessageBox.Icon.Critical]
        assert str(secrets.store_file()) in seen[0][1]                 # where the password went
        assert "127.0.0.1:1" in seen[1][1]                             # the server that cannot be reached
        seen.clear()
        assert ispdesk_app.run() == 1
        assert [icon for icon, _ in seen] == [QMessageBox.Icon.Critical]   # told once
    finally:
        timer.stop()
    assert not any("Rahasia-Kantor-77" in text for _, text in seen)


def test_the_window_names_a_url_that_does_not_parse_without_its_password(qapp, qtbot, home, language_put_back):
    seen: list[tuple[QMessageBox.Icon, str]] = []
    timer = _press_ok_on_message_boxes(qtbot, seen)
    try:
        assert ispdesk_app.run(database="mysql+pymysql://kasir:Rahasia@Kantor-77@db.kantor/ispdesk") == 1
    finally:
        timer.stop()
    assert len(seen) == 1 and "kasir:***@db.kantor/ispdesk" in seen[0][1]
    assert "Rahasia" not in seen[0][1] and "Kantor-77" not in seen[0][1]


# ---------------------------------------------------------------- the office server (MariaDB)


def test_the_office_server_is_opened_with_the_password_from_the_store(home, memory_keyring, scratch_mariadb,
                                                                       capsys, caplog):
    """A real account with a password on the MariaDB server: the settings file
    written with the password in its URL, ``ispdesk db upgrade`` moves it to
    the store and still logs in; without the stored password the server
    refuses, and no message or log line shows it."""
    caplog.set_level(logging.DEBUG)
    created = scratch_mariadb.create("ispdesk_secret")
    name = make_url(created).database
    user = f"kasir_{uuid.uuid4().hex[:8]}"
    with scratch_mariadb.admin.connect() as conn:
        conn.execute(sa.text(f"CREATE USER '{user}'@'%' IDENTIFIED BY :password"), {"password": PASSWORD})
        conn.execute(sa.text(f"GRANT ALL PRIVILEGES ON `{name}`.* TO '{user}'@'%'"))
    try:
        server = scratch_mariadb.server
        typed = server.set(username=user, password=PASSWORD, database=name).render_as_string(hide_password=False)
        stored = server.set(username=user, password=None, database=name).render_as_string(hide_password=False)
        path = write_old_settings(home, typed)
        assert main(["--language", "en", "db", "upgrade"]) == 0
        assert "(head)" in capsys.readouterr().out
        assert json.loads(path.read_text(encoding="utf-8")) == {"database_url": stored}
        assert memory_keyring.entries == {("ISPDesk", f"database {stored}"): PASSWORD}
        assert main(["--language", "en", "db", "current"]) == 0
        assert "up to date" in capsys.readouterr().out
        secrets.delete(f"database {stored}")
        assert main(["--language", "en", "db", "current"]) == 2      # no password: the server refuses
        err = capsys.readouterr().err
        assert "Access denied" in err and not leaks(err)
        assert not leaks(caplog.text)
    finally:
        with scratch_mariadb.admin.connect() as conn:
            conn.execute(sa.text(f"DROP USER IF EXISTS '{user}'@'%'"))
        scratch_mariadb.drop(created)

