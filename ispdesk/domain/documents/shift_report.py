"""What a cash shift's Z-report and the daily report show."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ispdesk.domain.documents import Company

#: Rupiah notes and coins a drawer is counted by, largest first.
DENOMINATIONS: tuple[int, ...] = (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100)


@dataclass(frozen=True)
class ShiftPaymentLine:
    """One receipt taken in the shift."""

    receipt_number: str
    received_at: datetime
    customer_name: str
    method: str
    reference: str
    amount: Decimal            # money received
    status: str                # confirmed / refunded / failed
    reason: str = ""           # the void/refund reason
    approved_by: str = ""      # the supervisor who approved a void/refund


@dataclass(frozen=True)
class ShiftReportData:
    """A Z-report: one closed (or, for an X-report, still open) shift."""

    company: Company
    shift_number: str
    cashier_name: str
    workstation: str
    opened_at: datetime
    closed_at: datetime | None
    closed_by: str
    opening_float: Decimal
    totals_by_method: tuple[tuple[str, Decimal], ...]   # (method, total of confirmed receipts)
    payments: tuple[ShiftPaymentLine, ...]
    voids: tuple[ShiftPaymentLine, ...]                 # refunded / failed receipts with reasons
    cash_in: Decimal           # cash received and kept (cash receipts minus change, minus cash refunds)
    expected_cash: Decimal     # opening float + cash_in
    counted: tuple[tuple[int, int], ...]                # (denomination, count), largest first
    counted_cash: Decimal | None
    variance: Decimal | None   # counted - expected
    notes: str = ""


@dataclass(frozen=True)
class DailyReportData:
    """Every shift of one day summed."""

    company: Company
    day: date
    shifts: tuple[ShiftReportData, ...]
    totals_by_method: tuple[tuple[str, Decimal], ...]
    expected_cash: Decimal
    counted_cash: Decimal
    variance: Decimal
