"""Customers, invoices and settings for the invoice / proforma / credit-note tests,
written straight through the ORM (the billing run is another helper's work)."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from ispdesk.db.models import Customer, Invoice, InvoiceItem
from ispdesk.db.sequences import next_number
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.enums import InvoiceLineKind, InvoiceStatus
from ispdesk.services import office_settings
from tests.domain.qris_sample import STATIC_QRIS
from tests.support.actors import ADMIN

ISSUE = date(2026, 11, 1)


def add_customer(db: Any, name: str = "Budi Santoso", **extra: Any) -> int:
    def work(s):
        number = next_number(s, "customer", ISSUE)
        customer = Customer(customer_number=number, name=name, phone=extra.pop("phone", "081211110001"),
                            address=extra.pop("address", "Jl. Cempaka No. 12"), rt_rw="003/007",
                            kelurahan="Sukajadi", kecamatan="Sukasari", kabupaten="Kota Bandung",
                            provinsi="Jawa Barat", kode_pos="40162", **extra)
        s.add(customer)
        s.flush()
        return customer.id
    return write(db, work)


def add_invoice(db: Any, customer_id: int, *, price: Decimal = Decimal("150000"),
                discount: Decimal = Decimal("0"), period: str | None = "2026-11",
                paid: Decimal = Decimal("0"), status: str = InvoiceStatus.UNPAID,
                issue: date = ISSUE) -> int:
    """A monthly invoice as the billing run makes them: PPN 12% on DPP 11/12 of the net."""
    net = price - discount
    base = (net * 11 / 12).quantize(Decimal("1"))
    tax = (base * Decimal("0.12")).quantize(Decimal("1"))

    def work(s):
        invoice = Invoice(invoice_number=next_number(s, "invoice", issue), customer_id=customer_id,
                          period=period, period_start=issue, period_end=issue + timedelta(days=29),
                          issue_date=issue, due_date=issue + timedelta(days=10), subtotal=price,
                          discount_amount=discount, tax_base=base, tax_amount=tax, total=net + tax,
                          amount_paid=paid, status=status)
        invoice.items.append(InvoiceItem(kind=InvoiceLineKind.PACKAGE, description="Internet Home 20 Mbps "
                                         "periode November 2026", quantity=Decimal(1), unit_price=price,
                                         amount=price))
        if discount:
            invoice.items.append(InvoiceItem(kind=InvoiceLineKind.DISCOUNT, description="Diskon pelanggan setia",
                                             quantity=Decimal(1), unit_price=-discount, amount=-discount))
        s.add(invoice)
        s.flush()
        return invoice.id
    return write(db, work)


def invoice_row(db: Any, invoice_id: int) -> Invoice:
    return read(db, lambda s: s.get(Invoice, invoice_id))


def set_settings(db: Any, **values: str) -> None:
    write(db, lambda s: office_settings.save_settings(s, ADMIN, {k.replace("__", "."): v
                                                                 for k, v in values.items()}))


def use_qris(db: Any) -> None:
    write(db, lambda s: office_settings.save_settings(s, ADMIN, {"qris.static_payload": STATIC_QRIS}))
