"""The data of the work order sheet the technician takes to the site: the job,
the customer (address, phone, coordinates), the package, and the materials the
warehouse issued with their serial numbers."""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Contract, Customer, Package, RecurringBilling, User
from ispdesk.domain.actor import Actor
from ispdesk.domain.documents.invoice import Party
from ispdesk.domain.documents.work_order import SheetMaterial, WorkOrderSheet
from ispdesk.services import office_settings, stock_issue, work_orders
from ispdesk.services.document_parts import party
from ispdesk.services.permissions import operation


def _package_name(session: Session, customer_id: int | None, contract_id: int | None) -> str:
    if contract_id is not None:
        name = session.scalar(sa.select(Package.name).join(Contract, Contract.package_id == Package.id)
                              .where(Contract.id == contract_id))
        if name:
            return name
    if customer_id is None:
        return ""
    return session.scalar(sa.select(Package.name).join(RecurringBilling, RecurringBilling.package_id == Package.id)
                          .where(RecurringBilling.customer_id == customer_id)
                          .order_by(RecurringBilling.id.desc()).limit(1)) or ""


@operation(work_orders.MODULE, "print")
def sheet(session: Session, actor: Actor, work_order_id: int) -> WorkOrderSheet:
    """The printable sheet of one work order (with the materials issued to it: a
    technician prints it without seeing the stock movements themselves)."""
    order = work_orders.get_order(session, work_order_id)
    customer = session.get(Customer, order.customer_id) if order.customer_id is not None else None
    technician = session.get(User, order.assigned_to) if order.assigned_to is not None else None
    materials = tuple(SheetMaterial(item.sku, item.name, item.outstanding, item.unit, item.serials)
                      for item in stock_issue._issued_to(session, order.id) if item.outstanding > 0)
    return WorkOrderSheet(
        company=office_settings.company(session), number=order.work_order_number or "", type=order.type,
        priority=order.priority or "medium", status=order.status or "pending",
        customer=party(customer) if customer else Party(number="-", name="-"),
        latitude=customer.latitude if customer else None, longitude=customer.longitude if customer else None,
        scheduled_date=order.scheduled_date, scheduled_time=order.scheduled_time,
        technician=technician.name if technician else "",
        package_name=_package_name(session, order.customer_id, order.contract_id), notes=order.notes or "",
        materials=materials)
