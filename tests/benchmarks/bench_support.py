"""What the benchmarks share: one MariaDB database with 200,000 demo customers.

Building it takes about three minutes, so it is built once and kept between
runs (``ispdesk_bench200k`` on the server of ``ISPDESK_TEST_MYSQL_URL``);
``ISPDESK_BENCH_REBUILD=1`` drops and rebuilds it. A benchmark that writes
(payments, billing runs) may write into it: the figures it reads do not
depend on earlier writes beyond their count.
"""
from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.services.database import prepare
from ispdesk.domain.actor import Actor  # noqa: E402
from ispdesk.services.demo import generate

BENCH_DATABASE = "ispdesk_bench200k"
BENCH_CUSTOMERS = int(os.environ.get("ISPDESK_BENCH_CUSTOMERS", 200_000))
MYSQL_URL_ENV = "ISPDESK_TEST_MYSQL_URL"


def server_url() -> str:
    url = os.environ.get(MYSQL_URL_ENV)
    if not url:
        pytest.skip(f"benchmarks on MariaDB need {MYSQL_URL_ENV}")
    return url


def bench_database_url(customers: int = BENCH_CUSTOMERS) -> str:
    """The URL of the shared benchmark database, built first if it is missing
    (or has fewer customers than asked for)."""
    server = sa.engine.make_url(server_url())
    url = server.set(database=BENCH_DATABASE).render_as_string(hide_password=False)
    admin = sa.create_engine(server.set(database=""), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            if os.environ.get("ISPDESK_BENCH_REBUILD") == "1":
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{BENCH_DATABASE}`")
            conn.exec_driver_sql(f"CREATE DATABASE IF NOT EXISTS `{BENCH_DATABASE}` "
                                 "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
    finally:
        admin.dispose()
    db = Database.open(url)
    try:
        prepare(db)
        with db.engine.connect() as conn:
            have = conn.execute(sa.text("SELECT COUNT(*) FROM customers")).scalar_one()
        if have < customers:
            if have:
                raise RuntimeError(f"{BENCH_DATABASE} has {have} customers, fewer than {customers}: "
                                   "run with ISPDESK_BENCH_REBUILD=1")
            started = time.perf_counter()
            generate(db, Actor.system(), customers=customers, seed=2026)
            print(f"built {BENCH_DATABASE} with {customers} customers in {time.perf_counter() - started:.0f} s")
    finally:
        db.dispose()
    return url


def timings(work: Callable[[], object], repeat: int) -> list[float]:
    """Seconds each of ``repeat`` calls of ``work`` took."""
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - started)
    return seconds


def summary(label: str, seconds: list[float]) -> str:
    """``label: n=50 median 12.3 ms, p95 18.0 ms, max 25.1 ms`` (also printed)."""
    ordered = sorted(seconds)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    line = (f"{label}: n={len(seconds)} median {statistics.median(ordered) * 1000:.1f} ms, "
            f"p95 {p95 * 1000:.1f} ms, max {ordered[-1] * 1000:.1f} ms")
    print(line)
    return line


def p95(seconds: list[float]) -> float:
    ordered = sorted(seconds)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]
