"""The allocation plan: oldest first, ticked, partial, credit, change, refusals."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ispdesk.domain.allocation import Allocation, plan_allocation
from ispdesk.domain.errors import ValidationError

D = Decimal
DUE = [(1, D("250000")), (2, D("250000")), (3, D("300000"))]


def test_oldest_first_with_change() -> None:
    plan = plan_allocation(DUE, D("850000"), "cash")
    assert plan.allocations == (Allocation(1, D("250000")), Allocation(2, D("250000")), Allocation(3, D("300000")))
    assert (plan.from_money, plan.change, plan.credit_added, plan.credit_used) == (D("800000"), D("50000"), 0, 0)


def test_partial_needs_consent_or_ticks() -> None:
    with pytest.raises(ValidationError) as info:
        plan_allocation(DUE, D("300000"), "cash")
    assert info.value.codes == {"amount": "allocation.partial_refused"}
    assert info.value.errors["amount"].params == {"due": "Rp 800.000"}
    plan = plan_allocation(DUE, D("300000"), "cash", allow_partial=True)
    assert [a.amount for a in plan.allocations] == [D("250000"), D("50000")]
    ticked = plan_allocation(DUE, D("100000"), "cash", chosen_ids=[3])
    assert ticked.allocations == (Allocation(3, D("100000")),) and ticked.change == 0


def test_ticked_invoices_keep_oldest_first_order() -> None:
    plan = plan_allocation(DUE, D("600000"), "cash", chosen_ids=[3, 2])
    assert [a.invoice_id for a in plan.allocations] == [2, 3] and plan.change == D("50000")


def test_excess_to_credit_and_non_cash_excess_is_credit() -> None:
    kept = plan_allocation(DUE[:1], D("300000"), "cash", excess_to_credit=True)
    assert (kept.change, kept.credit_added) == (0, D("50000"))
    transfer = plan_allocation(DUE[:1], D("300000"), "transfer")
    assert (transfer.change, transfer.credit_added) == (0, D("50000"))
    deposit = plan_allocation([], D("100000"), "qris")
    assert deposit.allocations == () and deposit.credit_added == D("100000")


def test_credit_pays_first_and_alone() -> None:
    plan = plan_allocation(DUE, D("0"), "cash", use_credit=True, credit_balance=D("260000"), allow_partial=True)
    assert plan.allocations == (Allocation(1, D("250000"), D("250000")), Allocation(2, D("10000"), D("10000")))
    assert (plan.credit_used, plan.from_money) == (D("260000"), 0)
    mixed = plan_allocation(DUE[:2], D("400000"), "cash", use_credit=True, credit_balance=D("100000"))
    assert mixed.allocations == (Allocation(1, D("250000"), D("100000")), Allocation(2, D("250000")))
    assert (mixed.from_money, mixed.change, mixed.credit_used) == (D("400000"), 0, D("100000"))
    assert mixed.allocations[0].money == D("150000")


def test_non_cash_excess_uses_less_credit_instead_of_adding_it_back() -> None:
    plan = plan_allocation(DUE[:1], D("250000"), "transfer", use_credit=True, credit_balance=D("100000"))
    assert (plan.credit_used, plan.credit_added, plan.from_money) == (0, 0, D("250000"))


@pytest.mark.parametrize(("amount", "method", "kw", "codes"), [
    (D("0"), "cash", {}, {"amount": "allocation.no_amount"}),
    (D("-1"), "cash", {}, {"amount": "allocation.negative_amount"}),
    (D("1.005"), "cash", {}, {"amount": "money.too_many_decimals"}),
    (D("100"), "cheque", {}, {"method": "allocation.unknown_method"}),
    (D("100"), "cash", {"chosen_ids": [9]}, {"invoices": "allocation.ticked_not_outstanding"}),
    (D("100"), "cash", {"use_credit": True, "credit_balance": D("5")}, {"amount": "allocation.partial_refused"}),
])
def test_refusals(amount: Decimal, method: str, kw: dict, codes: dict) -> None:
    with pytest.raises(ValidationError) as info:
        plan_allocation(DUE, amount, method, **kw)
    assert info.value.codes == codes


def test_cash_with_nothing_due_is_refused_unless_kept_as_credit() -> None:
    with pytest.raises(ValidationError) as info:
        plan_allocation([], D("100000"), "cash")
    assert info.value.codes == {"amount": "allocation.nothing_due"}
    assert plan_allocation([], D("100000"), "cash", excess_to_credit=True).credit_added == D("100000")
