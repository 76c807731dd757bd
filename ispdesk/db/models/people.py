"""Attendance (seed 16), payroll (seed 17), leaves and leave types (Phase 3)."""
from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base, table_args
from ispdesk.db.types import created_at_column, money_column, pk_column, updated_at_column
from ispdesk.domain.enums import AttendanceStatus, LeaveStatus, PayrollStatus


class Attendance(Base):
    """Seed table 16."""

    __tablename__ = "attendances"
    __table_args__ = table_args(sa.UniqueConstraint("user_id", "date", name="unique_attendance"))
    id: Mapped[int] = pk_column()
    user_id: Mapped[int] = c.fk("users.id", nullable=False)
    date: Mapped[date] = c.date(nullable=False)
    clock_in: Mapped[time | None] = c.time()
    clock_out: Mapped[time | None] = c.time()
    clock_in_location: Mapped[str | None] = c.string(255)
    clock_out_location: Mapped[str | None] = c.string(255)
    status: Mapped[str | None] = c.enum(AttendanceStatus, default=AttendanceStatus.PRESENT)
    notes: Mapped[str | None] = c.text()
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class Payroll(Base):
    """Seed table 17."""

    __tablename__ = "payrolls"
    __table_args__ = table_args(
        sa.UniqueConstraint("user_id", "period_month", "period_year", name="unique_payroll"))
    id: Mapped[int] = pk_column()
    user_id: Mapped[int] = c.fk("users.id", nullable=False)
    period_month: Mapped[int] = c.integer(nullable=False)
    period_year: Mapped[int] = c.integer(nullable=False)
    basic_salary: Mapped[Decimal] = money_column(nullable=False)
    allowances: Mapped[Decimal | None] = money_column(default="0")
    deductions: Mapped[Decimal | None] = money_column(default="0")
    overtime: Mapped[Decimal | None] = money_column(default="0")
    bonus: Mapped[Decimal | None] = money_column(default="0")
    net_salary: Mapped[Decimal] = money_column(nullable=False)
    status: Mapped[str | None] = c.enum(PayrollStatus, default=PayrollStatus.DRAFT)
    paid_at: Mapped[datetime | None] = c.timestamp()
    notes: Mapped[str | None] = c.text()
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
    approved_by: Mapped[int | None] = c.fk("users.id")  # added: payroll approval needs a supervisor


class LeaveType(Base):
    """Phase 3: annual, sick, unpaid… with the days allowed per year."""

    __tablename__ = "leave_types"
    id: Mapped[int] = pk_column()
    code: Mapped[str] = c.string(20, nullable=False, unique=True)
    name: Mapped[str] = c.string(100, nullable=False)
    days_per_year: Mapped[int | None] = c.integer()
    is_paid: Mapped[bool | None] = c.boolean(default=True)
    requires_approval: Mapped[bool | None] = c.boolean(default=True)
    is_active: Mapped[bool | None] = c.boolean(default=True)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class Leave(Base):
    """Phase 3: a leave request of an employee."""

    __tablename__ = "leaves"
    id: Mapped[int] = pk_column()
    user_id: Mapped[int] = c.fk("users.id", nullable=False)
    leave_type_id: Mapped[int] = c.fk("leave_types.id", nullable=False)
    start_date: Mapped[date] = c.date(nullable=False)
    end_date: Mapped[date] = c.date(nullable=False)
    days: Mapped[int] = c.integer(nullable=False, default=1)
    reason: Mapped[str | None] = c.text()
    status: Mapped[str] = c.enum(LeaveStatus, nullable=False, default=LeaveStatus.PENDING)
    approved_by: Mapped[int | None] = c.fk("users.id")
    approved_at: Mapped[datetime | None] = c.timestamp()
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
