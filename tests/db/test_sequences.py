"""Document numbers: one locked sequence row per type and period, formatted
like INV-202611-000123; no duplicate and no gap, even from several processes."""
from __future__ import annotations

import multiprocessing
from datetime import date

import pytest
import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import Customer
from ispdesk.db.sequences import next_number
from ispdesk.db.unit_of_work import read, write


def test_numbers_are_formatted_and_sequential_per_type_and_period(db):
    nov, dec = date(2026, 11, 24), date(2026, 12, 1)
    got = [write(db, lambda s: next_number(s, "invoice", nov)) for _ in range(3)]
    assert got == ["INV-202611-000001", "INV-202611-000002", "INV-202611-000003"]
    assert write(db, lambda s: next_number(s, "invoice", dec)) == "INV-202612-000001"
    assert write(db, lambda s: next_number(s, "payment", nov)) == "PAY-202611-000001"


def test_a_rolled_back_document_gives_its_number_back(db):
    day = date(2026, 11, 24)

    def fail(session):
        next_number(session, "receipt", day)
        raise RuntimeError("crash mid-save")
    with pytest.raises(RuntimeError):
        write(db, fail)
    assert write(db, lambda s: next_number(s, "receipt", day)) == "RCP-202611-000001"


def _worker(url: str, count: int, queue) -> None:
    database = Database.open(url)

    def create(session):
        number = next_number(session, "customer", date(2026, 11, 24))
        session.add(Customer(customer_number=number, name="Concurrent"))
        return number
    numbers = [write(database, create) for _ in range(count)]
    database.dispose()
    queue.put(numbers)


@pytest.mark.mariadb
def test_several_processes_get_no_duplicate_and_no_gap(mariadb_shared_url):
    url = mariadb_shared_url
    database = Database.open(url)
    write(database, lambda s: s.execute(sa.delete(Customer).where(Customer.name == "Concurrent")))
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    processes = [ctx.Process(target=_worker, args=(url, 40, queue)) for _ in range(6)]
    for p in processes:
        p.start()
    results = [queue.get(timeout=120) for _ in processes]
    for p in processes:
        p.join(timeout=60)
        assert p.exitcode == 0
    numbers = sorted(n for chunk in results for n in chunk)
    assert len(numbers) == len(set(numbers)) == 240
    values = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    first = values[0]
    assert values == list(range(first, first + 240))
    stored = read(database, lambda s: s.scalar(
        sa.select(sa.func.count()).select_from(Customer).where(Customer.name == "Concurrent")))
    assert stored == 240
    write(database, lambda s: s.execute(sa.delete(Customer).where(Customer.name == "Concurrent")))
    database.dispose()
