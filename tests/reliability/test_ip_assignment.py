"""Six counters assign addresses from one small pool at once on MariaDB: no
address is handed out twice, the pool runs out cleanly, every success is audited."""
from __future__ import annotations

import multiprocessing
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog, Customer, IpAddress
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ValidationError
from ispdesk.services import audit, ip_pools
from ispdesk.services.database import prepare
from ispdesk.services.ip_pools import PoolRequest
from tests.support.actors import add_user, system

PROCESSES = 6
TRIES = 12           # 72 attempts on a /26 (62 hosts, 1 reserved gateway): 61 succeed, 11 are refused


def _counter(url: str, actor: Any, pool_id: int, customer_id: int, chosen_id: int) -> tuple[list[str], int]:
    """Assign TRIES addresses (the first one chosen, the same for every counter); returns (taken, refused)."""
    db = Database.open(url)
    taken: list[str] = []
    refused = 0
    try:
        for n in range(TRIES):
            def work(s: Any, n: int = n) -> ip_pools.AddressInfo:
                if n == 0:
                    return ip_pools.assign_address(s, actor, chosen_id, customer_id=customer_id)
                return ip_pools.assign_next(s, actor, pool_id, customer_id=customer_id)
            try:
                taken.append(write(db, work, info=audit.actor_info(actor, "ip_addresses")).ip_address)
            except ValidationError:
                refused += 1
    finally:
        db.dispose()
    return taken, refused


@pytest.mark.slow
@pytest.mark.mariadb
def test_two_counters_never_get_the_same_address(scratch_mariadb: Any) -> None:
    url = scratch_mariadb.create()
    db = Database.open(url)
    try:
        prepare(db)
        pool = write(db, lambda s: ip_pools.create_pool(s, system(), PoolRequest("Rebutan", "10.77.0.0/26",
                                                                                  gateway="10.77.0.1")))

        def add_customer(s: Any) -> int:
            customer = Customer(customer_number="C-1", name="Budi", phone="0811")
            s.add(customer)
            s.flush()
            return customer.id
        customer = write(db, add_customer)
        clerk = add_user(db, "noc", "admin")
        chosen = read(db, lambda s: ip_pools.find_address(s, pool.pool_id, "10.77.0.40"))
        with multiprocessing.get_context("spawn").Pool(PROCESSES) as workers:
            results = workers.starmap(_counter, [(url, clerk, pool.pool_id, customer, chosen)] * PROCESSES)
        taken = [ip for t, _ in results for ip in t]
        assert len(taken) == len(set(taken)) == 61
        assert sum(r for _, r in results) == PROCESSES * TRIES - 61
        assert taken.count("10.77.0.40") == 1
        rows = read(db, lambda s: s.execute(sa.select(IpAddress.status, sa.func.count()).group_by(
            IpAddress.status)).all())
        assert dict(rows) == {"assigned": 61, "reserved": 1}
        audited = read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(AuditLog).where(
            AuditLog.model_type == "ip_addresses", AuditLog.action == "update")))
        assert audited == 61
    finally:
        db.dispose()


def _installer(url: str, device_id: int, order_ids: list[int], customer_id: int, technician_id: int,
               seed: int) -> list[int]:
    """Each work order tries the ODP's ports in a random order until one is taken; returns the ports got."""
    import random

    from ispdesk.db.models import InstallationReport
    from ispdesk.services import network_tree
    db = Database.open(url)
    rng = random.Random(seed)
    got: list[int] = []
    try:
        for order_id in order_ids:
            for port in rng.sample(range(1, 5), 4):
                def work(s: Any, port: int = port, order_id: int = order_id) -> None:
                    s.execute(sa.text("SELECT 1 FROM work_orders LIMIT 1")).all()   # the snapshot starts early
                    network_tree.take_port(s, device_id, port)
                    s.add(InstallationReport(work_order_id=order_id, customer_id=customer_id,
                                             technician_id=technician_id, odp_device_id=device_id,
                                             odp_port=str(port)))
                try:
                    write(db, work)
                    got.append(port)
                    break
                except ValidationError:
                    continue
    finally:
        db.dispose()
    return got


@pytest.mark.slow
@pytest.mark.mariadb
def test_installers_never_share_an_odp_port_nor_overfill_it(scratch_mariadb: Any) -> None:
    from ispdesk.db.models import InstallationReport, NetworkDevice
    from tests.services.warehouse_support import add_work_order
    url = scratch_mariadb.create()
    db = Database.open(url)
    try:
        prepare(db)

        def setup(s: Any) -> tuple[int, int]:
            customer = Customer(customer_number="C-1", name="Budi", phone="0811")
            device = NetworkDevice(name="ODP-01", device_type="odp", capacity=4, used_ports=0, status="active")
            s.add_all([customer, device])
            s.flush()
            return customer.id, device.id
        customer, device = write(db, setup)
        technician = add_user(db, "teknisi", "technician").user_id
        orders = [add_work_order(db, f"WO-202611-{n:06d}") for n in range(1, 9)]
        with multiprocessing.get_context("spawn").Pool(4) as workers:
            results = workers.starmap(_installer, [(url, device, orders[i::4], customer, technician, i)
                                                   for i in range(4)])
        ports = sorted(p for got in results for p in got)
        assert ports == [1, 2, 3, 4]
        used = read(db, lambda s: s.get(NetworkDevice, device).used_ports)
        reports = read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(InstallationReport)))
        assert used == reports == 4
    finally:
        db.dispose()
