"""Customers and their credit ledger."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base, table_args
from ispdesk.db.types import created_at_column, decimal_column, money_column, pk_column, updated_at_column
from ispdesk.domain.enums import CreditMovementKind, CustomerStatus


class Customer(Base):
    """A subscriber (base table the seed refers to)."""

    __tablename__ = "customers"
    __table_args__ = table_args(sa.Index("ix_customers_name", "name"),
                                sa.Index("ix_customers_phone", "phone"),
                                sa.Index("ix_customers_nik", "nik"),   # searched by its start, as the phone
                                sa.Index("ix_customers_email", "email"),   # a new lead's duplicate check
                                # A search of one or two letters matches these by their start.
                                sa.Index("ix_customers_kecamatan", "kecamatan"),
                                # MariaDB/MySQL only (migration 0005): the search by word starts.
                                sa.Index("ft_customers_words", "name", "kecamatan", mysql_prefix="FULLTEXT"))
    id: Mapped[int] = pk_column()
    customer_number: Mapped[str] = c.string(30, nullable=False, unique=True)
    name: Mapped[str] = c.string(255, nullable=False)
    nik: Mapped[str | None] = c.string(16)
    phone: Mapped[str | None] = c.string(20)
    email: Mapped[str | None] = c.string(255)
    address: Mapped[str | None] = c.text()
    rt_rw: Mapped[str | None] = c.string(20)
    kelurahan: Mapped[str | None] = c.string(100)
    kecamatan: Mapped[str | None] = c.string(100)
    kabupaten: Mapped[str | None] = c.string(100)
    provinsi: Mapped[str | None] = c.string(100)
    kode_pos: Mapped[str | None] = c.string(10)
    latitude: Mapped[Decimal | None] = decimal_column(10, 8)
    longitude: Mapped[Decimal | None] = decimal_column(11, 8)
    status: Mapped[str] = c.enum(CustomerStatus, nullable=False, default=CustomerStatus.ACTIVE)
    referral_code: Mapped[str | None] = c.string(20, unique=True)
    referred_by_id: Mapped[int | None] = c.fk("customers.id")
    # The credit balance is the sum of customer_credit_movements; kept here too so
    # the counter shows it at once. Both change in the same transaction.
    credit_balance: Mapped[Decimal] = money_column(nullable=False, default="0")
    never_suspend: Mapped[bool] = c.boolean(default=False, nullable=False)
    suspend_postponed_until: Mapped[date | None] = c.date()
    notes: Mapped[str | None] = c.text()
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class CustomerCreditMovement(Base):
    """One movement on a customer's credit: overpayment in, credit applied out, …

    ``amount`` is signed (positive adds credit); ``balance_after`` is the running
    balance, so the ledger can be checked against ``customers.credit_balance``.
    """

    __tablename__ = "customer_credit_movements"
    __table_args__ = table_args(sa.Index("ix_credit_customer", "customer_id", "id"))
    id: Mapped[int] = pk_column()
    customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    kind: Mapped[str] = c.enum(CreditMovementKind, nullable=False)
    amount: Mapped[Decimal] = money_column(nullable=False)
    balance_after: Mapped[Decimal] = money_column(nullable=False)
    receipt_id: Mapped[int | None] = c.fk("receipts.id")
    payment_id: Mapped[int | None] = c.fk("payments.id")
    invoice_id: Mapped[int | None] = c.fk("invoices.id")
    credit_note_id: Mapped[int | None] = c.fk("credit_notes.id")
    notes: Mapped[str | None] = c.text()
    created_by: Mapped[int | None] = c.fk("users.id")
    created_at: Mapped[datetime | None] = created_at_column()
