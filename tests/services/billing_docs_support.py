"""Customers, invoices and settings for the invoice / proforma / credit-note tests,
written straight through the ORM (the billing run is another helper's work)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ispdesk.db.models import Invoice
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.enums import InvoiceStatus
from ispdesk.services import office_settings
from tests.domain.qris_sample import STATIC_QRIS
from tests.support import builders
from tests.support.actors import ADMIN

ISSUE = date(2026, 11, 1)


def add_customer(db: Any, name: str = "Budi Santoso", **extra: Any) -> int:
    """A customer in Bandung, numbered in November 2026."""
    return builders.add_customer(db, name=name, day=ISSUE, **{
        "rt_rw": "003/007", "kelurahan": "Sukajadi", "kecamatan": "Sukasari", "kabupaten": "Kota Bandung",
        "provinsi": "Jawa Barat", "kode_pos": "40162", **extra})


def add_invoice(db: Any, customer_id: int, *, price: Decimal = Decimal("150000"),
                discount: Decimal = Decimal("0"), period: str | None = "2026-11",
                paid: Decimal = Decimal("0"), status: str = InvoiceStatus.UNPAID,
                issue: date = ISSUE) -> int:
    """A monthly invoice as the billing run makes them: PPN 12% on DPP 11/12 of the net."""
    return builders.add_invoice(db, customer_id, price=price, discount=discount, period=period, paid=paid,
                                status=status, issue=issue, description="Internet Home 20 Mbps periode November 2026")


def invoice_row(db: Any, invoice_id: int) -> Invoice:
    return read(db, lambda s: s.get(Invoice, invoice_id))


def set_settings(db: Any, **values: str) -> None:
    write(db, lambda s: office_settings.save_settings(s, ADMIN, {k.replace("__", "."): v
                                                                 for k, v in values.items()}))


def use_qris(db: Any) -> None:
    write(db, lambda s: office_settings.save_settings(s, ADMIN, {"qris.static_payload": STATIC_QRIS}))
