"""What the ISP sells: packages, their bandwidth profiles, promotions."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Mapped

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base
from ispdesk.db.types import created_at_column, money_column, pk_column, updated_at_column
from ispdesk.domain.enums import PromotionType


class BandwidthProfile(Base):
    """Phase 3: rate limits a package applies on the network (kbps, burst, priority)."""

    __tablename__ = "bandwidth_profiles"
    id: Mapped[int] = pk_column()
    name: Mapped[str] = c.string(100, nullable=False, unique=True)
    download_kbps: Mapped[int] = c.integer(nullable=False)
    upload_kbps: Mapped[int] = c.integer(nullable=False)
    burst_download_kbps: Mapped[int | None] = c.integer()
    burst_upload_kbps: Mapped[int | None] = c.integer()
    burst_threshold_percent: Mapped[int | None] = c.integer()
    burst_time_seconds: Mapped[int | None] = c.integer()
    priority: Mapped[int] = c.integer(nullable=False, default=8)
    description: Mapped[str | None] = c.text()
    is_active: Mapped[bool] = c.boolean(default=True)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class Package(Base):
    """A package such as "Home 20 Mbps" (base table the seed refers to)."""

    __tablename__ = "packages"
    id: Mapped[int] = pk_column()
    code: Mapped[str | None] = c.string(30, unique=True)
    name: Mapped[str] = c.string(255, nullable=False)
    speed_mbps: Mapped[int] = c.integer(nullable=False)
    monthly_price: Mapped[Decimal] = money_column(nullable=False)
    bandwidth_profile_id: Mapped[int | None] = c.fk("bandwidth_profiles.id")
    requires_public_ip: Mapped[bool] = c.boolean(default=False, nullable=False)
    description: Mapped[str | None] = c.text()
    is_active: Mapped[bool] = c.boolean(default=True, nullable=False)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class Promotion(Base):
    """Seed table 20."""

    __tablename__ = "promotions"
    id: Mapped[int] = pk_column()
    code: Mapped[str | None] = c.string(50, unique=True)
    name: Mapped[str] = c.string(255, nullable=False)
    type: Mapped[str] = c.enum(PromotionType, nullable=False)
    value: Mapped[Decimal] = money_column(nullable=False)
    min_purchase: Mapped[Decimal | None] = money_column(default="0")
    max_discount: Mapped[Decimal | None] = money_column()
    applicable_packages: Mapped[Any] = c.json()
    start_date: Mapped[date | None] = c.date()
    end_date: Mapped[date | None] = c.date()
    usage_limit: Mapped[int | None] = c.integer()
    used_count: Mapped[int | None] = c.integer(default=0)
    is_active: Mapped[bool | None] = c.boolean(default=True)
    terms: Mapped[str | None] = c.text()
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
