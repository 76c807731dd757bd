"""The cash shift's Z-report (X-report while the shift is open) on A4 or an
80 mm roll, and the daily report that sums every shift of a day (A4)."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ispdesk.domain.documents.shift_report import DailyReportData, ShiftPaymentLine, ShiftReportData
from ispdesk.domain.enums import PaymentStatus
from ispdesk.domain.messages import message, translate
from ispdesk.domain.money import ZERO
from ispdesk.printing import base
from ispdesk.printing.base import Target
from ispdesk.printing.receipt import method_name

VARIANCE_EXACT = message("print.variance_exact", "{amount} (exact)")
VARIANCE_OVER = message("print.variance_over", "+{amount} (over)")
VARIANCE_SHORT = message("print.variance_short", "{amount} (short)")
VOID_REASON = message("print.void_reason", "Reason: {reason}")
VOID_REASON_APPROVED = message("print.void_reason_approved", "Reason: {reason} (approved by {name})")
PAYMENTS_HEADING = message("print.payments_heading", "Payments ({total})")
VOIDS_HEADING = message("print.voids_heading", "Voids and refunds ({total})")
SHIFTS_HEADING = message("print.shifts_heading", "Shifts ({total})")
Z_REPORT_TITLE = message("print.z_report_title", "Z-report {shift}")
DAILY_TITLE = message("print.daily_title", "Daily report {date}")


def _status(status: str) -> str:
    names = {PaymentStatus.CONFIRMED: "OK", PaymentStatus.FAILED: translate("Print", "VOID"),
             PaymentStatus.REFUNDED: translate("Print", "REFUND"), PaymentStatus.PENDING: translate("Print", "PENDING")}
    return names.get(status, status.upper())  # type: ignore[call-overload]


def variance_text(variance: Decimal | None) -> str:
    """``Rp 0 (exact)``, ``+Rp 5.000 (over)`` or ``-Rp 2.500 (short)``
    (``pas``, ``lebih``, ``kurang`` in Indonesian)."""
    if variance is None:
        return "-"
    if variance == ZERO:
        return VARIANCE_EXACT(amount=base.money(variance)).render()
    if variance > ZERO:
        return VARIANCE_OVER(amount=base.money(variance)).render()
    return VARIANCE_SHORT(amount=base.money(variance)).render()


def _title(data: ShiftReportData) -> str:
    if data.closed_at:
        return translate("Print", "CASH SHIFT CLOSING REPORT (Z-REPORT)")
    return translate("Print", "INTERIM CASH SHIFT REPORT (X-REPORT)")


def _still_open() -> str:
    return translate("Print", "still open")


def _info_rows(data: ShiftReportData) -> list[tuple[str, str]]:
    return [(translate("Print", "Shift no."), data.shift_number), (translate("Print", "Cashier"), data.cashier_name),
            (translate("Print", "Workstation"), data.workstation),
            (translate("Print", "Opened"), base.format_datetime(data.opened_at)),
            (translate("Print", "Closed"), base.format_datetime(data.closed_at) if data.closed_at else _still_open()),
            (translate("Print", "Closed by"), data.closed_by or "-")]


def _method_rows(totals: tuple[tuple[str, Decimal], ...]) -> list[tuple[str, str]]:
    rows = [(method_name(m), base.money(t)) for m, t in totals]
    rows.append((translate("Print", "Total"), base.money(sum((t for _, t in totals), ZERO))))
    return rows


def _cash_rows(data: ShiftReportData) -> list[tuple[str, str]]:
    return [(translate("Print", "Opening float"), base.money(data.opening_float)),
            (translate("Print", "Net cash in"), base.money(data.cash_in)),
            (translate("Print", "Expected cash"), base.money(data.expected_cash)),
            (translate("Print", "Counted cash"),
             base.money(data.counted_cash) if data.counted_cash is not None else "-"),
            (translate("Print", "Variance"), variance_text(data.variance))]


def _count_rows(data: ShiftReportData) -> list[tuple[str, str, str]]:
    return [(base.money(Decimal(d)), str(n), base.money(Decimal(d * n))) for d, n in data.counted if n]


def _void_text(line: ShiftPaymentLine) -> str:
    if line.approved_by:
        return VOID_REASON_APPROVED(reason=line.reason or "-", name=line.approved_by).render()
    return VOID_REASON(reason=line.reason or "-").render()


def _cash_side_by_side(data: ShiftReportData, width: float, size: float) -> Flowable:
    """A4: the cash summary on the left, the count by denomination on the right."""
    summary = base.kv_table(_cash_rows(data), width * 0.46, size, label_share=0.5, bold_rows=[3, 4])
    counts = _count_rows(data)
    if not counts:
        return summary
    total = base.money(data.counted_cash) if data.counted_cash is not None else ""
    count_table = base.grid_table((translate("Print", "Denomination"), translate("Print", "Count"),
                                   translate("Print", "Subtotal")), counts,
                                  [width * 0.17, width * 0.1, width * 0.19], size * 0.9, right_cols=(0, 1, 2),
                                  footer=(translate("Print", "Counted"), "", total))
    table = Table([[summary, count_table]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _voids_section(voids: tuple[ShiftPaymentLine, ...], width: float, size: float) -> list[Flowable]:
    """A4: the voided and refunded receipts with their reasons and approvers."""
    st = base.styles(size)
    out: list[Flowable] = [base.para(VOIDS_HEADING(total=len(voids)).render(), st["heading"])]
    if not voids:
        return out + [base.para(translate("Print", "No voids or refunds."), st["normal"])]
    rows = [(v.receipt_number, v.customer_name, base.money(v.amount), _status(v.status), v.reason or "-",
             v.approved_by or "-") for v in voids]
    widths = [w * width for w in (0.19, 0.2, 0.13, 0.1, 0.24, 0.14)]
    header = (translate("Print", "Receipt"), translate("Print", "Customer"), translate("Print", "Amount"),
              translate("Print", "Status"), translate("Print", "Reason"), translate("Print", "Approved by"))
    return out + [base.grid_table(header, rows, widths, size * 0.9, right_cols=(2,))]


def _signatures(data: ShiftReportData, width: float, size: float) -> Flowable:
    supervisor = data.closed_by if data.closed_by and data.closed_by != data.cashier_name else ""
    return base.signature_block([translate("Print", "Cashier"), translate("Print", "Supervisor")], width, size,
                                names=[data.cashier_name, supervisor])


def _a4_shift(data: ShiftReportData, width: float, size: float) -> list[Flowable]:
    st = base.styles(size)
    out: list[Flowable] = [*base.letterhead(data.company, size, align="left"), base.rule(dashed=False),
                           base.para(_title(data), st["title"]), Spacer(1, 3)]
    out.append(base.kv_table(_info_rows(data), width * 0.6, size, label_share=0.35))
    out += [base.para(translate("Print", "Totals by method (valid payments)"), st["heading"]),
            base.kv_table(_method_rows(data.totals_by_method), width * 0.5, size, label_share=0.5,
                          bold_rows=[len(data.totals_by_method)])]
    out.append(base.para(PAYMENTS_HEADING(total=len(data.payments)).render(), st["heading"]))
    rows = [(p.receipt_number, f"{p.received_at:%H:%M}", p.customer_name, method_name(p.method),
             p.reference or "", base.money(p.amount), _status(p.status)) for p in data.payments]
    widths = [w * width for w in (0.19, 0.07, 0.26, 0.12, 0.13, 0.13, 0.10)]
    header = (translate("Print", "Receipt"), translate("Print", "Time"), translate("Print", "Customer"),
              translate("Print", "Method"), translate("Print", "Reference"), translate("Print", "Amount"),
              translate("Print", "Status"))
    out.append(base.grid_table(header, rows, widths, size * 0.9, right_cols=(5,)) if rows
               else base.para(translate("Print", "No payments."), st["normal"]))
    out += _voids_section(data.voids, width, size)
    out += [base.para(translate("Print", "Cash drawer"), st["heading"]), _cash_side_by_side(data, width, size)]
    if data.notes:
        out += [base.para(translate("Print", "Notes"), st["heading"]), base.para(data.notes, st["normal"])]
    out.append(KeepTogether([Spacer(1, 8 * mm), _signatures(data, width * 0.8, size)]))
    return out


def _roll_shift(data: ShiftReportData, width: float, size: float) -> list[Flowable]:
    st = base.styles(size)
    out: list[Flowable] = [*base.letterhead(data.company, size), base.rule(),
                           base.para(_title(data), st["bold_center"]), Spacer(1, 2),
                           base.kv_table(_info_rows(data), width, size, label_share=0.38), base.rule(),
                           base.para(translate("Print", "Totals by method"), st["bold"]),
                           base.kv_table(_method_rows(data.totals_by_method), width, size,
                                         bold_rows=[len(data.totals_by_method)]),
                           base.rule(), base.para(PAYMENTS_HEADING(total=len(data.payments)).render(), st["bold"])]
    for p in data.payments:
        out.append(base.kv_table([(f"{p.receipt_number} {p.received_at:%H:%M}", _status(p.status)),
                                  (f"{p.customer_name} - {method_name(p.method)}", base.money(p.amount))],
                                 width, size, label_share=0.68, padding=0.2))
        out.append(Spacer(1, 2.5))
    out += [base.rule(), base.para(VOIDS_HEADING(total=len(data.voids)).render(), st["bold"])]
    for v in data.voids:
        out += [base.kv_table([(f"{v.receipt_number} {_status(v.status)}", base.money(v.amount))], width, size,
                              label_share=0.6, padding=0.2),
                base.para(f"{v.customer_name}. {_void_text(v)}", st["small"])]
    if not data.voids:
        out.append(base.para(translate("Print", "None."), st["normal"]))
    out += [base.rule(), base.para(translate("Print", "Cash drawer"), st["bold"])]
    counts = _count_rows(data)
    if counts:
        out.append(base.kv_table([(f"{d} x {n}", sub) for d, n, sub in counts], width, size, padding=0.2))
        out.append(base.rule())
    out.append(base.kv_table(_cash_rows(data), width, size, bold_rows=[3, 4]))
    if data.notes:
        out += [base.rule(), base.para(base.NOTES_LINE(notes=data.notes).render(), st["normal"])]
    out += [Spacer(1, 6 * mm), _signatures(data, width, size)]
    return out


def render_shift_report(data: ShiftReportData, target: Target = None, *, paper: str = "A4") -> bytes | None:
    """The Z-report (X-report for an open shift) on A4 or an 80 mm roll,
    written to ``target`` (``None``: returned as bytes)."""
    if paper not in ("A4", "80mm"):
        raise ValueError(f"a shift report prints on A4 or 80mm, not {paper!r}")
    p = base.paper(paper)
    body = (_roll_shift if p.is_roll else _a4_shift)(data, p.content_width, p.font_size)
    return base.build_pdf(target, body, paper_name=p, title=Z_REPORT_TITLE(shift=data.shift_number).render(),
                          author=data.company.name, on_page=None if p.is_roll else base.page_footer())


def render_daily_report(data: DailyReportData, target: Target = None) -> bytes | None:
    """Every shift of one day summed, on A4."""
    p = base.paper("A4")
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    out: list[Flowable] = [*base.letterhead(data.company, size, align="left"), base.rule(dashed=False),
                           base.para(translate("Print", "DAILY CASH REPORT"), st["title"]),
                           base.para(base.format_date(data.day), st["center"]), Spacer(1, 4),
                           base.para(SHIFTS_HEADING(total=len(data.shifts)).render(), st["heading"])]
    rows = [(s.shift_number, s.cashier_name, s.workstation, base.format_datetime(s.opened_at),
             base.format_datetime(s.closed_at) if s.closed_at else _still_open(), base.money(s.expected_cash),
             base.money(s.counted_cash) if s.counted_cash is not None else "-", variance_text(s.variance))
            for s in data.shifts]
    widths = [w * width for w in (0.19, 0.12, 0.11, 0.11, 0.11, 0.12, 0.12, 0.12)]
    header = (translate("Print", "Shift"), translate("Print", "Cashier"), translate("Print", "Workstation"),
              translate("Print", "Opened"), translate("Print", "Closed"), translate("Print", "Expected"),
              translate("Print", "Counted"), translate("Print", "Variance"))
    out.append(base.grid_table(header, rows, widths, size * 0.8, right_cols=(5, 6, 7),
                               footer=(translate("Print", "Total"), "", "", "", "", base.money(data.expected_cash),
                                       base.money(data.counted_cash), variance_text(data.variance)))
               if rows else base.para(translate("Print", "No shifts on this day."), st["normal"]))
    out += [base.para(translate("Print", "Totals by method (valid payments)"), st["heading"]),
            base.kv_table(_method_rows(data.totals_by_method), width * 0.5, size,
                          bold_rows=[len(data.totals_by_method)])]
    out += _voids_section(tuple(v for s in data.shifts for v in s.voids), width, size)
    out += [base.para(translate("Print", "Cash"), st["heading"]),
            base.kv_table([(translate("Print", "Expected cash"), base.money(data.expected_cash)),
                           (translate("Print", "Counted cash"), base.money(data.counted_cash)),
                           (translate("Print", "Variance"), variance_text(data.variance))], width * 0.5, size,
                          bold_rows=[2]),
            KeepTogether([Spacer(1, 12 * mm),
                          base.signature_block([translate("Print", "Prepared by"), translate("Print", "Checked by")],
                                               width * 0.8, size)])]
    return base.build_pdf(target, out, paper_name=p, title=DAILY_TITLE(date=data.day).render(),
                          author=data.company.name, on_page=base.page_footer())
