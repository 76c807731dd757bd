"""Leads (seed 1), contracts (seed 8), referrals and rewards, campaigns."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base, table_args
from ispdesk.db.types import created_at_column, decimal_column, money_column, pk_column, updated_at_column
from ispdesk.domain.enums import (CampaignStatus, ContractStatus, LeadSource, LeadStatus, MessageChannel,
                                  RecipientStatus, ReferralStatus, RewardStatus, RewardType)


class Lead(Base):
    """Seed table 1."""

    __tablename__ = "leads"
    id: Mapped[int] = pk_column()
    lead_number: Mapped[str | None] = c.string(50, unique=True)
    name: Mapped[str] = c.string(255, nullable=False)
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
    source: Mapped[str | None] = c.enum(LeadSource)
    interested_package_id: Mapped[int | None] = c.fk("packages.id")
    assigned_to: Mapped[int | None] = c.fk("users.id")
    status: Mapped[str | None] = c.enum(LeadStatus, default=LeadStatus.NEW)
    notes: Mapped[str | None] = c.text()
    converted_at: Mapped[datetime | None] = c.timestamp()
    customer_id: Mapped[int | None] = c.fk("customers.id")
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
    # Added: losing a lead needs a reason; a referral code given by the lead.
    lost_reason: Mapped[str | None] = c.text()
    referral_code: Mapped[str | None] = c.string(20)


class Contract(Base):
    """Seed table 8."""

    __tablename__ = "contracts"
    # Added: "ending soon" and the renewal read the active contracts by end date.
    __table_args__ = table_args(sa.Index("ix_contracts_status_end", "status", "end_date"))
    id: Mapped[int] = pk_column()
    contract_number: Mapped[str | None] = c.string(50, unique=True)
    customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    package_id: Mapped[int] = c.fk("packages.id", nullable=False)
    start_date: Mapped[date] = c.date(nullable=False)
    end_date: Mapped[date | None] = c.date()
    monthly_fee: Mapped[Decimal] = money_column(nullable=False)
    installation_fee: Mapped[Decimal | None] = money_column(default="0")
    deposit: Mapped[Decimal | None] = money_column(default="0")
    contract_duration: Mapped[int | None] = c.integer()
    auto_renew: Mapped[bool | None] = c.boolean(default=False)
    terms: Mapped[str | None] = c.text()
    status: Mapped[str | None] = c.enum(ContractStatus, default=ContractStatus.DRAFT)
    signed_at: Mapped[datetime | None] = c.timestamp()
    signed_by: Mapped[str | None] = c.string(255)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
    # Added: the drawn signature (PNG, base64), where the contract came from,
    # the promotion applied, and the contract it renews (renewal happens once).
    signature_image: Mapped[str | None] = c.text()
    lead_id: Mapped[int | None] = c.fk("leads.id")
    promotion_id: Mapped[int | None] = c.fk("promotions.id")
    renewed_from_id: Mapped[int | None] = c.fk("contracts.id", unique=True)
    created_by: Mapped[int | None] = c.fk("users.id")


class Referral(Base):
    """Phase 3: a customer referred by another one's referral code."""

    __tablename__ = "referrals"
    id: Mapped[int] = pk_column()
    referrer_customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    referred_customer_id: Mapped[int | None] = c.fk("customers.id", unique=True)
    lead_id: Mapped[int | None] = c.fk("leads.id")
    referral_code: Mapped[str] = c.string(20, nullable=False)
    status: Mapped[str] = c.enum(ReferralStatus, nullable=False, default=ReferralStatus.PENDING)
    qualified_at: Mapped[datetime | None] = c.timestamp()
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class ReferralReward(Base):
    """Phase 3: the reward a referrer gets once the referred customer first pays
    (UNIQUE per referral, so it is given once)."""

    __tablename__ = "referral_rewards"
    id: Mapped[int] = pk_column()
    referral_id: Mapped[int] = c.fk("referrals.id", nullable=False, unique=True)
    customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    reward_type: Mapped[str] = c.enum(RewardType, nullable=False)
    amount: Mapped[Decimal] = money_column(nullable=False)
    status: Mapped[str] = c.enum(RewardStatus, nullable=False, default=RewardStatus.PENDING)
    applied_at: Mapped[datetime | None] = c.timestamp()
    invoice_id: Mapped[int | None] = c.fk("invoices.id")
    credit_movement_id: Mapped[int | None] = c.fk("customer_credit_movements.id")
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class Campaign(Base):
    """Phase 3: a marketing message sent to a filtered set of customers."""

    __tablename__ = "campaigns"
    id: Mapped[int] = pk_column()
    name: Mapped[str] = c.string(255, nullable=False)
    channel: Mapped[str] = c.enum(MessageChannel, nullable=False)
    subject: Mapped[str | None] = c.string(255)
    message: Mapped[str] = c.text(nullable=False)
    target_filter: Mapped[Any] = c.json()
    status: Mapped[str] = c.enum(CampaignStatus, nullable=False, default=CampaignStatus.DRAFT)
    scheduled_at: Mapped[datetime | None] = c.timestamp()
    started_at: Mapped[datetime | None] = c.timestamp()
    completed_at: Mapped[datetime | None] = c.timestamp()
    recipients_count: Mapped[int] = c.integer(nullable=False, default=0)
    sent_count: Mapped[int] = c.integer(nullable=False, default=0)
    created_by: Mapped[int | None] = c.fk("users.id")
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class CampaignRecipient(Base):
    """Phase 3: one customer of a campaign and what became of their message."""

    __tablename__ = "campaign_recipients"
    __table_args__ = table_args(sa.UniqueConstraint("campaign_id", "customer_id"))
    id: Mapped[int] = pk_column()
    campaign_id: Mapped[int] = c.fk("campaigns.id", nullable=False)
    customer_id: Mapped[int] = c.fk("customers.id", nullable=False)
    destination: Mapped[str | None] = c.string(255)
    status: Mapped[str] = c.enum(RecipientStatus, nullable=False, default=RecipientStatus.PENDING)
    sent_at: Mapped[datetime | None] = c.timestamp()
    delivered_at: Mapped[datetime | None] = c.timestamp()
    read_at: Mapped[datetime | None] = c.timestamp()
    error: Mapped[str | None] = c.text()
    created_at: Mapped[datetime | None] = created_at_column()
