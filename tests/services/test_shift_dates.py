"""A cash shift across midnight belongs to the office day on which it was
opened, in the day's cash report and on that day's dashboard alike
(ispdesk.services.office_days): a shift from 22:00 on 28 February to 02:00 on
1 March is wholly February's; money taken outside a shift belongs to the day
it came. On SQLite and MariaDB."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.dates import shift_day
from ispdesk.services import audit
from ispdesk.services.cash_shifts import close_shift, daily_report, open_shift
from ispdesk.services.dashboard import dashboard_figures
from tests.reliability.cashier_data import add_actor, add_customer, add_invoices, pay, request
from tests.support.actors import ADMIN

EVENING, MORNING = date(2027, 2, 28), date(2027, 3, 1)


def _open(db: Any, actor: Any, at: datetime) -> Any:
    return write(db, lambda s: open_shift(s, actor, Decimal("500000"), workstation="kasir-01", now=at),
                 info=audit.actor_info(actor, "cash_shifts"))


def _close(db: Any, actor: Any, shift_id: int, counted: dict[int, int], at: datetime) -> Any:
    return write(db, lambda s: close_shift(s, actor, shift_id, counted, now=at),
                 info=audit.actor_info(actor, "cash_shifts"))


def _totals(report: Any) -> dict[str, Decimal]:
    return dict(report.totals_by_method)


def _dashboard(db: Any, day: date) -> tuple[dict[str, tuple[int, Decimal]], tuple[int, Decimal]]:
    figures = read(db, lambda s: dashboard_figures(s, ADMIN, day))
    methods = {m.method: (m.count, m.total) for m in figures.payments_by_method if m.count}
    return methods, (figures.receipts_today.count, figures.receipts_today.total)


def test_a_shift_from_22_00_to_02_00_is_the_evenings_in_the_cash_report_and_on_the_dashboard(db: Any) -> None:
    night, day = add_actor(db, "kasir_malam", "cashier"), add_actor(db, "kasir_pagi", "cashier")
    customers = []
    for n, amount in enumerate(("100000", "200000", "300000", "400000")):
        customers.append(add_customer(db, name=f"Pelanggan {n}", phone=f"+62812111100{n:02d}"))
        add_invoices(db, customers[-1], [amount])
    shift = _open(db, night, datetime(2027, 2, 28, 22, 0))
    pay(db, night, request(customers[0], "100000"), now=datetime(2027, 2, 28, 23, 0))
    pay(db, night, request(customers[1], "200000"), now=datetime(2027, 3, 1, 1, 30))      # after midnight
    _close(db, night, shift.shift_id, {100000: 8}, datetime(2027, 3, 1, 2, 0))
    morning = _open(db, day, datetime(2027, 3, 1, 8, 0))
    pay(db, day, request(customers[2], "300000"), now=datetime(2027, 3, 1, 9, 0))
    pay(db, ADMIN, request(customers[3], "400000", method="transfer", reference="TRF-1"),
        now=datetime(2027, 3, 1, 0, 30))                                                 # no shift: its own day

    assert shift_day(shift.opened_at) == EVENING
    evening = read(db, lambda s: daily_report(s, ADMIN, EVENING))
    assert [r.shift_number for r in evening.shifts] == [shift.shift_number]
    assert _totals(evening) == {"cash": Decimal("300000")}
    assert (evening.expected_cash, evening.counted_cash) == (Decimal("800000"), Decimal("800000"))
    assert _dashboard(db, EVENING) == ({"cash": (2, Decimal("300000"))}, (2, Decimal("300000")))

    next_day = read(db, lambda s: daily_report(s, ADMIN, MORNING))
    assert [r.shift_number for r in next_day.shifts] == [morning.shift_number]
    assert _totals(next_day) == {"cash": Decimal("300000")}
    assert _dashboard(db, MORNING) == ({"cash": (1, Decimal("300000")), "transfer": (1, Decimal("400000"))},
                                       (2, Decimal("700000")))
    # every rupiah is on exactly one day's dashboard
    assert _dashboard(db, date(2027, 2, 27)) == ({}, (0, Decimal("0")))
    assert _dashboard(db, date(2027, 3, 2)) == ({}, (0, Decimal("0")))
