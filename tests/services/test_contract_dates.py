"""Contract terms and renewals by the one month rule: a term of n months from
day d ends the day before day d n months on, or on that month's last day when
day d does not exist there. Swept over every start day of 2024-2028 and the
durations 1, 3, 6, 12 and 24 (the renewal decisions, without a database), then
through ``renew_due`` and the lead conversion on the days where it used to go
wrong (SQLite and MariaDB)."""
from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.models import Contract, Package
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.dates import term_end
from ispdesk.domain.errors import ValidationError
from ispdesk.services import audit, contracts, lead_conversion
from ispdesk.services.lead_conversion import ConversionRequest
from tests.services.billing_docs_support import add_customer
from tests.services.lead_support import add_lead
from tests.support.actors import ADMIN
from tests.support.builders import add_packages

ONE_DAY = timedelta(days=1)
DURATIONS = (1, 3, 6, 12, 24)
DAYS = [date(2024, 1, 1) + timedelta(days=n) for n in range((date(2028, 12, 31) - date(2024, 1, 1)).days + 1)]


def test_every_start_day_and_duration_is_read_back_renewed_and_chained_without_a_gap():
    """Every start day of 2024-2028 x 1, 3, 6, 12, 24 months: a contract ending by
    the rule (31 Jan + 1 month ends 28 Feb, the usual end-of-month date) and with
    no duration has that many months, is renewed from the day after its end for
    as long, and a run missed for two years catches up with terms that follow each
    other day after day."""
    for start in DAYS:
        for months in DURATIONS:
            old = Contract(start_date=start, end_date=term_end(start, months), contract_duration=None)
            assert contracts._duration(old) == months, (start, months)
            new = contracts._renewal_of(old, "CTR-X", months, None)
            assert new.start_date == old.end_date + ONE_DAY, (start, months)
            assert new.end_date == term_end(new.start_date, months)
            assert contracts._duration(Contract(start_date=new.start_date, end_date=new.end_date)) == months
            assert contracts._renewals_needed(old, months, old.end_date) == 1
            assert contracts._renewals_needed(old, months, old.end_date - ONE_DAY) == 0


@pytest.mark.parametrize("start, end, months", [
    (date(2025, 1, 31), date(2025, 2, 28), 1),       # the usual end-of-month date: used to be never renewed
    (date(2024, 1, 31), date(2024, 2, 29), 1),
    (date(2025, 1, 30), date(2025, 2, 28), 1),
    (date(2025, 3, 31), date(2025, 6, 30), 3),
    (date(2024, 2, 29), date(2025, 2, 28), 12),
    (date(2025, 8, 31), date(2026, 2, 28), 6),
    (date(2025, 1, 1), date(2025, 12, 31), 12),
    (date(2025, 1, 31), date(2025, 2, 27), None),    # what the old rule made: not a whole number of months
    (date(2025, 1, 15), date(2025, 2, 15), None),
])
def test_the_duration_is_read_from_the_dates(start, end, months):
    assert contracts._duration(Contract(start_date=start, end_date=end, contract_duration=None)) == months


#: (start, months) of contracts with no duration, ended by the rule, due long ago.
DUE = [(date(2025, 1, 31), 1), (date(2025, 1, 30), 1), (date(2025, 1, 29), 1), (date(2024, 2, 29), 12),
       (date(2024, 1, 31), 1), (date(2025, 3, 31), 3), (date(2025, 8, 31), 6), (date(2025, 11, 30), 3),
       (date(2023, 12, 31), 24)]
TODAY = date(2026, 11, 24)


def _contract(db: Any, package: int, customer: int, n: int, start: date, months: int) -> int:
    def work(s: Any) -> int:
        contract = Contract(contract_number=f"CTR-DATES-{n:03d}", customer_id=customer, package_id=package,
                            start_date=start, end_date=term_end(start, months), monthly_fee=Decimal("375000"),
                            installation_fee=Decimal("0"), deposit=Decimal("0"), contract_duration=None,
                            auto_renew=True, terms="1. Layanan internet.", status="active")
        s.add(contract)
        s.flush()
        return contract.id
    return write(db, work)


def test_contracts_ending_on_month_ends_with_no_duration_are_renewed_by_the_rule(db: Any) -> None:
    package = add_packages(db)[1]
    customer = add_customer(db, name="Rina Kusuma")
    made = {_contract(db, package, customer, n, start, months): (start, months) for n, (start, months) in enumerate(DUE)}
    summary = write(db, lambda s: contracts.renew_due(s, ADMIN, TODAY), info=audit.actor_info(ADMIN, "contracts"))
    assert summary.skipped == ()
    by_old = {r.old_id: r for r in summary.renewals}
    for first, (start, months) in made.items():
        chain, end = [], term_end(start, months)
        old = first
        while end <= TODAY:                                  # renewed until it runs past today
            renewal = by_old[old]
            assert renewal.start_date == end + ONE_DAY, (start, months)
            assert renewal.end_date == term_end(renewal.start_date, months), (start, months)
            chain.append(renewal)
            old, end = renewal.new_id, renewal.end_date
        assert chain and chain[-1].end_date > TODAY, (start, months)
        durations = read(db, lambda s, ids=[r.new_id for r in chain]: set(
            s.scalars(sa.select(Contract.contract_duration).where(Contract.id.in_(ids)))))
        assert durations == {months}
    assert write(db, lambda s: contracts.renew_due(s, ADMIN, TODAY)).renewed == 0


def test_a_one_month_contract_from_31_january_renews_on_1_march(db: Any) -> None:
    package = add_packages(db)[1]
    customer = add_customer(db, name="Rina Kusuma")
    contract = _contract(db, package, customer, 1, date(2027, 1, 31), 1)
    assert read(db, lambda s: s.get(Contract, contract).end_date) == date(2027, 2, 28)      # was 27 Feb
    assert write(db, lambda s: contracts.renew_due(s, ADMIN, date(2027, 2, 27))).renewed == 0
    summary = write(db, lambda s: contracts.renew_due(s, ADMIN, date(2027, 2, 28)))
    assert [(r.start_date, r.end_date) for r in summary.renewals] == [(date(2027, 3, 1), date(2027, 3, 31))]


# -- the lead conversion: the contract's end and the customer's age ----------

def _convert(db: Any, package: int, nik: str, today: date, start: date, months: int = 12) -> Any:
    lead = add_lead(db, name=f"Calon {nik[-4:]}", phone=f"0813{nik[-8:]}")
    req = ConversionRequest(lead_id=lead.id, nik=nik, package_id=package, start_date=start, installation_fee="0",
                            deposit="0", duration_months=months, auto_renew=True, install_date=today,
                            install_time=time(9, 30), install_notes="")
    return write(db, lambda s: lead_conversion.convert_lead(s, ADMIN, req, today=today),
                 info=audit.actor_info(ADMIN, lead_conversion.MODULE))


def _end_of(db: Any, result: Any) -> date:
    return read(db, lambda s: s.get(Contract, result.contract_id).end_date)


def test_a_converted_leads_contract_ends_by_the_rule(db: Any) -> None:
    package = read(db, lambda s: s.scalar(sa.select(Package.id).limit(1))) or add_packages(db)[0]
    for n, (start, months, end) in enumerate([
            (date(2027, 1, 31), 1, date(2027, 2, 28)),       # was 27 Feb
            (date(2027, 1, 30), 1, date(2027, 2, 28)),       # was 27 Feb
            (date(2028, 2, 29), 12, date(2029, 2, 28)),      # was 27 Feb 2029, a day early
            (date(2027, 3, 31), 6, date(2027, 9, 30)),
            (date(2027, 3, 15), 12, date(2028, 3, 14))]):
        result = _convert(db, package, f"32730115059{n:01d}{n + 1:04d}", date(2027, 1, 20), start, months)
        assert _end_of(db, result) == end, (start, months)


@pytest.mark.parametrize("nik, today, adult", [
    ("3273012902080001", date(2025, 2, 28), False),      # born 29 Feb 2008: 17 on 1 Mar 2025 (was let through)
    ("3273012902080001", date(2025, 3, 1), True),
    ("3273011001080001", date(2025, 1, 5), False),       # born 10 Jan 2008: 17 x 365 days on 5 Jan (was let through)
    ("3273011001080001", date(2025, 1, 9), False),
    ("3273011001080001", date(2025, 1, 10), True),       # the 17th birthday
    ("3273015001080001", date(2025, 1, 10), True),       # a woman (day + 40), the same birthday
])
def test_the_customer_is_17_from_the_17th_birthday_by_the_calendar(db: Any, nik, today, adult) -> None:
    package = add_packages(db)[0]
    if adult:
        assert _convert(db, package, nik, today, today).customer_id
    else:
        with pytest.raises(ValidationError) as refused:
            _convert(db, package, nik, today, today)
        assert refused.value.codes == {"nik": "conversion.under_age"}
