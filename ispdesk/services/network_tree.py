"""The network as a tree by parent device (OLT -> ODC -> ODP), with capacity,
used ports and utilisation; and :func:`take_port`, the one way an ODP port
is taken for a customer (an ODP that is full, faulty or not in service, or a
port already taken, is refused).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import InstallationReport, NetworkDevice
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import DeviceStatus, DeviceType
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.domain.messages import message, status_word
from ispdesk.services.permissions import operation

MODULE = "network_devices"

NO_DEVICE = message("network.no_device", "There is no network device with id {id}.")
NOT_AN_ODP = message("network.not_an_odp", "{name} is an {type}: customers connect to an ODP.")
NOT_IN_SERVICE = message("network.not_in_service", "{name} is {status}: it cannot take a new customer.")
ODP_FULL = message("network.odp_full", "{name} is full ({used} of {capacity} ports used).")
CHOOSE_PORT = message("network.choose_port", "Choose a port from 1 to {capacity} of {name}.")
PORT_TAKEN = message("network.port_taken", "Port {port} of {name} is already taken.")
#: From this share of used ports on, a device is shown as nearly full.
NEARLY_FULL_PERCENT = Decimal(80)


@dataclass
class DeviceNode:
    """One device of the tree with its children (by name)."""

    id: int
    name: str
    device_type: str
    status: str
    capacity: int | None
    used_ports: int
    location: str | None
    children: list["DeviceNode"] = field(default_factory=list)

    @property
    def free_ports(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.used_ports, 0)

    @property
    def percent_used(self) -> Decimal | None:
        if not self.capacity:
            return None
        return (Decimal(self.used_ports) * 100 / self.capacity).quantize(Decimal("0.1"))

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.used_ports >= self.capacity

    @property
    def nearly_full(self) -> bool:
        percent = self.percent_used
        return percent is not None and percent >= NEARLY_FULL_PERCENT

    @property
    def can_take_customer(self) -> bool:
        """An active ODP with a free port."""
        return (self.device_type == DeviceType.ODP and self.status == DeviceStatus.ACTIVE
                and self.capacity is not None and not self.full)


@operation(MODULE, "view")
def tree(session: Session, actor: Actor) -> list[DeviceNode]:
    """Every device under its parent; roots are devices without a (known) parent.
    A parent loop (A under B under A) is broken by listing its first device as a root."""
    rows = session.execute(sa.select(
        NetworkDevice.id, NetworkDevice.name, NetworkDevice.device_type, NetworkDevice.status,
        NetworkDevice.capacity, NetworkDevice.used_ports, NetworkDevice.location,
        NetworkDevice.parent_device_id).order_by(NetworkDevice.name, NetworkDevice.id)).all()
    nodes = {r.id: DeviceNode(r.id, r.name, r.device_type, r.status or DeviceStatus.ACTIVE, r.capacity,
                              r.used_ports or 0, r.location) for r in rows}
    parent_of = {r.id: r.parent_device_id for r in rows if r.parent_device_id in nodes}
    for r in rows:
        chain, up = {r.id}, parent_of.get(r.id)
        while up is not None and up not in chain:
            chain.add(up)
            up = parent_of.get(up)
        if up == r.id:                  # the device is on a loop: it becomes a root
            del parent_of[r.id]
    roots: list[DeviceNode] = []
    for r in rows:
        parent = parent_of.get(r.id)
        (nodes[parent].children if parent is not None else roots).append(nodes[r.id])
    return roots


def walk(nodes: list[DeviceNode]) -> list[DeviceNode]:
    """Every node of the tree, depth first."""
    found: list[DeviceNode] = []
    for node in nodes:
        found.append(node)
        found.extend(walk(node.children))
    return found


def taken_ports(session: Session, device_id: int, *, current: bool = False) -> set[int]:
    """The ports of an ODP that installation reports hold; ``current`` reads with a
    shared lock, so what another counter committed after this transaction's snapshot counts."""
    query = sa.select(InstallationReport.odp_port).where(InstallationReport.odp_device_id == device_id)
    values = session.execute(query.with_for_update(read=True) if current else query).scalars()
    return {int(v) for v in values if v is not None and str(v).isdigit()}


def take_port(session: Session, device_id: int, port: int) -> int:
    """Lock ODP ``device_id`` and check that ``port`` can serve a new customer;
    counts it in ``used_ports`` (ORM, so audited) and returns the new count.

    The caller records the port (the installation report's ``odp_device_id`` and
    ``odp_port``) in the same transaction: the device row stays locked until commit,
    so two installations cannot take the same port or the last free one twice.
    Permission is the caller's (the installation report checks its own).
    """
    device = session.execute(sa.select(NetworkDevice).where(NetworkDevice.id == device_id).with_for_update()
                             .execution_options(populate_existing=True)).scalar_one_or_none()
    if device is None:
        raise NotFound(NO_DEVICE(id=device_id))
    name, used = device.name, device.used_ports or 0
    if device.device_type != DeviceType.ODP:
        raise ValidationError({"odp_device_id": NOT_AN_ODP(name=name, type=str(device.device_type).upper())})
    if device.status != DeviceStatus.ACTIVE:
        raise ValidationError({"odp_device_id": NOT_IN_SERVICE(name=name, status=status_word(device.status))})
    if not device.capacity or used >= device.capacity:
        raise ValidationError({"odp_device_id": ODP_FULL(name=name, used=used, capacity=device.capacity or 0)})
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= device.capacity:
        raise ValidationError({"odp_port": CHOOSE_PORT(capacity=device.capacity, name=name)})
    if port in taken_ports(session, device_id, current=True):
        raise ValidationError({"odp_port": PORT_TAKEN(port=port, name=name)})
    device.used_ports = used + 1
    session.flush()
    return device.used_ports


@dataclass(frozen=True)
class OdpChoice:
    """An ODP that can take a customer, with its free ports (for a picker)."""

    id: int
    name: str
    location: str | None
    capacity: int
    used_ports: int
    free: tuple[int, ...]


@operation(MODULE, "view")
def odp_choices(session: Session, actor: Actor) -> list[OdpChoice]:
    """Active ODPs with a free port, each with the ports still free."""
    return _odp_choices(session)


def _odp_choices(session: Session) -> list[OdpChoice]:
    """:func:`odp_choices` for the installation report (whose permission is checked there)."""
    rows = session.execute(sa.select(NetworkDevice.id, NetworkDevice.name, NetworkDevice.location,
                                     NetworkDevice.capacity, NetworkDevice.used_ports).where(
        NetworkDevice.device_type == DeviceType.ODP, NetworkDevice.status == DeviceStatus.ACTIVE,
        NetworkDevice.capacity > sa.func.coalesce(NetworkDevice.used_ports, 0)).order_by(NetworkDevice.name)).all()
    result = []
    for r in rows:
        taken = taken_ports(session, r.id)
        result.append(OdpChoice(r.id, r.name, r.location, r.capacity, r.used_ports or 0,
                                tuple(p for p in range(1, r.capacity + 1) if p not in taken)))
    return result
