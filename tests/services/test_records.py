"""Creating, editing, archiving and deleting rows of any module through its spec."""
from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, Package, Promotion
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
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


def errors_of(db, key: str, values: dict, record_id: int | None = None) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        save(db, key, values, record_id)
    return caught.value.errors


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
    assert contract["start_date"] == date.today()
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
    assert set(errors) == {"code", "name", "type", "min_purchase", "max_discount", "applicable_packages",
                           "usage_limit", "start_date", "is_active"}
    assert "50 characters" in errors["code"]
    assert "required" in errors["name"]
    assert "discount_percent" in errors["type"]
    assert "not an amount" in errors["min_purchase"]
    assert "negative" in errors["max_discount"]
    assert "JSON" in errors["applicable_packages"]
    assert "whole number" in errors["usage_limit"]
    after = rows(db, Promotion)
    assert after == before == 0


def test_money_and_decimals_refuse_floats_and_extra_places(db) -> None:
    errors = errors_of(db, "packages", {**PACKAGE, "monthly_price": "1500,123", "speed_mbps": 20.0})
    assert "two decimal places" in errors["monthly_price"] and "whole number" in errors["speed_mbps"]
    errors = errors_of(db, "packages", {**PACKAGE, "monthly_price": 1500.5, "speed_mbps": "1.5"})
    assert "monthly_price" in errors and "whole number" in errors["speed_mbps"]
    errors = errors_of(db, "customers", {"name": "A", "latitude": "-6.123456789", "longitude": "200"})
    assert "8 decimal places" in errors["latitude"] and "at most 180" in errors["longitude"]
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
    assert errors == {"code": "Code HOME20 is already used."}
    save(db, "packages", {"code": "HOME20", "name": "Renamed"}, first)  # its own value is no clash
    assert rows(db, Package) == 1


def test_a_unique_pair_names_both_columns(db) -> None:
    user_id = make_user(db)
    save(db, "attendance", {"user_id": user_id, "date": "2026-11-24", "clock_in": "08:05", "status": "late"})
    errors = errors_of(db, "attendance", {"user_id": user_id, "date": date(2026, 11, 24), "status": "present"})
    assert errors == {"user_id": "This Employee and Date is already used by another record."}
    other = save(db, "attendance", {"user_id": user_id, "date": "2026-11-25", "clock_in": time(7, 58)})
    assert get(db, "attendance", other)["clock_in"] == time(7, 58)


def test_a_foreign_key_must_name_an_existing_row(db) -> None:
    errors = errors_of(db, "contracts", {"customer_id": 999, "package_id": "abc", "monthly_fee": "100000"})
    assert "does not exist" in errors["customer_id"]
    assert "choose one" in errors["package_id"]


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
    assert "required" in errors_of(db, "customers", {"name": ""}, customer_id)["name"]
    assert "status" in errors_of(db, "customers", {"status": "gone"}, customer_id)
    with pytest.raises(NotFound):
        save(db, "customers", {"name": "X"}, 12345)


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
    assert caught.value.message == "Cannot delete: 2 contracts and 1 customer refer to this customer."
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
    with pytest.raises(PermissionDenied):  # invoices come from billing, not from the table
        save(db, "invoices", {"due_date": "2026-12-01"})
    with pytest.raises(PermissionDenied):
        write(db, lambda s: records.delete(s, ADMIN, spec("audit_logs"), 1))


def test_a_workflow_rule_of_the_spec_keeps_the_generic_form_from_getting_around_it(db) -> None:
    from ispdesk.db.models import PurchaseOrder
    supplier = save(db, "suppliers", {"code": "SUP1", "name": "PT Kabel Jaya"})
    order = save(db, "purchase_orders", {"supplier_id": supplier, "order_date": date(2026, 11, 2)})
    save(db, "purchase_orders", {"notes": "call first"}, order)            # a draft is edited here
    write(db, lambda s: setattr(s.get(PurchaseOrder, order), "status", "approved"))
    refused = errors_of(db, "purchase_orders", {"notes": "changed later"}, order)
    assert "only a draft" in refused[""]
    with pytest.raises(ValidationError):
        write(db, lambda s: records.delete(s, ADMIN, spec("purchase_orders"), order))
    assert get(db, "purchase_orders", order)["notes"] == "call first"

    customer = save(db, "customers", {"name": "Budi", "phone": "0812", "status": "active"})
    home, pro = save(db, "packages", PACKAGE), save(db, "packages", {**PACKAGE, "code": "PRO50", "name": "Pro 50"})
    subscription = save(db, "recurring_billings", {"customer_id": customer, "package_id": home, "billing_day": 5,
                                                   "amount": "150000"})
    save(db, "recurring_billings", {"package_id": home, "discount": "10000"}, subscription)   # unchanged: fine
    assert "next period" in errors_of(db, "recurring_billings", {"package_id": pro}, subscription)["package_id"]
    assert get(db, "recurring_billings", subscription)["package_id"] == home

    with pytest.raises(PermissionDenied):          # credit notes are requested from the invoices tab
        save(db, "credit_notes", {"reason": "x"})


def test_the_workflow_rule_applies_to_a_new_record_too(db) -> None:
    assert "converting" in errors_of(db, "leads", {"name": "Budi", "status": "won"})["status"]
    assert "why" in errors_of(db, "leads", {"name": "Budi", "status": "lost"})["lost_reason"].lower()
    assert "starts pending" in errors_of(db, "work_orders", {"type": "repair", "status": "completed"})["status"]
