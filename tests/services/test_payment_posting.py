"""The lean posting path: numbers for several documents in one step, audit rows
written with Core exactly as the ORM listener writes them, and a statement count
that does not grow with the number of invoices paid."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import (AuditLog, CustomerCreditMovement, DocumentSequence, Invoice, Payment, Receipt)
from ispdesk.db.sequences import next_number, take_numbers
from ispdesk.db.unit_of_work import read, write
from ispdesk.services import audit
from ispdesk.services.payments import post_payment
from tests.reliability.cashier_data import NOW, add_customer, add_invoices, check_invariants, pay, request
from tests.reliability.cashier_data import cashier  # noqa: F401 (fixture)

D = Decimal
DAY = date(2026, 11, 24)


def sequences(db: Database) -> dict[tuple[str, str], int]:
    return read(db, lambda s: {(r.doc_type, r.period): r.last_value for r in s.scalars(sa.select(DocumentSequence))})


def test_take_numbers_gives_consecutive_numbers_of_several_types_at_once(db: Database) -> None:
    first = write(db, lambda s: take_numbers(s, DAY, {"receipt": 1, "payment": 3}))
    assert first == {"receipt": ["RCP-202611-000001"],
                     "payment": ["PAY-202611-000001", "PAY-202611-000002", "PAY-202611-000003"]}
    assert write(db, lambda s: next_number(s, "payment", DAY)) == "PAY-202611-000004"   # the one counter
    second = write(db, lambda s: take_numbers(s, DAY, {"receipt": 1, "payment": 0}))
    assert second == {"receipt": ["RCP-202611-000002"], "payment": []}
    december = write(db, lambda s: take_numbers(s, date(2026, 12, 1), {"receipt": 2, "payment": 1}))
    assert december == {"receipt": ["RCP-202612-000001", "RCP-202612-000002"], "payment": ["PAY-202612-000001"]}
    assert {k: v for k, v in sequences(db).items() if k[0] in ("receipt", "payment")} == {
        ("receipt", "202611"): 2, ("payment", "202611"): 4, ("receipt", "202612"): 2, ("payment", "202612"): 1}


def test_numbers_taken_in_a_rolled_back_transaction_are_given_back(db: Database) -> None:
    class Undo(Exception):
        pass

    def take_then_fail(session):  # noqa: ANN001, ANN202
        assert take_numbers(session, DAY, {"receipt": 1, "payment": 2})["receipt"] == ["RCP-202611-000001"]
        raise Undo
    with pytest.raises(Undo):
        write(db, take_then_fail)
    assert write(db, lambda s: take_numbers(s, DAY, {"receipt": 1, "payment": 2})) == {
        "receipt": ["RCP-202611-000001"], "payment": ["PAY-202611-000001", "PAY-202611-000002"]}


def _stored(value: object) -> object:
    """A column value as the audit log's JSON holds it."""
    return audit.json_value(value)


def _entries(db: Database, receipt_id: int) -> list[AuditLog]:
    """The audit rows one payment wrote (every row of the test database is this payment's)."""
    return read(db, lambda s: s.scalars(sa.select(AuditLog).where(AuditLog.url.like("ispdesk://payments/%"))
                                        .order_by(AuditLog.id)).all())


def _values(entry: AuditLog, which: str) -> dict:
    value = getattr(entry, which)
    return json.loads(value) if isinstance(value, str) else value


def test_payment_is_audited_row_by_row_as_the_orm_listener_does(db: Database, cashier) -> None:
    customer = add_customer(db, credit=D("300000"))
    ids = add_invoices(db, customer, ["250000", "250000"])
    posted = pay(db, cashier, request(customer, "100000", use_credit=True, allow_partial=True, reference=""))
    assert (posted.credit_used, posted.amount_applied, posted.credit_balance) == (D("300000.00"), D("100000.00"),
                                                                                 D("0.00"))
    rows = _entries(db, posted.receipt_id)
    kinds = sorted((r.model_type, r.action) for r in rows)
    assert kinds == sorted([("receipts", "create"), ("payments", "create"), ("payments", "create"),
                            ("customer_credit_movements", "create"), ("customer_credit_movements", "create"),
                            ("invoices", "update"), ("invoices", "update"), ("customers", "update"),
                            ("customers", "update"), ("receipts", "number")])
    assert {(r.user_id, r.url.rsplit("/", 1)[1]) for r in rows} == {(cashier.user_id, str(r.model_id)) for r in rows}

    # Each create entry holds the row as inserted: every column the listener would list, in table order.
    def stored_rows(session):  # noqa: ANN001, ANN202
        return {(model.__tablename__, row.id): row for model in (Receipt, Payment, CustomerCreditMovement)
                for row in session.scalars(sa.select(model))}
    stored = read(db, stored_rows)
    unset = {"receipts": set(), "payments": {"payment_number", "voided_at", "voided_by", "void_reason"},
             "customer_credit_movements": {"credit_note_id"}}
    for entry in (r for r in rows if r.action == "create"):
        new = _values(entry, "new_values")
        row = stored[(entry.model_type, entry.model_id)]
        table = type(row).__table__
        assert list(new) == [c.name for c in table.columns if c.name not in unset[entry.model_type]]
        for name, value in new.items():
            if name == "receipt_number":
                assert value.startswith("~")            # the placeholder; the number entry names the real one
            elif name == "updated_at" and entry.model_type in ("receipts", "payments"):
                assert value <= _stored(getattr(row, name))     # numbering updated the row since
            else:
                assert value == _stored(getattr(row, name)), (entry.model_type, name)
        assert entry.old_values is None

    by_invoice = {r.model_id: (_values(r, "old_values"), _values(r, "new_values"))
                  for r in rows if r.model_type == "invoices"}
    assert by_invoice == {
        ids[0]: ({"amount_paid": "0.00", "status": "overdue", "paid_at": None},
                 {"amount_paid": "250000.00", "status": "paid", "paid_at": NOW.isoformat()}),
        ids[1]: ({"amount_paid": "0.00", "status": "overdue"}, {"amount_paid": "150000.00", "status": "partial"})}
    balances = sorted(((_values(r, "old_values"), _values(r, "new_values")) for r in rows
                       if r.model_type == "customers"), key=lambda pair: -D(pair[0]["credit_balance"]))
    assert balances == [({"credit_balance": "300000.00"}, {"credit_balance": "50000.00"}),
                        ({"credit_balance": "50000.00"}, {"credit_balance": "0.00"})]
    number = next(r for r in rows if r.action == "number")
    assert _values(number, "new_values") == {"receipt_number": posted.receipt_number,
                                             "payment_numbers": list(posted.payment_numbers)}
    assert _values(number, "old_values")["receipt_number"].startswith("~")
    read(db, check_invariants)


def test_without_an_actor_in_the_session_only_the_numbering_is_audited(db: Database, cashier) -> None:
    customer = add_customer(db)
    add_invoices(db, customer, ["250000"])
    posted = write(db, lambda s: post_payment(s, cashier, request(customer, "250000"), now=NOW))
    rows = read(db, lambda s: s.execute(sa.select(AuditLog.model_type, AuditLog.action, AuditLog.user_id)
                                        .where(AuditLog.model_type != "cash_shifts")).all())
    assert rows == [("receipts", "number", cashier.user_id)] and posted.receipt_number == "RCP-202611-000001"


def _statements(db: Database, work) -> int:  # noqa: ANN001
    """How many statements ``work`` sends to the database."""
    sent = []

    def count(_conn, _cursor, statement, *_args):  # noqa: ANN001, ANN202
        sent.append(statement)
    sa.event.listen(db.engine, "before_cursor_execute", count)
    try:
        work()
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", count)
    return len([s for s in sent if not s.startswith(("BEGIN", "COMMIT", "ROLLBACK"))])


def test_statements_per_payment_do_not_grow_with_the_invoices_paid(db: Database, cashier) -> None:
    one = add_customer(db)
    add_invoices(db, one, ["250000"])
    three = add_customer(db, "Siti Aminah", "+6281311110002")
    three_ids = add_invoices(db, three, ["250000", "250000", "300000"])
    single = _statements(db, lambda: pay(db, cashier, request(one, "100000", allow_partial=True)))
    several = _statements(db, lambda: pay(db, cashier, request(three, "700000", allow_partial=True)))
    # customer and invoices locked, idempotency key and shift, receipt, payments, invoices, numbers taken,
    # numbers set (SQLite: receipt, then payments), audit
    assert single == (9 if db.is_sqlite else 8)
    # ... and, two invoices paid in full, one look for their proformas and one for a pending referral.
    # (SQLite, in process, inserts the payment rows one by one: SQLAlchemy cannot keep their order
    # in one statement there.)
    assert several == single + 2 + (2 if db.is_sqlite else 0)
    assert read(db, lambda s: [str(i.status) for i in s.scalars(
        sa.select(Invoice).where(Invoice.id.in_(three_ids)).order_by(Invoice.id))]) == ["paid", "paid", "partial"]
    read(db, check_invariants)


def test_audit_created_and_updated_describe_a_row_as_the_listener_does(db: Database, cashier) -> None:
    customer = add_customer(db)
    info = audit.actor_info(cashier, "payments")

    def orm_then_core(session):  # noqa: ANN001, ANN202
        move = CustomerCreditMovement(customer_id=customer, kind="overpayment", amount=D("1250.5"),
                                      balance_after=D("1250.5"), notes="Kept as credit", created_by=cashier.user_id)
        session.add(move)
        session.flush()                                    # the listener writes its row here
        table = CustomerCreditMovement.__table__
        values = {c.name: getattr(move, c.key) for c in table.columns if c.key in move.__dict__}
        assert audit.session_auditor(session) == (cashier, "payments")
        audit.insert_rows(session, [audit.created(cashier, "payments", table, values),
                                    audit.updated(cashier, "payments", table, move.id, {"amount": D("1250.5")},
                                                  {"amount": D("1300")})])
        return move.id
    move_id = write(db, orm_then_core, info=info)
    rows = read(db, lambda s: s.scalars(sa.select(AuditLog).where(AuditLog.model_type == "customer_credit_movements")
                                        .order_by(AuditLog.id)).all())
    by_listener, by_core, update = rows
    for field in ("user_id", "action", "model_type", "model_id", "ip_address", "user_agent", "url"):
        assert getattr(by_core, field) == getattr(by_listener, field), field
    assert _values(by_core, "new_values") == _values(by_listener, "new_values")
    assert list(_values(by_core, "new_values")) == list(_values(by_listener, "new_values"))
    assert _values(by_listener, "new_values")["amount"] == "1250.50"            # the column's scale
    assert (update.action, update.model_id, _values(update, "old_values"), _values(update, "new_values")) == (
        "update", move_id, {"amount": "1250.50"}, {"amount": "1300.00"})
    assert read(db, lambda s: audit.session_auditor(s)) is None                # no actor, nothing audited
