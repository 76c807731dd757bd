from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, Invoice, Package, RecurringBilling
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import PermissionDenied, ValidationError
from ispdesk.services import audit
from ispdesk.services.billing_run import run_billing
from ispdesk.services.subscriptions import change_package

from .billing_support import add_customer, add_package, add_subscription, invoices_of
from tests.support.actors import ADMIN, CASHIER


def change(db, rb, package_id, actor=ADMIN):
    return write(db, lambda s: change_package(s, actor, rb, package_id),
                 info=audit.actor_info(actor, "recurring_billings"))


def test_package_change_waits_for_the_next_period_and_is_audited(db):
    home, fast = add_package(db, "HOME-20"), add_package(db, "HOME-50", "250000", "Home 50 Mbps")
    customer = add_customer(db, 1)
    rb = add_subscription(db, customer, home, next_billing=date(2026, 12, 1))
    result = change(db, rb, fast)
    assert (result.current_package, result.next_package, result.effective_from) == (
        "Home 20 Mbps", "Home 50 Mbps", date(2026, 12, 1))
    assert read(db, lambda s: s.get(RecurringBilling, rb).package_id) == home
    assert read(db, lambda s: s.scalar(sa.select(AuditLog.new_values).where(
        AuditLog.model_type == "recurring_billings", AuditLog.action == "update"))) == {"pending_package_id": fast}
    run_billing(db, ADMIN, date(2026, 11, 30))
    assert invoices_of(db, customer) == []
    run_billing(db, ADMIN, date(2026, 12, 1))
    assert invoices_of(db, customer)[0].subtotal == Decimal("250000")


def test_choosing_the_current_package_cancels_a_pending_change(db):
    home, fast = add_package(db, "HOME-20"), add_package(db, "HOME-50", "250000")
    rb = add_subscription(db, add_customer(db, 1), home, next_billing=date(2026, 12, 1))
    change(db, rb, fast)
    assert change(db, rb, home).next_package is None
    assert read(db, lambda s: s.get(RecurringBilling, rb).pending_package_id) is None


def test_package_change_refusals(db):
    home = add_package(db, "HOME-20")
    old = add_package(db, "OLD-10", "100000")
    write(db, lambda s: s.get(Package, old).__setattr__("is_active", False))
    rb = add_subscription(db, add_customer(db, 1), home, next_billing=date(2026, 12, 1))
    with pytest.raises(ValidationError) as retired:
        change(db, rb, old)
    assert retired.value.codes == {"package_id": "subscriptions.package_not_sold"}
    assert retired.value.errors["package_id"].params == {"package": "Home 10 Mbps"}
    with pytest.raises(ValidationError) as unknown:
        change(db, rb, 999999)
    assert unknown.value.codes == {"package_id": "subscriptions.choose_package"}
    with pytest.raises(PermissionDenied):
        change(db, rb, home, CASHIER)


def _prepaid_setup(db, *, installed: date | None):
    """A customer with a contract, its subscription (installed on ``installed`` or
    still waiting) and a 3-month prepaid proforma turned into its invoice."""
    from ispdesk.db.models import Contract
    from ispdesk.services import proforma

    from .billing_support import add
    home = add_package(db)
    customer = add_customer(db, 1)
    contract = add(db, Contract(contract_number="CTR-1", customer_id=customer, package_id=home,
                                start_date=date(2026, 11, 10), monthly_fee=Decimal("150000")))
    rb = add_subscription(db, customer, home, next_billing=date(2026, 12, 1), billing_day=1,
                          activated=installed, billed_before=False)

    def link(s):
        sub = s.get(RecurringBilling, rb)
        sub.contract_id = contract
        if installed is None:
            sub.activated_at = sub.next_billing_date = None
    write(db, link)
    made = write(db, lambda s: proforma.create_proforma(s, ADMIN, proforma.ProformaRequest(
        customer_id=customer, contract_id=contract, prepaid_months=3, monthly_price="150000")))
    invoice = write(db, lambda s: proforma.convert_to_invoice(s, ADMIN, made.id))
    return customer, rb, invoice


def _pay_and_void(db, customer):
    from tests.reliability.cashier_data import add_actor, pay, request, start_shift
    cashier = add_actor(db, "kasir1", "cashier")
    start_shift(db, cashier)
    due = read(db, lambda s: s.scalar(sa.select(sa.func.sum(Invoice.total)).where(Invoice.customer_id == customer)))
    posted = pay(db, cashier, request(customer, due))
    supervisor = add_actor(db, "spv1", "supervisor")

    def void():
        from ispdesk.services.voids import void_receipt
        write(db, lambda s: void_receipt(s, cashier, posted.receipt_id, supervisor=supervisor, reason="salah input",
                                         refund=False))
    return void


def next_billing(db, rb) -> date | None:
    return read(db, lambda s: s.get(RecurringBilling, rb).next_billing_date)


def test_prepaid_months_paid_after_installation_move_billing_on_and_a_void_moves_it_back(db):
    customer, rb, _ = _prepaid_setup(db, installed=date(2026, 11, 20))
    void = _pay_and_void(db, customer)
    # Nothing billed yet: the 3 months count from the installation day (20 Nov-19 Feb), as if paid before it.
    assert next_billing(db, rb) == date(2027, 2, 20)
    run_billing(db, ADMIN, date(2027, 2, 19))
    assert [i.period for i in invoices_of(db, customer)] == [None]       # only the proforma's invoice
    void()
    assert next_billing(db, rb) == date(2026, 12, 1)


def test_prepaid_months_paid_before_installation_count_from_the_installation_day(db):
    from ispdesk.services.subscriptions import first_billing_date
    customer, rb, _ = _prepaid_setup(db, installed=None)
    assert write(db, lambda s: first_billing_date(s, s.get(RecurringBilling, rb), date(2026, 11, 20))) == \
        date(2026, 12, 1)                                                  # not paid yet: the billing day
    _pay_and_void(db, customer)
    assert next_billing(db, rb) is None                                    # waiting: nothing moves yet
    assert write(db, lambda s: first_billing_date(s, s.get(RecurringBilling, rb), date(2026, 11, 20))) == \
        date(2027, 2, 20)                                                  # 3 months from the installation day
