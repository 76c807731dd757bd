"""The sales side: customers' contracts, and leads in every status of the pipeline."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from itertools import accumulate
from typing import TYPE_CHECKING

import sqlalchemy as sa

from ispdesk.db import models as m
from ispdesk.domain.dates import after_term, term_end
from ispdesk.services.demo import names
from ispdesk.services.demo.catalog import Catalog, Package
from ispdesk.services.demo.common import ZERO, at, jitter, signature_base64
from ispdesk.services.demo.people import Staff
from ispdesk.services.demo.writer import Writer
from ispdesk.services.setup import DEFAULT_SETTINGS

if TYPE_CHECKING:
    from ispdesk.services.demo.customers import CustomerBook

LEAD_STATUSES = ("new", "contacted", "qualified", "proposal", "negotiation", "won", "lost")
LEAD_WEIGHTS = (22, 20, 14, 10, 8, 16, 10)
LOST_REASONS = ("Harga terlalu mahal", "Sudah berlangganan provider lain", "Belum ada jaringan di lokasi",
                "Tidak bisa dihubungi", "Pindah rumah", "Menunggu gaji/THR, belum jadi")


#: Months a contract runs (the renewal runs for as long), and how often each is chosen (%).
DURATIONS = ((12, 55), (24, 45))
#: The office signs on a tablet (a drawn signature) since this many days; older contracts
#: were signed on paper and activated by hand (no on-screen signature).
ON_SCREEN_DAYS = 150
#: The hour the nightly renewal (``contracts.renew_due``) runs.
RENEWAL_HOUR = 6
#: The office has used ISPDesk for this many days: the contracts running then were entered
#: (imported from paper, unsigned on screen); older ones, already ended, are not in the database.
GO_LIVE_DAYS = 365


class Contracts:
    """Contract rows as the program makes them: the first contract (signed when the customer
    joined, or entered at go-live for a customer of before), then on its end date the renewal
    on the same terms (``renewed_from_id``; the old one expired), until the one that runs
    today; a terminated customer's last one terminated."""

    def __init__(self, w: Writer, rng: random.Random, today: date, staff: Staff, terms: str) -> None:
        self.w, self.rng, self.today, self.staff, self.terms = w, rng, today, staff, terms
        self.go_live = today - timedelta(days=GO_LIVE_DAYS)
        self.table = m.Contract.__table__
        self.durations = [months for months, _ in DURATIONS]
        self.duration_weights = list(accumulate(weight for _, weight in DURATIONS))
        self.signature = signature_base64()

    def months(self) -> int:
        return self.rng.choices(self.durations, cum_weights=self.duration_weights)[0]

    def history(self, customer_id: int, name: str, package: Package, activated: date, signed_at: datetime,
                status: str, ended_on: date | None) -> list[dict]:
        """The customer's contracts, oldest first; the last one is the one running today (or that ended)."""
        rng, today = self.rng, self.today
        months = self.months()
        start = activated
        while after_term(start, months) <= self.go_live:   # ended before go-live: not in the database
            start = after_term(start, months)
        if start == activated:
            first = self.row(customer_id, package, activated, months, signed_at, activated)
            first["installation_fee"] = Decimal("250000") if rng.random() < 0.3 else ZERO
            if activated >= today - timedelta(days=ON_SCREEN_DAYS) and rng.random() < 0.8:
                first.update(signed_at=signed_at, signed_by=name, signature_image=self.signature)
        else:
            entered = datetime.combine(self.go_live, clock(9))
            first = self.row(customer_id, package, start, months, entered, self.go_live)
            first["created_by"] = self.staff.first("admin")
        rows = [first]
        while True:
            current = rows[-1]
            if status == "terminated" and ended_on is not None and ended_on <= current["end_date"]:
                moment = datetime.combine(ended_on, clock(10))
                current.update(status="terminated", updated_at=moment)
                break
            if current["end_date"] > today:
                current["status"] = "suspended" if status == "suspended" else "active"
                break
            renewed_on = current["end_date"]
            moment = datetime.combine(renewed_on, clock(RENEWAL_HOUR))
            current.update(status="expired", updated_at=moment)
            renewal = self.row(customer_id, package, renewed_on + timedelta(days=1), months, moment, renewed_on)
            renewal.update(renewed_from_id=current["id"], deposit=current["deposit"],
                           created_by=self.staff.first("supervisor"))
            rows.append(renewal)
        if rows[-1]["status"] in ("active", "suspended"):
            rows[-1]["auto_renew"] = rng.random() < 0.85
        return rows

    def row(self, customer_id: int, package: Package, start: date, months: int, created: datetime,
            numbered: date) -> dict:
        """A contract of ``months`` from ``start``, unsigned, active, numbered in ``numbered``'s period."""
        return {
            "id": self.w.ids(self.table), "contract_number": self.w.number("contract", numbered),
            "customer_id": customer_id, "package_id": package.id, "start_date": start,
            "end_date": term_end(start, months), "monthly_fee": package.price,
            "installation_fee": ZERO, "deposit": ZERO, "contract_duration": months, "auto_renew": True,
            "terms": self.terms, "status": "active", "signed_at": None, "signed_by": None,
            "signature_image": None, "lead_id": None, "promotion_id": None, "renewed_from_id": None,
            "created_by": self.staff.one(self.rng, "sales"), "created_at": created, "updated_at": created}

    def waiting(self, customer_id: int, name: str, package: Package, start: date, created: datetime,
                signed: bool) -> dict:
        """A new customer's contract before the installation: a draft waiting for the signature,
        or signed on the tablet at the counter (which activates it)."""
        row = self.row(customer_id, package, start, self.months(), created, created.date())
        row["installation_fee"] = Decimal("250000") if self.rng.random() < 0.5 else ZERO
        if signed:
            row.update(signed_at=created + timedelta(minutes=20), signed_by=name, signature_image=self.signature,
                       updated_at=created + timedelta(minutes=20))
        else:
            row["status"] = "draft"
        return row


def terms_template(w: Writer) -> str:
    """The office's contract terms (setting ``contract.terms_template``), as a conversion copies them."""
    table = m.Setting.__table__
    value = w.query(sa.select(table.c.value).where(table.c.key == "contract.terms_template")).scalar()
    return value or DEFAULT_SETTINGS["contract.terms_template"]


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
        if status == "won" and book.first_id is not None and book.prospects_from > 0:
            index = rng.randrange(book.prospects_from)
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
    for prospect in book.prospects:   # the newest customers came in as leads, converted in the last days
        customer = prospect.customer
        converted = prospect.signed_up
        created = converted - timedelta(days=rng.randrange(2, 15), hours=rng.randrange(0, 5))
        prospect.lead_id = w.ids(table)
        rows.append({
            "id": prospect.lead_id, "lead_number": w.number("lead", created.date()), "name": customer["name"],
            "phone": customer["phone"], "email": customer["email"], "address": customer["address"],
            **{key: customer[key] for key in ("rt_rw", "kelurahan", "kecamatan", "kabupaten", "provinsi",
                                               "kode_pos", "latitude", "longitude")},
            "source": "referral" if prospect.referrer else rng.choice(("whatsapp", "walk-in", "website")),
            "interested_package_id": prospect.place.package.id, "assigned_to": staff.one(rng, "sales"),
            "status": "won", "notes": "Sudah survey, siap pasang", "converted_at": converted,
            "customer_id": customer["id"], "created_at": created, "updated_at": converted, "lost_reason": None,
            "referral_code": prospect.referrer[1] if prospect.referrer else None})
    w.insert(table, rows)
    return [row["id"] for row in rows if row["status"] == "qualified"]
