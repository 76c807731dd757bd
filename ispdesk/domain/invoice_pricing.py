"""The lines and totals of one periodic invoice, from plain data.

Lines: the prorated stub (first invoice only), the package for the period, the
subscription's standing discount, the promotion. ``subtotal`` is the sum of
the positive lines, ``discount_amount`` what the discount lines take off, and
the rest goes through :func:`~ispdesk.domain.tax.apply_tax` (the one place tax
is rounded): tax-exclusive, ``total = net + PPN``; tax-inclusive, the net *is*
the total and DPP/PPN are the part of it shown on the invoice.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .enums import InvoiceLineKind
from .money import ZERO
from .promotion_rules import PromotionTerms
from .promotion_rules import discount as promotion_discount
from .proration import Charge, month_name_id
from .tax import TaxRule, apply_tax

_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def _short(day) -> str:
    return f"{day.day} {_SHORT[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Line:
    kind: str
    description: str
    amount: Decimal


@dataclass(frozen=True)
class PricedInvoice:
    lines: tuple[Line, ...]
    subtotal: Decimal
    discount_amount: Decimal
    tax_base: Decimal
    tax_amount: Decimal
    total: Decimal
    promotion_id: int | None
    rewards_applied: int = 0    # how many of the ``rewards`` asked for took something off (the first n)


def price_charge(charge: Charge, *, package_name: str, price: Decimal, discount: Decimal,
                 rule: TaxRule, promotion: PromotionTerms | None = None,
                 promotion_periods_used: int = 0, rewards: tuple[tuple[str, Decimal], ...] = ()) -> PricedInvoice:
    """Price one :class:`Charge` of a subscription costing ``price`` a period with a standing ``discount``.

    ``promotion`` (already checked as valid for the period) is applied after the
    standing discount; ``promotion_periods_used`` counts earlier invoices that carried it.
    """
    price = Decimal(price)
    lines: list[Line] = []
    if charge.stub is not None:
        stub = charge.stub
        lines.append(Line(InvoiceLineKind.PRORATION,
                          f"Internet {package_name} prorata {_short(stub.start)} - {_short(stub.end)} "
                          f"({stub.days}/{stub.period_days} hari)", stub.amount(price)))
    lines.append(Line(InvoiceLineKind.PACKAGE,
                      f"Internet {package_name} periode {month_name_id(charge.period.start)}", price))
    subtotal = sum((line.amount for line in lines), ZERO)
    standing = min(Decimal(discount or 0), subtotal)
    if standing > 0:
        lines.append(Line(InvoiceLineKind.DISCOUNT, "Diskon pelanggan", -standing))
    promo_off = ZERO
    if promotion is not None:
        promo_off = promotion_discount(promotion, subtotal - standing, periods_used=promotion_periods_used)
        if promo_off > 0:
            lines.append(Line(InvoiceLineKind.PROMOTION,
                              f"Promo {promotion.name} ({promotion.code})" if promotion.code else
                              f"Promo {promotion.name}", -promo_off))
    rewarded, rewards_applied = ZERO, 0
    for description, amount in rewards:
        off = min(Decimal(amount), subtotal - standing - promo_off - rewarded)
        if off <= 0:
            break
        lines.append(Line(InvoiceLineKind.DISCOUNT, description, -off))
        rewarded += off
        rewards_applied += 1
    taxed = apply_tax(subtotal - standing - promo_off - rewarded, rule)
    return PricedInvoice(lines=tuple(lines), subtotal=subtotal, discount_amount=standing + promo_off + rewarded,
                         tax_base=taxed.tax_base, tax_amount=taxed.tax, total=taxed.total,
                         promotion_id=promotion.id if promo_off > 0 else None, rewards_applied=rewards_applied)
