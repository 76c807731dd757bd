"""Voids and refunds: supervisor + reason, allocations reversed, credit corrected, audited."""
from __future__ import annotations

from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog, CustomerCreditMovement, Invoice, Payment, Receipt
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from ispdesk.services import audit
from ispdesk.services.receipts import receipt_data
from ispdesk.services.voids import void_receipt
from tests.reliability.cashier_data import (NOW, add_actor, add_customer, add_invoices, check_invariants, counts,
                                            credit_of, invoice_rows, pay, request, start_shift)

D = Decimal


@pytest.fixture
def people(db: Database):
    cashier = add_actor(db, "kasir1", "cashier")
    start_shift(db, cashier)
    return cashier, add_actor(db, "spv1", "supervisor")


def void(db: Database, actor, receipt_id: int, supervisor, reason: str = "wrong customer", refund: bool = False):
    """Void on the day the test's payments were taken (NOW), so the invoices' overdue
    status does not depend on when the test runs."""
    write(db, lambda s: void_receipt(s, actor, receipt_id, supervisor=supervisor, reason=reason, refund=refund,
                                     now=NOW),
          info=audit.actor_info(actor, "payments"))


def test_void_restores_invoices_and_credit_and_keeps_numbers(db: Database, people) -> None:
    cashier, boss = people
    customer = add_customer(db, credit=D("50000"))
    ids = add_invoices(db, customer, ["250000", "300000"])
    posted = pay(db, cashier, request(customer, "600000", excess_to_credit=True, use_credit=True))
    assert invoice_rows(db, ids) == [(D("250000.00"), "paid"), (D("300000.00"), "paid")]
    assert (posted.credit_used, posted.credit_added, credit_of(db, customer)) == (
        D("0.00"), D("50000.00"), D("100000.00"))   # credit not needed: money covered the invoices
    void(db, cashier, posted.receipt_id, boss)
    assert invoice_rows(db, ids) == [(D("0.00"), "overdue"), (D("0.00"), "overdue")]
    assert credit_of(db, customer) == D("50000.00")
    rows = read(db, lambda s: s.execute(sa.select(Payment.payment_number, Payment.status, Payment.voided_by,
                                                  Payment.void_reason).where(Payment.receipt_id == posted.receipt_id)
                                        .order_by(Payment.id)).all())
    assert [r.payment_number for r in rows] == list(posted.payment_numbers)
    assert {(str(r.status), r.voided_by, r.void_reason) for r in rows} == {("failed", boss.user_id, "wrong customer")}
    data = read(db, lambda s: receipt_data(s, cashier, posted.receipt_id))
    assert (data.status, data.receipt_number) == ("failed", posted.receipt_number)
    entry = read(db, lambda s: s.scalars(sa.select(AuditLog).where(AuditLog.action == "void")).one())
    assert entry.user_id == cashier.user_id and entry.new_values["reason"] == "wrong customer"
    assert entry.new_values["approved_by"] == "spv1" and entry.model_id == posted.receipt_id
    read(db, check_invariants)


def test_refund_of_credit_paid_receipt_gives_the_credit_back(db: Database, people) -> None:
    cashier, boss = people
    customer = add_customer(db, credit=D("300000"))
    ids = add_invoices(db, customer, ["250000"])
    posted = pay(db, cashier, request(customer, "0", use_credit=True))
    assert credit_of(db, customer) == D("50000.00")
    void(db, cashier, posted.receipt_id, boss, reason="customer asked", refund=True)
    assert credit_of(db, customer) == D("300000.00") and invoice_rows(db, ids) == [(D("0.00"), "overdue")]
    status = read(db, lambda s: s.get(Receipt, posted.receipt_id).status)
    assert status == "refunded"
    kinds = read(db, lambda s: s.scalars(sa.select(CustomerCreditMovement.kind)
                                         .order_by(CustomerCreditMovement.id)).all())
    assert [str(k) for k in kinds] == ["applied", "reversal"]
    read(db, check_invariants)


def test_partial_void_leaves_other_receipts_payments(db: Database, people) -> None:
    cashier, boss = people
    customer = add_customer(db)
    ids = add_invoices(db, customer, ["300000"])
    first = pay(db, cashier, request(customer, "100000", allow_partial=True))
    pay(db, cashier, request(customer, "100000", allow_partial=True))
    void(db, cashier, first.receipt_id, boss)
    assert invoice_rows(db, ids) == [(D("100000.00"), "partial")]
    read(db, check_invariants)


def test_void_needs_supervisor_and_reason_and_writes_nothing_otherwise(db: Database, people) -> None:
    cashier, boss = people
    customer = add_customer(db)
    ids = add_invoices(db, customer, ["250000"])
    posted = pay(db, cashier, request(customer, "250000"))
    before = counts(db)
    with pytest.raises(PermissionDenied) as refused:
        void(db, cashier, posted.receipt_id, cashier)               # a cashier cannot approve
    assert refused.value.code == "permission.not_an_approver"
    with pytest.raises(PermissionDenied) as nobody:
        void(db, cashier, posted.receipt_id, None)
    assert nobody.value.code == "voids.no_supervisor"
    with pytest.raises(ValidationError) as info:
        void(db, cashier, posted.receipt_id, boss, reason="   ")
    assert info.value.codes == {"reason": "voids.no_reason"}
    assert counts(db) == before and invoice_rows(db, ids) == [(D("250000.00"), "paid")]
    void(db, cashier, posted.receipt_id, boss)
    with pytest.raises(ConflictError) as again:
        void(db, cashier, posted.receipt_id, boss)
    assert again.value.code == "voids.already_voided"
    with pytest.raises(ConflictError) as refunded:
        void(db, cashier, posted.receipt_id, boss, refund=True)
    assert refunded.value.code == "voids.already_voided"


def test_an_approver_is_whoever_holds_the_permission_not_a_role_name(db: Database, people) -> None:
    """Approval is the (payments, approve) permission: a cashier the administrator gave it may approve."""
    from ispdesk.domain.actor import Actor
    cashier, _boss = people
    customer = add_customer(db)
    ids = add_invoices(db, customer, ["250000"])
    posted = pay(db, cashier, request(customer, "250000"))
    senior = add_actor(db, "kasir9", "cashier")
    trusted = Actor(senior.user_id, senior.username, senior.name, senior.role,
                    senior.permissions | {("payments", "approve")})
    void(db, cashier, posted.receipt_id, trusted)
    assert invoice_rows(db, ids) == [(D("0.00"), "overdue")]


def test_spent_credit_blocks_the_void_of_the_receipt_that_made_it(db: Database, people) -> None:
    cashier, boss = people
    customer = add_customer(db)
    add_invoices(db, customer, ["100000"])
    made = pay(db, cashier, request(customer, "200000", "transfer", reference="T1"))      # 100k credit
    add_invoices(db, customer, ["100000"], first_month=12)
    pay(db, cashier, request(customer, "0", use_credit=True))
    before = counts(db)
    with pytest.raises(ValidationError) as info:
        void(db, cashier, made.receipt_id, boss)
    assert info.value.codes == {"": "voids.credit_spent"} and counts(db) == before
    assert info.value.errors[""].params == {"amount": "Rp 100.000"}


def test_paying_a_converted_proforma_marks_it_paid_and_a_void_reopens_it(db: Database, people) -> None:
    from ispdesk.db.models import ProformaInvoice
    from ispdesk.services import proforma
    cashier, boss = people
    customer = add_customer(db)
    made = write(db, lambda s: proforma.create_proforma(s, boss, proforma.ProformaRequest(
        customer_id=customer, installation_fee="500000")))
    converted = write(db, lambda s: proforma.convert_for_payment(s, cashier, made.id))
    status = lambda: read(db, lambda s: s.get(ProformaInvoice, made.id).status)  # noqa: E731
    total = read(db, lambda s: s.get(Invoice, converted.invoice_id).total)
    posted = pay(db, cashier, request(customer, total, invoice_ids=(converted.invoice_id,)))
    assert status() == "paid"
    void(db, cashier, posted.receipt_id, boss)
    assert status() == "issued"
