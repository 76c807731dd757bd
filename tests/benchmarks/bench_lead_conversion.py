"""Converting a lead at 200,000 customers (MariaDB): customer, contract,
subscription, work order, proforma, referral and the won lead in one
transaction, audited, must take under 0.3 s. Writes into the shared bench
database (new leads and customers with NIKs of province 96, which the demo data
does not use). Also the duplicate check of the lead form. Prints the figures."""
from __future__ import annotations

import random
from datetime import date, timedelta

import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import Customer, Package
from ispdesk.db.unit_of_work import read, write
from ispdesk.services import audit, lead_conversion, leads
from ispdesk.services.lead_conversion import ConversionRequest
from tests.benchmarks.bench_support import bench_database_url, p95, summary
from tests.support.actors import ADMIN

CONVERSIONS = 60


def _nik(rng: random.Random) -> str:
    return (f"9601{rng.randrange(1, 30):02d}{rng.randrange(1, 29):02d}{rng.randrange(1, 13):02d}"
            f"{rng.randrange(60, 100):02d}{rng.randrange(1, 10000):04d}")


def test_converting_a_lead_takes_under_0_3_s_at_200k_customers():
    import time
    db = Database.open(bench_database_url())
    rng = random.Random()
    try:
        package = read(db, lambda s: s.scalar(sa.select(Package.id).where(Package.is_active.is_(True))))
        codes = read(db, lambda s: list(s.scalars(sa.select(Customer.referral_code).where(
            Customer.referral_code.is_not(None)).limit(CONVERSIONS))))
        info = audit.actor_info(ADMIN, leads.MODULE)
        checks, conversions = [], []
        for i in range(CONVERSIONS):
            phone = f"0899{rng.randrange(10 ** 7, 10 ** 8)}"
            started = time.perf_counter()
            read(db, lambda s: leads.find_duplicates(s, ADMIN, phone, f"bench{i}@example.id"))
            checks.append(time.perf_counter() - started)
            lead = write(db, lambda s: leads.create_lead(s, ADMIN, leads.LeadInput(
                name=f"Bench Lead {i}", phone=phone, kabupaten="Kota Bandung",
                referral_code=codes[i % len(codes)] if i % 2 else "")), info=info)
            request = ConversionRequest(lead_id=lead.id, nik=_nik(rng), package_id=package,
                                        start_date=date.today(), installation_fee="500000", deposit="300000",
                                        install_date=date.today() + timedelta(days=2))
            started = time.perf_counter()
            write(db, lambda s: lead_conversion.convert_lead(s, ADMIN, request), info=info)
            conversions.append(time.perf_counter() - started)
        customers = read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Customer)))
        print(f"customers in the database: {customers}")
        summary("duplicate check (phone + e-mail over leads and customers)", checks)
        summary("lead conversion (7 tables, audited, one transaction)", conversions)
        assert p95(checks) < 0.2
        assert p95(conversions) < 0.3
    finally:
        db.dispose()
