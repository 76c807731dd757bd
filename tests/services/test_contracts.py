"""Contracts after they are made: only the allowed status moves (each audited),
signing stores the name, time and drawing (and the PDF then shows them),
the contracts ending within a window, and the renewal of due auto-renew
contracts exactly once (also with two counters racing, on both databases),
the subscription following the renewal; the generic form cannot get around
any of it."""
from __future__ import annotations

import io
import threading
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pypdf
import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, Contract, Package, RecurringBilling
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import PermissionDenied, ValidationError
from ispdesk.printing.contract import render_contract
from ispdesk.services import audit, contracts, records
from ispdesk.services.contract_document import contract_document
from ispdesk.services.modules import SPECS
from tests.printing.pdf_reading import pdf_pages_text
from tests.printing.test_contract_pdf import signature_png
from tests.services.billing_docs_support import add_customer
from tests.support.actors import ADMIN, CASHIER
from tests.support.builders import add_packages

TODAY = date(2026, 11, 24)
STATUSES = ("draft", "active", "suspended", "terminated", "expired")


def add_contract(db: Any, *, status: str = "active", end: date | None = date(2026, 11, 30), months: int | None = 12,
                 auto_renew: bool = True, fee: str = "375000", subscription: bool = True,
                 customer: int | None = None, package: int | None = None, number: str | None = None) -> int:
    """A contract as conversion and installation leave it (rows written directly: this is the setting)."""
    if package is None:
        package = read(db, lambda s: s.scalar(sa.select(Package.id).where(Package.code == "HOME-50"))) or \
            add_packages(db)[1]
    if customer is None:
        customer = add_customer(db, name="Rina Kusuma")

    def work(s):
        start = date(end.year - 1, end.month, 1) if end else date(2025, 12, 1)
        count = s.scalar(sa.select(sa.func.count()).select_from(Contract))
        contract = Contract(contract_number=number or f"CTR-TEST-{count + 1:04d}", customer_id=customer,
                            package_id=package, start_date=start, end_date=end, monthly_fee=Decimal(fee),
                            installation_fee=Decimal("500000"), deposit=Decimal("300000"), contract_duration=months,
                            auto_renew=auto_renew, terms="1. Layanan internet diberikan sesuai paket.",
                            status=status)
        s.add(contract)
        s.flush()
        if subscription:
            s.add(RecurringBilling(customer_id=customer, package_id=package, billing_day=1, amount=Decimal(fee),
                                   is_active=status in ("active", "suspended"), contract_id=contract.id,
                                   next_billing_date=date(2026, 12, 1)))
        return contract.id
    return write(db, work)


def as_admin(db: Any, work, actor=ADMIN):
    return write(db, work, info=audit.actor_info(actor, contracts.MODULE))


def row(db: Any, contract_id: int) -> Contract:
    return read(db, lambda s: s.get(Contract, contract_id))


def actions_of(db: Any, contract_id: int) -> list[str]:
    return read(db, lambda s: list(s.scalars(sa.select(AuditLog.action).where(
        AuditLog.model_type == "contracts", AuditLog.model_id == contract_id,
        AuditLog.action != "update").order_by(AuditLog.id))))


def subscriptions(db: Any) -> list[tuple[int | None, bool]]:
    return read(db, lambda s: [(r.contract_id, bool(r.is_active)) for r in s.scalars(
        sa.select(RecurringBilling).order_by(RecurringBilling.id))])


# ------------------------------------------------------------------ status moves

def test_only_the_allowed_moves_pass_and_each_is_audited(db):
    package = add_packages(db)[1]
    customer = add_customer(db)
    tried = 0
    for current in STATUSES:
        for target in STATUSES:
            contract_id = add_contract(db, status=current, package=package, customer=customer, subscription=False)
            allowed = target in contracts.ALLOWED_MOVES[current]
            if allowed:
                info = as_admin(db, lambda s: contracts.move(s, ADMIN, contract_id, target))
                assert info.status == target
                assert actions_of(db, contract_id) == [contracts.ACTIONS[target]]
            else:
                with pytest.raises(ValidationError) as refused:
                    as_admin(db, lambda s: contracts.move(s, ADMIN, contract_id, target))
                message = refused.value.errors["status"]
                if current in contracts.ENDED:
                    assert message.code == "contracts.ended_status_stays"
                else:
                    assert message.code == "contracts.cannot_become"
                    assert [w.code for w in message.params["allowed"]] == [
                        f"status.{s}" for s in sorted(contracts.ALLOWED_MOVES[current])]
                    assert message.params["wanted"].code == f"status.{target}"
                assert message.params["status"].code == f"status.{current}"
                assert actions_of(db, contract_id) == []
            assert row(db, contract_id).status == (target if allowed else current), (current, target)
            tried += 1
    assert tried == 25
    # exactly these seven moves exist
    assert sorted((a, b) for a, targets in contracts.ALLOWED_MOVES.items() for b in targets) == sorted([
        ("draft", "active"), ("active", "suspended"), ("active", "terminated"), ("active", "expired"),
        ("suspended", "active"), ("suspended", "terminated")])


def test_terminating_stops_the_subscription_and_suspending_keeps_it(db):
    contract_id = add_contract(db)
    as_admin(db, lambda s: contracts.move(s, ADMIN, contract_id, "suspended"))
    assert subscriptions(db) == [(contract_id, True)]
    as_admin(db, lambda s: contracts.move(s, ADMIN, contract_id, "active"))
    as_admin(db, lambda s: contracts.move(s, ADMIN, contract_id, "terminated", reason="Pindah ke luar kota"))
    assert subscriptions(db) == [(contract_id, False)]
    entry = read(db, lambda s: s.scalars(sa.select(AuditLog).where(AuditLog.action == "terminate")).one())
    assert entry.old_values == {"status": "active"}
    assert entry.new_values["reason"] == "Pindah ke luar kota" and entry.new_values["status"] == "terminated"


def test_a_cashier_may_not_move_a_contract(db):
    contract_id = add_contract(db, status="draft")
    with pytest.raises(PermissionDenied):
        as_admin(db, lambda s: contracts.move(s, CASHIER, contract_id, "active"), actor=CASHIER)
    assert row(db, contract_id).status == "draft"


# ------------------------------------------------------------------ signing

def test_signing_a_draft_stores_name_time_and_drawing_activates_it_and_the_pdf_shows_them(db, tmp_path):
    contract_id = add_contract(db, status="draft")
    drawing = signature_png()
    signed_at = datetime(2026, 11, 24, 10, 15)
    info = as_admin(db, lambda s: contracts.sign(s, ADMIN, contract_id, "  Rina   Kusuma ", drawing, now=signed_at))
    assert (info.status, info.signed_by, info.signed_at) == ("active", "Rina Kusuma", signed_at)
    stored = row(db, contract_id)
    assert (stored.status, stored.signed_by, stored.signed_at, stored.signature_image) == (
        "active", "Rina Kusuma", signed_at, drawing)
    assert actions_of(db, contract_id) == ["sign"]
    pdf = render_contract(read(db, lambda s: contract_document(s, ADMIN, contract_id)))
    (tmp_path / "signed.pdf").write_bytes(pdf)
    pages = [" ".join(text.split()) for text in pdf_pages_text(pdf)]
    assert "( Rina Kusuma )" in pages[1] and "Status: ACTIVE" in pages[0]
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages[1].images) == 1


@pytest.mark.parametrize("name, drawing, fields", [
    ("", "png", {"signed_by"}), ("   ", "png", {"signed_by"}), ("Rina", "", {"signature"}),
    ("Rina", "bm90IGEgcG5n", {"signature"}), ("", "", {"signed_by", "signature"})])
def test_an_empty_name_or_drawing_is_refused_by_field_and_nothing_is_written(db, name, drawing, fields):
    contract_id = add_contract(db, status="draft")
    with pytest.raises(ValidationError) as refused:
        as_admin(db, lambda s: contracts.sign(s, ADMIN, contract_id, name,
                                              signature_png() if drawing == "png" else drawing))
    assert set(refused.value.errors) == fields
    stored = row(db, contract_id)
    assert (stored.status, stored.signed_by, stored.signed_at, stored.signature_image) == ("draft", None, None, None)
    assert actions_of(db, contract_id) == []


def test_a_paper_signed_active_contract_is_signed_once_and_an_ended_one_not_at_all(db):
    active = add_contract(db, status="active")
    assert as_admin(db, lambda s: contracts.sign(s, ADMIN, active, "Rina Kusuma", signature_png())).status == "active"
    with pytest.raises(ValidationError) as again:
        as_admin(db, lambda s: contracts.sign(s, ADMIN, active, "Orang Lain", signature_png()))
    assert (again.value.codes, again.value.errors[""].params["signer"]) == (
        {"": "contracts.signed_already"}, "Rina Kusuma")
    assert row(db, active).signed_by == "Rina Kusuma"
    ended = add_contract(db, status="terminated")
    with pytest.raises(ValidationError) as late:
        as_admin(db, lambda s: contracts.sign(s, ADMIN, ended, "Rina Kusuma", signature_png()))
    assert late.value.codes == {"": "contracts.not_signable"}


# ------------------------------------------------------------------ ending soon

def test_ending_within_keeps_to_the_window_edges_and_orders_by_end_date(db):
    package = add_packages(db)[1]
    customer = add_customer(db, name="Dewi Lestari", phone="081299990000")

    def make(end, **kw):
        return add_contract(db, end=end, package=package, customer=customer, subscription=False, **kw)
    last_day = make(TODAY + timedelta(days=30), auto_renew=False)
    first_day = make(TODAY)
    make(TODAY + timedelta(days=31))                       # one day outside
    overdue = make(TODAY - timedelta(days=1))              # ended yesterday, still active
    make(TODAY + timedelta(days=3), status="suspended")    # not active
    make(TODAY + timedelta(days=4), status="draft")
    make(None)                                             # open-ended
    middle = make(TODAY + timedelta(days=10))
    listed = read(db, lambda s: contracts.ending_within(s, ADMIN, TODAY))
    assert [c.id for c in listed] == [overdue, first_day, middle, last_day]
    assert [c.days_left for c in listed] == [-1, 0, 10, 30]
    line = listed[-1]
    assert (line.customer, line.phone, line.package, line.end_date, line.auto_renew) == (
        "Dewi Lestari", "081299990000", "Home 50 Mbps", date(2026, 12, 24), False)
    assert listed[1].auto_renew is True and listed[1].number.startswith("CTR-")
    window = read(db, lambda s: contracts.ending_within(s, ADMIN, TODAY, 10, include_overdue=False))
    assert [c.id for c in window] == [first_day, middle]
    assert read(db, lambda s: contracts.ending_within(s, ADMIN, TODAY, 0, include_overdue=False))[0].id == first_day
    with pytest.raises(PermissionDenied):
        read(db, lambda s: contracts.ending_within(s, CASHIER, TODAY))


# ------------------------------------------------------------------ renewal

def test_renew_due_renews_on_the_end_date_once_and_the_subscription_follows(db):
    package = add_packages(db)[1]
    customer = add_customer(db)

    def make(end, **kw):
        return add_contract(db, end=end, package=package, customer=customer, **kw)
    due = make(TODAY)
    tomorrow = make(TODAY + timedelta(days=1))
    manual = make(TODAY - timedelta(days=2), auto_renew=False)
    suspended = make(TODAY - timedelta(days=5), status="suspended")
    summary = as_admin(db, lambda s: contracts.renew_due(s, ADMIN, TODAY))
    assert summary.renewed == 1 and len(summary.numbers) == 1
    assert summary.numbers[0].startswith("CTR-202611-")
    old, new = row(db, due), row(db, summary.renewals[0].new_id)
    assert old.status == "expired"
    assert (new.contract_number, new.status, new.renewed_from_id) == (summary.numbers[0], "active", due)
    assert (new.start_date, new.end_date, new.contract_duration) == (date(2026, 11, 25), date(2027, 11, 24), 12)
    assert (new.monthly_fee, new.installation_fee, new.deposit) == (Decimal("375000.00"), 0, Decimal("300000.00"))
    assert (new.customer_id, new.package_id, new.terms, new.auto_renew) == (customer, package, old.terms, True)
    assert (new.signed_at, new.signature_image) == (None, None)
    assert [row(db, c).status for c in (tomorrow, manual, suspended)] == ["active", "active", "suspended"]
    subs = subscriptions(db)
    assert subs[0] == (new.id, True)                                     # billing goes on, on the renewal
    assert subs[1:] == [(tomorrow, True), (manual, True), (suspended, True)]
    assert actions_of(db, due) == ["renew"]
    assert f"renewed as {new.contract_number}" in summary.lines()[0]
    assert summary.lines()[-1] == "Contracts renewed on 24 Nov 2026: 1"

    again = as_admin(db, lambda s: contracts.renew_due(s, ADMIN, TODAY))
    assert again.renewed == 0 and again.lines() == ["Contracts renewed on 24 Nov 2026: 0"]
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Contract))) == 5


def test_a_missed_year_is_caught_up_in_one_run_and_an_unknown_duration_is_reported(db):
    package = add_packages(db)[1]
    customer = add_customer(db)
    late = add_contract(db, end=date(2025, 6, 30), months=6, package=package, customer=customer)
    unknown = add_contract(db, end=date(2026, 11, 10), months=None, package=package, customer=customer,
                           number="CTR-ODD")
    write(db, lambda s: setattr(s.get(Contract, unknown), "start_date", date(2026, 1, 15)))
    summary = as_admin(db, lambda s: contracts.renew_due(s, ADMIN, TODAY))
    # 1 Jul 2025 - 31 Dec 2025, 1 Jan - 30 Jun 2026, 1 Jul - 31 Dec 2026 (ends after today: done)
    assert [(r.start_date, r.end_date) for r in summary.renewals] == [
        (date(2025, 7, 1), date(2025, 12, 31)), (date(2026, 1, 1), date(2026, 6, 30)),
        (date(2026, 7, 1), date(2026, 12, 31))]
    chain = [late] + [r.new_id for r in summary.renewals]
    assert [row(db, c).renewed_from_id for c in chain[1:]] == chain[:-1]
    assert [row(db, c).status for c in chain] == ["expired", "expired", "expired", "active"]
    assert subscriptions(db)[0] == (chain[-1], True)
    assert [(number, why.code) for number, why in summary.skipped] == [("CTR-ODD", "contracts.unknown_duration")]
    assert as_admin(db, lambda s: contracts.renew_due(s, ADMIN, TODAY)).renewed == 0


def test_the_duration_is_read_from_the_dates_when_not_given(db):
    contract_id = add_contract(db, end=date(2026, 11, 30), months=None)   # 1 Nov 2025 - 30 Nov 2026: 13 months
    summary = as_admin(db, lambda s: contracts.renew_due(s, ADMIN, date(2026, 11, 30)))
    renewal = summary.renewals[0]
    assert (renewal.old_id, renewal.start_date, renewal.end_date) == (contract_id, date(2026, 12, 1), date(2027, 12, 31))
    assert row(db, renewal.new_id).contract_duration == 13


def test_renewing_needs_the_right_to_create_contracts(db):
    add_contract(db, end=TODAY)
    with pytest.raises(PermissionDenied):
        as_admin(db, lambda s: contracts.renew_due(s, CASHIER, TODAY), actor=CASHIER)


def _renew_in_process(url: str, day: date, queue) -> None:
    from ispdesk.db.engine import Database
    from ispdesk.domain.actor import Actor
    db = Database.open(url)
    try:
        queue.put(("ok", list(write(db, lambda s: contracts.renew_due(s, Actor.system(), day)).numbers)))
    except Exception as exc:  # noqa: BLE001 - reported to the test
        queue.put(("error", repr(exc)))
    finally:
        db.dispose()


@pytest.mark.slow
def test_three_processes_racing_renew_each_contract_once(db, db_url):
    import multiprocessing
    package = add_packages(db)[1]
    customer = add_customer(db)
    due = [add_contract(db, end=TODAY - timedelta(days=i), package=package, customer=customer) for i in range(4)]
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_renew_in_process, args=(db_url, TODAY, queue)) for _ in range(3)]
    for w in workers:
        w.start()
    outcomes = [queue.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(60)
    assert all(kind == "ok" for kind, _ in outcomes), outcomes
    numbers = [n for _, made in outcomes for n in made]
    assert len(numbers) == 4 and len(set(numbers)) == 4, outcomes
    assert sorted(len(made) for _, made in outcomes) == [0, 0, 4], outcomes
    renewed_from = read(db, lambda s: sorted(s.scalars(sa.select(Contract.renewed_from_id).where(
        Contract.renewed_from_id.is_not(None)))))
    assert renewed_from == sorted(due)
    assert all(contract_id not in due for contract_id, active in subscriptions(db))


def test_two_sessions_racing_renew_once(db):
    add_contract(db, end=TODAY)
    barrier = threading.Barrier(2)
    results: list[Any] = []
    errors: list[BaseException] = []

    def renew() -> None:
        try:
            barrier.wait(10)
            results.append(write(db, lambda s: contracts.renew_due(s, ADMIN, TODAY)).renewed)
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            errors.append(exc)
    threads = [threading.Thread(target=renew) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors and sorted(results) == [0, 1]
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Contract))) == 2


# ------------------------------------------------------------------ the generic form

def test_the_generic_form_edits_a_draft_but_not_its_status_signature_or_renewal(db):
    spec = SPECS["contracts"]
    contract_id = add_contract(db, status="draft")
    values = read(db, lambda s: records.get(s, ADMIN, spec, contract_id))
    values.update(monthly_fee=Decimal("350000"), terms="2. Syarat baru.", status="active", signed_by="Saya")
    write(db, lambda s: records.save(s, ADMIN, spec, contract_id, values))
    stored = row(db, contract_id)
    assert (stored.monthly_fee, stored.terms) == (Decimal("350000.00"), "2. Syarat baru.")
    assert (stored.status, stored.signed_by) == ("draft", None)   # read-only in the form
    draft = row(db, contract_id)
    refusals = contracts.generic_edit_check(draft, {"status": "active", "signed_at": datetime(2026, 1, 1),
                                                    "signed_by": "Saya", "signature_image": "x",
                                                    "renewed_from_id": 7})
    assert set(refusals) == {"status", "signed_at", "signed_by", "signature_image", "renewed_from_id"}
    assert {field: why.code for field, why in contracts.generic_edit_check(None, {"status": "active"}).items()} == {
        "status": "contracts.status_by_buttons"}
    assert contracts.generic_edit_check(None, {"status": "draft", "signed_by": None}) == {}
    with pytest.raises(ValidationError) as backwards:
        write(db, lambda s: records.save(s, ADMIN, spec, contract_id, {**values, "end_date": date(2020, 1, 1)}))
    assert backwards.value.codes == {"end_date": "contracts.end_before_start"}


def test_a_signed_contract_is_frozen_but_its_auto_renewal_can_be_switched(db):
    spec = SPECS["contracts"]
    contract_id = add_contract(db, status="draft", subscription=False)
    as_admin(db, lambda s: contracts.sign(s, ADMIN, contract_id, "Rina Kusuma", signature_png()))
    values = read(db, lambda s: records.get(s, ADMIN, spec, contract_id))
    for field, value in (("monthly_fee", Decimal("1")), ("terms", "Lain"), ("end_date", date(2030, 1, 1))):
        with pytest.raises(ValidationError) as refused:
            write(db, lambda s: records.save(s, ADMIN, spec, contract_id, {**values, field: value}))
        assert refused.value.codes == {field: "contracts.signed_frozen"}
        assert refused.value.errors[field].params["status"].code == "status.active"
    write(db, lambda s: records.save(s, ADMIN, spec, contract_id, {**values, "auto_renew": False}))
    assert row(db, contract_id).auto_renew is False
    with pytest.raises(ValidationError) as kept:
        write(db, lambda s: records.delete(s, ADMIN, spec, contract_id))
    assert kept.value.codes == {"": "contracts.kept_not_deleted"}
    as_admin(db, lambda s: contracts.move(s, ADMIN, contract_id, "terminated"))
    values = read(db, lambda s: records.get(s, ADMIN, spec, contract_id))
    with pytest.raises(ValidationError) as ended:
        write(db, lambda s: records.save(s, ADMIN, spec, contract_id, {**values, "auto_renew": True}))
    assert ended.value.codes == {"auto_renew": "contracts.ended_not_edited"}
    draft = add_contract(db, status="draft", subscription=False)
    write(db, lambda s: records.delete(s, ADMIN, spec, draft))
    assert row(db, draft) is None


# ------------------------------------------------------------------ the command

def test_the_renew_command_prints_what_it_renewed_and_a_second_run_renews_nothing(db, db_url, capsys):
    from ispdesk.cli import main
    due = add_contract(db, end=TODAY, number="CTR-202511-000007")
    add_contract(db, end=TODAY + timedelta(days=1))
    assert main(["--database", db_url, "--language", "en", "contracts", "renew", "--date", "2026-11-24"]) == 0
    out = capsys.readouterr().out.splitlines()
    new = read(db, lambda s: s.scalars(sa.select(Contract).where(Contract.renewed_from_id == due)).one())
    assert out == [contracts.RENEWED_LINE(old="CTR-202511-000007", new=new.contract_number, start=date(2026, 11, 25),
                                          end=date(2027, 11, 24)).render(),
                   contracts.RENEWED_TOTAL(day=TODAY, number=1).render()]
    assert row(db, due).status == "expired" and subscriptions(db)[0] == (new.id, True)
    entry = read(db, lambda s: s.scalars(sa.select(AuditLog).where(AuditLog.action == "renew")).one())
    assert (entry.model_id, entry.user_id, entry.new_values["renewed_as"]) == (due, None, new.contract_number)
    assert main(["--database", db_url, "--language", "en", "contracts", "renew", "--date", "2026-11-24"]) == 0
    assert capsys.readouterr().out.splitlines() == [contracts.RENEWED_TOTAL(day=TODAY, number=0).render()]
    with pytest.raises(SystemExit) as bad:
        main(["--database", db_url, "contracts", "renew", "--date", "24/11/2026"])
    assert bad.value.code == 2 and "not a date (YYYY-MM-DD)" in capsys.readouterr().err
