"""The counter at 200,000 customers (MariaDB): find a customer and show their
invoices within 0.2 s; post_payment p95 < 50 ms; 8 cashier processes >= 300
payments/s together. Prints the figures."""
from __future__ import annotations

import multiprocessing
import os
import random
import time
import uuid
from decimal import Decimal

import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import CashShift, Customer, Invoice, User
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import ShiftStatus
from ispdesk.services import audit, auth, users
from ispdesk.services.cash_shifts import open_shift
from ispdesk.services.customer_lookup import OUTSTANDING, customer_account, find_customers
from ispdesk.services.payments import PaymentRequest, post_payment
from tests.benchmarks.bench_support import bench_database_url, p95, summary, timings

PROCESSES = 8
PER_PROCESS = 120


def _cashier(db: Database, n: int) -> Actor:
    """Bench cashier ``n`` (created once) with an open shift."""
    username = f"bench_kasir{n}"
    user_id = read(db, lambda s: s.execute(sa.select(User.id).where(User.username == username)).scalar())
    if user_id is None:
        user_id = write(db, lambda s: users.add_user(s, Actor.system(), username=username, name=f"Bench Kasir {n}",
                                                     role="cashier", password="bench-kasir-123"))
    actor = read(db, lambda s: auth.load_actor(s, user_id))
    has_shift = read(db, lambda s: s.execute(sa.select(CashShift.id).where(
        CashShift.cashier_id == user_id, CashShift.status == ShiftStatus.OPEN)).scalar())
    if has_shift is None:
        write(db, lambda s: open_shift(s, actor, Decimal("500000")), info=audit.actor_info(actor, "cash_shifts"))
    return actor


def _debtors(db: Database, count: int, seed: int) -> list[int]:
    """Customers with something outstanding, at random."""
    ids = read(db, lambda s: list(s.scalars(sa.select(Invoice.customer_id).where(Invoice.status.in_(OUTSTANDING))
                                            .distinct())))
    random.Random(seed).shuffle(ids)
    return ids[:count]


def _pay_small(db: Database, actor: Actor, customer_id: int) -> float | None:
    """Pay Rp 10,000 on the customer's oldest invoice (cash, partial); seconds from call to commit."""
    account = read(db, lambda s: customer_account(s, actor, customer_id, today=time_today()))
    if not account.invoices:
        return None
    request = PaymentRequest(customer_id=customer_id, amount_received=Decimal("10000"), method="cash",
                             idempotency_key=uuid.uuid4().hex, allow_partial=True)
    started = time.perf_counter()
    write(db, lambda s: post_payment(s, actor, request), info=audit.actor_info(actor, "payments"))
    return time.perf_counter() - started


def time_today():  # noqa: ANN201
    from datetime import date
    return date.today()


def test_find_customer_and_show_invoices() -> None:
    db = Database.open(bench_database_url())
    actor = _cashier(db, 0)
    rng = random.Random(7)
    sample = read(db, lambda s: s.execute(sa.select(Customer.id, Customer.customer_number, Customer.name,
                                                    Customer.phone).where(Customer.id.in_(
                                                        [rng.randint(1, 200_000) for _ in range(40)]))).all())
    invoice_numbers = read(db, lambda s: list(s.scalars(sa.select(Invoice.invoice_number).where(
        Invoice.status.in_(OUTSTANDING)).limit(20))))
    texts = ([r.customer_number for r in sample[:10]] + invoice_numbers[:10]
             + ["0" + r.phone[3:9] for r in sample[10:20] if r.phone]
             + [r.name.split()[0] for r in sample[20:30]] + [r.name.split()[-1] for r in sample[30:40]])

    def find_and_show(text: str) -> None:
        def work(session):  # noqa: ANN001, ANN202
            found = find_customers(session, actor, text)
            if found:
                customer_account(session, actor, found[0].customer_id, today=time_today())
        read(db, work)
    read(db, lambda s: find_customers(s, actor, "warm up"))
    seconds = [timings(lambda t=text: find_and_show(t), 1)[0] for text in texts]
    slowest = sorted(zip(seconds, texts), reverse=True)[:3]
    summary("find a customer + their invoices (200k customers)", seconds)
    print("slowest:", [(f"{s * 1000:.0f} ms", t) for s, t in slowest])
    # Words found in no name fall back to a scan of every address: reported, not held to 0.2 s.
    summary("address-only search (table scan)", [timings(lambda t=t: find_and_show(t), 1)[0]
                                                  for t in ("Jl. Mawar", "Seruni No. 8", "Gang Buntu")])
    db.dispose()
    assert max(seconds) < 0.2


def _lock_hold_probe(db: Database) -> list[float]:
    """Seconds from each transaction's first sequence bump to the end of its commit:
    how long the one lock every counter shares is held (1 / this = the ceiling in payments/s)."""
    held: list[float] = []

    @sa.event.listens_for(db.engine, "before_cursor_execute")
    def _bump(conn, _cursor, statement, *_args):  # noqa: ANN001, ANN202
        if (statement.startswith(("UPDATE document_sequences", "INSERT INTO document_sequences"))
                and "seq_at" not in conn.info):
            conn.info["seq_at"] = time.perf_counter()

    @sa.event.listens_for(db.engine, "commit")
    def _commit(conn):  # noqa: ANN001, ANN202
        started = conn.info.pop("seq_at", None)
        if started is not None:
            conn.connection.dbapi_connection.commit()      # the real commit, timed; SQLAlchemy's own is a no-op after
            held.append(time.perf_counter() - started)
    return held


def test_post_payment_p95() -> None:
    db = Database.open(bench_database_url())
    actor = _cashier(db, 0)
    customers = _debtors(db, 200, 11)
    seconds = [s for s in (_pay_small(db, actor, c) for c in customers[:150]) if s is not None]
    summary("post_payment, call to commit", seconds)
    held = _lock_hold_probe(db)
    for customer in customers[150:]:
        _pay_small(db, actor, customer)
    if held:
        summary("sequence locks held (bump to commit)", held)
    db.dispose()
    assert p95(seconds) < 0.050


def _counter(url: str, user_id: int, customers: list[int], start: "multiprocessing.Barrier",
             out: "multiprocessing.Queue[tuple[int, float, float, float]]") -> None:
    db = Database.open(url)
    actor = read(db, lambda s: auth.load_actor(s, user_id))
    requests = [PaymentRequest(customer_id=c, amount_received=Decimal("10000"), method="cash",
                               idempotency_key=uuid.uuid4().hex, allow_partial=True) for c in customers]
    start.wait()
    began, cpu = time.perf_counter(), time.process_time()
    done = 0
    for request in requests:
        write(db, lambda s, r=request: post_payment(s, actor, r), info=audit.actor_info(actor, "payments"))
        done += 1
    out.put((done, began, time.perf_counter(), time.process_time() - cpu))
    db.dispose()


def _server_cpu_seconds() -> float | None:
    """CPU seconds the local MariaDB server (mariadbd/mysqld) has used, or None when it is not on this machine."""
    for pid in filter(str.isdigit, os.listdir("/proc") if os.path.isdir("/proc") else ()):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                name, rest = stat.read().split(" (", 1)[1].split(") ", 1)
        except (OSError, IndexError):
            continue
        if name in ("mariadbd", "mysqld"):
            fields = rest.split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return None


def test_eight_counters_throughput() -> None:
    url = bench_database_url()
    db = Database.open(url)
    actors = [_cashier(db, n) for n in range(PROCESSES)]
    customers = _debtors(db, PROCESSES * PER_PROCESS, 23)
    db.dispose()
    context = multiprocessing.get_context("fork")
    start = context.Barrier(PROCESSES)
    out = context.Queue()
    children = [context.Process(target=_counter, args=(url, a.user_id, customers[n::PROCESSES], start, out))
                for n, a in enumerate(actors)]
    for child in children:
        child.start()
    server_before = _server_cpu_seconds()
    results = [out.get(timeout=300) for _ in children]
    server_after = _server_cpu_seconds()
    for child in children:
        child.join(30)
    total = sum(r[0] for r in results)
    wall = max(r[2] for r in results) - min(r[1] for r in results)
    print(f"{PROCESSES} counters: {total} payments in {wall:.2f} s = {total / wall:.0f} payments/s")
    # What decides the figure on a small machine: CPU per payment, client and server, against the cores.
    client_ms = 1000 * sum(r[3] for r in results) / total
    server_ms = (None if server_before is None or server_after is None
                 else 1000 * (server_after - server_before) / total)
    cores = os.cpu_count() or 1
    line = f"CPU per payment: client {client_ms:.1f} ms"
    if server_ms is not None:
        line += (f" + server {server_ms:.1f} ms (all of mariadbd, whoever else used it)"
                 f" = {client_ms + server_ms:.1f} ms; {cores} cores -> at most"
                 f" {1000 * cores / (client_ms + server_ms):.0f} payments/s")
    print(line)
    assert total / wall >= 300
