"""Months paid in advance, through the services and the billing run, on the
days where month arithmetic goes wrong (the 28th-31st, 29 February, year
ends): the first invoice starts the day after the prepaid term from the
installation day, no invoice covers a prepaid day, and the invoices chain
without gap or overlap, whether the proforma was paid before the installation
or after it (and a void moves billing back). The pure rule is swept over every
day of 2024-2028 in tests/domain/test_date_rules.py."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from ispdesk.db.models import Invoice, ProformaInvoice, RecurringBilling
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.dates import after_term, term_end
from ispdesk.domain.enums import InvoiceStatus, ProformaStatus
from ispdesk.domain.proration import first_billing_day
from ispdesk.services import proforma, subscriptions
from ispdesk.services.billing_run import run_billing
from tests.support import builders
from tests.support.actors import ADMIN

ONE_DAY = timedelta(days=1)
#: Installation days where a month on has no such day, or the year turns, and one plain day.
INSTALLED = (date(2026, 11, 30), date(2026, 12, 31), date(2027, 1, 20), date(2027, 1, 28), date(2027, 1, 29),
             date(2027, 1, 30), date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31))
#: Every tenth day and every month end from the first installation to the summer: the daily run, sampled.
RUN_DAYS = sorted({date(2026, 11, 30) + timedelta(days=n) for n in range(0, 255, 10)}
                  | {date(2026, 12, 31), date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)})


def _customer(db: Any, n: int, package: int, billing_day: int) -> tuple[int, int]:
    customer = builders.add_customer(db, number=f"CUST-9{n:05d}", name=f"Pelanggan {n}", phone=f"0812{n:08d}")
    rb = builders.add_subscription(db, customer, package, billing_day=billing_day, active=False,
                                   next_billing=date(2026, 1, 1))
    write(db, lambda s: setattr(s.get(RecurringBilling, rb), "next_billing_date", None))
    return customer, rb


def _proforma(db: Any, customer: int, months: int, *, paid: bool) -> int:
    """A proforma of ``months`` prepaid months whose invoice is paid (or not yet)."""
    invoice = builders.add_invoice(db, customer, price=str(150000 * months), period=None, issue=date(2026, 11, 24),
                                   status=InvoiceStatus.PAID if paid else InvoiceStatus.UNPAID)
    row = ProformaInvoice(proforma_number=f"PRF-T{customer:06d}", customer_id=customer, issue_date=date(2026, 11, 24),
                          prepaid_months=months, prepaid_amount=Decimal(150000 * months), invoice_id=invoice,
                          status=ProformaStatus.PAID if paid else ProformaStatus.ISSUED)

    def work(s: Any) -> int:
        s.add(row)
        s.flush()
        return row.id
    return write(db, work)


def _install(db: Any, rb: int, installed: date) -> date:
    """What the installation report does to the subscription (services/installation.py)."""
    def work(s: Any) -> date:
        subscription = s.get(RecurringBilling, rb)
        subscription.is_active = True
        subscription.activated_at = installed
        subscription.next_billing_date = subscriptions.first_billing_date(s, subscription, installed)
        subscription.last_billed_at = None
        return subscription.next_billing_date
    return write(db, work)


def _periods(db: Any, customer: int) -> list[tuple[date, date]]:
    return read(db, lambda s: [tuple(r) for r in s.execute(
        sa.select(Invoice.period_start, Invoice.period_end)
        .where(Invoice.customer_id == customer, Invoice.period.is_not(None)).order_by(Invoice.period_start))])


def _check_chain(periods: list[tuple[date, date]], first: date, label: Any) -> None:
    assert periods, label
    assert periods[0][0] == first, label
    for (_start, end), (start, _end) in zip(periods, periods[1:]):
        assert start == end + ONE_DAY, label


def test_prepaid_before_installation_on_month_end_days_is_billed_from_the_day_after(db: Any) -> None:
    package = builders.add_package(db)
    cases = []
    for n, installed in enumerate(INSTALLED):
        for months in range(4):
            billing_day = min(installed.day, 28) if months % 2 else 1
            customer, rb = _customer(db, 10 * n + months, package, billing_day)
            if months:
                _proforma(db, customer, months, paid=True)
            cases.append((installed, months, customer, _install(db, rb, installed)))
    for installed, months, _customer_id, nxt in cases:
        billing_day = min(installed.day, 28) if months % 2 else 1
        assert nxt == (after_term(installed, months) if months else first_billing_day(installed, billing_day))
    for day in RUN_DAYS:
        run_billing(db, ADMIN, day)
    for installed, months, customer, _nxt in cases:
        periods = _periods(db, customer)
        first = after_term(installed, months) if months else installed
        _check_chain(periods, first, (installed, months))
        if months:
            assert periods[0][0] == term_end(installed, months) + ONE_DAY


def test_installed_31_january_with_february_prepaid_first_bills_1_march(db: Any) -> None:
    package = builders.add_package(db)
    customer, rb = _customer(db, 1, package, billing_day=28)
    _proforma(db, customer, 1, paid=True)
    assert _install(db, rb, date(2027, 1, 31)) == date(2027, 3, 1)
    run_billing(db, ADMIN, date(2027, 2, 28))
    assert _periods(db, customer) == []                                  # 31 Jan-28 Feb is paid
    run_billing(db, ADMIN, date(2027, 3, 1))
    assert _periods(db, customer) == [(date(2027, 3, 1), date(2027, 4, 27))]   # 1-27 Mar prorated + the period


def test_prepaid_paid_after_installation_counts_from_the_installation_day_and_a_void_moves_it_back(db: Any) -> None:
    package = builders.add_package(db)
    cases = []
    for n, (installed, months) in enumerate(((date(2027, 1, 20), 1), (date(2027, 1, 31), 1), (date(2027, 1, 30), 2),
                                             (date(2026, 12, 31), 2), (date(2027, 1, 29), 3))):
        customer, rb = _customer(db, n, package, billing_day=1)
        made = _proforma(db, customer, months, paid=False)
        before = _install(db, rb, installed)
        assert before == date(installed.year + installed.month // 12, installed.month % 12 + 1, 1)
        invoice = read(db, lambda s, made=made: s.get(ProformaInvoice, made).invoice_id)
        write(db, lambda s, invoice=invoice: s.get(Invoice, invoice).__setattr__("status", InvoiceStatus.PAID))
        write(db, lambda s, invoice=invoice: proforma.settle_paid_proformas(s, [invoice]))
        nxt = read(db, lambda s, rb=rb: s.get(RecurringBilling, rb).next_billing_date)
        assert nxt == after_term(installed, months), (installed, months)
        cases.append((installed, months, customer, rb, invoice, before))
    # a void of the first one's payment: billing starts at the first billing day again
    installed, months, customer, rb, invoice, before = cases[0]
    write(db, lambda s: s.get(Invoice, invoice).__setattr__("status", InvoiceStatus.UNPAID))
    write(db, lambda s: proforma.reopen_unpaid_proformas(s, [invoice]))
    assert read(db, lambda s: s.get(RecurringBilling, rb).next_billing_date) == before
    for day in RUN_DAYS:
        run_billing(db, ADMIN, day)
    _check_chain(_periods(db, customer), installed, "voided")
    for installed, months, customer, _rb, _invoice, _before in cases[1:]:
        _check_chain(_periods(db, customer), after_term(installed, months), (installed, months))


def test_months_paid_once_billing_has_started_move_the_next_period_by_whole_periods(db: Any) -> None:
    package = builders.add_package(db)
    customer, rb = _customer(db, 1, package, billing_day=1)
    made = _proforma(db, customer, 2, paid=False)
    _install(db, rb, date(2027, 1, 31))
    run_billing(db, ADMIN, date(2027, 2, 1))                             # 31 Jan + February billed
    invoice = read(db, lambda s: s.get(ProformaInvoice, made).invoice_id)
    write(db, lambda s: s.get(Invoice, invoice).__setattr__("status", InvoiceStatus.PAID))
    write(db, lambda s: proforma.settle_paid_proformas(s, [invoice]))
    assert read(db, lambda s: s.get(RecurringBilling, rb).next_billing_date) == date(2027, 5, 1)
    for day in RUN_DAYS:
        run_billing(db, ADMIN, day)
    periods = _periods(db, customer)
    assert periods[0] == (date(2027, 1, 31), date(2027, 2, 28))
    assert periods[1][0] == date(2027, 5, 1)                             # March and April prepaid
    _check_chain(periods[1:], date(2027, 5, 1), "after the prepaid months")


def test_the_installation_report_starts_billing_after_the_prepaid_term(db: Any) -> None:
    """The issue's case through the installation report itself: installed on
    31 January with one month paid on a proforma before."""
    from ispdesk.services import installation
    from tests.reliability.cashier_data import add_actor, pay, request, start_shift
    from tests.services.billing_support import invoices_of
    from tests.services.test_installation import make_site
    site = make_site(db)
    made = write(db, lambda s: proforma.create_proforma(s, ADMIN, proforma.ProformaRequest(
        customer_id=site.customer, prepaid_months=1, monthly_price="300000")))
    invoice = write(db, lambda s: proforma.convert_to_invoice(s, ADMIN, made.id))
    cashier = add_actor(db, "kasir1", "cashier")
    start_shift(db, cashier)
    pay(db, cashier, request(site.customer, invoice.total))
    result = write(db, lambda s: installation.save_report(s, site.technician, site.request,
                                                          now=datetime(2027, 1, 31, 15, 0)))
    assert (result.activated_at, result.next_billing_date) == (date(2027, 1, 31), date(2027, 3, 1))
    run_billing(db, ADMIN, date(2027, 2, 28))
    assert [i.period for i in invoices_of(db, site.customer)] == [None]          # February is paid
    run_billing(db, ADMIN, date(2027, 3, 1))
    first = [i for i in invoices_of(db, site.customer) if i.period][0]
    assert (first.period_start, first.period_end) == (date(2027, 3, 1), date(2027, 3, 31))
