"""Money is Decimal from the database to the caller, exact, on both databases."""
from __future__ import annotations

from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ispdesk.db.models import Customer, CustomerCreditMovement
from ispdesk.db.unit_of_work import read, write

amounts = st.decimals(min_value=Decimal("-9999999999999.99"), max_value=Decimal("9999999999999.99"),
                      places=2, allow_nan=False, allow_infinity=False)


def _customer(session) -> int:
    customer = Customer(customer_number="CUST-X", name="Siti Rahayu")
    session.add(customer)
    session.flush()
    return customer.id


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(amounts, min_size=1, max_size=5))
def test_amounts_round_trip_exactly_and_sum_exactly_in_sql(db, values):
    def store(session):
        customer_id = session.scalar(sa.select(Customer.id)) or _customer(session)
        session.execute(sa.delete(CustomerCreditMovement))
        session.add_all(CustomerCreditMovement(customer_id=customer_id, kind="adjustment", amount=v,
                                               balance_after=v) for v in values)
    write(db, store)

    def load(session):
        stored = list(session.scalars(sa.select(CustomerCreditMovement.amount).order_by(CustomerCreditMovement.id)))
        total = session.scalar(sa.select(sa.func.sum(CustomerCreditMovement.amount)))
        return stored, total
    stored, total = read(db, load)
    assert stored == values
    assert all(isinstance(v, Decimal) for v in stored)
    assert total == sum(values, Decimal("0")) and isinstance(total, Decimal)


def test_float_is_refused(db):
    with pytest.raises(sa.exc.StatementError):
        write(db, lambda s: s.add(Customer(customer_number="C-F", name="Float", credit_balance=0.1)) or s.flush())


def test_coordinates_keep_eight_places(db):
    lat, lon = Decimal("-6.91474400"), Decimal("107.60981000")
    write(db, lambda s: s.add(Customer(customer_number="C-G", name="Geo", latitude=lat, longitude=lon)))
    got = read(db, lambda s: s.execute(sa.select(Customer.latitude, Customer.longitude)).one())
    assert tuple(got) == (lat, lon)
