"""The billing run over 100,000 active subscriptions on MariaDB (target: under 30 s),
a second run that creates nothing, and beside them the floor: one raw
``INSERT … SELECT`` writing the same invoice rows.

It runs in a database of its own, ``ispdesk_bench_billing`` (103,000 demo
customers, built once, ~2 min; ``ISPDESK_BENCH_REBUILD=1`` rebuilds it), so the
shared 200k database keeps its state. Before each measurement the benchmark
removes what earlier runs wrote and puts the first 100,000 active
subscriptions due in one period that no demo invoice uses.
"""
from __future__ import annotations

import os
import time
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.domain.actor import Actor
from ispdesk.services.billing_run import run_billing
from ispdesk.services.database import prepare
from ispdesk.services.demo import generate
from tests.benchmarks.bench_support import server_url

DATABASE = "ispdesk_bench_billing"
CUSTOMERS = 103_000
SUBSCRIPTIONS = 100_000
PERIOD_KEY = "bench.period_start"


def _database() -> tuple[Database, date]:
    server = sa.engine.make_url(server_url())
    admin = sa.create_engine(server.set(database=""), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if os.environ.get("ISPDESK_BENCH_REBUILD") == "1":
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{DATABASE}`")
        conn.exec_driver_sql(f"CREATE DATABASE IF NOT EXISTS `{DATABASE}` CHARACTER SET utf8mb4 "
                             "COLLATE utf8mb4_unicode_ci")
    admin.dispose()
    db = Database.open(server.set(database=DATABASE).render_as_string(hide_password=False))
    prepare(db)
    with db.engine.begin() as conn:
        have = conn.execute(sa.text("SELECT COUNT(*) FROM customers")).scalar_one()
    if not have:
        started = time.perf_counter()
        generate(db, Actor.system(), customers=CUSTOMERS, seed=2026)
        print(f"built {DATABASE} with {CUSTOMERS} customers in {time.perf_counter() - started:.0f} s")
    with db.engine.begin() as conn:
        stored = conn.execute(sa.text("SELECT value FROM settings WHERE `key` = :k"), {"k": PERIOD_KEY}).scalar()
        if stored is None:
            # The month after every demo invoice and every next billing date: nothing collides with it.
            latest = conn.execute(sa.text("SELECT MAX(next_billing_date) FROM recurring_billings")).scalar_one()
            month = date(latest.year + latest.month // 12, latest.month % 12 + 1, 1)
            conn.execute(sa.text("INSERT INTO settings (`key`, value) VALUES (:k, :v)"),
                         {"k": PERIOD_KEY, "v": month.isoformat()})
            stored = month.isoformat()
    return db, date.fromisoformat(stored)


def _remove_bench_invoices(conn: sa.Connection, run_date: date) -> None:
    conn.execute(sa.text("DELETE FROM billing_run_items"))
    conn.execute(sa.text("DELETE FROM billing_runs"))
    conn.execute(sa.text("DELETE FROM audit_logs WHERE model_type = 'invoices' AND url LIKE 'ispdesk://billing_runs/%'"))
    conn.execute(sa.text("DELETE ii FROM invoice_items ii JOIN invoices i ON i.id = ii.invoice_id "
                         "WHERE i.issue_date = :d"), {"d": run_date})
    conn.execute(sa.text("DELETE FROM invoices WHERE issue_date = :d"), {"d": run_date})
    conn.execute(sa.text("DELETE FROM document_sequences WHERE doc_type = 'invoice' AND period = :p"),
                 {"p": run_date.strftime("%Y%m")})


def _reset(db: Database, month: date, run_date: date) -> None:
    """No invoice of earlier runs; the first 100,000 active subscriptions due in ``month``, the others later."""
    with db.engine.begin() as conn:
        _remove_bench_invoices(conn, run_date)
    _put_back(db, month)


def _put_back(db: Database, month: date) -> None:
    """The first 100,000 active subscriptions due in ``month`` on their billing day, the others later."""
    with db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE recurring_billings SET next_billing_date = :later WHERE is_active = 1"),
                     {"later": month + timedelta(days=70)})
        conn.execute(sa.text(
            "UPDATE recurring_billings SET pending_package_id = NULL, promotion_id = NULL, "
            "next_billing_date = DATE_ADD(:m, INTERVAL billing_day - 1 DAY) "
            "WHERE is_active = 1 ORDER BY id LIMIT :n"), {"m": month, "n": SUBSCRIPTIONS})


def _checksum(db: Database, run_date: date) -> tuple:
    with db.engine.connect() as conn:
        return tuple(conn.execute(sa.text(
            "SELECT COUNT(*), SUM(subtotal), SUM(discount_amount), SUM(tax_base), SUM(tax_amount), SUM(total), "
            "COUNT(DISTINCT invoice_number) FROM invoices WHERE issue_date = :d"), {"d": run_date}).one())


FLOOR = """
INSERT INTO invoices (invoice_number, customer_id, recurring_billing_id, period, period_start, period_end,
                      issue_date, due_date, subtotal, discount_amount, tax_base, tax_amount, late_fee, total,
                      amount_paid, status)
SELECT CONCAT('INV-', DATE_FORMAT(:d, '%Y%m'), '-', LPAD(ROW_NUMBER() OVER (ORDER BY x.id), 6, '0')),
       x.customer_id, x.id, DATE_FORMAT(x.next_billing_date, '%Y-%m'), x.next_billing_date,
       DATE_SUB(DATE_ADD(x.next_billing_date, INTERVAL 1 MONTH), INTERVAL 1 DAY), :d, DATE_ADD(:d, INTERVAL 10 DAY),
       x.amount, x.discount, x.dpp, ROUND(x.dpp * 12 / 100, 0), 0, x.amount - x.discount + ROUND(x.dpp * 12 / 100, 0),
       0, 'unpaid'
FROM (SELECT rb.id, rb.customer_id, rb.next_billing_date, rb.amount, COALESCE(rb.discount, 0) AS discount,
             ROUND((rb.amount - COALESCE(rb.discount, 0)) * 11 / 12, 0) AS dpp
      FROM recurring_billings rb JOIN customers c ON c.id = rb.customer_id
      WHERE rb.is_active = 1 AND rb.next_billing_date <= :d AND c.status NOT IN ('terminated', 'prospect')) x
"""


@pytest.mark.timeout(1800)
def test_billing_run_100k() -> None:
    db, month = _database()
    run_date = month + timedelta(days=27)
    try:
        _reset(db, month, run_date)
        load = os.getloadavg()[0]
        cpu = time.process_time()
        first = run_billing(db, Actor.system(), run_date)
        cpu = time.process_time() - cpu
        run_sums = _checksum(db, run_date)
        second = run_billing(db, Actor.system(), run_date)
        print(f"\nbilling run, {first.subscriptions} subscriptions due: {first.created} invoices in "
              f"{first.seconds:.1f} s = {first.created / first.seconds:.0f} invoices/s "
              f"(skipped {first.skipped}, failed {first.failed}); Python CPU {cpu:.1f} s; "
              f"load average {load:.1f} on {os.cpu_count()} cores")
        print(f"second run: {second.created} created, {second.subscriptions} due, {second.seconds:.2f} s")
        assert first.created == SUBSCRIPTIONS and first.failed == 0
        assert second.created == 0
        _put_back(db, month)    # as if the subscriptions had not moved on: the invoices' unique key holds
        third = run_billing(db, Actor.system(), run_date)
        print(f"run with the subscriptions put back: {third.created} created, {third.skipped} skipped "
              f"{third.reasons}, {third.seconds:.1f} s")
        assert (third.created, third.skipped) == (0, SUBSCRIPTIONS)
        assert _checksum(db, run_date) == run_sums

        with db.engine.begin() as conn:
            _remove_bench_invoices(conn, run_date)
        _reset(db, month, run_date)
        started = time.perf_counter()
        with db.engine.begin() as conn:
            conn.execute(sa.text(FLOOR), {"d": run_date})
        floor = time.perf_counter() - started
        floor_sums = _checksum(db, run_date)
        print(f"floor, one INSERT … SELECT of the same invoice rows: {floor_sums[0]} in {floor:.1f} s = "
              f"{floor_sums[0] / floor:.0f} rows/s; the run writes lines, run items and audit rows too")
        print(f"run totals   {run_sums}\nfloor totals {floor_sums}")
        assert floor_sums == run_sums
    finally:
        _reset(db, month, run_date)
        db.dispose()
