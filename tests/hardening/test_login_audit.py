"""Failed logins never keep what was typed as a password: a name that is no
user's (a password typed into the user-name box, say) is recorded only as a
salted digest (the first 16 hex digits in the audit row); a real user's
failures keep their user name. Nothing anywhere in the database holds the
typed text afterwards."""
from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog, Base, LoginNameLock, Setting
from ispdesk.db.unit_of_work import read
from ispdesk.domain.actor import Workstation
from ispdesk.domain.errors import AuthenticationError
from ispdesk.services import auth
from tests.support.actors import add_user

T0 = datetime(2026, 11, 24, 14, 20, 0)
DESK = Workstation(host="kasir-01", address="192.168.1.21", program="ISPDesk 0.1.0")
#: The cashier's password, typed into the user-name box by mistake.
TYPED = "Kasir1Rahasia!"


def refused(db: Database, username: str, password: str, **kw: Any) -> str:
    with pytest.raises(AuthenticationError) as info:
        auth.login(db, username, password, DESK, now=T0, **kw)
    return info.value.code


def failed_rows(db: Database) -> list[AuditLog]:
    return read(db, lambda s: s.scalars(sa.select(AuditLog).where(AuditLog.action == "login_failed")
                                        .order_by(AuditLog.id)).all())


def everything_stored(db: Database) -> str:
    """Every value of every row of every table, as one text (lower case)."""
    def dump(session) -> str:  # noqa: ANN001
        parts = []
        for table in Base.metadata.sorted_tables:
            for row in session.execute(sa.select(table)):
                parts.extend(str(value) for value in row)
        return "\n".join(parts).lower()
    return read(db, dump)


def test_a_password_typed_as_the_user_name_is_not_kept(db: Database) -> None:
    add_user(db, "kasir1", "cashier", password=TYPED)
    assert refused(db, TYPED, TYPED) == "auth.wrong_credentials"
    assert refused(db, f"  {TYPED.upper()} ", "") == "auth.wrong_credentials"   # the same name, normalised
    stored = everything_stored(db)
    assert TYPED.lower() not in stored and TYPED.lower()[1:-1] not in stored
    rows = failed_rows(db)
    key = read(db, lambda s: auth.name_digest(s, TYPED))
    assert [(r.user_id, r.model_id, r.new_values) for r in rows] == [
        (None, None, {"name_digest": key[:16], "failed_logins": 1, "locked_until": None}),
        (None, None, {"name_digest": key[:16], "failed_logins": 2, "locked_until": None})]
    assert rows[0].ip_address == "192.168.1.21" and rows[0].old_values is None
    assert read(db, lambda s: s.scalars(sa.select(LoginNameLock.name_key)).all()) == [key]
    assert len(key) == 64 and int(key, 16) >= 0


def test_different_unknown_names_have_different_digests(db: Database) -> None:
    refused(db, "nobody", "x")
    refused(db, "nobody2", "x")
    refused(db, "Nobody", "x")
    digests = [r.new_values["name_digest"] for r in failed_rows(db)]
    assert digests[0] != digests[1] and digests[0] == digests[2]
    assert "nobody" not in everything_stored(db)


def test_the_digest_is_salted_per_database(db: Database, tmp_path, sqlite_template) -> None:  # noqa: ANN001
    """Another database's salt gives the same name another digest (no table of
    digests made once serves every office)."""
    import shutil
    refused(db, TYPED, "x")
    salt = read(db, lambda s: s.scalar(sa.select(Setting.value).where(Setting.key == auth.NAME_SALT_SETTING)))
    assert salt and len(bytes.fromhex(salt)) == 16
    other_path = tmp_path / "other.sqlite3"
    shutil.copyfile(sqlite_template, other_path)
    other = Database.open(f"sqlite:///{other_path}")
    try:
        refused(other, TYPED, "x")
        assert read(other, lambda s: auth.name_digest(s, TYPED)) != read(db, lambda s: auth.name_digest(s, TYPED))
    finally:
        other.dispose()


def test_a_real_users_failures_keep_the_user_name_never_the_password(db: Database) -> None:
    user_id = add_user(db, "kasir1", "cashier", password="kasir123").user_id
    assert refused(db, "Kasir1", "kasir124") == "auth.wrong_credentials"
    rows = failed_rows(db)
    assert [(r.user_id, r.model_id, r.new_values) for r in rows] == [
        (user_id, user_id, {"username": "kasir1", "failed_logins": 1, "locked_until": None})]
    assert "kasir124" not in everything_stored(db)


def test_a_refused_approver_is_named_by_their_user_name(db: Database) -> None:
    user_id = add_user(db, "kasir1", "cashier", password="kasir123").user_id
    with pytest.raises(AuthenticationError) as info:
        auth.verify_supervisor(db, "kasir1", "kasir123", DESK, module="payments", now=T0)
    assert info.value.code == "auth.not_an_approver_of"
    with pytest.raises(AuthenticationError) as unknown:
        auth.verify_supervisor(db, TYPED, "kasir123", DESK, module="payments", now=T0)
    assert unknown.value.code == "auth.wrong_credentials"
    rows = failed_rows(db)
    assert (rows[0].user_id, rows[0].new_values) == (user_id, {"username": "kasir1"})
    assert rows[1].user_id is None and set(rows[1].new_values) == {"name_digest", "failed_logins", "locked_until"}
    assert TYPED.lower() not in everything_stored(db)
