"""Straight-line depreciation by a yearly rate: what an asset is worth on a day.

The asset loses ``rate`` percent of its purchase price every year, counted per
day (a year is 365 days), and never falls below zero. Pure arithmetic on
Decimal; rounding to whole Rupiah happens in :func:`ispdesk.domain.money.round_rupiah`.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ispdesk.domain.money import ZERO, round_rupiah

DAYS_PER_YEAR = Decimal(365)
HUNDRED = Decimal(100)


def depreciation(price: Decimal, rate: Decimal, purchased: date, on: date) -> Decimal:
    """How much value an asset bought for ``price`` on ``purchased`` has lost by ``on``."""
    if price <= 0 or rate <= 0 or on <= purchased:
        return ZERO
    days = Decimal((on - purchased).days)
    lost = price * rate / HUNDRED * days / DAYS_PER_YEAR
    return min(price, round_rupiah(lost))


def current_value(price: Decimal | None, rate: Decimal | None, purchased: date | None, on: date) -> Decimal | None:
    """The book value on ``on``; None when the price is unknown. Without a purchase
    date or rate the asset keeps its price; before its purchase it is worth its price."""
    if price is None:
        return None
    if rate is None or purchased is None:
        return price
    return max(ZERO, price - depreciation(price, rate, purchased, on))

