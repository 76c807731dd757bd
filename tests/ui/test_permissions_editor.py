"""The permission matrix editor: a click is saved, a refusal is undone and
explained; roles show in words, a user without the roles' rights sees a refusal."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ispdesk.db.engine import Database
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Workstation
from ispdesk.services import auth, users
from ispdesk.ui.admin.permissions_editor import PermissionsEditor
from ispdesk.ui.context import AppContext
from ispdesk.ui.tasks import TaskRunner
from tests.support.actors import add_user, system

DESK = Workstation(host="admin-pc", address="192.168.1.2", program="ISPDesk 0.1.0")


@pytest.fixture
def context(db: Database, runner: TaskRunner):
    """Makes the AppContext of a new user of ``role``."""
    return lambda role: _context(db, runner, role)


def _context(db: Database, runner: TaskRunner, role: str) -> AppContext:
    return AppContext(db=db, runner=runner, actor=add_user(db, f"{role}1", role, workstation=DESK))


def editor_for(qtbot, ctx: AppContext, role: str) -> PermissionsEditor:
    editor = PermissionsEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    qtbot.waitUntil(lambda: editor.role.count() > 0)
    editor.show_role(role)
    assert editor.role_name() == role
    return editor


def test_a_toggled_cell_is_saved_and_applies_at_the_next_login(qtbot, db: Database, context) -> None:
    ctx = context("admin")
    cashier_id = add_user(db, "kasir1", "cashier", name="Siti", password="kasir123").user_id
    editor = editor_for(qtbot, ctx, "cashier")
    item = editor.cell("payroll", "view")
    assert item.checkState() == Qt.CheckState.Unchecked
    editor.table.setFocus()
    editor.table.setCurrentItem(item)
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClick(editor.table, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked
    assert saved.args == ["cashier", "payroll", "view", True]
    assert "may now view in Payroll" in editor.message.text()
    assert read(db, lambda s: auth.load_actor(s, cashier_id)).can("payroll", "view")


def test_the_admin_role_keeps_its_user_management(qtbot, db: Database, context) -> None:
    ctx = context("admin")
    editor = editor_for(qtbot, ctx, "admin")
    item = editor.cell("users", "create")
    item.setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: "always keeps" in editor.message.text() and not ctx.runner.busy)
    assert item.checkState() == Qt.CheckState.Checked
    assert "create" in read(db, lambda s: auth.permission_matrix(s, ctx.actor))["admin"]["users"]


def test_who_may_view_the_roles_but_not_edit_them_only_looks(qtbot, db: Database, context) -> None:
    write(db, lambda s: auth.set_permission(s, system(), "supervisor", "roles", "view", True))
    ctx = context("supervisor")
    editor = editor_for(qtbot, ctx, "cashier")
    assert [editor.role.itemText(i) for i in range(3)] == ["Admin", "Supervisor", "Cashier"]   # roles in words
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    item = editor.cell("payments", "create")
    assert item.checkState() == Qt.CheckState.Checked
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled


def test_without_the_roles_view_the_matrix_is_not_shown(qtbot, db: Database, context) -> None:
    ctx = context("cashier")
    editor = PermissionsEditor(ctx)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: bool(editor.message.text()))
    assert editor.role.count() == 0 and "Roles" in editor.message.text()
