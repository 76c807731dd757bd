"""The OLT/ODC/ODP tree (seed 9) and IP pools and addresses (seed 10, 11)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base, table_args
from ispdesk.db.types import created_at_column, decimal_column, pk_column, updated_at_column
from ispdesk.domain.enums import DeviceStatus, DeviceType, IpPoolType, IpStatus


class NetworkDevice(Base):
    """Seed table 9."""

    __tablename__ = "network_devices"
    id: Mapped[int] = pk_column()
    device_type: Mapped[str] = c.enum(DeviceType, nullable=False)
    name: Mapped[str] = c.string(255, nullable=False)
    brand: Mapped[str | None] = c.string(100)
    model: Mapped[str | None] = c.string(100)
    serial_number: Mapped[str | None] = c.string(100)
    ip_address: Mapped[str | None] = c.string(45)
    mac_address: Mapped[str | None] = c.string(17)
    location: Mapped[str | None] = c.string(255)
    latitude: Mapped[Decimal | None] = decimal_column(10, 8)
    longitude: Mapped[Decimal | None] = decimal_column(11, 8)
    capacity: Mapped[int | None] = c.integer()
    used_ports: Mapped[int | None] = c.integer(default=0)
    parent_device_id: Mapped[int | None] = c.fk("network_devices.id")
    status: Mapped[str | None] = c.enum(DeviceStatus, default=DeviceStatus.ACTIVE)
    installed_at: Mapped[date | None] = c.date()
    notes: Mapped[str | None] = c.text()
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class IpPool(Base):
    """Seed table 10."""

    __tablename__ = "ip_pools"
    id: Mapped[int] = pk_column()
    name: Mapped[str] = c.string(100, nullable=False)
    network: Mapped[str] = c.string(18, nullable=False)
    gateway: Mapped[str | None] = c.string(45)
    dns_primary: Mapped[str | None] = c.string(45)
    dns_secondary: Mapped[str | None] = c.string(45)
    type: Mapped[str | None] = c.enum(IpPoolType, default=IpPoolType.PRIVATE)
    is_active: Mapped[bool | None] = c.boolean(default=True)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class IpAddress(Base):
    """Seed table 11. Added: a UNIQUE key on (pool, address) so one address is
    never listed twice, and the ordering index the next-free search uses."""

    __tablename__ = "ip_addresses"
    __table_args__ = table_args(
        sa.UniqueConstraint("ip_pool_id", "ip_address", name="uq_ip_addresses_pool_address"),
        sa.Index("ix_ip_addresses_pool_status", "ip_pool_id", "status", "sort_key"),
    )
    id: Mapped[int] = pk_column()
    ip_pool_id: Mapped[int] = c.fk("ip_pools.id", nullable=False)
    ip_address: Mapped[str] = c.string(45, nullable=False)
    customer_id: Mapped[int | None] = c.fk("customers.id")
    device_id: Mapped[int | None] = c.fk("network_devices.id")
    status: Mapped[str | None] = c.enum(IpStatus, default=IpStatus.AVAILABLE)
    assigned_at: Mapped[datetime | None] = c.timestamp()
    notes: Mapped[str | None] = c.text()
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
    # Added: the address as a number, so "next free" is the lowest, not the
    # lexically first ("10.0.0.10" sorts before "10.0.0.9" as text).
    sort_key: Mapped[int | None] = c.big_integer()
