"""Converting a lead: customer, contract, subscription, installation work order,
proforma and referral made and linked in one transaction; bad input or a
failure at the last step leaves nothing; a second conversion is refused (also
from several processes at once on MariaDB); it takes well under 0.3 s."""
from __future__ import annotations

import time
from datetime import date, time as clock
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.models import (AuditLog, Contract, Customer, Lead, ProformaInvoice, Promotion, RecurringBilling,
                               Referral, WorkOrder)
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ConflictError, ValidationError
from ispdesk.domain.nik import nik_problem
from ispdesk.services import audit, lead_conversion
from ispdesk.services.lead_conversion import ConversionRequest
from tests.services.billing_docs_support import add_customer
from tests.support.actors import add_user
from tests.services.billing_support import add_promotion
from tests.services.lead_support import add_lead, move
from tests.support.actors import ADMIN
from tests.support.builders import add_packages

TODAY = date(2026, 11, 24)
NIK = "3273015505900007"     # Kota Bandung, born 15 May 1990 (a woman: day + 40)
MADE = (Customer, Contract, RecurringBilling, WorkOrder, ProformaInvoice, Referral)


def request(lead_id: int, package_id: int, **extra) -> ConversionRequest:
    fields = dict(lead_id=lead_id, nik=NIK, package_id=package_id, start_date=date(2026, 12, 1),
                  installation_fee="500000", deposit="300000", duration_months=12, auto_renew=True,
                  install_date=date(2026, 11, 28), install_time=clock(9, 30), priority="high",
                  install_notes="Pasang ONT di ruang tamu")
    fields.update(extra)
    return ConversionRequest(**fields)


def convert(db, req: ConversionRequest, actor=ADMIN):
    return write(db, lambda s: lead_conversion.convert_lead(s, actor, req, today=TODAY),
                 info=audit.actor_info(actor, lead_conversion.MODULE))


def counts(db) -> dict[str, int]:
    return read(db, lambda s: {m.__tablename__: s.scalar(sa.select(sa.func.count()).select_from(m)) for m in MADE})


@pytest.mark.parametrize("nik, ok", [(NIK, True), ("3273011505900007", True), ("327301550590000", False),
                                     ("9973015505900007", False), ("3273003105900007", False),
                                     ("3273013102900007", False), ("3273015505900000", False),
                                     ("32730155059000a7", False)])
def test_nik_form(nik, ok):
    assert (nik_problem(nik) is None) == ok


def test_everything_is_made_and_linked(db):
    package = add_packages(db)[0]
    referrer = add_customer(db, name="Agus Pratama", referral_code="AGUS123456")
    lead = add_lead(db, name="Rina Kusuma", email="rina@example.id", kabupaten="Kota Bandung", kode_pos="40131",
                    referral_code="agus123456", interested_package_id=package)
    move(db, lead.id, "qualified")
    technician = add_user(db, "teknisi", "technician")
    promo = add_promotion(db, "HEMAT10", "discount_percent", "10")
    result = convert(db, request(lead.id, package, promotion_code="HEMAT10", technician_id=technician.user_id))

    def check(s):
        customer = s.get(Customer, result.customer_id)
        assert (customer.name, customer.nik, customer.phone, customer.kabupaten, customer.status) == (
            "Rina Kusuma", NIK, "+6281322223333", "Kota Bandung", "prospect")
        assert customer.referral_code and customer.referred_by_id == referrer
        contract = s.get(Contract, result.contract_id)
        assert (contract.customer_id, contract.package_id, contract.lead_id, contract.promotion_id) == (
            customer.id, package, lead.id, promo)
        assert (contract.monthly_fee, contract.installation_fee, contract.deposit) == (
            Decimal("250000.00"), Decimal("500000.00"), Decimal("300000.00"))
        assert (contract.start_date, contract.end_date, contract.contract_duration, contract.auto_renew,
                contract.status) == (date(2026, 12, 1), date(2027, 11, 30), 12, True, "draft")
        assert contract.terms.startswith("1. Layanan internet")
        sub = s.get(RecurringBilling, result.subscription_id)
        assert (sub.customer_id, sub.contract_id, sub.package_id, sub.amount, sub.promotion_id) == (
            customer.id, contract.id, package, Decimal("250000.00"), promo)
        assert sub.is_active is False and sub.next_billing_date is None and sub.activated_at is None
        order = s.get(WorkOrder, result.work_order_id)
        assert (order.type, order.customer_id, order.lead_id, order.contract_id, order.assigned_to, order.status,
                order.priority, order.scheduled_date) == ("installation", customer.id, lead.id, contract.id,
                                                          technician.user_id, "assigned", "high", date(2026, 11, 28))
        proforma = s.get(ProformaInvoice, result.proforma_id)
        assert (proforma.customer_id, proforma.contract_id, proforma.installation_fee, proforma.deposit) == (
            customer.id, contract.id, Decimal("500000.00"), Decimal("300000.00"))
        referral = s.get(Referral, result.referral_id)
        assert (referral.referrer_customer_id, referral.referred_customer_id, referral.lead_id,
                referral.status) == (referrer, customer.id, lead.id, "pending")
        row = s.get(Lead, lead.id)
        assert (row.status, row.customer_id) == ("won", customer.id) and row.converted_at is not None
        assert s.get(Promotion, promo).used_count == 1
        logged = set(s.scalars(sa.select(AuditLog.model_type).where(AuditLog.action == "create")))
        assert {"customers", "contracts", "recurring_billings", "work_orders", "proforma_invoices",
                "referrals"} <= logged
    read(db, check)
    assert result.contract_number.startswith("CTR-")
    assert result.customer_number.startswith("CUST-") and result.work_order_number.startswith("WO-")


def test_no_fees_no_proforma_and_no_referral(db):
    package = add_packages(db)[0]
    lead = add_lead(db)
    result = convert(db, request(lead.id, package, installation_fee="0", deposit="", monthly_fee="199000"))
    assert result.proforma_id is None and result.referral_id is None
    assert read(db, lambda s: s.get(Contract, result.contract_id).monthly_fee) == Decimal("199000.00")
    assert counts(db)["proforma_invoices"] == 0


def test_converting_twice_is_refused(db):
    package = add_packages(db)[0]
    lead = add_lead(db)
    convert(db, request(lead.id, package))
    with pytest.raises(ConflictError) as refused:
        convert(db, request(lead.id, package, nik="3273011505900007"))
    assert refused.value.code == "conversion.already_converted"
    assert counts(db)["customers"] == 1 and counts(db)["contracts"] == 1


@pytest.mark.parametrize("extra, field, code", [
    ({"nik": "1234"}, "nik", nik_problem("1234").code),
    ({"nik": "3273015505250007"}, "nik", "conversion.under_age"),
    ({"package_id": None}, "package_id", "conversion.choose_package"),
    ({"installation_fee": "-5"}, "installation_fee", "conversion.negative_amount"),
    ({"installation_fee": "lima ratus"}, "installation_fee", "conversion.bad_amount"),
    ({"duration_months": 0}, "duration_months", "conversion.duration_range"),
    ({"start_date": None}, "start_date", "conversion.start_date_needed"),
    ({"promotion_code": "NOPE"}, "promotion_code", "promotions.unknown_code"),
    ({"install_date": date(2026, 11, 1)}, "install_date", "conversion.install_in_past"),
    ({"technician_id": 999}, "technician_id", "conversion.choose_technician"),
])
def test_bad_input_leaves_nothing(db, extra, field, code):
    package = add_packages(db)[0]
    lead = add_lead(db)
    with pytest.raises(ValidationError) as caught:
        convert(db, request(lead.id, **{"package_id": package, **extra}))
    assert caught.value.codes == {field: code}
    assert set(counts(db).values()) == {0}
    assert read(db, lambda s: s.get(Lead, lead.id).status) == "new"


def test_a_used_nik_and_an_unknown_referral_code_are_refused(db):
    package = add_packages(db)[0]
    add_customer(db, name="Other", nik=NIK)
    lead = add_lead(db, referral_code="NOBODY0001")
    with pytest.raises(ValidationError) as caught:
        convert(db, request(lead.id, package))
    assert caught.value.codes == {"nik": "conversion.nik_taken", "referral_code": "conversion.unknown_referral_code"}
    assert caught.value.errors["referral_code"].params == {"code": "NOBODY0001"}


def test_a_failure_at_the_last_step_leaves_nothing(db, monkeypatch):
    package = add_packages(db)[0]
    referrer = add_customer(db, name="Agus", referral_code="AGUS123456")
    lead = add_lead(db, referral_code="AGUS123456")
    promo = add_promotion(db, "HEMAT10", "discount_percent", "10")
    before = counts(db)
    # The referral is the last row written before the lead is won: make its insert fail.
    monkeypatch.setattr(lead_conversion, "Referral", lambda **kw: (_ for _ in ()).throw(RuntimeError("disk full")))
    with pytest.raises(RuntimeError):
        convert(db, request(lead.id, package, promotion_code="HEMAT10"))
    assert counts(db) == before and before["customers"] == 1 and referrer
    assert read(db, lambda s: (s.get(Lead, lead.id).status, s.get(Lead, lead.id).customer_id)) == ("new", None)
    assert read(db, lambda s: s.get(Promotion, promo).used_count) == 0
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(AuditLog).where(
        AuditLog.model_type.in_(("customers", "contracts", "work_orders", "promotions"))))) == 0


def test_a_sales_user_converts_and_a_lost_lead_is_refused(db):
    package = add_packages(db)[0]
    sales = add_user(db, "sari", "sales")
    lead = add_lead(db, actor=sales)
    lost = add_lead(db, actor=sales, name="Lost")
    move(db, lost.id, "lost", "moved away")
    assert convert(db, request(lead.id, package), actor=sales).proforma_id is not None
    with pytest.raises(ConflictError) as refused:
        convert(db, request(lost.id, package, nik="3273011505900007"), actor=sales)
    assert refused.value.code == "conversion.lead_lost"


def test_converting_takes_under_0_3_s(db):
    package = add_packages(db)[0]
    leads_made = [add_lead(db, name=f"Lead {i}", phone=f"08133333{i:04d}") for i in range(5)]
    took = []
    for i, lead in enumerate(leads_made):
        started = time.perf_counter()
        convert(db, request(lead.id, package, nik=f"32730115059{i:05d}"[:12] + f"{i + 1:04d}"))
        took.append(time.perf_counter() - started)
    print(f"conversion: median {sorted(took)[2] * 1000:.0f} ms, max {max(took) * 1000:.0f} ms")
    assert sorted(took)[2] < 0.3


def _convert_in_process(url: str, lead_id: int, package_id: int, nik: str, queue) -> None:
    from ispdesk.db.engine import Database
    db = Database.open(url)
    try:
        result = convert(db, request(lead_id, package_id, nik=nik))
        queue.put(("ok", result.customer_id))
    except ConflictError as exc:
        queue.put(("refused", exc.code))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        queue.put(("error", repr(exc)))
    finally:
        db.dispose()


@pytest.mark.mariadb
@pytest.mark.slow
def test_two_counters_converting_the_same_lead_make_one_customer(scratch_mariadb):
    import multiprocessing

    from ispdesk.db.engine import Database
    from ispdesk.services.database import prepare
    url = scratch_mariadb.create()
    db = Database.open(url)
    prepare(db)
    package = add_packages(db)[0]
    lead = add_lead(db)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    niks = ["3273011505900001", "3273011505900002", "3273011505900003"]
    workers = [context.Process(target=_convert_in_process, args=(url, lead.id, package, nik, queue))
               for nik in niks]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    outcomes = sorted(queue.get(timeout=5)[0] for _ in workers)
    assert outcomes == ["ok", "refused", "refused"], outcomes
    assert counts(db)["customers"] == 1 and counts(db)["contracts"] == 1
    db.dispose()
    scratch_mariadb.drop(url)


def test_a_cashback_code_credits_the_new_customer(db):
    from ispdesk.db.models import CustomerCreditMovement
    package = add_packages(db)[0]
    add_promotion(db, "CASHBACK50", "cashback", "50000")
    result = convert(db, request(add_lead(db).id, package, promotion_code="CASHBACK50"))
    customer = read(db, lambda s: s.get(Customer, result.customer_id))
    assert customer.credit_balance == Decimal("50000.00")
    movement = read(db, lambda s: s.scalars(sa.select(CustomerCreditMovement).where(
        CustomerCreditMovement.customer_id == result.customer_id)).one())
    assert (movement.kind, movement.amount, movement.balance_after) == (
        "cashback", Decimal("50000.00"), Decimal("50000.00"))
