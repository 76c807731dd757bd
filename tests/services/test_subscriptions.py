from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, Package, RecurringBilling
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import PermissionDenied, ValidationError
from ispdesk.services import audit
from ispdesk.services.billing_run import run_billing
from ispdesk.services.subscriptions import change_package

from .billing_support import ADMIN, CASHIER, add_customer, add_package, add_subscription, invoices_of


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
    assert retired.value.errors == {"package_id": "Home 10 Mbps is no longer sold."}
    with pytest.raises(ValidationError):
        change(db, rb, 999999)
    with pytest.raises(PermissionDenied):
        change(db, rb, home, CASHIER)


def test_prepaid_months_are_not_billed_again(db):
    from ispdesk.db.models import Contract
    from ispdesk.services.subscriptions import cover_prepaid_months

    from .billing_support import add
    home = add_package(db)
    customer = add_customer(db, 1)
    contract = add(db, Contract(contract_number="CTR-1", customer_id=customer, package_id=home,
                                start_date=date(2026, 11, 10), monthly_fee=Decimal("150000")))
    rb = add_subscription(db, customer, home, next_billing=date(2026, 12, 10))
    write(db, lambda s: s.get(RecurringBilling, rb).__setattr__("contract_id", contract))
    moved = write(db, lambda s: cover_prepaid_months(s, ADMIN, contract, 3))
    assert moved == date(2027, 3, 10)
    run_billing(db, ADMIN, date(2027, 3, 9))
    assert invoices_of(db, customer) == []
    assert write(db, lambda s: cover_prepaid_months(s, ADMIN, 999999, 3)) is None
    with pytest.raises(PermissionDenied):
        write(db, lambda s: cover_prepaid_months(s, CASHIER, contract, 1))
