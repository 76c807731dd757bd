"""The referrer's reward when a referred customer pays their first invoice.

A referral (made when a lead carrying a customer's referral code is converted)
waits as ``pending``. The payment that first settles one of the referred
customer's invoices in full qualifies it, inside the payment's transaction:

* reward type ``credit`` (settings ``referral.reward_type``): the referrer's
  credit grows by ``referral.reward_amount`` at once (a ``referral_reward``
  movement on their credit ledger), the reward is ``applied`` and the
  referral ``rewarded``;
* reward type ``discount``: the reward waits as ``pending`` and the referral is
  ``qualified``; the next billing run takes it off the referrer's next
  periodic invoice (:func:`take_discounts`), then both are done.

Once: the referral leaves ``pending`` in the same transaction, its row is
locked while it is read, and ``referral_rewards.referral_id`` is UNIQUE.
A reward amount of 0 qualifies the referral without any reward row. A void
that leaves the referred customer with no paid invoice takes the reward back
(:func:`undo_after_void`), so the next real first payment rewards once.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Customer, Invoice, Referral, ReferralReward
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import CreditMovementKind, InvoiceStatus, ReferralStatus, RewardStatus, RewardType
from ispdesk.domain.messages import message
from ispdesk.domain.money import ZERO
from ispdesk.services import audit
from ispdesk.services.office_settings import get_settings
from ispdesk.services.permissions import operation
from ispdesk.services.setup import DEFAULT_SETTINGS

MODULE = "referral_rewards"
#: The invoice line that carries a discount reward (written in the office's language).
DISCOUNT_LINE = message("referrals.discount_line", "Referral reward ({code})")


@dataclass(frozen=True)
class RewardTerms:
    reward_type: str
    amount: Decimal


@dataclass(frozen=True)
class GivenReward:
    referral_id: int
    referrer_id: int
    reward_type: str
    amount: Decimal
    status: str


def terms(session: Session) -> RewardTerms:
    """The office's reward (type and amount) from the settings, defaults where unset or unreadable."""
    stored = get_settings(session)
    kind = stored.get("referral.reward_type") or DEFAULT_SETTINGS["referral.reward_type"]
    if kind not in (RewardType.CREDIT, RewardType.DISCOUNT):
        kind = DEFAULT_SETTINGS["referral.reward_type"]
    try:
        amount = Decimal(stored.get("referral.reward_amount") or DEFAULT_SETTINGS["referral.reward_amount"])
    except InvalidOperation:
        amount = Decimal(DEFAULT_SETTINGS["referral.reward_amount"])
    return RewardTerms(str(kind), max(amount, ZERO).quantize(Decimal("0.01")))


#: Whether a customer's referral waits for its first payment: a plain indexed read that
#: nearly every payment answers with "no", before any ORM object or lock is needed.
_PENDING_OF_CUSTOMER = sa.select(Referral.__table__.c.id).where(
    Referral.__table__.c.referred_customer_id == sa.bindparam("customer_id"),
    Referral.__table__.c.status == str(ReferralStatus.PENDING))


@operation("payments", "create")
def reward_first_payment(session: Session, actor: Actor, customer_id: int,
                         paid_invoice_ids: Iterable[int], now: datetime) -> GivenReward | None:
    """Called by the payment that settled ``paid_invoice_ids`` in full, with the
    cashier who posted it: reward the customer's referrer if this is the
    referral's first paid invoice.

    Costs nothing when no invoice was settled, one indexed read otherwise."""
    paid = list(paid_invoice_ids)
    if not paid or session.execute(_PENDING_OF_CUSTOMER, {"customer_id": customer_id}).first() is None:
        return None
    referral = session.execute(
        sa.select(Referral).where(Referral.referred_customer_id == customer_id,
                                  Referral.status == ReferralStatus.PENDING).with_for_update()).scalars().first()
    if referral is None:
        return None
    offer = terms(session)
    referral.qualified_at = now
    if offer.amount <= 0:
        referral.status = ReferralStatus.QUALIFIED
        _audit(session, actor, referral, None, paid)
        return None
    reward = ReferralReward(referral_id=referral.id, customer_id=referral.referrer_customer_id,
                            reward_type=offer.reward_type, amount=offer.amount, status=RewardStatus.PENDING)
    session.add(reward)
    if offer.reward_type == RewardType.CREDIT:
        reward.credit_movement_id = _credit_referrer(session, actor, referral, offer.amount)
        reward.status, reward.applied_at = RewardStatus.APPLIED, now
        referral.status = ReferralStatus.REWARDED
    else:
        referral.status = ReferralStatus.QUALIFIED
    session.flush()
    _audit(session, actor, referral, reward, paid)
    return GivenReward(referral.id, referral.referrer_customer_id, reward.reward_type, reward.amount,
                       str(reward.status))


def _credit_referrer(session: Session, actor: Actor, referral: Referral, amount: Decimal) -> int:
    """The reward on the referrer's credit ledger (their row locked); the movement's id."""
    from ispdesk.services.payments import move_credit   # payments calls this module: import when used
    referrer = session.scalars(sa.select(Customer).where(Customer.id == referral.referrer_customer_id)
                               .with_for_update()).one()
    movement = move_credit(session, referrer, amount, CreditMovementKind.REFERRAL_REWARD,
                           created_by=actor.user_id, notes=f"Referral {referral.referral_code}")
    session.flush()
    return movement.id


def _audit(session: Session, actor: Actor, referral: Referral, reward: ReferralReward | None,
           paid: list[int]) -> None:
    new = {"status": str(referral.status), "paid_invoice_ids": paid}
    if reward is not None:
        new.update(reward_id=reward.id, reward_type=str(reward.reward_type), amount=reward.amount,
                   reward_status=str(reward.status))
    audit.record(session, actor, "qualify", "referrals", referral.id, {"status": str(ReferralStatus.PENDING)},
                 new, MODULE)


@dataclass(frozen=True)
class PendingDiscount:
    reward_id: int
    referral_id: int
    customer_id: int
    amount: Decimal
    label: str


def pending_discounts(session: Session, customer_ids: Iterable[int]) -> dict[int, list[PendingDiscount]]:
    """Discount rewards waiting for the next invoice of these customers (rows locked), oldest first."""
    ids = sorted(set(customer_ids))
    if not ids:
        return {}
    rr, ref = ReferralReward.__table__, Referral.__table__
    rows = session.execute(
        sa.select(rr.c.id, rr.c.referral_id, rr.c.customer_id, rr.c.amount, ref.c.referral_code)
        .join(ref, ref.c.id == rr.c.referral_id)
        .where(rr.c.customer_id.in_(ids), rr.c.status == RewardStatus.PENDING,
               rr.c.reward_type == RewardType.DISCOUNT)
        .order_by(rr.c.id).with_for_update(of=rr)).all()
    out: dict[int, list[PendingDiscount]] = {}
    for row in rows:
        out.setdefault(row.customer_id, []).append(PendingDiscount(
            row.id, row.referral_id, row.customer_id, Decimal(row.amount),
            DISCOUNT_LINE(code=row.referral_code).render()))
    return out


def take_discounts(session: Session, taken: Iterable[tuple[PendingDiscount, str]], now: datetime) -> int:
    """Mark discount rewards applied to the invoices (by number) that carried them; their referrals rewarded."""
    taken = list(taken)
    if not taken:
        return 0
    rr, ref = ReferralReward.__table__, Referral.__table__
    numbers = {number for _, number in taken}
    ids = dict(session.execute(sa.select(Invoice.invoice_number, Invoice.id)
                               .where(Invoice.invoice_number.in_(numbers))).all())
    session.execute(sa.update(rr).where(rr.c.id == sa.bindparam("b_id"))
                    .values(status=RewardStatus.APPLIED, applied_at=now, invoice_id=sa.bindparam("b_invoice")),
                    [{"b_id": reward.reward_id, "b_invoice": ids[number]} for reward, number in taken])
    session.execute(sa.update(ref).where(ref.c.id.in_([reward.referral_id for reward, _ in taken]))
                    .values(status=ReferralStatus.REWARDED))
    return len(taken)


@operation("payments", "view")
def undo_after_void(session: Session, actor: Actor, customer_id: int, reason: str) -> bool:
    """After a void or refund of the referred customer's payment (called by the
    void with the cashier who asked for it): if they now have no paid invoice, the
    referral waits for a first payment again and its reward is taken back.
    Returns whether a referral was reopened."""
    referral = session.execute(
        sa.select(Referral).where(Referral.referred_customer_id == customer_id,
                                  Referral.status.in_([str(ReferralStatus.QUALIFIED), str(ReferralStatus.REWARDED)]))
        .with_for_update()).scalars().first()
    if referral is None or session.execute(
            sa.select(Invoice.id).where(Invoice.customer_id == customer_id,
                                        Invoice.status == str(InvoiceStatus.PAID)).limit(1)).first() is not None:
        return False
    reward = session.execute(sa.select(ReferralReward).where(ReferralReward.referral_id == referral.id)
                             .with_for_update()).scalars().first()
    old = {"status": str(referral.status)}
    new: dict = {"status": str(ReferralStatus.PENDING), "reason": reason}
    if reward is not None and reward.invoice_id is not None:
        return False                     # the discount is on an invoice already: the reward stays given
    if reward is not None:
        new.update(reward_type=str(reward.reward_type), amount=reward.amount)
        if reward.reward_type == RewardType.CREDIT and reward.status == RewardStatus.APPLIED:
            new["taken_back"] = _take_back_credit(session, actor, referral, reward.amount, reason)
        session.delete(reward)           # a later first payment rewards anew (the UNIQUE key allows one)
    referral.status, referral.qualified_at = ReferralStatus.PENDING, None
    session.flush()
    audit.record(session, actor, "reopen", "referrals", referral.id, old, new, MODULE)
    return True


def _take_back_credit(session: Session, actor: Actor, referral: Referral, amount: Decimal,
                      reason: str) -> Decimal:
    """Take a credit reward off the (locked) referrer, at most what their credit still holds."""
    from ispdesk.services.payments import move_credit   # payments calls this module: import when used
    referrer = session.scalars(sa.select(Customer).where(Customer.id == referral.referrer_customer_id)
                               .with_for_update()).one()
    back = min(amount, referrer.credit_balance)
    if back > 0:
        move_credit(session, referrer, -back, CreditMovementKind.REVERSAL, created_by=actor.user_id,
                    notes=f"Referral {referral.referral_code} taken back: {reason}")
    return back
