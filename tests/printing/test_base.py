"""The printing base: papers, formatting, blocks, codes, stamps and targets."""
from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import pytest
from reportlab.lib.units import mm

from ispdesk.domain.documents import Company
from ispdesk.printing import base
from tests.printing.pdf_reading import decode_barcodes, decode_qr_codes, pdf_page_sizes, pdf_text

COMPANY = Company("PT Fiber Nusantara", "Jl. Merdeka No. 10\nBandung 40111", "022-1234567",
                  "01.234.567.8-901.000", ("BCA 123-456-7890 a.n. PT Fiber Nusantara",))


def _document(paper_name: str, stamp: str = "") -> list:
    p = base.paper(paper_name)
    size = p.font_size
    return [*base.letterhead(COMPANY, size, with_banks=True), base.rule(),
            base.kv_table([("Total", base.money(Decimal("1500000"))),
                           ("Change", base.money(Decimal("2500.50")))], p.content_width, size, big_rows=[0]),
            base.para(base.amount_in_words(Decimal("1001000")), base.styles(size)["normal"]),
            base.qr_code("RCP-202611-000001|check", 28 * mm),
            base.barcode128("INV-202611-000123", p.content_width),
            base.signature_block(["Cashier", "Supervisor"], p.content_width, size, names=["Budi"])]


@pytest.mark.parametrize("paper_name", ["80mm", "58mm", "A5", "A4"])
def test_every_paper_prints_letterhead_amounts_and_readable_codes(paper_name):
    pdf = base.build_pdf(None, _document(paper_name), paper_name=paper_name, title="t")
    text = pdf_text(pdf)
    for expected in ("PT Fiber Nusantara", "Bandung 40111", "NPWP 01.234.567.8-901.000", "Phone 022-1234567",
                     "BCA 123-456-7890", "Rp 1.500.000", "Rp 2.500,50", "Satu juta seribu rupiah",
                     "Cashier", "( Budi )"):
        assert expected in text
    found = decode_barcodes(pdf)
    assert ("QRCode", "RCP-202611-000001|check") in found
    assert ("Code128", "INV-202611-000123") in found


def test_roll_page_is_as_long_as_its_content_and_fixed_papers_keep_their_size():
    short = base.build_pdf(None, [base.para("one line", base.styles(8)["normal"])], paper_name="80mm")
    long = base.build_pdf(None, _document("80mm"), paper_name="80mm")
    (w1, h1), = pdf_page_sizes(short)
    (w2, h2), = pdf_page_sizes(long)
    assert round(w1 / mm) == round(w2 / mm) == 80
    assert h1 < 40 * mm < h2
    assert [(round(w / mm), round(h / mm)) for w, h in pdf_page_sizes(base.build_pdf(
        None, _document("A5"), paper_name="A5"))] == [(148, 210)]


def test_a_very_long_roll_continues_on_pages_viewers_accept():
    st = base.styles(8)
    flow = [base.para(f"line {i}", st["normal"]) for i in range(1800)]
    sizes = pdf_page_sizes(base.build_pdf(None, flow, paper_name="80mm"))
    assert len(sizes) == 2
    assert all(h <= base.ROLL_MAX_HEIGHT for _, h in sizes)


def test_a_stamp_over_the_page_leaves_the_qr_code_readable():
    flow = [base.stamp_box("VOID", 8), *_document("58mm")]
    pdf = base.build_pdf(None, flow, paper_name="58mm", stamp="VOID")
    assert pdf_text(pdf).count("VOID") >= 1
    assert decode_qr_codes(pdf) == ["RCP-202611-000001|check"]


def test_status_stamp_names():
    assert base.status_stamp("confirmed", 0) == ""
    assert base.status_stamp("confirmed", 2) == "COPY 2"
    assert base.status_stamp("failed", 3) == "VOID"
    assert base.status_stamp("refunded", 0) == "REFUNDED"


def test_formatting():
    assert base.format_date(date(2026, 11, 24)) == "24 Nov 2026"
    assert base.format_datetime(datetime(2026, 11, 24, 9, 5)) == "24 Nov 2026 09:05"
    assert base.format_date(None) == ""
    assert base.money(Decimal("1500000.00")) == "Rp 1.500.000"
    assert base.amount_in_words(Decimal("1500000")) == "Satu juta lima ratus ribu rupiah"


def test_text_outside_the_builtin_fonts_prints_as_plain_letters():
    assert base.pdf_safe("Ş\u0130ti – “ok”") == "SIti – “ok”"
    assert base.pdf_safe("名") == "?"
    pdf = base.build_pdf(None, [base.para("Şiti <b> & co", base.styles(9)["normal"])], paper_name="A4")
    assert "Siti <b> & co" in pdf_text(pdf)


def test_targets_bytes_path_and_stream(tmp_path):
    flow = lambda: [base.para("hello", base.styles(9)["normal"])]  # noqa: E731 - flowables are single-use
    data = base.build_pdf(None, flow(), paper_name="A4")
    assert data.startswith(b"%PDF")
    path = tmp_path / "out.pdf"
    assert base.build_pdf(path, flow(), paper_name="A4") is None
    assert path.read_bytes() == data
    assert not (tmp_path / "out.pdf.part").exists()
    stream = io.BytesIO()
    assert base.build_pdf(stream, flow(), paper_name="A4") is None
    assert stream.getvalue() == data


def test_unknown_paper_is_refused_clearly():
    with pytest.raises(ValueError, match="unknown paper 'A3'"):
        base.paper("A3")
