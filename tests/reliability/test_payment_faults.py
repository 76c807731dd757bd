"""Faults while posting on MariaDB: a killed process leaves no trace, a lost
connection at commit is retried with the same key and posts exactly once."""
from __future__ import annotations

import multiprocessing
import os
import signal
import time
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import CONNECTION_LOST_DURING_SAVE, DatabaseUnavailable
from ispdesk.services import audit, auth
from ispdesk.services.payments import post_payment
from tests.reliability.cashier_data import (NOW, add_actor, add_customer, add_invoices, check_invariants, counts,
                                            invoice_rows, maria_url, pay, request, start_shift)  # noqa: F401

D = Decimal
pytestmark = pytest.mark.mariadb


def _post_then_hang(url: str, user_id: int, customer_id: int, inside: "multiprocessing.Event") -> None:
    """Post a payment, tell the parent, and wait inside the open transaction to be killed."""
    db = Database.open(url)
    actor = read(db, lambda s: auth.load_actor(s, user_id))

    def work(session):  # noqa: ANN001, ANN202
        post_payment(session, actor, request(customer_id, "250000", key="killed-1"), now=NOW)
        session.flush()
        inside.set()
        time.sleep(60)
    write(db, work, info=audit.actor_info(actor, "payments"))


def test_process_killed_mid_post_leaves_no_trace(maria_url: str) -> None:
    db = Database.open(maria_url)
    cashier = add_actor(db, "kasir1", "cashier")
    start_shift(db, cashier)
    customer = add_customer(db)
    ids = add_invoices(db, customer, ["250000"])
    before = counts(db)
    db.dispose()
    context = multiprocessing.get_context("fork")
    inside = context.Event()
    child = context.Process(target=_post_then_hang, args=(maria_url, cashier.user_id, customer, inside))
    child.start()
    assert inside.wait(30), "the child never got inside the transaction"
    os.kill(child.pid, signal.SIGKILL)
    child.join(10)
    assert child.exitcode == -signal.SIGKILL
    db = Database.open(maria_url)
    assert counts(db) == before and invoice_rows(db, ids) == [(D("0.00"), "overdue")]
    # The server rolled the half-post back and released its locks: the same payment goes through,
    # with the numbers the killed one had taken (no gap).
    posted = pay(db, cashier, request(customer, "250000", key="killed-1"))
    assert not posted.already_posted and posted.receipt_number == "RCP-202611-000001"
    assert posted.payment_numbers == ("PAY-202611-000001",)
    read(db, check_invariants)
    db.dispose()


def test_connection_killed_before_commit_then_retry_posts_once(maria_url: str) -> None:
    db = Database.open(maria_url)
    cashier = add_actor(db, "kasir1", "cashier")
    start_shift(db, cashier)
    customer = add_customer(db)
    ids = add_invoices(db, customer, ["250000"])
    before = counts(db)
    admin = sa.create_engine(sa.engine.make_url(maria_url), isolation_level="AUTOCOMMIT")
    req = request(customer, "300000", key="dropped-1")

    def post_and_lose_the_connection(session):  # noqa: ANN001, ANN202
        post_payment(session, cashier, req, now=NOW)
        session.flush()
        connection_id = session.execute(sa.text("SELECT CONNECTION_ID()")).scalar_one()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"KILL CONNECTION {connection_id}")
    with pytest.raises(DatabaseUnavailable):
        write(db, post_and_lose_the_connection, info=audit.actor_info(cashier, "payments"))
    admin.dispose()
    assert counts(db) == before
    retry = pay(db, cashier, req)                 # the dialog kept its data and key
    assert not retry.already_posted and retry.change == D("50000.00")
    again = pay(db, cashier, req)
    assert again.already_posted and again.receipt_id == retry.receipt_id
    assert counts(db)["receipts"] == 1 and invoice_rows(db, ids) == [(D("250000.00"), "paid")]
    db.dispose()


def test_commit_succeeded_but_the_answer_was_lost_retry_finds_it(maria_url: str) -> None:
    db = Database.open(maria_url)
    cashier = add_actor(db, "kasir1", "cashier")
    start_shift(db, cashier)
    customer = add_customer(db)
    add_invoices(db, customer, ["250000"])
    req = request(customer, "250000", key="lost-answer-1")

    def lose_the_answer(session):  # noqa: ANN001, ANN202
        raise DatabaseUnavailable(CONNECTION_LOST_DURING_SAVE())  # after COMMIT was sent
    sa.event.listen(db.sessions, "after_commit", lose_the_answer)
    with pytest.raises(DatabaseUnavailable):
        pay(db, cashier, req)              # committed, but the window only saw an error
    sa.event.remove(db.sessions, "after_commit", lose_the_answer)
    retry = pay(db, cashier, req)
    assert retry.already_posted and retry.receipt_number == "RCP-202611-000001"
    assert len(retry.payment_numbers) == 1 and counts(db)["receipts"] == 1
    db.dispose()


def _concurrent_same_key(url: str, user_id: int, customer_id: int, out: "multiprocessing.Queue[str]") -> None:
    db = Database.open(url)
    actor = read(db, lambda s: auth.load_actor(s, user_id))
    posted = pay(db, actor, request(customer_id, "250000", key="twice-at-once"))
    out.put(f"{posted.receipt_number}:{posted.already_posted}")
    db.dispose()


def test_same_key_from_two_processes_at_once_posts_once(maria_url: str) -> None:
    db = Database.open(maria_url)
    cashier = add_actor(db, "kasir1", "cashier")
    start_shift(db, cashier)
    customer = add_customer(db)
    add_invoices(db, customer, ["250000"])
    db.dispose()
    context = multiprocessing.get_context("fork")
    out = context.Queue()
    children = [context.Process(target=_concurrent_same_key, args=(maria_url, cashier.user_id, customer, out))
                for _ in range(4)]
    for child in children:
        child.start()
    answers = sorted(out.get(timeout=60) for _ in children)
    for child in children:
        child.join(10)
    assert answers == ["RCP-202611-000001:False"] + ["RCP-202611-000001:True"] * 3
