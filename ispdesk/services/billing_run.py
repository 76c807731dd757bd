"""The monthly billing run: one invoice per subscription and period, fast and idempotent.

:func:`run_billing` takes every active subscription whose ``next_billing_date``
is on or before the run date and, in chunks of ``chunk_size`` subscriptions
per transaction:

* locks the chunk's ``recurring_billings`` rows (ascending id, ``FOR UPDATE``)
  and re-reads them, so two runs at once never bill the same subscription;
* prices each due period (:mod:`ispdesk.domain.proration`,
  :mod:`ispdesk.domain.invoice_pricing`: package line, prorated first
  invoice, standing discount, promotion, PPN), applying a pending package
  change at the period start;
* takes the chunk's invoice numbers in one locked step
  (:func:`~ispdesk.db.sequences.next_numbers`) and writes invoices and lines
  with multi-row INSERTs (literal SQL on MariaDB, :mod:`ispdesk.db.bulk`;
  SQLAlchemy Core elsewhere), then the run items and audit rows with
  ``INSERT … SELECT`` from those invoices;
* advances ``next_billing_date`` (one UPDATE per distinct new date) and sets
  ``last_billed_at``.

A period already invoiced (the UNIQUE (customer_id, period) key) is skipped
with its reason and the subscription still moves on, so a second run, or a run
after a crash half-way (every chunk commits whole or not at all), creates
nothing twice. A chunk that fails is retried one subscription at a time; the
one that still fails is logged as ``failed`` with the error.

Audit: one ``audit_logs`` row per created invoice (``create``/``invoices``,
the invoice number, customer, period and run id; written in the chunk's
transaction), plus the ORM-audited ``billing_runs`` row. The run takes its own
transactions (it is a batch, not one user action), so it gets the
:class:`Database`, not a session. On MariaDB two chunks are in flight: one is
priced in Python while the server writes the other.

Why a subscription was skipped is kept on its run item as a message code with
its values (JSON), so the log reads in whatever language the office uses when
it is opened; the run's ``notes`` are written in the office's language.
"""
from __future__ import annotations

import contextvars
import json
import time
from collections import Counter, defaultdict, deque
from concurrent.futures import Future, ThreadPoolExecutor
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db import bulk
from ispdesk.db.engine import Database
from ispdesk.db.models import (AuditLog, BillingRun, BillingRunItem, Customer, Invoice, InvoiceItem, Package,
                               RecurringBilling)
from ispdesk.db.sequences import next_numbers
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import BillingRunStatus, CustomerStatus, InvoiceStatus
from ispdesk.domain.errors import DatabaseUnavailable, ValidationError
from ispdesk.domain.invoice_pricing import PricedInvoice, price_charge
from ispdesk.domain.messages import Message, message, render, status_word
from ispdesk.domain.promotion_rules import PromotionTerms, valid_on
from ispdesk.domain.proration import Charge, due_charges, next_billing_after
from ispdesk.domain.tax import TaxRule
from ispdesk.services import audit, referral_rewards
from ispdesk.services.office_settings import get_settings
from ispdesk.services.permissions import operation
from ispdesk.services.promotions import all_terms
from ispdesk.services.referral_rewards import PendingDiscount

MODULE = "billing_runs"
CHUNK_SIZE = 1000
#: Chunks in flight on MariaDB: one is priced in Python while the other is written by the server
#: (they wait for each other only on the invoice sequence row). SQLite has one writer: 1.
PIPELINE = 2
#: Customers in these states are not billed (reported as skipped, their subscription stays due).
NOT_BILLED = frozenset({CustomerStatus.TERMINATED, CustomerStatus.PROSPECT})

CREATED, SKIPPED, FAILED = "created", "skipped", "failed"
#: Keys of ``RunSummary.reasons``: a period invoiced before, a customer not billed (``customer:<status>``).
ALREADY_INVOICED = "already_invoiced"
CUSTOMER = "customer:"

Progress = Callable[[int, int], None]

NO_RUN_DATE = message("billing.no_run_date", "Choose the date to bill up to.")
BAD_DUE_DAYS = message("billing.bad_due_days", "The days to pay an invoice (billing.due_days) are not a whole number.")
#: Why a subscription was skipped: on the run item, in the log.
SKIP_CUSTOMER = message("billing.skip_customer", "customer is {status}")
SKIP_INVOICED = message("billing.skip_invoiced", "{period} already invoiced ({number})")
SKIP_INVOICED_IN_RUN = message("billing.skip_invoiced_in_run", "{period} already invoiced in this run")
#: The reasons counted in the summary.
REASON_INVOICED = message("billing.reason_already_invoiced", "already invoiced")
REASON_CUSTOMER = message("billing.reason_customer", "customer {status}")
REASON_COUNT = message("billing.reason_count", "{reason}: {number}")
RUN_NOTES = message("billing.run_notes", "{created} created, {skipped} skipped, {failed} failed")
RUN_NOTES_WHY = message("billing.run_notes_why", "{created} created, {skipped} skipped ({reasons}), {failed} failed")
SUMMARY_HEAD = message("billing.summary_head", "Billing run {run} for {day}: {status}")
SUMMARY_DUE = message("billing.summary_due", "Subscriptions due: {number}")
SUMMARY_CREATED = message("billing.summary_created", "Invoices created: {number}")
SUMMARY_SKIPPED = message("billing.summary_skipped", "Skipped: {number}")
SUMMARY_FAILED = message("billing.summary_failed", "Failed: {number}")
SUMMARY_TIME = message("billing.summary_time", "Time: {seconds} s")
#: The messages a run item's stored reason may name (see :func:`_stored_reason`).
_STORED = {template.code: template for template in (SKIP_CUSTOMER, SKIP_INVOICED, SKIP_INVOICED_IN_RUN)}


def reason_message(key: str) -> Message:
    """A key of ``RunSummary.reasons`` in words."""
    if key.startswith(CUSTOMER):
        return REASON_CUSTOMER(status=status_word(key[len(CUSTOMER):]))
    return REASON_INVOICED()


def _stored_reason(msg: Message) -> str:
    """A skip reason as the run item keeps it: the message's code and values, as JSON."""
    return json.dumps({"code": msg.code, **msg.params}, separators=(",", ":"))


def _read_reason(text: str | None) -> Message | str | None:
    """A run item's reason as stored: a skip reason as its message, anything else (a period,
    an error) as the text it is."""
    if not text or not text.startswith("{"):
        return text
    try:
        values = json.loads(text)
        template = _STORED[values.pop("code")]
    except (ValueError, KeyError, TypeError, AttributeError):
        return text
    if template is SKIP_CUSTOMER:
        values["status"] = status_word(values.get("status", ""))
    try:
        return template(**values)
    except TypeError:
        return text


@dataclass(frozen=True)
class RunSummary:
    """What a run did: counts, why subscriptions were skipped, how long it took."""

    run_id: int
    run_date: date
    status: str
    created: int
    skipped: int
    failed: int
    seconds: float
    subscriptions: int
    reasons: dict[str, int] = field(default_factory=dict)

    def reason_counts(self) -> list[Message]:
        """Each reason to skip with how many were skipped for it ("customer terminated: 1")."""
        return [REASON_COUNT(reason=reason_message(key), number=n) for key, n in sorted(self.reasons.items())]

    def lines(self) -> list[str]:
        """The summary as the command line prints it, in the installed language."""
        out = [render(SUMMARY_HEAD(run=self.run_id, day=self.run_date, status=status_word(self.status))),
               "  " + render(SUMMARY_DUE(number=self.subscriptions)),
               "  " + render(SUMMARY_CREATED(number=self.created)),
               "  " + render(SUMMARY_SKIPPED(number=self.skipped)),
               *("    " + render(line) for line in self.reason_counts()),
               "  " + render(SUMMARY_FAILED(number=self.failed)),
               "  " + render(SUMMARY_TIME(seconds=f"{self.seconds:.1f}"))]
        return out


@dataclass
class _Run:
    """What every chunk of one run shares."""

    run_id: int
    run_date: date
    due_date: date
    rule: TaxRule
    packages: dict[int, tuple[str, Decimal]]
    promotions: dict[int, PromotionTerms]
    actor: Actor
    started: datetime
    charge_cache: dict[tuple, list[Charge]] = field(default_factory=dict)
    price_cache: dict[tuple, tuple[PricedInvoice, list[dict[str, Any]]]] = field(default_factory=dict)

    def priced(self, package: str, price: Decimal, discount: Decimal | None, month: date,
               compute: Callable[[], PricedInvoice]) -> tuple[PricedInvoice, list[dict[str, Any]]]:
        """A full period without promotion costs the same for every subscription alike (cached)."""
        key = (package, price, discount, month)
        found = self.price_cache.get(key)
        if found is None:
            priced = compute()
            found = self.price_cache[key] = (priced, _line_rows(priced))
        return found


@dataclass
class _Outcome:
    created: int = 0
    skipped: int = 0
    failed: int = 0
    reasons: Counter = field(default_factory=Counter)

    def add(self, other: _Outcome) -> None:
        self.created += other.created
        self.skipped += other.skipped
        self.failed += other.failed
        self.reasons.update(other.reasons)


def due_subscription_ids(session: Session, run_date: date) -> list[int]:
    """Ids of the active subscriptions with a next billing date on or before ``run_date``, ascending."""
    rb = RecurringBilling.__table__
    return list(session.execute(
        sa.select(rb.c.id).where(rb.c.is_active.is_(True), rb.c.next_billing_date <= run_date)
        .order_by(rb.c.id)).scalars())


@operation(MODULE, "create")
def run_billing(db: Database, actor: Actor, run_date: date | None = None, *, chunk_size: int = CHUNK_SIZE,
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> RunSummary:
    """Bill every subscription due on ``run_date`` (the office clock's today by default);
    see the module docstring."""
    run_date = clock.today() if run_date is None else run_date
    if not isinstance(run_date, date):
        raise ValidationError({"run_date": NO_RUN_DATE()})
    clock = time.perf_counter()
    run = write(db, lambda s: _start(s, actor, run_date), info=audit.actor_info(actor, MODULE))
    ids = read(db, lambda s: due_subscription_ids(s, run_date))
    outcome = _Outcome()
    status = BillingRunStatus.COMPLETED
    chunks = [ids[start:start + chunk_size] for start in range(0, len(ids), chunk_size)]
    workers = 1 if db.is_sqlite else PIPELINE
    done = 0
    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="billing-run") as pool:
            pending: deque[Future[_Outcome]] = deque()
            for chunk in chunks:
                if cancelled is not None and cancelled():
                    status = BillingRunStatus.CANCELLED
                    break
                # in a copy of this context: the tables the chunk writes are tracked with the run's (ui.ops)
                pending.append(pool.submit(contextvars.copy_context().run, _bill, db, run, chunk))
                if len(pending) >= workers:
                    done = _collect(pending.popleft(), outcome, done, len(ids), progress, chunk_size)
            while pending:
                done = _collect(pending.popleft(), outcome, done, len(ids), progress, chunk_size)
    except BaseException:
        try:    # the log says the run failed (when the database still answers); the error goes on up
            write(db, lambda s: _finish(s, run.run_id, BillingRunStatus.FAILED, outcome),
                  info=audit.actor_info(actor, MODULE))
        except Exception:  # noqa: BLE001
            pass
        raise
    write(db, lambda s: _finish(s, run.run_id, status, outcome), info=audit.actor_info(actor, MODULE))
    return RunSummary(run_id=run.run_id, run_date=run_date, status=str(status), created=outcome.created,
                      skipped=outcome.skipped, failed=outcome.failed, seconds=time.perf_counter() - clock,
                      subscriptions=len(ids), reasons=dict(outcome.reasons))


def _collect(future: Future[_Outcome], outcome: _Outcome, done: int, total: int, progress: Progress | None,
             chunk_size: int) -> int:
    """Wait for one chunk, add up what it did, report progress; returns the subscriptions done so far."""
    outcome.add(future.result())
    done = min(done + chunk_size, total)
    if progress is not None:
        progress(done, total)
    return done


def _start(session: Session, actor: Actor, run_date: date) -> _Run:
    settings = get_settings(session)
    rule = TaxRule.from_settings(settings)
    try:
        due_days = int(settings.get("billing.due_days") or 10)
    except ValueError:
        raise ValidationError({"billing.due_days": BAD_DUE_DAYS()}) from None
    started = clock.now()
    record = BillingRun(run_date=run_date, status=BillingRunStatus.RUNNING, started_at=started,
                        started_by=actor.user_id)
    session.add(record)
    session.flush()
    pk = Package.__table__
    packages = {row.id: (row.name, row.monthly_price)
                for row in session.execute(sa.select(pk.c.id, pk.c.name, pk.c.monthly_price))}
    return _Run(run_id=record.id, run_date=run_date, due_date=run_date + timedelta(days=due_days), rule=rule,
                packages=packages, promotions=all_terms(session), actor=actor, started=started)


def _finish(session: Session, run_id: int, status: str, outcome: _Outcome) -> None:
    record = session.get(BillingRun, run_id)
    record.status = status
    record.finished_at = clock.now()
    record.created_count = outcome.created
    record.skipped_count = outcome.skipped
    record.failed_count = outcome.failed
    counts = {"created": outcome.created, "skipped": outcome.skipped, "failed": outcome.failed}
    reasons = [REASON_COUNT(reason=reason_message(key), number=n) for key, n in sorted(outcome.reasons.items())]
    record.notes = render(RUN_NOTES_WHY(reasons=reasons, **counts) if reasons else RUN_NOTES(**counts))


def _bill(db: Database, run: _Run, ids: list[int]) -> _Outcome:
    """One chunk in one transaction; when it fails, each subscription on its own."""
    try:
        return write(db, lambda s: _bill_chunk(s, run, ids))
    except DatabaseUnavailable:
        raise
    except Exception:  # noqa: BLE001 - find the subscription that fails, bill the others
        pass
    outcome = _Outcome()
    for one in ids:
        try:
            outcome.add(write(db, lambda s, one=one: _bill_chunk(s, run, [one])))
        except DatabaseUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001 - logged on the run, the run goes on
            message = f"{type(exc).__name__}: {exc}"[:255]
            write(db, lambda s, one=one, message=message: _log_failure(s, run, one, message))
            outcome.failed += 1
    return outcome


def _log_failure(session: Session, run: _Run, subscription_id: int, message: str) -> None:
    customer_id = session.execute(sa.select(RecurringBilling.customer_id)
                                  .where(RecurringBilling.id == subscription_id)).scalar_one_or_none()
    session.execute(sa.insert(BillingRunItem.__table__), [{
        "billing_run_id": run.run_id, "recurring_billing_id": subscription_id, "customer_id": customer_id,
        "invoice_id": None, "outcome": FAILED, "reason": message}])


@dataclass
class _Plan:
    """What the chunk will write."""

    invoices: list[dict[str, Any]] = field(default_factory=list)
    lines: list[list[dict[str, Any]]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)       # run items of skipped subscriptions
    advance: dict[tuple, list[int]] = field(default_factory=lambda: defaultdict(list))
    package_changes: list[dict[str, Any]] = field(default_factory=list)
    rewards: list[tuple[PendingDiscount, dict[str, Any]]] = field(default_factory=list)  # and their invoice row


def _bill_chunk(session: Session, run: _Run, ids: list[int]) -> _Outcome:
    rb, inv = RecurringBilling.__table__, Invoice.__table__
    rows = session.execute(
        sa.select(rb.c.id, rb.c.customer_id, rb.c.package_id, rb.c.billing_day, rb.c.amount, rb.c.discount,
                  rb.c.next_billing_date, rb.c.last_billed_at, rb.c.activated_at, rb.c.pending_package_id,
                  rb.c.promotion_id)
        .where(rb.c.id.in_(ids), rb.c.is_active.is_(True), rb.c.next_billing_date <= run.run_date)
        .order_by(rb.c.id).with_for_update()).all()
    if not rows:
        return _Outcome()
    customer_ids = sorted({row.customer_id for row in rows})
    cu = Customer.__table__
    not_billed = dict(session.execute(sa.select(cu.c.id, cu.c.status).where(
        cu.c.id.in_(customer_ids), cu.c.status.in_([str(s) for s in NOT_BILLED]))).all())
    charges = {row.id: _charges(run, row) for row in rows}
    labels = sorted({c.period.label for due in charges.values() for c in due})
    existing = {(cid, period): number for cid, period, number in session.execute(
        sa.select(inv.c.customer_id, inv.c.period, inv.c.invoice_number)
        .where(inv.c.customer_id.in_(customer_ids), inv.c.period.in_(labels)))}
    used = _promotion_periods_used(session, run, rows)
    rewards = referral_rewards.pending_discounts(session, customer_ids)

    plan = _Plan()
    outcome = _Outcome()
    for row in rows:
        _plan_subscription(run, row, not_billed.get(row.customer_id), charges[row.id], existing, used, plan, outcome,
                           rewards.pop(row.customer_id, ()))
    _write(session, run, plan)
    return outcome


def _promotion_periods_used(session: Session, run: _Run, rows: list[Any]) -> Counter:
    """(subscription, promotion) -> invoices that carried the promotion, for free-months promotions."""
    with_promo = [row.id for row in rows if row.promotion_id in run.promotions]
    if not with_promo:
        return Counter()
    inv = Invoice.__table__
    counted = session.execute(
        sa.select(inv.c.recurring_billing_id, inv.c.promotion_id, sa.func.count())
        .where(inv.c.recurring_billing_id.in_(with_promo), inv.c.promotion_id.is_not(None))
        .group_by(inv.c.recurring_billing_id, inv.c.promotion_id))
    return Counter({(rb_id, promo): n for rb_id, promo, n in counted})


def _plan_subscription(run: _Run, row: Any, status: str | None, charges: list, existing: dict,
                       used: Counter, plan: _Plan, outcome: _Outcome, rewards: Iterable[PendingDiscount] = ()) -> None:
    """Plan the subscription's due invoices; referral ``rewards`` come off the first one."""
    def skip(reason: str, detail: Message) -> None:
        outcome.skipped += 1
        outcome.reasons[reason] += 1
        plan.items.append({"billing_run_id": run.run_id, "recurring_billing_id": row.id,
                           "customer_id": row.customer_id, "invoice_id": None, "outcome": SKIPPED,
                           "reason": _stored_reason(detail)[:255]})

    if status is not None:
        skip(CUSTOMER + str(status), SKIP_CUSTOMER(status=str(status)))
        return
    package_id, price = row.package_id, Decimal(row.amount)
    if row.pending_package_id is not None and row.pending_package_id in run.packages:
        package_id, price = row.pending_package_id, run.packages[row.pending_package_id][1]
        plan.package_changes.append({"rb_id": row.id, "package_id": package_id, "amount": price})
    package_name = run.packages.get(package_id, ("?", price))[0]
    promotion = run.promotions.get(row.promotion_id) if row.promotion_id else None
    created = 0
    for charge in charges:
        label = charge.period.label
        key = (row.customer_id, label)
        if key in existing:
            number = existing[key]
            skip(ALREADY_INVOICED, SKIP_INVOICED(period=label, number=number) if number is not None
                 else SKIP_INVOICED_IN_RUN(period=label))
            continue
        applicable = promotion if promotion and valid_on(promotion, package_id, charge.period.start) is None else None
        taken, rewards = tuple(rewards), ()
        if applicable is None and charge.stub is None and not taken:
            month = charge.period.start.replace(day=1)
            priced, lines = run.priced(package_name, price, row.discount, month, lambda: price_charge(
                charge, package_name=package_name, price=price, discount=row.discount or 0, rule=run.rule))
        else:
            priced = price_charge(charge, package_name=package_name, price=price, discount=row.discount or 0,
                                  rule=run.rule, promotion=applicable,
                                  promotion_periods_used=used[(row.id, applicable.id)] if applicable else 0,
                                  rewards=tuple((r.label, r.amount) for r in taken))
            lines = _line_rows(priced)
            if priced.promotion_id is not None:
                used[(row.id, priced.promotion_id)] += 1
        existing[key] = None                 # invoiced by this run (its number comes later)
        plan.invoices.append(_invoice_row(run, row, charge, priced))
        plan.rewards.extend((reward, plan.invoices[-1]) for reward in taken[:priced.rewards_applied])
        plan.lines.append(lines)
        created += 1
    outcome.created += created
    plan.advance[(next_billing_after(charges), created > 0)].append(row.id)


def _charges(run: _Run, row: Any) -> list[Charge]:
    """The subscription's due charges; the same for every subscription with the same dates (cached)."""
    first = row.last_billed_at is None
    key = (row.next_billing_date, row.billing_day)
    if not first and key in run.charge_cache:
        return run.charge_cache[key]
    charges = due_charges(next_billing_date=row.next_billing_date, billing_day=row.billing_day,
                          run_date=run.run_date, activated_at=row.activated_at, first_invoice=first)
    if not first:
        run.charge_cache[key] = charges
    return charges


def _line_rows(priced: PricedInvoice) -> list[dict[str, Any]]:
    return [{"kind": str(line.kind), "description": line.description[:255], "quantity": Decimal("1.00"),
             "unit_price": line.amount, "amount": line.amount} for line in priced.lines]


def _invoice_row(run: _Run, row: Any, charge: Charge, priced: PricedInvoice) -> dict[str, Any]:
    """The invoice's own values; what every invoice of the run shares is added by :func:`_constants`."""
    paid = priced.total <= 0
    return {
        "customer_id": row.customer_id, "recurring_billing_id": row.id, "period": charge.period.label,
        "period_start": charge.start, "period_end": charge.end, "subtotal": priced.subtotal,
        "discount_amount": priced.discount_amount, "tax_base": priced.tax_base, "tax_amount": priced.tax_amount,
        "total": priced.total, "status": str(InvoiceStatus.PAID if paid else InvoiceStatus.UNPAID),
        "paid_at": run.started if paid else None, "promotion_id": priced.promotion_id,
    }


def _write(session: Session, run: _Run, plan: _Plan) -> None:
    rb, inv = RecurringBilling.__table__, Invoice.__table__
    if plan.invoices:
        numbers = next_numbers(session, "invoice", run.run_date, len(plan.invoices))
        for row, number in zip(plan.invoices, numbers):
            row["invoice_number"] = number
        if session.get_bind().dialect.name == "mysql":
            _insert_literal(session, run, plan)
        else:
            _insert_bound(session, run, plan)
        ours = _numbered(inv, numbers)
        _log_created(session, run, ours)
        referral_rewards.take_discounts(session, ((r, row["invoice_number"]) for r, row in plan.rewards), run.started)
    if plan.items:
        session.execute(sa.insert(BillingRunItem.__table__), plan.items)
    for change in plan.package_changes:
        session.execute(sa.update(rb).where(rb.c.id == change["rb_id"])
                        .values(package_id=change["package_id"], amount=change["amount"], pending_package_id=None))
    for (next_date, billed), rb_ids in plan.advance.items():
        values: dict[str, Any] = {"next_billing_date": next_date}
        if billed:
            values["last_billed_at"] = run.started
        session.execute(sa.update(rb).where(rb.c.id.in_(rb_ids)).values(**values))


def _numbered(inv: sa.Table, numbers: list[str]) -> sa.ColumnElement[bool]:
    """The chunk's invoices: its numbers are consecutive and locked, so a range of the unique key finds them."""
    if len(numbers[0]) == len(numbers[-1]):
        return inv.c.invoice_number.between(numbers[0], numbers[-1])
    return inv.c.invoice_number.in_(numbers)


def _log_created(session: Session, run: _Run, ours: sa.ColumnElement[bool]) -> None:
    """A ``created`` run item and an audit row per new invoice, written by the database from the invoices."""
    inv = Invoice.__table__
    items = BillingRunItem.__table__
    session.execute(sa.insert(items).from_select(
        ["billing_run_id", "recurring_billing_id", "customer_id", "invoice_id", "outcome", "reason", "created_at"],
        sa.select(sa.literal(run.run_id), inv.c.recurring_billing_id, inv.c.customer_id, inv.c.id,
                  sa.literal(CREATED), inv.c.period, sa.literal(run.started, sa.TIMESTAMP)).where(ours)))
    entry = audit.entry(run.actor, "create", "invoices", None, None, None, MODULE)
    logs = AuditLog.__table__
    new_values = sa.func.json_object("invoice_number", inv.c.invoice_number, "customer_id", inv.c.customer_id,
                                     "period", inv.c.period, "billing_run_id", run.run_id)
    session.execute(sa.insert(logs).from_select(
        ["user_id", "action", "model_type", "model_id", "new_values", "ip_address", "user_agent", "url", "created_at"],
        sa.select(sa.literal(entry["user_id"], sa.BigInteger), sa.literal("create"), sa.literal("invoices"), inv.c.id,
                  sa.type_coerce(new_values, sa.String), sa.literal(entry["ip_address"], sa.String),
                  sa.literal(entry["user_agent"], sa.String),
                  sa.literal(entry["url"], sa.String) + sa.cast(inv.c.id, sa.String),
                  sa.literal(run.started, sa.TIMESTAMP)).where(ours)))


#: An invoice's own columns, in the order its literal row is written.
_INVOICE_COLUMNS = ("invoice_number", "customer_id", "recurring_billing_id", "period", "period_start", "period_end",
                    "subtotal", "discount_amount", "tax_base", "tax_amount", "total", "status", "paid_at",
                    "promotion_id")
_LINE_COLUMNS = ("kind", "description", "quantity", "unit_price", "amount")


def _shared(run: _Run) -> dict[str, Any]:
    """The values every invoice of the run has in common."""
    return {"issue_date": run.run_date, "due_date": run.due_date, "late_fee": Decimal("0"),
            "amount_paid": Decimal("0"), "created_by": run.actor.user_id,
            "created_at": run.started, "updated_at": run.started}


def _insert_literal(session: Session, run: _Run, plan: _Plan) -> None:
    """MariaDB: invoices and their lines as two literal multi-row INSERTs (see :mod:`ispdesk.db.bulk`)."""
    render = bulk.renderer(session)
    inv = Invoice.__table__
    sql = bulk.insert_sql(inv, _INVOICE_COLUMNS, ([row[c] for c in _INVOICE_COLUMNS] for row in plan.invoices),
                          render, shared=_shared(run), returning=("id", "invoice_number"))
    ids = {number: invoice_id for invoice_id, number in bulk.execute(session, sql)}
    lines = ([ids[row["invoice_number"]], *(line[c] for c in _LINE_COLUMNS)]
             for row, invoice_lines in zip(plan.invoices, plan.lines) for line in invoice_lines)
    bulk.execute(session, bulk.insert_sql(InvoiceItem.__table__, ("invoice_id", *_LINE_COLUMNS), lines, render,
                                          shared={"created_at": run.started}))


def _insert_bound(session: Session, run: _Run, plan: _Plan) -> None:
    """Other databases (SQLite): the same rows through SQLAlchemy's types."""
    inv = Invoice.__table__
    shared = _shared(run)
    stmt = sa.insert(inv).returning(inv.c.id, inv.c.invoice_number)
    ids = dict((number, invoice_id) for invoice_id, number in
               session.execute(stmt, [dict(row, **shared) for row in plan.invoices]))
    session.execute(sa.insert(InvoiceItem.__table__), [
        dict(line, invoice_id=ids[row["invoice_number"]], created_at=run.started)
        for row, invoice_lines in zip(plan.invoices, plan.lines) for line in invoice_lines])


@dataclass(frozen=True)
class RunItem:
    """One line of a run's log, as the log dialog shows it: ``reason`` is why it was
    skipped (a message), the period invoiced, or the error of a failure."""

    outcome: str
    customer_number: str | None
    customer_name: str | None
    invoice_number: str | None
    reason: Message | str | None


@operation(MODULE, "view")
def run_log(session: Session, actor: Actor, run_id: int, *, limit: int = 5000) -> list[RunItem]:
    """What run ``run_id`` did, failures and skips first, at most ``limit`` lines."""
    items, cu, inv = BillingRunItem.__table__, Customer.__table__, Invoice.__table__
    order = sa.case({FAILED: 0, SKIPPED: 1}, value=items.c.outcome, else_=2)
    rows = session.execute(
        sa.select(items.c.outcome, cu.c.customer_number, cu.c.name, inv.c.invoice_number, items.c.reason)
        .select_from(items.outerjoin(cu, cu.c.id == items.c.customer_id)
                     .outerjoin(inv, inv.c.id == items.c.invoice_id))
        .where(items.c.billing_run_id == run_id).order_by(order, items.c.id).limit(limit))
    return [RunItem(outcome, number, name, invoice, _read_reason(reason))
            for outcome, number, name, invoice, reason in rows]
