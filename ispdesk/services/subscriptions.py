"""Changing a customer's package: it takes effect from the next period.

The change is kept in ``recurring_billings.pending_package_id``; the billing
run switches ``package_id`` and ``amount`` (the new package's price) when it
bills the period starting on ``next_billing_date``. The row is changed
through the ORM, so the audit listener records it (pass
``info=audit.actor_info(actor, "recurring_billings")`` to ``write``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Customer, Package, RecurringBilling
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.domain.proration import add_months
from ispdesk.services.permissions import require

MODULE = "recurring_billings"


@dataclass(frozen=True)
class PackageChange:
    recurring_billing_id: int
    current_package: str
    next_package: str | None       # None: no change pending
    effective_from: date | None


def change_package(session: Session, actor: Actor | None, recurring_billing_id: int,
                   package_id: int | None) -> PackageChange:
    """Bill ``package_id`` from the next period on (None, or the current package, cancels a pending change)."""
    require(actor, MODULE, "edit")
    subscription = session.get(RecurringBilling, recurring_billing_id, with_for_update=True)
    if subscription is None:
        raise NotFound("The subscription no longer exists.")
    current = session.get(Package, subscription.package_id)
    if package_id is None or package_id == subscription.package_id:
        subscription.pending_package_id = None
        return PackageChange(subscription.id, current.name if current else "", None, None)
    package = session.get(Package, package_id)
    if package is None:
        raise ValidationError({"package_id": "Choose a package from the list."})
    if not package.is_active:
        raise ValidationError({"package_id": f"{package.name} is no longer sold."})
    if not subscription.is_active:
        raise ValidationError({"package_id": "The subscription has ended; its package cannot change."})
    subscription.pending_package_id = package.id
    return PackageChange(subscription.id, current.name if current else "", package.name,
                         subscription.next_billing_date)


@dataclass(frozen=True)
class PackageChoice:
    id: int
    name: str
    monthly_price: Decimal


@dataclass(frozen=True)
class SubscriptionPackages:
    """What the change-package dialog shows: the subscription's packages and those on sale."""

    recurring_billing_id: int
    customer: str
    current_package_id: int
    pending_package_id: int | None
    next_billing_date: date | None
    choices: tuple[PackageChoice, ...]


def package_options(session: Session, actor: Actor | None, recurring_billing_id: int) -> SubscriptionPackages:
    """The subscription's current and pending package and every active package, by price."""
    require(actor, MODULE, "view")
    subscription = session.get(RecurringBilling, recurring_billing_id)
    if subscription is None:
        raise NotFound("The subscription no longer exists.")
    customer = session.get(Customer, subscription.customer_id)
    rows = session.execute(sa.select(Package.id, Package.name, Package.monthly_price)
                           .where(sa.or_(Package.is_active.is_(True), Package.id == subscription.package_id))
                           .order_by(Package.monthly_price, Package.name)).all()
    return SubscriptionPackages(
        recurring_billing_id=subscription.id,
        customer=f"{customer.customer_number} · {customer.name}" if customer else "",
        current_package_id=subscription.package_id, pending_package_id=subscription.pending_package_id,
        next_billing_date=subscription.next_billing_date,
        choices=tuple(PackageChoice(r.id, r.name, r.monthly_price) for r in rows))


def cover_prepaid_months(session: Session, actor: Actor | None, contract_id: int, months: int) -> date | None:
    """Months paid in advance (a paid proforma) are not billed again: the contract's subscription's
    ``next_billing_date`` moves on by ``months``; returns the new date (None: no subscription yet)."""
    require(actor, MODULE, "edit")
    if months < 0:
        raise ValidationError({"prepaid_months": "Prepaid months cannot be negative."})
    subscription = session.execute(
        sa.select(RecurringBilling).where(RecurringBilling.contract_id == contract_id,
                                          RecurringBilling.is_active.is_(True))
        .order_by(RecurringBilling.id).with_for_update()).scalars().first()
    if subscription is None or subscription.next_billing_date is None:
        return None
    if months:
        subscription.next_billing_date = add_months(subscription.next_billing_date, months)
    return subscription.next_billing_date
