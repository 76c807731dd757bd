import csv
from datetime import date, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, Invoice, InvoiceItem
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import PermissionDenied
from ispdesk.services.office_settings import save_settings
from ispdesk.services.overdue import export_suspension, mark_overdue, suspension_report

from .billing_support import add_customer, add_invoice
from tests.support.actors import ADMIN, CASHIER

TODAY = date(2026, 11, 24)
D = Decimal


def invoice(db, invoice_id):
    def work(s):
        row = s.get(Invoice, invoice_id)
        _ = list(row.items)
        s.expunge_all()
        return row
    return read(db, work)


def mark(db, actor=ADMIN):
    return write(db, lambda s: mark_overdue(s, actor, TODAY))


def test_open_invoices_past_their_due_date_become_overdue_once(db):
    customer = add_customer(db, 1)
    late = add_invoice(db, customer, "INV-1", due=TODAY - timedelta(days=1))
    part = add_invoice(db, customer, "INV-2", due=TODAY - timedelta(days=3), paid="100000", status="partial")
    today = add_invoice(db, customer, "INV-3", due=TODAY)
    paid = add_invoice(db, customer, "INV-4", due=TODAY - timedelta(days=9), paid="166500", status="paid")
    result = mark(db)
    assert (result.marked, result.late_fees) == (2, 0)
    assert [invoice(db, i).status for i in (late, part, today, paid)] == ["overdue", "overdue", "unpaid", "paid"]
    assert invoice(db, late).total == D("166500")
    assert mark(db).marked == 0
    audited = read(db, lambda s: s.execute(sa.select(AuditLog.model_id, AuditLog.old_values, AuditLog.new_values)
                                           .where(AuditLog.model_type == "invoices").order_by(AuditLog.model_id)).all())
    assert audited == [(late, {"status": "unpaid"}, {"status": "overdue"}),
                       (part, {"status": "partial"}, {"status": "overdue"})]


def test_fixed_late_fee_is_added_once_with_its_line(db):
    write(db, lambda s: save_settings(s, ADMIN, {"billing.late_fee_type": "fixed", "billing.late_fee_value": "25000"}))
    customer = add_customer(db, 1)
    late = add_invoice(db, customer, "INV-1", due=TODAY - timedelta(days=1))
    result = mark(db)
    assert (result.marked, result.late_fees, result.late_fee_total) == (1, 1, D("25000"))
    after = invoice(db, late)
    assert (after.late_fee, after.total, after.late_fee_applied_at is not None) == (D("25000"), D("191500"), True)
    assert [(i.kind, i.amount) for i in after.items] == [("late_fee", D("25000"))]
    again = mark(db)
    assert (again.marked, again.late_fees) == (0, 0)
    assert invoice(db, late).total == D("191500")
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(InvoiceItem))) == 1


def test_percent_late_fee_is_on_what_is_still_owed(db):
    write(db, lambda s: save_settings(s, ADMIN, {"billing.late_fee_type": "percent", "billing.late_fee_value": "2"}))
    customer = add_customer(db, 1)
    part = add_invoice(db, customer, "INV-1", due=TODAY - timedelta(days=5), paid="100000", status="partial")
    odd = add_invoice(db, customer, "INV-2", due=TODAY - timedelta(days=5), total="166525")
    mark(db)
    assert invoice(db, part).late_fee == D("1330")          # 2 % of 66,500
    assert invoice(db, odd).late_fee == D("3331")           # 2 % of 166,525 = 3,330.50 -> 3,331


def test_suspension_list_honours_never_suspend_and_postponement(db):
    write(db, lambda s: save_settings(s, ADMIN, {"billing.suspend_after_days": "30"}))
    due_long_ago = TODAY - timedelta(days=40)
    listed = add_customer(db, 1)
    add_invoice(db, listed, "INV-1", due=due_long_ago)
    add_invoice(db, listed, "INV-2", due=TODAY - timedelta(days=10), paid="66500", status="partial")
    recent = add_customer(db, 2)
    add_invoice(db, recent, "INV-3", due=TODAY - timedelta(days=20))
    vip = add_customer(db, 3, never_suspend=True)
    add_invoice(db, vip, "INV-4", due=due_long_ago)
    later = add_customer(db, 4, postponed=TODAY + timedelta(days=7))
    add_invoice(db, later, "INV-5", due=due_long_ago)
    lapsed = add_customer(db, 5, postponed=TODAY - timedelta(days=1))
    add_invoice(db, lapsed, "INV-6", due=TODAY - timedelta(days=35), status="overdue")
    already = add_customer(db, 6, status="suspended")
    add_invoice(db, already, "INV-7", due=due_long_ago)

    report = read(db, lambda s: suspension_report(s, ADMIN, TODAY))
    assert report.min_days == 30
    assert [(r.customer_id, r.days_overdue, r.invoices, r.amount) for r in report.rows] == [
        (listed, 40, 2, D("266500")), (lapsed, 35, 1, D("166500"))]
    assert report.total == D("433000")
    assert [(r.customer_id, r.held.code, r.held.params) for r in report.held] == [
        (vip, "overdue.never_suspend", {}), (later, "overdue.postponed_until", {"day": TODAY + timedelta(days=7)})]
    assert all(r.held is None for r in report.rows)
    assert read(db, lambda s: suspension_report(s, ADMIN, TODAY, min_days=15)).rows[-1].customer_id == recent


def test_suspension_list_exports_to_csv(db, tmp_path):
    customer = add_customer(db, 1)
    add_invoice(db, customer, "INV-1", due=TODAY - timedelta(days=45))
    path = tmp_path / "suspend.csv"
    assert read(db, lambda s: export_suspension(s, ADMIN, TODAY, path)) == 1
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Customer no.", "Name", "Phone"]
    assert rows[1][:2] == ["CUST-000001", "Pelanggan 1"]
    assert rows[1][5:8] == ["45", "1", "166500.00"]


def test_a_cashier_may_not_mark_overdue(db):
    with pytest.raises(PermissionDenied):
        mark(db, CASHIER)
