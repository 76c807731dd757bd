"""Creating, editing, archiving and deleting rows of any module through its spec.
Refusals are asserted by their codes and values, not their English."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, Package, Promotion
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ispdesk.domain.messages import Message, render
from ispdesk.services import records
from ispdesk.services.modules import spec
from tests.support.actors import ADMIN, add_user, role_actor


def actor(role: str = "admin", user_id: int | None = None) -> Actor:
    return role_actor(role, user_id=user_id)


def save(db, key: str, values: dict, record_id: int | None = None, who: Actor = ADMIN) -> int:
    return write(db, lambda s: records.save(s, who, spec(key), record_id, values))


def get(db, key: str, record_id: int) -> dict:
    return read(db, lambda s: records.get(s, ADMIN, spec(key), record_id))


def rows(db, model) -> int:
    return read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(model)))


def errors_of(db, key: str, values: dict, record_id: int | None = None) -> dict[str, Message]:
    """The refusal of a save, field -> Message."""
    with pytest.raises(ValidationError) as caught:
        save(db, key, values, record_id)
    return caught.value.errors


def codes_of(db, key: str, values: dict, record_id: int | None = None) -> dict[str, str]:
    """The refusal of a save, field -> message code."""
    return {field: msg.code for field, msg in errors_of(db, key, values, record_id).items()}


def make_user(db, username: str = "ani") -> int:
    return add_user(db, username, "sales").user_id


PACKAGE = {"code": "HOME20", "name": "Home 20 Mbps", "speed_mbps": "20", "monthly_price": "Rp 1.234.567,89",
           "requires_public_ip": False, "description": "Fibre\nup to 20 Mbps"}


def test_create_returns_the_id_and_values_round_trip_exactly(db) -> None:
    package_id = save(db, "packages", PACKAGE)
    stored = get(db, "packages", package_id)
    assert stored["id"] == package_id
    assert stored["monthly_price"] == Decimal("1234567.89")
    assert isinstance(stored["monthly_price"], Decimal)
    assert stored["speed_mbps"] == 20
    save(db, "packages", {"speed_mbps": "1.000"}, package_id)  # typed with a thousands point
    assert get(db, "packages", package_id)["speed_mbps"] == 1000
    assert stored["name"] == "Home 20 Mbps" and stored["description"] == "Fibre\nup to 20 Mbps"
    assert stored["is_active"] is True  # the column's default, not a NULL
    assert stored["requires_public_ip"] is False


def test_defaults_number_a_new_record_and_fill_empty_dates(db) -> None:
    customer_id = save(db, "customers", {"name": "Budi Santoso", "phone": "0812 555", "status": "active"})
    package_id = save(db, "packages", PACKAGE)
    user_id = make_user(db)
    contract_id = save(db, "contracts", {"customer_id": customer_id, "package_id": str(package_id),
                                         "monthly_fee": Decimal("250000"), "start_date": ""},
                       who=actor("sales", user_id))
    contract = get(db, "contracts", contract_id)
    assert contract["contract_number"].startswith("CTR-") and contract["contract_number"].endswith("-000001")
    assert contract["start_date"] == clock.today()
    assert contract["created_by"] == user_id  # who made it
    assert contract["status"] == "draft"
    customer = get(db, "customers", customer_id)
    assert customer["customer_number"].startswith("CUST-") and customer["credit_balance"] == Decimal("0.00")


def test_every_bad_field_is_reported_at_once_and_nothing_is_written(db) -> None:
    before = rows(db, Promotion)
    errors = errors_of(db, "promotions", {
        "code": "X" * 51, "name": "  ", "type": "half_price", "value": "10", "min_purchase": "12abc",
        "max_discount": "-5000", "applicable_packages": "{1, 2", "usage_limit": "ten",
        "start_date": "2026-13-01", "is_active": "maybe"})
    assert {field: msg.code for field, msg in errors.items()} == {
        "code": "records.too_long", "name": "records.required", "type": "records.one_of",
        "min_purchase": "records.not_money", "max_discount": "records.not_negative",
        "applicable_packages": "records.not_json", "usage_limit": "records.whole_number",
        "start_date": "records.not_date", "is_active": "records.yes_or_no"}
    assert errors["code"].params["limit"] == 50 and errors["code"].params["given"] == 51
    assert "Discount percent" in render(errors["type"])      # the choices in words
    after = rows(db, Promotion)
    assert after == before == 0


def test_money_and_decimals_refuse_floats_and_extra_places(db) -> None:
    assert codes_of(db, "packages", {**PACKAGE, "monthly_price": "1500,123", "speed_mbps": 20.0}) == {
        "monthly_price": "records.sen", "speed_mbps": "records.whole_number"}
    assert codes_of(db, "packages", {**PACKAGE, "monthly_price": 1500.5, "speed_mbps": "1.5"}) == {
        "monthly_price": "records.not_money", "speed_mbps": "records.whole_number"}
    errors = errors_of(db, "customers", {"name": "A", "latitude": "-6.123456789", "longitude": "200"})
    assert errors["latitude"].code == "records.decimal_places" and errors["latitude"].params["places"] == 8
    assert errors["longitude"].code == "records.at_most" and errors["longitude"].params["maximum"] == "180"
    assert rows(db, Package) == 0


def test_json_accepts_text_or_structures(db) -> None:
    first = save(db, "promotions", {"name": "Merdeka", "type": "discount_percent", "value": "17",
                                    "applicable_packages": "[1, 2]", "start_date": "2026-08-01"})
    second = save(db, "promotions", {"name": "Akhir tahun", "type": "free_months", "value": 1,
                                     "applicable_packages": {"all": True}})
    assert get(db, "promotions", first)["applicable_packages"] == [1, 2]
    assert get(db, "promotions", first)["value"] == Decimal("17.00")
    assert get(db, "promotions", first)["start_date"] == date(2026, 8, 1)
    assert get(db, "promotions", second)["applicable_packages"] == {"all": True}


def test_unique_values_are_already_used_not_an_integrity_error(db) -> None:
    first = save(db, "packages", PACKAGE)
    errors = errors_of(db, "packages", {**PACKAGE, "name": "Other"})
    assert list(errors) == ["code"] and errors["code"].code == "records.already_used"
    assert errors["code"].params["value"] == "HOME20"
    save(db, "packages", {"code": "HOME20", "name": "Renamed"}, first)  # its own value is no clash
    assert rows(db, Package) == 1


def test_a_unique_pair_names_both_columns(db) -> None:
    user_id = make_user(db)
    save(db, "attendance", {"user_id": user_id, "date": "2026-11-24", "clock_in": "08:05", "status": "late"})
    errors = errors_of(db, "attendance", {"user_id": user_id, "date": date(2026, 11, 24), "status": "present"})
    assert list(errors) == ["user_id"] and errors["user_id"].code == "records.combination_used"
    assert [word.template.text for word in errors["user_id"].params["fields"]] == ["Employee", "Date"]
    other = save(db, "attendance", {"user_id": user_id, "date": "2026-11-25", "clock_in": time(7, 58)})
    assert get(db, "attendance", other)["clock_in"] == time(7, 58)


def test_a_foreign_key_must_name_an_existing_row(db) -> None:
    codes = codes_of(db, "contracts", {"customer_id": 999, "package_id": "abc", "monthly_fee": "100000"})
    assert codes == {"customer_id": "records.missing_reference", "package_id": "records.choose_from_list"}


def test_update_changes_the_given_fields_and_ignores_read_only_ones(db) -> None:
    customer_id = save(db, "customers", {"name": "Budi", "phone": "0812", "status": "active"})
    number = get(db, "customers", customer_id)["customer_number"]
    same = save(db, "customers", {"name": "Budi Santoso", "credit_balance": "999999", "customer_number": "X",
                                  "email": "budi@example.id", "unknown": 1}, customer_id)
    assert same == customer_id
    stored = get(db, "customers", customer_id)
    assert stored["name"] == "Budi Santoso" and stored["email"] == "budi@example.id"
    assert stored["phone"] == "0812"  # not given: kept
    assert stored["credit_balance"] == Decimal("0.00") and stored["customer_number"] == number
    save(db, "customers", {"email": ""}, customer_id)  # emptied
    assert get(db, "customers", customer_id)["email"] is None
    assert codes_of(db, "customers", {"name": ""}, customer_id) == {"name": "records.required"}
    assert codes_of(db, "customers", {"status": "gone"}, customer_id) == {"status": "records.one_of"}
    with pytest.raises(NotFound) as missing:
        save(db, "customers", {"name": "X"}, 12345)
    assert missing.value.code == "records.not_found" and missing.value.message.params["id"] == 12345


def test_saving_is_audited_with_the_actor(db) -> None:
    user_id = make_user(db, "sari")
    customer_id = save(db, "customers", {"name": "Siti"}, who=Actor(
        user_id=user_id, username="sari", name="Sari", role="admin", permissions=ADMIN.permissions))
    logged = read(db, lambda s: s.execute(sa.select(AuditLog.user_id, AuditLog.model_id)
                                          .where(AuditLog.model_type == "customers")).all())
    assert (user_id, customer_id) in [tuple(r) for r in logged]


def test_delete_archives_when_the_spec_archives(db) -> None:
    package_id = save(db, "packages", PACKAGE)
    write(db, lambda s: records.delete(s, ADMIN, spec("packages"), package_id))
    assert get(db, "packages", package_id)["is_active"] is False
    save(db, "packages", {"is_active": True}, package_id)  # and it can come back
    assert get(db, "packages", package_id)["is_active"] is True


def test_delete_is_refused_while_other_rows_refer(db) -> None:
    customer_id = save(db, "customers", {"name": "Budi"})
    package_id = save(db, "packages", PACKAGE)
    for month in (1, 2):
        save(db, "contracts", {"customer_id": customer_id, "package_id": package_id, "monthly_fee": "200000",
                               "start_date": date(2026, month, 1)})
    save(db, "customers", {"name": "Adik", "referred_by_id": customer_id})
    with pytest.raises(ConflictError) as caught:
        write(db, lambda s: records.delete(s, ADMIN, spec("customers"), customer_id))
    refusal = caught.value.message
    assert refusal.code == "records.referred" and refusal.count == 3      # one plural sentence, %n = 3
    assert [(part.params["table"].template.text, part.params["rows"]) for part in refusal.params["where"]] == [
        ("Contracts", 2), ("Customers", 1)]                                    # the most first
    assert "%n" not in render(refusal) and "3" in render(refusal)
    lonely = save(db, "customers", {"name": "Sendiri"})
    write(db, lambda s: records.delete(s, ADMIN, spec("customers"), lonely))
    with pytest.raises(NotFound):
        get(db, "customers", lonely)
    assert get(db, "customers", customer_id)["name"] == "Budi"


def test_permissions_are_checked_by_the_service(db) -> None:
    cashier = actor("cashier")
    with pytest.raises(PermissionDenied):
        read(db, lambda s: records.get(s, cashier, spec("payroll"), 1))
    with pytest.raises(PermissionDenied):
        save(db, "customers", {"name": "Budi"}, who=cashier)  # may edit customers, not create them
    customer_id = save(db, "customers", {"name": "Budi"})
    save(db, "customers", {"phone": "0812"}, customer_id, who=cashier)
    with pytest.raises(PermissionDenied):
        write(db, lambda s: records.delete(s, cashier, spec("customers"), customer_id))
    with pytest.raises(PermissionDenied) as refused:  # invoices come from billing, not from the table
        save(db, "invoices", {"due_date": "2026-12-01"})
    assert refused.value.code == "records.not_created_here"
    with pytest.raises(PermissionDenied) as refused:
        write(db, lambda s: records.delete(s, ADMIN, spec("audit_logs"), 1))
    assert refused.value.code == "records.not_deleted"
    with pytest.raises(PermissionDenied) as refused:   # nobody signed in: no trusted None any more
        save(db, "customers", {"name": "Budi"}, who=None)
    assert refused.value.code == "permission.no_actor"


def test_a_workflow_rule_of_the_spec_keeps_the_generic_form_from_getting_around_it(db) -> None:
    from ispdesk.db.models import PurchaseOrder
    supplier = save(db, "suppliers", {"code": "SUP1", "name": "PT Kabel Jaya"})
    order = save(db, "purchase_orders", {"supplier_id": supplier, "order_date": date(2026, 11, 2)})
    save(db, "purchase_orders", {"notes": "call first"}, order)            # a draft is edited here
    write(db, lambda s: setattr(s.get(PurchaseOrder, order), "status", "approved"))
    refused = errors_of(db, "purchase_orders", {"notes": "changed later"}, order)
    assert refused[""].code == "records.only_draft_order" and render(refused[""].params["status"]) == "approved"
    with pytest.raises(ValidationError):
        write(db, lambda s: records.delete(s, ADMIN, spec("purchase_orders"), order))
    assert get(db, "purchase_orders", order)["notes"] == "call first"

    customer = save(db, "customers", {"name": "Budi", "phone": "0812", "status": "active"})
    home, pro = save(db, "packages", PACKAGE), save(db, "packages", {**PACKAGE, "code": "PRO50", "name": "Pro 50"})
    subscription = save(db, "recurring_billings", {"customer_id": customer, "package_id": home, "billing_day": 5,
                                                   "amount": "150000"})
    save(db, "recurring_billings", {"package_id": home, "discount": "10000"}, subscription)   # unchanged: fine
    assert codes_of(db, "recurring_billings", {"package_id": pro}, subscription) == {
        "package_id": "records.package_next_period"}
    assert get(db, "recurring_billings", subscription)["package_id"] == home

    with pytest.raises(PermissionDenied):          # credit notes are requested from the invoices tab
        save(db, "credit_notes", {"reason": "x"})


def test_the_workflow_rule_applies_to_a_new_record_too(db) -> None:
    assert codes_of(db, "leads", {"name": "Budi", "status": "won"}) == {"status": "leads.won_by_conversion"}
    assert codes_of(db, "leads", {"name": "Budi", "status": "lost"}) == {"lost_reason": "leads.lost_reason_needed"}
    assert codes_of(db, "work_orders", {"type": "repair", "status": "completed"}) == {
        "status": "work_orders.new_starts_pending"}


def test_a_moment_with_an_offset_is_converted_to_office_time_not_stripped(db) -> None:
    """A position reported at 10:00 WITA (UTC+8) is 09:00 in a WIB office; one in
    UTC at 03:00 is 10:00 WIB; a naive moment is office time already."""
    user_id = make_user(db, "tek")
    day = clock.today()
    moments = {"2026-11-24T10:00:00+08:00": datetime(2026, 11, 24, 9, 0),
               datetime(2026, 11, 24, 3, 0, tzinfo=timezone.utc): datetime(2026, 11, 24, 10, 0),
               datetime.combine(day, time(23, 59, 58)): datetime.combine(day, time(23, 59, 58))}
    for given, stored in moments.items():
        record = save(db, "technician_locations", {"user_id": user_id, "latitude": "-6.9", "longitude": "107.6",
                                                   "recorded_at": given})
        assert get(db, "technician_locations", record)["recorded_at"] == stored
    wita = datetime.combine(day, time(0, 30), tzinfo=timezone(timedelta(hours=8)))   # 23:30 WIB the day before
    record = save(db, "technician_locations", {"user_id": user_id, "latitude": "-6.9", "longitude": "107.6",
                                               "recorded_at": wita.isoformat()})
    assert get(db, "technician_locations", record)["recorded_at"] == datetime.combine(day - timedelta(days=1),
                                                                                      time(23, 30))
    assert codes_of(db, "technician_locations", {"user_id": user_id, "latitude": "-6.9", "longitude": "107.6",
                                                 "recorded_at": "24/11/2026 10:00"}) == {
        "recorded_at": "records.not_datetime"}


def test_a_new_record_is_dated_by_the_office_clock(db, office_clock) -> None:
    """A new attendance row is dated the office's today; just before midnight at a
    month end it is still that day (the clock is read once, in the transaction)."""
    office_clock.pin(datetime(2027, 2, 28, 23, 59, 58))
    user_id = make_user(db, "hr1")
    record = save(db, "attendance", {"user_id": user_id, "date": "", "status": "present"})
    assert get(db, "attendance", record)["date"] == date(2027, 2, 28)
    office_clock.advance(seconds=3)
    later = save(db, "attendance", {"user_id": user_id, "date": "", "status": "present"})
    assert get(db, "attendance", later)["date"] == date(2027, 3, 1)
