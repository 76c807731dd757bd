"""``ispdesk demo-data``: what it writes holds together the way the program expects."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.cli import main
from ispdesk.config import ENV_DATA_DIR
from ispdesk.db.engine import Database
from ispdesk.domain.enums import LeadStatus
from ispdesk.domain.errors import ISPDeskError
from ispdesk.domain.money import round_rupiah
from ispdesk.services.database import prepare
from ispdesk.services.demo import generate
from ispdesk.services.passwords import verify_password
from tests.conftest import BACKENDS, MYSQL_URL_ENV, mysql_server_url

TODAY = date(2026, 5, 14)
CUSTOMERS = 40


@pytest.fixture(scope="module", params=BACKENDS)
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One demo database per backend for the tests that only read it."""
    scratch = None
    if request.param == "mariadb":
        if not mysql_server_url():
            pytest.skip(f"MariaDB tests need {MYSQL_URL_ENV}")
        scratch = request.getfixturevalue("scratch_mariadb")
        url = scratch.create()
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}"
    db = Database.open(url)
    try:
        prepare(db)
        report = generate(db, customers=CUSTOMERS, seed=7, today=TODAY)
        assert f"{CUSTOMERS} customers" in report
        yield db
    finally:
        db.dispose()
        if scratch is not None:
            scratch.drop(url)


def rows(db: Database, sql: str, **params) -> list[sa.Row]:
    with db.engine.connect() as conn:
        return list(conn.execute(sa.text(sql), params))


def table(db: Database, name: str) -> list[sa.Row]:
    from ispdesk.db.models import Base
    with db.engine.connect() as conn:
        return list(conn.execute(sa.select(Base.metadata.tables[name])))


def test_counts_and_every_customer_has_a_subscription(demo: Database) -> None:
    customers = table(demo, "customers")
    assert len(customers) == CUSTOMERS
    billings = {b.customer_id: b for b in table(demo, "recurring_billings")}
    assert set(billings) == {c.id for c in customers}
    for customer in customers:
        billing = billings[customer.id]
        assert 1 <= billing.billing_day <= 28
        assert billing.activated_at < TODAY
        if customer.status == "terminated":
            assert not billing.is_active and billing.next_billing_date is None
        else:
            assert TODAY < billing.next_billing_date <= TODAY + timedelta(days=31)
    assert sum(c.status == "active" for c in customers) >= CUSTOMERS * 0.75
    invoices = table(demo, "invoices")
    assert 2 * CUSTOMERS <= len(invoices) <= 3 * CUSTOMERS
    assert len(table(demo, "contracts")) == CUSTOMERS
    assert {p.name for p in table(demo, "packages")} >= {"Home 20 Mbps", "Home 30 Mbps", "Home 50 Mbps",
                                                         "Home 100 Mbps", "Bisnis 100 Mbps"}
    for name in ("bandwidth_profiles", "promotions", "sla_policies", "leave_types", "suppliers",
                 "purchase_orders", "purchase_order_items", "work_orders", "knowledge_base_categories",
                 "knowledge_base_articles", "ip_pools", "ip_addresses"):
        assert table(demo, name), f"{name} is empty"


def test_customers_look_indonesian(demo: Database) -> None:
    customers = table(demo, "customers")
    numbers = [c.customer_number for c in customers]
    assert numbers == [f"CUST-{n:06d}" for n in range(1, CUSTOMERS + 1)]
    assert len({c.referral_code for c in customers}) == CUSTOMERS
    for c in customers:
        assert re.fullmatch(r"\+628\d{8,11}", c.phone), c.phone
        assert re.fullmatch(r"\d{16}", c.nik), c.nik
        assert re.fullmatch(r"Jl\. .+ No\. \d+", c.address), c.address
        assert re.fullmatch(r"\d{3}/\d{3}", c.rt_rw)
        assert c.kelurahan and c.kecamatan and c.kabupaten and c.provinsi
        assert re.fullmatch(r"\d{5}", c.kode_pos)
        assert -11 < c.latitude < 6 and 95 < c.longitude < 141
    for lead in table(demo, "leads"):
        assert lead.phone.startswith("+62")
    for user in table(demo, "users"):
        assert user.phone.startswith("+62")


def test_demo_users_log_in_with_the_known_passwords(demo: Database) -> None:
    users = {u.username: u for u in table(demo, "users")}
    roles = {r.id: r.name for r in table(demo, "roles")}
    expected = {"admin": ("admin123", "admin"), "supervisor": ("super123", "supervisor"),
                "cashier": ("kasir123", "cashier"), "sales": ("sales123", "sales"),
                "gudang": ("gudang123", "warehouse"), "teknisi": ("teknisi123", "technician"),
                "hr": ("hrdemo123", "hr")}
    for username, (password, role) in expected.items():
        assert verify_password(users[username].password_hash, password), username
        assert roles[users[username].role_id] == role


def test_invoice_totals_are_the_sum_of_their_lines_with_ppn(demo: Database) -> None:
    lines: dict[int, list[Decimal]] = defaultdict(list)
    for item in table(demo, "invoice_items"):
        lines[item.invoice_id].append(item.amount)
    invoices = table(demo, "invoices")
    for inv in invoices:
        net = inv.subtotal - inv.discount_amount
        assert sum(lines[inv.id]) == net
        assert inv.tax_base == round_rupiah(net * 11 / 12)
        assert inv.tax_amount == round_rupiah(inv.tax_base * Decimal("0.12"))
        assert inv.total == net + inv.tax_amount + inv.late_fee
        assert re.fullmatch(rf"INV-{inv.issue_date:%Y%m}-\d{{6}}", inv.invoice_number)
    home20 = [inv for inv in invoices if inv.subtotal == Decimal("150000") and not inv.discount_amount]
    assert home20 and all(inv.total == Decimal("166500") for inv in home20)
    assert {inv.status for inv in invoices} >= {"paid", "partial", "unpaid", "overdue"}


def test_amount_paid_is_the_sum_of_confirmed_payments(demo: Database) -> None:
    paid: dict[int, Decimal] = defaultdict(Decimal)
    for p in table(demo, "payments"):
        if p.status == "confirmed":
            paid[p.invoice_id] += p.amount
    for inv in table(demo, "invoices"):
        assert inv.amount_paid == paid.get(inv.id, Decimal("0"))
        if inv.status == "paid":
            assert inv.amount_paid == inv.total and inv.paid_at is not None
        elif inv.status == "partial":
            assert 0 < inv.amount_paid < inv.total
        else:
            assert inv.amount_paid == 0
            assert (inv.due_date < TODAY) == (inv.status == "overdue")


def test_receipts_group_their_payments(demo: Database) -> None:
    by_receipt: dict[int, list] = defaultdict(list)
    for p in table(demo, "payments"):
        by_receipt[p.receipt_id].append(p)
    receipts = table(demo, "receipts")
    assert set(by_receipt) == {r.id for r in receipts}
    assert any(len(group) > 1 for group in by_receipt.values())
    for r in receipts:
        group = by_receipt[r.id]
        assert r.amount_applied == sum(p.amount for p in group)
        assert r.change_given == r.amount_received - r.amount_applied >= 0
        assert {(p.customer_id, p.payment_method, p.payment_date) for p in group} == {
            (r.customer_id, r.payment_method, r.received_at.date())}


def test_stock_equals_its_ledger(demo: Database) -> None:
    ledger: dict[int, list] = defaultdict(list)
    for tx in sorted(table(demo, "inventory_transactions"), key=lambda t: t.id):
        ledger[tx.inventory_id].append(tx)
    items = table(demo, "inventories")
    assert {i.category for i in items} >= {"ont", "router", "cable", "connector"}
    for item in items:
        movements = ledger[item.id]
        assert movements[0].type == "in" and movements[0].previous_quantity == 0
        assert sum(t.quantity for t in movements) == item.quantity >= 0
        running = 0
        for t in movements:
            assert t.previous_quantity == running and t.new_quantity == running + t.quantity
            running = t.new_quantity


def test_network_tree_and_leads(demo: Database) -> None:
    devices = {d.id: d for d in table(demo, "network_devices")}
    for d in devices.values():
        parent = devices.get(d.parent_device_id)
        expected = {"olt": None, "odc": "olt", "odp": "odc"}[d.device_type]
        assert (parent.device_type if parent else None) == expected
        assert 0 <= d.used_ports <= d.capacity
    leads = table(demo, "leads")
    assert {lead.status for lead in leads} == {s.value for s in LeadStatus}
    assert all(lead.customer_id and lead.converted_at for lead in leads if lead.status == "won")
    assert all(lead.lost_reason for lead in leads if lead.status == "lost")


NUMBERED = {"invoice": ("invoices", "invoice_number"), "payment": ("payments", "payment_number"),
            "receipt": ("receipts", "receipt_number"), "contract": ("contracts", "contract_number"),
            "lead": ("leads", "lead_number"), "work_order": ("work_orders", "work_order_number"),
            "purchase_order": ("purchase_orders", "po_number")}


def test_document_sequences_continue_after_the_numbers_used(demo: Database) -> None:
    sequences = {(s.doc_type, s.period): s.last_value for s in table(demo, "document_sequences")}
    for doc_type, (name, column) in NUMBERED.items():
        highest: dict[str, int] = defaultdict(int)
        for row in table(demo, name):
            _, period, value = getattr(row, column).split("-")
            highest[period] = max(highest[period], int(value))
        assert highest, doc_type
        for period, value in highest.items():
            assert sequences[(doc_type, period)] >= value, (doc_type, period)
    assert sequences[("customer", "")] == CUSTOMERS


def test_a_second_run_if_empty_does_nothing_and_without_it_refuses(demo: Database) -> None:
    before = len(table(demo, "invoices"))
    assert "nothing done" in generate(demo, customers=10, if_empty=True, today=TODAY)
    with pytest.raises(ISPDeskError, match="already has 40 customers"):
        generate(demo, customers=10, today=TODAY)
    assert len(table(demo, "customers")) == CUSTOMERS and len(table(demo, "invoices")) == before


def test_same_seed_same_people(db: Database, tmp_path) -> None:
    other = Database.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        prepare(other)
        generate(db, customers=25, seed=11, today=TODAY)
        generate(other, customers=25, seed=11, today=TODAY)
        names = [(r.customer_number, r.name, r.phone, r.kelurahan) for r in rows(
            db, "SELECT customer_number, name, phone, kelurahan FROM customers ORDER BY customer_number")]
        again = [(r.customer_number, r.name, r.phone, r.kelurahan) for r in rows(
            other, "SELECT customer_number, name, phone, kelurahan FROM customers ORDER BY customer_number")]
    finally:
        other.dispose()
    assert names == again and len(set(n for _, n, _, _ in names)) > 15


def test_cli_demo_data(db_url: str, tmp_path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "data"))
    assert main(["--database", db_url, "demo-data", "--customers", "20", "--quiet"]) == 0
    assert "demo data: 20 customers" in capsys.readouterr().out
    assert main(["--database", db_url, "demo-data", "--customers", "20", "--quiet", "--if-empty"]) == 0
    assert "nothing done" in capsys.readouterr().out
    assert main(["--database", db_url, "demo-data", "--customers", "20", "--quiet"]) == 2
