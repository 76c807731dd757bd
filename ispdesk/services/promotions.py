"""Promotion codes: check one against a purchase, and redeem it within its usage limit.

:func:`check_promotion` reads only; it says what the code is worth or why it
does not apply. :func:`redeem` counts one use with a conditional UPDATE
(``used_count = used_count + 1 WHERE used_count < usage_limit``) and checks the
row count, so concurrent counters never exceed the limit. Both are building
blocks of other operations (a contract, a proforma): the caller checks its own
permission and commits, so :func:`_redeem` is the services' private helper.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Promotion
from ispdesk.domain import promotion_rules as rules
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import PromotionType
from ispdesk.domain.errors import ConflictError, ValidationError
from ispdesk.domain.messages import Message, message
from ispdesk.domain.money import ZERO
from ispdesk.domain.promotion_rules import PromotionTerms
from ispdesk.services import audit

FIELD = "promotion_code"

NO_CODE = message("promotions.no_code", "Enter a promotion code.")
UNKNOWN_CODE = message("promotions.unknown_code", "There is no promotion with the code {code}.")
DOES_NOT_APPLY = message("promotions.does_not_apply", "The promotion does not apply.")
JUST_USED_UP = message("promotions.just_used_up", "Promotion {code} has just been used up; it cannot be used again.")


@dataclass(frozen=True)
class PromotionQuote:
    """What a code does to one purchase; ``reason`` says why it does not apply (``applies`` False)."""

    code: str
    applies: bool
    reason: Message | None = None
    promotion_id: int | None = None
    name: str = ""
    type: str | None = None
    discount: Decimal = ZERO
    cashback: Decimal = ZERO
    free_months: int = 0
    amount_after: Decimal = ZERO


def terms_of(row: Promotion | sa.Row) -> PromotionTerms:
    """A promotions row (ORM object or Core row) as :class:`PromotionTerms`."""
    return PromotionTerms(
        id=row.id, code=row.code, name=row.name, type=str(row.type), value=Decimal(row.value),
        min_purchase=row.min_purchase, max_discount=row.max_discount,
        applicable_packages=PromotionTerms.packages_of(row.applicable_packages),
        start_date=row.start_date, end_date=row.end_date, usage_limit=row.usage_limit,
        used_count=row.used_count or 0, is_active=bool(row.is_active) if row.is_active is not None else True)


def all_terms(session: Session) -> dict[int, PromotionTerms]:
    """Every promotion by id (the table is small)."""
    table = Promotion.__table__
    return {row.id: terms_of(row) for row in session.execute(sa.select(table))}


def _find(session: Session, code: str) -> PromotionTerms | None:
    table = Promotion.__table__
    row = session.execute(sa.select(table).where(table.c.code == code.strip())).first()
    return terms_of(row) if row is not None else None


def quote(terms: PromotionTerms, *, package_id: int | None, amount: Decimal, on: date) -> PromotionQuote:
    """The quote of known terms for one purchase (no database)."""
    amount = Decimal(amount)
    code = terms.code or terms.name
    reason = rules.refusal(terms, package_id=package_id, amount=amount, on=on)
    if reason:
        return PromotionQuote(code=code, applies=False, reason=reason, promotion_id=terms.id, name=terms.name,
                              type=terms.type, amount_after=amount)
    off = rules.discount(terms, amount)
    return PromotionQuote(
        code=code, applies=True, promotion_id=terms.id, name=terms.name, type=terms.type, discount=off,
        cashback=rules.cashback(terms),
        free_months=int(terms.value) if terms.type == PromotionType.FREE_MONTHS else 0,
        amount_after=amount - off)


def check_promotion(session: Session, code: str, *, package_id: int | None, amount: Decimal,
                    on: date) -> PromotionQuote:
    """What ``code`` is worth on a purchase of ``amount`` for ``package_id`` on ``on``; never raises
    for a code that does not apply (``reason`` says why)."""
    code = (code or "").strip()
    if not code:
        return PromotionQuote(code="", applies=False, reason=NO_CODE(), amount_after=Decimal(amount))
    terms = _find(session, code)
    if terms is None:
        return PromotionQuote(code=code, applies=False, reason=UNKNOWN_CODE(code=code),
                              amount_after=Decimal(amount))
    return quote(terms, package_id=package_id, amount=amount, on=on)


def _redeem(session: Session, actor: Actor, code: str, *, package_id: int | None, amount: Decimal,
            on: date, module: str = "promotions") -> PromotionQuote:
    """Check ``code`` and count one use of it (audited as ``actor`` under ``module``); raise
    :class:`ValidationError` (field ``promotion_code``) when it does not apply, :class:`ConflictError`
    when the last use went to someone else a moment ago. The calling operation has checked its
    permission (a lead's conversion: ``leads``/``edit``)."""
    result = check_promotion(session, code, package_id=package_id, amount=amount, on=on)
    if not result.applies:
        raise ValidationError({FIELD: result.reason or DOES_NOT_APPLY()})
    table = Promotion.__table__
    used = sa.func.coalesce(table.c.used_count, 0)
    stmt = (sa.update(table).where(table.c.id == result.promotion_id)
            .where(sa.or_(table.c.usage_limit.is_(None), used < table.c.usage_limit))
            .values(used_count=used + 1))
    if session.execute(stmt).rowcount != 1:
        raise ConflictError(JUST_USED_UP(code=result.code))
    audit.record(session, actor, "redeem", "promotions", result.promotion_id,
                 None, {"code": result.code, "package_id": package_id, "amount": amount,
                        "discount": result.discount, "cashback": result.cashback}, module)
    return result
