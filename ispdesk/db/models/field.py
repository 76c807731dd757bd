"""Work orders (seed 4), installation reports (seed 19), SLA policies and
technician locations (Phase 3)."""
from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base, table_args
from ispdesk.db.types import created_at_column, decimal_column, pk_column, updated_at_column
from ispdesk.domain.enums import Priority, WorkOrderStatus, WorkOrderType


class WorkOrder(Base):
    """Seed table 4."""

    __tablename__ = "work_orders"
    # Added: the dispatch board reads the open orders of a week.
    __table_args__ = table_args(sa.Index("ix_work_orders_status_scheduled", "status", "scheduled_date"))
    id: Mapped[int] = pk_column()
    work_order_number: Mapped[str | None] = c.string(50, unique=True)
    type: Mapped[str] = c.enum(WorkOrderType, nullable=False)
    customer_id: Mapped[int | None] = c.fk("customers.id")
    lead_id: Mapped[int | None] = c.fk("leads.id")
    assigned_to: Mapped[int | None] = c.fk("users.id")
    team_size: Mapped[int | None] = c.integer(default=1)
    priority: Mapped[str | None] = c.enum(Priority, default=Priority.MEDIUM)
    scheduled_date: Mapped[date | None] = c.date()
    scheduled_time: Mapped[time | None] = c.time()
    estimated_duration: Mapped[int | None] = c.integer()
    status: Mapped[str | None] = c.enum(WorkOrderStatus, default=WorkOrderStatus.PENDING)
    started_at: Mapped[datetime | None] = c.timestamp()
    completed_at: Mapped[datetime | None] = c.timestamp()
    notes: Mapped[str | None] = c.text()
    completion_notes: Mapped[str | None] = c.text()
    created_by: Mapped[int | None] = c.fk("users.id")
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
    # Added: the contract an installation comes from, and when it was assigned
    # and cancelled (the SLA clock and the audit trail need them).
    contract_id: Mapped[int | None] = c.fk("contracts.id")
    assigned_at: Mapped[datetime | None] = c.timestamp()
    cancelled_at: Mapped[datetime | None] = c.timestamp()


class InstallationReport(Base):
    """Seed table 19. Added: the ODP device (``odp_port`` keeps the port) and
    the IP address assigned at installation."""

    __tablename__ = "installation_reports"
    id: Mapped[int] = pk_column()
    work_order_id: Mapped[int] = c.fk("work_orders.id", nullable=False)
    customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    technician_id: Mapped[int] = c.fk("users.id", nullable=False)
    ont_serial: Mapped[str | None] = c.string(100)
    onu_id: Mapped[str | None] = c.string(50)
    odp_port: Mapped[str | None] = c.string(50)
    signal_level: Mapped[Decimal | None] = decimal_column(6, 2)
    speed_test_download: Mapped[Decimal | None] = decimal_column(10, 2)
    speed_test_upload: Mapped[Decimal | None] = decimal_column(10, 2)
    photos: Mapped[Any] = c.json()
    customer_signature: Mapped[str | None] = c.text()
    notes: Mapped[str | None] = c.text()
    completed_at: Mapped[datetime | None] = c.timestamp()
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
    odp_device_id: Mapped[int | None] = c.fk("network_devices.id")
    ip_address_id: Mapped[int | None] = c.fk("ip_addresses.id")


class SlaPolicy(Base):
    """Phase 3: response and resolution hours by priority (and work-order type)."""

    __tablename__ = "sla_policies"
    id: Mapped[int] = pk_column()
    name: Mapped[str] = c.string(100, nullable=False)
    priority: Mapped[str] = c.enum(Priority, nullable=False)
    work_order_type: Mapped[str | None] = c.enum(WorkOrderType)
    response_hours: Mapped[int] = c.integer(nullable=False)
    resolution_hours: Mapped[int] = c.integer(nullable=False)
    description: Mapped[str | None] = c.text()
    is_active: Mapped[bool | None] = c.boolean(default=True)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class TechnicianLocation(Base):
    """Phase 3: a reported position of a technician (GPS, entered or imported)."""

    __tablename__ = "technician_locations"
    __table_args__ = table_args(sa.Index("ix_technician_locations_user_time", "user_id", "recorded_at"))
    id: Mapped[int] = pk_column()
    user_id: Mapped[int] = c.fk("users.id", nullable=False)
    latitude: Mapped[Decimal] = decimal_column(10, 8, nullable=False)
    longitude: Mapped[Decimal] = decimal_column(11, 8, nullable=False)
    accuracy_m: Mapped[Decimal | None] = decimal_column(8, 2)
    source: Mapped[str | None] = c.string(20, default="manual")
    work_order_id: Mapped[int | None] = c.fk("work_orders.id")
    recorded_at: Mapped[datetime] = c.timestamp(nullable=False)
    created_at: Mapped[datetime | None] = created_at_column()
