"""Pieces every billing document is built from: the customer block, the tax
rule and its label, and the dynamic QRIS for an amount."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from ispdesk.db.models import Customer
from ispdesk.domain import qris
from ispdesk.domain.documents.invoice import Party
from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import message
from ispdesk.domain.money import round_rupiah
from ispdesk.domain.tax import TaxedAmount, TaxRule, apply_tax

QRIS_SETTING = "qris.static_payload"

QRIS_UNUSABLE = message("invoices.qris_unusable", "The static QRIS in the settings is not usable: {reason}")


def party(customer: Customer) -> Party:
    """The addressee block of a document from a customer row."""
    street = " ".join(p for p in ((customer.address or "").strip(),
                                  f"RT/RW {customer.rt_rw}" if customer.rt_rw else "") if p)
    area = ", ".join(p for p in (customer.kelurahan, customer.kecamatan) if p)
    region = " ".join(p for p in (", ".join(p for p in (customer.kabupaten, customer.provinsi) if p),
                                  customer.kode_pos or "") if p)
    lines = tuple(line for line in (street, area, region) if line)
    return Party(number=customer.customer_number, name=customer.name, address_lines=lines,
                 phone=customer.phone or "", email=customer.email or "")


def tax_rule(settings: Mapping[str, str]) -> TaxRule:
    return TaxRule.from_settings(settings)


def tax_label(rule: TaxRule) -> str:
    """"PPN 12% × DPP 11/12" as printed beside the tax (just "PPN" when not PKP)."""
    if not rule.pkp:
        return "PPN"
    rate = format(rule.rate.normalize(), "f")
    if rule.base_numerator == rule.base_denominator:
        return f"PPN {rate}%"
    return f"PPN {rate}% × DPP {rule.base_numerator}/{rule.base_denominator}"


def split_inclusive(amount: Decimal, rule: TaxRule, taxed: bool = True) -> TaxedAmount:
    """An amount that already includes PPN (a credit on a taxed invoice) split into DPP and PPN."""
    if not taxed:
        return apply_tax(amount, replace(rule, pkp=False))
    return apply_tax(amount, replace(rule, prices_include_tax=True))


def static_qris(settings: Mapping[str, str]) -> qris.QrisPayload | None:
    """The merchant's static QRIS from the settings (None when not set up).
    A broken one raises ValidationError on the setting, so nobody prints without knowing."""
    text = (settings.get(QRIS_SETTING) or "").strip()
    if not text:
        return None
    try:
        return qris.parse(text, require_static=True)
    except qris.QrisError as exc:
        raise ValidationError({QRIS_SETTING: QRIS_UNUSABLE(reason=exc.message)}) from exc


def qris_for(static: qris.QrisPayload | None, amount: Decimal) -> str:
    """The dynamic QRIS for ``amount`` ("" without a static QRIS or when nothing is due)."""
    if static is None or amount <= 0:
        return ""
    return qris.dynamic_payload(static, round_rupiah(amount))
