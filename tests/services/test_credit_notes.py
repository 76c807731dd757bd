"""Credit notes: requested with a reason, approved by a supervisor, applied to
what the invoice owes or kept as customer credit; the PDF follows."""
from __future__ import annotations

import multiprocessing
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog, CreditNote, Customer, CustomerCreditMovement
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import AuthenticationError, ConflictError, PermissionDenied, ValidationError
from ispdesk.services import credit_notes as cn
from tests.services.billing_docs_support import add_customer, add_invoice, invoice_row
from tests.support.actors import add_user

TOTAL = Decimal("166500.00")     # Rp 150.000 + PPN 12% on DPP 11/12


@pytest.fixture
def people(db):
    return {"kasir": add_user(db, "kasir1", "cashier"), "spv": add_user(db, "spv", "supervisor")}


def request(db, actor, invoice_id, amount=None, reason="Gangguan layanan 5 hari"):
    return write(db, lambda s: cn.request_credit_note(s, actor, invoice_id, reason, amount))


def customer_credit(db, customer_id):
    def work(s):
        balance = s.get(Customer, customer_id).credit_balance
        ledger = list(s.execute(sa.select(CustomerCreditMovement.amount, CustomerCreditMovement.balance_after,
                                          CustomerCreditMovement.kind)
                                .where(CustomerCreditMovement.customer_id == customer_id)
                                .order_by(CustomerCreditMovement.id)))
        return balance, ledger
    return read(db, work)


def test_a_part_credit_reduces_what_an_unpaid_invoice_owes(db, people):
    customer = add_customer(db)
    invoice = add_invoice(db, customer)
    note = request(db, people["kasir"], invoice, "50000")
    assert note.number.startswith("CN-") and note.amount == Decimal("50000.00")
    result = cn.approve_with_credentials(db, people["kasir"], note.id, "spv", "rahasia123")
    assert (result.applied_to_invoice, result.applied_to_credit) == (Decimal("50000.00"), Decimal("0.00"))
    row = invoice_row(db, invoice)
    assert row.total == TOTAL - 50000 and row.status == "unpaid" and result.amount_due == TOTAL - 50000
    assert customer_credit(db, customer) == (Decimal("0.00"), [])


def test_a_full_credit_of_an_unpaid_invoice_cancels_it(db, people):
    invoice = add_invoice(db, add_customer(db))
    note = request(db, people["kasir"], invoice)          # no amount: all of it
    assert note.amount == TOTAL
    result = cn.approve_with_credentials(db, people["kasir"], note.id, "spv", "rahasia123")
    assert result.invoice_status == "cancelled" and result.amount_due == 0


def test_what_was_already_paid_becomes_customer_credit(db, people):
    customer = add_customer(db)
    invoice = add_invoice(db, customer, paid=Decimal("100000"), status="partial")
    note = request(db, people["kasir"], invoice, "80000")
    result = cn.approve_with_credentials(db, people["kasir"], note.id, "spv", "rahasia123")
    # 66.500 was still owed: that much comes off the invoice, the other 13.500 is credit
    assert (result.applied_to_invoice, result.applied_to_credit) == (Decimal("66500.00"), Decimal("13500.00"))
    row = invoice_row(db, invoice)
    assert row.total == Decimal("100000.00") and row.status == "paid" and row.paid_at is not None
    assert customer_credit(db, customer) == (Decimal("13500.00"), [(Decimal("13500.00"), Decimal("13500.00"),
                                                                     "credit_note")])


def test_the_credit_ledger_runs_on_from_an_existing_balance(db, people):
    customer = add_customer(db, credit_balance=Decimal("20000"))
    invoice = add_invoice(db, customer, paid=TOTAL, status="paid")
    note = request(db, people["kasir"], invoice, "30000")
    result = cn.approve_with_credentials(db, people["kasir"], note.id, "spv", "rahasia123")
    assert result.credit_balance == Decimal("50000.00")
    assert customer_credit(db, customer)[1][-1][:2] == (Decimal("30000.00"), Decimal("50000.00"))


@pytest.mark.parametrize("amount, reason, codes", [
    ("0", "x", {"amount": "credit_notes.not_positive"}), ("-5", "x", {"amount": "credit_notes.not_positive"}),
    ("166501", "x", {"amount": "credit_notes.too_much"}), ("abc", "x", {"amount": "money.not_an_amount"}),
    ("1000", "  ", {"reason": "credit_notes.no_reason"})])
def test_bad_requests_are_refused_next_to_the_field_and_nothing_is_written(db, people, amount, reason, codes):
    invoice = add_invoice(db, add_customer(db))
    with pytest.raises(ValidationError) as caught:
        request(db, people["kasir"], invoice, amount, reason)
    assert caught.value.codes == codes
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(CreditNote))) == 0


def test_credits_on_one_invoice_never_add_up_to_more_than_its_total(db, people):
    invoice = add_invoice(db, add_customer(db))
    first = request(db, people["kasir"], invoice, "100000")
    with pytest.raises(ValidationError) as caught:
        request(db, people["kasir"], invoice, "70000")
    assert caught.value.codes == {"amount": "credit_notes.too_much"}
    assert caught.value.errors["amount"].params["room"] == "Rp 66.500"
    cn.approve_with_credentials(db, people["kasir"], first.id, "spv", "rahasia123")
    assert request(db, people["kasir"], invoice).amount == Decimal("66500.00")   # the rest, after applying


def test_only_a_supervisor_approves_and_a_wrong_password_is_counted(db, people):
    invoice = add_invoice(db, add_customer(db))
    note = request(db, people["kasir"], invoice, "10000")
    with pytest.raises(AuthenticationError):
        cn.approve_with_credentials(db, people["kasir"], note.id, "kasir1", "rahasia123")
    with pytest.raises(AuthenticationError):
        cn.approve_with_credentials(db, people["kasir"], note.id, "spv", "salah")
    with pytest.raises(PermissionDenied) as refused:
        write(db, lambda s: cn.approve_credit_note(s, people["kasir"], note.id, people["kasir"]))
    assert refused.value.code == "permission.not_an_approver"
    assert read(db, lambda s: s.get(CreditNote, note.id).status) == "draft"
    failed = read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(AuditLog)
                                         .where(AuditLog.action == "login_failed")))
    assert failed == 2


def test_the_approver_is_whoever_holds_the_permission_not_a_role_name(db, people):
    from ispdesk.domain.actor import Actor
    invoice = add_invoice(db, add_customer(db))
    note = request(db, people["kasir"], invoice, "10000")
    kasir = people["kasir"]
    trusted = Actor(kasir.user_id, kasir.username, kasir.name, kasir.role,
                    kasir.permissions | {("credit_notes", "approve")})
    result = write(db, lambda s: cn.approve_credit_note(s, people["kasir"], note.id, trusted))
    assert result.approved_by == kasir.name and invoice_row(db, invoice).total == TOTAL - 10000


def test_a_credit_note_is_applied_once(db, people):
    invoice = add_invoice(db, add_customer(db))
    note = request(db, people["kasir"], invoice, "10000")
    cn.approve_with_credentials(db, people["kasir"], note.id, "spv", "rahasia123")
    with pytest.raises(ConflictError) as caught:
        cn.approve_with_credentials(db, people["kasir"], note.id, "spv", "rahasia123")
    assert caught.value.code == "credit_notes.not_a_draft"
    with pytest.raises(ConflictError) as cancelling:
        write(db, lambda s: cn.cancel_credit_note(s, people["spv"], note.id))
    assert cancelling.value.code == "credit_notes.not_a_draft_to_cancel"
    assert invoice_row(db, invoice).total == TOTAL - 10000


def test_a_draft_can_be_cancelled_and_then_frees_its_amount(db, people):
    invoice = add_invoice(db, add_customer(db))
    note = request(db, people["kasir"], invoice)
    write(db, lambda s: cn.cancel_credit_note(s, people["spv"], note.id))
    assert request(db, people["kasir"], invoice).amount == TOTAL


def test_a_cashier_cannot_request_without_the_permission(db):
    sales = add_user(db, "sales1", "sales")
    invoice = add_invoice(db, add_customer(db))
    with pytest.raises(PermissionDenied) as refused:
        request(db, sales, invoice, "1000")
    assert refused.value.code == "permission.denied"


def _approve_in_process(url: str, note_id: int, kasir, queue) -> None:
    db = Database.open(url)
    try:
        cn.approve_with_credentials(db, kasir, note_id, "spv", "rahasia123")
        queue.put("applied")
    except ConflictError:
        queue.put("conflict")
    except Exception as exc:  # noqa: BLE001 - reported to the test
        queue.put(repr(exc))
    finally:
        db.dispose()


@pytest.mark.mariadb
@pytest.mark.slow
def test_two_supervisors_approving_at_once_apply_it_once(scratch_mariadb, fast_hashing):
    from ispdesk.services.database import prepare
    url = scratch_mariadb.create()
    db = Database.open(url)
    prepare(db)
    kasir = add_user(db, "kasir1", "cashier")
    add_user(db, "spv", "supervisor")
    customer = add_customer(db)
    invoice = add_invoice(db, customer, paid=Decimal("100000"), status="partial")
    notes = [request(db, kasir, invoice, "40000") for _ in range(2)]
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_approve_in_process, args=(url, notes[i % 2].id, kasir, queue))
               for i in range(6)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    outcomes = sorted(queue.get(timeout=5) for _ in workers)
    assert outcomes == ["applied"] * 2 + ["conflict"] * 4
    row = invoice_row(db, invoice)
    # 66.500 was owed: 40.000 + 26.500 come off the invoice, 13.500 becomes credit
    assert row.total == Decimal("100000.00") and row.status == "paid"
    assert customer_credit(db, customer)[0] == Decimal("13500.00")
    db.dispose()
    scratch_mariadb.drop(url)
