"""Shared pieces of the warehouse tests: stock items, suppliers and work
orders made through the real services (users: :mod:`tests.support.actors`)."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from ispdesk.db.models import Inventory, Supplier, WorkOrder
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.services import stock
from tests.support.actors import system


def add_item(db: Any, name: str, quantity: int = 0, *, sku: str | None = None, category: str = "ont",
             minimum: int = 5, price: str = "350000", actor: Actor | None = None) -> int:
    """A stock item; its opening stock is an ``in`` movement (by ``actor``, else the
    system actor) so the ledger sums to it."""
    def work(s: Any) -> int:
        item = Inventory(sku=sku or name.upper().replace(" ", "-")[:20], name=name, category=category,
                         unit="pcs", quantity=0, min_quantity=minimum, purchase_price=Decimal(price))
        s.add(item)
        s.flush()
        if quantity:
            stock.post(s, actor or system(), stock.MovementRequest(item.id, "in", quantity, "Opening stock"))
        return item.id
    return write(db, work)


def add_supplier(db: Any, name: str = "PT Serat Nusantara", code: str = "SUP-001") -> int:
    def work(s: Any) -> int:
        supplier = Supplier(code=code, name=name, contact_person="Hendra", phone="0215550101",
                            payment_terms="30 hari", address="Jl. Gatot Subroto 12, Jakarta", is_active=True)
        s.add(supplier)
        s.flush()
        return supplier.id
    return write(db, work)


def add_work_order(db: Any, number: str = "WO-202611-000001") -> int:
    def work(s: Any) -> int:
        order = WorkOrder(work_order_number=number, type="installation", status="pending")
        s.add(order)
        s.flush()
        return order.id
    return write(db, work)


def quantity_of(db: Any, inventory_id: int) -> int:
    return read(db, lambda s: stock.in_stock(s, inventory_id))
