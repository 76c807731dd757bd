"""Benchmark of IP pools (issue 8) on MariaDB, in an empty scratch database.

- Creating a /16 pool lists its 65,534 addresses in under 5 s (committed).
- Assigning the next free address of that pool stays fast when most of it is
  taken (the (pool, status, sort_key) index finds the lowest free row).
- The sqlite figure for the /16 is printed too, for comparison.

Run: ``pytest -o addopts= -s -p no:cacheprovider tests/benchmarks/bench_ip_pool.py``
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import Customer, IpAddress
from ispdesk.db.unit_of_work import write
from ispdesk.services import audit, ip_pools
from ispdesk.services.database import prepare
from ispdesk.services.ip_pools import PoolRequest
from tests.benchmarks.bench_support import p95, server_url, summary, timings
from tests.support.actors import add_user


def _create_16(db: Database, name: str, network: str) -> tuple[float, ip_pools.PoolUsage]:
    actor = add_user(db, f"noc{name.lower()}", "admin")
    started = time.perf_counter()
    pool = write(db, lambda s: ip_pools.create_pool(s, actor, PoolRequest(name, network, gateway=network[:-4] + "1")),
                 info=audit.actor_info(actor, "ip_pools"))
    return time.perf_counter() - started, pool


def test_a_16_pool_fills_in_under_5_seconds_and_assigns_fast(scratch_mariadb: Any, tmp_path: Path) -> None:
    server_url()
    db = Database.open(scratch_mariadb.create())
    try:
        prepare(db)
        seconds, pool = _create_16(db, "Besar", "10.128.0.0/16")
        print(f"\n/16 pool on MariaDB: {pool.total} addresses in {seconds:.2f} s")
        assert pool.total == 65_534 and seconds < 5.0
        # take 60,000 addresses in bulk, then time assign_next on the almost-full pool
        with db.engine.begin() as conn:
            customer = conn.execute(sa.insert(Customer.__table__).values(
                customer_number="C-BENCH", name="Bench", phone="0811")).inserted_primary_key[0]
            conn.execute(sa.update(IpAddress.__table__).where(IpAddress.sort_key < int(0x0A80EA60 + 1))
                         .where(IpAddress.status == "available").values(status="assigned", customer_id=customer))
        actor = add_user(db, "assigner", "admin")
        seconds_each = timings(lambda: write(db, lambda s: ip_pools.assign_next(s, actor, pool.pool_id,
                                                                                customer_id=customer),
                                             info=audit.actor_info(actor, "ip_addresses")), repeat=200)
        summary("assign_next on a /16 with 60,000 taken (MariaDB)", seconds_each)
        assert p95(seconds_each) < 0.05
    finally:
        db.dispose()
    lite = Database.open(f"sqlite:///{tmp_path / 'pool.sqlite3'}")
    try:
        prepare(lite)
        seconds, pool = _create_16(lite, "Besar", "10.128.0.0/16")
        print(f"/16 pool on SQLite: {pool.total} addresses in {seconds:.2f} s")
    finally:
        lite.dispose()
