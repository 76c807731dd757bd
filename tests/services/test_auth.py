"""Logging in, the lock after five failures, supervisor approval, the permission
matrix. Refusals are asserted by their message codes and values."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog, User
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Workstation
from ispdesk.domain.errors import AuthenticationError, PermissionDenied, ValidationError
from ispdesk.services import auth, users
from ispdesk.services.permissions import require
from tests.support.actors import add_user, system

T0 = datetime(2026, 11, 24, 14, 20, 0)
COUNTER = Workstation(host="kasir-01", address="192.168.1.21", program="ISPDesk 0.1.0")


def add(db: Database, username: str, role: str, password: str = "rahasia123") -> int:
    return add_user(db, username, role, password=password).user_id


WRONG = "auth.wrong_credentials"


def fail(db: Database, username: str, times: int, now: datetime = T0) -> list[str]:
    """The codes of ``times`` refused logins with a wrong password."""
    codes = []
    for _ in range(times):
        with pytest.raises(AuthenticationError) as info:
            auth.login(db, username, "wrong-password", COUNTER, now=now)
        assert info.value.field == "password"
        codes.append(info.value.code)
    return codes


def user_row(db: Database, username: str) -> tuple[int, datetime | None, datetime | None]:
    return read(db, lambda s: s.execute(sa.select(User.failed_logins, User.locked_until, User.last_login_at)
                                        .where(User.username == username)).one())


def test_right_password_logs_in_with_the_roles_permissions(db: Database) -> None:
    user_id = add(db, "kasir1", "cashier", "kasir123")
    actor = auth.login(db, "Kasir1 ", "kasir123", COUNTER, now=T0)
    assert (actor.user_id, actor.username, actor.role) == (user_id, "kasir1", "cashier")
    assert actor.can("payments", "create") and not actor.can("payroll", "view")
    assert actor.workstation == COUNTER
    assert user_row(db, "kasir1")[2] == T0
    login = read(db, lambda s: s.scalars(sa.select(AuditLog).where(AuditLog.action == "login")).one())
    assert (login.user_id, login.ip_address, login.url) == (user_id, "192.168.1.21", f"ispdesk://users/{user_id}")
    assert "kasir-01" in login.user_agent and "ISPDesk 0.1.0" in login.user_agent


def test_unknown_user_gets_the_same_message_as_a_wrong_password(db: Database) -> None:
    add(db, "kasir1", "cashier")
    assert fail(db, "kasir1", 1) == fail(db, "nobody", 1) == [WRONG]


def test_five_failures_lock_the_account_even_against_the_right_password(db: Database) -> None:
    add(db, "kasir1", "cashier", "kasir123")
    assert fail(db, "kasir1", 5) == [WRONG] * 4 + ["auth.locked_now"]
    assert user_row(db, "kasir1")[:2] == (5, T0 + timedelta(minutes=15))
    with pytest.raises(AuthenticationError) as locked:
        auth.login(db, "kasir1", "kasir123", COUNTER, now=T0 + timedelta(minutes=14))
    assert locked.value.code == "auth.locked" and locked.value.message.params == {"until": T0 + timedelta(minutes=15)}
    assert "14:35" in locked.value.text         # the moment written the office's way


def test_the_lock_survives_reopening_the_database(db: Database, db_url: str) -> None:
    add(db, "kasir1", "cashier", "kasir123")
    fail(db, "kasir1", 5)
    db.dispose()
    reopened = Database.open(db_url)
    try:
        with pytest.raises(AuthenticationError) as locked:
            auth.login(reopened, "kasir1", "kasir123", COUNTER, now=T0 + timedelta(minutes=1))
        assert locked.value.code == "auth.locked"
    finally:
        reopened.dispose()


def test_the_lock_ends_after_fifteen_minutes(db: Database) -> None:
    add(db, "kasir1", "cashier", "kasir123")
    fail(db, "kasir1", 5)
    later = T0 + timedelta(minutes=15)
    actor = auth.login(db, "kasir1", "kasir123", COUNTER, now=later)
    assert actor.username == "kasir1"
    assert user_row(db, "kasir1") == (0, None, later)


def test_an_expired_lock_starts_a_fresh_count(db: Database) -> None:
    add(db, "kasir1", "cashier", "kasir123")
    fail(db, "kasir1", 5)
    after_lock = T0 + timedelta(minutes=16)
    assert fail(db, "kasir1", 1, now=after_lock) == [WRONG]
    assert user_row(db, "kasir1")[:2] == (1, None)


def test_success_resets_the_count(db: Database) -> None:
    add(db, "kasir1", "cashier", "kasir123")
    fail(db, "kasir1", 4)
    auth.login(db, "kasir1", "kasir123", COUNTER, now=T0)
    assert user_row(db, "kasir1")[0] == 0
    assert fail(db, "kasir1", 4) == [WRONG] * 4
    assert user_row(db, "kasir1")[1] is None


def test_failures_are_audited_with_the_workstation(db: Database) -> None:
    user_id = add(db, "kasir1", "cashier")
    fail(db, "kasir1", 2)
    rows = read(db, lambda s: s.scalars(sa.select(AuditLog).where(AuditLog.action == "login_failed")
                                        .order_by(AuditLog.id)).all())
    assert [(r.user_id, r.ip_address, r.new_values["failed_logins"]) for r in rows] == [
        (user_id, "192.168.1.21", 1), (user_id, "192.168.1.21", 2)]


def test_a_switched_off_user_is_refused(db: Database) -> None:
    user_id = add(db, "kasir1", "cashier", "kasir123")
    write(db, lambda s: users.set_active(s, system(), user_id, False))
    with pytest.raises(AuthenticationError) as refused:
        auth.login(db, "kasir1", "kasir123", COUNTER, now=T0)
    assert refused.value.code == "auth.switched_off"
    # with a wrong password it says nothing about the account
    assert fail(db, "kasir1", 1) == [WRONG]


def test_a_cashier_may_not_approve_payroll(db: Database) -> None:
    add(db, "kasir1", "cashier", "kasir123")
    cashier = auth.login(db, "kasir1", "kasir123", COUNTER, now=T0)
    with pytest.raises(PermissionDenied) as refused:
        require(cashier, "payroll", "approve")
    assert refused.value.code == "permission.denied"
    require(cashier, "payments", "create")


def test_supervisor_approval(db: Database) -> None:
    add(db, "spv", "supervisor", "atasan123")
    add(db, "kasir1", "cashier", "kasir123")
    approver = auth.verify_supervisor(db, "spv", "atasan123", COUNTER, module="payments", now=T0)
    assert approver.role == "supervisor" and approver.can("payments", "approve")
    with pytest.raises(AuthenticationError) as refused:
        auth.verify_supervisor(db, "kasir1", "kasir123", COUNTER, now=T0)
    assert refused.value.code == "auth.not_an_approver"
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.verify_supervisor(db, "spv", "guess", COUNTER, now=T0)
    with pytest.raises(AuthenticationError) as locked:
        auth.verify_supervisor(db, "spv", "atasan123", COUNTER, now=T0)
    assert locked.value.code == "auth.locked"
    assert user_row(db, "spv")[2] is None, "an approval is not a login"


def test_approving_is_a_permission_not_a_role_name(db: Database) -> None:
    """Whoever holds (module, "approve") approves there, whatever their role is
    called; a supervisor whose role lost it does not."""
    admin = admin_actor(db)
    add(db, "kasir1", "cashier", "kasir123")
    add(db, "spv", "supervisor", "atasan123")
    write(db, lambda s: auth.set_permission(s, admin, "cashier", "payments", "approve", True))
    write(db, lambda s: auth.set_permission(s, admin, "supervisor", "payroll", "approve", False))
    senior = auth.verify_supervisor(db, "kasir1", "kasir123", COUNTER, module="payments", now=T0)
    assert senior.role == "cashier"
    with pytest.raises(AuthenticationError) as refused:
        auth.verify_supervisor(db, "spv", "atasan123", COUNTER, module="payroll", now=T0)
    assert refused.value.code == "auth.not_an_approver_of" and refused.value.field == "password"


def test_authenticate_leaves_the_commit_to_the_caller(db: Database) -> None:
    add(db, "kasir1", "cashier", "kasir123")
    result = write(db, lambda s: auth.authenticate(s, "kasir1", "nope", workstation=COUNTER, now=T0))
    assert not result.ok and result.error.code == WRONG
    with pytest.raises(AuthenticationError):
        result.unwrap()
    assert user_row(db, "kasir1")[0] == 1


def admin_actor(db: Database):
    user_id = add(db, "boss", "admin", "admin12345")
    return read(db, lambda s: auth.load_actor(s, user_id, COUNTER))


def test_a_matrix_edit_takes_effect_at_the_next_load(db: Database) -> None:
    admin = admin_actor(db)
    cashier_id = add(db, "kasir1", "cashier")
    matrix = read(db, lambda s: auth.permission_matrix(s, admin))
    assert "view" in matrix["cashier"]["payments"] and matrix["cashier"]["payroll"] == set()
    write(db, lambda s: auth.set_permission(s, admin, "cashier", "payroll", "view", True))
    write(db, lambda s: auth.set_permission(s, admin, "cashier", "payments", "export", False))
    cashier = read(db, lambda s: auth.load_actor(s, cashier_id))
    assert cashier.can("payroll", "view") and not cashier.can("payments", "export")
    assert read(db, lambda s: auth.permission_matrix(s, admin))["cashier"]["payroll"] == {"view"}


def test_only_role_editors_edit_the_matrix(db: Database) -> None:
    cashier_id = add(db, "kasir1", "cashier")
    cashier = read(db, lambda s: auth.load_actor(s, cashier_id))
    with pytest.raises(PermissionDenied):
        write(db, lambda s: auth.set_permission(s, cashier, "cashier", "payroll", "approve", True))
    with pytest.raises(PermissionDenied):     # nor read it
        read(db, lambda s: auth.permission_matrix(s, cashier))


def test_the_admin_role_keeps_users_and_roles(db: Database) -> None:
    admin = admin_actor(db)
    for module, action in (("roles", "edit"), ("users", "create"), ("users", "view")):
        with pytest.raises(ValidationError) as refused:
            write(db, lambda s: auth.set_permission(s, admin, "admin", module, action, False))
        assert refused.value.codes == {f"{module}.{action}": "auth.keeps_cell"}
    write(db, lambda s: auth.set_permission(s, admin, "admin", "payroll", "approve", False))
    assert "approve" not in read(db, lambda s: auth.permission_matrix(s, admin))["admin"]["payroll"]
    write(db, lambda s: auth.set_permission(s, admin, "supervisor", "users", "view", False))  # kept by admin only


def test_unknown_cells_are_refused(db: Database) -> None:
    admin = admin_actor(db)
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: auth.set_permission(s, admin, "cashier", "casino", "view", True))
    assert refused.value.codes == {"module": "auth.no_module"}
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: auth.set_permission(s, admin, "cashier", "payments", "dance", True))
    assert refused.value.codes == {"action": "auth.no_action"}
