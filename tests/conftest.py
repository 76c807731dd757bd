"""Every database test runs on SQLite and, with ISPDESK_TEST_MYSQL_URL set, on
MariaDB; each run makes and drops its own database.

``db`` is a migrated, seeded :class:`Database` of its own for each test:
SQLite copies a template file; MariaDB empties the run's database and seeds it
again. With ``ISPDESK_REQUIRE_MARIADB=1`` (CI) a run in which no MariaDB test
ran, or one was skipped, fails.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the tests away from the user's own database, settings and backups.
os.environ["ISPDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="ispdesk-test-data-")
os.environ.pop("ISPDESK_DATABASE_URL", None)

from ispdesk.db.engine import Database  # noqa: E402
from ispdesk.db.models import Base  # noqa: E402
from ispdesk.services.database import prepare  # noqa: E402
from ispdesk.db.unit_of_work import write  # noqa: E402
from ispdesk.services.setup import ensure_reference_data  # noqa: E402

MYSQL_URL_ENV = "ISPDESK_TEST_MYSQL_URL"
BACKENDS = ("sqlite", "mariadb")
_mariadb_ran = {"passed": 0, "skipped": 0}


def mysql_server_url() -> str | None:
    return os.environ.get(MYSQL_URL_ENV) or None


class ScratchMariaDB:
    """Creates and drops databases named ``ispdesk_test_<random>`` on the server."""

    def __init__(self, server_url: str) -> None:
        self.server = sa.engine.make_url(server_url)
        self.admin = sa.create_engine(self.server.set(database=""), isolation_level="AUTOCOMMIT")
        self.created: list[str] = []

    def create(self, prefix: str = "ispdesk_test") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        self.created.append(name)
        return self.server.set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = sa.engine.make_url(url).database
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{name}`")
        if name in self.created:
            self.created.remove(name)

    def close(self) -> None:
        for name in list(self.created):
            with self.admin.connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS `{name}`")
        self.admin.dispose()


@pytest.fixture(scope="session")
def scratch_mariadb() -> Iterator[ScratchMariaDB]:
    url = mysql_server_url()
    if not url:
        pytest.skip(f"MariaDB tests need {MYSQL_URL_ENV}")
    scratch = ScratchMariaDB(url)
    yield scratch
    scratch.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    prepare(db)
    db.dispose()
    with sqlite3.connect(path) as conn:  # fold the WAL into the file before copying it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture(scope="session")
def mariadb_shared_url(scratch_mariadb: ScratchMariaDB) -> str:
    url = scratch_mariadb.create()
    db = Database.open(url)
    prepare(db)
    db.dispose()
    return url


def _empty_mariadb(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("SET FOREIGN_KEY_CHECKS=0")
        for table in reversed(Base.metadata.sorted_tables):
            conn.exec_driver_sql(f"DELETE FROM `{table.name}`")
        conn.exec_driver_sql("SET FOREIGN_KEY_CHECKS=1")


def _pinned_moment() -> "datetime":
    """Where the office clock stands for a test: ``ISPDESK_CLOCK`` (office time,
    e.g. ``2027-02-28T23:59:58``) when set, else the real moment the test starts."""
    from ispdesk.domain import clock
    text = os.environ.get(clock.PIN_ENV)
    return datetime.fromisoformat(text) if text else clock.system_now()


@pytest.fixture(autouse=True)
def office_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator["object"]:
    """The one fixture that fixes time: the office clock stands still for the
    whole test (a test never crosses midnight half-way) at ``ISPDESK_CLOCK``
    or at the real start of the test; a test moves it with ``clock.advance``
    or ``clock.pin``. Programs the test starts (the command line, cashier
    processes) get the same moment through ``ISPDESK_CLOCK``."""
    from ispdesk.domain import clock
    moment = _pinned_moment()
    clock.pin(moment)
    clock.set_office_zone(clock.DEFAULT_ZONE)
    monkeypatch.setenv(clock.PIN_ENV, moment.isoformat())
    yield clock
    clock.pin(None)
    clock.set_office_zone(clock.DEFAULT_ZONE)


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its smallest cost: the tests check the logic, not the cost
    (hashes keep their own parameters, so verification is unchanged)."""
    from argon2 import PasswordHasher

    from ispdesk.services import auth, passwords
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(auth, "_dummy_hash", None)


@pytest.fixture
def runner():
    """A TaskRunner that is drained before the test's database goes away."""
    from ispdesk.ui.tasks import TaskRunner
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait(10000)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "mariadb" and not mysql_server_url():
        pytest.skip(f"MariaDB tests need {MYSQL_URL_ENV}")
    return request.param


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, seeded database of this test's own, as a URL."""
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "ispdesk.sqlite3"
        shutil.copyfile(template, path)
        return f"sqlite:///{path}"
    return reseeded_mariadb_url(request)


def reseeded_mariadb_url(request: pytest.FixtureRequest) -> str:
    """The run's MariaDB database, emptied and seeded again for this test
    (skips without ISPDESK_TEST_MYSQL_URL)."""
    url = request.getfixturevalue("mariadb_shared_url")
    db = Database.open(url)
    _empty_mariadb(db)
    write(db, ensure_reference_data)
    db.dispose()
    return url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url)
    yield database
    database.dispose()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if "[mariadb" not in report.nodeid and "mariadb" not in report.keywords:
        return
    if report.when == "call" and report.passed:
        _mariadb_ran["passed"] += 1
    elif report.skipped:
        _mariadb_ran["skipped"] += 1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "[mariadb" in item.nodeid:
            item.add_marker(pytest.mark.mariadb)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001
    terminalreporter.write_line(
        f"MariaDB tests: {_mariadb_ran['passed']} passed, {_mariadb_ran['skipped']} skipped")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("ISPDESK_REQUIRE_MARIADB") == "1" and session.testscollected:
        if _mariadb_ran["passed"] == 0 or _mariadb_ran["skipped"]:
            session.exitstatus = 1
