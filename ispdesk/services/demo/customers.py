"""Customers, batch by batch, each with a contract, a subscription and its invoices."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from itertools import accumulate

from ispdesk.db import models as m
from ispdesk.domain.referral_codes import referral_code
from ispdesk.services.demo import names
from ispdesk.services.demo.billing import Invoices
from ispdesk.services.demo.catalog import Catalog
from ispdesk.services.demo.common import ZERO, add_months, at, jitter
from ispdesk.services.demo.people import Staff
from ispdesk.services.demo.sales import contract_row
from ispdesk.services.demo.writer import Writer

#: Customers per transaction.
CUSTOMER_BATCH = 5000
#: Payer profiles of the first customers (see CustomerBook._customer): good, late, partial, bad, gone.
FIRST_PROFILES = (0.5, 0.85, 0.92, 0.96, 0.99, 0.86)
#: The tables a batch of customers writes, in the order it writes them.
TABLES = ("customers", "contracts", "recurring_billings", "invoices", "invoice_items", "receipts", "payments")


class CustomerBook:
    """Writes customers, contracts, subscriptions, invoices, payments and receipts
    batch by batch, and remembers the few customers later steps refer to."""

    def __init__(self, w: Writer, rng: random.Random, today: date, total: int, staff: Staff,
                 catalog: Catalog) -> None:
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
        #: (customer id, activation day) of the active customers among the last 40 to sign up
        self.recent: list[tuple[int, date]] = []
        self.business: list[int] = []
        self.terminated: list[int] = []
        self.invoices = Invoices(w, rng, today, staff)
        self.table = m.Customer.__table__
        self.billings = m.RecurringBilling.__table__

    def activation_of(self, index: int) -> date:
        return self.first_activation + timedelta(days=index * self.activation_span // max(1, self.total))

    def person(self) -> tuple[names.Village, str, bool]:
        """A village drawn by regency weight, and the name and sex of someone of a group living in its province."""
        rng = self.rng
        regency = rng.choices(self.regencies, cum_weights=self.regency_weights)[0]
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
        village, name, female = self.person()
        customer_id = w.ids(self.table)
        if self.first_id is None:
            self.first_id = customer_id
        activated = self.activation_of(index)
        signed_at = at(activated - timedelta(days=rng.randrange(2, 10)), rng)
        package = rng.choices(self.catalog.packages, cum_weights=self.package_weights)[0]
        profile = rng.random()
        if index < len(FIRST_PROFILES):  # a small demo still shows every kind of customer
            profile = FIRST_PROFILES[index]
        status = "terminated" if profile >= 0.98 else "suspended" if profile >= 0.95 else "active"
        phone = names.mobile_number(rng)
        out["customers"].append({
            "id": customer_id, "customer_number": w.customer_number(), "name": name,
            "nik": _nik(rng, village, female), "phone": phone,
            "email": names.email_for(rng, name) if rng.random() < 0.6 else None,
            "address": names.street_address(rng), "rt_rw": names.rt_rw(rng), "kelurahan": village.kelurahan,
            "kecamatan": village.kecamatan, "kabupaten": village.kabupaten, "provinsi": village.provinsi,
            "kode_pos": village.kode_pos, "latitude": jitter(rng, village.latitude, 40000),
            "longitude": jitter(rng, village.longitude, 40000), "status": status,
            "referral_code": referral_code(name, customer_id), "referred_by_id": None,
            "credit_balance": ZERO, "never_suspend": package.business, "suspend_postponed_until": None,
            "notes": None, "created_at": signed_at, "updated_at": signed_at})
        if index >= self.total - 40 and status == "active":
            self.recent.append((customer_id, activated))
        if package.business and status == "active" and len(self.business) < 20:
            self.business.append(customer_id)
        if status == "terminated" and len(self.terminated) < 10:
            self.terminated.append(customer_id)
        contract = contract_row(w, rng, self.staff, customer_id, name, package, activated, signed_at, status)
        out["contracts"].append(contract)
        billing_day = min(activated.day, 28)
        this_month = date(today.year, today.month, 1)
        base = this_month if billing_day <= today.day else add_months(this_month, -1)
        issues = [add_months(base, -back).replace(day=billing_day) for back in (2, 1, 0)]
        if status == "terminated":
            issues = issues[:2]
        discount = Decimal(rng.choice((10000, 15000, 25000))) if rng.random() < 0.05 else ZERO
        billing_id = w.ids(self.billings)
        out["recurring_billings"].append({
            "id": billing_id, "customer_id": customer_id, "package_id": package.id, "billing_day": billing_day,
            "amount": package.price, "discount": discount, "is_active": status != "terminated",
            "next_billing_date": None if status == "terminated" else add_months(base, 1).replace(day=billing_day),
            "last_billed_at": datetime.combine(issues[-1], clock(1)), "activated_at": activated,
            "contract_id": contract["id"], "pending_package_id": None, "promotion_id": None,
            "created_at": signed_at, "updated_at": signed_at})
        payer = "good" if profile < 0.80 else "late" if profile < 0.90 else "partial" if profile < 0.95 else "bad"
        if status == "terminated":
            payer = "good"
        self.invoices.write(customer_id, billing_id, package, discount, issues, payer, out)


def _nik(rng: random.Random, village: names.Village, female: bool) -> str:
    """16 digits: kabupaten code, kecamatan number, birth date (day + 40 for women), serial."""
    born = date(1955, 1, 1) + timedelta(days=rng.randrange(0, 365 * 48))
    day = born.day + (40 if female else 0)
    return f"{village.regency_code}{village.district_number:02d}{day:02d}{born.month:02d}{born.year % 100:02d}" \
           f"{rng.randrange(1, 2000):04d}"
