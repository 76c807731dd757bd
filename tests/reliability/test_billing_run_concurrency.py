"""Three desktops start the billing run for the same day at once on MariaDB:
every subscription is billed exactly once, the invoice numbers have no gap and
no duplicate, and the runs' created counts add up to the invoices."""
from __future__ import annotations

import multiprocessing
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import Invoice, RecurringBilling
from ispdesk.db.unit_of_work import read
from ispdesk.domain.actor import Actor
from ispdesk.services.billing_run import run_billing
from ispdesk.services.database import prepare
from tests.services.billing_support import add_customer, add_package, add_subscription

PROCESSES = 3
SUBSCRIPTIONS = 60
RUN = date(2026, 11, 24)


def _desk(url: str) -> tuple[int, int, int]:
    db = Database.open(url)
    try:
        summary = run_billing(db, Actor.system(), RUN, chunk_size=7)
        return summary.created, summary.skipped, summary.failed
    finally:
        db.dispose()


@pytest.mark.slow
@pytest.mark.mariadb
def test_simultaneous_runs_bill_each_subscription_once(scratch_mariadb: Any) -> None:
    url = scratch_mariadb.create()
    db = Database.open(url)
    try:
        prepare(db)
        home = add_package(db)
        for n in range(1, SUBSCRIPTIONS + 1):
            add_subscription(db, add_customer(db, n), home, next_billing=date(2026, 11, 1 + n % 24))
        with multiprocessing.get_context("spawn").Pool(PROCESSES) as pool:
            results = pool.map(_desk, [url] * PROCESSES)
        assert sum(created for created, _, _ in results) == SUBSCRIPTIONS
        assert all(failed == 0 for _, _, failed in results)
        numbers = read(db, lambda s: sorted(s.scalars(sa.select(Invoice.invoice_number))))
        assert numbers == [f"INV-202611-{n:06d}" for n in range(1, SUBSCRIPTIONS + 1)]
        per_customer = read(db, lambda s: s.execute(sa.select(Invoice.customer_id, sa.func.count())
                                                    .group_by(Invoice.customer_id)).all())
        assert len(per_customer) == SUBSCRIPTIONS and {n for _, n in per_customer} == {1}
        behind = read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(RecurringBilling)
                                             .where(RecurringBilling.next_billing_date <= RUN)))
        assert behind == 0
    finally:
        db.dispose()
        scratch_mariadb.drop(url)
