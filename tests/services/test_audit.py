"""Every change made with an actor in the session writes audit_logs, in the same transaction."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog, Setting, User
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor, Workstation
from ispdesk.services import audit, users
from tests.support.actors import add_user

DESK = Workstation(host="cs-02", address="10.0.0.12", program="ISPDesk 0.1.0")


@pytest.fixture
def admin(db: Database):
    return add_user(db, "boss", "admin", name="Budi", password="admin1234", workstation=DESK)


def entries(db: Database) -> list[AuditLog]:
    return read(db, lambda s: s.scalars(sa.select(AuditLog).order_by(AuditLog.id)).all())


def test_nothing_is_audited_unless_the_unit_of_work_names_an_actor(db: Database) -> None:
    """A write whose unit of work names no actor in its ``info`` (set-up by the
    system, as the tests' own users are made) leaves no audit row."""
    write(db, lambda s: users.add_user(s, Actor.system(), username="kasir1", name="Siti", role="cashier",
                                       password="kasir123"))
    assert entries(db) == []


def test_create_update_delete_are_audited_with_the_workstation(db: Database, admin) -> None:
    info = audit.actor_info(admin, "users")
    user_id = write(db, lambda s: users.add_user(s, admin, username="kasir1", name="Siti", role="cashier",
                                                 password="kasir123"), info=info)

    def raise_salary(session):
        session.get(User, user_id).basic_salary = Decimal("4750000.50")
        session.get(User, user_id).name = "Siti Rahma"

    write(db, raise_salary, info=info)
    write(db, lambda s: s.delete(s.get(User, user_id)), info=info)

    created, updated, deleted = entries(db)
    assert [e.action for e in (created, updated, deleted)] == ["create", "update", "delete"]
    for entry in (created, updated, deleted):
        assert (entry.user_id, entry.model_type, entry.model_id) == (admin.user_id, "users", user_id)
        assert entry.ip_address == "10.0.0.12" and entry.user_agent == "ISPDesk 0.1.0 (cs-02)"
        assert entry.url == f"ispdesk://users/{user_id}"
    assert created.old_values is None
    assert created.new_values["username"] == "kasir1" and created.new_values["basic_salary"] == "0.00"
    assert created.new_values["password_hash"] == audit.REDACTED
    datetime.fromisoformat(created.new_values["created_at"])
    assert updated.old_values == {"name": "Siti", "basic_salary": "0.00"}
    assert updated.new_values == {"name": "Siti Rahma", "basic_salary": "4750000.50"}
    assert deleted.new_values is None and deleted.old_values["name"] == "Siti Rahma"


def test_a_table_keyed_by_text_is_named_in_the_url(db: Database, admin) -> None:
    def rename(session):
        session.get(Setting, "company.name").value = "PT Fiber Maju"

    write(db, rename, info=audit.actor_info(admin, "settings"))
    (entry,) = entries(db)
    assert (entry.model_type, entry.model_id, entry.url) == ("settings", None, "ispdesk://settings/company.name")
    assert entry.new_values == {"value": "PT Fiber Maju"}


def test_nothing_is_audited_when_the_transaction_rolls_back(db: Database, admin) -> None:
    def add_then_fail(session):
        users.add_user(session, admin, username="kasir1", name="Siti", role="cashier", password="kasir123")
        audit.record(session, admin, "reprint", "payments", 7)
        raise RuntimeError("printer on fire")

    with pytest.raises(RuntimeError):
        write(db, add_then_fail, info=audit.actor_info(admin, "users"))
    assert entries(db) == []
    assert read(db, lambda s: s.scalar(sa.select(User.id).where(User.username == "kasir1"))) is None


def test_explicit_entries(db: Database, admin) -> None:
    write(db, lambda s: audit.record(s, admin, "reprint", "payments", 123, old={"copies": 1},
                                     new={"copies": 2, "amount": Decimal("150000.00"), "on": date(2026, 11, 24)}))
    (entry,) = entries(db)
    assert (entry.action, entry.model_type, entry.model_id, entry.url) == (
        "reprint", "payments", 123, "ispdesk://payments/123")
    assert entry.new_values == {"copies": 2, "amount": "150000.00", "on": "2026-11-24"}
    assert entry.user_id == admin.user_id and entry.ip_address == "10.0.0.12"


def test_an_unchanged_object_writes_nothing(db: Database, admin) -> None:
    def touch(session):
        user = session.get(User, admin.user_id)
        user.name = user.name

    write(db, touch, info=audit.actor_info(admin))
    assert entries(db) == []


def test_diff_lists_what_changed() -> None:
    assert audit.diff({"name": "Siti", "salary": "1.00", "gone": 1}, {"name": "Siti", "salary": "2.00", "new": 3}) == [
        ("salary", "1.00", "2.00"), ("gone", 1, None), ("new", None, 3)]
    assert audit.diff(None, {"a": 1}) == [("a", None, 1)]
