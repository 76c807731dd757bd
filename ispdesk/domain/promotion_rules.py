"""When a promotion applies and what it is worth: plain rules over plain data.

Types (``promotions.type``): ``discount_percent`` (``value`` percent of the
amount), ``discount_amount`` (``value`` Rupiah), ``free_months`` (``value``
whole periods free: the first invoices of a subscription carrying the
promotion are discounted to zero before tax), ``cashback`` (``value`` Rupiah
credited to the customer, never taken off the invoice). ``max_discount`` caps
the discount or the cashback; a discount never exceeds the amount.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .enums import PromotionType
from .messages import Message, message
from .money import ZERO, format_rupiah, round_rupiah

INACTIVE = message("promotions.inactive", "Promotion {code} is no longer active.")
NOT_STARTED = message("promotions.not_started", "Promotion {code} starts on {day}.")
ENDED = message("promotions.ended", "Promotion {code} ended on {day}.")
OTHER_PACKAGE = message("promotions.other_package", "Promotion {code} does not apply to this package.")
MIN_PURCHASE = message("promotions.min_purchase", "Promotion {code} needs a purchase of at least {amount}.")
USED_UP = message("promotions.used_up", "Promotion {code} has been used up (%n times).")


@dataclass(frozen=True)
class PromotionTerms:
    """A ``promotions`` row as plain data."""

    id: int
    code: str | None
    name: str
    type: str
    value: Decimal
    min_purchase: Decimal | None = None
    max_discount: Decimal | None = None
    applicable_packages: tuple[int, ...] | None = None   # None or empty: every package
    start_date: date | None = None
    end_date: date | None = None
    usage_limit: int | None = None
    used_count: int = 0
    is_active: bool = True

    @staticmethod
    def packages_of(raw: object) -> tuple[int, ...] | None:
        """``applicable_packages`` JSON (a list of package ids) as a tuple; None when unrestricted."""
        if not raw:
            return None
        items: Iterable = raw if isinstance(raw, (list, tuple)) else [raw]
        return tuple(int(item) for item in items)


def valid_on(terms: PromotionTerms, package_id: int | None, on: date) -> Message | None:
    """Why the promotion cannot be used for ``package_id`` on ``on``, ignoring amount and usage (None: it can)."""
    label = terms.code or terms.name
    if not terms.is_active:
        return INACTIVE(code=label)
    if terms.start_date is not None and on < terms.start_date:
        return NOT_STARTED(code=label, day=terms.start_date)
    if terms.end_date is not None and on > terms.end_date:
        return ENDED(code=label, day=terms.end_date)
    if terms.applicable_packages and package_id not in terms.applicable_packages:
        return OTHER_PACKAGE(code=label)
    return None


def refusal(terms: PromotionTerms, *, package_id: int | None, amount: Decimal, on: date) -> Message | None:
    """Every rule of a new redemption, in the order a customer would want to hear them (None: it applies)."""
    reason = valid_on(terms, package_id, on)
    if reason:
        return reason
    label = terms.code or terms.name
    if terms.min_purchase and amount < terms.min_purchase:
        return MIN_PURCHASE(code=label, amount=format_rupiah(terms.min_purchase))
    if terms.usage_limit is not None and terms.used_count >= terms.usage_limit:
        return USED_UP(code=label, count=terms.usage_limit)
    return None


def discount(terms: PromotionTerms, amount: Decimal, *, periods_used: int = 0) -> Decimal:
    """What the promotion takes off ``amount`` (whole Rupiah, 0..amount).

    ``periods_used``: invoices of the subscription that carried it already
    (a ``free_months`` promotion frees only the first ``value`` of them).
    """
    amount = Decimal(amount)
    if amount <= 0:
        return ZERO
    if terms.type == PromotionType.DISCOUNT_PERCENT:
        off = round_rupiah(amount * terms.value / 100)
    elif terms.type == PromotionType.DISCOUNT_AMOUNT:
        off = Decimal(terms.value)
    elif terms.type == PromotionType.FREE_MONTHS:
        off = amount if periods_used < int(terms.value) else ZERO
        return off
    else:
        return ZERO
    if terms.max_discount is not None:
        off = min(off, Decimal(terms.max_discount))
    return min(off, amount)


def cashback(terms: PromotionTerms) -> Decimal:
    """The credit a ``cashback`` promotion gives (0 for other types)."""
    if terms.type != PromotionType.CASHBACK:
        return ZERO
    value = Decimal(terms.value)
    if terms.max_discount is not None:
        value = min(value, Decimal(terms.max_discount))
    return value
