"""Work orders: numbered on creation, moved only along the allowed path, each
move stamped and audited."""
from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, WorkOrder
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import PermissionDenied, ValidationError
from ispdesk.services import audit, work_orders
from ispdesk.services.work_orders import WorkOrderRequest
from tests.support.actors import add_user
from tests.support.actors import ADMIN, CASHIER
from tests.support.builders import add_customers

T0 = datetime(2026, 11, 20, 9, 0)


def _create(db: Any, actor: Any, request: WorkOrderRequest) -> work_orders.WorkOrderInfo:
    return write(db, lambda s: work_orders.create_work_order(s, actor, request, now=T0),
                 info=audit.actor_info(actor, "work_orders"))


def _move(db: Any, actor: Any, order_id: int, to: str, **kw: Any) -> work_orders.WorkOrderInfo:
    return write(db, lambda s: work_orders.move(s, actor, order_id, to, **kw),
                 info=audit.actor_info(actor, "work_orders"))


def test_the_number_follows_the_office_clock_month(db: Any, office_clock: Any) -> None:
    """Created without ``now``: numbered and stamped by the office clock (a month end just
    before midnight is still that month)."""
    from ispdesk.domain import clock
    office_clock.pin(datetime(2027, 2, 28, 23, 59, 58))
    order = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest("maintenance")))
    assert order.number == "WO-202702-000001"
    office_clock.advance(seconds=3)
    tech = add_user(db, "teknisi", "technician")
    moved = write(db, lambda s: work_orders.move(s, ADMIN, order.id, "assigned", assigned_to=tech.user_id))
    assert moved.assigned_at == clock.now() == datetime(2027, 3, 1, 0, 0, 1)
    later = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest("maintenance")))
    assert later.number == "WO-202703-000001"


def test_create_numbers_in_sequence_and_assigns_when_a_technician_is_given(db: Any) -> None:
    tech = add_user(db, "teknisi", "technician")
    [customer, *_] = add_customers(db)
    first = _create(db, ADMIN, WorkOrderRequest("installation", customer_id=customer,
                                                scheduled_date=date(2026, 11, 21), scheduled_time=time(9, 30),
                                                priority="high", notes=" Pasang ONT "))
    second = _create(db, ADMIN, WorkOrderRequest("repair", customer_id=customer, assigned_to=tech.user_id))
    assert (first.number, first.status, first.assigned_at) == ("WO-202611-000001", "pending", None)
    assert (second.number, second.status, second.assigned_at, second.assigned_to) == (
        "WO-202611-000002", "assigned", T0, tech.user_id)
    row = read(db, lambda s: s.get(WorkOrder, first.id))
    assert (row.notes, row.priority, row.scheduled_time) == ("Pasang ONT", "high", time(9, 30))


def test_create_refuses_bad_input_and_writes_nothing(db: Any) -> None:
    with pytest.raises(ValidationError) as refused:
        _create(db, ADMIN, WorkOrderRequest("painting", customer_id=999, priority="asap", assigned_to=998))
    assert refused.value.codes == {"type": "work_orders.choose_type", "priority": "work_orders.choose_priority",
                                   "customer_id": "work_orders.no_customer",
                                   "assigned_to": "work_orders.choose_technician"}
    kinds = refused.value.errors["type"].params["kinds"]
    assert {k.code for k in kinds} == {"status.installation", "status.repair", "status.relocation",
                                       "status.disconnection", "status.maintenance", "status.survey"}
    with pytest.raises(ValidationError) as refused:
        _create(db, ADMIN, WorkOrderRequest("installation"))
    assert refused.value.codes == {"customer_id": "work_orders.needs_customer"}
    assert _create(db, ADMIN, WorkOrderRequest("maintenance")).number == "WO-202611-000001"
    with pytest.raises(PermissionDenied):
        _create(db, CASHIER, WorkOrderRequest("maintenance"))
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(WorkOrder))) == 1


def test_moves_follow_the_path_are_stamped_and_audited(db: Any) -> None:
    tech = add_user(db, "teknisi", "technician")
    [customer, *_] = add_customers(db)
    order = _create(db, ADMIN, WorkOrderRequest("repair", customer_id=customer)).id
    with pytest.raises(ValidationError) as refused:
        _move(db, ADMIN, order, "in_progress")
    assert refused.value.codes == {"status": "work_orders.cannot_become"}
    params = refused.value.errors["status"].params
    assert (params["status"].code, params["wanted"].code, [a.code for a in params["allowed"]]) == (
        "status.pending", "status.in_progress", ["status.assigned", "status.cancelled"])
    with pytest.raises(ValidationError) as refused:
        _move(db, ADMIN, order, "assigned")
    assert refused.value.codes == {"assigned_to": "work_orders.assign_technician"}
    t1, t2, t3 = datetime(2026, 11, 20, 10), datetime(2026, 11, 20, 11), datetime(2026, 11, 20, 12)
    assert _move(db, ADMIN, order, "assigned", assigned_to=tech.user_id, now=t1).assigned_at == t1
    assert _move(db, tech, order, "in_progress", now=t2).started_at == t2
    done = _move(db, tech, order, "completed", now=t3, reason="Kabel drop diganti")
    assert (done.status, done.completed_at) == ("completed", t3)
    with pytest.raises(ValidationError) as refused:
        _move(db, ADMIN, order, "cancelled", reason="late")
    assert refused.value.codes == {"status": "work_orders.closed_cannot_become"}
    logs = read(db, lambda s: s.execute(sa.select(AuditLog.action, AuditLog.new_values).where(
        AuditLog.model_type == "work_orders", AuditLog.model_id == order).order_by(AuditLog.id)).all())
    statuses = [(new or {}).get("status") for action, new in logs]
    assert statuses == ["pending", "assigned", "in_progress", "completed"]


def test_cancel_needs_a_reason_and_installation_completes_only_by_report(db: Any) -> None:
    tech = add_user(db, "teknisi", "technician")
    [customer, *_] = add_customers(db)
    order = _create(db, ADMIN, WorkOrderRequest("installation", customer_id=customer,
                                                assigned_to=tech.user_id)).id
    _move(db, tech, order, "in_progress")
    with pytest.raises(ValidationError) as refused:
        _move(db, tech, order, "completed")
    assert refused.value.codes == {"status": "work_orders.installation_by_report"}
    with pytest.raises(ValidationError) as refused:
        _move(db, ADMIN, order, "cancelled", reason="  ")
    assert refused.value.codes == {"reason": "work_orders.cancel_reason"}
    cancelled = _move(db, ADMIN, order, "cancelled", reason="Pelanggan batal", now=T0)
    assert (cancelled.status, cancelled.cancelled_at) == ("cancelled", T0)
    with pytest.raises(PermissionDenied):
        _move(db, CASHIER, order, "pending")


def test_the_generic_form_cannot_move_status_edit_closed_or_delete_started_orders(db: Any) -> None:
    from ispdesk.services import records
    from ispdesk.services.modules import SPECS
    tech = add_user(db, "teknisi", "technician")
    [customer, *_] = add_customers(db)
    spec = SPECS["work_orders"]
    order = write(db, lambda s: records.save(s, ADMIN, spec, None, {"type": "repair", "customer_id": customer}))
    assert read(db, lambda s: s.get(WorkOrder, order).work_order_number).startswith("WO-")
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: records.save(s, ADMIN, spec, order, {"status": "completed"}))
    assert refused.value.codes == {"status": "work_orders.status_by_buttons"}
    write(db, lambda s: records.save(s, ADMIN, spec, order, {"notes": "Ganti konektor", "priority": "high"}))
    _move(db, ADMIN, order, "assigned", assigned_to=tech.user_id)
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: records.delete(s, ADMIN, spec, order))
    assert refused.value.codes == {"": "work_orders.not_deleted"}
    _move(db, ADMIN, order, "cancelled", reason="Dobel")
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: records.save(s, ADMIN, spec, order, {"notes": "lagi"}))
    assert refused.value.codes == {"": "work_orders.closed_not_edited"}


def test_work_order_sheet_pdf_lists_the_job_customer_map_and_issued_serials(db: Any) -> None:
    from decimal import Decimal

    from ispdesk.db.models import Customer
    from ispdesk.printing.work_order_sheet import render_work_order_sheet
    from ispdesk.services import work_order_sheet
    from tests.printing.pdf_reading import decode_qr_codes, pdf_text
    from tests.services.test_installation import make_site
    site = make_site(db)

    def place(s: Any) -> None:
        customer = s.get(Customer, site.customer)
        customer.latitude, customer.longitude = Decimal("-8.67050000"), Decimal("115.21260000")
        s.get(WorkOrder, site.order).notes = "Pasang ONT di ruang tamu\nTarik kabel drop dari ODP-RNN-01"
    write(db, place)
    doc = read(db, lambda s: work_order_sheet.sheet(s, site.technician, site.order))
    pdf = render_work_order_sheet(doc)
    text = pdf_text(pdf)
    # no translator installed: the sheet's own words are the English ones
    for expected in ("WO-202611-000001", "Made Wirawan",
                     "+6281238880001", "-8.6705, 115.2126", "Pasang ONT di ruang tamu", "ONT-F670L",
                     "ZTEG1A2B3C4D, ZTEG99990000", "2 pcs", "Bisnis 100 Mbps", "Technician", "Customer"):
        assert expected in text, expected
    assert decode_qr_codes(pdf) == ["https://maps.google.com/?q=-8.6705,115.2126"]
    with pytest.raises(PermissionDenied):
        read(db, lambda s: work_order_sheet.sheet(s, CASHIER, site.order))
