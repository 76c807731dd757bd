"""The sales side: customers' contracts, and leads in every status of the pipeline."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from typing import TYPE_CHECKING

from ispdesk.db import models as m
from ispdesk.services.demo import names
from ispdesk.services.demo.catalog import Catalog, Package
from ispdesk.services.demo.common import ZERO, add_months, at, jitter
from ispdesk.services.demo.people import Staff
from ispdesk.services.demo.writer import Writer

if TYPE_CHECKING:
    from ispdesk.services.demo.customers import CustomerBook

LEAD_STATUSES = ("new", "contacted", "qualified", "proposal", "negotiation", "won", "lost")
LEAD_WEIGHTS = (22, 20, 14, 10, 8, 16, 10)
LOST_REASONS = ("Harga terlalu mahal", "Sudah berlangganan provider lain", "Belum ada jaringan di lokasi",
                "Tidak bisa dihubungi", "Pindah rumah", "Menunggu gaji/THR, belum jadi")


def contract_row(w: Writer, rng: random.Random, staff: Staff, customer_id: int, name: str, package: Package,
                 activated: date, signed_at: datetime, status: str) -> dict:
    """A customer's twelve-month contract, signed a few days before activation."""
    return {
        "id": w.ids(m.Contract.__table__), "contract_number": w.number("contract", activated),
        "customer_id": customer_id, "package_id": package.id, "start_date": activated,
        "end_date": add_months(activated, 12) - timedelta(days=1), "monthly_fee": package.price,
        "installation_fee": Decimal("250000") if rng.random() < 0.3 else ZERO,
        "deposit": ZERO, "contract_duration": 12, "auto_renew": True, "terms": None,
        "status": "terminated" if status == "terminated" else "active", "signed_at": signed_at,
        "signed_by": name, "signature_image": None, "lead_id": None, "promotion_id": None,
        "renewed_from_id": None, "created_by": staff.one(rng, "sales"),
        "created_at": signed_at, "updated_at": signed_at}


def write_leads(w: Writer, rng: random.Random, today: date, customers: int, staff: Staff,
                catalog: Catalog, book: CustomerBook) -> list[int]:
    """Leads in every status; won ones point at customers they became. Returns qualified leads' ids."""
    table = m.Lead.__table__
    count = max(len(LEAD_STATUSES) * 2, customers // 20)
    first = w.ids(table, count)
    rows = []
    for n in range(count):
        status = LEAD_STATUSES[n] if n < len(LEAD_STATUSES) else rng.choices(LEAD_STATUSES, LEAD_WEIGHTS)[0]
        created = at(today - timedelta(days=rng.randrange(0, 90)), rng)
        customer_id = converted = None
        village, name, _female = book.person()
        phone = names.mobile_number(rng)
        package_id = rng.choices(catalog.packages, cum_weights=book.package_weights)[0].id
        if status == "won" and book.first_id is not None:
            index = rng.randrange(customers)
            customer_id = book.first_id + index
            converted = datetime.combine(book.activation_of(index), clock(10))
            created = converted - timedelta(days=rng.randrange(3, 21))
        rows.append({
            "id": first + n, "lead_number": w.number("lead", created.date()), "name": name, "phone": phone,
            "email": names.email_for(rng, name) if rng.random() < 0.5 else None,
            "address": names.street_address(rng), "rt_rw": names.rt_rw(rng), "kelurahan": village.kelurahan,
            "kecamatan": village.kecamatan, "kabupaten": village.kabupaten, "provinsi": village.provinsi,
            "kode_pos": village.kode_pos, "latitude": jitter(rng, village.latitude, 40000),
            "longitude": jitter(rng, village.longitude, 40000),
            "source": rng.choice(("website", "whatsapp", "whatsapp", "referral", "walk-in", "social_media", "other")),
            "interested_package_id": package_id, "assigned_to": staff.one(rng, "sales"), "status": status,
            "notes": rng.choice((None, "Minta dihubungi sore hari", "Tanya promo pasang gratis",
                                 "Survey lokasi dulu", "Butuh untuk kerja dari rumah")),
            "converted_at": converted, "customer_id": customer_id, "created_at": created,
            "updated_at": converted or created,
            "lost_reason": rng.choice(LOST_REASONS) if status == "lost" else None, "referral_code": None})
    w.insert(table, rows)
    return [row["id"] for row in rows if row["status"] == "qualified"]
