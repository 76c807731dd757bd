"""Small helpers every part of the demo data uses: timestamps, months, jitter, PPN."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal

from ispdesk.domain.tax import TaxRule, apply_tax

ZERO = Decimal("0.00")
DEMO_TAX = TaxRule()   # the default settings: PKP, PPN 12 % on a DPP of 11/12, prices before tax
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")


def stamp(moment: datetime) -> dict:
    """``created_at`` and ``updated_at`` both at ``moment``."""
    return {"created_at": moment, "updated_at": moment}


def at(day: date, rng: random.Random, start_hour: int = 8, end_hour: int = 17) -> datetime:
    """A random moment of ``day`` between the two hours."""
    return datetime.combine(day, clock()) + timedelta(seconds=rng.randrange(start_hour * 3600, end_hour * 3600))


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def jitter(rng: random.Random, centre: Decimal, spread_micro: int) -> Decimal:
    """A coordinate within ``spread_micro`` millionths of a degree of ``centre``."""
    return (centre + Decimal(rng.randrange(-spread_micro, spread_micro + 1)).scaleb(-6)).quantize(Decimal("1e-8"))


def tax_parts(net: Decimal) -> tuple[Decimal, Decimal]:
    """(DPP, PPN) of a net amount, as the billing run computes them."""
    taxed = apply_tax(net, DEMO_TAX)
    return taxed.tax_base, taxed.tax
