"""Invoices and their lines, subscriptions (recurring billings), proforma
invoices, credit notes, and the billing-run log."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, relationship

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base, table_args
from ispdesk.db.types import created_at_column, decimal_column, money_column, pk_column, updated_at_column
from ispdesk.domain.enums import (BillingRunStatus, CreditNoteStatus, InvoiceLineKind, InvoiceStatus,
                                  ProformaStatus)


class Invoice(Base):
    """A customer's invoice (base table the seed refers to).

    ``period`` (``YYYY-MM``) is set on periodic invoices; the UNIQUE key on
    (customer_id, period) makes a second invoice for the same period impossible.
    """

    __tablename__ = "invoices"
    __table_args__ = table_args(
        sa.UniqueConstraint("customer_id", "period", name="uq_invoices_customer_period"),
        sa.Index("ix_invoices_status_due", "status", "due_date"),
    )
    id: Mapped[int] = pk_column()
    invoice_number: Mapped[str] = c.string(50, nullable=False, unique=True)
    customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    recurring_billing_id: Mapped[int | None] = c.fk("recurring_billings.id")
    period: Mapped[str | None] = c.string(7)
    period_start: Mapped[date | None] = c.date()
    period_end: Mapped[date | None] = c.date()
    issue_date: Mapped[date] = c.date(nullable=False)
    due_date: Mapped[date] = c.date(nullable=False)
    subtotal: Mapped[Decimal] = money_column(nullable=False, default="0")
    discount_amount: Mapped[Decimal] = money_column(nullable=False, default="0")
    tax_base: Mapped[Decimal] = money_column(nullable=False, default="0")
    tax_amount: Mapped[Decimal] = money_column(nullable=False, default="0")
    late_fee: Mapped[Decimal] = money_column(nullable=False, default="0")
    total: Mapped[Decimal] = money_column(nullable=False, default="0")
    amount_paid: Mapped[Decimal] = money_column(nullable=False, default="0")
    status: Mapped[str] = c.enum(InvoiceStatus, nullable=False, default=InvoiceStatus.UNPAID)
    paid_at: Mapped[datetime | None] = c.timestamp()
    late_fee_applied_at: Mapped[datetime | None] = c.timestamp()
    promotion_id: Mapped[int | None] = c.fk("promotions.id")
    notes: Mapped[str | None] = c.text()
    created_by: Mapped[int | None] = c.fk("users.id")
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()

    items: Mapped[list["InvoiceItem"]] = relationship(
        back_populates="invoice", order_by="InvoiceItem.id", cascade="all, delete-orphan")


class InvoiceItem(Base):
    """One line of an invoice (package, proration, discount, late fee…)."""

    __tablename__ = "invoice_items"
    id: Mapped[int] = pk_column()
    invoice_id: Mapped[int] = c.fk("invoices.id", nullable=False)
    kind: Mapped[str] = c.enum(InvoiceLineKind, nullable=False, default=InvoiceLineKind.OTHER)
    description: Mapped[str] = c.string(255, nullable=False)
    quantity: Mapped[Decimal] = decimal_column(10, 2, nullable=False, default="1")
    unit_price: Mapped[Decimal] = money_column(nullable=False)
    amount: Mapped[Decimal] = money_column(nullable=False)
    created_at: Mapped[datetime | None] = created_at_column()

    invoice: Mapped[Invoice] = relationship(back_populates="items")


class RecurringBilling(Base):
    """Seed table 3: a customer's subscription to a package."""

    __tablename__ = "recurring_billings"
    id: Mapped[int] = pk_column()
    customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    package_id: Mapped[int] = c.fk("packages.id", nullable=False)
    billing_day: Mapped[int] = c.integer(nullable=False, default=1)
    amount: Mapped[Decimal] = money_column(nullable=False)
    discount: Mapped[Decimal | None] = money_column(default="0")
    is_active: Mapped[bool | None] = c.boolean(default=True)
    next_billing_date: Mapped[date | None] = c.date()
    last_billed_at: Mapped[datetime | None] = c.timestamp()
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
    # Added: the day service started (prorating the first invoice), the contract
    # it comes from, and a package change that takes effect from the next period.
    activated_at: Mapped[date | None] = c.date()
    contract_id: Mapped[int | None] = c.fk("contracts.id")
    pending_package_id: Mapped[int | None] = c.fk("packages.id")
    promotion_id: Mapped[int | None] = c.fk("promotions.id")


class ProformaInvoice(Base):
    """Phase 3: a proforma for installation fee, deposit and prepaid months;
    paying it turns it into a real invoice (``invoice_id``)."""

    __tablename__ = "proforma_invoices"
    id: Mapped[int] = pk_column()
    proforma_number: Mapped[str] = c.string(50, nullable=False, unique=True)
    customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    contract_id: Mapped[int | None] = c.fk("contracts.id")
    issue_date: Mapped[date] = c.date(nullable=False)
    due_date: Mapped[date | None] = c.date()
    installation_fee: Mapped[Decimal] = money_column(nullable=False, default="0")
    deposit: Mapped[Decimal] = money_column(nullable=False, default="0")
    prepaid_months: Mapped[int] = c.integer(nullable=False, default=0)
    prepaid_amount: Mapped[Decimal] = money_column(nullable=False, default="0")
    subtotal: Mapped[Decimal] = money_column(nullable=False, default="0")
    tax_base: Mapped[Decimal] = money_column(nullable=False, default="0")
    tax_amount: Mapped[Decimal] = money_column(nullable=False, default="0")
    total: Mapped[Decimal] = money_column(nullable=False, default="0")
    status: Mapped[str] = c.enum(ProformaStatus, nullable=False, default=ProformaStatus.ISSUED)
    invoice_id: Mapped[int | None] = c.fk("invoices.id")
    notes: Mapped[str | None] = c.text()
    created_by: Mapped[int | None] = c.fk("users.id")
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class CreditNote(Base):
    """Phase 3: a credit against an invoice, approved by a supervisor; it reduces
    what is due or becomes customer credit."""

    __tablename__ = "credit_notes"
    id: Mapped[int] = pk_column()
    credit_note_number: Mapped[str] = c.string(50, nullable=False, unique=True)
    invoice_id: Mapped[int] = c.fk("invoices.id", nullable=False)
    customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    amount: Mapped[Decimal] = money_column(nullable=False)
    reason: Mapped[str] = c.text(nullable=False)
    status: Mapped[str] = c.enum(CreditNoteStatus, nullable=False, default=CreditNoteStatus.DRAFT)
    requested_by: Mapped[int | None] = c.fk("users.id")
    approved_by: Mapped[int | None] = c.fk("users.id")
    approved_at: Mapped[datetime | None] = c.timestamp()
    applied_to_invoice: Mapped[Decimal] = money_column(nullable=False, default="0")
    applied_to_credit: Mapped[Decimal] = money_column(nullable=False, default="0")
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class BillingRun(Base):
    """One run of the monthly billing: when, by whom, and what came of it."""

    __tablename__ = "billing_runs"
    id: Mapped[int] = pk_column()
    run_date: Mapped[date] = c.date(nullable=False)
    status: Mapped[str] = c.enum(BillingRunStatus, nullable=False, default=BillingRunStatus.RUNNING)
    started_at: Mapped[datetime | None] = c.timestamp()
    finished_at: Mapped[datetime | None] = c.timestamp()
    created_count: Mapped[int] = c.integer(nullable=False, default=0)
    skipped_count: Mapped[int] = c.integer(nullable=False, default=0)
    failed_count: Mapped[int] = c.integer(nullable=False, default=0)
    started_by: Mapped[int | None] = c.fk("users.id")
    notes: Mapped[str | None] = c.text()
    created_at: Mapped[datetime | None] = created_at_column()


class BillingRunItem(Base):
    """What a billing run did with one subscription: created, skipped (and why), failed."""

    __tablename__ = "billing_run_items"
    id: Mapped[int] = pk_column()
    billing_run_id: Mapped[int] = c.fk("billing_runs.id", nullable=False)
    recurring_billing_id: Mapped[int | None] = c.fk("recurring_billings.id")
    customer_id: Mapped[int | None] = c.fk("customers.id")
    invoice_id: Mapped[int | None] = c.fk("invoices.id")
    outcome: Mapped[str] = c.string(20, nullable=False)
    reason: Mapped[str | None] = c.string(255)
    created_at: Mapped[datetime | None] = created_at_column()
