"""The buttons of the users tab: add a user, reset a password, switch a user
off or on again (never oneself, never the last active administrator: the
service refuses, the tab's message bar says why)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox

from ispdesk.services import users
from ispdesk.ui.admin.user_dialogs import AddUserDialog, ResetPasswordDialog
from ispdesk.ui.module_actions import TabAction, register, row_in
from ispdesk.ui.ops import WriteOp
from ispdesk.ui.widgets.message_bar import describe_error

CONTEXT = "ModuleActions"
#: Asked before a user is switched off; False in tests that drive the tab.
CONFIRM = True


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def add_user(tab: Any, _record_id: int | None) -> AddUserDialog:
    dialog = AddUserDialog(tab.ctx, tab)
    dialog.created.connect(lambda user_id: _added(tab, user_id, dialog.username.text().strip().lower()))
    dialog.open()
    return dialog


def _added(tab: Any, user_id: int, username: str) -> None:
    tab._pending_select = user_id
    tab.message_bar.show_message(_tr("User {0} added.").format(username), "info")


def reset_password(tab: Any, record_id: int | None) -> ResetPasswordDialog | None:
    if record_id is None:
        return None
    label = tab._label_of_row(record_id)
    dialog = ResetPasswordDialog(tab.ctx, record_id, label, tab)
    dialog.changed.connect(
        lambda _id: tab.message_bar.show_message(_tr("{0} has a new password.").format(label), "info"))
    dialog.open()
    return dialog


def set_active(tab: Any, record_id: int | None, active: bool) -> None:
    """Switch the user ``record_id`` on or off through ``users.set_active``."""
    if record_id is None:
        return
    label = tab._label_of_row(record_id)
    if not active and CONFIRM:
        answer = QMessageBox.question(
            tab, _tr("Deactivate user"),
            _tr("Deactivate {0}? They can no longer log in; their history stays.").format(label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
    done = _tr("{0} can log in again.") if active else _tr("{0} is deactivated.")
    WriteOp(tab, tab.ctx, lambda s, actor: users.set_active(s, actor, record_id, active), module="users") \
        .success(lambda _r: tab.message_bar.show_message(done.format(label), "info")) \
        .failure(lambda exc: tab.message_bar.show_message(describe_error(exc), "error")).run()


def register_actions() -> None:
    register("users", TabAction("addUser", QT_TRANSLATE_NOOP("ModuleActions", "Add user…"), add_user,
                                permission="create", needs_selection=False, shortcut="Ctrl+Shift+N",
                                tooltip=QT_TRANSLATE_NOOP("ModuleActions", "A new user with a role and a password")))
    register("users", TabAction("resetPassword", QT_TRANSLATE_NOOP("ModuleActions", "Reset password…"),
                                reset_password, permission="edit",
                                tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Give the selected user a new password")))
    register("users", TabAction("deactivateUser", QT_TRANSLATE_NOOP("ModuleActions", "Deactivate"),
                                lambda tab, rid: set_active(tab, rid, False), permission="edit",
                                enabled_when=row_in(is_active=(True,)),
                                tooltip=QT_TRANSLATE_NOOP("ModuleActions", "The selected user can no longer log in")))
    register("users", TabAction("activateUser", QT_TRANSLATE_NOOP("ModuleActions", "Activate"),
                                lambda tab, rid: set_active(tab, rid, True), permission="edit",
                                tooltip=QT_TRANSLATE_NOOP("ModuleActions", "The selected user may log in again")))
