from datetime import date, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk.db.models import AuditLog, BillingRun, BillingRunItem, Invoice, RecurringBilling
from ispdesk.db.sequences import next_number, next_numbers
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import PermissionDenied
from ispdesk.services.billing_run import run_billing, run_log
from ispdesk.services.office_settings import save_settings

from .billing_support import add_customer, add_package, add_promotion, add_subscription, invoices_of
from tests.support.actors import ADMIN, CASHIER

RUN = date(2026, 11, 24)
D = Decimal


def subscription(db, rb_id):
    def work(s):
        row = s.get(RecurringBilling, rb_id)
        s.expunge(row)
        return row
    return read(db, work)


def count(db, model, *where):
    return read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(model).where(*where)))


def test_run_bills_what_is_due_once_and_a_second_run_creates_nothing(db):
    home = add_package(db)
    due_first, due_today, tomorrow = (add_customer(db, n) for n in (1, 2, 3))
    a = add_subscription(db, due_first, home, next_billing=date(2026, 11, 1))
    b = add_subscription(db, due_today, home, next_billing=RUN)
    c = add_subscription(db, tomorrow, home, next_billing=RUN + timedelta(days=1))

    first = run_billing(db, ADMIN, RUN)
    assert (first.status, first.created, first.skipped, first.failed, first.subscriptions) == ("completed", 2, 0, 0, 2)
    [inv] = invoices_of(db, due_first)
    assert inv.invoice_number == "INV-202611-000001"
    assert (inv.period, inv.period_start, inv.period_end) == ("2026-11", date(2026, 11, 1), date(2026, 11, 30))
    assert (inv.issue_date, inv.due_date, inv.status) == (RUN, date(2026, 12, 4), "unpaid")
    assert (inv.subtotal, inv.discount_amount, inv.tax_base, inv.tax_amount, inv.total) == (
        D("150000"), D("0"), D("137500"), D("16500"), D("166500"))
    assert [(i.kind, i.description, i.amount) for i in inv.items] == [
        ("package", "Internet Home 20 Mbps periode November 2026", D("150000"))]
    assert invoices_of(db, due_today)[0].invoice_number == "INV-202611-000002"
    assert invoices_of(db, tomorrow) == []
    assert subscription(db, a).next_billing_date == date(2026, 12, 1)
    assert subscription(db, b).next_billing_date == date(2026, 12, 24)
    assert subscription(db, b).last_billed_at is not None
    assert subscription(db, c).next_billing_date == date(2026, 11, 25)

    log = read(db, lambda s: s.get(BillingRun, first.run_id))
    assert (log.status, log.created_count, log.skipped_count, log.failed_count) == ("completed", 2, 0, 0)
    assert count(db, BillingRunItem, BillingRunItem.outcome == "created") == 2
    assert count(db, AuditLog, AuditLog.model_type == "invoices", AuditLog.action == "create") == 2
    logged = read(db, lambda s: s.execute(sa.select(AuditLog.model_id, AuditLog.new_values, AuditLog.url).where(
        AuditLog.model_type == "invoices").order_by(AuditLog.model_id)).first())
    assert logged == (inv.id, {"invoice_number": "INV-202611-000001", "customer_id": due_first, "period": "2026-11",
                               "billing_run_id": first.run_id}, f"ispdesk://billing_runs/{inv.id}")

    second = run_billing(db, ADMIN, RUN)
    assert (second.created, second.skipped, second.subscriptions) == (0, 0, 0)
    assert count(db, Invoice) == 2


def test_a_period_already_invoiced_is_skipped_with_its_reason_and_the_subscription_moves_on(db):
    home = add_package(db)
    customer = add_customer(db, 1)
    rb = add_subscription(db, customer, home, next_billing=date(2026, 11, 5))
    run_billing(db, ADMIN, RUN)
    # As if a crash had left the subscription behind its invoices: put it back a period.
    write(db, lambda s: s.execute(sa.update(RecurringBilling).where(RecurringBilling.id == rb)
                                  .values(next_billing_date=date(2026, 11, 5))))
    again = run_billing(db, ADMIN, RUN)
    assert (again.created, again.skipped, again.reasons) == (0, 1, {"already_invoiced": 1})
    [item] = read(db, lambda s: run_log(s, ADMIN, again.run_id))
    assert (item.outcome, item.reason.code, item.reason.params) == (
        "skipped", "billing.skip_invoiced", {"period": "2026-11", "number": "INV-202611-000001"})
    assert [line.code for line in again.reason_counts()] == ["billing.reason_count"]
    assert subscription(db, rb).next_billing_date == date(2026, 12, 5)
    assert len(invoices_of(db, customer)) == 1


def test_a_cancelled_run_keeps_its_whole_chunks_and_the_next_run_finishes_the_rest(db):
    home = add_package(db)
    customers = [add_customer(db, n) for n in range(1, 6)]
    for customer in customers:
        add_subscription(db, customer, home, next_billing=date(2026, 11, 10))
    seen = []
    stopped = run_billing(db, ADMIN, RUN, chunk_size=2, progress=lambda done, total: seen.append((done, total)),
                          cancelled=lambda: len(seen) >= 1)
    # The chunks in flight when Cancel is seen finish (one on SQLite, two pipelined on MariaDB).
    assert stopped.status == "cancelled" and stopped.created in (2, 4)
    assert seen[0] == (2, 5)
    rest = run_billing(db, ADMIN, RUN, chunk_size=2)
    assert (rest.status, rest.created, rest.subscriptions) == ("completed", 5 - stopped.created, 5 - stopped.created)
    numbers = read(db, lambda s: s.scalars(sa.select(Invoice.invoice_number).order_by(Invoice.id)).all())
    assert numbers == [f"INV-202611-{n:06d}" for n in range(1, 6)]
    assert all(len(invoices_of(db, c)) == 1 for c in customers)
    assert read(db, lambda s: s.get(BillingRun, stopped.run_id).status) == "cancelled"


def test_first_invoice_is_prorated_from_activation_with_the_first_full_period(db):
    home = add_package(db)
    customer = add_customer(db, 1)
    rb = add_subscription(db, customer, home, next_billing=date(2026, 11, 10), billing_day=25,
                          activated=date(2026, 11, 10), billed_before=False)
    run_billing(db, ADMIN, RUN)
    [inv] = invoices_of(db, customer)
    # 10-24 Nov is 15 of the 31 days of 25 Oct-24 Nov: 150,000 * 15/31 = 72,580.65 -> 72,581
    assert [(i.kind, i.amount) for i in inv.items] == [("proration", D("72581")), ("package", D("150000"))]
    assert inv.items[0].description == "Internet Home 20 Mbps prorata 10 Nov 2026 - 24 Nov 2026 (15/31 hari)"
    assert (inv.period, inv.period_start, inv.period_end) == ("2026-11", date(2026, 11, 10), date(2026, 12, 24))
    # net 222,581; DPP 204,032.58 -> 204,033; PPN 24,483.96 -> 24,484
    assert (inv.subtotal, inv.tax_base, inv.tax_amount, inv.total) == (D("222581"), D("204033"), D("24484"),
                                                                       D("247065"))
    assert subscription(db, rb).next_billing_date == date(2026, 12, 25)


def test_discount_and_promotion_come_before_tax(db):
    home = add_package(db)
    promo = add_promotion(db, "HEMAT10", "discount_percent", "10", max_discount="50000")
    customer = add_customer(db, 1)
    add_subscription(db, customer, home, next_billing=date(2026, 11, 1), discount="25000", promotion_id=promo)
    run_billing(db, ADMIN, RUN)
    [inv] = invoices_of(db, customer)
    assert [(i.kind, i.amount) for i in inv.items] == [
        ("package", D("150000")), ("discount", D("-25000")), ("promotion", D("-12500"))]
    # net 112,500: DPP 103,125, PPN 12,375
    assert (inv.subtotal, inv.discount_amount, inv.tax_base, inv.tax_amount, inv.total) == (
        D("150000"), D("37500"), D("103125"), D("12375"), D("124875"))
    assert inv.promotion_id == promo


def test_free_month_promotion_frees_only_its_months(db):
    home = add_package(db)
    promo = add_promotion(db, "MERDEKA", "free_months", "1")
    customer = add_customer(db, 1)
    add_subscription(db, customer, home, next_billing=date(2026, 10, 1), promotion_id=promo)
    run_billing(db, ADMIN, RUN)
    october, november = invoices_of(db, customer)
    assert (october.total, october.status, october.promotion_id) == (D("0"), "paid", promo)
    assert (november.total, november.status, november.promotion_id) == (D("166500"), "unpaid", None)


def test_package_change_takes_effect_at_the_next_period(db):
    home, fast = add_package(db, "HOME-20"), add_package(db, "HOME-50", "250000", "Home 50 Mbps")
    customer = add_customer(db, 1)
    rb = add_subscription(db, customer, home, next_billing=date(2026, 11, 15), pending_package_id=fast)
    run_billing(db, ADMIN, RUN)
    [inv] = invoices_of(db, customer)
    assert inv.items[0].description == "Internet Home 50 Mbps periode November 2026"
    assert inv.total == D("277500")
    after = subscription(db, rb)
    assert (after.package_id, after.amount, after.pending_package_id) == (fast, D("250000"), None)


def test_missed_periods_are_caught_up_and_terminated_customers_are_skipped(db):
    home = add_package(db)
    behind, gone = add_customer(db, 1), add_customer(db, 2, status="terminated")
    add_subscription(db, behind, home, next_billing=date(2026, 9, 20))
    rb_gone = add_subscription(db, gone, home, next_billing=date(2026, 11, 1))
    summary = run_billing(db, ADMIN, RUN)
    assert [i.period for i in invoices_of(db, behind)] == ["2026-09", "2026-10", "2026-11"]
    assert (summary.created, summary.skipped, summary.reasons) == (3, 1, {"customer:terminated": 1})
    [why] = summary.reason_counts()
    assert (why.params["reason"].code, why.params["reason"].params["status"].code, why.params["number"]) == (
        "billing.reason_customer", "status.terminated", 1)
    assert subscription(db, rb_gone).next_billing_date == date(2026, 11, 1)


def test_tax_settings_inclusive_and_not_pkp(db):
    home = add_package(db)
    write(db, lambda s: save_settings(s, ADMIN, {"tax.prices_include_tax": "true", "billing.due_days": "7"}))
    customer = add_customer(db, 1)
    add_subscription(db, customer, home, next_billing=date(2026, 11, 1), price="166500")
    run_billing(db, ADMIN, RUN)
    [inv] = invoices_of(db, customer)
    assert (inv.subtotal, inv.tax_base, inv.tax_amount, inv.total, inv.due_date) == (
        D("166500"), D("137500"), D("16500"), D("166500"), date(2026, 12, 1))
    write(db, lambda s: save_settings(s, ADMIN, {"tax.pkp": "false"}))
    other = add_customer(db, 2)
    add_subscription(db, other, home, next_billing=date(2026, 11, 1), price="150000")
    run_billing(db, ADMIN, RUN)
    [plain] = invoices_of(db, other)
    assert (plain.tax_base, plain.tax_amount, plain.total) == (D("0"), D("0"), D("150000"))


def test_a_broken_subscription_fails_alone_and_the_others_are_billed(db):
    home = add_package(db)
    good = [add_customer(db, n) for n in (1, 2)]
    broken = add_customer(db, 3)
    add_subscription(db, good[0], home, next_billing=date(2026, 11, 1))
    bad = add_subscription(db, broken, home, next_billing=date(2026, 11, 1), billing_day=31)
    add_subscription(db, good[1], home, next_billing=date(2026, 11, 1))
    summary = run_billing(db, ADMIN, RUN)
    assert (summary.created, summary.failed) == (2, 1)
    failed = read(db, lambda s: s.execute(sa.select(BillingRunItem.recurring_billing_id, BillingRunItem.reason)
                                          .where(BillingRunItem.outcome == "failed")).all())
    assert failed == [(bad, "ValueError: billing day must be 1-28, not 31")]
    assert [len(invoices_of(db, c)) for c in (*good, broken)] == [1, 1, 0]


def test_only_those_allowed_may_run_the_billing(db):
    with pytest.raises(PermissionDenied):
        run_billing(db, CASHIER, RUN)
    assert count(db, BillingRun) == 0


def test_number_blocks_continue_the_single_numbers(db):
    day = date(2026, 11, 24)
    assert write(db, lambda s: next_number(s, "invoice", day)) == "INV-202611-000001"
    assert write(db, lambda s: next_numbers(s, "invoice", day, 3)) == [
        "INV-202611-000002", "INV-202611-000003", "INV-202611-000004"]
    assert write(db, lambda s: next_numbers(s, "invoice", day, 0)) == []
    assert write(db, lambda s: next_number(s, "invoice", day)) == "INV-202611-000005"


def test_command_line_runs_the_billing_and_marks_overdue(db, db_url, capsys):
    from ispdesk.cli import main
    from ispdesk.domain.messages import status_word
    from ispdesk.domain.money import format_rupiah
    from ispdesk.services import billing_run
    home = add_package(db)
    customer = add_customer(db, 1)
    add_subscription(db, customer, home, next_billing=date(2026, 11, 1))
    assert main(["--database", db_url, "--language", "en", "billing", "run", "--date", "2026-11-24", "--quiet"]) == 0
    out = capsys.readouterr().out.splitlines()
    run_id = read(db, lambda s: s.scalar(sa.select(BillingRun.id)))
    assert out[0] == billing_run.SUMMARY_HEAD(run=run_id, day=RUN, status=status_word("completed")).render()
    assert "  " + billing_run.SUMMARY_CREATED(number=1).render() in out
    assert main(["--database", db_url, "--language", "en", "billing", "overdue", "--date", "2026-12-10"]) == 0
    printed = capsys.readouterr().out        # the line itself is the command line's (tests/test_cli.py)
    assert "10 Dec 2026" in printed and format_rupiah(0) in printed
    assert read(db, lambda s: s.scalar(sa.select(Invoice.status))) == "overdue"
    with pytest.raises(SystemExit) as refused:
        main(["--database", db_url, "billing", "run", "--date", "24-11-2026"])
    assert refused.value.code == 2
    assert "not a date (YYYY-MM-DD)" in capsys.readouterr().err


def test_any_package_name_reaches_the_invoice_line_unchanged(db):
    name = "Paket 'Hemat' 10% :promo \\ \"Rumah\" ; DROP"
    odd = add_package(db, "ODD-10", "99999.50", name)
    customer = add_customer(db, 1)
    add_subscription(db, customer, odd, next_billing=date(2026, 11, 1), price="99999.50")
    run_billing(db, ADMIN, RUN)
    [inv] = invoices_of(db, customer)
    assert inv.items[0].description == f"Internet {name} periode November 2026"
    assert inv.items[0].amount == D("99999.50")
    # tax and total are whole Rupiah: the price is rounded once (100,000), DPP 91,667, PPN 11,000
    assert (inv.subtotal, inv.tax_base, inv.tax_amount, inv.total) == (D("99999.50"), D("91667"), D("11000"),
                                                                       D("111000"))


def test_run_log_lists_failures_and_skips_first(db):
    home = add_package(db)
    billed, gone = add_customer(db, 1), add_customer(db, 2, status="terminated")
    add_subscription(db, billed, home, next_billing=date(2026, 11, 1))
    add_subscription(db, gone, home, next_billing=date(2026, 11, 1))
    summary = run_billing(db, ADMIN, RUN)
    log = read(db, lambda s: run_log(s, ADMIN, summary.run_id))
    assert [(i.outcome, i.customer_number, i.invoice_number, getattr(i.reason, "code", i.reason)) for i in log] == [
        ("skipped", "CUST-000002", None, "billing.skip_customer"),
        ("created", "CUST-000001", "INV-202611-000001", "2026-11")]
    assert log[0].reason.params["status"].code == "status.terminated"
    with pytest.raises(PermissionDenied):
        read(db, lambda s: run_log(s, CASHIER, summary.run_id))
