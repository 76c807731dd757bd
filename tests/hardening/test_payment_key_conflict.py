"""The same idempotency key for two customers is one clear conflict
(``payments.posted_for_another``) on both databases: one after the other
(the key is found), and at the same moment on MariaDB (the second insert
meets the UNIQUE key the first one committed: duplicate entry 1062), never a
raw database error that the dialog would call a lost connection. Exactly one
payment is written for the key."""
from __future__ import annotations

import multiprocessing
import threading
import time
import uuid
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import Invoice, Receipt
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ConflictError
from ispdesk.services import audit, auth
from ispdesk.services.payments import POSTED_FOR_ANOTHER, post_payment
from tests.reliability.cashier_data import (NOW, add_actor, add_customer, add_invoices, cashier,  # noqa: F401
                                            check_invariants, counts, invoice_rows, maria_url, pay, request,
                                            start_shift)

D = Decimal
CODE = POSTED_FOR_ANOTHER.code


def _receipts_with(db: Database, key: str) -> list[tuple[int, int]]:
    """(receipt id, customer id) of every receipt posted under ``key``."""
    return [tuple(r) for r in read(db, lambda s: s.execute(
        sa.select(Receipt.id, Receipt.customer_id).where(Receipt.idempotency_key == key)).all())]


def _payments_of(db: Database, customer_id: int) -> int:
    return read(db, lambda s: s.execute(sa.text("SELECT COUNT(*) FROM payments WHERE customer_id = :c"),
                                        {"c": customer_id}).scalar_one())


def test_same_key_for_another_customer_afterwards_is_a_conflict(db: Database, cashier) -> None:  # noqa: F811
    budi = add_customer(db, "Budi Santoso", "+6281211110001")
    siti = add_customer(db, "Siti Aminah", "+6281311110002")
    add_invoices(db, budi, ["250000"])
    siti_invoices = add_invoices(db, siti, ["300000"])
    first = pay(db, cashier, request(budi, "250000", key="same-key"))
    before = counts(db)
    with pytest.raises(ConflictError) as info:
        pay(db, cashier, request(siti, "300000", key="same-key"))
    assert info.value.code == CODE
    assert counts(db) == before                                         # nothing written, no audit row
    assert _receipts_with(db, "same-key") == [(first.receipt_id, budi)]
    assert _payments_of(db, budi) == 1 and _payments_of(db, siti) == 0
    assert invoice_rows(db, siti_invoices)[0][0] == D("0.00")
    # The same customer's retry under the key still finds the first receipt.
    again = pay(db, cashier, request(budi, "250000", key="same-key"))
    assert again.already_posted and again.receipt_id == first.receipt_id


def _waiting(db: Database, statement: str) -> int:
    """Statements of this database running just now that start with ``statement``
    (a counter waiting on another's lock stays there)."""
    with db.engine.connect() as conn:
        return conn.execute(sa.text(
            "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND INFO LIKE :s"),
            {"s": statement + "%"}).scalar_one()


@pytest.mark.mariadb
@pytest.mark.parametrize("second", ["another customer", "the same customer"])
def test_same_key_at_the_same_moment(maria_url: str, second: str) -> None:  # noqa: F811
    """Counter A has posted Budi's payment under the key and not committed yet.
    Counter B posts under the same key: for another customer it misses the key
    (A has not committed), inserts its receipt and waits on A's uncommitted key;
    for the same customer it waits on Budi's row. A commits: another customer
    meets the duplicate key and is told ``posted_for_another``; the same
    customer finds A's receipt. Either way one payment exists for the key."""
    db = Database.open(maria_url)
    kasir1, kasir2 = add_actor(db, "kasir1", "cashier"), add_actor(db, "kasir2", "cashier")
    start_shift(db, kasir1)
    start_shift(db, kasir2)
    budi = add_customer(db, "Budi Santoso", "+6281211110001")
    siti = add_customer(db, "Siti Aminah", "+6281311110002")
    budi_invoices = add_invoices(db, budi, ["250000"])
    siti_invoices = add_invoices(db, siti, ["300000"])
    b_customer, b_amount, waits_at = ((siti, "300000", "INSERT INTO receipts") if second == "another customer"
                                      else (budi, "250000", "SELECT customers.credit_balance"))
    key = uuid.uuid4().hex
    posted_by_a = threading.Event()
    release_a = threading.Event()
    outcome: dict[str, object] = {}

    def counter_a() -> None:
        def work(session):  # noqa: ANN001, ANN202
            result = post_payment(session, kasir1, request(budi, "250000", key=key), now=NOW)
            posted_by_a.set()
            assert release_a.wait(30)
            return result
        try:
            outcome["a"] = write(db, work, info=audit.actor_info(kasir1, "payments"))
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            outcome["a"] = exc
            posted_by_a.set()

    def counter_b() -> None:
        try:
            outcome["b"] = pay(db, kasir2, request(b_customer, b_amount, key=key))
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            outcome["b"] = exc

    a = threading.Thread(target=counter_a)
    a.start()
    assert posted_by_a.wait(30) and "a" not in outcome, outcome
    b = threading.Thread(target=counter_b)
    b.start()
    deadline = time.monotonic() + 20
    while _waiting(db, waits_at) == 0 and time.monotonic() < deadline and b.is_alive():
        time.sleep(0.02)
    time.sleep(0.2)
    assert _waiting(db, waits_at) == 1 and b.is_alive(), ("counter B should wait on counter A", outcome)
    release_a.set()
    a.join(30)
    b.join(30)
    first = outcome["a"]
    assert not getattr(first, "already_posted", True), first
    assert _receipts_with(db, key) == [(first.receipt_id, budi)]
    assert _payments_of(db, budi) == 1 and _payments_of(db, siti) == 0
    assert invoice_rows(db, budi_invoices) == [(D("250000.00"), "paid")]
    assert invoice_rows(db, siti_invoices)[0][0] == D("0.00")
    if second == "another customer":
        assert isinstance(outcome["b"], ConflictError), repr(outcome["b"])
        assert outcome["b"].code == CODE
        # Counter B is not stuck: under a new key Siti's payment posts.
        assert not pay(db, kasir2, request(siti, "300000")).already_posted
        assert invoice_rows(db, siti_invoices) == [(D("300000.00"), "paid")]
    else:
        again = outcome["b"]
        assert getattr(again, "already_posted", False), repr(again)
        assert (again.receipt_id, again.payment_numbers) == (first.receipt_id, first.payment_numbers)
    read(db, check_invariants)
    db.dispose()


ROUNDS = 12


def _counter(url: str, user_id: int, customer_id: int, keys: list[str], start: "multiprocessing.Barrier",
             results: "multiprocessing.Queue[tuple[str, str, str]]") -> None:
    """One counter process: for each key, wait for the other counter, then post under it."""
    db = Database.open(url)
    actor = read(db, lambda s: auth.load_actor(s, user_id))
    for key in keys:
        start.wait(30)
        try:
            pay(db, actor, request(customer_id, "100000", key=key, allow_partial=True))
            results.put((key, str(customer_id), "posted"))
        except ConflictError as exc:
            results.put((key, str(customer_id), exc.code))
        except BaseException as exc:  # noqa: BLE001 - anything else fails the test
            results.put((key, str(customer_id), f"{type(exc).__name__}: {exc}"))
    db.dispose()


@pytest.mark.mariadb
@pytest.mark.slow
def test_two_counter_processes_posting_one_key_for_two_customers(maria_url: str) -> None:  # noqa: F811
    db = Database.open(maria_url)
    kasir1, kasir2 = add_actor(db, "kasir1", "cashier"), add_actor(db, "kasir2", "cashier")
    start_shift(db, kasir1)
    start_shift(db, kasir2)
    budi = add_customer(db, "Budi Santoso", "+6281211110001")
    siti = add_customer(db, "Siti Aminah", "+6281311110002")
    for customer in (budi, siti):
        add_invoices(db, customer, ["5000000"])
    db.dispose()
    keys = [uuid.uuid4().hex for _ in range(ROUNDS)]
    context = multiprocessing.get_context("fork")
    start = context.Barrier(2)
    results = context.Queue()
    processes = [context.Process(target=_counter, args=(maria_url, actor.user_id, customer, keys, start, results))
                 for actor, customer in ((kasir1, budi), (kasir2, siti))]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=120) for _ in range(2 * ROUNDS)]
    for process in processes:
        process.join(30)
        assert process.exitcode == 0
    db = Database.open(maria_url)
    for key in keys:
        answers = sorted(answer for k, _customer, answer in outcomes if k == key)
        assert answers == [CODE, "posted"], (key, answers)
        winner = next(int(c) for k, c, answer in outcomes if k == key and answer == "posted")
        assert [customer for _id, customer in _receipts_with(db, key)] == [winner]
    assert _payments_of(db, budi) + _payments_of(db, siti) == ROUNDS
    paid = read(db, lambda s: s.execute(sa.select(sa.func.sum(Invoice.amount_paid))).scalar_one())
    assert paid == D("100000") * ROUNDS
    read(db, check_invariants)
    db.dispose()


def test_only_the_key_s_unique_key_counts_as_the_key_taken(db: Database, cashier) -> None:  # noqa: F811
    """The duplicate the posting answers as a conflict is the idempotency key's,
    as each database words it (MariaDB 1062 on ``uq_receipts_idempotency_key``,
    SQLite ``UNIQUE constraint failed: receipts.idempotency_key``); a duplicate
    receipt number is not the key's and stays an error."""
    from ispdesk.services.payments import _is_key_taken

    customer = add_customer(db)
    add_invoices(db, customer, ["250000"])
    first = pay(db, cashier, request(customer, "250000", key="taken"))
    row = read(db, lambda s: dict(s.execute(sa.select(Receipt.__table__).where(
        Receipt.id == first.receipt_id)).mappings().one()))
    del row["id"]

    def duplicate(**changes: object) -> sa.exc.IntegrityError:
        with pytest.raises(sa.exc.IntegrityError) as info:
            write(db, lambda s: s.execute(sa.insert(Receipt.__table__), {**row, **changes}))
        return info.value

    assert _is_key_taken(duplicate(receipt_number="RCP-OTHER"))
    assert not _is_key_taken(duplicate(idempotency_key="another-key"))
    assert _receipts_with(db, "taken") == [(first.receipt_id, customer)]
