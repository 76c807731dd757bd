"""Small helpers every part of the demo data uses: timestamps, months, jitter, PPN."""
from __future__ import annotations

import base64
import io
import math
import random
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from functools import lru_cache

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


@lru_cache(maxsize=1)
def signature_base64() -> str:
    """A drawn signature as the signature pad stores it: a PNG (a scribble in dark ink) as base64.
    The same one serves every demo signature."""
    from PIL import Image, ImageDraw
    image = Image.new("RGBA", (360, 120), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(20 + 10 * i, 70 - int(32 * math.sin(i * 0.9)) + (i % 3) * 6) for i in range(30)]
    draw.line(points, fill=(20, 30, 90, 255), width=3, joint="curve")
    draw.line([(60, 95), (150, 88), (260, 92), (330, 84)], fill=(20, 30, 90, 255), width=2)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return base64.b64encode(out.getvalue()).decode("ascii")


PHOTO_SUBJECTS = (("odp", (70, 110, 70)), ("ont", (200, 200, 205)), ("redaman", (40, 60, 120)))


@lru_cache(maxsize=None)
def photo_jpeg(subject: int) -> bytes:
    """A tiny generated JPEG standing in for a technician's photo (ODP box, ONT, power meter)."""
    from PIL import Image, ImageDraw
    name, colour = PHOTO_SUBJECTS[subject % len(PHOTO_SUBJECTS)]
    image = Image.new("RGB", (320, 240), (225, 232, 238))
    draw = ImageDraw.Draw(image)
    draw.rectangle((90, 50, 230, 190), fill=colour, outline=(30, 30, 30), width=3)
    for k in range(4):
        draw.ellipse((110 + 28 * k, 160, 122 + 28 * k, 172), fill=(20, 200, 60) if k < 2 else (250, 180, 0))
    draw.text((10, 10), name.upper(), fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70)
    return out.getvalue()
