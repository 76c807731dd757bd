"""The users tab's own actions: add a user (messages under the fields), reset a
password, deactivate/activate (never oneself, never the last administrator)."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QDialog

from ispdesk.db.models import AuditLog, User
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import Role
from ispdesk.domain.permissions import DEFAULT_MATRIX
from ispdesk.services import auth, users
from ispdesk.ui.admin import actions
from ispdesk.ui.admin.user_dialogs import AddUserDialog, ResetPasswordDialog
from tests.ui.test_table_tab import open_tab, settle
from tests.support.actors import add_user, system
from tests.ui.widget_support import isolated_settings, make_ctx  # noqa: F401


@pytest.fixture
def admin_ctx(db):
    actor = add_user(db, "boss", "admin", name="Bu Boss")
    ctx = make_ctx(db, actor)
    yield ctx
    ctx.runner.wait()


@pytest.fixture(autouse=True)
def no_confirmation(monkeypatch):
    monkeypatch.setattr(actions, "CONFIRM", False)


def user_row(db, username: str) -> User | None:
    return read(db, lambda s: s.scalar(sa.select(User).where(User.username == username)))


def test_add_user_shows_messages_under_the_fields_then_saves(qtbot, db, admin_ctx):
    tab = open_tab(qtbot, admin_ctx, "users")
    button = tab.action_buttons["addUser"][0]
    assert button.isEnabled() and not tab.delete_button.isVisible()   # only the checked way switches users off
    tab.run_module_action("addUser")
    dialog = tab.findChild(AddUserDialog)
    qtbot.waitUntil(lambda: dialog.role.count() > 0)
    dialog.username.setText("kasir2")
    dialog.name.setText("Rina Kasir")
    dialog.role.setCurrentIndex(dialog.role.findData("cashier"))
    dialog.password.setText("pendek")
    dialog.submit()
    assert dialog.error_text("password") == "The password needs at least 8 characters."
    dialog.password.setText("kasir-baru-1")
    dialog.repeat.setText("kasir-baru-2")
    dialog.submit()
    assert dialog.error_text("password") == ""
    assert "differ" in dialog.error_text("repeat")
    dialog.repeat.setText("kasir-baru-1")
    dialog.username.setText("boss")            # taken: the service says so under the field
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text("username") != "")
    assert "taken" in dialog.error_text("username") and dialog.isVisible()
    assert user_row(db, "kasir2") is None
    dialog.username.setText("Kasir2")
    with qtbot.waitSignal(dialog.created):
        dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = user_row(db, "kasir2")
    assert row.name == "Rina Kasir" and row.is_active
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.selected_id() == row.id)
    assert "kasir2" in tab.message_bar.text()
    audited = read(db, lambda s: s.scalar(sa.select(AuditLog).where(AuditLog.model_type == "users",
                                                                     AuditLog.model_id == row.id)))
    assert audited is not None and audited.user_id == admin_ctx.actor.user_id


def test_reset_password_lets_the_user_log_in_with_the_new_one(qtbot, db, admin_ctx):
    user_id = add_user(db, "tono", "technician", password="teknisi123").user_id
    tab = open_tab(qtbot, admin_ctx, "users")
    assert tab.select_id(user_id)
    tab.run_module_action("resetPassword")
    dialog = tab.findChild(ResetPasswordDialog)
    assert "Tono" in dialog.windowTitle()
    dialog.password.setText(" spasi-di-depan")
    dialog.submit()
    assert "space" in dialog.error_text("password")
    dialog.password.setText("teknisi-baru")
    dialog.repeat.setText("teknisi-baru")
    with qtbot.waitSignal(dialog.changed):
        dialog.submit()
    qtbot.waitUntil(lambda: "new password" in tab.message_bar.text())
    actor = auth.login(db, "tono", "teknisi-baru")
    assert actor.user_id == user_id


def test_deactivate_refuses_oneself_and_the_last_admin_then_works_for_others(qtbot, db, admin_ctx):
    other = add_user(db, "dina", "cashier", password="kasir1234").user_id
    tab = open_tab(qtbot, admin_ctx, "users")
    me = admin_ctx.actor.user_id
    assert tab.select_id(me)
    tab.run_module_action("deactivateUser")
    qtbot.waitUntil(lambda: tab.message_bar.level == "error")
    assert "your own account" in tab.message_bar.text()
    assert user_row(db, "boss").is_active
    assert tab.select_id(other)
    tab.run_module_action("deactivateUser")
    qtbot.waitUntil(lambda: "deactivated" in tab.message_bar.text())
    assert not user_row(db, "dina").is_active


def test_last_active_admin_cannot_be_switched_off(qtbot, db, admin_ctx):
    second = add_user(db, "wakil", "admin", password="wakil12345").user_id
    write(db, lambda s: users.set_active(s, system(), second, False))
    other_admin = Actor(user_id=second, username="wakil", name="Wakil", role="admin",
                        permissions=admin_ctx.actor.permissions)
    ctx = make_ctx(db, other_admin)
    tab = open_tab(qtbot, ctx, "users")
    assert tab.select_id(admin_ctx.actor.user_id)
    tab.run_module_action("deactivateUser")
    qtbot.waitUntil(lambda: tab.message_bar.level == "error")
    assert "last active administrator" in tab.message_bar.text()
    assert user_row(db, "boss").is_active
    ctx.runner.wait()


def test_activate_brings_a_user_back(qtbot, db, admin_ctx):
    other = add_user(db, "sari", "sales", password="sales1234").user_id
    write(db, lambda s: users.set_active(s, system(), other, False))
    tab = open_tab(qtbot, admin_ctx, "users")
    tab.filter_combos["is_active"].setCurrentIndex(0)    # all users, not only the active ones
    settle(qtbot, tab)
    assert tab.select_id(other)
    tab.run_module_action("activateUser")
    qtbot.waitUntil(lambda: "log in again" in tab.message_bar.text())
    assert user_row(db, "sari").is_active


def test_who_may_only_view_users_gets_no_user_buttons_enabled(qtbot, db):
    hr = Actor(user_id=None, username="hr", name="HR", role="hr",
               permissions=frozenset((m, a) for m, acts in DEFAULT_MATRIX[Role.HR].items() for a in acts))
    ctx = make_ctx(db, hr)
    tab = open_tab(qtbot, ctx, "users")
    assert all(not button.isEnabled() for button, _action in tab.action_buttons.values())
    ctx.runner.wait()
