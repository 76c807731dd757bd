"""Does every item's quantity equal the sum of its ledger? (``ispdesk stock check``)"""
from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Inventory, InventoryTransaction
from ispdesk.domain.messages import message, render

DIFFERENCE = message("stock.check_difference",
                     "{item}  {name}: quantity {quantity}, ledger {ledger} (difference {difference})")
BROKEN_CHAINS = message("stock.check_broken_chains", "%n movement(s) whose after-quantity is not before + change")
ALL_EQUAL = message("stock.check_all_equal", "{items} items checked: every quantity equals its ledger.")
SOME_DIFFER = message("stock.check_some_differ", "{items} items checked: %n differ.")


@dataclass(frozen=True)
class Difference:
    """An item whose quantity is not what its movements add up to."""

    inventory_id: int
    sku: str | None
    name: str
    quantity: int
    ledger_sum: int

    @property
    def difference(self) -> int:
        return self.quantity - self.ledger_sum


@dataclass(frozen=True)
class CheckResult:
    items_checked: int
    differences: tuple[Difference, ...]
    broken_chains: int   # movements whose new quantity is not previous + change

    @property
    def ok(self) -> bool:
        return not self.differences and not self.broken_chains


def check(session: Session) -> CheckResult:
    """Compare every item's quantity with its ledger sum, in one grouped query."""
    tx = InventoryTransaction.__table__
    sums = (sa.select(tx.c.inventory_id, sa.func.sum(tx.c.quantity).label("total"))
            .group_by(tx.c.inventory_id).subquery())
    inv = Inventory.__table__
    ledger = sa.func.coalesce(sums.c.total, 0)
    rows = session.execute(
        sa.select(inv.c.id, inv.c.sku, inv.c.name, sa.func.coalesce(inv.c.quantity, 0), ledger)
        .select_from(inv.outerjoin(sums, sums.c.inventory_id == inv.c.id)).order_by(inv.c.id)).all()
    differences = tuple(Difference(r[0], r[1], r[2], int(r[3]), int(r[4])) for r in rows if int(r[3]) != int(r[4]))
    broken = session.execute(sa.select(sa.func.count()).select_from(tx).where(
        tx.c.new_quantity != tx.c.previous_quantity + tx.c.quantity)).scalar_one()
    return CheckResult(len(rows), differences, int(broken))


def report_lines(result: CheckResult) -> list[str]:
    """What ``ispdesk stock check`` prints (in the installed language)."""
    lines = [render(DIFFERENCE(item=d.sku or d.inventory_id, name=d.name, quantity=d.quantity, ledger=d.ledger_sum,
                               difference=f"{d.difference:+d}")) for d in result.differences]
    if result.broken_chains:
        lines.append(render(BROKEN_CHAINS(count=result.broken_chains)))
    if result.ok or not result.differences:
        lines.append(render(ALL_EQUAL(items=result.items_checked)))
    else:
        lines.append(render(SOME_DIFFER(count=len(result.differences), items=result.items_checked)))
    return lines
