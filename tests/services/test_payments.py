"""Taking payments: allocation, credit, change, refusals that write nothing, receipts."""
from __future__ import annotations

from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog, CustomerCreditMovement, Payment, Receipt
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ispdesk.services import audit
from ispdesk.services.customer_lookup import customer_account, find_customers
from ispdesk.services.payments import preview, shown_remaining
from ispdesk.services.receipts import receipt_data, receipt_for_payment, record_print
from tests.support.actors import ADMIN
from tests.reliability.cashier_data import (TODAY, add_actor, add_customer, add_invoices, check_invariants, counts,
                                            invoice_rows, pay, request)
from tests.reliability.cashier_data import cashier  # noqa: F401 (fixture)

D = Decimal


@pytest.fixture
def customer(db: Database) -> int:
    return add_customer(db)


def account(db: Database, actor, customer_id: int):
    return read(db, lambda s: customer_account(s, actor, customer_id, today=TODAY))


def invariants(db: Database) -> None:
    read(db, check_invariants)


def test_cash_pays_oldest_invoice_first_and_gives_change(db: Database, cashier, customer: int) -> None:
    ids = add_invoices(db, customer, ["250000", "250000", "300000"])
    acct = account(db, cashier, customer)
    assert [i.invoice_id for i in acct.invoices] == ids and acct.total_due == D("800000.00")
    assert acct.invoices[0].days_overdue == 106 and acct.invoices[-1].days_overdue == 45
    posted = pay(db, cashier, request(customer, "850000", allow_partial=True))
    assert (posted.amount_applied, posted.change, posted.credit_added) == (D("800000.00"), D("50000.00"), D("0.00"))
    assert len(posted.payment_numbers) == 3 and posted.receipt_number == "RCP-202611-000001"
    assert posted.payment_numbers[0] == "PAY-202611-000001" and not posted.already_posted
    assert invoice_rows(db, ids) == [(D("250000.00"), "paid")] * 2 + [(D("300000.00"), "paid")]
    assert account(db, cashier, customer).invoices == ()
    receipt = read(db, lambda s: s.get(Receipt, posted.receipt_id))
    assert receipt.cash_shift_id is not None and receipt.cashier_id == cashier.user_id
    invariants(db)


def test_amount_below_total_needs_ticks_or_partial_consent(db: Database, cashier, customer: int) -> None:
    ids = add_invoices(db, customer, ["250000", "250000"])
    before = counts(db)
    with pytest.raises(ValidationError) as info:
        pay(db, cashier, request(customer, "300000"))
    assert info.value.codes == {"amount": "allocation.partial_refused"}
    assert info.value.errors["amount"].params == {"due": "Rp 500.000"}
    assert counts(db) == before
    pay(db, cashier, request(customer, "300000", allow_partial=True))
    assert invoice_rows(db, ids) == [(D("250000.00"), "paid"), (D("50000.00"), "partial")]
    invariants(db)


def test_ticked_invoice_is_paid_out_of_order(db: Database, cashier, customer: int) -> None:
    ids = add_invoices(db, customer, ["250000", "250000", "300000"])
    posted = pay(db, cashier, request(customer, "300000", invoice_ids=(ids[2],)))
    assert posted.change == D("0.00") and len(posted.payment_numbers) == 1
    assert invoice_rows(db, ids) == [(D("0.00"), "overdue"), (D("0.00"), "overdue"), (D("300000.00"), "paid")]
    partial = pay(db, cashier, request(customer, "100000", invoice_ids=(ids[1],)))
    assert invoice_rows(db, ids)[1] == (D("100000.00"), "partial") and partial.change == D("0.00")


def test_cash_excess_kept_as_credit_then_credit_pays_next_invoice(db: Database, cashier, customer: int) -> None:
    add_invoices(db, customer, ["250000"])
    posted = pay(db, cashier, request(customer, "300000", excess_to_credit=True))
    assert (posted.change, posted.credit_added, posted.credit_balance) == (D("0.00"), D("50000.00"), D("50000.00"))
    later = add_invoices(db, customer, ["40000"], first_month=12)
    only_credit = pay(db, cashier, request(customer, "0", use_credit=True))
    assert (only_credit.credit_used, only_credit.amount_applied, only_credit.credit_balance) == (
        D("40000.00"), D("0.00"), D("10000.00"))
    assert invoice_rows(db, later) == [(D("40000.00"), "paid")]
    moves = read(db, lambda s: [(str(m.kind), m.amount, m.balance_after) for m in s.scalars(
        sa.select(CustomerCreditMovement).order_by(CustomerCreditMovement.id))])
    assert moves == [("overpayment", D("50000.00"), D("50000.00")), ("applied", D("-40000.00"), D("10000.00"))]
    paid_from_credit = read(db, lambda s: s.scalars(sa.select(Payment.paid_from_credit)
                                                    .where(Payment.receipt_id == only_credit.receipt_id)).all())
    assert paid_from_credit == [True]
    invariants(db)


def test_credit_and_money_together_and_non_cash_excess_becomes_credit(db: Database, cashier) -> None:
    customer = add_customer(db, credit=D("100000"))
    ids = add_invoices(db, customer, ["250000", "250000"])
    posted = pay(db, cashier, request(customer, "400000", use_credit=True))
    assert (posted.credit_used, posted.amount_applied, posted.change) == (D("100000.00"), D("400000.00"),
                                                                         D("0.00"))
    assert invoice_rows(db, ids) == [(D("250000.00"), "paid")] * 2
    assert len(posted.payment_numbers) == 2      # one row per invoice, the first paid by credit and money
    add_invoices(db, customer, ["100000"], first_month=12)
    transfer = pay(db, cashier, request(customer, "150000", "transfer", reference="BCA-7781"))
    assert (transfer.credit_added, transfer.change, transfer.credit_balance) == (D("50000.00"), D("0.00"),
                                                                                D("50000.00"))
    invariants(db)


def test_refusals_write_nothing(db: Database, customer: int) -> None:
    cashier = add_actor(db, "kasir2", "cashier")
    ids = add_invoices(db, customer, ["250000"])
    before = counts(db)
    cases = [
        (request(customer, "250000"), {"method": "payments.no_shift"}),              # cash without an open shift
        (request(customer, "250000", "transfer"), {"reference": "payments.no_reference"}),
        (request(customer, "0", "qris", reference="Q1"), {"amount": "allocation.no_amount"}),
        (request(customer, "-5", "qris", reference="Q1"), {"amount": "allocation.negative_amount"}),
        (request(customer, "1.001", "qris", reference="Q1"), {"amount": "money.too_many_decimals"}),
        (request(customer, "100", "bitcoin", reference="Q1"), {"method": "allocation.unknown_method"}),
        (request(customer, "100", "qris", reference="Q1", invoice_ids=(ids[0] + 99,)),
         {"invoices": "payments.not_this_customers"}),
        (request(customer, "100", "qris", reference="Q" * 101), {"reference": "payments.reference_too_long"}),
        (request(customer, "100", "qris", reference="Q1", key="k" * 65),
         {"idempotency_key": "payments.bad_idempotency_key"}),
    ]
    for req, codes in cases:
        with pytest.raises(ValidationError) as info:
            pay(db, cashier, req)
        assert info.value.codes == codes, (req, info.value.codes)
    with pytest.raises(NotFound) as missing:
        pay(db, cashier, request(customer + 99, "100", "qris", reference="Q1"))
    assert missing.value.code == "lookup.no_customer"
    sales = add_actor(db, "sales1", "sales")
    with pytest.raises(PermissionDenied) as refused:
        pay(db, sales, request(customer, "250000", "qris", reference="Q1"))
    assert refused.value.code == "permission.denied"
    assert counts(db) == before
    assert invoice_rows(db, ids) == [(D("0.00"), "overdue")]


def test_invoice_paid_at_another_counter_is_refused(db: Database, cashier, customer: int) -> None:
    ids = add_invoices(db, customer, ["250000", "300000"])
    seen = shown_remaining(account(db, cashier, customer))
    pay(db, cashier, request(customer, "250000", invoice_ids=(ids[0],)))      # the other counter
    before = counts(db)
    with pytest.raises(ConflictError) as info:
        pay(db, cashier, request(customer, "550000", expected_remaining=seen))
    assert info.value.code == "payments.paid_meanwhile" and info.value.field == "invoices"
    first_number = account(db, cashier, customer).invoices[0].invoice_number
    assert info.value.message.params["number"] != first_number        # the one paid meanwhile is named
    with pytest.raises(ConflictError) as again:
        pay(db, cashier, request(customer, "250000", invoice_ids=(ids[0],)))
    assert again.value.code == "payments.paid_meanwhile"
    assert counts(db) == before


def test_same_idempotency_key_posts_once(db: Database, cashier, customer: int) -> None:
    add_invoices(db, customer, ["250000"])
    req = request(customer, "300000", key="dialog-42")
    first = pay(db, cashier, req)
    again = pay(db, cashier, req)
    assert again.already_posted and (again.receipt_id, again.payment_numbers) == (first.receipt_id,
                                                                                   first.payment_numbers)
    assert counts(db)["receipts"] == 1
    other = add_customer(db, "Siti Aminah", "+6281311110002")
    with pytest.raises(ConflictError) as info:
        pay(db, cashier, request(other, "300000", key="dialog-42"))
    assert info.value.code == "payments.posted_for_another"


def test_payment_is_audited_with_the_cashier(db: Database, cashier, customer: int) -> None:
    add_invoices(db, customer, ["250000"])
    posted = pay(db, cashier, request(customer, "250000"))
    rows = read(db, lambda s: s.execute(sa.select(AuditLog.model_type, AuditLog.action, AuditLog.user_id)
                                        .where(AuditLog.url.like("ispdesk://payments/%"))).all())
    kinds = {(m, a) for m, a, _ in rows}
    assert {("receipts", "create"), ("payments", "create"), ("invoices", "update")} <= kinds
    assert {u for _, _, u in rows} == {cashier.user_id}
    assert posted.receipt_number


def test_preview_matches_what_is_posted(db: Database, cashier, customer: int) -> None:
    add_invoices(db, customer, ["250000", "125000"])
    acct = account(db, cashier, customer)
    req = request(customer, "400000")
    plan = preview(acct, req)
    assert (plan.from_money, plan.change, plan.applied) == (D("375000.00"), D("25000.00"), D("375000.00"))
    posted = pay(db, cashier, req)
    assert (posted.amount_applied, posted.change) == (plan.from_money, plan.change)
    with pytest.raises(ValidationError) as info:
        preview(acct, request(customer, "100", "transfer"))
    assert info.value.codes == {"reference": "payments.no_reference"}


def test_receipt_data_and_copies(db: Database, cashier, customer: int) -> None:
    ids = add_invoices(db, customer, ["250000", "300000"])
    posted = pay(db, cashier, request(customer, "400000", allow_partial=True))
    data = read(db, lambda s: receipt_data(s, cashier, posted.receipt_id))
    assert data.copy_number == 0 and data.verification == f"ISPDESK-RCP:{posted.receipt_number}"
    assert [(l.invoice_number[:4], l.amount_paid, l.remaining) for l in data.lines] == [
        ("INV-", D("250000.00"), D("0.00")), ("INV-", D("150000.00"), D("150000.00"))]
    assert (data.amount_received, data.change_given, data.method, data.cashier_name) == (
        D("400000.00"), D("0.00"), "cash", "Kasir1")
    assert data.shift_number.startswith("SHF-") and data.status == "confirmed"
    info = audit.actor_info(cashier, "payments")
    first = write(db, lambda s: record_print(s, cashier, posted.receipt_id), info=info)
    second = write(db, lambda s: record_print(s, cashier, posted.receipt_id), info=info)
    assert (first.copy_number, second.copy_number) == (0, 1)
    assert read(db, lambda s: receipt_data(s, cashier, posted.receipt_id)).copy_number == 2
    prints = read(db, lambda s: s.scalars(sa.select(AuditLog.action).where(AuditLog.model_type == "receipts",
                                                                           AuditLog.action.in_(("print", "reprint")))
                                          .order_by(AuditLog.id)).all())
    assert prints == ["print", "reprint"]
    payment_id = read(db, lambda s: s.scalars(sa.select(Payment.id).where(Payment.invoice_id == ids[1])).one())
    assert read(db, lambda s: receipt_for_payment(s, cashier, payment_id)) == posted.receipt_id


def test_find_customers_by_codes_phone_name_and_address(db: Database, cashier) -> None:
    budi = add_customer(db, "Budi Santoso", "+6281211110001", "Jl. Melati 5, Denpasar")
    siti = add_customer(db, "Siti Aminah", "+6281311110002", "Jl. Kenanga 9, Gianyar")
    add_customer(db, "Budiman", "+6285711110003", "Jl. Mawar 1, Tabanan")
    ids = add_invoices(db, siti, ["250000"])
    invoice_number = account(db, cashier, siti).invoices[0].invoice_number
    find = lambda text: read(db, lambda s: [m.customer_id for m in find_customers(s, cashier, text)])  # noqa: E731
    assert find(invoice_number) == [siti]
    assert find(invoice_number.lower()) == [siti]
    matches = read(db, lambda s: find_customers(s, cashier, "Siti"))
    assert matches[0].total_due == D("250000.00")
    posted = pay(db, cashier, request(siti, "250000", invoice_ids=tuple(ids)))
    assert find(f"ISPDESK-RCP:{posted.receipt_number}") == [siti]
    assert find(posted.receipt_number) == [siti]
    number = read(db, lambda s: find_customers(s, cashier, "Budiman")[0].customer_number)
    assert find(number) == [find("Budiman")[0]]
    assert find("081211") == [budi] and find("+6281311") == [siti]
    assert set(find("budi")) == {budi, find("Budiman")[0]}
    assert find("Gianyar") == [siti] and find("Santoso") == [budi]
    assert find("  ") == [] and find("nobody here") == []
    from ispdesk.services import proforma
    made = write(db, lambda s: proforma.create_proforma(s, ADMIN, proforma.ProformaRequest(
        customer_id=budi, installation_fee="500000")))
    assert find(made.number) == [budi]   # a scanned proforma finds its customer
