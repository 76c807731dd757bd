"""The login dialog and the first-administrator dialog, driven with the keyboard."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ispdesk.db.engine import Database
from ispdesk.db.unit_of_work import read
from ispdesk.domain.actor import Workstation
from ispdesk.services import auth, users
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.login import FirstAdminDialog, LoginDialog
from tests.support.actors import add_user
from tests.ui.widget_support import indonesian  # noqa: F401 (fixture)

DESK = Workstation(host="kasir-01", address="192.168.1.21", program="ISPDesk 0.1.0")


@pytest.fixture
def cashier(db: Database) -> int:
    return add_user(db, "kasir1", "cashier", name="Siti Rahma", password="kasir123").user_id


def login_dialog(qtbot, db: Database) -> LoginDialog:
    dialog = LoginDialog(db, DESK, company="PT Jaringan Serat Nusantara")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_in(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_a_wrong_password_shows_the_message_and_keeps_the_dialog_open(qtbot, db: Database, cashier: int) -> None:
    dialog = login_dialog(qtbot, db)
    type_in(qtbot, dialog, "kasir1", "salah")
    qtbot.waitUntil(lambda: dialog.message_text() != "" and not dialog.runner.busy)
    assert dialog.message_text() == translate_message(auth.WRONG_CREDENTIALS())
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.password.text() == "" and dialog.password.hasFocus()


def test_the_right_password_accepts_with_the_actor(qtbot, db: Database, cashier: int) -> None:
    dialog = login_dialog(qtbot, db)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        type_in(qtbot, dialog, "kasir1", "kasir123")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.actor.user_id, dialog.actor.role, dialog.actor.workstation) == (cashier, "cashier", DESK)


def test_an_empty_user_name_is_asked_for_without_a_database_call(qtbot, db: Database) -> None:
    dialog = login_dialog(qtbot, db)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.message_text() == "Enter your user name."
    assert not dialog.runner.busy and dialog.isVisible()


def test_escape_cancels(qtbot, db: Database) -> None:
    dialog = login_dialog(qtbot, db)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.username, Qt.Key.Key_Escape)
    assert dialog.actor is None


def test_the_login_dialog_looks_right(qtbot, db: Database, cashier: int) -> None:
    dialog = login_dialog(qtbot, db)
    type_in(qtbot, dialog, "kasir1", "salah")
    qtbot.waitUntil(lambda: dialog.message_text() != "" and not dialog.runner.busy)
    Path("/tmp/shots").mkdir(exist_ok=True)
    image = dialog.grab()
    assert image.save("/tmp/shots/login.png")
    assert image.width() >= 400 and image.height() >= 250


def first_admin_dialog(qtbot, db: Database) -> FirstAdminDialog:
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot, dialog: FirstAdminDialog, name: str, username: str, password: str, repeat: str) -> None:
    for edit, text in ((dialog.name, name), (dialog.username, username), (dialog.password, password),
                       (dialog.repeat, repeat)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)


def test_first_admin_is_created(qtbot, db: Database) -> None:
    assert read(db, users.has_users) is False
    dialog = first_admin_dialog(qtbot, db)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        fill(qtbot, dialog, "Budi Santoso", "Admin", "admin1234", "admin1234")
    assert dialog.user_id is not None and dialog.created_username == "admin"
    assert read(db, users.has_users) is True
    login = LoginDialog(db, DESK, username=dialog.created_username)
    qtbot.addWidget(login)
    login.show()
    with qtbot.waitSignal(login.accepted, timeout=10000):
        qtbot.keyClicks(login.password, "admin1234")
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.actor.role == "admin" and login.actor.can("users", "create")


def test_mismatched_passwords_are_shown_next_to_the_field_and_nothing_is_written(qtbot, db: Database) -> None:
    dialog = first_admin_dialog(qtbot, db)
    fill(qtbot, dialog, "Budi Santoso", "admin", "admin1234", "admin4321")
    assert "differ" in dialog.error_text("repeat")
    assert dialog.error_text("password") == "" and dialog.isVisible()
    assert not dialog.runner.busy
    assert read(db, users.has_users) is False


def test_service_refusals_land_next_to_their_field(qtbot, db: Database) -> None:
    dialog = first_admin_dialog(qtbot, db)
    fill(qtbot, dialog, "Budi Santoso", "a!", "admin1234", "admin1234")
    qtbot.waitUntil(lambda: dialog.error_text("username") != "" and not dialog.runner.busy)
    assert dialog.error_text("username") == translate_message(users.BAD_USERNAME())
    assert dialog.isVisible() and read(db, users.has_users) is False


def test_a_wrong_password_is_said_in_indonesian(qtbot, db: Database, cashier: int, indonesian) -> None:
    dialog = login_dialog(qtbot, db)
    type_in(qtbot, dialog, "kasir1", "salah")
    qtbot.waitUntil(lambda: dialog.message_text() != "" and not dialog.runner.busy)
    assert dialog.message_text() == "Nama pengguna atau kata sandi salah."


def test_a_short_password_is_refused_before_the_database_is_asked(qtbot, db: Database) -> None:
    dialog = first_admin_dialog(qtbot, db)
    fill(qtbot, dialog, "Budi Santoso", "admin", "admin12", "admin12")
    assert dialog.error_text("password") == translate_message(users.PASSWORD_TOO_SHORT(length=8))
    assert not dialog.runner.busy and read(db, users.has_users) is False
