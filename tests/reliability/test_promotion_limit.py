"""6 processes redeem the same promotion code at once on MariaDB: exactly
``usage_limit`` redemptions succeed, the rest get a clear refusal, and the
count, the audit rows and the successes agree."""
from __future__ import annotations

import multiprocessing
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog, Promotion
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import ConflictError, ValidationError
from ispdesk.services import promotions
from ispdesk.services.database import prepare
from tests.services.billing_support import add_package, add_promotion

PROCESSES = 6
TRIES = 8
LIMIT = 17


def _counter(url: str, package_id: int, seed: int) -> tuple[int, int, list[str]]:
    """Try to redeem TRIES times; returns (redeemed, refused, codes of the refusals)."""
    db = Database.open(url)
    redeemed = refused = 0
    messages: list[str] = []
    try:
        for _ in range(TRIES):
            try:
                write(db, lambda s: promotions._redeem(s, Actor.system(), "KILAT", package_id=package_id,
                                                       amount=Decimal("150000"), on=date(2026, 11, 24)))
                redeemed += 1
            except (ValidationError, ConflictError) as exc:
                refused += 1
                messages.append(exc.code)
    finally:
        db.dispose()
    return redeemed, refused, messages


@pytest.mark.slow
@pytest.mark.mariadb
def test_concurrent_redemptions_never_pass_the_usage_limit(scratch_mariadb: Any) -> None:
    url = scratch_mariadb.create()
    db = Database.open(url)
    try:
        prepare(db)
        home = add_package(db)
        promo = add_promotion(db, "KILAT", "discount_amount", "20000", usage_limit=LIMIT)
        with multiprocessing.get_context("spawn").Pool(PROCESSES) as pool:
            results = pool.starmap(_counter, [(url, home, seed) for seed in range(PROCESSES)])
        redeemed = sum(r for r, _, _ in results)
        refused = sum(f for _, f, _ in results)
        assert (redeemed, refused) == (LIMIT, PROCESSES * TRIES - LIMIT)
        assert read(db, lambda s: s.get(Promotion, promo).used_count) == LIMIT
        audited = read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(AuditLog).where(
            AuditLog.action == "redeem", AuditLog.model_id == promo)))
        assert audited == LIMIT
        reasons = {m for _, _, msgs in results for m in msgs}
        assert reasons <= {"promotions.used_up", "promotions.just_used_up"}
    finally:
        db.dispose()
        scratch_mariadb.drop(url)
