"""The cash shift's Z-report (X-report while the shift is open) on A4 or an
80 mm roll, and the daily report that sums every shift of a day (A4)."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ispdesk.domain.documents.shift_report import DailyReportData, ShiftPaymentLine, ShiftReportData
from ispdesk.domain.enums import PaymentStatus
from ispdesk.domain.money import ZERO
from ispdesk.printing import base
from ispdesk.printing.base import Target
from ispdesk.printing.receipt import method_name

STATUS_NAMES = {PaymentStatus.CONFIRMED: "OK", PaymentStatus.FAILED: "VOID",
                PaymentStatus.REFUNDED: "REFUND", PaymentStatus.PENDING: "PENDING"}


def _status(status: str) -> str:
    return STATUS_NAMES.get(status, status.upper())  # type: ignore[call-overload]


def variance_text(variance: Decimal | None) -> str:
    """``Rp 0 (pas)``, ``+Rp 5.000 (lebih)`` or ``-Rp 2.500 (kurang)``."""
    if variance is None:
        return "-"
    if variance == ZERO:
        return f"{base.money(variance)} (pas)"
    if variance > ZERO:
        return f"+{base.money(variance)} (lebih)"
    return f"{base.money(variance)} (kurang)"


def _title(data: ShiftReportData) -> str:
    return "LAPORAN TUTUP KASIR (Z-REPORT)" if data.closed_at else "LAPORAN SEMENTARA KASIR (X-REPORT)"


def _info_rows(data: ShiftReportData) -> list[tuple[str, str]]:
    return [("No. Shift", data.shift_number), ("Kasir", data.cashier_name), ("Workstation", data.workstation),
            ("Dibuka", base.format_datetime(data.opened_at)),
            ("Ditutup", base.format_datetime(data.closed_at) if data.closed_at else "masih buka"),
            ("Ditutup oleh", data.closed_by or "-")]


def _method_rows(totals: tuple[tuple[str, Decimal], ...]) -> list[tuple[str, str]]:
    rows = [(method_name(m), base.money(t)) for m, t in totals]
    rows.append(("Total", base.money(sum((t for _, t in totals), ZERO))))
    return rows


def _cash_rows(data: ShiftReportData) -> list[tuple[str, str]]:
    return [("Modal awal (float)", base.money(data.opening_float)),
            ("Kas masuk bersih", base.money(data.cash_in)),
            ("Kas seharusnya", base.money(data.expected_cash)),
            ("Kas dihitung", base.money(data.counted_cash) if data.counted_cash is not None else "-"),
            ("Selisih", variance_text(data.variance))]


def _count_rows(data: ShiftReportData) -> list[tuple[str, str, str]]:
    return [(base.money(Decimal(d)), str(n), base.money(Decimal(d * n))) for d, n in data.counted if n]


def _void_text(line: ShiftPaymentLine) -> str:
    text = f"Alasan: {line.reason or '-'}"
    return text + (f" (disetujui {line.approved_by})" if line.approved_by else "")


def _cash_side_by_side(data: ShiftReportData, width: float, size: float) -> Flowable:
    """A4: the cash summary on the left, the count by denomination on the right."""
    summary = base.kv_table(_cash_rows(data), width * 0.46, size, label_share=0.5, bold_rows=[3, 4])
    counts = _count_rows(data)
    if not counts:
        return summary
    total = base.money(data.counted_cash) if data.counted_cash is not None else ""
    count_table = base.grid_table(("Pecahan", "Jumlah", "Subtotal"), counts,
                                  [width * 0.17, width * 0.1, width * 0.19], size * 0.9, right_cols=(0, 1, 2),
                                  footer=("Dihitung", "", total))
    table = Table([[summary, count_table]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _voids_section(voids: tuple[ShiftPaymentLine, ...], width: float, size: float) -> list[Flowable]:
    """A4: the voided and refunded receipts with their reasons and approvers."""
    st = base.styles(size)
    out: list[Flowable] = [base.para(f"Void dan refund ({len(voids)})", st["heading"])]
    if not voids:
        return out + [base.para("Tidak ada void atau refund.", st["normal"])]
    rows = [(v.receipt_number, v.customer_name, base.money(v.amount), _status(v.status), v.reason or "-",
             v.approved_by or "-") for v in voids]
    widths = [w * width for w in (0.19, 0.2, 0.13, 0.1, 0.24, 0.14)]
    return out + [base.grid_table(("Kwitansi", "Pelanggan", "Jumlah", "Status", "Alasan", "Disetujui"),
                                  rows, widths, size * 0.9, right_cols=(2,))]


def _signatures(data: ShiftReportData, width: float, size: float) -> Flowable:
    supervisor = data.closed_by if data.closed_by and data.closed_by != data.cashier_name else ""
    return base.signature_block(["Kasir", "Supervisor"], width, size, names=[data.cashier_name, supervisor])


def _a4_shift(data: ShiftReportData, width: float, size: float) -> list[Flowable]:
    st = base.styles(size)
    out: list[Flowable] = [*base.letterhead(data.company, size, align="left"), base.rule(dashed=False),
                           base.para(_title(data), st["title"]), Spacer(1, 3)]
    out.append(base.kv_table(_info_rows(data), width * 0.6, size, label_share=0.35))
    out += [base.para("Total per metode (pembayaran sah)", st["heading"]),
            base.kv_table(_method_rows(data.totals_by_method), width * 0.5, size, label_share=0.5,
                          bold_rows=[len(data.totals_by_method)])]
    out.append(base.para(f"Pembayaran ({len(data.payments)})", st["heading"]))
    rows = [(p.receipt_number, f"{p.received_at:%H:%M}", p.customer_name, method_name(p.method),
             p.reference or "", base.money(p.amount), _status(p.status)) for p in data.payments]
    widths = [w * width for w in (0.19, 0.07, 0.26, 0.12, 0.13, 0.13, 0.10)]
    out.append(base.grid_table(("Kwitansi", "Jam", "Pelanggan", "Metode", "Referensi", "Jumlah", "Status"),
                               rows, widths, size * 0.9, right_cols=(5,)) if rows
               else base.para("Tidak ada pembayaran.", st["normal"]))
    out += _voids_section(data.voids, width, size)
    out += [base.para("Kas laci", st["heading"]), _cash_side_by_side(data, width, size)]
    if data.notes:
        out += [base.para("Catatan", st["heading"]), base.para(data.notes, st["normal"])]
    out.append(KeepTogether([Spacer(1, 8 * mm), _signatures(data, width * 0.8, size)]))
    return out


def _roll_shift(data: ShiftReportData, width: float, size: float) -> list[Flowable]:
    st = base.styles(size)
    out: list[Flowable] = [*base.letterhead(data.company, size), base.rule(),
                           base.para(_title(data), st["bold_center"]), Spacer(1, 2),
                           base.kv_table(_info_rows(data), width, size, label_share=0.38), base.rule(),
                           base.para("Total per metode", st["bold"]),
                           base.kv_table(_method_rows(data.totals_by_method), width, size,
                                         bold_rows=[len(data.totals_by_method)]),
                           base.rule(), base.para(f"Pembayaran ({len(data.payments)})", st["bold"])]
    for p in data.payments:
        out.append(base.kv_table([(f"{p.receipt_number} {p.received_at:%H:%M}", _status(p.status)),
                                  (f"{p.customer_name} - {method_name(p.method)}", base.money(p.amount))],
                                 width, size, label_share=0.68, padding=0.2))
        out.append(Spacer(1, 2.5))
    out += [base.rule(), base.para(f"Void dan refund ({len(data.voids)})", st["bold"])]
    for v in data.voids:
        out += [base.kv_table([(f"{v.receipt_number} {_status(v.status)}", base.money(v.amount))], width, size,
                              label_share=0.6, padding=0.2),
                base.para(f"{v.customer_name}. {_void_text(v)}", st["small"])]
    if not data.voids:
        out.append(base.para("Tidak ada.", st["normal"]))
    out += [base.rule(), base.para("Kas laci", st["bold"])]
    counts = _count_rows(data)
    if counts:
        out.append(base.kv_table([(f"{d} x {n}", sub) for d, n, sub in counts], width, size, padding=0.2))
        out.append(base.rule())
    out.append(base.kv_table(_cash_rows(data), width, size, bold_rows=[3, 4]))
    if data.notes:
        out += [base.rule(), base.para(f"Catatan: {data.notes}", st["normal"])]
    out += [Spacer(1, 6 * mm), _signatures(data, width, size)]
    return out


def render_shift_report(data: ShiftReportData, target: Target = None, *, paper: str = "A4") -> bytes | None:
    """The Z-report (X-report for an open shift) on A4 or an 80 mm roll,
    written to ``target`` (``None``: returned as bytes)."""
    if paper not in ("A4", "80mm"):
        raise ValueError(f"a shift report prints on A4 or 80mm, not {paper!r}")
    p = base.paper(paper)
    body = (_roll_shift if p.is_roll else _a4_shift)(data, p.content_width, p.font_size)
    return base.build_pdf(target, body, paper_name=p, title=f"Z-report {data.shift_number}",
                          author=data.company.name, on_page=None if p.is_roll else base.page_footer())


def render_daily_report(data: DailyReportData, target: Target = None) -> bytes | None:
    """Every shift of one day summed, on A4."""
    p = base.paper("A4")
    width, size = p.content_width, p.font_size
    st = base.styles(size)
    out: list[Flowable] = [*base.letterhead(data.company, size, align="left"), base.rule(dashed=False),
                           base.para("LAPORAN KAS HARIAN", st["title"]),
                           base.para(base.format_date(data.day), st["center"]), Spacer(1, 4),
                           base.para(f"Shift ({len(data.shifts)})", st["heading"])]
    rows = [(s.shift_number, s.cashier_name, s.workstation, base.format_datetime(s.opened_at),
             base.format_datetime(s.closed_at) if s.closed_at else "masih buka", base.money(s.expected_cash),
             base.money(s.counted_cash) if s.counted_cash is not None else "-", variance_text(s.variance))
            for s in data.shifts]
    widths = [w * width for w in (0.19, 0.12, 0.11, 0.11, 0.11, 0.12, 0.12, 0.12)]
    out.append(base.grid_table(("Shift", "Kasir", "Workstation", "Dibuka", "Ditutup", "Seharusnya",
                                "Dihitung", "Selisih"), rows, widths, size * 0.8, right_cols=(5, 6, 7),
                               footer=("Total", "", "", "", "", base.money(data.expected_cash),
                                       base.money(data.counted_cash), variance_text(data.variance)))
               if rows else base.para("Tidak ada shift pada hari ini.", st["normal"]))
    out += [base.para("Total per metode (pembayaran sah)", st["heading"]),
            base.kv_table(_method_rows(data.totals_by_method), width * 0.5, size,
                          bold_rows=[len(data.totals_by_method)])]
    out += _voids_section(tuple(v for s in data.shifts for v in s.voids), width, size)
    out += [base.para("Kas", st["heading"]),
            base.kv_table([("Kas seharusnya", base.money(data.expected_cash)),
                           ("Kas dihitung", base.money(data.counted_cash)),
                           ("Selisih", variance_text(data.variance))], width * 0.5, size, bold_rows=[2]),
            KeepTogether([Spacer(1, 12 * mm),
                          base.signature_block(["Dibuat oleh", "Diperiksa oleh"], width * 0.8, size)])]
    return base.build_pdf(target, out, paper_name=p, title=f"Laporan harian {base.format_date(data.day)}",
                          author=data.company.name, on_page=base.page_footer())
