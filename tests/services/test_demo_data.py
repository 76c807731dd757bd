"""``ispdesk demo-data``: what it writes holds together the way the program expects."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.cli import main, speaking
from ispdesk.config import ENV_DATA_DIR
from ispdesk.db.engine import Database
from ispdesk.domain.enums import LeadStatus
from ispdesk.domain.errors import ConflictError, PermissionDenied, ValidationError
from ispdesk.domain.money import round_rupiah
from ispdesk.services.database import prepare
from ispdesk.services.demo import generate
from ispdesk.services.demo.build import NOTHING_DONE
from ispdesk.services.passwords import verify_password
from tests.conftest import BACKENDS, MYSQL_URL_ENV, mysql_server_url
from tests.support.actors import ADMIN, role_actor, system

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
        report = generate(db, system(), customers=CUSTOMERS, seed=7, today=TODAY)
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
        if customer.status == "prospect":   # waiting for the installation: not billed yet
            assert (billing.is_active, billing.activated_at, billing.next_billing_date) == (False, None, None)
            continue
        assert billing.activated_at < TODAY
        if customer.status == "terminated":
            assert not billing.is_active and billing.next_billing_date is None
        else:
            assert TODAY < billing.next_billing_date <= TODAY + timedelta(days=31)
    assert sum(c.status == "active" for c in customers) >= CUSTOMERS * 0.75
    assert sum(c.status == "prospect" for c in customers) >= 4
    billed = sum(c.status != "prospect" for c in customers)
    invoices = table(demo, "invoices")
    assert 2 * billed <= len(invoices) <= 3 * billed
    assert {c.customer_id for c in table(demo, "contracts")} == {c.id for c in customers}
    assert {p.name for p in table(demo, "packages")} >= {"Home 20 Mbps", "Home 30 Mbps", "Home 50 Mbps",
                                                         "Home 100 Mbps", "Bisnis 100 Mbps"}
    for name in ("bandwidth_profiles", "promotions", "sla_policies", "leave_types", "suppliers",
                 "purchase_orders", "purchase_order_items", "work_orders", "knowledge_base_categories",
                 "knowledge_base_articles", "ip_pools", "ip_addresses", "referrals", "referral_rewards",
                 "customer_credit_movements", "technician_locations", "installation_reports", "attachments"):
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
    assert generate(demo, system(), customers=10, if_empty=True, today=TODAY) == NOTHING_DONE(count=40).render()
    with pytest.raises(ConflictError) as refused:
        generate(demo, system(), customers=10, today=TODAY)
    assert refused.value.code == "demo.not_empty" and refused.value.message.count == CUSTOMERS
    with pytest.raises(ValidationError) as refused:
        generate(demo, system(), customers=0, today=TODAY)
    assert refused.value.codes == {"customers": "demo.too_few"}
    with pytest.raises(PermissionDenied):      # it makes staff users: the right to add users, not a cashier's
        generate(demo, role_actor("cashier"), customers=10, if_empty=True, today=TODAY)
    assert len(table(demo, "customers")) == CUSTOMERS and len(table(demo, "invoices")) == before


def test_same_seed_same_people(db: Database, tmp_path) -> None:
    other = Database.open(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        prepare(other)
        generate(db, system(), customers=25, seed=11, today=TODAY)
        generate(other, system(), customers=25, seed=11, today=TODAY)
        names = [(r.customer_number, r.name, r.phone, r.kelurahan) for r in rows(
            db, "SELECT customer_number, name, phone, kelurahan FROM customers ORDER BY customer_number")]
        again = [(r.customer_number, r.name, r.phone, r.kelurahan) for r in rows(
            other, "SELECT customer_number, name, phone, kelurahan FROM customers ORDER BY customer_number")]
        field_work: dict[str, list] = {"db": [], "other": []}
        for key, database in (("db", db), ("other", other)):
            for name, columns in (("contracts", ("contract_number", "start_date", "end_date", "status")),
                                  ("work_orders", ("work_order_number", "type", "status", "scheduled_date")),
                                  ("technician_locations", ("latitude", "longitude", "recorded_at", "source")),
                                  ("referrals", ("referrer_customer_id", "referred_customer_id", "status")),
                                  ("network_devices", ("name", "location", "used_ports"))):
                field_work[key].append([tuple(getattr(r, c) for c in columns)
                                        for r in sorted(table(database, name), key=lambda r: r.id)])
    finally:
        other.dispose()
    assert names == again and len(set(n for _, n, _, _ in names)) > 15
    assert field_work["db"] == field_work["other"] and all(field_work["db"])


def test_cli_demo_data(db_url: str, tmp_path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "data"))
    english = ["--database", db_url, "--language", "en"]
    assert main([*english, "demo-data", "--customers", "20", "--quiet"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    made = Database.open(db_url)
    assert len(table(made, "customers")) == 20
    made.dispose()
    assert main([*english, "demo-data", "--customers", "20", "--quiet", "--if-empty"]) == 0
    with speaking("en"):
        assert capsys.readouterr().out == NOTHING_DONE(count=20).render() + "\n"
    assert main([*english, "demo-data", "--customers", "20", "--quiet"]) == 2


# ---- the screens a new user tries: contracts, referrals, field work ----------------------

def session_read(db: Database, work):  # noqa: ANN001, ANN201 - a read through the program's own unit of work
    from ispdesk.db.unit_of_work import read
    return read(db, work)


def test_contracts_run_today_and_the_older_ones_were_renewed_or_ended(demo: Database) -> None:
    from ispdesk.domain.dates import term_end
    from ispdesk.domain.signatures import png_from_base64
    from ispdesk.services.setup import DEFAULT_SETTINGS
    customers = {c.id: c for c in table(demo, "customers")}
    contracts = table(demo, "contracts")
    by_id = {c.id: c for c in contracts}
    billings = {b.customer_id: b for b in table(demo, "recurring_billings")}
    for c in contracts:
        assert c.terms == DEFAULT_SETTINGS["contract.terms_template"]
        assert c.end_date == term_end(c.start_date, c.contract_duration)
        if c.status in ("active", "suspended"):
            assert c.end_date > TODAY, c.contract_number          # the nightly renewal would have renewed it
        if c.renewed_from_id is not None:
            old = by_id[c.renewed_from_id]
            assert old.status == "expired" and c.start_date == old.end_date + timedelta(days=1)
            assert (c.monthly_fee, c.contract_duration, c.signed_at) == (old.monthly_fee, old.contract_duration, None)
    renewed = {c.renewed_from_id for c in contracts if c.renewed_from_id is not None}
    assert all(c.id in renewed for c in contracts if c.status == "expired")
    assert renewed, "no renewal chain"
    for customer in customers.values():
        running = by_id[billings[customer.id].contract_id]
        expected = {"active": "active", "suspended": "suspended", "terminated": "terminated",
                    "prospect": running.status}[customer.status]
        assert (running.customer_id, running.status) == (customer.id, expected)
        if customer.status == "prospect":
            assert running.status in ("draft", "active") and running.start_date >= TODAY
    statuses = {c.status for c in contracts}
    assert statuses >= {"draft", "active", "expired", "suspended", "terminated"}
    drafts = [c for c in contracts if c.status == "draft"]
    assert all(c.signed_at is None and c.signature_image is None for c in drafts)
    signed = [c for c in contracts if c.status == "active" and c.signature_image]
    assert signed and all(c.signed_at and c.signed_by and png_from_base64(c.signature_image) for c in signed)

    from ispdesk.services import contracts as contract_service
    ending = session_read(demo, lambda s: contract_service.ending_within(s, ADMIN, TODAY, 30))
    assert ending and all(0 <= e.days_left <= 30 for e in ending)
    renewals = session_read(demo, lambda s: contract_service.renew_due(s, ADMIN, TODAY))   # read: rolled back
    assert renewals.renewed == 0


def test_contract_pdf_prints_the_terms_and_the_drawn_signature(demo: Database) -> None:
    import io

    from pypdf import PdfReader

    from ispdesk.printing.contract import render_contract
    from ispdesk.services import contract_document
    signed = next(c for c in table(demo, "contracts") if c.status == "active" and c.signature_image)
    doc = session_read(demo, lambda s: contract_document.contract_document(s, ADMIN, signed.id))
    assert doc.signature_png and "Tagihan diterbitkan setiap bulan" in doc.terms
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(render_contract(doc))).pages)
    assert "Keterlambatan pembayaran" in " ".join(text.split())


def test_referrals_their_rewards_and_the_credit_ledger_agree(demo: Database) -> None:
    customers = {c.id: c for c in table(demo, "customers")}
    referrals = {r.id: r for r in table(demo, "referrals")}
    rewards = table(demo, "referral_rewards")
    movements = sorted(table(demo, "customer_credit_movements"), key=lambda mv: mv.id)
    assert {r.status for r in referrals.values()} >= {"pending", "rewarded", "qualified"}
    for r in referrals.values():
        referrer, referred = customers[r.referrer_customer_id], customers[r.referred_customer_id]
        assert r.referral_code == referrer.referral_code and referred.referred_by_id == referrer.id
        assert (r.status == "pending") == (referred.status == "prospect") == (r.qualified_at is None)
    by_movement = {mv.id: mv for mv in movements}
    kinds = set()
    for reward in rewards:
        referral = referrals[reward.referral_id]
        assert reward.customer_id == referral.referrer_customer_id and reward.amount == Decimal("50000")
        kinds.add((reward.reward_type, reward.status, referral.status))
        if reward.reward_type == "credit":
            move = by_movement[reward.credit_movement_id]
            assert (move.customer_id, move.kind, move.amount) == (reward.customer_id, "referral_reward", reward.amount)
            assert reward.applied_at == move.created_at
        else:
            assert reward.credit_movement_id is None and reward.applied_at is None
    assert kinds >= {("credit", "applied", "rewarded"), ("discount", "pending", "qualified")}
    balance: dict[int, Decimal] = defaultdict(Decimal)
    for mv in movements:
        balance[mv.customer_id] += mv.amount
        assert mv.balance_after == balance[mv.customer_id]
    for c in customers.values():
        assert c.credit_balance == balance.get(c.id, Decimal("0")), c.customer_number
    assert any(balance.values())


def test_every_technician_was_seen_in_the_last_hours_near_their_work(demo: Database) -> None:
    from ispdesk.domain import geo
    from ispdesk.services import technicians
    now = datetime.combine(TODAY, time(11))
    positions = session_read(demo, lambda s: technicians.last_positions(s, ADMIN))
    users = {u.id: u.username for u in table(demo, "users")}
    assert sorted(users[p.user_id] for p in positions) == ["teknisi", "teknisi2", "teknisi3"]
    history = defaultdict(list)
    for row in table(demo, "technician_locations"):
        history[row.user_id].append(row)
    orders = {o.id: o for o in table(demo, "work_orders")}
    customers = {c.id: c for c in table(demo, "customers")}
    for p in positions:
        assert now - timedelta(hours=4) < p.recorded_at <= now
        assert len(history[p.user_id]) >= 3 and {r.source for r in history[p.user_id]} <= {"gps", "manual"}
        last = max(history[p.user_id], key=lambda r: r.recorded_at)
        order = orders[last.work_order_id]
        assert order.assigned_to == p.user_id and order.status in ("assigned", "in_progress")
        customer = customers[order.customer_id]
        assert geo.distance_km(customer.latitude, customer.longitude, p.latitude, p.longitude) < Decimal("1")
        nearest = session_read(demo, lambda s: technicians.nearest_to(s, ADMIN, order.id))
        assert nearest[0].user_id == p.user_id


def test_this_weeks_dispatch_board_and_the_dashboard_have_work(demo: Database) -> None:
    from ispdesk.services import dashboard, dispatch
    monday = TODAY - timedelta(days=TODAY.weekday())
    board = session_read(demo, lambda s: dispatch.board(s, ADMIN, monday, now=datetime.combine(TODAY, time(11))))
    technicians = {t for t, _ in board.technicians if t is not None}
    assert len(technicians) == 3
    for technician in technicians:
        assert any(card.technician_id == technician for card in board.cards), technician
    assert any(card.technician_id is None for card in (*board.cards, *board.unscheduled))
    assert {card.type for card in board.cards} >= {"installation", "repair"}
    figures = session_read(demo, lambda s: dashboard.dashboard_figures(s, ADMIN, TODAY))
    assert set(figures.open_work_orders_by_status) >= {"pending", "assigned", "in_progress"}
    assert all(figures.open_work_orders_by_status[k] for k in ("pending", "assigned", "in_progress"))
    assert figures.unpaid.count and figures.overdue.count and figures.low_stock_items
    now = datetime.combine(TODAY, time(11))
    assert max(r.received_at for r in table(demo, "receipts")) <= now      # nobody paid in the future


def test_network_is_where_the_customers_live(demo: Database) -> None:
    devices = {d.id: d for d in table(demo, "network_devices")}
    customers = {c.id: c for c in table(demo, "customers")}
    odp_places = {d.location.split(", Kec. ")[1] for d in devices.values() if d.device_type == "odp"}
    assert {c.kecamatan for c in customers.values()} <= odp_places
    reports = table(demo, "installation_reports")
    packages = {p.id: p for p in table(demo, "packages")}
    billing = {b.customer_id: b for b in table(demo, "recurring_billings")}
    held: dict[int, set[int]] = defaultdict(set)
    for report in reports:
        customer, odp = customers[report.customer_id], devices[report.odp_device_id]
        assert odp.device_type == "odp" and odp.location.endswith(f"Kec. {customer.kecamatan}")
        held[odp.id].add(int(report.odp_port))
        speed = packages[billing[customer.id].package_id].speed_mbps
        assert speed * Decimal("0.8") <= report.speed_test_download <= speed
        assert report.speed_test_upload <= speed
        assert report.customer_signature
    for odp_id, ports in held.items():
        assert max(ports) <= devices[odp_id].used_ports
    with_photos = [r for r in reports if r.photos]
    attachments = {a.id: a for a in table(demo, "attachments")}
    assert with_photos
    for report in with_photos:
        for photo in report.photos:
            stored = attachments[photo["attachment_id"]]
            assert (stored.owner_table, stored.owner_id, stored.file_name) == (
                "installation_reports", report.id, photo["file_name"])
            assert stored.content.startswith(b"\xff\xd8") and stored.thumbnail


def test_an_installation_report_is_saved_for_each_assigned_demo_installation(db: Database) -> None:
    """Straight after the demo, the technicians save the reports of their assigned and started installations."""
    from ispdesk.db.unit_of_work import write
    from ispdesk.services import auth, installation
    from ispdesk.services.installation import InstallationRequest
    generate(db, system(), customers=30, seed=5, today=TODAY)
    orders = [o for o in table(db, "work_orders") if o.type == "installation" and o.status in ("assigned", "in_progress")]
    assert len(orders) >= 3
    customers = {c.id: c for c in table(db, "customers")}
    devices = {d.id: d for d in table(db, "network_devices")}
    for n, order in enumerate(orders):
        assert customers[order.customer_id].status == "prospect"
        technician = session_read(db, lambda s: auth.load_actor(s, order.assigned_to))
        form = session_read(db, lambda s: installation.report_form(s, technician, order.id))
        assert len(form.serials) == 1 and form.package_name
        kecamatan = customers[order.customer_id].kecamatan
        odp = next(o for o in form.odps if devices[o.id].location.endswith(f"Kec. {kecamatan}") and o.free)
        result = write(db, lambda s: installation.save_report(s, technician, InstallationRequest(
            work_order_id=order.id, ont_serial=form.serials[0], odp_device_id=odp.id, odp_port=odp.free[0],
            signal_level=Decimal("-19.8"), speed_down=Decimal("18.7"), speed_up=Decimal("9.1"), onu_id=f"1/1/2:{n}"),
            now=datetime.combine(TODAY, time(11, 30))))
        assert result.activated_at == TODAY and result.signal_warning is None
        assert (result.ip_address is not None) == form.needs_public_ip
    done = {o.id: o.status for o in table(db, "work_orders")}
    assert all(done[o.id] == "completed" for o in orders)
    assert all(customers[o.customer_id].id in {c.id for c in table(db, "customers") if c.status == "active"}
               for o in orders)
