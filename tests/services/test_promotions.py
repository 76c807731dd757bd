from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, Promotion
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ValidationError
from ispdesk.services.promotions import _redeem as redeem, check_promotion

from .billing_support import add_package, add_promotion
from tests.support.actors import ADMIN

ON = date(2026, 11, 24)


def check(db, code, package_id, amount="150000", on=ON):
    return read(db, lambda s: check_promotion(s, code, package_id=package_id, amount=Decimal(amount), on=on))


def test_every_type_is_worth_what_it_says(db):
    home = add_package(db, "HOME-20")
    add_promotion(db, "HEMAT10", "discount_percent", "10", max_discount="50000")
    add_promotion(db, "HEMAT30", "discount_percent", "30", max_discount="30000")
    add_promotion(db, "POTONG", "discount_amount", "25000")
    add_promotion(db, "MERDEKA", "free_months", "2")
    add_promotion(db, "CASHBACK", "cashback", "75000", max_discount="50000")
    ten = check(db, "HEMAT10", home)
    assert (ten.applies, ten.discount, ten.amount_after) == (True, Decimal("15000"), Decimal("135000"))
    assert check(db, "HEMAT30", home).discount == Decimal("30000")      # 45,000 capped at 30,000
    assert check(db, "POTONG", home).discount == Decimal("25000")
    assert check(db, "POTONG", home, amount="20000").discount == Decimal("20000")   # never more than the amount
    free = check(db, "MERDEKA", home)
    assert (free.free_months, free.discount, free.amount_after) == (2, Decimal("150000"), Decimal("0"))
    cash = check(db, " CASHBACK ", home)
    assert (cash.discount, cash.cashback) == (Decimal("0"), Decimal("50000"))


def test_each_rule_gives_its_reason(db):
    home, biz = add_package(db, "HOME-20"), add_package(db, "BIZ-99", "1500000")
    add_promotion(db, "OLD", "discount_amount", "10000", end=date(2026, 10, 31))
    add_promotion(db, "SOON", "discount_amount", "10000", start=date(2026, 12, 1))
    add_promotion(db, "OFF", "discount_amount", "10000", active=False)
    add_promotion(db, "BIZONLY", "discount_amount", "10000", packages=[biz])
    add_promotion(db, "BIG", "discount_amount", "10000", min_purchase="500000")
    add_promotion(db, "GONE", "discount_amount", "10000", usage_limit=3, used=3)
    expected = {
        "NOPE": ("promotions.unknown_code", {"code": "NOPE"}),
        "": ("promotions.no_code", {}),
        "OLD": ("promotions.ended", {"code": "OLD", "day": date(2026, 10, 31)}),
        "SOON": ("promotions.not_started", {"code": "SOON", "day": date(2026, 12, 1)}),
        "OFF": ("promotions.inactive", {"code": "OFF"}),
        "BIZONLY": ("promotions.other_package", {"code": "BIZONLY"}),
        "BIG": ("promotions.min_purchase", {"code": "BIG", "amount": "Rp 500.000"}),
        "GONE": ("promotions.used_up", {"code": "GONE"}),
    }
    for code, (reason, values) in expected.items():
        result = check(db, code, home)
        assert (result.applies, result.reason.code, result.reason.params, result.discount) == (
            False, reason, values, Decimal("0")), code
    assert check(db, "GONE", home).reason.count == 3
    assert check(db, "BIZONLY", biz).applies


def test_redeem_counts_one_use_and_refuses_the_one_over_the_limit(db):
    home = add_package(db)
    promo = add_promotion(db, "DUA", "discount_amount", "10000", usage_limit=2)

    def use(s):
        return redeem(s, ADMIN, "DUA", package_id=home, amount=Decimal("150000"), on=ON)

    assert write(db, use).discount == Decimal("10000")
    write(db, use)
    with pytest.raises(ValidationError) as refused:
        write(db, use)
    assert refused.value.codes == {"promotion_code": "promotions.used_up"}
    assert read(db, lambda s: s.get(Promotion, promo).used_count) == 2
    redeemed = read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(AuditLog)
                                         .where(AuditLog.action == "redeem", AuditLog.model_id == promo)))
    assert redeemed == 2

