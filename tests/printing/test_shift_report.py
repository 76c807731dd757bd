"""Z-report (A4 and 80 mm roll), X-report and daily report PDFs read back."""
from __future__ import annotations

from decimal import Decimal

import pytest
from reportlab.lib.units import mm

from ispdesk.printing.shift_report import render_daily_report, render_shift_report, variance_text
from tests.printing import samples
from tests.printing.pdf_reading import pdf_page_sizes, pdf_pages_text, pdf_text


def words(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


@pytest.mark.parametrize("paper", ["A4", "80mm"])
def test_z_report_shows_float_totals_voids_count_variance_and_signatures(paper):
    pdf = render_shift_report(samples.shift_report(), paper=paper)
    text = words(pdf)
    for expected in (
            "CASH SHIFT CLOSING REPORT (Z-REPORT)", "SHF-20261124-0003", "Budi Santoso", "KASIR-01",
            "24 Nov 2026 08:00", "24 Nov 2026 16:02",
            "Opening float Rp 500.000",                                       # opening float
            "Cash Rp 649.500", "Bank transfer Rp 333.000", "QRIS Rp 250.000", "Total Rp 1.232.500",
            "RCP-202611-000040", samples.LONG_NAME,                          # the payments
            "Salah input nominal", "Pembayaran ganda, dikembalikan",          # voids with reasons
            "VOID", "REFUND", "Sri Wahyuni",
            "Rp 100.000", "Expected cash Rp 1.149.500", "Counted cash Rp 1.147.000",
            "Variance -Rp 2.500 (short)", "Uang Rp 2.500 kurang",
            "Cashier", "Supervisor", "( Budi Santoso )", "( Sri Wahyuni )"):  # signature lines
        assert expected in text, expected


def test_z_report_counts_by_denomination_on_a4():
    text = words(render_shift_report(samples.shift_report(), paper="A4"))
    assert "Rp 100.000 9 Rp 900.000" in text
    assert "Rp 20.000 4 Rp 80.000" in text
    assert "Counted Rp 1.147.000" in text
    assert "Rp 1.000 0" not in text             # denominations not counted are left out


def test_z_report_fits_one_a4_page_and_the_roll_is_80mm():
    assert len(pdf_page_sizes(render_shift_report(samples.shift_report(), paper="A4"))) == 1
    (width, _), = pdf_page_sizes(render_shift_report(samples.shift_report(), paper="80mm"))
    assert round(width / mm) == 80


def test_many_payments_flow_over_pages_with_the_signatures_kept_together():
    base = samples.shift_report()
    payments = tuple(base.payments[i % 4] for i in range(120))
    pdf = render_shift_report(samples.shift_report(payments=payments), paper="A4")
    pages = pdf_page_sizes(pdf)
    assert len(pages) >= 3
    text = words(pdf)
    assert "Payments (120)" in text and "Page 3" in text
    final = " ".join(pdf_pages_text(pdf)[-1].split())
    assert "( Budi Santoso )" in final and "Cashier" in final


def test_open_shift_prints_an_x_report():
    data = samples.shift_report(closed_at=None, closed_by="", counted=(), counted_cash=None, variance=None)
    text = words(render_shift_report(data, paper="80mm"))
    assert "X-REPORT" in text and "still open" in text
    assert "Counted cash -" in text


def test_variance_words():
    assert variance_text(Decimal("0.00")) == "Rp 0 (exact)"
    assert variance_text(Decimal("5000.00")) == "+Rp 5.000 (over)"
    assert variance_text(Decimal("-2500.00")) == "-Rp 2.500 (short)"
    assert variance_text(None) == "-"


def test_daily_report_sums_every_shift():
    pdf = render_daily_report(samples.daily_report())
    text = words(pdf)
    for expected in ("DAILY CASH REPORT", "24 Nov 2026", "SHF-20261124-0003", "SHF-20261124-0004", "Siti Aminah",
                     "Cash Rp 1.299.000", "Total Rp 2.465.000", "Salah input nominal",
                     "Expected cash Rp 2.299.000", "Counted cash Rp 2.296.500", "Variance -Rp 2.500 (short)",
                     "Prepared by", "Checked by"):
        assert expected in text, expected
    assert [(round(w / mm), round(h / mm)) for w, h in pdf_page_sizes(pdf)] == [(210, 297)]


def test_shift_report_to_a_path_and_refuses_other_papers(tmp_path):
    path = tmp_path / "z.pdf"
    assert render_shift_report(samples.shift_report(), path) is None
    assert "Z-REPORT" in pdf_text(path)
    with pytest.raises(ValueError, match="A4 or 80mm"):
        render_shift_report(samples.shift_report(), paper="58mm")
