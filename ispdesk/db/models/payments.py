"""Payments (seed table 2), the receipts that group them, and cash shifts.

The seed ties a payment row to exactly one invoice. A walk-in payment over
several invoices is one :class:`Receipt` grouping several payment rows; money
beyond what is due goes to the customer's credit under the same receipt.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base, table_args
from ispdesk.db.types import created_at_column, money_column, pk_column, updated_at_column
from ispdesk.domain.enums import PaymentMethod, PaymentStatus, ShiftStatus


class Payment(Base):
    """Seed table 2: money applied to one invoice."""

    __tablename__ = "payments"
    __table_args__ = table_args(sa.Index("ix_payments_date", "payment_date"))
    id: Mapped[int] = pk_column()
    payment_number: Mapped[str | None] = c.string(50, unique=True)
    invoice_id: Mapped[int] = c.fk("invoices.id", nullable=False)
    customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    amount: Mapped[Decimal] = money_column(nullable=False)
    payment_method: Mapped[str] = c.enum(PaymentMethod, nullable=False)
    payment_date: Mapped[date] = c.date(nullable=False)
    reference_number: Mapped[str | None] = c.string(100)
    notes: Mapped[str | None] = c.text()
    received_by: Mapped[int | None] = c.fk("users.id")
    status: Mapped[str | None] = c.enum(PaymentStatus, default=PaymentStatus.PENDING)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
    # Added: the receipt that groups this payment with the others taken at once,
    # whether it was paid out of the customer's credit, and the void/refund trail.
    receipt_id: Mapped[int | None] = c.fk("receipts.id")
    paid_from_credit: Mapped[bool] = c.boolean(default=False, nullable=False)
    voided_at: Mapped[datetime | None] = c.timestamp()
    voided_by: Mapped[int | None] = c.fk("users.id")
    void_reason: Mapped[str | None] = c.text()


class CashShift(Base):
    """A cashier's shift: opening float, blind count at close, variance."""

    __tablename__ = "cash_shifts"
    id: Mapped[int] = pk_column()
    shift_number: Mapped[str] = c.string(50, nullable=False, unique=True)
    cashier_id: Mapped[int] = c.fk("users.id", nullable=False)
    status: Mapped[str] = c.enum(ShiftStatus, nullable=False, default=ShiftStatus.OPEN)
    opened_at: Mapped[datetime] = c.timestamp(nullable=False)
    opening_float: Mapped[Decimal] = money_column(nullable=False, default="0")
    closed_at: Mapped[datetime | None] = c.timestamp()
    closed_by: Mapped[int | None] = c.fk("users.id")
    expected_cash: Mapped[Decimal | None] = money_column()
    counted_cash: Mapped[Decimal | None] = money_column()
    variance: Mapped[Decimal | None] = money_column()
    denominations: Mapped[Any] = c.json()
    notes: Mapped[str | None] = c.text()
    workstation: Mapped[str | None] = c.string(100)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class Receipt(Base):
    """One walk-in payment as the customer sees it: the money received, the
    payments it made, change given and credit kept. ``idempotency_key`` lets a
    retry after a lost connection find the first attempt."""

    __tablename__ = "receipts"
    id: Mapped[int] = pk_column()
    receipt_number: Mapped[str] = c.string(50, nullable=False, unique=True)
    customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    cashier_id: Mapped[int | None] = c.fk("users.id")
    cash_shift_id: Mapped[int | None] = c.fk("cash_shifts.id")
    payment_method: Mapped[str] = c.enum(PaymentMethod, nullable=False)
    reference_number: Mapped[str | None] = c.string(100)
    amount_received: Mapped[Decimal] = money_column(nullable=False)
    amount_applied: Mapped[Decimal] = money_column(nullable=False, default="0")
    credit_used: Mapped[Decimal] = money_column(nullable=False, default="0")
    credit_added: Mapped[Decimal] = money_column(nullable=False, default="0")
    change_given: Mapped[Decimal] = money_column(nullable=False, default="0")
    status: Mapped[str] = c.enum(PaymentStatus, nullable=False, default=PaymentStatus.CONFIRMED)
    idempotency_key: Mapped[str] = c.string(64, nullable=False, unique=True)
    print_count: Mapped[int] = c.integer(nullable=False, default=0)
    received_at: Mapped[datetime] = c.timestamp(nullable=False)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
