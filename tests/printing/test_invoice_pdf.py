"""The A4 invoice read back: its text, the dynamic QRIS decoded from the rendered
page (amount, merchant fields, CRC) and the invoice number's barcode."""
from __future__ import annotations

import time
from dataclasses import replace
from datetime import date
from decimal import Decimal

from ispdesk.domain.documents import Company
from ispdesk.domain.documents.invoice import DocumentLine, InvoiceDocument, Party, Totals
from ispdesk.domain.qris import dynamic_payload
from ispdesk.printing.invoice import render_invoice, render_invoices
from tests.domain.qris_sample import KEPT_TAGS, STATIC_QRIS, crc_ok, parse_tlv
from tests.printing.pdf_reading import decode_barcodes, decode_qr_codes, pdf_pages_text, pdf_text

COMPANY = Company(name="PT Jaringan Serat Nusantara", address="Jl. Merdeka No. 17, Bandung",
                  phone="+62 22 1234567", tax_number="01.234.567.8-901.000",
                  bank_accounts=("BCA 123-456-7890 a.n. PT Jaringan Serat Nusantara",
                                 "Mandiri 130-00-1234567-8 a.n. PT Jaringan Serat Nusantara"))


def invoice(number: str = "INV-202611-000042", due: Decimal = Decimal("277500"), **changes) -> InvoiceDocument:
    doc = InvoiceDocument(
        company=COMPANY, invoice_number=number, issue_date=date(2026, 11, 1), due_date=date(2026, 11, 11),
        period="2026-11", period_start=date(2026, 11, 1), period_end=date(2026, 11, 30),
        customer=Party(number="CUST-000017", name="Siti Aminah", address_lines=("Jl. Cempaka No. 12",
                                                                                "Kota Bandung 40162")),
        lines=(DocumentLine("Internet Home 50 Mbps periode November 2026", Decimal(1), Decimal(275000),
                            Decimal(275000), "package"),
               DocumentLine("Diskon promo", Decimal(1), Decimal(-25000), Decimal(-25000), "discount")),
        totals=Totals(subtotal=Decimal(275000), discount=Decimal(25000), tax_base=Decimal(229167),
                      tax=Decimal(27500), total=Decimal(277500), tax_label="PPN 12% × DPP 11/12"),
        credits=(), amount_paid=Decimal(0), amount_due=due,
        amount_in_words="dua ratus tujuh puluh tujuh ribu lima ratus rupiah", status="unpaid",
        qris_payload=dynamic_payload(STATIC_QRIS, due), scan_code=number)
    return replace(doc, **changes)


def test_the_invoice_shows_what_the_customer_must_know():
    text = pdf_text(render_invoice(invoice()))
    for expected in ("PT Jaringan Serat Nusantara", "NPWP 01.234.567.8-901.000", "INV-202611-000042",
                     "November 2026", "Siti Aminah", "CUST-000017", "Jl. Cempaka No. 12",
                     "Internet Home 50 Mbps periode November 2026", "Rp 275.000", "-Rp 25.000",
                     "DPP", "Rp 229.167", "PPN 12% × DPP 11/12", "Rp 27.500", "Rp 277.500",
                     "Dua ratus tujuh puluh tujuh ribu lima ratus rupiah", "11 Nov 2026",
                     "BCA 123-456-7890", "Mandiri 130-00-1234567-8", "Pay with QRIS", "INVOICE", "Bill to",
                     "Due date", "Please pay by 11 Nov 2026."):
        assert expected in text, expected


def test_the_qris_on_the_page_asks_for_exactly_the_amount_due():
    codes = decode_qr_codes(render_invoice(invoice()))
    assert len(codes) == 1        # the only QR code is the one to pay with
    fields, static = parse_tlv(codes[0]), parse_tlv(STATIC_QRIS)
    assert fields["01"] == "12" and fields["54"] == "277500"
    assert {t: fields[t] for t in KEPT_TAGS} == {t: static[t] for t in KEPT_TAGS}
    assert fields["59"] == "JARINGAN SERAT NUSANTARA"
    assert crc_ok(codes[0])


def test_the_invoice_number_is_a_barcode_the_counter_scanner_reads():
    found = decode_barcodes(render_invoice(invoice()))
    assert ("Code128", "INV-202611-000042") in found


def test_without_qris_the_page_says_nothing_about_it():
    pdf = render_invoice(invoice(qris_payload=""))
    text = pdf_text(pdf)
    assert "QRIS" not in text and "BCA 123-456-7890" in text
    assert decode_qr_codes(pdf) == []


def test_a_paid_invoice_is_stamped_and_asks_for_nothing():
    pdf = render_invoice(invoice(status="paid", amount_paid=Decimal(277500), amount_due=Decimal(0),
                                 amount_in_words="nol rupiah", qris_payload=""))
    text = pdf_text(pdf)
    assert "PAID" in text and "Paid already" in text and "How to pay" not in text
    assert "In words" not in text


def test_credits_and_part_payments_are_listed_before_what_is_due():
    text = " ".join(pdf_text(render_invoice(invoice(credits=(("CN-202611-000003", Decimal(50000)),),
                                                    amount_paid=Decimal(100000),
                                                    amount_due=Decimal(127500)))).split())
    assert "Credit note CN-202611-000003" in text and "-Rp 50.000" in text
    assert "Paid already -Rp 100.000 Amount due Rp 127.500" in text


def test_many_invoices_in_one_pdf_each_start_a_page_and_report_progress():
    seen = []
    pdf = render_invoices([invoice(f"INV-202611-{n:06d}") for n in range(1, 4)], None, each=seen.append)
    pages = pdf_pages_text(pdf)
    assert len(pages) == 3 and [d.invoice_number for d in seen] == [f"INV-202611-{n:06d}" for n in (1, 2, 3)]
    assert all(f"INV-202611-{n:06d}" in pages[n - 1] for n in (1, 2, 3))


def test_a_long_invoice_flows_onto_a_second_page():
    lines = tuple(DocumentLine(f"Layanan tambahan {n}", Decimal(1), Decimal(1000), Decimal(1000))
                  for n in range(70))
    pages = pdf_pages_text(render_invoice(invoice(lines=lines)))
    assert len(pages) >= 2 and "Layanan tambahan 69" in pages[1]
    assert "No Description" in " ".join(pages[1].split())      # the header row repeats
    assert "Amount due" in "".join(pages[1:])


def test_one_invoice_renders_in_under_100_ms():
    doc = invoice()
    render_invoice(doc)                 # warm the fonts and imports
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        render_invoice(doc)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.1, timings
