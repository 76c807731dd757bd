"""How long ``ispdesk demo-data`` takes on MariaDB (default 200,000 customers).

Run on demand, outside the default test run::

    ISPDESK_TEST_MYSQL_URL=mysql+pymysql://root@127.0.0.1/ .venv/bin/python tests/benchmarks/bench_demo_data.py
    # or through pytest (the default options ignore tests/benchmarks):
    ISPDESK_TEST_MYSQL_URL=... .venv/bin/python -m pytest -o addopts= -s tests/benchmarks/bench_demo_data.py

``ISPDESK_BENCH_CUSTOMERS`` sets the number of customers. The figures are
printed: elapsed seconds, rows written and rows per second.
"""
from __future__ import annotations

import os
import sys
import time

import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.services.database import prepare
from ispdesk.domain.actor import Actor  # noqa: E402
from ispdesk.services.demo import generate

DEFAULT_CUSTOMERS = 200_000


def bench_customers() -> int:
    return int(os.environ.get("ISPDESK_BENCH_CUSTOMERS", DEFAULT_CUSTOMERS))


def run(url: str, customers: int) -> dict[str, float]:
    """Migrate the empty database at ``url``, generate, and measure."""
    db = Database.open(url)
    try:
        prepare(db)
        started = time.perf_counter()
        report = generate(db, Actor.system(), customers=customers, seed=2026,
                          progress=lambda done, total, label: print(f"  {label}: {done}/{total}", flush=True))
        elapsed = time.perf_counter() - started
        with db.engine.connect() as conn:
            rows = sum(conn.execute(sa.text(f"SELECT COUNT(*) FROM `{t}`")).scalar_one() for t in (
                "customers", "contracts", "recurring_billings", "invoices", "invoice_items", "payments",
                "receipts", "leads"))
    finally:
        db.dispose()
    print(report)
    print(f"demo-data on {db.dialect}: {customers} customers in {elapsed:.1f} s, "
          f"{rows} rows in the main tables, {rows / elapsed:,.0f} rows/s")
    return {"elapsed": elapsed, "rows": rows}


def test_bench_demo_data_mariadb(scratch_mariadb) -> None:  # noqa: ANN001 - fixture from tests/conftest.py
    url = scratch_mariadb.create("ispdesk_bench")
    try:
        figures = run(url, bench_customers())
    finally:
        scratch_mariadb.drop(url)
    assert figures["rows"] > bench_customers() * 5


def main() -> int:
    from tests.conftest import MYSQL_URL_ENV, ScratchMariaDB, mysql_server_url
    server = mysql_server_url()
    if not server:
        print(f"set {MYSQL_URL_ENV} to a MariaDB server URL", file=sys.stderr)
        return 2
    scratch = ScratchMariaDB(server)
    try:
        run(scratch.create("ispdesk_bench"), bench_customers())
    finally:
        scratch.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    sys.exit(main())
