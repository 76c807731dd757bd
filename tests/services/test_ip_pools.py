"""IP pools: created from a CIDR with all their addresses, assigned next-free or
chosen (never twice), released, reserved, blocked; utilisation warns above 90 %."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, IpAddress, IpPool
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import PermissionDenied, ValidationError
from ispdesk.services import audit, ip_pools
from ispdesk.services.ip_pools import PoolRequest
from tests.support.actors import ADMIN, CASHIER
from tests.support.builders import add_customers

T0 = datetime(2026, 11, 20, 9, 0)


def make_pool(db: Any, network: str = "10.20.0.0/28", name: str = "Pelanggan Denpasar", **kw: Any
              ) -> ip_pools.PoolUsage:
    request = PoolRequest(name=name, network=network, **kw)
    return write(db, lambda s: ip_pools.create_pool(s, ADMIN, request, now=T0),
                 info=audit.actor_info(ADMIN, "ip_pools"))


def act(db: Any, fn: Any, *args: Any, actor: Any = ADMIN, **kw: Any) -> Any:
    return write(db, lambda s: fn(s, actor, *args, **kw), info=audit.actor_info(actor, "ip_addresses"))


def address_id(db: Any, pool_id: int, text: str) -> int:
    return read(db, lambda s: ip_pools.find_address(s, pool_id, text))


def test_creating_a_pool_lists_every_host_with_the_gateway_reserved(db: Any) -> None:
    pool = make_pool(db, gateway="10.20.0.1", dns_primary="8.8.8.8", type="public")
    assert (pool.network, pool.type, pool.total, pool.available, pool.reserved) == ("10.20.0.0/28", "public",
                                                                                    14, 13, 1)
    rows = read(db, lambda s: s.execute(sa.select(IpAddress.ip_address, IpAddress.status, IpAddress.sort_key)
                                        .where(IpAddress.ip_pool_id == pool.pool_id)
                                        .order_by(IpAddress.sort_key)).all())
    assert [r[0] for r in rows] == [f"10.20.0.{n}" for n in range(1, 15)]
    assert rows[0][1] == "reserved" and {r[1] for r in rows[1:]} == {"available"}
    logged = read(db, lambda s: s.scalar(sa.select(AuditLog.new_values).where(
        AuditLog.model_type == "ip_addresses")))
    assert logged == {"ip_pool_id": pool.pool_id, "network": "10.20.0.0/28", "addresses": 14}


def test_invalid_or_overlapping_pools_write_nothing(db: Any) -> None:
    make_pool(db, "10.20.0.0/24")
    with pytest.raises(ValidationError) as refused:
        make_pool(db, "10.20.0.128/25", name="Lain", gateway="10.30.0.1")
    assert refused.value.codes == {"network": "ip_pools.overlaps", "gateway": "ip_pools.gateway_outside"}
    assert refused.value.errors["network"].params == {"network": "10.20.0.128/25", "name": "Pelanggan Denpasar",
                                                      "other": "10.20.0.0/24"}
    with pytest.raises(ValidationError) as refused:
        make_pool(db, "10.99.0.0/33", name="Pelanggan Denpasar", type="dmz")
    assert refused.value.codes == {"network": "ip_pools.not_a_network", "name": "ip_pools.name_taken",
                                   "type": "ip_pools.choose_type"}
    with pytest.raises(PermissionDenied):
        write(db, lambda s: ip_pools.create_pool(s, CASHIER, PoolRequest("X", "10.50.0.0/24")))
    count = read(db, lambda s: (s.scalar(sa.select(sa.func.count()).select_from(IpPool)),
                                s.scalar(sa.select(sa.func.count()).select_from(IpAddress))))
    assert count == (1, 254)


def test_assign_next_takes_the_lowest_free_numerically_never_twice(db: Any) -> None:
    pool = make_pool(db, "10.20.0.0/28", gateway="10.20.0.1").pool_id
    [budi, siti, *_] = add_customers(db)
    act(db, ip_pools.reserve, address_id(db, pool, "10.20.0.2"), "Router kantor")
    first = act(db, ip_pools.assign_next, pool, customer_id=budi, now=T0)
    assert (first.ip_address, first.status, first.customer_id, first.assigned_at) == ("10.20.0.3", "assigned",
                                                                                      budi, T0)
    with pytest.raises(ValidationError) as refused:
        act(db, ip_pools.assign_address, first.id, customer_id=siti)
    assert refused.value.codes == {"ip_address": "ip_pools.not_available"}
    assert refused.value.errors["ip_address"].params["address"] == "10.20.0.3"
    assert refused.value.errors["ip_address"].params["status"].code == "status.assigned"
    chosen = act(db, ip_pools.assign_address, address_id(db, pool, "10.20.0.10"), customer_id=siti)
    assert chosen.ip_address == "10.20.0.10"
    taken = [act(db, ip_pools.assign_next, pool, customer_id=siti).ip_address for _ in range(10)]
    assert taken == [f"10.20.0.{n}" for n in (4, 5, 6, 7, 8, 9, 11, 12, 13, 14)]
    with pytest.raises(ValidationError) as refused:
        act(db, ip_pools.assign_next, pool, customer_id=siti)
    assert refused.value.codes == {"ip_pool_id": "ip_pools.pool_full"}
    with pytest.raises(ValidationError) as refused:
        act(db, ip_pools.assign_next, pool)
    assert refused.value.codes == {"customer_id": "ip_pools.no_holder"}
    with pytest.raises(ValidationError) as refused:
        read(db, lambda s: ip_pools.find_address(s, pool, "10.20.1.3"))
    assert refused.value.codes == {"ip_address": "ip_pools.not_in_pool"}
    with pytest.raises(ValidationError) as refused:
        read(db, lambda s: ip_pools.find_address(s, pool, "10.20.1"))
    assert refused.value.codes == {"ip_address": "ip_pools.not_an_address"}


def test_release_reserve_block_follow_their_moves_and_utilisation_warns(db: Any) -> None:
    pool = make_pool(db, "10.20.0.0/28").pool_id
    [budi, *_] = add_customers(db)
    given = [act(db, ip_pools.assign_next, pool, customer_id=budi) for _ in range(12)]
    usage = read(db, lambda s: ip_pools.usage(s, ADMIN, pool))
    assert (usage.used, usage.total, usage.percent_used, usage.warning) == (12, 14, Decimal("85.7"), False)
    blocked = act(db, ip_pools.block, address_id(db, pool, "10.20.0.13"), "Blacklist spam")
    assert blocked.status == "blocked"
    usage = read(db, lambda s: ip_pools.all_usage(s, ADMIN))[0]
    assert (usage.assigned, usage.blocked, usage.percent_used, usage.warning) == (12, 1, Decimal("92.9"), True)
    with pytest.raises(ValidationError) as refused:
        act(db, ip_pools.reserve, given[0].id)
    assert refused.value.codes == {"status": "ip_pools.cannot_become"}
    released = act(db, ip_pools.release, given[0].id)
    assert (released.status, released.customer_id, released.assigned_at) == ("available", None, None)
    with pytest.raises(ValidationError) as refused:
        act(db, ip_pools.release, given[0].id)
    params = refused.value.errors["status"].params
    assert (params["status"].code, params["wanted"].code) == ("status.available", "status.available")
    with pytest.raises(PermissionDenied):
        act(db, ip_pools.release, given[1].id, actor=CASHIER)
    changes = read(db, lambda s: s.execute(sa.select(AuditLog.new_values).where(
        AuditLog.model_type == "ip_addresses", AuditLog.model_id == given[0].id).order_by(AuditLog.id))
        .scalars().all())
    assert [c.get("status") for c in changes] == ["assigned", "available"]


def test_the_generic_forms_cannot_desync_pools_and_addresses(db: Any) -> None:
    from ispdesk.services import records
    from ispdesk.services.modules import SPECS
    pool = make_pool(db, "10.20.0.0/29", gateway="10.20.0.1").pool_id
    assert not SPECS["ip_pools"].can_create
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: records.save(s, ADMIN, SPECS["ip_pools"], pool, {"network": "10.20.0.0/28"}))
    assert refused.value.codes == {"network": "ip_pools.network_fixed"}
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: records.save(s, ADMIN, SPECS["ip_pools"], pool, {"gateway": "10.99.0.1"}))
    assert refused.value.codes == {"gateway": "ip_pools.gateway_outside"}
    assert refused.value.errors["gateway"].params == {"address": "10.99.0.1", "network": "10.20.0.0/29"}
    write(db, lambda s: records.save(s, ADMIN, SPECS["ip_pools"], pool, {"name": "Baru", "gateway": "10.20.0.6"}))
    [budi, *_] = add_customers(db)
    address = address_id(db, pool, "10.20.0.3")
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: records.save(s, ADMIN, SPECS["ip_addresses"], address,
                                         {"status": "assigned", "customer_id": budi}))
    assert refused.value.codes == {"status": "ip_pools.use_buttons", "customer_id": "ip_pools.use_buttons"}
    write(db, lambda s: records.save(s, ADMIN, SPECS["ip_addresses"], address, {"notes": "Dekat tiang"}))
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: records.delete(s, ADMIN, SPECS["ip_addresses"], address))
    assert refused.value.codes == {"": "ip_pools.address_not_deleted"}
