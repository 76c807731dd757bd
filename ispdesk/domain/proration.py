"""Billing periods of a subscription and the prorated first invoice.

A period starts on the subscription's billing day (1-28) and ends the day before
the same day next month; it is labelled by the month it starts in
(``2026-11``), which is what the UNIQUE (customer_id, period) key of invoices
holds. Invoices are issued in advance, at the start of their period.

A new subscriber activated between two billing days first pays the days from
activation to the first billing day, prorated by the days of the month-period
those days belong to, *together with* the first full period: one invoice,
labelled with the first full period's month, so the labels of successive
invoices never collide (a stub and the full period could start in the same
month). The same stub covers the gap when ``next_billing_date`` is not on the
billing day (the billing day was changed).

Months paid in advance (a paid proforma's ``prepaid_months``) are a term
(:func:`ispdesk.domain.dates.term_end`) from the installation day: ``n``
months from day ``d`` cover ``d`` to the day before day ``d`` ``n`` months on,
or to that month's last day when day ``d`` does not exist there. Billing
starts the day after (:func:`first_billing_date`), with the stub to the
billing day: installed 31 Jan with one month prepaid, 31 Jan-28 Feb is paid
and the first invoice starts on 1 March. So a prepaid month is never billed
again and no day is left unbilled, whatever the installation day; and the
invoices that follow chain, each period starting the day after the last ended.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

# The one month arithmetic (domain.dates), also reachable from here for the billing code.
from .dates import add_months, after_term, term_end  # noqa: F401
from .money import round_rupiah

#: A subscription behind by more than this many periods is caught up over several runs.
MAX_PERIODS_PER_RUN = 12

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")


def period_label(start: date) -> str:
    """``2026-11``: the key of a period in ``invoices.period``."""
    return f"{start.year:04d}-{start.month:02d}"


def month_name_id(start: date) -> str:
    """``November 2026`` in Indonesian, for invoice lines."""
    return f"{MONTHS_ID[start.month - 1]} {start.year}"


def first_billing_day(day: date, billing_day: int) -> date:
    """The first date on or after ``day`` that falls on ``billing_day``."""
    if not 1 <= billing_day <= 28:
        raise ValueError(f"billing day must be 1-28, not {billing_day}")
    candidate = day.replace(day=billing_day)
    return candidate if candidate >= day else add_months(candidate, 1)


def first_billing_date(installed_on: date, billing_day: int, prepaid_months: int = 0) -> date:
    """Where billing starts for a subscription installed on ``installed_on``: the
    day after the ``prepaid_months`` paid in advance (a term from the installation
    day, see the module notes), or the first billing day on or after the
    installation when nothing was prepaid (the first invoice then starts at the
    installation day, see :func:`due_charges`)."""
    if prepaid_months < 0:
        raise ValueError(f"prepaid months are 0 or more, not {prepaid_months}")
    if prepaid_months:
        return after_term(installed_on, prepaid_months)
    return first_billing_day(installed_on, billing_day)


@dataclass(frozen=True)
class Period:
    """A full billing period ``start``..``end`` (both inclusive)."""

    start: date
    end: date

    @classmethod
    def starting(cls, start: date) -> Period:
        return cls(start, add_months(start, 1) - timedelta(days=1))

    @property
    def label(self) -> str:
        return period_label(self.start)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Stub:
    """Days before the first full period, charged as ``days / period_days`` of a month."""

    start: date
    end: date
    period_days: int

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def amount(self, monthly: Decimal) -> Decimal:
        """The prorated price, rounded to whole Rupiah (half up)."""
        return round_rupiah(Decimal(monthly) * self.days / self.period_days)


@dataclass(frozen=True)
class Charge:
    """One invoice to make: a full period, with the prorated stub before it on the first one."""

    period: Period
    stub: Stub | None = None

    @property
    def start(self) -> date:
        return self.stub.start if self.stub else self.period.start

    @property
    def end(self) -> date:
        return self.period.end


def stub_before(start: date, billing_day: int) -> Stub | None:
    """The prorated days from ``start`` to the day before the next billing day (None when on it)."""
    first = first_billing_day(start, billing_day)
    if first == start:
        return None
    return Stub(start, first - timedelta(days=1), (first - add_months(first, -1)).days)


def due_charges(*, next_billing_date: date, billing_day: int, run_date: date,
                activated_at: date | None = None, first_invoice: bool = False,
                limit: int = MAX_PERIODS_PER_RUN) -> list[Charge]:
    """The invoices a subscription owes on ``run_date``, oldest first, at most ``limit``.

    Nothing is owed before ``next_billing_date``. The first invoice of a new
    subscriber (``first_invoice``) starts at ``activated_at`` when
    ``next_billing_date`` falls within the first month's term from it (the
    first billing day after an installation with nothing prepaid); months
    prepaid from the activation put ``next_billing_date`` beyond that term,
    and billing starts there, so they are not billed again (nor is an older
    activation, a subscriber taken over from elsewhere, billed backwards). A
    ``next_billing_date`` off the billing day starts a stub there.
    """
    if next_billing_date > run_date:
        return []
    start = next_billing_date
    if (first_invoice and activated_at is not None
            and activated_at < next_billing_date <= term_end(activated_at, 1)):
        start = activated_at
    stub = stub_before(start, billing_day)
    cursor = first_billing_day(start, billing_day)
    charges = [Charge(Period.starting(cursor), stub)]
    cursor = add_months(cursor, 1)
    while cursor <= run_date and len(charges) < limit:
        charges.append(Charge(Period.starting(cursor)))
        cursor = add_months(cursor, 1)
    return charges


def next_billing_after(charges: list[Charge]) -> date:
    """The ``next_billing_date`` once ``charges`` are invoiced."""
    return add_months(charges[-1].period.start, 1)
