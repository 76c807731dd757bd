"""The referrer's reward when a referred customer first pays an invoice in full:
credit at once or a discount on the referrer's next invoice (settings), once."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog, CustomerCreditMovement, Invoice, InvoiceItem, Receipt, Referral, ReferralReward
from ispdesk.db.unit_of_work import read, write
from ispdesk.services.billing_run import run_billing
from tests.reliability.cashier_data import add_customer, add_invoices, credit_of, pay, request
from tests.reliability.cashier_data import cashier  # noqa: F401 (fixture)
from tests.services.billing_docs_support import set_settings
from tests.services.billing_support import add, add_package, add_subscription
from tests.support.actors import ADMIN

D = Decimal
CODE = "AGUS123456"


@pytest.fixture
def pair(db: Database) -> tuple[int, int]:
    """(referrer, referred): the referred customer came through the referrer's code."""
    referrer = add_customer(db, "Agus Pratama", phone="+6281211110002")
    referred = add_customer(db, "Rina Kusuma", phone="+6281211110003")
    add(db, Referral(referrer_customer_id=referrer, referred_customer_id=referred, referral_code=CODE,
                     status="pending"))
    return referrer, referred


def referral(db: Database) -> Referral:
    return read(db, lambda s: s.scalars(sa.select(Referral)).one())


def rewards(db: Database) -> list[ReferralReward]:
    return read(db, lambda s: list(s.scalars(sa.select(ReferralReward).order_by(ReferralReward.id))))


def test_first_paid_invoice_credits_the_referrer_once(db: Database, cashier, pair) -> None:
    referrer, referred = pair
    add_invoices(db, referred, ["166500", "166500"])
    pay(db, cashier, request(referred, "166500", allow_partial=True))     # the oldest invoice
    assert credit_of(db, referrer) == D("50000.00")        # the default reward: Rp 50.000 credit
    (reward,) = rewards(db)
    assert (reward.customer_id, reward.reward_type, reward.amount, reward.status) == (
        referrer, "credit", D("50000.00"), "applied")
    movement = read(db, lambda s: s.get(CustomerCreditMovement, reward.credit_movement_id))
    assert (movement.customer_id, movement.kind, movement.amount, movement.balance_after) == (
        referrer, "referral_reward", D("50000.00"), D("50000.00"))
    assert referral(db).status == "rewarded" and referral(db).qualified_at is not None
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(AuditLog).where(
        AuditLog.model_type == "referrals", AuditLog.action == "qualify"))) == 1

    pay(db, cashier, request(referred, "166500"))           # the second invoice: nothing more
    assert credit_of(db, referrer) == D("50000.00") and len(rewards(db)) == 1


def test_a_partial_payment_does_not_qualify(db: Database, cashier, pair) -> None:
    referrer, referred = pair
    add_invoices(db, referred, ["166500"])
    pay(db, cashier, request(referred, "100000", allow_partial=True))
    assert rewards(db) == [] and referral(db).status == "pending" and credit_of(db, referrer) == 0
    pay(db, cashier, request(referred, "66500"))
    assert credit_of(db, referrer) == D("50000.00") and referral(db).status == "rewarded"


def test_a_customer_nobody_referred_pays_as_usual(db: Database, cashier, pair) -> None:
    referrer, _ = pair
    add_invoices(db, referrer, ["166500"])
    pay(db, cashier, request(referrer, "166500"))
    assert rewards(db) == [] and referral(db).status == "pending"


def test_a_zero_reward_qualifies_without_a_reward(db: Database, cashier, pair) -> None:
    referrer, referred = pair
    set_settings(db, **{"referral.reward_amount": "0"})
    add_invoices(db, referred, ["166500"])
    pay(db, cashier, request(referred, "166500"))
    assert rewards(db) == [] and referral(db).status == "qualified" and credit_of(db, referrer) == 0


def test_a_discount_reward_comes_off_the_referrers_next_invoice_once(db: Database, cashier, pair) -> None:
    referrer, referred = pair
    set_settings(db, **{"referral.reward_type": "discount", "referral.reward_amount": "25000"})
    package = add_package(db)
    add_subscription(db, referrer, package, next_billing=date(2026, 12, 1), price="150000")
    add_invoices(db, referred, ["166500"])
    pay(db, cashier, request(referred, "166500"))
    (reward,) = rewards(db)
    assert (reward.reward_type, reward.status, reward.invoice_id) == ("discount", "pending", None)
    assert referral(db).status == "qualified" and credit_of(db, referrer) == 0

    run_billing(db, ADMIN, date(2026, 12, 1))
    invoice = read(db, lambda s: s.scalars(sa.select(Invoice).where(Invoice.customer_id == referrer)).one())
    lines = read(db, lambda s: [(i.kind, i.description, i.amount) for i in s.scalars(
        sa.select(InvoiceItem).where(InvoiceItem.invoice_id == invoice.id).order_by(InvoiceItem.id))])
    assert ("discount", f"Referral reward ({CODE})", D("-25000.00")) in lines
    assert invoice.discount_amount == D("25000.00") and invoice.subtotal == D("150000.00")
    assert invoice.total < D("150000.00") * D("1.11")
    (reward,) = rewards(db)
    assert (reward.status, reward.invoice_id) == ("applied", invoice.id) and reward.applied_at is not None
    assert referral(db).status == "rewarded"

    run_billing(db, ADMIN, date(2027, 1, 1))             # the next month: the full price again
    january = read(db, lambda s: s.scalars(sa.select(Invoice).where(
        Invoice.customer_id == referrer, Invoice.period == "2027-01")).one())
    assert january.discount_amount == 0


def test_a_discount_bigger_than_the_invoice_stops_at_zero(db: Database, cashier, pair) -> None:
    referrer, referred = pair
    set_settings(db, **{"referral.reward_type": "discount", "referral.reward_amount": "500000"})
    add_subscription(db, referrer, add_package(db), next_billing=date(2026, 12, 1), price="150000")
    add_invoices(db, referred, ["166500"])
    pay(db, cashier, request(referred, "166500"))
    run_billing(db, ADMIN, date(2026, 12, 1))
    invoice = read(db, lambda s: s.scalars(sa.select(Invoice).where(Invoice.customer_id == referrer)).one())
    assert (invoice.total, invoice.status) == (D("0.00"), "paid")
    assert rewards(db)[0].status == "applied"



def void(db: Database, cashier, receipt_id: int) -> None:
    from ispdesk.services.voids import void_receipt
    from tests.reliability.cashier_data import NOW, add_actor
    supervisor = add_actor(db, f"spv{receipt_id}", "supervisor")
    write(db, lambda s: void_receipt(s, cashier, receipt_id, supervisor=supervisor, reason="salah pelanggan",
                                     refund=False, now=NOW))


def test_a_void_of_the_first_payment_takes_the_credit_back_and_the_next_payment_rewards_once(
        db: Database, cashier, pair) -> None:
    referrer, referred = pair
    add_invoices(db, referred, ["166500"])
    posted = pay(db, cashier, request(referred, "166500"))
    assert credit_of(db, referrer) == D("50000.00")
    void(db, cashier, posted.receipt_id)
    assert credit_of(db, referrer) == D("0.00") and rewards(db) == []
    assert (referral(db).status, referral(db).qualified_at) == ("pending", None)
    kinds = read(db, lambda s: [(m.kind, m.amount) for m in s.scalars(sa.select(CustomerCreditMovement).where(
        CustomerCreditMovement.customer_id == referrer).order_by(CustomerCreditMovement.id))])
    assert kinds == [("referral_reward", D("50000.00")), ("reversal", D("-50000.00"))]
    pay(db, cashier, request(referred, "166500"))             # paid for real this time: rewarded again, once
    assert credit_of(db, referrer) == D("50000.00") and len(rewards(db)) == 1 and referral(db).status == "rewarded"


def test_credit_already_spent_is_taken_back_as_far_as_it_goes(db: Database, cashier, pair) -> None:
    from ispdesk.db.models import Customer
    from ispdesk.services.payments import move_credit
    referrer, referred = pair
    add_invoices(db, referred, ["166500"])
    posted = pay(db, cashier, request(referred, "166500"))
    write(db, lambda s: move_credit(s, s.get(Customer, referrer), D("-30000"), "applied", created_by=None))
    void(db, cashier, posted.receipt_id)
    assert credit_of(db, referrer) == D("0.00") and referral(db).status == "pending"
    entry = read(db, lambda s: s.scalars(sa.select(AuditLog).where(
        AuditLog.model_type == "referrals", AuditLog.action == "reopen")).one())
    assert D(str(entry.new_values["taken_back"])) == D("20000.00")


def test_a_waiting_discount_is_withdrawn_and_a_customer_with_another_paid_invoice_keeps_it(
        db: Database, cashier, pair) -> None:
    referrer, referred = pair
    set_settings(db, **{"referral.reward_type": "discount", "referral.reward_amount": "25000"})
    add_invoices(db, referred, ["166500", "166500"])
    pay(db, cashier, request(referred, "166500", allow_partial=True))
    second = pay(db, cashier, request(referred, "166500"))
    void(db, cashier, second.receipt_id)                      # the first invoice stays paid: nothing changes
    assert [r.status for r in rewards(db)] == ["pending"] and referral(db).status == "qualified"
    first_receipt = read(db, lambda s: s.scalar(sa.select(sa.func.min(Receipt.id))))
    void(db, cashier, first_receipt)
    assert rewards(db) == [] and referral(db).status == "pending"
