"""A subscription's course: the package change that takes effect from the next
period, and the months paid in advance on proformas.

The change is kept in ``recurring_billings.pending_package_id``; the billing
run switches ``package_id`` and ``amount`` (the new package's price) when it
bills the period starting on ``next_billing_date``. The row is changed
through the ORM, so the audit listener records it (pass
``info=audit.actor_info(actor, "recurring_billings")`` to ``write``).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Customer, Package, ProformaInvoice, RecurringBilling
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.domain.enums import ProformaStatus
from ispdesk.domain.messages import message
from ispdesk.domain import proration
from ispdesk.domain.dates import add_months
from ispdesk.services.permissions import operation

MODULE = "recurring_billings"

GONE = message("subscriptions.gone", "The subscription no longer exists.")
CHOOSE_PACKAGE = message("subscriptions.choose_package", "Choose a package from the list.")
NOT_SOLD = message("subscriptions.package_not_sold", "{package} is no longer sold.")
ENDED = message("subscriptions.ended", "The subscription has ended; its package cannot change.")


@dataclass(frozen=True)
class PackageChange:
    recurring_billing_id: int
    current_package: str
    next_package: str | None       # None: no change pending
    effective_from: date | None


@operation(MODULE, "edit")
def change_package(session: Session, actor: Actor, recurring_billing_id: int,
                   package_id: int | None) -> PackageChange:
    """Bill ``package_id`` from the next period on (None, or the current package, cancels a pending change)."""
    subscription = session.get(RecurringBilling, recurring_billing_id, with_for_update=True)
    if subscription is None:
        raise NotFound(GONE())
    current = session.get(Package, subscription.package_id)
    if package_id is None or package_id == subscription.package_id:
        subscription.pending_package_id = None
        return PackageChange(subscription.id, current.name if current else "", None, None)
    package = session.get(Package, package_id)
    if package is None:
        raise ValidationError({"package_id": CHOOSE_PACKAGE()})
    if not package.is_active:
        raise ValidationError({"package_id": NOT_SOLD(package=package.name)})
    if not subscription.is_active:
        raise ValidationError({"package_id": ENDED()})
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


@operation(MODULE, "view")
def package_options(session: Session, actor: Actor, recurring_billing_id: int) -> SubscriptionPackages:
    """The subscription's current and pending package and every active package, by price."""
    subscription = session.get(RecurringBilling, recurring_billing_id)
    if subscription is None:
        raise NotFound(GONE())
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


def _prepaid_months(session: Session, subscription: RecurringBilling) -> int:
    """The months paid in advance for ``subscription`` on its paid proformas (read with a lock)."""
    return sum(p.prepaid_months for p in session.scalars(
        _proformas_of(subscription).where(ProformaInvoice.status == ProformaStatus.PAID).with_for_update()))


def first_billing_date(session: Session, subscription: RecurringBilling, installed_on: date) -> date:
    """Where a subscription's billing starts once it is installed: the first billing
    day on or after the installation, or, when months were paid in advance on a
    paid proforma of its contract, the day after a term of that many months from
    the installation day (:func:`ispdesk.domain.proration.first_billing_date`: the
    billing run then bills the stub from there to the billing day).

    The proformas are read with a lock, so a payment committed a moment earlier
    is seen; a proforma paid later moves the date through :func:`hand_over_prepaid`."""
    return proration.first_billing_date(installed_on, subscription.billing_day,
                                        _prepaid_months(session, subscription))


def hand_over_prepaid(session: Session, proformas: Iterable[ProformaInvoice], sign: int) -> list[int]:
    """After a payment (``sign`` +1) or its void (-1) changed these proformas: the
    prepaid months of each move its subscription's ``next_billing_date`` on (or back),
    when the subscription is already installed; before that, :func:`first_billing_date`
    counts them. While nothing was billed since the installation the months count
    from the installation day, as if paid before it (:func:`_moved`); after that, they
    move the next period by whole periods. Returns the ids of the subscriptions moved."""
    months: dict[int, int] = {}
    held: dict[int, RecurringBilling] = {}
    for proforma in proformas:
        if not proforma.prepaid_months:
            continue
        subscription = session.execute(
            _subscription_of(proforma).where(RecurringBilling.activated_at.is_not(None),
                                             RecurringBilling.next_billing_date.is_not(None))
            .with_for_update()).scalars().first()
        if subscription is not None:
            held[subscription.id] = subscription
            months[subscription.id] = months.get(subscription.id, 0) + sign * proforma.prepaid_months
    for subscription_id, subscription in held.items():
        subscription.next_billing_date = _moved(session, subscription, months[subscription_id])
    return list(held)


def _moved(session: Session, subscription: RecurringBilling, months: int) -> date:
    """``next_billing_date`` once ``months`` more (or fewer) are prepaid: when it is still
    where the installation put it (nothing billed since), where the installation would
    have put it with the prepaid months now paid (a term from the installation day,
    so paying after the installation bills no day twice and skips none); else the
    next period moved by ``months`` periods."""
    current = subscription.next_billing_date
    if subscription.last_billed_at is None:
        paid = _prepaid_months(session, subscription)
        before = paid - months
        if before >= 0 and current == proration.first_billing_date(
                subscription.activated_at, subscription.billing_day, before):
            return proration.first_billing_date(subscription.activated_at, subscription.billing_day, paid)
    return add_months(current, months)


def _proformas_of(subscription: RecurringBilling) -> sa.Select:
    """The proformas that pay in advance for ``subscription``: its contract's, or the
    customer's without a contract when the subscription has none."""
    query = sa.select(ProformaInvoice).where(ProformaInvoice.prepaid_months > 0)
    if subscription.contract_id is not None:
        return query.where(ProformaInvoice.contract_id == subscription.contract_id)
    return query.where(ProformaInvoice.customer_id == subscription.customer_id,
                       ProformaInvoice.contract_id.is_(None))


def _subscription_of(proforma: ProformaInvoice) -> sa.Select:
    """The subscription a proforma pays in advance for (see :func:`_proformas_of`)."""
    query = sa.select(RecurringBilling).where(RecurringBilling.is_active.is_(True)).order_by(RecurringBilling.id)
    if proforma.contract_id is not None:
        return query.where(RecurringBilling.contract_id == proforma.contract_id)
    return query.where(RecurringBilling.customer_id == proforma.customer_id, RecurringBilling.contract_id.is_(None))
