"""The lock after five failures answers the same for a user name that exists
and for one that does not (same codes, same moments, across desktops and
restarts, for logins and approvals alike), costs one Argon2id computation per
attempt either way, and still locks real accounts against their right
password."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from ispdesk.db.engine import Database
from ispdesk.db.models import LoginNameLock, User
from ispdesk.db.unit_of_work import read
from ispdesk.domain.actor import Workstation
from ispdesk.domain.errors import AuthenticationError
from ispdesk.services import auth, passwords
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.login import LoginDialog
from tests.support.actors import add_user

T0 = datetime(2026, 11, 24, 14, 20, 0)
DESK = Workstation(host="kasir-01", address="192.168.1.21", program="ISPDesk 0.1.0")
WRONG, LOCKED_NOW, LOCKED = "auth.wrong_credentials", "auth.locked_now", "auth.locked"


def answer(db: Database, username: str, password: str, now: datetime, *, approval: bool = False) -> tuple:
    """(code, message values, field) of a refused attempt, or "ok"."""
    try:
        if approval:
            auth.verify_supervisor(db, username, password, DESK, module="payments", now=now)
        else:
            auth.login(db, username, password, DESK, now=now)
    except AuthenticationError as exc:
        return exc.code, exc.message.params, exc.field
    return ("ok",)


def story(db: Database, username: str, *, approval: bool = False) -> list[tuple]:
    """Five wrong passwords (a second apart), the right one while locked, a
    wrong one a second before the lock ends, then a wrong one the moment it ends."""
    answers = [answer(db, username, f"guess{n}", T0 + timedelta(seconds=n), approval=approval) for n in range(5)]
    answers.append(answer(db, username, "atasan123", T0 + timedelta(minutes=1), approval=approval))
    answers.append(answer(db, username, "guess", T0 + timedelta(minutes=14, seconds=3), approval=approval))
    answers.append(answer(db, username, "guess", T0 + timedelta(minutes=15, seconds=4), approval=approval))
    return answers


@pytest.mark.parametrize("approval", [False, True], ids=["login", "approval"])
def test_a_name_that_does_not_exist_locks_like_one_that_does(db: Database, approval: bool) -> None:
    add_user(db, "spv", "supervisor", password="atasan123")
    real, unknown = story(db, "spv", approval=approval), story(db, "spv-lama", approval=approval)
    until = T0 + timedelta(seconds=4) + timedelta(minutes=15)
    assert real == unknown == [(WRONG, {}, "password")] * 4 + [
        (LOCKED_NOW, {"until": until}, "password"), (LOCKED, {"until": until}, "password"),
        (LOCKED, {"until": until}, "password"), (WRONG, {}, "password")]
    assert read(db, lambda s: s.execute(sa.select(User.failed_logins, User.locked_until)
                                        .where(User.username == "spv")).one()) == (1, None)
    key = read(db, lambda s: auth.name_digest(s, "spv-lama"))
    assert read(db, lambda s: s.execute(sa.select(LoginNameLock.failed_logins, LoginNameLock.locked_until)
                                        .where(LoginNameLock.name_key == key)).one()) == (1, None)


def test_the_real_account_still_locks_and_opens_again(db: Database) -> None:
    add_user(db, "kasir1", "cashier", password="kasir123")
    for n in range(5):
        answer(db, "kasir1", "salah", T0)
    assert answer(db, "kasir1", "kasir123", T0 + timedelta(minutes=14, seconds=59))[0] == LOCKED
    assert answer(db, "kasir1", "kasir123", T0 + timedelta(minutes=15)) == ("ok",)


def test_an_unknown_name_stays_locked_on_another_desktop_and_after_a_restart(db: Database, db_url: str) -> None:
    for _ in range(3):
        answer(db, "tamu", "x", T0)
    other_desk = Database.open(db_url)                  # another PC of the office (or the program restarted)
    try:
        assert [answer(other_desk, "tamu", "x", T0)[0] for _ in range(3)] == [WRONG, LOCKED_NOW, LOCKED]
    finally:
        other_desk.dispose()
    assert answer(db, "TAMU ", "x", T0 + timedelta(minutes=10))[0] == LOCKED


def test_many_desktops_failing_one_new_name_at_once_count_every_attempt(db: Database, db_url: str) -> None:
    """The first failure of a name makes its row (and, on a new database, the
    salt): desktops doing it at the same moment neither collide nor lose a count."""
    desks = [Database.open(db_url) for _ in range(4)]
    start = threading.Barrier(len(desks))
    answers: list[Any] = []

    def desk(database: Database) -> None:
        start.wait(10)
        try:
            answers.append(answer(database, "penyusup", "x", T0)[0])
        except BaseException as exc:  # noqa: BLE001 - reported below
            answers.append(exc)

    threads = [threading.Thread(target=desk, args=(d,)) for d in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for database in desks:
        database.dispose()
    assert answers == [WRONG] * 4
    key = read(db, lambda s: auth.name_digest(s, "penyusup"))
    assert read(db, lambda s: s.scalar(sa.select(LoginNameLock.failed_logins)
                                       .where(LoginNameLock.name_key == key))) == 4
    assert answer(db, "penyusup", "x", T0)[0] == LOCKED_NOW


def test_every_attempt_costs_one_argon2_computation_whatever_the_name(db: Database, monkeypatch) -> None:
    """What an attempt takes does not tell a real name from an unknown one: a
    password check, an unknown name's digest, and the throw-away check of a
    locked account are each one Argon2id computation at the same cost."""
    add_user(db, "kasir1", "cashier", password="kasir123")
    answer(db, "kasir1", "kasir123", T0)              # the throw-away hash is made on the first need
    hasher = passwords._hasher
    count = {"n": 0}

    class Counting(type(hasher)):
        def hash(self, *a, **kw):  # noqa: ANN002, ANN003, ANN201
            count["n"] += 1
            return super().hash(*a, **kw)

        def verify(self, *a, **kw):  # noqa: ANN002, ANN003, ANN201
            count["n"] += 1
            return super().verify(*a, **kw)

    raw = passwords.hash_secret_raw

    def counting_raw(*a, **kw):  # noqa: ANN002, ANN003, ANN202
        count["n"] += 1
        return raw(*a, **kw)

    monkeypatch.setattr(passwords, "_hasher", Counting(time_cost=hasher.time_cost, memory_cost=hasher.memory_cost,
                                                       parallelism=hasher.parallelism))
    monkeypatch.setattr(passwords, "hash_secret_raw", counting_raw)

    def cost(username: str, password: str) -> int:
        count["n"] = 0
        answer(db, username, password, T0)
        return count["n"]

    costs = [cost("kasir1", "salah") for _ in range(5)] + [cost("kasir1", "kasir123")]   # 4 wrong, lock, locked
    costs += [cost("nobody", "salah") for _ in range(5)] + [cost("nobody", "kasir123")]
    assert costs == [1] * 12


def test_the_login_dialog_says_locked_for_an_unknown_name_too(qtbot, db: Database) -> None:
    """Pressing Enter in the login dialog: a real name and an unknown one read
    the same words after each failure (the moment of the lock aside)."""
    add_user(db, "kasir1", "cashier", password="kasir123")
    seen: dict[str, list[str]] = {}
    for name in ("kasir1", "kasir9"):
        dialog = LoginDialog(db, DESK, company="PT Jaringan Serat Nusantara")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen[name] = []
        for _ in range(6):
            dialog.username.clear()
            qtbot.keyClicks(dialog.username, name)
            dialog.password.clear()
            qtbot.keyClicks(dialog.password, "salah")
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
            assert not dialog.ok_button.isEnabled()                  # checking
            qtbot.waitUntil(lambda: dialog.ok_button.isEnabled() and not dialog.runner.busy, timeout=10000)
            seen[name].append(dialog.message_text())
        assert dialog.isVisible() and dialog.actor is None
        dialog.runner.wait(10000)
    until = read(db, lambda s: s.scalar(sa.select(User.locked_until).where(User.username == "kasir1")))
    expected = [translate_message(auth.WRONG_CREDENTIALS())] * 4 + [
        translate_message(auth.LOCKED_NOW(until=until)), translate_message(auth.LOCKED(until=until))]
    assert seen["kasir1"] == expected
    assert seen["kasir9"] == expected               # the clock stands still in the test: the same moment
