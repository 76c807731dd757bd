"""``generate``: checks the database is free of customers, then runs the parts in order."""
from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as clock

import sqlalchemy as sa

from ispdesk.db import models as m
from ispdesk.db.engine import Database
from ispdesk.domain import clock as office_clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import ConflictError, ValidationError
from ispdesk.domain.messages import message
from ispdesk.services.permissions import operation
from ispdesk.services.demo.catalog import write_catalog
from ispdesk.services.demo.customers import CUSTOMER_BATCH, CustomerBook
from ispdesk.services.demo.field import assign_addresses, write_field_work, write_network, write_sla_policies
from ispdesk.services.demo.knowledge_base import write_knowledge_base
from ispdesk.services.demo.people import write_leave_types, write_staff
from ispdesk.services.demo.referrals import write_referrals
from ispdesk.services.demo.sales import terms_template, write_leads
from ispdesk.services.demo.warehouse import write_warehouse
from ispdesk.services.demo.writer import Writer, load_sequences

Progress = Callable[[int, int, str], None]

TOO_FEW = message("demo.too_few", "The number of demo customers must be at least 1.")
NOTHING_DONE = message("demo.nothing_done", "Demo data: nothing done, the database already has %n customer(s).")
REPORT = message("demo.report", "Demo data: {customers} customers, {invoices} invoices, {payments} payments in "
                                "{receipts} receipts, {leads} leads, {work_orders} work orders, {items} stock "
                                "items; {rows} rows in {seconds} s ({rate} rows/s).")
NOT_EMPTY = message("demo.not_empty", "The database already has %n customer(s); demo data is only added to a "
                                      "database without customers (use --if-empty to skip quietly).")


@operation("users", "create", example={"customers": 1})
def generate(db: Database, actor: Actor, *, customers: int = 300, if_empty: bool = False, seed: int = 2026,
             progress: Progress | None = None, today: date | None = None, now: datetime | None = None) -> str:
    """Fill ``db`` with demo data for ``customers`` customers; return a one-line
    report (in the installed language).

    It makes staff users with known passwords, so it takes the right to add
    users (the command line acts as ``Actor.system()``). ``today`` (default: the
    office clock's) is the day the demo data leads up to; ``now`` (default: the
    office clock's moment, or 11:00 of a given ``today``) places the technicians'
    positions and the work started today in the hours before it."""
    if customers < 1:
        raise ValidationError({"customers": TOO_FEW()})
    started = time.perf_counter()
    if now is None:
        now = office_clock.now() if today is None else datetime.combine(today, clock(11))
    today = today or now.date()
    report = progress or (lambda done, total, label: None)
    with db.sessions() as session:
        existing = session.execute(sa.select(sa.func.count()).select_from(m.Customer.__table__)).scalar_one()
        if existing:
            if if_empty:
                return NOTHING_DONE(count=existing).render()
            raise ConflictError(NOT_EMPTY(count=existing))
        writer = Writer(session, load_sequences(session))
        try:
            _fill(writer, random.Random(seed), today, now, customers, report)
        finally:
            writer.close()
    counts = writer.counts
    elapsed = time.perf_counter() - started
    total_rows = sum(counts.values())
    return REPORT(customers=counts["customers"], invoices=counts["invoices"], payments=counts["payments"],
                  receipts=counts["receipts"], leads=counts["leads"], work_orders=counts["work_orders"],
                  items=counts["inventories"], rows=total_rows, seconds=f"{elapsed:.1f}",
                  rate=f"{total_rows / max(elapsed, 1e-9):.0f}").render()


def _fill(writer: Writer, rng: random.Random, today: date, now: datetime, customers: int,
          report: Progress) -> None:
    staff = write_staff(writer, rng, today)
    catalogued = datetime.combine(today - timedelta(days=1600), clock(9))
    catalog = write_catalog(writer, today, catalogued)
    write_leave_types(writer, catalogued)
    write_sla_policies(writer, catalogued)
    network = write_network(writer, rng, today, customers)
    writer.commit()
    report(0, customers, "customers")
    book = CustomerBook(writer, rng, today, customers, staff, catalog, terms_template(writer), now)
    for start in range(0, customers, CUSTOMER_BATCH):
        stop = min(customers, start + CUSTOMER_BATCH)
        book.write_batch(start, stop)
        writer.commit(wait=False)
        report(stop, customers, "customers")
    steps = "leads, warehouse and field work"
    report(0, 3, steps)
    qualified_leads = write_leads(writer, rng, today, customers, staff, catalog, book)
    write_referrals(writer, rng, today, book)
    report(1, 3, steps)
    work_orders = write_field_work(writer, rng, today, now, staff, book, network, qualified_leads)
    report(2, 3, steps)
    write_warehouse(writer, rng, today, staff, work_orders)
    write_knowledge_base(writer, staff, today)
    assign_addresses(writer, today, network, book)
    writer.commit()
    report(3, 3, steps)
