"""IP pools and their addresses.

Creating a pool from a CIDR network fills ``ip_addresses`` with every usable
host in bulk (literal multi-row INSERTs on MariaDB, executemany on SQLite);
the gateway is kept ``reserved``. Assigning takes the lowest free address or
a chosen one and never hands out an address twice, even from two counters at
once: the row is taken with ``SELECT … FOR UPDATE SKIP LOCKED`` on MariaDB (a
locking read sees what the other counter committed and skips what it holds),
and SQLite serialises writers. Release, reserve and block move an address
between the other statuses. Every single-address change goes through the ORM,
so the audit listener logs it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db import bulk
from ispdesk.db.models import Customer, IpAddress, IpPool, NetworkDevice
from ispdesk.domain import cidr, clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import IpPoolType, IpStatus
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.domain.messages import Message, message, status_word
from ispdesk.services import audit
from ispdesk.services.permissions import operation

POOLS = "ip_pools"
ADDRESSES = "ip_addresses"
#: Above this share of addresses in use, a pool is shown with a warning.
WARNING_PERCENT = Decimal(90)
#: Rows per multi-row INSERT when a pool is filled.
CHUNK = 8000

NAME_MISSING = message("ip_pools.name_missing", "Give the pool a name.")
NAME_TAKEN = message("ip_pools.name_taken", "There is already a pool named {name}.")
CHOOSE_TYPE = message("ip_pools.choose_type", "Choose public, private or management.")
OVERLAPS = message("ip_pools.overlaps", "{network} overlaps the pool {name} ({other}).")
NO_HOLDER = message("ip_pools.no_holder", "Say which customer (or device) gets the address.")
NO_CUSTOMER = message("ip_pools.no_customer", "There is no customer with id {id}.")
NO_DEVICE = message("ip_pools.no_device", "There is no network device with id {id}.")
NO_POOL = message("ip_pools.no_pool", "There is no IP pool with id {id}.")
POOL_ARCHIVED = message("ip_pools.pool_archived", "The pool {name} is archived.")
POOL_FULL = message("ip_pools.pool_full", "The pool {name} has no free address left.")
NO_ADDRESS = message("ip_pools.no_address", "There is no IP address with id {id}.")
NOT_IN_POOL = message("ip_pools.not_in_pool", "{address} is not an address of this pool.")
NOT_AVAILABLE = message("ip_pools.not_available", "{address} is {status}, not available.")
CANNOT_BECOME = message("ip_pools.cannot_become", "{address} is {status}: it cannot become {wanted}.")
NETWORK_FIXED = message("ip_pools.network_fixed",
                        "The network of a pool is fixed; create a new pool from CIDR instead.")
NOT_DELETED = message("ip_pools.address_not_deleted",
                      "Addresses belong to their pool and are not deleted; block the address instead.")
USE_BUTTONS = message("ip_pools.use_buttons", "Use Assign, Release, Reserve or Block.")

#: Status -> the statuses an address may be moved to by release/reserve/block.
STATUS_MOVES: dict[str, frozenset[str]] = {
    IpStatus.AVAILABLE: frozenset({IpStatus.RESERVED, IpStatus.BLOCKED}),
    IpStatus.ASSIGNED: frozenset({IpStatus.AVAILABLE}),
    IpStatus.RESERVED: frozenset({IpStatus.AVAILABLE, IpStatus.BLOCKED}),
    IpStatus.BLOCKED: frozenset({IpStatus.AVAILABLE}),
}


@dataclass(frozen=True)
class PoolRequest:
    name: str
    network: str
    gateway: str = ""
    dns_primary: str = ""
    dns_secondary: str = ""
    type: str = IpPoolType.PRIVATE


@dataclass(frozen=True)
class PoolUsage:
    """How full a pool is; ``used`` counts everything not available."""

    pool_id: int
    name: str
    network: str
    type: str
    total: int
    available: int
    assigned: int
    reserved: int
    blocked: int

    @property
    def used(self) -> int:
        return self.total - self.available

    @property
    def percent_used(self) -> Decimal:
        if not self.total:
            return Decimal(0)
        return (Decimal(self.used) * 100 / self.total).quantize(Decimal("0.1"))

    @property
    def warning(self) -> bool:
        return self.percent_used > WARNING_PERCENT


@dataclass(frozen=True)
class AddressInfo:
    id: int
    pool_id: int
    ip_address: str
    status: str
    customer_id: int | None
    device_id: int | None
    assigned_at: datetime | None


def _address_info(row: IpAddress) -> AddressInfo:
    return AddressInfo(row.id, row.ip_pool_id, row.ip_address, row.status or IpStatus.AVAILABLE,
                       row.customer_id, row.device_id, row.assigned_at)


# --- creating a pool ----------------------------------------------------------

def _check_pool_request(session: Session, request: PoolRequest) -> cidr.PoolNetwork:
    checked, errors = cidr.check_pool(request.network, request.gateway, request.dns_primary,
                                      request.dns_secondary)
    if not request.name.strip():
        errors["name"] = NAME_MISSING()
    elif session.scalar(sa.select(IpPool.id).where(IpPool.name == request.name.strip())) is not None:
        errors["name"] = NAME_TAKEN(name=request.name.strip())
    if request.type not in set(IpPoolType):
        errors["type"] = CHOOSE_TYPE()
    if "network" not in errors:
        wanted = str(cidr.parse_network(request.network))
        for name, network in session.execute(sa.select(IpPool.name, IpPool.network)):
            try:
                clash = cidr.overlaps(wanted, network)
            except ValueError:
                continue
            if clash:
                errors["network"] = OVERLAPS(network=wanted, name=name, other=network)
                break
    if errors:
        raise ValidationError(errors)
    assert checked is not None
    return checked


def _fill(session: Session, pool_id: int, addresses: Iterable[tuple[str, int]], gateway: str | None,
          stamp: datetime) -> int:
    """Insert every address of the pool; the gateway ``reserved``. Returns how many."""
    table = IpAddress.__table__
    shared = {"ip_pool_id": pool_id, "created_at": stamp, "updated_at": stamp}
    rows = [(text, number, IpStatus.RESERVED.value if text == gateway else IpStatus.AVAILABLE.value,
             "Gateway" if text == gateway else None) for text, number in addresses]
    columns = ("ip_address", "sort_key", "status", "notes")
    if session.get_bind().dialect.name == "sqlite":
        session.execute(sa.insert(table), [dict(zip(columns, row)) | shared for row in rows])
    else:
        render = bulk.renderer(session)
        for start in range(0, len(rows), CHUNK):
            bulk.execute(session, bulk.insert_sql(table, columns, rows[start:start + CHUNK], render,
                                                  shared=shared))
    return len(rows)


@operation(POOLS, "create")
def create_pool(session: Session, actor: Actor, request: PoolRequest, *,
                now: datetime | None = None) -> PoolUsage:
    """A pool from a CIDR network, with all its usable addresses listed."""
    checked = _check_pool_request(session, request)
    stamp = now or clock.now()
    pool = IpPool(name=request.name.strip(), network=checked.cidr, gateway=checked.gateway,
                  dns_primary=checked.dns_primary, dns_secondary=checked.dns_secondary, type=request.type,
                  is_active=True)
    session.add(pool)
    session.flush()
    count = _fill(session, pool.id, cidr.hosts(checked.network), checked.gateway, stamp)
    audit.record(session, actor, "create", ADDRESSES, None, None,
                 {"ip_pool_id": pool.id, "network": checked.cidr, "addresses": count}, POOLS)
    return _usages(session, [pool.id])[0]


# --- utilisation -------------------------------------------------------------

def _usages(session: Session, pool_ids: Iterable[int] | None = None) -> list[PoolUsage]:
    counts = sa.select(IpAddress.ip_pool_id, IpAddress.status, sa.func.count()).group_by(
        IpAddress.ip_pool_id, IpAddress.status)
    pools = sa.select(IpPool.id, IpPool.name, IpPool.network, IpPool.type).order_by(IpPool.name)
    if pool_ids is not None:
        ids = list(pool_ids)
        counts = counts.where(IpAddress.ip_pool_id.in_(ids))
        pools = pools.where(IpPool.id.in_(ids))
    by_pool: dict[int, dict[str, int]] = {}
    for pool_id, status, count in session.execute(counts):
        by_pool.setdefault(pool_id, {})[status] = count
    result = []
    for pool_id, name, network, kind in session.execute(pools):
        c = by_pool.get(pool_id, {})
        result.append(PoolUsage(pool_id, name, network, kind or IpPoolType.PRIVATE, sum(c.values()),
                                c.get(IpStatus.AVAILABLE, 0), c.get(IpStatus.ASSIGNED, 0),
                                c.get(IpStatus.RESERVED, 0), c.get(IpStatus.BLOCKED, 0)))
    return result


@operation(POOLS, "view")
def usage(session: Session, actor: Actor, pool_id: int) -> PoolUsage:
    """How full one pool is."""
    found = _usages(session, [pool_id])
    if not found:
        raise NotFound(NO_POOL(id=pool_id))
    return found[0]


@operation(POOLS, "view")
def all_usage(session: Session, actor: Actor) -> list[PoolUsage]:
    """Every pool with its utilisation, by name."""
    return _usages(session)


# --- assigning and releasing -------------------------------------------------

def _check_holder(session: Session, customer_id: int | None, device_id: int | None) -> None:
    errors: dict[str, Message] = {}
    if customer_id is None and device_id is None:
        errors["customer_id"] = NO_HOLDER()
    if customer_id is not None and session.get(Customer, customer_id) is None:
        errors["customer_id"] = NO_CUSTOMER(id=customer_id)
    if device_id is not None and session.get(NetworkDevice, device_id) is None:
        errors["device_id"] = NO_DEVICE(id=device_id)
    if errors:
        raise ValidationError(errors)


def _take(row: IpAddress, customer_id: int | None, device_id: int | None, stamp: datetime) -> AddressInfo:
    row.status = IpStatus.ASSIGNED
    row.customer_id = customer_id
    row.device_id = device_id
    row.assigned_at = stamp
    return _address_info(row)


@operation(ADDRESSES, "edit")
def assign_next(session: Session, actor: Actor, pool_id: int, *, customer_id: int | None = None,
                device_id: int | None = None, now: datetime | None = None) -> AddressInfo:
    """Assign the lowest free address of the pool; ValidationError when the pool is full."""
    _check_holder(session, customer_id, device_id)
    pool = session.get(IpPool, pool_id)
    if pool is None:
        raise NotFound(NO_POOL(id=pool_id))
    if not pool.is_active:
        raise ValidationError({"ip_pool_id": POOL_ARCHIVED(name=pool.name)})
    free = (sa.select(IpAddress).where(IpAddress.ip_pool_id == pool_id, IpAddress.status == IpStatus.AVAILABLE)
            .order_by(IpAddress.sort_key).limit(1).with_for_update(skip_locked=True))
    row = session.execute(free).scalar_one_or_none()
    if row is None:
        raise ValidationError({"ip_pool_id": POOL_FULL(name=pool.name)})
    info = _take(row, customer_id, device_id, now or clock.now())
    session.flush()
    return info


def _locked_address(session: Session, address_id: int) -> IpAddress:
    row = session.execute(sa.select(IpAddress).where(IpAddress.id == address_id).with_for_update()
                          .execution_options(populate_existing=True)).scalar_one_or_none()
    if row is None:
        raise NotFound(NO_ADDRESS(id=address_id))
    return row


@operation(ADDRESSES, "view")
def address(session: Session, actor: Actor, address_id: int) -> AddressInfo:
    """One address as plain data."""
    row = session.get(IpAddress, address_id)
    if row is None:
        raise NotFound(NO_ADDRESS(id=address_id))
    return _address_info(row)


def find_address(session: Session, pool_id: int, ip_address: str) -> int:
    """The id of ``ip_address`` in the pool; ValidationError when the pool does not hold it."""
    try:
        text = str(cidr.parse_address(ip_address))
    except cidr.CidrError as exc:
        raise ValidationError({"ip_address": exc.message}) from None
    found = session.scalar(sa.select(IpAddress.id).where(IpAddress.ip_pool_id == pool_id,
                                                         IpAddress.ip_address == text))
    if found is None:
        raise ValidationError({"ip_address": NOT_IN_POOL(address=text)})
    return found


@operation(ADDRESSES, "edit")
def assign_address(session: Session, actor: Actor, address_id: int, *, customer_id: int | None = None,
                   device_id: int | None = None, now: datetime | None = None) -> AddressInfo:
    """Assign one chosen address; refused unless it is available (locked while checked)."""
    _check_holder(session, customer_id, device_id)
    row = _locked_address(session, address_id)
    if row.status != IpStatus.AVAILABLE:
        raise ValidationError({"ip_address": NOT_AVAILABLE(address=row.ip_address, status=status_word(row.status))})
    info = _take(row, customer_id, device_id, now or clock.now())
    session.flush()
    return info


def _set_status(session: Session, address_id: int, to_status: str, notes: str) -> AddressInfo:
    row = _locked_address(session, address_id)
    current = row.status or IpStatus.AVAILABLE
    if to_status not in STATUS_MOVES.get(current, frozenset()):
        raise ValidationError({"status": CANNOT_BECOME(address=row.ip_address, status=status_word(current),
                                                       wanted=status_word(to_status))})
    row.status = to_status
    if to_status == IpStatus.AVAILABLE:
        row.customer_id = None
        row.device_id = None
        row.assigned_at = None
    if notes.strip() or to_status == IpStatus.AVAILABLE:
        row.notes = notes.strip() or None
    session.flush()
    return _address_info(row)


@operation(ADDRESSES, "edit")
def release(session: Session, actor: Actor, address_id: int, notes: str = "") -> AddressInfo:
    """Give an assigned, reserved or blocked address back to the pool."""
    return _set_status(session, address_id, IpStatus.AVAILABLE, notes)


@operation(ADDRESSES, "edit")
def reserve(session: Session, actor: Actor, address_id: int, notes: str = "") -> AddressInfo:
    """Keep a free address aside (not handed out by assign_next)."""
    return _set_status(session, address_id, IpStatus.RESERVED, notes)


@operation(ADDRESSES, "edit")
def block(session: Session, actor: Actor, address_id: int, notes: str = "") -> AddressInfo:
    """Take a free or reserved address out of use (e.g. blacklisted)."""
    return _set_status(session, address_id, IpStatus.BLOCKED, notes)


# --- what the generic forms may not do ---------------------------------------

def pool_edit_check(pool: IpPool | None, changes: dict) -> dict[str, Message]:
    """A pool's network is fixed once its addresses are listed (archiving stays possible)."""
    if pool is None:
        return {}
    if "network" in changes and changes["network"] != pool.network:
        return {"network": NETWORK_FIXED()}
    if "gateway" in changes and changes["gateway"] and changes["gateway"] != pool.gateway:
        _, errors = cidr.check_pool(pool.network, changes["gateway"])
        if errors:
            return {"gateway": errors.get("gateway") or errors["network"]}
    return {}


def address_edit_check(row: IpAddress | None, changes: dict) -> dict[str, Message]:
    """Who holds an address and its status change only by Assign/Release/Reserve/Block; notes stay editable."""
    if row is None:
        return {}
    if not changes:
        return {"": NOT_DELETED()}
    return {name: USE_BUTTONS() for name in ("status", "customer_id", "device_id")
            if name in changes and changes[name] != getattr(row, name)}
