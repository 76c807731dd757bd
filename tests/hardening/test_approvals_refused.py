"""No approval takes a missing actor for a trusted one: every path that
approves (a purchase order, a void or refund, a credit note, handing out a
lead, closing another cashier's shift and the day's cash report, a leave
through the record form) refuses nobody (None) and somebody without the
``approve`` permission, and writes nothing at all when it refuses. Whoever
holds the permission still approves."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import Base, CreditNote, Lead, Leave, LeaveType, PurchaseOrder, Receipt
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import PermissionDenied
from ispdesk.services import audit, auth, cash_shifts, leads, purchasing, records
from ispdesk.services import credit_notes as cn
from ispdesk.services.modules import SPECS
from ispdesk.services.permissions import NO_ACTOR, NOT_AN_APPROVER
from ispdesk.services.purchasing import LineInput
from ispdesk.services.voids import NO_SUPERVISOR, void_receipt
from tests.reliability import cashier_data
from tests.services.billing_docs_support import add_customer as add_billed_customer
from tests.services.billing_docs_support import add_invoice
from tests.services.lead_support import add_lead
from tests.services.warehouse_support import add_item, add_supplier
from tests.support.actors import ADMIN, add_user, system

NOBODY, NOT_APPROVER = NO_ACTOR.code, NOT_AN_APPROVER.code


def everything(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, to show that a refusal wrote nothing."""
    def dump(session) -> dict[str, list[tuple]]:  # noqa: ANN001
        return {table.name: sorted((tuple(map(str, row)) for row in session.execute(sa.select(table))))
                for table in Base.metadata.sorted_tables}
    return read(db, dump)


def refused(db: Database, work: Any, module: str) -> str:
    """Run ``work(session)`` in a unit of work as the UI would; the refusal's code
    (asserting that nothing at all was written)."""
    before = everything(db)
    with pytest.raises(PermissionDenied) as info:
        write(db, work, info=audit.actor_info(ADMIN, module))
    assert everything(db) == before, "a refused approval wrote something"
    return info.value.code


# --- purchase orders -------------------------------------------------------

def test_a_purchase_order_is_approved_by_nobody_but_an_approver(db: Database) -> None:
    clerk, boss = add_user(db, "gudang", "warehouse"), add_user(db, "spv", "supervisor")
    supplier, ont = add_supplier(db), add_item(db, "ONT ZTE F609", 2, sku="ONT-ZTE")
    po = write(db, lambda s: purchasing.create_order(s, clerk, supplier, [LineInput(ont, 10, Decimal("350000"))],
                                                     order_date=date(2026, 11, 24)))
    write(db, lambda s: purchasing.submit(s, clerk, po))
    assert refused(db, lambda s: purchasing.approve(s, clerk, po, None), "purchase_orders") == NOBODY
    assert refused(db, lambda s: purchasing.approve(s, clerk, po, clerk), "purchase_orders") == NOT_APPROVER
    assert refused(db, lambda s: purchasing.approve(s, None, po, boss), "purchase_orders") == NOBODY
    assert refused(db, lambda s: purchasing.approve(s, clerk, po, Actor.nobody()), "purchase_orders") == NOT_APPROVER
    assert read(db, lambda s: s.get(PurchaseOrder, po).status) == "submitted"
    write(db, lambda s: purchasing.approve(s, clerk, po, boss))
    assert read(db, lambda s: (s.get(PurchaseOrder, po).status, s.get(PurchaseOrder, po).approved_by)) == (
        "approved", boss.user_id)


# --- voids and refunds -----------------------------------------------------

@pytest.mark.parametrize("refund", [False, True], ids=["void", "refund"])
def test_a_void_is_approved_by_nobody_but_a_supervisor_in_person(db: Database, refund: bool) -> None:
    cashier = cashier_data.add_actor(db, "kasir1", "cashier")
    other_cashier = cashier_data.add_actor(db, "kasir2", "cashier")
    boss = cashier_data.add_actor(db, "spv1", "supervisor")
    cashier_data.start_shift(db, cashier)
    customer = cashier_data.add_customer(db)
    cashier_data.add_invoices(db, customer, ["250000"])
    receipt = cashier_data.pay(db, cashier, cashier_data.request(customer, "250000")).receipt_id

    def void(actor: Actor | None, supervisor: Actor | None):  # noqa: ANN202
        return lambda s: void_receipt(s, actor, receipt, supervisor=supervisor, reason="salah pelanggan",
                                      refund=refund, now=cashier_data.NOW)
    assert refused(db, void(cashier, None), "payments") == NO_SUPERVISOR.code
    assert refused(db, void(cashier, other_cashier), "payments") == NOT_APPROVER
    assert refused(db, void(cashier, cashier), "payments") == NOT_APPROVER
    assert refused(db, void(None, boss), "payments") == NOBODY
    # every right but nobody in person (the command line's actor): a void needs a person
    assert refused(db, void(cashier, system()), "payments") == NO_SUPERVISOR.code
    assert read(db, lambda s: s.get(Receipt, receipt).status) == "confirmed"
    write(db, void(cashier, boss), info=audit.actor_info(cashier, "payments"))
    assert read(db, lambda s: s.get(Receipt, receipt).status) == ("refunded" if refund else "failed")


# --- credit notes ----------------------------------------------------------

def test_a_credit_note_is_approved_by_nobody_but_an_approver(db: Database) -> None:
    cashier, boss = add_user(db, "kasir1", "cashier"), add_user(db, "spv", "supervisor")
    invoice = add_invoice(db, add_billed_customer(db))
    note = write(db, lambda s: cn.request_credit_note(s, cashier, invoice, "Gangguan layanan 5 hari",
                                                      Decimal("50000")))
    assert refused(db, lambda s: cn.approve_credit_note(s, cashier, note.id, None), "credit_notes") == NOBODY
    assert refused(db, lambda s: cn.approve_credit_note(s, cashier, note.id, cashier), "credit_notes") == NOT_APPROVER
    assert refused(db, lambda s: cn.approve_credit_note(s, None, note.id, boss), "credit_notes") == NOBODY
    assert read(db, lambda s: s.get(CreditNote, note.id).status) == "draft"
    write(db, lambda s: cn.approve_credit_note(s, cashier, note.id, boss))
    assert read(db, lambda s: (s.get(CreditNote, note.id).status, s.get(CreditNote, note.id).approved_by)) == (
        "applied", boss.user_id)


def test_credentials_of_a_non_approver_approve_no_credit_note(db: Database) -> None:
    """Through the credentials path a non-approver is refused too; the only row
    written is the failed attempt (it counts towards the lock)."""
    from ispdesk.domain.errors import AuthenticationError
    cashier = add_user(db, "kasir1", "cashier")
    invoice = add_invoice(db, add_billed_customer(db))
    note = write(db, lambda s: cn.request_credit_note(s, cashier, invoice, "Gangguan layanan", Decimal("50000")))
    with pytest.raises(AuthenticationError) as info:
        cn.approve_with_credentials(db, cashier, note.id, "kasir1", "rahasia123")
    assert info.value.code == "auth.not_an_approver"
    assert read(db, lambda s: s.get(CreditNote, note.id).status) == "draft"


# --- the other approve permissions ------------------------------------------

def test_only_an_approver_hands_a_lead_to_someone_else(db: Database) -> None:
    sales, other, boss = (add_user(db, "sales1", "sales"), add_user(db, "sales2", "sales"),
                          add_user(db, "spv", "supervisor"))
    lead = add_lead(db, sales)
    assert refused(db, lambda s: leads.reassign_lead(s, None, lead.id, other.user_id), "leads") == NOBODY
    assert refused(db, lambda s: leads.reassign_lead(s, sales, lead.id, other.user_id), "leads") == \
        "permission.denied"
    assert read(db, lambda s: s.get(Lead, lead.id).assigned_to) == sales.user_id
    write(db, lambda s: leads.reassign_lead(s, boss, lead.id, other.user_id))
    assert read(db, lambda s: s.get(Lead, lead.id).assigned_to) == other.user_id


def test_only_an_approver_closes_another_cashiers_shift_or_reads_the_day(db: Database) -> None:
    kasir1, kasir2 = cashier_data.add_actor(db, "kasir1", "cashier"), cashier_data.add_actor(db, "kasir2", "cashier")
    boss = cashier_data.add_actor(db, "spv1", "supervisor")
    shift = cashier_data.start_shift(db, kasir1).shift_id
    assert refused(db, lambda s: cash_shifts.close_shift(s, None, shift, {}), "cash_shifts") == NOBODY
    assert refused(db, lambda s: cash_shifts.close_shift(s, kasir2, shift, {}), "cash_shifts") == \
        cash_shifts.NOT_YOURS.code
    with pytest.raises(PermissionDenied) as info:
        read(db, lambda s: cash_shifts.daily_report(s, kasir2))
    assert info.value.code == "permission.denied"
    with pytest.raises(PermissionDenied) as nobody:
        read(db, lambda s: cash_shifts.daily_report(s, None))
    assert nobody.value.code == NOBODY
    write(db, lambda s: cash_shifts.close_shift(s, boss, shift, {}), info=audit.actor_info(boss, "cash_shifts"))
    assert read(db, lambda s: cash_shifts.shift_report(s, boss, shift)).counted_cash == Decimal("0")


def test_the_record_form_cannot_approve_a_leave(db: Database) -> None:
    """A leave typed through the generic form keeps its approval fields empty,
    even when the form is sent with them: approving is not typing."""
    write(db, lambda s: auth.set_permission(s, ADMIN, "technician", "leaves", "create", True))
    teknisi, boss = add_user(db, "teknisi1", "technician"), add_user(db, "spv", "supervisor")
    kind = write(db, lambda s: records.save(s, ADMIN, SPECS["leave_types"], None,
                                            {"code": "CT", "name": "Cuti tahunan", "days_per_year": 12}))
    values = {"user_id": teknisi.user_id, "leave_type_id": kind, "start_date": date(2026, 12, 1),
              "end_date": date(2026, 12, 2), "days": 2, "reason": "Acara keluarga", "status": "approved",
              "approved_by": boss.user_id, "approved_at": "2026-11-24 10:00"}
    leave = write(db, lambda s: records.save(s, teknisi, SPECS["leaves"], None, values),
                  info=audit.actor_info(teknisi, "leaves"))
    row = read(db, lambda s: s.get(Leave, leave))
    assert (str(row.status), row.approved_by, row.approved_at) == ("pending", None, None)
    assert read(db, lambda s: s.get(LeaveType, kind).name) == "Cuti tahunan"
    with pytest.raises(PermissionDenied) as nobody:
        write(db, lambda s: records.save(s, None, SPECS["leaves"], None, values))
    assert nobody.value.code == NOBODY
