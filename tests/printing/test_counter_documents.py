"""From the database to paper: a payment posted at the counter prints a receipt
(and its reprint says COPY 1); the closed shift prints its Z-report; the day
prints its daily report. SQLite and MariaDB. (English: no translator installed.)"""
from __future__ import annotations

from decimal import Decimal

from ispdesk.db.engine import Database
from ispdesk.db.unit_of_work import read, write
from ispdesk.printing import escpos
from ispdesk.printing.receipt import render_receipt
from ispdesk.printing.shift_report import render_daily_report, render_shift_report
from ispdesk.services import audit
from ispdesk.services.cash_shifts import close_shift, daily_report
from ispdesk.services.receipts import record_print
from tests.printing.pdf_reading import decode_qr_codes, pdf_text
from tests.reliability.cashier_data import NOW, TODAY, add_actor, add_customer, add_invoices, pay, request, start_shift


def words(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def test_counter_payment_receipt_reprint_z_report_and_daily_report(db: Database) -> None:
    cashier = add_actor(db, "kasir1", "cashier")
    supervisor = add_actor(db, "spv1", "supervisor")
    shift = start_shift(db, cashier, "300000")
    customer = add_customer(db, name="Ni Luh Putu Ayu Sekarini Widyastuti", address="Jl. Melati 5, Denpasar")
    add_invoices(db, customer, ["250000", "300000"])
    posted = pay(db, cashier, request(customer, "600000"))

    def print_once(session):
        return record_print(session, cashier, posted.receipt_id)

    original = write(db, print_once, info=audit.actor_info(cashier, "payments"))
    pdf = render_receipt(original, paper="58mm")
    text = words(pdf)
    for expected in (posted.receipt_number, *posted.payment_numbers, "Ni Luh Putu Ayu Sekarini Widyastuti",
                     "Jl. Melati 5, Denpasar", "Rp 600.000", "Change Rp 50.000", "Total paid Rp 550.000",
                     "Lima ratus lima puluh ribu rupiah", "Kasir1", "24 Nov 2026 10:30"):
        assert expected in text, expected
    assert "COPY" not in text
    assert decode_qr_codes(pdf) == [original.verification]
    assert escpos.DRAWER_KICK in escpos.receipt_bytes(original, columns=32)

    reprint = write(db, print_once, info=audit.actor_info(cashier, "payments"))
    assert "COPY 1" in words(render_receipt(reprint, paper="80mm"))

    counted = {100_000: 8, 50_000: 1}                      # Rp 850.000 of Rp 850.000 expected
    z = write(db, lambda s: close_shift(s, cashier, shift.shift_id, counted, now=NOW),
              info=audit.actor_info(cashier, "cash_shifts"))
    z_text = words(render_shift_report(z))
    for expected in (z.shift_number, "Z-REPORT", "Opening float Rp 300.000", "Cash Rp 550.000",
                     posted.receipt_number, "Expected cash Rp 850.000", "Counted cash Rp 850.000",
                     "Variance Rp 0 (exact)", "( Kasir1 )"):
        assert expected in z_text, expected

    day = read(db, lambda s: daily_report(s, supervisor, TODAY))
    day_text = words(render_daily_report(day))
    assert z.shift_number in day_text and "Counted cash Rp 850.000" in day_text
    assert Decimal("850000") == day.counted_cash
