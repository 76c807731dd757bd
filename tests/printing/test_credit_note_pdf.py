"""The credit note PDF: amount split into DPP and PPN that add up, where it went, who approved."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ispdesk.domain.documents.invoice import CreditNoteDocument, Party
from ispdesk.printing.credit_note import render_credit_note
from tests.printing.pdf_reading import decode_barcodes, pdf_text
from tests.printing.test_invoice_pdf import COMPANY


def note(**changes) -> CreditNoteDocument:
    values = dict(
        company=COMPANY, credit_note_number="CN-202611-000004", issue_date=date(2026, 11, 24),
        invoice_number="INV-202611-000042", invoice_date=date(2026, 11, 1),
        customer=Party("CUST-000017", "Siti Aminah", ("Jl. Cempaka No. 12",)),
        reason="Gangguan layanan 5 hari (tiket #4411)", amount=Decimal(60000), net=Decimal(54054),
        tax_base=Decimal(49550), tax=Decimal(5946), tax_label="PPN 12% × DPP 11/12",
        amount_in_words="enam puluh ribu rupiah", status="applied", applied_to_invoice=Decimal(46500),
        applied_to_credit=Decimal(13500), requested_by="Kasir Satu", approved_by="Supervisor Dua",
        scan_code="CN-202611-000004")
    values.update(changes)
    return CreditNoteDocument(**values)


def test_an_applied_credit_note_shows_the_split_and_the_approval():
    pdf = render_credit_note(note())
    text = " ".join(pdf_text(pdf).split())
    for expected in ("CREDIT NOTE", "CN-202611-000004", "INV-202611-000042", "Gangguan layanan 5 hari",
                     "Amount before PPN Rp 54.054", "DPP Rp 49.550", "PPN 12% × DPP 11/12 Rp 5.946",
                     "Amount credited Rp 60.000", "Enam puluh ribu rupiah",
                     "Taken off invoice INV-202611-000042 Rp 46.500",
                     "Added to the customer's credit Rp 13.500", "Kasir Satu", "Supervisor Dua"):
        assert expected in text, expected
    assert ("Code128", "CN-202611-000004") in decode_barcodes(pdf)


def test_a_draft_says_it_is_not_approved_yet():
    text = pdf_text(render_credit_note(note(status="draft", applied_to_invoice=Decimal(0),
                                            applied_to_credit=Decimal(0), approved_by="")))
    assert "DRAFT - NOT APPROVED YET" in text and "Applied" not in text
