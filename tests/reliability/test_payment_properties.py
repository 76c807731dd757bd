"""Random payments thrown at the service: each posts keeping every invariant, or
is refused with a validation error (or a conflict) and writes nothing."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ispdesk.db.engine import Database
from ispdesk.db.unit_of_work import read
from ispdesk.domain.errors import ConflictError, ValidationError
from ispdesk.services.customer_lookup import customer_account
from tests.reliability.cashier_data import (TODAY, add_actor, add_customer, add_invoices, check_invariants, counts,
                                            maria_url, pay, request, start_shift)  # noqa: F401

pytestmark = pytest.mark.mariadb

amounts = st.one_of(
    st.decimals(min_value=-1000, max_value=2_000_000, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([Decimal(0), Decimal("0.001"), Decimal("250000"), Decimal("99999999999999")]),
    st.integers(min_value=1, max_value=40).map(lambda n: Decimal(n * 25_000)))
payments = st.fixed_dictionaries({
    "customer": st.integers(0, 2),
    "amount": amounts,
    "method": st.sampled_from(["cash", "cash", "transfer", "qris", "midtrans", "other", "cheque"]),
    "reference": st.sampled_from(["REF-1"] * 6 + ["", "x" * 101]),
    "ticks": st.lists(st.integers(0, 7), max_size=4, unique=True),
    "foreign": st.sampled_from([False] * 6 + [True]),
    "use_credit": st.booleans(),
    "excess_to_credit": st.booleans(),
    "allow_partial": st.sampled_from([True] * 3 + [False]),
})


@pytest.mark.slow
def test_random_payments_keep_invariants_or_write_nothing(maria_url: str) -> None:
    db = Database.open(maria_url)
    cashier = add_actor(db, "kasir1", "cashier")
    start_shift(db, cashier)
    customers = [add_customer(db, f"Pelanggan {n}", f"+6281200000{n}", credit=Decimal(n * 30_000)) for n in range(3)]
    outcomes = {"posted": 0, "refused": 0}
    made = dict.fromkeys(customers, 0)   # months of invoices added per customer (periods are unique)

    @settings(max_examples=50, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(payments)
    def one(p: dict) -> None:
        customer = customers[p["customer"]]
        account = read(db, lambda s: customer_account(s, cashier, customer, today=TODAY))
        if len(account.invoices) < 2:
            made[customer] += 2
            add_invoices(db, customer, ["150000", "275000.50"], first_month=made[customer], year=2027)
            account = read(db, lambda s: customer_account(s, cashier, customer, today=TODAY))
        ids = [i.invoice_id for i in account.invoices]
        ticked = tuple(ids[t] for t in p["ticks"] if t < len(ids))
        if p["foreign"]:
            ticked += (max(ids) + 1000,)
        req = request(customer, p["amount"], p["method"], reference=p["reference"], invoice_ids=ticked,
                      use_credit=p["use_credit"], excess_to_credit=p["excess_to_credit"],
                      allow_partial=p["allow_partial"])
        before = counts(db)
        try:
            posted = pay(db, cashier, req)
        except (ValidationError, ConflictError):
            outcomes["refused"] += 1
            assert counts(db) == before
            return
        outcomes["posted"] += 1
        assert counts(db)["receipts"] == before["receipts"] + 1
        assert posted.amount_applied + posted.credit_added + posted.change == Decimal(p["amount"])
        read(db, check_invariants)

    one()
    print("random payments:", outcomes)
    assert outcomes["posted"] > 5 and outcomes["refused"] > 5
    db.dispose()
