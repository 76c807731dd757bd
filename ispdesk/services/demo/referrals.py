"""Referrals and their rewards, as :mod:`ispdesk.services.referral_rewards` leaves them.

* Prospects who came with a customer's referral code: the referral waits as
  ``pending`` (the referred customer has not paid a first invoice yet).
* Some of the newest active customers were referred: their first payment
  qualified the referral. Mostly the office's reward then was a credit
  (``referral.reward_type`` credit): the reward is ``applied`` with a
  ``referral_reward`` movement on the referrer's credit ledger, the referral
  ``rewarded``, and the referrer's ``credit_balance`` is the ledger's sum. The
  last one was given while the office rewarded with a discount: the reward
  waits as ``pending`` for the referrer's next invoice, the referral ``qualified``.

Referrers are among the first active customers; their rows were written with
the first batch, so the balances and the referred customers' ``referred_by_id``
are set afterwards (a few UPDATEs).
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

import sqlalchemy as sa

from ispdesk.db import models as m
from ispdesk.services.demo.common import ZERO, at
from ispdesk.services.demo.customers import CustomerBook
from ispdesk.services.demo.writer import Writer, assign_ids
from ispdesk.services.setup import DEFAULT_SETTINGS


def reward_amount(w: Writer) -> Decimal:
    """The office's reward (setting ``referral.reward_amount``), as the service reads it."""
    table = m.Setting.__table__
    value = w.query(sa.select(table.c.value).where(table.c.key == "referral.reward_amount")).scalar()
    try:
        amount = Decimal(value or DEFAULT_SETTINGS["referral.reward_amount"])
    except InvalidOperation:
        amount = Decimal(DEFAULT_SETTINGS["referral.reward_amount"])
    return max(amount, ZERO).quantize(Decimal("0.01"))


def write_referrals(w: Writer, rng: random.Random, today: date, book: CustomerBook) -> None:
    """Pending referrals of prospects; rewarded (credit) and qualified (discount pending) ones of recent customers."""
    amount = reward_amount(w)
    referrals: list[dict] = []
    for prospect in book.prospects:
        if prospect.referrer is None:
            continue
        referrer_id, code = prospect.referrer
        referrals.append({"referrer_customer_id": referrer_id, "referred_customer_id": prospect.place.customer_id,
                          "lead_id": prospect.lead_id, "referral_code": code, "status": "pending",
                          "qualified_at": None, "created_at": prospect.signed_up, "updated_at": prospect.signed_up})
    referrers = list(book.referrers)
    recent = [(place, activated) for place, activated in book.recent if place.customer_id not in
              {r[0] for r in referrers}]
    count = min(len(recent), max(2, min(200, book.total // 200))) if referrers else 0
    chosen = sorted(rng.sample(recent, count), key=lambda item: item[0].customer_id) if count else []
    rewards: list[tuple[int, dict]] = []         # (index into referrals, reward row)
    referred_by: list[tuple[int, int]] = []
    for n, (place, activated) in enumerate(chosen):
        referrer_id, code = rng.choice(referrers)
        joined = at(activated - timedelta(days=rng.randrange(3, 12)), rng)
        qualified = at(activated + timedelta(days=rng.randrange(2, 12)), rng)
        discount = n == len(chosen) - 1 and len(chosen) > 1
        referred_by.append((place.customer_id, referrer_id))
        referrals.append({"referrer_customer_id": referrer_id, "referred_customer_id": place.customer_id,
                          "lead_id": None, "referral_code": code, "status": "qualified" if discount else "rewarded",
                          "qualified_at": qualified, "created_at": joined, "updated_at": qualified})
        if amount > 0:
            rewards.append((len(referrals) - 1, {
                "customer_id": referrer_id, "reward_type": "discount" if discount else "credit", "amount": amount,
                "status": "pending" if discount else "applied", "applied_at": None if discount else qualified,
                "invoice_id": None, "credit_movement_id": None, "created_at": qualified, "updated_at": qualified}))
    if not referrals:
        return
    table = m.Referral.__table__
    assign_ids(w, table, referrals)
    w.insert(table, referrals)
    movements: list[dict] = []
    credit = [(referrals[i], reward) for i, reward in rewards if reward["reward_type"] == "credit"]
    balances: dict[int, Decimal] = {}
    for referral, reward in sorted(credit, key=lambda pair: (pair[1]["applied_at"], pair[0]["id"])):
        referrer_id = reward["customer_id"]
        balances[referrer_id] = balances.get(referrer_id, ZERO) + reward["amount"]
        movements.append({"customer_id": referrer_id, "kind": "referral_reward", "amount": reward["amount"],
                          "balance_after": balances[referrer_id], "receipt_id": None, "payment_id": None,
                          "invoice_id": None, "credit_note_id": None,
                          "notes": f"Referral {referral['referral_code']}", "created_by": None,
                          "created_at": reward["applied_at"]})
        reward["_movement"] = movements[-1]
    if movements:
        moves_table = m.CustomerCreditMovement.__table__
        assign_ids(w, moves_table, movements)
        w.insert(moves_table, movements)
    reward_rows = []
    for i, reward in rewards:
        movement = reward.pop("_movement", None)
        reward.update(referral_id=referrals[i]["id"], credit_movement_id=movement["id"] if movement else None)
        reward_rows.append(reward)
    if reward_rows:
        rewards_table = m.ReferralReward.__table__
        assign_ids(w, rewards_table, reward_rows)
        w.insert(rewards_table, reward_rows)
    customers = m.Customer.__table__
    w.update(customers, "credit_balance", sorted(balances.items()))
    w.update(customers, "referred_by_id", referred_by)
