"""PPN (Indonesian VAT) on an amount, as the rules stand since 2025.

A rate (12 %) is applied to a tax base (DPP, *dasar pengenaan pajak*) of 11/12
of the price, so the effective rate on ordinary services is 11 %. Whether the
office is a taxable entrepreneur (PKP), the rate, the base fraction and whether
prices are entered tax-inclusive all come from the office settings.

Rounding choice (the only place tax is rounded; every figure is whole Rupiah,
half up, via :func:`ispdesk.domain.money.round_rupiah`):

* tax-exclusive: ``subtotal = round(price)``, ``DPP = round(subtotal * 11/12)``,
  ``PPN = round(DPP * 12 %)``, ``total = subtotal + PPN``. The PPN is computed
  from the *printed* DPP, so a customer can check the invoice with a calculator.
* tax-inclusive: the amount is the total. We look for the subtotal whose
  tax-exclusive computation gives exactly that total (it exists for almost
  every total, and then inclusive and exclusive invoices agree to the Rupiah).
  For the few totals no subtotal reaches (subtotal + PPN jumps by 2 there),
  ``subtotal = round(total / 1.11)`` and PPN is the remainder ``total - subtotal``,
  so the lines still add up exactly; that PPN differs from 12 % of the DPP by 1.
* non-PKP: no PPN and a DPP of 0; the subtotal is the total.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

from .errors import ValidationError
from .messages import message
from .money import ZERO, round_rupiah

HUNDRED = Decimal(100)

RATE_RANGE = message("tax.rate_range", "The PPN rate must be a percentage between 0 and 100.")
BASE_FRACTION = message("tax.base_fraction", "The tax base must be a fraction between 0 and 1 (e.g. 11/12).")
NOT_A_NUMBER = message("tax.not_a_number", "{value} is not a number.")


@dataclass(frozen=True)
class TaxRule:
    """How PPN is charged: ``rate`` in percent on ``base_numerator/base_denominator`` of the price."""

    rate: Decimal = Decimal("12")
    base_numerator: int = 11
    base_denominator: int = 12
    pkp: bool = True
    prices_include_tax: bool = False

    def __post_init__(self) -> None:
        errors = {}
        if not isinstance(self.rate, Decimal) or not self.rate.is_finite() or not 0 <= self.rate <= 100:
            errors["tax.rate"] = RATE_RANGE()
        if self.base_denominator <= 0 or not 0 <= self.base_numerator <= self.base_denominator:
            errors["tax.base_numerator"] = BASE_FRACTION()
        if errors:
            raise ValidationError(errors)

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> TaxRule:
        """Read ``tax.*`` keys (strings, as stored in app_settings); missing keys take the 2025 defaults."""
        default = cls()
        errors = {}

        def number(key, kind, fallback):
            raw = settings.get(key)
            if raw is None or str(raw).strip() == "":
                return fallback
            try:
                return kind(str(raw).strip().replace(",", "."))
            except (ValueError, InvalidOperation):
                errors[key] = NOT_A_NUMBER(value=str(raw))
                return fallback

        rate = number("tax.rate", Decimal, default.rate)
        numerator = number("tax.base_numerator", int, default.base_numerator)
        denominator = number("tax.base_denominator", int, default.base_denominator)
        if errors:
            raise ValidationError(errors)
        return cls(
            rate=rate,
            base_numerator=numerator,
            base_denominator=denominator,
            pkp=_flag(settings.get("tax.pkp"), default.pkp),
            prices_include_tax=_flag(settings.get("tax.prices_include_tax"), default.prices_include_tax),
        )

    @property
    def effective_rate(self) -> Decimal:
        """PPN as a fraction of the subtotal before rounding (0.11 for 12 % on 11/12); 0 when not PKP."""
        if not self.pkp:
            return Decimal(0)
        with localcontext() as ctx:
            ctx.prec = 40
            return self.rate * self.base_numerator / (HUNDRED * self.base_denominator)


@dataclass(frozen=True)
class TaxedAmount:
    """Whole-Rupiah figures of one taxed amount: ``subtotal + tax == total``."""

    subtotal: Decimal   # price before tax, after discount
    tax_base: Decimal   # DPP
    tax: Decimal        # PPN
    total: Decimal


def apply_tax(amount: Decimal, rule: TaxRule) -> TaxedAmount:
    """Split ``amount`` (the price, or the total when ``rule.prices_include_tax``) into DPP, PPN and total."""
    amount = Decimal(amount)
    if not rule.pkp:
        whole = round_rupiah(amount)
        return TaxedAmount(subtotal=whole, tax_base=ZERO, tax=ZERO, total=whole)
    if not rule.prices_include_tax:
        return _exclusive(round_rupiah(amount), rule)
    total = round_rupiah(amount)
    with localcontext() as ctx:
        ctx.prec = 40
        estimate = round_rupiah(total / (1 + rule.effective_rate))
    for candidate in (estimate, estimate - 1, estimate + 1):
        taxed = _exclusive(candidate, rule)
        if taxed.total == total:
            return taxed
    base = _tax_base(estimate, rule)
    return TaxedAmount(subtotal=estimate, tax_base=base, tax=total - estimate, total=total)


def _tax_base(subtotal: Decimal, rule: TaxRule) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 40
        return round_rupiah(subtotal * rule.base_numerator / rule.base_denominator)


def _exclusive(subtotal: Decimal, rule: TaxRule) -> TaxedAmount:
    base = _tax_base(subtotal, rule)
    with localcontext() as ctx:
        ctx.prec = 40
        tax = round_rupiah(base * rule.rate / HUNDRED)
    return TaxedAmount(subtotal=subtotal, tax_base=base, tax=tax, total=subtotal + tax)


def _flag(raw: str | None, default: bool) -> bool:
    if raw is None or str(raw).strip() == "":
        return default
    return str(raw).strip().lower() in {"1", "true", "yes", "y", "on", "ya"}
