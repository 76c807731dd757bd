"""Receipt PDFs on the 80 mm and 58 mm rolls and A5: text read back, QR decoded.

Without a translator the words print in English (the source texts); the
Indonesian receipt is read back in ``test_indonesian_documents``."""
from __future__ import annotations

from decimal import Decimal

import pytest
from reportlab.lib.units import mm

from ispdesk.printing.receipt import render_receipt
from tests.printing import samples
from tests.printing.pdf_reading import decode_qr_codes, pdf_images, pdf_page_sizes, pdf_text

PAPERS = ("80mm", "58mm", "A5")


def words(pdf: bytes) -> str:
    """The PDF's text with every run of whitespace made one space (wrapped
    lines read as one)."""
    return " ".join(pdf_text(pdf).split())


def edges_are_blank(pdf: bytes, margin_mm: float = 3.0) -> bool:
    """Nothing is printed in the outer ``margin_mm`` of the page's sides (no
    text runs off the paper)."""
    image = pdf_images(pdf, dpi=150)[0].convert("L")
    strip = round(margin_mm / 25.4 * 150)
    left = image.crop((0, 0, strip, image.height))
    right = image.crop((image.width - strip, 0, image.width, image.height))
    return left.getextrema()[0] > 245 and right.getextrema()[0] > 245


@pytest.mark.parametrize("paper", PAPERS)
def test_receipt_shows_everything_the_counter_promises(paper):
    data = samples.receipt()
    pdf = render_receipt(data, paper=paper)
    text = words(pdf)
    for expected in ("PT Jaringan Serat Nusantara", "Jl. Jenderal Sudirman No. 45", "Jakarta Pusat 10220",
                     "NPWP 01.234.567.8-901.000", "RCP-202611-000042", "PAY-202611-000101",
                     "PAY-202611-000102", "24 Nov 2026 14:05", "Budi Santoso", "CUST-000123",
                     "Dewi Lestari", "Jl. Melati No. 7, Bandung", "INV-202610-000311", "Oct 2026",
                     "INV-202611-000512", "Rp 183.000", "Cash", "Rp 500.000", "Change", "Rp 17.000",
                     "Rp 483.000", "Credit balance", "Empat ratus delapan puluh tiga ribu rupiah",
                     "SHF-20261124-0003", "PAYMENT RECEIPT", "Cashier", "In words:"):
        assert expected in text, expected
    assert "COPY" not in text and "VOID" not in text
    assert decode_qr_codes(pdf) == ["ISPDESK-RCP:RCP-202611-000042"]


def test_transfer_receipt_shows_reference_and_credit_without_change():
    pdf = render_receipt(samples.transfer_receipt(), paper="80mm")
    text = words(pdf)
    for expected in ("Bank transfer", "BCA-TRX-88812345", "From credit balance Rp 33.000",
                     "Added to credit balance Rp 100.000", "Credit balance Rp 100.000", "Total paid Rp 333.000",
                     "Empat ratus ribu rupiah"):
        assert expected in text, expected
    assert "Change" not in text


@pytest.mark.parametrize("paper", ["58mm", "80mm"])
def test_long_name_and_address_wrap_on_the_roll_and_nothing_is_cut_off(paper):
    data = samples.receipt(customer_name=samples.LONG_NAME, customer_address=samples.LONG_ADDRESS,
                           cashier_name="Bambang Sutrisno Wicaksono Adiningrat Putra")
    pdf = render_receipt(data, paper=paper)
    text = words(pdf)
    assert samples.LONG_NAME in text
    assert samples.LONG_ADDRESS in text
    assert edges_are_blank(pdf)
    assert decode_qr_codes(pdf) == [data.verification]


def test_a_long_unbroken_reference_is_split_not_cut_off_on_58mm():
    reference = "TRX" + "9" * 60
    pdf = render_receipt(samples.transfer_receipt(reference=reference), paper="58mm")
    assert reference in pdf_text(pdf).replace("\n", "").replace(" ", "")
    assert edges_are_blank(pdf)


def test_roll_widths_and_a5_page():
    sizes = {paper: pdf_page_sizes(render_receipt(samples.receipt(), paper=paper)) for paper in PAPERS}
    assert round(sizes["80mm"][0][0] / mm) == 80
    assert round(sizes["58mm"][0][0] / mm) == 58
    longer = pdf_page_sizes(render_receipt(samples.receipt(customer_address=samples.LONG_ADDRESS), paper="58mm"))
    assert longer[0][1] > sizes["58mm"][0][1]  # the roll grows with the content
    assert [(round(w / mm), round(h / mm)) for w, h in sizes["A5"]] == [(148, 210)]
    assert all(len(pages) == 1 for pages in sizes.values())


@pytest.mark.parametrize("paper", PAPERS)
def test_reprint_says_copy_n(paper):
    pdf = render_receipt(samples.receipt(copy_number=2), paper=paper)
    assert "COPY 2" in words(pdf)
    assert decode_qr_codes(pdf) == ["ISPDESK-RCP:RCP-202611-000042"]


@pytest.mark.parametrize("paper", PAPERS)
def test_voided_receipt_is_stamped_void_and_its_qr_still_reads(paper):
    pdf = render_receipt(samples.receipt(status="failed", copy_number=1), paper=paper)
    text = words(pdf)
    assert "VOID" in text and "COPY 1" in text
    assert "This payment has been voided." in text
    assert decode_qr_codes(pdf) == ["ISPDESK-RCP:RCP-202611-000042"]


def test_refunded_receipt_says_refunded():
    text = words(render_receipt(samples.transfer_receipt(status="refunded"), paper="58mm"))
    assert "REFUNDED" in text and "VOID" not in text
    assert "This payment has been refunded." in text


def test_credit_only_receipt_writes_the_credit_amount_in_words():
    data = samples.receipt(amount_received=Decimal("0.00"), amount_applied=Decimal("0.00"),
                           credit_used=Decimal("150000.00"), change_given=Decimal("0.00"), method="other")
    text = words(render_receipt(data, paper="80mm"))
    assert "Seratus lima puluh ribu rupiah" in text
    assert "Other" in text


def test_receipt_goes_to_a_file(tmp_path):
    path = tmp_path / "receipt.pdf"
    assert render_receipt(samples.receipt(), path, paper="58mm") is None
    assert "RCP-202611-000042" in pdf_text(path)


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="80mm, 58mm or A5"):
        render_receipt(samples.receipt(), paper="A4")
