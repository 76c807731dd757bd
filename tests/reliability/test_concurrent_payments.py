"""Several cashier processes at once on MariaDB: nothing over-paid, no number
duplicated or skipped, every allocation backed by a confirmed payment."""
from __future__ import annotations

import multiprocessing
import random
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import Invoice, Payment, Receipt
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import ConflictError, ValidationError
from ispdesk.services import audit, auth
from ispdesk.services.customer_lookup import customer_account
from ispdesk.services.payments import shown_remaining
from ispdesk.services.voids import void_receipt
from tests.reliability.cashier_data import (TODAY, add_actor, add_customer, add_invoices, check_invariants,
                                            maria_url, pay, request, start_shift)  # noqa: F401

PROCESSES = 8
ROUNDS = 8
CUSTOMERS = 10
pytestmark = pytest.mark.mariadb


def _cashier(url: str, user_id: int, customers: list[int], supervisor_id: int, seed: int,
             results: "multiprocessing.Queue[tuple[int, int, int]]") -> None:
    """One counter: reads a customer, pays some of what it saw, sometimes voids."""
    rng = random.Random(seed)
    db = Database.open(url)
    actor: Actor = read(db, lambda s: auth.load_actor(s, user_id))
    boss: Actor = read(db, lambda s: auth.load_actor(s, supervisor_id))
    posted = refused = voided = 0
    mine: list[int] = []
    for _ in range(ROUNDS):
        customer = rng.choice(customers)
        account = read(db, lambda s: customer_account(s, actor, customer, today=TODAY))
        if not account.invoices:
            continue
        ticked = tuple(i.invoice_id for i in rng.sample(account.invoices, rng.randint(0, len(account.invoices))))
        amount = Decimal(rng.choice((50_000, 100_000, 250_000, 400_000, 1_000_000)))
        method = rng.choice(("cash", "cash", "transfer", "qris"))
        req = request(customer, amount, method, reference="" if method == "cash" else f"REF{rng.random()}",
                      invoice_ids=ticked, allow_partial=True, excess_to_credit=rng.random() < 0.3,
                      expected_remaining=shown_remaining(account))
        try:
            mine.append(pay(db, actor, req, now=None).receipt_id)
            posted += 1
        except (ValidationError, ConflictError):
            refused += 1
        if mine and rng.random() < 0.15:
            receipt_id = mine.pop(rng.randrange(len(mine)))
            try:
                write(db, lambda s: void_receipt(s, actor, receipt_id, supervisor=boss, reason="test void",
                                                 refund=rng.random() < 0.5),
                      info=audit.actor_info(actor, "payments"))
                voided += 1
            except ValidationError:
                pass
    db.dispose()
    results.put((posted, refused, voided))


@pytest.mark.slow
def test_eight_counters_paying_the_same_fifty_invoices(maria_url: str) -> None:
    db = Database.open(maria_url)
    boss = add_actor(db, "spv1", "supervisor")
    cashiers = [add_actor(db, f"kasir{n}", "cashier") for n in range(PROCESSES)]
    for cashier in cashiers:
        start_shift(db, cashier, "0")
    customers = [add_customer(db, f"Pelanggan {n}", f"+62812000{n:04d}") for n in range(CUSTOMERS)]
    for n, customer in enumerate(customers):
        add_invoices(db, customer, [str(100_000 + 25_000 * ((n + k) % 7)) for k in range(5)])
    db.dispose()
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    children = [context.Process(target=_cashier, args=(maria_url, c.user_id, customers, boss.user_id, n, results))
                for n, c in enumerate(cashiers)]
    for child in children:
        child.start()
    outcome = [results.get(timeout=120) for _ in children]
    for child in children:
        child.join(30)
        assert child.exitcode == 0
    posted = sum(o[0] for o in outcome)
    assert posted > PROCESSES and sum(o[1] for o in outcome) > 0    # real contention: some were refused
    db = Database.open(maria_url)
    read(db, check_invariants)      # no invoice over-paid, numbers without gaps or twins, ledgers in step

    def totals(session):  # noqa: ANN001, ANN202
        allocated = session.execute(sa.select(sa.func.sum(Invoice.amount_paid))).scalar_one()
        by_status = dict(session.execute(sa.select(Payment.status, sa.func.sum(Payment.amount))
                                         .group_by(Payment.status)).all())
        receipts = session.execute(sa.select(sa.func.count()).select_from(Receipt)).scalar_one()
        return allocated, by_status, receipts
    allocated, by_status, receipts = read(db, totals)
    assert receipts == posted
    assert allocated == by_status.get("confirmed", 0)
    everything = sum(by_status.values())
    assert allocated == everything - by_status.get("refunded", 0) - by_status.get("failed", 0)
    db.dispose()
