"""How money received at the counter is spread over a customer's invoices.

Pure: no database. The service feeds it the locked invoices' remaining amounts
(oldest first) and writes what it plans. Credit (when used) pays first, oldest
invoice first, then the money received; what is left of the money is change
(cash) or customer credit (non-cash, or cash the customer leaves as credit).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ispdesk.domain.enums import PaymentMethod
from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import message
from ispdesk.domain.money import ZERO, MoneyError, format_rupiah, to_money

PARTIAL_REFUSED = message("allocation.partial_refused",
                          "The amount is less than the {due} due: tick the invoices to pay, or confirm a "
                          "partial payment.")
UNKNOWN_METHOD = message("allocation.unknown_method", "{method} is not a payment method.")
TICKED_NOT_OUTSTANDING = message("allocation.ticked_not_outstanding",
                                 "A ticked invoice is no longer outstanding (paid a moment ago?): reload the "
                                 "customer and tick again.")
NEGATIVE_AMOUNT = message("allocation.negative_amount", "The amount received cannot be negative.")
NO_AMOUNT = message("allocation.no_amount", "Enter the amount received (more than zero).")
NOTHING_DUE = message("allocation.nothing_due", "Nothing is due ({due}): keep the money as credit or give it back.")


@dataclass(frozen=True)
class Allocation:
    """Money applied to one invoice; ``credit`` is the part of ``amount`` paid
    from the customer's credit balance."""

    invoice_id: int
    amount: Decimal
    credit: Decimal = ZERO

    @property
    def money(self) -> Decimal:
        """The part paid from the money received."""
        return self.amount - self.credit


@dataclass(frozen=True)
class AllocationPlan:
    """What a payment does: per-invoice amounts (money + credit), how much of the
    received money they use (``from_money``), the credit used / added and the change."""

    allocations: tuple[Allocation, ...]
    from_money: Decimal
    credit_used: Decimal
    credit_added: Decimal
    change: Decimal

    @property
    def applied(self) -> Decimal:
        """Total applied to invoices (money + credit)."""
        return sum((a.amount for a in self.allocations), ZERO)


def _amount(value: Decimal | int | str, field: str) -> Decimal:
    try:
        return to_money(value)
    except MoneyError as exc:
        raise ValidationError({field: exc.message}) from exc


def _targets(remaining: Sequence[tuple[int, Decimal]], chosen_ids: Sequence[int]) -> list[tuple[int, Decimal]]:
    open_ = [(invoice_id, rest) for invoice_id, rest in remaining if rest > 0]
    if not chosen_ids:
        return open_
    known = {invoice_id for invoice_id, _ in open_}
    missing = [i for i in chosen_ids if i not in known]
    if missing:
        raise ValidationError({"invoices": TICKED_NOT_OUTSTANDING()})
    chosen = set(chosen_ids)
    return [(invoice_id, rest) for invoice_id, rest in open_ if invoice_id in chosen]


def _spread(targets: list[tuple[int, Decimal]], credit: Decimal, money: Decimal) -> list[Allocation]:
    """Credit first, then money, each oldest invoice first."""
    allocations = []
    for invoice_id, rest in targets:
        from_credit = min(credit, rest)
        from_money = min(money, rest - from_credit)
        credit -= from_credit
        money -= from_money
        if from_credit + from_money > 0:
            allocations.append(Allocation(invoice_id, from_credit + from_money, from_credit))
    return allocations


def plan_allocation(remaining: Sequence[tuple[int, Decimal]], amount_received: Decimal, method: str, *,
                    chosen_ids: Sequence[int] = (), use_credit: bool = False,
                    credit_balance: Decimal = ZERO, excess_to_credit: bool = False,
                    allow_partial: bool = False) -> AllocationPlan:
    """Plan a payment over ``remaining`` ((invoice_id, remaining), oldest first).

    Raises ValidationError({"amount" | "invoices" | "method": message}) when the
    payment cannot be made as asked."""
    if method not in tuple(PaymentMethod):
        raise ValidationError({"method": UNKNOWN_METHOD(method=method)})
    amount = _amount(amount_received, "amount")
    if amount < 0:
        raise ValidationError({"amount": NEGATIVE_AMOUNT()})
    targets = _targets(remaining, chosen_ids)
    due = sum((rest for _, rest in targets), ZERO)
    credit_used = min(_amount(credit_balance, "credit"), due) if use_credit else ZERO
    credit_used = max(credit_used, ZERO)
    if amount == 0 and credit_used == 0:
        raise ValidationError({"amount": NO_AMOUNT()})
    needed = due - credit_used
    if amount < needed and not (chosen_ids or allow_partial):
        raise ValidationError({"amount": PARTIAL_REFUSED(due=format_rupiah(needed))})
    excess = max(amount - needed, ZERO)
    to_credit = excess_to_credit or method != PaymentMethod.CASH
    if to_credit and excess and credit_used:
        # Money beyond what is due would go straight back to credit: use less credit instead.
        give_back = min(excess, credit_used)
        credit_used -= give_back
        excess -= give_back
    allocations = _spread(targets, credit_used, amount)
    from_money = sum((a.money for a in allocations), ZERO)
    credit_added = excess if to_credit else ZERO
    change = ZERO if to_credit else excess
    if not allocations and not credit_added:
        raise ValidationError({"amount": NOTHING_DUE(due=format_rupiah(due))})
    return AllocationPlan(tuple(allocations), from_money, credit_used, credit_added, change)
