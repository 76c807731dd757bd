"""Invoices from the database to PDF: the document's figures, the QRIS for what
is due, a period into one PDF or a folder, progress and cancel; a wrong static
QRIS in the settings is refused with a clear message."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.qris import dynamic_payload
from ispdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from ispdesk.printing.invoice import render_invoices
from ispdesk.services import credit_notes, invoice_documents as docs, office_settings
from tests.domain.qris_sample import STATIC_QRIS, crc_ok, parse_tlv
from tests.printing.pdf_reading import decode_qr_codes, pdf_pages_text, pdf_text
from tests.services.billing_docs_support import add_customer, add_invoice, invoice_row, use_qris
from tests.support.actors import add_user
from tests.support.actors import ADMIN


def document(db, invoice_id, actor=ADMIN):
    return read(db, lambda s: docs.invoice_document(s, actor, invoice_id))


def test_the_document_carries_the_invoice_and_a_qris_for_what_is_due(db):
    use_qris(db)
    invoice = add_invoice(db, add_customer(db), discount=Decimal("25000"), paid=Decimal("38750"),
                          status="partial")
    doc = document(db, invoice)
    assert doc.invoice_number.startswith("INV-202611-") and doc.scan_code == doc.invoice_number
    assert doc.customer.name == "Budi Santoso" and "Kota Bandung, Jawa Barat 40162" in doc.customer.address_lines
    assert (doc.totals.subtotal, doc.totals.discount, doc.totals.tax_base, doc.totals.tax, doc.totals.total) == (
        Decimal("150000.00"), Decimal("25000.00"), Decimal("114583.00"), Decimal("13750.00"), Decimal("138750.00"))
    assert doc.amount_due == Decimal("100000.00") and doc.amount_in_words == "seratus ribu rupiah"
    assert doc.totals.tax_label == "PPN 12% × DPP 11/12"
    fields = parse_tlv(doc.qris_payload)
    assert fields["54"] == "100000" and fields["01"] == "12" and crc_ok(doc.qris_payload)


def test_without_a_static_qris_there_is_no_qris_and_a_paid_invoice_has_none(db):
    customer = add_customer(db)
    assert document(db, add_invoice(db, customer)).qris_payload == ""
    use_qris(db)
    paid = add_invoice(db, customer, period="2026-12", paid=Decimal("166500"), status="paid")
    assert document(db, paid).qris_payload == "" and document(db, paid).amount_due == 0


def test_an_applied_credit_note_shows_on_the_invoice(db):
    use_qris(db)
    invoice = add_invoice(db, add_customer(db))
    kasir = add_user(db, "kasir1", "cashier")
    add_user(db, "spv", "supervisor")
    note = write(db, lambda s: credit_notes.request_credit_note(s, kasir, invoice, "Gangguan", "16500"))
    credit_notes.approve_with_credentials(db, kasir, note.id, "spv", "rahasia123")
    doc = document(db, invoice)
    assert doc.credits == ((note.number, Decimal("16500.00")),)
    assert doc.totals.total == Decimal("166500.00") and doc.amount_due == Decimal("150000.00")
    assert parse_tlv(doc.qris_payload)["54"] == "150000"


def test_a_wrong_static_qris_is_refused_in_the_settings_with_the_reason(db):
    broken = STATIC_QRIS[:-4] + "0000"
    with pytest.raises(ValidationError) as caught:
        write(db, lambda s: office_settings.save_settings(s, ADMIN, {"qris.static_payload": broken}))
    assert list(caught.value.errors) == ["qris.static_payload"]
    with pytest.raises(ValidationError) as caught:
        write(db, lambda s: office_settings.save_settings(
            s, ADMIN, {"qris.static_payload": dynamic_payload(STATIC_QRIS, 5000)}))
    assert list(caught.value.errors) == ["qris.static_payload"]
    write(db, lambda s: office_settings.save_settings(s, ADMIN, {"qris.static_payload": ""}))   # clearing is fine


def test_the_cashier_prints_but_unknown_invoices_are_not_found(db):
    kasir = add_user(db, "kasir1", "cashier")
    invoice = add_invoice(db, add_customer(db))
    assert document(db, invoice, kasir).invoice_number
    with pytest.raises(NotFound) as missing:
        document(db, 9999)
    assert missing.value.code == "invoices.no_invoice"
    technician = add_user(db, "tek1", "technician")
    with pytest.raises(PermissionDenied) as refused:
        document(db, invoice, technician)
    assert refused.value.code == "permission.denied"


def _period(db):
    customers = [add_customer(db, f"Pelanggan {n}") for n in range(3)]
    ids = [add_invoice(db, c) for c in customers]
    add_invoice(db, customers[0], period="2026-10", issue=date(2026, 10, 1))
    add_invoice(db, customers[1], period="2026-12", status="cancelled")
    return ids


def test_a_filter_selects_a_period_or_a_customer(db):
    ids = _period(db)
    find = lambda f: read(db, lambda s: docs.find_invoice_ids(s, ADMIN, f))  # noqa: E731
    assert find(docs.InvoiceFilter(period="2026-11")) == ids
    assert len(find(docs.InvoiceFilter())) == 4                               # cancelled left out
    assert find(docs.InvoiceFilter(period="2026-12", statuses=("cancelled",)))
    first = invoice_row(db, ids[0]).customer_id
    assert len(find(docs.InvoiceFilter(customer_id=first))) == 2
    assert find(docs.InvoiceFilter(issued_from=date(2026, 11, 1), issued_to=date(2026, 11, 30))) == ids
    with pytest.raises(ValidationError) as caught:
        find(docs.InvoiceFilter(period="11/2026"))
    assert caught.value.codes == {"period": "invoices.bad_period"}


def test_a_period_into_one_pdf_with_progress(db, tmp_path):
    use_qris(db)
    ids = _period(db)
    seen = []
    result = docs.export_invoices(db, ADMIN, ids, tmp_path / "nov.pdf", render_invoices, one_file=True,
                                  progress=lambda done, total: seen.append((done, total)), batch=2)
    assert result.count == 3 and seen == [(1, 3), (2, 3), (3, 3)]
    pages = pdf_pages_text(result.paths[0])
    assert len(pages) == 3 and all(f"Pelanggan {n}" in pages[n] for n in range(3))
    amounts = [parse_tlv(code)["54"] for code in decode_qr_codes(result.paths[0], dpi=150)]
    assert amounts == ["166500"] * 3


def test_a_period_into_a_folder_of_pdfs(db, tmp_path):
    ids = _period(db)
    result = docs.export_invoices(db, ADMIN, ids, tmp_path / "out", render_invoices, one_file=False)
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert result.count == 3 and names == sorted(p.name for p in result.paths)
    assert all(name.startswith("INV-202611-") and name.endswith(".pdf") for name in names)
    assert "Pelanggan 2" in pdf_text(tmp_path / "out" / names[2])


def test_a_cancelled_export_leaves_no_half_file(db, tmp_path):
    ids = _period(db)
    laid_out = []
    with pytest.raises(docs.ExportCancelled):          # cancelled once the first page is laid out
        docs.export_invoices(db, ADMIN, ids, tmp_path / "one" / "nov.pdf", render_invoices, one_file=True,
                             progress=lambda done, total: laid_out.append(done),
                             cancelled=lambda: bool(laid_out), batch=1)
    assert laid_out == [1]
    assert list((tmp_path / "one").iterdir()) == []
    with pytest.raises(docs.ExportCancelled):
        docs.export_invoices(db, ADMIN, ids, tmp_path / "out", render_invoices, one_file=False,
                             cancelled=lambda: len(list((tmp_path / "out").glob("*.pdf"))) >= 1)
    assert len(list((tmp_path / "out").iterdir())) == 1


def test_an_empty_selection_is_refused(db, tmp_path):
    with pytest.raises(ValidationError) as caught:
        docs.export_invoices(db, ADMIN, [], tmp_path / "x.pdf", render_invoices, one_file=True)
    assert caught.value.codes == {"invoices": "invoices.nothing_to_print"}


def test_the_command_line_prints_a_period_into_a_folder(db, db_url, tmp_path, capsys):
    from ispdesk.cli import main
    _period(db)
    assert main(["--database", db_url, "invoices", "print", "--period", "2026-11", "--out",
                 str(tmp_path / "out"), "--quiet"]) == 0
    assert str(tmp_path / "out") in capsys.readouterr().out       # says where it wrote them
    assert len(list((tmp_path / "out").glob("INV-202611-*.pdf"))) == 3
    assert main(["--database", db_url, "invoices", "print", "--period", "2026-11", "--one-file", "--out",
                 str(tmp_path / "all"), "--quiet"]) == 0
    assert len(pdf_pages_text(tmp_path / "all" / "invoices-2026-11.pdf")) == 3
    assert main(["--database", db_url, "invoices", "print", "--period", "2030-01", "--out", str(tmp_path)]) == 2
    assert "2030-01" in capsys.readouterr().err                  # the period with nothing to print is named


def test_a_broken_static_qris_already_stored_stops_printing_with_the_reason(db):
    from ispdesk.db.models import Setting

    def store_broken(s):         # e.g. typed into the database by hand, past the settings check
        row = s.get(Setting, "qris.static_payload") or Setting(key="qris.static_payload")
        row.value = STATIC_QRIS[:-4] + "0000"
        s.add(row)
    write(db, store_broken)
    invoice = add_invoice(db, add_customer(db))
    with pytest.raises(ValidationError) as caught:
        document(db, invoice)
    assert caught.value.codes == {"qris.static_payload": "invoices.qris_unusable"}
    assert caught.value.errors["qris.static_payload"].params["reason"].code == "qris.crc_mismatch"
