"""Realistic Indonesian demo data, generated locally and deterministically.

``generate(db, customers=300, if_empty=False, seed=2026)`` fills a migrated,
seeded database: staff users for every role, the catalogue (bandwidth profiles,
packages, promotions, SLA policies, leave types), the OLT -> ODC -> ODP tree
and IP pools, customers with a contract and a subscription each, three months
of invoices (paid with payments grouped by receipts, partial, unpaid, overdue),
leads in every status, suppliers, stock with its movement ledger, purchase
orders, work orders and knowledge-base articles.

Rules the generated data keeps (and the tests check):

* It goes only into a database **without customers**. With ``if_empty`` the
  call does nothing when customers exist; without it, it refuses with an
  :class:`ISPDeskError` (demo rows must never be mixed into real data).
* Rows are written in multi-row INSERTs of ``BATCH`` rows with ids assigned here
  (from ``max(id) + 1``), one transaction per batch of customers: SQLAlchemy
  Core ``insert(table)`` executemany on SQLite; on MariaDB literal statements
  run by a writer thread (see :class:`_MySQLPipe`), ~200,000 customers in under
  four minutes on 2 cores. A run that fails half-way keeps the batches it
  committed (and refuses to run again): drop the database and start over.
* Demo users that already exist (same username) are left as they are.
* Document numbers use the formats of :mod:`ispdesk.db.sequences`
  (``INV-202611-000123``), counted on from ``document_sequences``; each batch
  writes back the last numbers it used, so numbers the program issues later
  continue without collision. Customer numbers are ``CUST-000001``: doc_type
  ``"customer"`` with the empty period ``""`` (the number carries no period).
* Package prices exclude tax (setting ``tax.prices_include_tax=false``): Home 20
  Mbps is Rp 150.000 + PPN = Rp 166.500 a month. An invoice's ``subtotal`` is
  the sum of its positive lines, ``discount_amount`` minus the sum of its
  discount lines, ``tax_base`` = 11/12 of what is left and ``tax_amount`` 12 %
  of the base (each rounded to whole Rupiah), ``total`` = net + PPN.
* ``inventory_transactions.quantity`` is signed (an ``out`` is negative);
  ``new_quantity = previous_quantity + quantity`` and the ledger of an item sums
  to its ``quantity``, starting with an opening ``in``.
"""
from __future__ import annotations

import queue
import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.orm import Session

from ispdesk.db import bulk
from ispdesk.db import models as m
from ispdesk.db.engine import Database
from ispdesk.db.sequences import PREFIXES, period_of
from ispdesk.domain.errors import ISPDeskError
from ispdesk.domain.money import round_rupiah
from ispdesk.domain.referral_codes import referral_code
from ispdesk.domain.tax import TaxRule, apply_tax
from ispdesk.services import demo_names as names
from ispdesk.services.passwords import hash_password

Progress = Callable[[int, int, str], None]

#: Rows per INSERT statement, and customers per transaction.
BATCH = 5000
CUSTOMER_BATCH = 5000
CUSTOMER_SEQUENCE = ("customer", "")
DUE_DAYS = 10
ZERO = Decimal("0.00")
DEMO_TAX = TaxRule()   # the default settings: PKP, PPN 12 % on a DPP of 11/12, prices before tax

#: username, password, role, full name, monthly basic salary
DEMO_USERS = (
    ("admin", "admin123", "admin", "Hendra Gunawan", "8500000"),
    ("supervisor", "super123", "supervisor", "Sri Wahyuni", "7000000"),
    ("cashier", "kasir123", "cashier", "Dewi Lestari", "4800000"),
    ("kasir2", "kasir123", "cashier", "Nurul Fitriani", "4800000"),
    ("sales", "sales123", "sales", "Agus Setiawan", "4500000"),
    ("sales2", "sales123", "sales", "Yulia Rahmi", "4500000"),
    ("gudang", "gudang123", "warehouse", "Bambang Sutrisno", "4600000"),
    ("teknisi", "teknisi123", "technician", "Asep Hidayat", "5000000"),
    ("teknisi2", "teknisi123", "technician", "Ujang Permana", "5000000"),
    ("teknisi3", "teknisi123", "technician", "Tigor Simanjuntak", "5000000"),
    ("hr", "hrdemo123", "hr", "Ratna Kusumawati", "6000000"),
)

#: code, name, Mbps, monthly price before PPN, business?, share of customers (%)
PACKAGES = (
    ("HOME-20", "Home 20 Mbps", 20, "150000", False, 36),
    ("HOME-30", "Home 30 Mbps", 30, "200000", False, 29),
    ("HOME-50", "Home 50 Mbps", 50, "250000", False, 20),
    ("HOME-100", "Home 100 Mbps", 100, "350000", False, 10),
    ("BIZ-100", "Bisnis 100 Mbps", 100, "750000", True, 5),
)

#: Payer profiles of the first customers (see _CustomerBook._customer): good, late, partial, bad, gone.
FIRST_PROFILES = (0.5, 0.85, 0.92, 0.96, 0.99, 0.86)
PAYMENT_METHODS = ("cash", "transfer", "qris", "midtrans", "other")
PAYMENT_METHOD_WEIGHTS = tuple(accumulate((35, 30, 25, 8, 2)))
_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
              "Oktober", "November", "Desember")


def generate(db: Database, *, customers: int = 300, if_empty: bool = False, seed: int = 2026,
             progress: Progress | None = None, today: date | None = None) -> str:
    """Fill ``db`` with demo data for ``customers`` customers; return a one-line report."""
    if customers < 1:
        raise ISPDeskError("the number of demo customers must be at least 1")
    started = time.perf_counter()
    today = today or date.today()
    report = progress or (lambda done, total, label: None)
    with db.sessions() as session:
        existing = session.execute(sa.select(sa.func.count()).select_from(m.Customer.__table__)).scalar_one()
        if existing:
            if if_empty:
                return f"demo data: nothing done, the database already has {existing} customers"
            raise ISPDeskError(f"the database already has {existing} customers; demo data is only added to a "
                               "database without customers (use --if-empty to skip quietly)")
        writer = _Writer(session, _load_sequences(session))
        try:
            _fill(writer, random.Random(seed), today, customers, report)
        finally:
            writer.close()
    counts = writer.counts
    elapsed = time.perf_counter() - started
    total_rows = sum(counts.values())
    return (f"demo data: {counts['customers']} customers, {counts['invoices']} invoices, "
            f"{counts['payments']} payments in {counts['receipts']} receipts, {counts['leads']} leads, "
            f"{counts['work_orders']} work orders, {counts['inventories']} stock items; "
            f"{total_rows} rows in {elapsed:.1f} s ({total_rows / max(elapsed, 1e-9):,.0f} rows/s)")


def _fill(writer: _Writer, rng: random.Random, today: date, customers: int, report: Progress) -> None:
    staff = _write_staff(writer, rng, today)
    catalog = _write_catalog(writer, today)
    network = _write_network(writer, rng, today, customers)
    writer.commit()
    report(0, customers, "customers")
    book = _CustomerBook(writer, rng, today, customers, staff, catalog)
    for start in range(0, customers, CUSTOMER_BATCH):
        stop = min(customers, start + CUSTOMER_BATCH)
        book.write_batch(start, stop)
        writer.commit(wait=False)
        report(stop, customers, "customers")
    steps = "leads, warehouse and field work"
    report(0, 3, steps)
    qualified_leads = _write_leads(writer, rng, today, customers, staff, catalog, book)
    report(1, 3, steps)
    work_orders = _write_field_work(writer, rng, today, staff, book, network, qualified_leads)
    report(2, 3, steps)
    _write_warehouse(writer, rng, today, staff, work_orders)
    _write_knowledge_base(writer, staff, today)
    _assign_addresses(writer, today, network, book)
    writer.commit()
    report(3, 3, steps)


# ---- writing rows -----------------------------------------------------------------------

class _Writer:
    """Inserts rows under ids it assigns, counts them, and hands out document numbers.

    On MariaDB the statements go through a :class:`_MySQLPipe`; on SQLite through
    ``session.execute(insert(table), rows)``.
    """

    def __init__(self, session: Session, sequences: dict[tuple[str, str], int]) -> None:
        self.session = session
        self.counts: Counter[str] = Counter()
        self.sequences = sequences
        self._touched: set[tuple[str, str]] = set()
        self._next_id: dict[str, int] = {}
        self._periods: dict[date, str] = {}
        is_mysql = session.get_bind().dialect.name in ("mysql", "mariadb")
        self.pipe = _MySQLPipe(session) if is_mysql else None

    def ids(self, table: sa.Table, n: int = 1) -> int:
        """The first of ``n`` fresh ids for ``table``."""
        if table.name not in self._next_id:
            top = self.query(sa.select(sa.func.max(table.c.id))).scalar()
            self._next_id[table.name] = (top or 0) + 1
        first = self._next_id[table.name]
        self._next_id[table.name] = first + n
        return first

    def query(self, statement: sa.Executable) -> sa.Result:
        """Run a read on the session once every queued statement has run."""
        if self.pipe:
            self.pipe.drain()
        return self.session.execute(statement)

    def insert(self, table: sa.Table, rows: list[dict]) -> None:
        """Insert ``rows`` (dicts with the same keys) in multi-row statements of ``BATCH`` rows."""
        if not rows:
            return
        for i in range(0, len(rows), BATCH):
            if self.pipe:
                self.pipe.send(self.pipe.render_insert(table, rows[i:i + BATCH]))
            else:
                self.session.execute(sa.insert(table), rows[i:i + BATCH])
        self.counts[table.name] += len(rows)

    def number(self, doc_type: str, day: date) -> str:
        period = self._periods.get(day)
        if period is None:
            period = self._periods[day] = period_of(day)
        return f"{PREFIXES[doc_type]}-{period}-{self._bump((doc_type, period)):06d}"

    def customer_number(self) -> str:
        return f"{PREFIXES['customer']}-{self._bump(CUSTOMER_SEQUENCE):06d}"

    def _bump(self, key: tuple[str, str]) -> int:
        value = self.sequences.get(key, 0) + 1
        self.sequences[key] = value
        self._touched.add(key)
        return value

    def commit(self, *, wait: bool = True) -> None:
        """Write the sequence numbers used so far and commit. With ``wait=False`` on
        MariaDB both are queued behind the inserts and Python goes on meanwhile."""
        touched = {k: self.sequences[k] for k in sorted(self._touched)}
        self._touched.clear()
        if self.pipe and not wait:
            if touched:
                self.pipe.send(self.pipe.render_sequences(touched))
            self.pipe.send(_COMMIT)
            return
        if self.pipe:
            self.pipe.close()
        if touched:
            _save_sequences(self.session, touched)
        self.session.commit()

    def close(self) -> None:
        if self.pipe:
            self.pipe.close(quiet=True)


_COMMIT = "COMMIT"


class _MySQLPipe:
    """Runs INSERTs on the session's MariaDB connection from a thread of its own,
    in order, so the server stores one batch while Python builds the next.

    The values are rendered here as SQL literals: measured on 2 cores, SQLAlchemy's
    bind processing plus PyMySQL's per-value escaping made
    ``session.execute(insert(table), rows)`` ~5k rows/s, too slow for 200,000
    customers. Strings go through PyMySQL's own escaping. Foreign-key checks are
    off on this connection while it loads (the ids are assigned here; SQLite,
    where the same rows are checked, proves them) and back on before it returns
    to the pool. The session's transaction is committed by a queued COMMIT per
    batch of customers and by ``session.commit()`` at the end.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.queue: queue.Queue[str | None] = queue.Queue(maxsize=32)
        self.error: BaseException | None = None
        self.thread: threading.Thread | None = None
        self.dbapi: Any = None
        self.cursor: Any = None
        self.render: bulk.Render = str

    def _open(self) -> None:
        self.dbapi = self.session.connection().connection.dbapi_connection
        self.render = bulk.literal_renderer(self.dbapi)
        self.cursor = self.dbapi.cursor()
        self.cursor.execute("SET SESSION foreign_key_checks = 0")
        self.thread = threading.Thread(target=self._run, name="demo-data-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            sql = self.queue.get()
            try:
                if sql is None:
                    return
                if self.error is None:
                    if sql is _COMMIT:
                        self.dbapi.commit()
                    else:
                        self.cursor.execute(sql)
            except BaseException as exc:  # handed to the main thread at its next call
                self.error = exc
            finally:
                self.queue.task_done()

    def render_insert(self, table: sa.Table, rows: list[dict]) -> str:
        if self.thread is None:
            self._open()
        columns = list(rows[0])
        return bulk.insert_sql(table, columns, [[row[c] for c in columns] for row in rows], self.render)

    def render_sequences(self, values: dict[tuple[str, str], int]) -> str:
        rows = ",".join(f"({self.render(d)},{self.render(p)},{v})" for (d, p), v in values.items())
        return ("INSERT INTO `document_sequences` (`doc_type`, `period`, `last_value`) VALUES "
                f"{rows} ON DUPLICATE KEY UPDATE `last_value` = VALUES(`last_value`)")

    def send(self, sql: str) -> None:
        if self.thread is None:
            self._open()
        self._raise()
        self.queue.put(sql)

    def drain(self) -> None:
        """Wait until every queued statement has run."""
        if self.thread is not None:
            self.queue.join()
            self._raise()

    def close(self, *, quiet: bool = False) -> None:
        """Drain, stop the thread and turn foreign-key checks back on."""
        if self.thread is None:
            return
        self.queue.put(None)
        self.thread.join()
        self.thread = None
        try:
            self.cursor.execute("SET SESSION foreign_key_checks = 1")
            self.cursor.close()
        except Exception:
            if not quiet:
                raise
        if not quiet:
            self._raise()

    def _raise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error


def _load_sequences(session: Session) -> dict[tuple[str, str], int]:
    table = m.DocumentSequence.__table__
    rows = session.execute(sa.select(table.c.doc_type, table.c.period, table.c.last_value))
    return {(doc_type, period): value for doc_type, period, value in rows}


def _save_sequences(session: Session, values: dict[tuple[str, str], int]) -> None:
    table = m.DocumentSequence.__table__
    rows = [{"doc_type": d, "period": p, "last_value": v} for (d, p), v in values.items()]
    if session.get_bind().dialect.name == "sqlite":
        stmt = sqlite.insert(table).values(rows)
        stmt = stmt.on_conflict_do_update(index_elements=[table.c.doc_type, table.c.period],
                                          set_={"last_value": stmt.excluded.last_value})
    else:
        stmt = mysql.insert(table).values(rows)
        stmt = stmt.on_duplicate_key_update(last_value=stmt.inserted.last_value)
    session.execute(stmt)


def _insert_missing(w: _Writer, table: sa.Table, key: str, rows: list[dict]) -> dict[str, int]:
    """Insert the rows whose ``key`` is not in ``table`` yet; return key -> id for all of them."""
    wanted = [r[key] for r in rows]
    column = table.c[key]
    found = dict(w.query(sa.select(column, table.c.id).where(column.in_(wanted))).all())
    fresh = [r for r in rows if r[key] not in found]
    if fresh:
        first = w.ids(table, len(fresh))
        for offset, row in enumerate(fresh):
            row["id"] = first + offset
            found[row[key]] = row["id"]
        w.insert(table, fresh)
    return found


def _stamp(moment: datetime) -> dict:
    return {"created_at": moment, "updated_at": moment}


def _at(day: date, rng: random.Random, start_hour: int = 8, end_hour: int = 17) -> datetime:
    return datetime.combine(day, clock()) + timedelta(seconds=rng.randrange(start_hour * 3600, end_hour * 3600))


def _add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _jitter(rng: random.Random, centre: Decimal, spread_micro: int) -> Decimal:
    return (centre + Decimal(rng.randrange(-spread_micro, spread_micro + 1)).scaleb(-6)).quantize(Decimal("1e-8"))


# ---- staff and catalogue ------------------------------------------------------------------

@dataclass
class _Staff:
    by_role: dict[str, list[int]]

    def one(self, rng: random.Random, role: str) -> int:
        return rng.choice(self.by_role[role])

    def first(self, role: str) -> int:
        return self.by_role[role][0]


def _write_staff(w: _Writer, rng: random.Random, today: date) -> _Staff:
    """Demo users for every role; each distinct password is hashed once."""
    roles = dict(w.query(sa.select(m.Role.__table__.c.name, m.Role.__table__.c.id)).all())
    missing = {role for *_, role, _, _ in DEMO_USERS} - set(roles)
    if missing:
        raise ISPDeskError(f"roles missing from the database: {', '.join(sorted(missing))}; run `ispdesk db upgrade`")
    hashes = {password: _demo_hash(password) for password in sorted({u[1] for u in DEMO_USERS})}
    joined = datetime.combine(today - timedelta(days=730), clock(8))
    rows = [{"username": username, "name": name, "email": f"{username}@jaringanserat.co.id",
             "phone": names.mobile_number(rng), "password_hash": hashes[password], "role_id": roles[role],
             "is_active": True, "basic_salary": Decimal(salary), "failed_logins": 0, "locked_until": None,
             "last_login_at": None, "language": "id", **_stamp(joined)}
            for username, password, role, name, salary in DEMO_USERS]
    ids = _insert_missing(w, m.User.__table__, "username", rows)
    by_role: dict[str, list[int]] = {}
    for username, _, role, _, _ in DEMO_USERS:
        by_role.setdefault(role, []).append(ids[username])
    return _Staff(by_role)


@lru_cache(maxsize=None)
def _demo_hash(password: str) -> str:
    """Argon2 is slow by design: each demo password is hashed once per process."""
    return hash_password(password)


@dataclass(frozen=True)
class _Package:
    id: int
    name: str
    price: Decimal
    business: bool


@dataclass
class _Catalog:
    packages: list[_Package]
    weights: list[int]
    promotion_ids: list[int] = field(default_factory=list)


def _write_catalog(w: _Writer, today: date) -> _Catalog:
    moment = datetime.combine(today - timedelta(days=700), clock(9))
    profiles = [{"name": f"FTTH {mbps}M" + (" Bisnis" if business else ""), "download_kbps": mbps * 1024,
                 "upload_kbps": mbps * 1024 // (1 if business else 2), "burst_download_kbps": None,
                 "burst_upload_kbps": None, "burst_threshold_percent": None, "burst_time_seconds": None,
                 "priority": 2 if business else 8,
                 "description": f"Limit {mbps} Mbps" + (" simetris, prioritas tinggi" if business else ""),
                 "is_active": True, **_stamp(moment)}
                for _, _, mbps, _, business, _ in PACKAGES]
    profile_ids = _insert_missing(w, m.BandwidthProfile.__table__, "name", profiles)
    rows = []
    for (code, name, mbps, price, business, _), profile in zip(PACKAGES, profiles):
        with_tax = Decimal(price) + _tax(Decimal(price))
        rows.append({"code": code, "name": name, "speed_mbps": mbps, "monthly_price": Decimal(price),
                     "bandwidth_profile_id": profile_ids[profile["name"]], "requires_public_ip": business,
                     "description": f"Internet fiber {mbps} Mbps tanpa FUP, Rp {int(with_tax):,}/bulan termasuk "
                                    f"PPN".replace(",", "."),
                     "is_active": True, **_stamp(moment)})
    package_ids = _insert_missing(w, m.Package.__table__, "code", rows)
    packages = [_Package(package_ids[code], name, Decimal(price), business)
                for code, name, _, price, business, _ in PACKAGES]
    all_home = [package_ids[code] for code, *_ in PACKAGES if code.startswith("HOME")]
    start = date(today.year, 1, 1)
    promotions = [
        {"code": "GRATISPASANG", "name": "Gratis Biaya Pasang", "type": "discount_amount",
         "value": Decimal("250000"), "min_purchase": ZERO, "max_discount": Decimal("250000"),
         "applicable_packages": all_home, "terms": "Berlaku untuk pelanggan baru dengan kontrak 12 bulan."},
        {"code": "HEMAT10", "name": "Diskon 10% Tiga Bulan Pertama", "type": "discount_percent",
         "value": Decimal("10"), "min_purchase": ZERO, "max_discount": Decimal("50000"),
         "applicable_packages": all_home, "terms": "Diskon 10% dari harga paket selama tiga tagihan pertama."},
        {"code": "MERDEKA", "name": "Promo Merdeka Gratis 1 Bulan", "type": "free_months",
         "value": Decimal("1"), "min_purchase": ZERO, "max_discount": None,
         "applicable_packages": [package_ids["HOME-50"], package_ids["HOME-100"]],
         "terms": "Bayar 12 bulan di muka, gratis 1 bulan."},
        {"code": "CASHBACK50", "name": "Cashback Rp 50.000", "type": "cashback", "value": Decimal("50000"),
         "min_purchase": Decimal("500000"), "max_discount": Decimal("50000"),
         "applicable_packages": [package_ids["BIZ-100"]], "terms": "Cashback ke saldo pelanggan."},
    ]
    for row in promotions:
        row.update(start_date=start, end_date=date(today.year, 12, 31), usage_limit=1000, used_count=0,
                   is_active=True, **_stamp(moment))
    promotion_ids = _insert_missing(w, m.Promotion.__table__, "code", promotions)
    _write_people_and_policies(w, moment)
    return _Catalog(packages, [p[5] for p in PACKAGES], list(promotion_ids.values()))


def _write_people_and_policies(w: _Writer, moment: datetime) -> None:
    leave_types = [("CUTI", "Cuti Tahunan", 12, True), ("SAKIT", "Sakit dengan Surat Dokter", None, True),
                   ("MELAHIRKAN", "Cuti Melahirkan", 90, True), ("MENIKAH", "Cuti Menikah", 3, True),
                   ("DUKA", "Cuti Duka", 2, True), ("TANPAGAJI", "Cuti di Luar Tanggungan", None, False)]
    _insert_missing(w, m.LeaveType.__table__, "code", [
        {"code": code, "name": name, "days_per_year": days, "is_paid": paid, "requires_approval": True,
         "is_active": True, **_stamp(moment)} for code, name, days, paid in leave_types])
    table = m.SlaPolicy.__table__
    if w.query(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0:
        policies = [("Gangguan Darurat", "urgent", "repair", 1, 4), ("Gangguan Tinggi", "high", "repair", 2, 8),
                    ("Gangguan Normal", "medium", "repair", 4, 24), ("Gangguan Ringan", "low", "repair", 8, 72),
                    ("Pemasangan Baru", "medium", "installation", 24, 72),
                    ("Pemeliharaan Terjadwal", "low", "maintenance", 24, 168)]
        first = w.ids(table, len(policies))
        w.insert(table, [{"id": first + i, "name": name, "priority": prio, "work_order_type": kind,
                          "response_hours": resp, "resolution_hours": res,
                          "description": f"Respon {resp} jam, selesai {res} jam.", "is_active": True,
                          **_stamp(moment)} for i, (name, prio, kind, resp, res) in enumerate(policies)])


def _tax_parts(net: Decimal) -> tuple[Decimal, Decimal]:
    """(DPP, PPN) of a net amount, as the billing run computes them."""
    taxed = apply_tax(net, DEMO_TAX)
    return taxed.tax_base, taxed.tax


def _tax(net: Decimal) -> Decimal:
    return _tax_parts(net)[1]


# ---- network ------------------------------------------------------------------------------

@dataclass
class _Network:
    olt_ids: list[int]
    odp_ids: list[int]
    management_pool: int | None
    public_pool: int | None


def _write_network(w: _Writer, rng: random.Random, today: date, customers: int) -> _Network:
    """Three OLTs, each feeding ODCs that feed ODPs; a management, a public and a PPPoE pool."""
    table = m.NetworkDevice.__table__
    if w.query(sa.select(sa.func.count()).select_from(table)).scalar_one():
        return _Network([], [], None, None)
    regencies = {r.code: r for r in names.load_regencies()}
    sites = [("BDG", regencies["3273"], "Huawei", "MA5800-X7"), ("JKT", regencies["3175"], "ZTE", "C320"),
             ("SBY", regencies["3578"], "Huawei", "MA5608T")]
    odp_total = max(12, min(3000, customers // 60))
    odcs_per_olt = 3
    odps_per_odc = -(-odp_total // (len(sites) * odcs_per_olt))
    rows: list[dict] = []
    olt_ids: list[int] = []
    odp_ids: list[int] = []
    installed = today - timedelta(days=900)
    for n, (site, regency, brand, model) in enumerate(sites, start=1):
        olt = w.ids(table)
        olt_ids.append(olt)
        rows.append(_device(olt, "olt", f"OLT-{site}-01", brand, model, f"10.10.0.{n + 10}", regency, rng,
                            capacity=16 * 8, used=rng.randrange(60, 120), parent=None, installed=installed))
        for c in range(1, odcs_per_olt + 1):
            odc = w.ids(table)
            rows.append(_device(odc, "odc", f"ODC-{site}-{c:02d}", "FiberHome", "ODC 144 Core", None, regency,
                                rng, capacity=144, used=rng.randrange(40, 140), parent=olt,
                                installed=installed + timedelta(days=30 * c)))
            for p in range(1, odps_per_odc + 1):
                odp = w.ids(table)
                odp_ids.append(odp)
                capacity = rng.choice((8, 16, 16))
                rows.append(_device(odp, "odp", f"ODP-{site}-{c:02d}-{p:03d}", "Generic", f"ODP {capacity} Port",
                                    None, regency, rng, capacity=capacity, used=rng.randrange(0, capacity + 1),
                                    parent=odc, installed=installed + timedelta(days=30 * c + p % 300)))
    w.insert(table, rows)
    moment = datetime.combine(installed, clock(10))
    pools = m.IpPool.__table__
    first = w.ids(pools, 3)
    w.insert(pools, [
        {"id": first, "name": "Manajemen OLT", "network": "10.10.0.0/24", "gateway": "10.10.0.1",
         "dns_primary": "10.10.0.2", "dns_secondary": None, "type": "management", "is_active": True,
         **_stamp(moment)},
        {"id": first + 1, "name": "Publik Bisnis", "network": "203.0.113.0/26", "gateway": "203.0.113.1",
         "dns_primary": "1.1.1.1", "dns_secondary": "8.8.8.8", "type": "public", "is_active": True,
         **_stamp(moment)},
        {"id": first + 2, "name": "PPPoE Pelanggan", "network": "100.64.0.0/16", "gateway": "100.64.0.1",
         "dns_primary": "8.8.8.8", "dns_secondary": "8.8.4.4", "type": "private", "is_active": True,
         **_stamp(moment)},
    ])
    return _Network(olt_ids, odp_ids, first, first + 1)


def _device(device_id: int, kind: str, name: str, brand: str, model: str, ip: str | None,
            regency: names.Regency, rng: random.Random, *, capacity: int, used: int, parent: int | None,
            installed: date) -> dict:
    return {"id": device_id, "device_type": kind, "name": name, "brand": brand, "model": model,
            "serial_number": f"{brand[:2].upper()}{rng.randrange(10 ** 9, 10 ** 10)}", "ip_address": ip,
            "mac_address": None if kind == "odp" else ":".join(f"{rng.randrange(256):02X}" for _ in range(6)),
            "location": regency.name, "latitude": _jitter(rng, regency.latitude, 30000),
            "longitude": _jitter(rng, regency.longitude, 30000), "capacity": capacity, "used_ports": used,
            "parent_device_id": parent, "status": "active", "installed_at": installed, "notes": None,
            **_stamp(datetime.combine(installed, clock(10)))}


# ---- customers and their billing ---------------------------------------------------------------

class _CustomerBook:
    """Writes customers, contracts, subscriptions, invoices, payments and receipts
    batch by batch, and remembers the few customers later steps refer to."""

    def __init__(self, w: _Writer, rng: random.Random, today: date, total: int, staff: _Staff,
                 catalog: _Catalog) -> None:
        self.w, self.rng, self.today, self.total = w, rng, today, total
        self.staff, self.catalog = staff, catalog
        self.regencies = names.load_regencies()
        self.regency_weights = list(accumulate(r.weight for r in self.regencies))
        self.mix = {code: (list(mix), list(accumulate(mix.values())))
                    for code, mix in names.PROVINCE_NAME_MIX.items()}
        self.package_weights = list(accumulate(catalog.weights))
        self.first_activation = today - timedelta(days=1461)
        last_activation = _add_months(today, -3) - timedelta(days=1)
        self.activation_span = (last_activation - self.first_activation).days
        self.first_id: int | None = None
        #: customer id -> (name, phone, village, activation day) of recent sign-ups and business customers
        self.recent: list[tuple[int, str, str, names.Village, date, int]] = []
        self.business: list[int] = []
        self.terminated: list[int] = []
        self._amounts: dict[tuple[int, Decimal], tuple[Decimal, Decimal, Decimal, Decimal]] = {}
        self.t = {name: m.Base.metadata.tables[name] for name in (
            "customers", "contracts", "recurring_billings", "invoices", "invoice_items", "receipts", "payments")}

    def activation_of(self, index: int) -> date:
        return self.first_activation + timedelta(days=index * self.activation_span // max(1, self.total))

    def write_batch(self, start: int, stop: int) -> None:
        out: dict[str, list[dict]] = {name: [] for name in self.t}
        for index in range(start, stop):
            self._customer(index, out)
        for name in ("customers", "contracts", "recurring_billings", "invoices", "invoice_items", "receipts",
                     "payments"):
            self.w.insert(self.t[name], out[name])

    def _customer(self, index: int, out: dict[str, list[dict]]) -> None:
        rng, w, today = self.rng, self.w, self.today
        regency = rng.choices(self.regencies, cum_weights=self.regency_weights)[0]
        village = rng.choice(regency.villages)
        groups, weights = self.mix[village.province_code]
        group = rng.choices(groups, cum_weights=weights)[0]
        female = rng.random() < 0.42
        name = names.person_name(rng, group, female)
        customer_id = w.ids(self.t["customers"])
        if self.first_id is None:
            self.first_id = customer_id
        activated = self.activation_of(index)
        signed_at = _at(activated - timedelta(days=rng.randrange(2, 10)), rng)
        package = rng.choices(self.catalog.packages, cum_weights=self.package_weights)[0]
        profile = rng.random()
        if index < len(FIRST_PROFILES):  # a small demo still shows every kind of customer
            profile = FIRST_PROFILES[index]
        status = "terminated" if profile >= 0.98 else "suspended" if profile >= 0.95 else "active"
        phone = names.mobile_number(rng)
        out["customers"].append({
            "id": customer_id, "customer_number": w.customer_number(), "name": name,
            "nik": _nik(rng, village, female), "phone": phone,
            "email": names.email_for(rng, name) if rng.random() < 0.6 else None,
            "address": names.street_address(rng), "rt_rw": names.rt_rw(rng), "kelurahan": village.kelurahan,
            "kecamatan": village.kecamatan, "kabupaten": village.kabupaten, "provinsi": village.provinsi,
            "kode_pos": village.kode_pos, "latitude": _jitter(rng, village.latitude, 40000),
            "longitude": _jitter(rng, village.longitude, 40000), "status": status,
            "referral_code": referral_code(name, customer_id), "referred_by_id": None,
            "credit_balance": ZERO, "never_suspend": package.business, "suspend_postponed_until": None,
            "notes": None, "created_at": signed_at, "updated_at": signed_at})
        if index >= self.total - 40 and status == "active":
            self.recent.append((customer_id, name, phone, village, activated, package.id))
        if package.business and status == "active" and len(self.business) < 20:
            self.business.append(customer_id)
        if status == "terminated" and len(self.terminated) < 10:
            self.terminated.append(customer_id)
        contract_id = w.ids(self.t["contracts"])
        out["contracts"].append({
            "id": contract_id, "contract_number": w.number("contract", activated), "customer_id": customer_id,
            "package_id": package.id, "start_date": activated, "end_date": _add_months(activated, 12) - timedelta(days=1),
            "monthly_fee": package.price, "installation_fee": Decimal("250000") if rng.random() < 0.3 else ZERO,
            "deposit": ZERO, "contract_duration": 12, "auto_renew": True, "terms": None,
            "status": "terminated" if status == "terminated" else "active", "signed_at": signed_at,
            "signed_by": name, "signature_image": None, "lead_id": None, "promotion_id": None,
            "renewed_from_id": None, "created_by": self.staff.one(rng, "sales"),
            "created_at": signed_at, "updated_at": signed_at})
        billing_day = min(activated.day, 28)
        this_month = date(today.year, today.month, 1)
        base = this_month if billing_day <= today.day else _add_months(this_month, -1)
        issues = [_add_months(base, -back).replace(day=billing_day) for back in (2, 1, 0)]
        if status == "terminated":
            issues = issues[:2]
        discount = Decimal(rng.choice((10000, 15000, 25000))) if rng.random() < 0.05 else ZERO
        billing_id = w.ids(self.t["recurring_billings"])
        out["recurring_billings"].append({
            "id": billing_id, "customer_id": customer_id, "package_id": package.id, "billing_day": billing_day,
            "amount": package.price, "discount": discount, "is_active": status != "terminated",
            "next_billing_date": None if status == "terminated" else _add_months(base, 1).replace(day=billing_day),
            "last_billed_at": datetime.combine(issues[-1], clock(1)), "activated_at": activated,
            "contract_id": contract_id, "pending_package_id": None, "promotion_id": None,
            "created_at": signed_at, "updated_at": signed_at})
        payer = "good" if profile < 0.80 else "late" if profile < 0.90 else "partial" if profile < 0.95 else "bad"
        if status == "terminated":
            payer = "good"
        self._invoices(customer_id, billing_id, package, discount, issues, payer, out)

    def _invoices(self, customer_id: int, billing_id: int, package: _Package, discount: Decimal,
                  issues: list[date], payer: str, out: dict[str, list[dict]]) -> None:
        rng, w, today = self.rng, self.w, self.today
        subtotal, base, tax, total = self._amount(package, discount)
        visits: dict[date, list[dict]] = {}
        last = len(issues) - 1
        paid_days = self._paid_days(issues, payer)
        for n, issue in enumerate(issues):
            invoice_id = w.ids(self.t["invoices"])
            due = issue + timedelta(days=DUE_DAYS)
            paid_on = paid_days[n]
            amount_paid, status = ZERO, ("overdue" if due < today else "unpaid")
            if paid_on is not None:
                if payer == "partial" and n == last:
                    amount_paid, status = round_rupiah(total / 2 / 1000) * 1000, "partial"
                else:
                    amount_paid, status = total, "paid"
            period_end = _add_months(issue, 1).replace(day=issue.day) - timedelta(days=1)
            issued_at = datetime.combine(issue, clock(1))
            out["invoices"].append({
                "id": invoice_id, "invoice_number": w.number("invoice", issue), "customer_id": customer_id,
                "recurring_billing_id": billing_id, "period": f"{issue.year:04d}-{issue.month:02d}",
                "period_start": issue, "period_end": period_end, "issue_date": issue, "due_date": due,
                "subtotal": subtotal, "discount_amount": discount, "tax_base": base, "tax_amount": tax,
                "late_fee": ZERO, "total": total, "amount_paid": amount_paid, "status": status,
                "paid_at": None, "late_fee_applied_at": None, "promotion_id": None, "notes": None,
                "created_by": None, "created_at": issued_at, "updated_at": issued_at})
            if paid_on is not None:
                visits.setdefault(paid_on, []).append(out["invoices"][-1])
            item_id = w.ids(self.t["invoice_items"], 2 if discount else 1)
            label = f"{_MONTHS_ID[issue.month - 1]} {issue.year}"
            out["invoice_items"].append({
                "id": item_id, "invoice_id": invoice_id, "kind": "package",
                "description": f"Internet {package.name} periode {label}", "quantity": Decimal("1.00"),
                "unit_price": package.price, "amount": package.price, "created_at": issued_at})
            if discount:
                out["invoice_items"].append({
                    "id": item_id + 1, "invoice_id": invoice_id, "kind": "discount",
                    "description": "Diskon pelanggan setia", "quantity": Decimal("1.00"), "unit_price": -discount,
                    "amount": -discount, "created_at": issued_at})
        for day, paid in sorted(visits.items()):
            self._receipt(customer_id, day, paid, out)

    def _paid_days(self, issues: list[date], payer: str) -> list[date | None]:
        """The day each invoice was paid (None: not yet); a late payer may pay two months at once."""
        rng, last = self.rng, len(issues) - 1
        days: list[date | None]
        if payer in ("good", "partial"):
            days = [issue + timedelta(days=rng.randrange(0, 13)) for issue in issues]
        elif payer == "late":
            days = [issue + timedelta(days=rng.randrange(12, 26)) for issue in issues]
            days[last] = None
            if last >= 2 and rng.random() < 0.5:
                days[0] = days[1]
        else:
            days = [issues[0] + timedelta(days=rng.randrange(15, 30))] + [None] * last
        return [day if day is not None and day <= self.today else None for day in days]

    def _amount(self, package: _Package, discount: Decimal) -> tuple[Decimal, Decimal, Decimal, Decimal]:
        key = (package.id, discount)
        if key not in self._amounts:
            net = package.price - discount
            base, tax = _tax_parts(net)
            self._amounts[key] = (package.price, base, tax, net + tax)
        return self._amounts[key]

    def _receipt(self, customer_id: int, day: date, invoices: list[dict], out: dict[str, list[dict]]) -> None:
        """One visit paying ``invoices``: a receipt, a payment per invoice, ``paid_at`` on the paid ones."""
        rng, w = self.rng, self.w
        method = rng.choices(PAYMENT_METHODS, cum_weights=PAYMENT_METHOD_WEIGHTS)[0]
        reference = {"cash": None, "other": None,
                     "transfer": f"TRF{rng.randrange(10 ** 11, 10 ** 12)}",
                     "qris": f"{rng.randrange(10 ** 11, 10 ** 12)}",
                     "midtrans": f"MT-{rng.getrandbits(48):012x}"}[method]
        applied = sum((invoice["amount_paid"] for invoice in invoices), ZERO)
        received = applied
        if method == "cash":
            step = rng.choice((0, 10000, 50000))
            if step:
                received = Decimal(-(-int(applied) // step) * step)
        received_at = _at(day, rng, 8, 20)
        cashier = None if method == "midtrans" else self.staff.one(rng, "cashier")
        receipt_id = w.ids(self.t["receipts"])
        out["receipts"].append({
            "id": receipt_id, "receipt_number": w.number("receipt", day), "customer_id": customer_id,
            "cashier_id": cashier, "cash_shift_id": None, "payment_method": method, "reference_number": reference,
            "amount_received": received, "amount_applied": applied, "credit_used": ZERO, "credit_added": ZERO,
            "change_given": received - applied, "status": "confirmed",
            "idempotency_key": f"{rng.getrandbits(128):032x}", "print_count": 1, "received_at": received_at,
            "created_at": received_at, "updated_at": received_at})
        first = w.ids(self.t["payments"], len(invoices))
        for offset, invoice in enumerate(invoices):
            issue = invoice["issue_date"]
            if invoice["status"] == "paid":
                invoice["paid_at"] = invoice["updated_at"] = received_at
            out["payments"].append({
                "id": first + offset, "payment_number": w.number("payment", day), "invoice_id": invoice["id"],
                "customer_id": customer_id, "amount": invoice["amount_paid"], "payment_method": method,
                "payment_date": day, "reference_number": reference,
                "notes": f"Tagihan {_MONTHS_ID[issue.month - 1]} {issue.year}", "received_by": cashier,
                "status": "confirmed", "receipt_id": receipt_id, "paid_from_credit": False, "voided_at": None,
                "voided_by": None, "void_reason": None, "created_at": received_at, "updated_at": received_at})


def _nik(rng: random.Random, village: names.Village, female: bool) -> str:
    """16 digits: kabupaten code, kecamatan number, birth date (day + 40 for women), serial."""
    born = date(1955, 1, 1) + timedelta(days=rng.randrange(0, 365 * 48))
    day = born.day + (40 if female else 0)
    return f"{village.regency_code}{village.district_number:02d}{day:02d}{born.month:02d}{born.year % 100:02d}" \
           f"{rng.randrange(1, 2000):04d}"


# ---- leads --------------------------------------------------------------------------------

LEAD_STATUSES = ("new", "contacted", "qualified", "proposal", "negotiation", "won", "lost")
LEAD_WEIGHTS = (22, 20, 14, 10, 8, 16, 10)
LOST_REASONS = ("Harga terlalu mahal", "Sudah berlangganan provider lain", "Belum ada jaringan di lokasi",
                "Tidak bisa dihubungi", "Pindah rumah", "Menunggu gaji/THR, belum jadi")


def _write_leads(w: _Writer, rng: random.Random, today: date, customers: int, staff: _Staff,
                 catalog: _Catalog, book: _CustomerBook) -> list[int]:
    """Leads in every status; won ones point at customers they became. Returns qualified leads' ids."""
    table = m.Lead.__table__
    count = max(len(LEAD_STATUSES) * 2, customers // 20)
    first = w.ids(table, count)
    regencies = book.regencies
    rows = []
    for n in range(count):
        status = LEAD_STATUSES[n] if n < len(LEAD_STATUSES) else rng.choices(LEAD_STATUSES, LEAD_WEIGHTS)[0]
        created = _at(today - timedelta(days=rng.randrange(0, 90)), rng)
        customer_id = converted = None
        regency = rng.choices(regencies, cum_weights=book.regency_weights)[0]
        village = rng.choice(regency.villages)
        groups, weights = book.mix[village.province_code]
        name = names.person_name(rng, rng.choices(groups, cum_weights=weights)[0], rng.random() < 0.42)
        phone = names.mobile_number(rng)
        package_id = rng.choices(catalog.packages, cum_weights=book.package_weights)[0].id
        if status == "won" and book.first_id is not None:
            index = rng.randrange(customers)
            customer_id = book.first_id + index
            converted = datetime.combine(book.activation_of(index), clock(10))
            created = converted - timedelta(days=rng.randrange(3, 21))
        rows.append({
            "id": first + n, "lead_number": w.number("lead", created.date()), "name": name, "phone": phone,
            "email": names.email_for(rng, name) if rng.random() < 0.5 else None,
            "address": names.street_address(rng), "rt_rw": names.rt_rw(rng), "kelurahan": village.kelurahan,
            "kecamatan": village.kecamatan, "kabupaten": village.kabupaten, "provinsi": village.provinsi,
            "kode_pos": village.kode_pos, "latitude": _jitter(rng, village.latitude, 40000),
            "longitude": _jitter(rng, village.longitude, 40000),
            "source": rng.choice(("website", "whatsapp", "whatsapp", "referral", "walk-in", "social_media", "other")),
            "interested_package_id": package_id, "assigned_to": staff.one(rng, "sales"), "status": status,
            "notes": rng.choice((None, "Minta dihubungi sore hari", "Tanya promo pasang gratis",
                                 "Survey lokasi dulu", "Butuh untuk kerja dari rumah")),
            "converted_at": converted, "customer_id": customer_id, "created_at": created,
            "updated_at": converted or created,
            "lost_reason": rng.choice(LOST_REASONS) if status == "lost" else None, "referral_code": None})
    w.insert(table, rows)
    return [row["id"] for row in rows if row["status"] == "qualified"]


# ---- field work, warehouse ------------------------------------------------------------------

@dataclass
class _WorkOrder:
    id: int
    type: str
    status: str
    done_at: datetime | None
    customer_id: int | None


def _write_field_work(w: _Writer, rng: random.Random, today: date, staff: _Staff, book: _CustomerBook,
                      network: _Network, qualified_leads: list[int]) -> list[_WorkOrder]:
    """Installations of the newest customers (on their activation day), repairs in
    every state, maintenance, surveys for qualified leads, relocation, disconnections."""
    table = m.WorkOrder.__table__
    #: type, status, customer, lead, day the order was made
    plan: list[tuple[str, str, int | None, int | None, date]] = []
    for customer_id, _name, _phone, _village, activated, _package in book.recent[-4:]:
        plan.append(("installation", "completed", customer_id, None, activated - timedelta(days=2)))
    first_customer = book.first_id or 0

    def anyone() -> int:
        return first_customer + rng.randrange(book.total)

    def recently() -> date:
        return today - timedelta(days=rng.randrange(1, 25))

    for status in ("pending", "assigned", "in_progress", "completed", "completed", "cancelled"):
        plan.append(("repair", status, anyone(), None, recently()))
    plan.append(("maintenance", "completed", None, None, recently()))
    for lead_id, status in zip(qualified_leads, ("pending", "assigned", "in_progress")):
        plan.append(("survey", status, None, lead_id, today - timedelta(days=rng.randrange(1, 4))))
    plan.append(("relocation", "assigned", anyone(), None, recently()))
    for customer_id in book.terminated[:2]:
        plan.append(("disconnection", "completed", customer_id, None, recently()))
    first = w.ids(table, len(plan))
    rows, orders, reports = [], [], []
    for n, (kind, status, customer_id, lead_id, made_on) in enumerate(plan):
        created = _at(made_on, rng)
        technician = None if status == "pending" else staff.one(rng, "technician")
        started = created + timedelta(days=1, hours=rng.randrange(0, 5)) if status in ("in_progress", "completed") else None
        done = started + timedelta(hours=rng.randrange(1, 5)) if status == "completed" else None
        priority = {"repair": rng.choice(("high", "medium", "urgent", "low"))}.get(kind, "medium")
        wo_id = first + n
        rows.append({
            "id": wo_id, "work_order_number": w.number("work_order", created.date()), "type": kind,
            "customer_id": customer_id, "lead_id": lead_id, "assigned_to": technician,
            "team_size": 2 if kind == "installation" else 1, "priority": priority,
            "scheduled_date": (created + timedelta(days=1)).date(), "scheduled_time": clock(rng.choice((9, 10, 13, 14))),
            "estimated_duration": 180 if kind == "installation" else 90, "status": status,
            "started_at": started, "completed_at": done,
            "notes": {"installation": "Pasang baru, tarik kabel dari ODP terdekat",
                      "repair": rng.choice(("LOS merah menyala", "Internet lambat sejak kemarin",
                                            "Kabel drop putus tertimpa dahan", "ONT mati total")),
                      "maintenance": "Pengecekan rutin ODC dan pembersihan konektor",
                      "survey": "Cek ketersediaan port ODP di lokasi calon pelanggan",
                      "relocation": "Pindah alamat dalam satu kelurahan",
                      "disconnection": "Cabut ONT, pelanggan berhenti berlangganan"}[kind],
            "completion_notes": "Selesai, pelanggan sudah konfirmasi" if status == "completed" else None,
            "created_by": staff.first("supervisor"), "created_at": created, "updated_at": done or started or created,
            "contract_id": None, "assigned_at": created + timedelta(hours=1) if technician else None,
            "cancelled_at": created + timedelta(days=1) if status == "cancelled" else None})
        orders.append(_WorkOrder(wo_id, kind, status, done, customer_id))
        if kind == "installation" and status == "completed" and network.odp_ids:
            reports.append({
                "work_order_id": wo_id, "customer_id": customer_id, "technician_id": technician,
                "ont_serial": f"ZTEG{rng.getrandbits(32):08X}", "onu_id": f"1/1/{rng.randrange(1, 17)}:{rng.randrange(1, 65)}",
                "odp_port": str(rng.randrange(1, 9)), "signal_level": Decimal(f"-{rng.randrange(170, 245)}").scaleb(-1),
                "speed_test_download": Decimal(rng.randrange(2000, 10500)).scaleb(-2) * 10,
                "speed_test_upload": Decimal(rng.randrange(1000, 5000)).scaleb(-2) * 10,
                "photos": [], "customer_signature": None, "notes": "Redaman normal", "completed_at": done,
                **_stamp(done), "odp_device_id": rng.choice(network.odp_ids), "ip_address_id": None})
    w.insert(table, rows)
    if reports:
        reports_table = m.InstallationReport.__table__
        first_report = w.ids(reports_table, len(reports))
        for offset, report in enumerate(reports):
            report["id"] = first_report + offset
        w.insert(reports_table, reports)
    return orders


#: sku, name, category, unit, opening quantity, purchase price, selling price, per installation
STOCK = (
    ("ONT-ZTE-F670L", "ONT ZTE F670L Dual Band", "ont", "pcs", 180, "385000", "0", 1),
    ("ONT-HW-HG8145V5", "ONT Huawei HG8145V5", "ont", "pcs", 120, "420000", "0", 0),
    ("ONT-FH-HG6145D2", "ONT FiberHome HG6145D2", "ont", "pcs", 60, "360000", "0", 0),
    ("RTR-TPL-C6", "Router TP-Link Archer C6", "router", "pcs", 40, "455000", "550000", 0),
    ("RTR-MERC-MR30G", "Router Mercusys MR30G", "router", "pcs", 35, "310000", "399000", 0),
    ("CBL-DROP-1C", "Kabel Drop Core 1 Precon (meter)", "cable", "m", 20000, "1200", "2500", 120),
    ("CBL-PATCH-SC3", "Patch Cord SC/UPC-SC/APC 3 m", "cable", "pcs", 400, "12000", "25000", 1),
    ("CON-FAST-SCAPC", "Fast Connector SC/APC", "connector", "pcs", 1500, "4500", "10000", 2),
    ("CON-FAST-SCUPC", "Fast Connector SC/UPC", "connector", "pcs", 800, "4500", "10000", 0),
    ("ACC-SPLIT-1X8", "Splitter PLC 1:8 SC/APC", "accessories", "pcs", 90, "85000", "0", 0),
    ("ACC-ODP-16", "Box ODP 16 Port Pole", "accessories", "pcs", 25, "650000", "0", 0),
    ("ACC-CLAMP-S", "S-Clamp Kabel Drop", "accessories", "pcs", 3000, "1500", "0", 2),
)

SUPPLIERS = (
    ("SUP-001", "PT Optik Nusantara Sejahtera", "Hendrik Wijaya", "Jakarta Barat", "Net 30"),
    ("SUP-002", "CV Sinar Fiber Mandiri", "Dadang Suryana", "Bandung", "Net 14"),
    ("SUP-003", "PT Global Jaringan Teknologi", "Michael Halim", "Surabaya", "Net 30"),
    ("SUP-004", "UD Maju Jaya Elektrik", "Slamet Riyadi", "Semarang", "COD"),
    ("SUP-005", "PT Indo Perangkat Digital", "Yohanes Tanoto", "Tangerang Selatan", "Net 45"),
)


def _write_warehouse(w: _Writer, rng: random.Random, today: date, staff: _Staff,
                     work_orders: list[_WorkOrder]) -> None:
    """Suppliers, stock items with their ledger (opening in, PO receipt, issues to work orders), POs."""
    first_issue = min((o.done_at.date() for o in work_orders if o.done_at), default=today)
    opened = datetime.combine(min(today - timedelta(days=180), first_issue - timedelta(days=30)), clock(8))
    supplier_ids = _insert_missing(w, m.Supplier.__table__, "code", [
        {"code": code, "name": name, "contact_person": person, "phone": names.mobile_number(rng),
         "email": f"sales@{code.lower()}.co.id", "address": names.street_address(rng), "city": city,
         "payment_terms": terms, "notes": None, "is_active": True, **_stamp(opened)}
        for code, name, person, city, terms in SUPPLIERS])
    inv_table = m.Inventory.__table__
    known = set(w.query(sa.select(inv_table.c.sku).where(inv_table.c.sku.in_([s[0] for s in STOCK]))).scalars())
    stock = [s for s in STOCK if s[0] not in known]
    if not stock:
        return
    clerk = staff.first("warehouse")
    first_item = w.ids(inv_table, len(stock))
    item_ids = {s[0]: first_item + i for i, s in enumerate(stock)}
    movements: dict[str, list[dict]] = {s[0]: [] for s in stock}
    for sku, _, _, _, opening, price, *_ in stock:
        movements[sku].append(_movement("in", opening, opened, "opening", None, "Saldo awal stok", clerk,
                                        Decimal(price)))
    po_rows, po_items, received_lines = _purchase_orders(w, rng, today, staff, supplier_ids, stock, item_ids)
    for po_id, received, lines in received_lines:
        for sku, quantity, price in lines:
            movements[sku].append(_movement("in", quantity, received, "purchase_order", po_id,
                                            "Penerimaan barang PO", clerk, price))
    for order in work_orders:
        if order.type != "installation" or order.status != "completed" or order.done_at is None:
            continue
        for sku, *_rest, per_install in stock:
            if per_install:
                used = per_install + (rng.randrange(0, 60) if sku.startswith("CBL-DROP") else 0)
                movements[sku].append(_movement("out", -used, order.done_at - timedelta(hours=2), "work_order",
                                                order.id, "Dikeluarkan untuk pemasangan", clerk, None,
                                                serial=f"ZTEG{rng.getrandbits(32):08X}" if sku.startswith("ONT") else None))
    adjusted = stock[-1][0]
    movements[adjusted].append(_movement("adjustment", -rng.randrange(5, 30), opened + timedelta(days=150),
                                         "stock_opname", None, "Selisih stock opname bulanan", clerk, None))
    ledger: list[tuple[datetime, str, dict]] = []
    finals: dict[str, int] = {}
    for sku, rows in movements.items():
        quantity = 0
        for row in sorted(rows, key=lambda r: r["created_at"]):
            row.update(inventory_id=item_ids[sku], previous_quantity=quantity, new_quantity=quantity + row["quantity"])
            quantity += row["quantity"]
            ledger.append((row["created_at"], sku, row))
        finals[sku] = quantity
    w.insert(inv_table, [
        {"id": item_ids[sku], "sku": sku, "name": name, "category": category, "description": None, "unit": unit,
         "quantity": finals[sku], "min_quantity": max(5, opening // 10), "purchase_price": Decimal(buy),
         "selling_price": Decimal(sell), "location": "Gudang Utama - Rak " + "ABCDEF"[i % 6],
         "supplier_id": list(supplier_ids.values())[i % len(supplier_ids)], "is_active": True, **_stamp(opened)}
        for i, (sku, name, category, unit, opening, buy, sell, _) in enumerate(stock)])
    w.insert(m.PurchaseOrder.__table__, po_rows)
    w.insert(m.PurchaseOrderItem.__table__, po_items)
    ledger.sort(key=lambda entry: (entry[0], entry[1]))
    tx_table = m.InventoryTransaction.__table__
    first_tx = w.ids(tx_table, len(ledger))
    w.insert(tx_table, [{"id": first_tx + i, **row} for i, (_, _, row) in enumerate(ledger)])


def _movement(kind: str, quantity: int, moment: datetime, ref_type: str, ref_id: int | None, notes: str,
              clerk: int, price: Decimal | None, serial: str | None = None) -> dict:
    return {"type": kind, "quantity": quantity, "reference_type": ref_type, "reference_id": ref_id, "notes": notes,
            "performed_by": clerk, "created_at": moment, "serial_numbers": serial, "unit_price": price}


def _purchase_orders(w: _Writer, rng: random.Random, today: date, staff: _Staff, suppliers: dict[str, int],
                     stock: list[tuple], item_ids: dict[str, int]
                     ) -> tuple[list[dict], list[dict], list[tuple[int, datetime, list[tuple[str, int, Decimal]]]]]:
    """Rows of a received, an approved, a submitted and a draft PO with their lines, and what was received."""
    table, items_table = m.PurchaseOrder.__table__, m.PurchaseOrderItem.__table__
    plans = [("received", 45), ("approved", 6), ("submitted", 3), ("draft", 1)]
    first = w.ids(table, len(plans))
    po_rows: list[dict] = []
    item_rows: list[dict] = []
    received_lines = []
    supplier_list = list(suppliers.values())
    for n, (status, age) in enumerate(plans):
        po_id = first + n
        ordered = today - timedelta(days=age)
        created = datetime.combine(ordered, clock(9))
        lines = [(sku, (100 if unit == "m" else 1) * rng.choice((20, 50, 100)), Decimal(buy))
                 for sku, _, _, unit, _, buy, *_ in rng.sample(stock, min(3, len(stock)))]
        total = sum((Decimal(q) * p for _, q, p in lines), ZERO)
        received = datetime.combine(ordered + timedelta(days=5), clock(14)) if status == "received" else None
        approved = status in ("received", "approved")
        po_rows.append({
            "id": po_id, "po_number": w.number("purchase_order", ordered),
            "supplier_id": supplier_list[n % len(supplier_list)], "order_date": ordered,
            "expected_date": ordered + timedelta(days=7), "received_date": received.date() if received else None,
            "total_amount": total, "status": status, "notes": "Stok pemasangan bulan ini",
            "created_by": staff.first("warehouse"), "approved_by": staff.first("supervisor") if approved else None,
            "created_at": created, "updated_at": received or created,
            "approved_at": datetime.combine(ordered, clock(11)) if approved else None})
        first_item = w.ids(items_table, len(lines))
        for k, (sku, quantity, price) in enumerate(lines):
            item_rows.append({"id": first_item + k, "purchase_order_id": po_id, "inventory_id": item_ids[sku],
                              "quantity": quantity, "unit_price": price, "total_price": Decimal(quantity) * price,
                              "received_quantity": quantity if received else 0, "created_at": created})
        if received:
            received_lines.append((po_id, received, lines))
    return po_rows, item_rows, received_lines


# ---- knowledge base, addresses --------------------------------------------------------------

KB = {
    ("Gangguan & Troubleshooting", "gangguan"): (
        ("Lampu LOS merah pada ONT", "Lampu LOS merah berarti sinyal optik tidak sampai ke ONT. Cek kabel patch cord, "
         "pastikan konektor tidak tertekuk. Jika tetap merah, buat work order perbaikan prioritas tinggi."),
        ("Internet lambat tetapi lampu normal", "Minta pelanggan restart ONT dan router, cek jumlah perangkat yang "
         "terhubung, lalu lakukan speed test dengan kabel LAN sebelum membuat tiket."),
    ),
    ("Prosedur Kasir", "kasir"): (
        ("Menerima pembayaran beberapa tagihan sekaligus", "Cari pelanggan, centang tagihan yang dibayar, masukkan "
         "uang diterima. Kelebihan bayar otomatis menjadi saldo pelanggan atau kembalian."),
        ("Menutup shift kasir", "Hitung uang fisik per pecahan tanpa melihat saldo sistem, simpan, lalu cetak laporan "
         "Z. Selisih wajib diberi keterangan."),
    ),
    ("Produk & Paket", "produk"): (
        ("Daftar paket Home dan Bisnis", "Home 20/30/50/100 Mbps untuk rumah tangga, Bisnis 100 Mbps simetris dengan "
         "IP publik. Harga belum termasuk PPN 12% x DPP 11/12."),
        ("Syarat pemasangan baru", "KTP pemohon, foto lokasi, titik koordinat rumah, dan ketersediaan port ODP "
         "dalam radius 250 meter."),
    ),
}


def _write_knowledge_base(w: _Writer, staff: _Staff, today: date) -> None:
    moment = datetime.combine(today - timedelta(days=120), clock(10))
    categories = [{"name": name, "slug": slug, "description": None, "parent_id": None, "sort_order": n,
                   "is_active": True, **_stamp(moment)} for n, (name, slug) in enumerate(KB)]
    category_ids = _insert_missing(w, m.KnowledgeBaseCategory.__table__, "slug", categories)
    articles = []
    for (_, slug), entries in KB.items():
        for title, content in entries:
            article_slug = "-".join("".join(c for c in title.lower() if c.isalnum() or c == " ").split())
            articles.append({"category_id": category_ids[slug], "title": title, "slug": article_slug,
                             "content": content, "tags": [slug], "status": "published",
                             "author_id": staff.first("supervisor"), "published_at": moment, "view_count": 0,
                             **_stamp(moment)})
    _insert_missing(w, m.KnowledgeBaseArticle.__table__, "slug", articles)


def _assign_addresses(w: _Writer, today: date, network: _Network, book: _CustomerBook) -> None:
    """Management addresses for the OLTs and public addresses, some given to business customers."""
    if network.management_pool is None or network.public_pool is None:
        return
    table = m.IpAddress.__table__
    moment = datetime.combine(today - timedelta(days=60), clock(10))
    rows = []
    for n, device in enumerate(network.olt_ids, start=1):
        rows.append(_address(network.management_pool, f"10.10.0.{n + 10}", None, device, "assigned", moment))
    for host in range(2, 22):
        index = host - 2
        customer = book.business[index] if index < len(book.business) else None
        rows.append(_address(network.public_pool, f"203.0.113.{host}", customer, None,
                             "assigned" if customer else "available", moment))
    first = w.ids(table, len(rows))
    for offset, row in enumerate(rows):
        row["id"] = first + offset
    w.insert(table, rows)


def _address(pool: int, address: str, customer: int | None, device: int | None, status: str,
             moment: datetime) -> dict:
    a, b, c, d = (int(p) for p in address.split("."))
    return {"ip_pool_id": pool, "ip_address": address, "customer_id": customer, "device_id": device,
            "status": status, "assigned_at": moment if status == "assigned" else None, "notes": None,
            "sort_key": (a << 24) | (b << 16) | (c << 8) | d, **_stamp(moment)}
