"""Customers, batch by batch, each with a contract, a subscription and its invoices."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from dataclasses import dataclass
from datetime import time as clock
from decimal import Decimal
from itertools import accumulate

from ispdesk.db import models as m
from ispdesk.domain.referral_codes import referral_code
from ispdesk.services.demo import names
from ispdesk.services.demo.billing import Invoices
from ispdesk.services.demo.catalog import Catalog, Package
from ispdesk.services.demo.common import ZERO, add_months, at, jitter
from ispdesk.services.demo.people import Staff
from ispdesk.services.demo.sales import Contracts
from ispdesk.services.demo.writer import Writer

#: Customers per transaction.
CUSTOMER_BATCH = 5000
#: Payer profiles of the first customers (see CustomerBook._customer): good, late, partial, bad, gone.
FIRST_PROFILES = (0.5, 0.85, 0.92, 0.96, 0.99, 0.86)
#: The tables a batch of customers writes, in the order it writes them.
TABLES = ("customers", "contracts", "recurring_billings", "invoices", "invoice_items", "receipts", "payments")
#: Where the three demo technicians work (regency codes): Bandung, Bogor, Medan. The newest
#: sign-ups waiting for their installation live there, and so do the customers of the week's repairs.
TECHNICIAN_AREAS = ("3273", "3271", "1275")
#: Customers live within this many millionths of a degree (~1.3 km) of their kecamatan's centre.
SPREAD = 12000
#: Customers of each technician's area remembered for the field work.
LOCAL_KEEP = 300


def prospect_count(total: int) -> int:
    """How many of the newest customers are prospects waiting for their installation."""
    return 0 if total < 10 else min(100, max(4, total // 60))


@dataclass(frozen=True)
class Place:
    """A customer the field work refers to: where they live and what they have."""

    customer_id: int
    name: str
    village: names.Village
    latitude: Decimal
    longitude: Decimal
    package: Package
    index: int


@dataclass
class Prospect:
    """A new customer waiting for the installation: contract draft or signed, subscription not yet activated."""

    place: Place
    contract_id: int
    signed_up: datetime
    install_day: date
    area: int                      # index into TECHNICIAN_AREAS (and the technicians)
    status: str                    # the installation work order's: pending, assigned, in_progress
    customer: dict                 # the customer's row (the won lead repeats it)
    referrer: tuple[int, str] | None = None      # (customer id, referral code)
    lead_id: int | None = None


class CustomerBook:
    """Writes customers, contracts, subscriptions, invoices, payments and receipts
    batch by batch, and remembers the few customers later steps refer to."""

    def __init__(self, w: Writer, rng: random.Random, today: date, total: int, staff: Staff,
                 catalog: Catalog, terms: str, now: datetime) -> None:
        self.w, self.rng, self.today, self.total = w, rng, today, total
        self.staff, self.catalog = staff, catalog
        self.regencies = names.load_regencies()
        self.regency_weights = list(accumulate(r.weight for r in self.regencies))
        self.mix = {code: (list(mix), list(accumulate(mix.values())))
                    for code, mix in names.PROVINCE_NAME_MIX.items()}
        self.package_weights = list(accumulate(catalog.weights))
        self.first_activation = today - timedelta(days=1461)
        last_activation = add_months(today, -3) - timedelta(days=1)
        self.activation_span = (last_activation - self.first_activation).days
        self.first_id: int | None = None
        self.prospects_from = total - prospect_count(total)
        #: (place, activation day) of the active customers among the last to sign up before the prospects
        self.recent: list[tuple[Place, date]] = []
        self.recent_from = self.prospects_from - max(min(40, total // 4), min(2000, total // 100))
        self.business: list[int] = []
        self.terminated: list[int] = []
        #: active customers of each technician's area; active customers of anywhere (a sample)
        self.local: dict[str, list[Place]] = {code: [] for code in TECHNICIAN_AREAS}
        self.sample: list[Place] = []
        self.sample_step = max(1, total // 300)
        #: (id, referral code) of the first active customers: who referred the referred ones
        self.referrers: list[tuple[int, str]] = []
        self.prospects: list[Prospect] = []
        self.area_regencies = {r.code: r for r in self.regencies if r.code in TECHNICIAN_AREAS}
        self.invoices = Invoices(w, rng, today, staff, now)
        self.contracts = Contracts(w, rng, today, staff, terms)
        self.table = m.Customer.__table__
        self.billings = m.RecurringBilling.__table__

    def activation_of(self, index: int) -> date:
        return self.first_activation + timedelta(days=index * self.activation_span // max(1, self.total))

    def person(self, regency: names.Regency | None = None) -> tuple[names.Village, str, bool]:
        """A village (of ``regency``, else drawn by regency weight), and the name and sex of someone
        of a group living in its province."""
        rng = self.rng
        regency = regency or rng.choices(self.regencies, cum_weights=self.regency_weights)[0]
        village = rng.choice(regency.villages)
        groups, weights = self.mix[village.province_code]
        group = rng.choices(groups, cum_weights=weights)[0]
        female = rng.random() < 0.42
        return village, names.person_name(rng, group, female), female

    def write_batch(self, start: int, stop: int) -> None:
        out: dict[str, list[dict]] = {name: [] for name in TABLES}
        for index in range(start, stop):
            self._customer(index, out)
        for name in TABLES:
            self.w.insert(m.Base.metadata.tables[name], out[name])

    def _customer(self, index: int, out: dict[str, list[dict]]) -> None:
        rng, w, today = self.rng, self.w, self.today
        prospect = index >= self.prospects_from
        area = (index - self.prospects_from) % len(TECHNICIAN_AREAS) if prospect else 0
        regency = self.area_regencies.get(TECHNICIAN_AREAS[area]) if prospect else None
        village, name, female = self.person(regency)
        customer_id = w.ids(self.table)
        if self.first_id is None:
            self.first_id = customer_id
        package = rng.choices(self.catalog.packages, cum_weights=self.package_weights)[0]
        profile = rng.random()
        if index < len(FIRST_PROFILES):  # a small demo still shows every kind of customer
            profile = FIRST_PROFILES[index]
        status = "terminated" if profile >= 0.98 else "suspended" if profile >= 0.95 else "active"
        if prospect:
            status = "prospect"
            signed_at = at(today - timedelta(days=rng.randrange(1, 3)), rng)
        else:
            activated = self.activation_of(index)
            signed_at = at(activated - timedelta(days=rng.randrange(2, 10)), rng)
        phone = names.mobile_number(rng)
        place = Place(customer_id, name, village, jitter(rng, village.latitude, SPREAD),
                      jitter(rng, village.longitude, SPREAD), package, index)
        referrer = None
        if prospect and index % 3 == 1 and self.referrers:
            referrer = rng.choice(self.referrers)
        code = referral_code(name, customer_id)
        out["customers"].append({
            "id": customer_id, "customer_number": w.customer_number(), "name": name,
            "nik": _nik(rng, village, female), "phone": phone,
            "email": names.email_for(rng, name) if rng.random() < 0.6 else None,
            "address": names.street_address(rng), "rt_rw": names.rt_rw(rng), "kelurahan": village.kelurahan,
            "kecamatan": village.kecamatan, "kabupaten": village.kabupaten, "provinsi": village.provinsi,
            "kode_pos": village.kode_pos, "latitude": place.latitude, "longitude": place.longitude, "status": status,
            "referral_code": code, "referred_by_id": referrer[0] if referrer else None,
            "credit_balance": ZERO, "never_suspend": package.business, "suspend_postponed_until": None,
            "notes": None, "created_at": signed_at, "updated_at": signed_at})
        if prospect:
            self._prospect(place, area, signed_at, referrer, out)
            self.prospects[-1].customer = out["customers"][-1]
            return
        self._remember(place, status, code, activated)
        billing_day = min(activated.day, 28)
        this_month = date(today.year, today.month, 1)
        base = this_month if billing_day <= today.day else add_months(this_month, -1)
        issues = [add_months(base, -back).replace(day=billing_day) for back in (2, 1, 0)]
        if status == "terminated":
            issues = issues[:2]
        ended_on = issues[-1] + timedelta(days=rng.randrange(12, 25)) if status == "terminated" else None
        contracts = self.contracts.history(customer_id, name, package, activated, signed_at, status, ended_on)
        out["contracts"].extend(contracts)
        discount = Decimal(rng.choice((10000, 15000, 25000))) if rng.random() < 0.05 else ZERO
        billing_id = w.ids(self.billings)
        out["recurring_billings"].append({
            "id": billing_id, "customer_id": customer_id, "package_id": package.id, "billing_day": billing_day,
            "amount": package.price, "discount": discount, "is_active": status != "terminated",
            "next_billing_date": None if status == "terminated" else add_months(base, 1).replace(day=billing_day),
            "last_billed_at": datetime.combine(issues[-1], clock(1)), "activated_at": activated,
            "contract_id": contracts[-1]["id"], "pending_package_id": None, "promotion_id": None,
            "created_at": signed_at, "updated_at": signed_at})
        payer = "good" if profile < 0.80 else "late" if profile < 0.90 else "partial" if profile < 0.95 else "bad"
        if status == "terminated":
            payer = "good"
        self.invoices.write(customer_id, billing_id, package, discount, issues, payer, out)

    def _remember(self, place: Place, status: str, code: str, activated: date) -> None:
        """Keep the few customers later steps refer to."""
        if status == "terminated":
            if len(self.terminated) < 10:
                self.terminated.append(place.customer_id)
            return
        if status != "active":
            return
        if place.index >= self.recent_from:
            self.recent.append((place, activated))
        if place.package.business and len(self.business) < 40:
            self.business.append(place.customer_id)
        local = self.local.get(place.village.regency_code)
        if local is not None and len(local) < LOCAL_KEEP:
            local.append(place)
        if place.index % self.sample_step == 0:
            self.sample.append(place)
        if place.index < self.recent_from and len(self.referrers) < 300:
            self.referrers.append((place.customer_id, code))

    def _prospect(self, place: Place, area: int, signed_up: datetime, referrer: tuple[int, str] | None,
                  out: dict[str, list[dict]]) -> None:
        """A sign-up of the last days: contract (a draft waiting for the signature, or signed), the
        subscription waiting for the installation (not activated, no billing date), no invoices yet."""
        today = self.today
        k = len(self.prospects)
        status = ("assigned", "in_progress", "pending", "assigned")[k % 4]
        install_day = today + timedelta(days={"in_progress": 0, "assigned": k % 3, "pending": 1 + k % 4}[status])
        contract = self.contracts.waiting(place.customer_id, place.name, place.package, install_day, signed_up,
                                          signed=k % 2 == 1)
        out["contracts"].append(contract)
        out["recurring_billings"].append({
            "id": self.w.ids(self.billings), "customer_id": place.customer_id, "package_id": place.package.id,
            "billing_day": min(install_day.day, 28), "amount": place.package.price, "discount": ZERO,
            "is_active": False, "next_billing_date": None, "last_billed_at": None, "activated_at": None,
            "contract_id": contract["id"], "pending_package_id": None, "promotion_id": None,
            "created_at": signed_up, "updated_at": signed_up})
        self.prospects.append(Prospect(place, contract["id"], signed_up, install_day, area, status, {}, referrer))


def _nik(rng: random.Random, village: names.Village, female: bool) -> str:
    """16 digits: kabupaten code, kecamatan number, birth date (day + 40 for women), serial."""
    born = date(1955, 1, 1) + timedelta(days=rng.randrange(0, 365 * 48))
    day = born.day + (40 if female else 0)
    return f"{village.regency_code}{village.district_number:02d}{day:02d}{born.month:02d}{born.year % 100:02d}" \
           f"{rng.randrange(1, 2000):04d}"
