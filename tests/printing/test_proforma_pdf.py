"""The proforma PDF on its own: paid and converted proformas ask for nothing."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ispdesk.domain.documents.invoice import DocumentLine, Party, ProformaDocument, Totals
from ispdesk.printing.proforma import render_proforma
from tests.printing.pdf_reading import decode_barcodes, decode_qr_codes, pdf_text
from tests.printing.test_invoice_pdf import COMPANY


def proforma(**changes) -> ProformaDocument:
    values = dict(
        company=COMPANY, proforma_number="PRF-202611-000007", issue_date=date(2026, 11, 20),
        due_date=date(2026, 11, 30), customer=Party("CUST-000101", "Wayan Sudarma", ("Jl. Bypass Ngurah Rai 8",)),
        lines=(DocumentLine("Biaya pemasangan", Decimal(1), Decimal(500000), Decimal(500000), "installation"),),
        totals=Totals(subtotal=Decimal(500000), discount=Decimal(0), tax_base=Decimal(458333),
                      tax=Decimal(55000), total=Decimal(555000), tax_label="PPN 12% × DPP 11/12"),
        amount_in_words="lima ratus lima puluh lima ribu rupiah", status="issued", invoice_number="",
        qris_payload="", scan_code="PRF-202611-000007")
    values.update(changes)
    return ProformaDocument(**values)


def test_an_open_proforma_shows_how_to_pay_and_its_number_as_a_barcode():
    pdf = render_proforma(proforma())
    text = pdf_text(pdf)
    assert "How to pay" in text and "Rp 555.000" in text and "30 Nov 2026" in text
    assert "PROFORMA INVOICE" in text and "Not a tax invoice." in text
    assert ("Code128", "PRF-202611-000007") in decode_barcodes(pdf)
    assert decode_qr_codes(pdf) == [] and "QRIS" not in text


def test_a_paid_proforma_names_its_invoice_and_asks_for_nothing():
    pdf = render_proforma(proforma(status="paid", invoice_number="INV-202611-000321",
                                   scan_code="INV-202611-000321"))
    text = pdf_text(pdf)
    assert "PAID" in text and "INV-202611-000321" in text and "How to pay" not in text
    assert ("Code128", "INV-202611-000321") in decode_barcodes(pdf)
