"""Proforma invoices: numbers of their own, PPN on the installation fee and the
prepaid months but not the deposit, one real invoice when it is converted,
``paid`` once that invoice is paid."""
from __future__ import annotations

from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.models import Invoice, ProformaInvoice
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import PermissionDenied, ValidationError
from ispdesk.printing.proforma import render_proforma
from ispdesk.services import proforma
from tests.domain.qris_sample import crc_ok, parse_tlv
from tests.printing.pdf_reading import decode_qr_codes, pdf_text
from tests.services.billing_docs_support import add_customer, invoice_row, set_settings, use_qris
from tests.support.actors import add_user
from tests.support.actors import ADMIN


def create(db, actor=ADMIN, **fields):
    return write(db, lambda s: proforma.create_proforma(s, actor, proforma.ProformaRequest(**fields)))


def row(db, proforma_id):
    return read(db, lambda s: s.get(ProformaInvoice, proforma_id))


def test_a_proforma_charges_ppn_on_installation_and_prepaid_months_not_the_deposit(db):
    customer = add_customer(db)
    made = create(db, customer_id=customer, installation_fee="500000", deposit="300000", prepaid_months=3,
                  monthly_price="150000")
    assert made.number.startswith("PRF-") and made.number.endswith("000001")
    saved = row(db, made.id)
    # taxable 950.000 -> DPP 870.833 -> PPN 104.500; plus the deposit
    assert (saved.prepaid_amount, saved.tax_base, saved.tax_amount) == (Decimal("450000.00"),
                                                                        Decimal("870833.00"), Decimal("104500.00"))
    assert saved.subtotal == Decimal("1250000.00") and saved.total == Decimal("1354500.00")
    assert saved.status == "issued" and saved.invoice_id is None


def test_without_pkp_there_is_no_ppn(db):
    set_settings(db, tax__pkp="false")
    saved = row(db, create(db, customer_id=add_customer(db), installation_fee="500000").id)
    assert (saved.tax_amount, saved.total) == (Decimal("0.00"), Decimal("500000.00"))


@pytest.mark.parametrize("fields, codes", [
    ({"installation_fee": "-1"}, {"installation_fee": "proforma.negative"}),
    ({"deposit": "abc"}, {"deposit": "money.not_an_amount"}),
    ({"prepaid_months": 2}, {"monthly_price": "proforma.no_monthly_price"}),
    ({"prepaid_months": 40, "monthly_price": "1000"}, {"prepaid_months": "proforma.bad_months"}),
    ({}, {"installation_fee": "proforma.nothing_asked"}),
    ({"customer_id": None, "installation_fee": "1"}, {"customer_id": "proforma.choose_customer"}),
    ({"contract_id": 999, "installation_fee": "1"}, {"contract_id": "proforma.no_contract"}),
])
def test_bad_input_is_refused_next_to_the_field(db, fields, codes):
    customer = add_customer(db)
    with pytest.raises(ValidationError) as caught:
        create(db, **{"customer_id": customer, **fields})
    assert caught.value.codes == codes
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(ProformaInvoice))) == 0


def test_converting_makes_one_invoice_the_cashier_can_take_payment_on(db):
    customer = add_customer(db)
    made = create(db, customer_id=customer, installation_fee="500000", deposit="300000", prepaid_months=1,
                  monthly_price="150000")
    kasir = add_user(db, "kasir1", "cashier")      # converts while taking payment
    with pytest.raises(PermissionDenied):           # not from the proforma tab
        write(db, lambda s: proforma.convert_to_invoice(s, kasir, made.id))
    first = write(db, lambda s: proforma.convert_for_payment(s, kasir, made.id))
    again = write(db, lambda s: proforma.convert_to_invoice(s, ADMIN, made.id))
    assert first.created and not again.created and again.invoice_id == first.invoice_id
    invoice = invoice_row(db, first.invoice_id)
    assert invoice.invoice_number.startswith("INV-") and invoice.status == "unpaid" and invoice.period is None
    assert invoice.total == row(db, made.id).total
    items = read(db, lambda s: [(i.kind, i.amount, i.description) for i in s.get(Invoice, first.invoice_id).items])
    assert items == [("installation", Decimal("500000.00"), "Installation fee"),
                     ("deposit", Decimal("300000.00"), "Deposit (a refundable security, no PPN)"),
                     ("package", Decimal("150000.00"), "Subscription paid in advance, 1 month(s)")]
    assert invoice.notes == f"From proforma {made.number}"
    assert row(db, made.id).invoice_id == first.invoice_id


def test_the_proforma_is_paid_once_its_invoice_is(db):
    made = create(db, customer_id=add_customer(db), installation_fee="500000")
    converted = write(db, lambda s: proforma.convert_to_invoice(s, ADMIN, made.id))
    assert write(db, lambda s: proforma.settle_paid_proformas(s, [converted.invoice_id])) == []

    def pay(s):
        invoice = s.get(Invoice, converted.invoice_id)
        invoice.amount_paid, invoice.status = invoice.total, "paid"
        return proforma.settle_paid_proformas(s, [invoice.id])
    assert write(db, pay) == [made.number]
    assert row(db, made.id).status == "paid"


def test_sales_creates_but_a_technician_does_not(db):
    technician = add_user(db, "tek1", "technician")
    with pytest.raises(PermissionDenied) as refused:
        create(db, technician, customer_id=add_customer(db), installation_fee="500000")
    assert refused.value.code == "permission.denied"
    sales = add_user(db, "sales1", "sales")
    assert create(db, sales, customer_id=add_customer(db, "Siti"), installation_fee="1").total > 0


def test_the_proforma_pdf_asks_for_its_total_by_qris(db):
    use_qris(db)
    made = create(db, customer_id=add_customer(db), installation_fee="500000", deposit="300000",
                  prepaid_months=3, monthly_price="150000", notes="ONT dipinjamkan")
    pdf = render_proforma(read(db, lambda s: proforma.proforma_document(s, ADMIN, made.id)))
    text = " ".join(pdf_text(pdf).split())
    for expected in ("PROFORMA INVOICE", made.number, "Installation fee", "Rp 500.000", "Deposit",
                     "Subscription paid in advance, 3 month(s)", "DPP Rp 870.833", "Rp 104.500",
                     "Amount to pay Rp 1.354.500", "Satu juta tiga ratus lima puluh empat ribu lima ratus rupiah",
                     "ONT dipinjamkan", "Not a tax invoice"):
        assert expected in text, expected
    [code] = decode_qr_codes(pdf)
    assert parse_tlv(code)["54"] == "1354500" and crc_ok(code)


def _convert_in_process(url: str, proforma_id: int, queue) -> None:
    from ispdesk.db.engine import Database
    db = Database.open(url)
    try:
        result = write(db, lambda s: proforma.convert_to_invoice(s, ADMIN, proforma_id))
        queue.put((result.invoice_id, result.created))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        queue.put(repr(exc))
    finally:
        db.dispose()


@pytest.mark.mariadb
@pytest.mark.slow
def test_converting_from_several_counters_at_once_makes_one_invoice(scratch_mariadb):
    import multiprocessing

    from ispdesk.db.engine import Database
    from ispdesk.services.database import prepare
    url = scratch_mariadb.create()
    db = Database.open(url)
    prepare(db)
    made = create(db, customer_id=add_customer(db), installation_fee="500000")
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_convert_in_process, args=(url, made.id, queue)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    outcomes = [queue.get(timeout=5) for _ in workers]
    assert len({invoice_id for invoice_id, _ in outcomes}) == 1, outcomes
    assert sorted(created for _, created in outcomes) == [False, False, False, True]
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Invoice))) == 1
    db.dispose()
    scratch_mariadb.drop(url)
