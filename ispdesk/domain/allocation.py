"""How money received at the counter is spread over a customer's invoices.

Pure: no database. The service feeds it the locked invoices' remaining amounts
(oldest first) and writes what it plans.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ispdesk.domain.errors import ValidationError


@dataclass(frozen=True)
class Allocation:
    """Money applied to one invoice."""

    invoice_id: int
    amount: Decimal


@dataclass(frozen=True)
class AllocationPlan:
    """What a payment does: per-invoice amounts (money + credit), how much of the
    received money they use, the credit used / added and the change given."""

    allocations: tuple[Allocation, ...]
    from_money: Decimal
    credit_used: Decimal
    credit_added: Decimal
    change: Decimal

    @property
    def applied(self) -> Decimal:
        """Total applied to invoices (money + credit)."""
        return sum((a.amount for a in self.allocations), Decimal("0"))


def plan_allocation(remaining: Sequence[tuple[int, Decimal]], amount_received: Decimal, method: str, *,
                    chosen_ids: Sequence[int] = (), use_credit: bool = False,
                    credit_balance: Decimal = Decimal("0"), excess_to_credit: bool = False,
                    allow_partial: bool = False) -> AllocationPlan:
    """Plan a payment over ``remaining`` ((invoice_id, remaining), oldest first).

    Raises ValidationError({"amount": ...}) or ({"invoices": ...}) with a clear message."""
    raise NotImplementedError
