"""Adding users, their passwords, switching them off, the roles. Refusals are
asserted by their message codes."""
from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import User
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from ispdesk.domain.actor import Actor
from ispdesk.services import auth, users
from tests.support.actors import system


def add(db: Database, actor: Actor | None = None, **fields) -> int:
    """A user added by ``actor`` (the system, as the command line, unless given)."""
    values = dict(username="kasir1", name="Siti Rahma", role="cashier", password="kasir123")
    values.update(fields)
    who = actor or system()
    return write(db, lambda s: users.add_user(s, who, **values))


def actor_of(db: Database, user_id: int):
    return read(db, lambda s: auth.load_actor(s, user_id))


def test_a_new_database_has_no_users_until_one_is_added(db: Database) -> None:
    assert read(db, users.has_users) is False
    user_id = add(db, email="siti@example.co.id", phone="0812 3456 7890")
    assert read(db, users.has_users) is True
    row = read(db, lambda s: s.get(User, user_id))
    assert (row.username, row.name, row.email, row.is_active, row.failed_logins) == (
        "kasir1", "Siti Rahma", "siti@example.co.id", True, 0)
    assert row.password_hash.startswith("$argon2id$") and "kasir123" not in row.password_hash


def test_every_mistake_is_named_next_to_its_field(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        add(db, username="Ab", name=" ", role="pilot", password="short", email="not-mail")
    assert info.value.codes == {"username": "users.bad_username", "name": "users.name_missing",
                                "role": "users.no_role", "password": "users.password_too_short",
                                "email": "users.not_an_email"}
    assert info.value.errors["password"].params == {"length": 8}
    assert read(db, users.has_users) is False
    with pytest.raises(ValidationError) as info:
        add(db, password=" kasir123 ", phone="0812 3456 7890 1234 5678")
    assert info.value.codes == {"password": "users.password_spaces", "phone": "users.phone_too_long"}


def test_user_names_are_unique(db: Database) -> None:
    add(db)
    with pytest.raises(ValidationError) as info:
        add(db, username="KASIR1", name="Someone Else")
    assert info.value.field == "username" and info.value.codes == {"username": "users.username_taken"}
    assert info.value.errors["username"].params == {"username": "kasir1"}


def test_only_user_managers_add_users(db: Database) -> None:
    cashier = actor_of(db, add(db))
    with pytest.raises(PermissionDenied):
        add(db, cashier, username="kasir2")
    with pytest.raises(PermissionDenied) as refused:     # nobody: no trusted None any more
        write(db, lambda s: users.add_user(s, None, username="kasir3", name="X", role="cashier",
                                           password="kasir123"))
    assert refused.value.code == "permission.no_actor"
    admin = actor_of(db, add(db, username="boss", role="admin", password="admin1234"))
    assert add(db, admin, username="kasir2") > 0


def test_the_first_admin_only_once(db: Database) -> None:
    user_id = write(db, lambda s: users.create_first_admin(s, username="admin", name="Admin", password="admin123"))
    assert actor_of(db, user_id).role == "admin"
    with pytest.raises(ConflictError) as refused:
        users.set_up_first_admin(db, username="intruder", name="X", password="admin123")
    assert refused.value.code == "users.users_exist"


def test_a_new_password_works_and_clears_the_lock(db: Database) -> None:
    user_id = add(db)
    moment = datetime(2026, 11, 24, 9, 0)
    for _ in range(5):
        with pytest.raises(Exception):
            auth.login(db, "kasir1", "bad-guess", now=moment)
    admin = actor_of(db, add(db, username="boss", role="admin", password="admin1234"))
    write(db, lambda s: users.set_password(s, admin, user_id, "baru12345"))
    assert auth.login(db, "kasir1", "baru12345", now=moment).user_id == user_id
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: users.set_password(s, admin, user_id, "1234"))
    assert refused.value.codes == {"password": "users.password_too_short"}


def test_users_change_their_own_password_only(db: Database) -> None:
    own_id = add(db)
    other_id = add(db, username="kasir2")
    me = actor_of(db, own_id)
    write(db, lambda s: users.set_password(s, me, own_id, "punyaku123"))
    assert auth.login(db, "kasir1", "punyaku123").user_id == own_id
    with pytest.raises(PermissionDenied):
        write(db, lambda s: users.set_password(s, me, other_id, "punyamu123"))
    with pytest.raises(PermissionDenied):     # a role without any right changes nothing, not even its own
        write(db, lambda s: users.set_password(s, Actor.nobody(), other_id, "punyamu123"))


def test_the_last_administrator_is_who_manages_the_users_not_a_role_name(db: Database) -> None:
    """A supervisor given users/edit manages the users too: then the admin may go."""
    admin_id = add(db, username="boss", role="admin", password="admin1234")
    spv_id = add(db, username="spv", role="supervisor", password="atasan123")
    with pytest.raises(ConflictError):
        write(db, lambda s: users.set_active(s, system(), admin_id, False))
    write(db, lambda s: auth.set_permission(s, system(), "supervisor", "users", "edit", True))
    write(db, lambda s: users.set_active(s, system(), admin_id, False))
    with pytest.raises(ConflictError) as refused:
        write(db, lambda s: users.set_active(s, system(), spv_id, False))
    assert refused.value.code == "users.last_admin"


def test_the_last_admin_and_oneself_stay_switched_on(db: Database) -> None:
    admin_id = add(db, username="boss", role="admin", password="admin1234")
    admin = actor_of(db, admin_id)
    with pytest.raises(ConflictError) as refused:
        write(db, lambda s: users.set_active(s, admin, admin_id, False))
    assert refused.value.code == "users.not_yourself"
    with pytest.raises(ConflictError) as refused:
        write(db, lambda s: users.set_active(s, system(), admin_id, False))
    assert refused.value.code == "users.last_admin"
    cashier_id = add(db)
    write(db, lambda s: users.set_active(s, admin, cashier_id, False))
    assert read(db, lambda s: s.scalar(sa.select(User.is_active).where(User.id == cashier_id))) is False


def test_roles_are_listed_in_order(db: Database) -> None:
    assert read(db, users.list_roles) == ["admin", "supervisor", "cashier", "sales", "warehouse", "technician", "hr"]


def test_the_generic_users_form_cannot_demote_the_last_admin(db: Database) -> None:
    from ispdesk.db.models import Role
    from ispdesk.services import records
    from ispdesk.services.modules import spec
    admin_id = add(db, username="boss", role="admin", password="admin1234")
    admin = actor_of(db, admin_id)
    role = lambda name: read(db, lambda s: s.scalar(sa.select(Role.id).where(Role.name == name)))  # noqa: E731
    save = lambda user_id, values: write(db, lambda s: records.save(s, admin, spec("users"), user_id, values))  # noqa: E731
    with pytest.raises(ValidationError) as refused:
        save(admin_id, {"role_id": role("cashier")})
    assert refused.value.codes == {"role_id": "users.last_admin_role"}
    save(admin_id, {"role_id": role("admin"), "name": "Pak Boss"})           # the role kept: fine
    second = add(db, username="boss2", role="admin", password="admin1234")
    save(admin_id, {"role_id": role("supervisor")})                            # another admin exists now
    assert actor_of(db, admin_id).role == "supervisor" and actor_of(db, second).role == "admin"
