"""The ``ispdesk`` command: migrations, users, and one clear line for mistakes;
it acts as the system actor, runs the office clock and speaks the office's
language. Its lines are compared with the declared messages they render, not
with English written here."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa

from ispdesk import cli
from ispdesk.cli import main
from ispdesk.db import migrate
from ispdesk.db.backup import backup_sqlite
from ispdesk.db.engine import NOT_A_URL, UNSUPPORTED, Database
from ispdesk.db.models import AuditLog, User
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain import clock, messages
from ispdesk.domain.money import format_rupiah
from ispdesk.services import office_settings, users
from ispdesk.services.database import prepare
from tests.support import actors, builders


def in_english(message) -> str:
    """``message`` as the command line writes it with ``--language en``."""
    with cli.speaking("en"):
        return message.render()


@pytest.fixture
def fresh_url(backend, request, tmp_path):
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'cli.sqlite3'}"
        return
    scratch = request.getfixturevalue("scratch_mariadb")
    url = scratch.create("ispdesk_cli")
    yield url
    scratch.drop(url)


def test_db_upgrade_then_current(fresh_url, capsys):
    assert main(["--database", fresh_url, "db", "current"]) == 0
    assert "empty" in capsys.readouterr().out
    assert main(["--database", fresh_url, "db", "upgrade"]) == 0
    db = Database.open(fresh_url)
    assert migrate.is_up_to_date(db)
    roles = set(db.engine.connect().execute(sa.text("SELECT name FROM roles")).scalars())
    db.dispose()
    assert roles == {"admin", "supervisor", "cashier", "sales", "warehouse", "technician", "hr"}
    assert main(["--database", fresh_url, "db", "current"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_backup_copies_the_sqlite_file_and_keeps_the_newest(tmp_path):
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = Database.open(url)
    migrate.upgrade(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO roles (name) VALUES ('kasir')")
        conn.commit()
    copies = [backup_sqlite(db, tmp_path / "backups", reason="pre-migration") for _ in range(12)]
    db.dispose()
    assert all(c is not None and c.exists() for c in copies[-10:])
    assert len(list((tmp_path / "backups").glob("*.sqlite3"))) == 10
    copy = Database.open(f"sqlite:///{copies[-1]}")
    with copy.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM roles").scalar() == "kasir"
    copy.dispose()


def test_user_add_with_password_acts_as_the_system(fresh_url, capsys):
    assert main(["--database", fresh_url, "--language", "en", "user", "add", "Siti", "--role", "cashier",
                 "--name", "Siti", "--password", "kasir123"]) == 0
    db = Database.open(fresh_url)
    user_id = read(db, lambda s: s.scalar(sa.select(User.id).where(User.username == "siti")))
    assert capsys.readouterr().out == in_english(cli.USER_ADDED(username="siti", role="cashier", id=user_id)) + "\n"
    created = read(db, lambda s: s.execute(sa.select(AuditLog.user_id, AuditLog.user_agent, AuditLog.url)
                                           .where(AuditLog.model_type == "users", AuditLog.action == "create")).one())
    assert created.user_id is None and created.user_agent.startswith(cli.PROGRAM)   # the system, on this machine
    assert created.url == f"ispdesk://users/{user_id}"
    assert main(["--database", fresh_url, "--language", "en", "user", "add", "siti", "--role", "cashier",
                 "--password", "kasir123"]) == 2
    err = capsys.readouterr().err
    assert err == f"ispdesk: {in_english(users.USERNAME_TAKEN(username='siti'))}\n"
    db.dispose()


@pytest.mark.parametrize("url, expected", [
    ("not a url at all", NOT_A_URL(url="not a url at all").render()),
    ("postgresql://x@127.0.0.1/db", UNSUPPORTED(backend="postgresql").render()),
    ("mysql+pymysql://root@127.0.0.1:1/nowhere", cli.CANNOT_USE_DATABASE(detail="").render()),
])
def test_mistakes_are_one_clear_line_and_exit_2(url, expected, capsys):
    assert main(["--database", url, "db", "current"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"ispdesk: {expected}")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_office_language_and_clock_speak_and_are_put_back(db_url, capsys):
    """``billing overdue`` writes its line in the office's language (``ui.language``,
    Indonesian by default: the month of the date as Indonesians write it), dated
    the office clock's today unless given; ``--language`` overrides the office;
    afterwards the process speaks as before."""
    before = messages.installed_translator()
    assert main(["--database", db_url, "billing", "overdue", "--date", "2026-12-05"]) == 0
    assert "5 Des 2026" in capsys.readouterr().out          # "Dec" in English
    assert messages.installed_translator() == before and not messages.speaks_indonesian()
    db = Database.open(db_url)
    customer = builders.add_customer(db)
    due = clock.today() - timedelta(days=3)
    builders.add_invoice(db, customer, price="100000", issue=due - timedelta(days=10), due=due)
    db.dispose()
    assert main(["--database", db_url, "--language", "en", "billing", "overdue"]) == 0
    assert capsys.readouterr().out == in_english(cli.OVERDUE_MARKED(
        count=1, day=clock.today(), late_fees=0, total=format_rupiah(Decimal(0)))) + "\n"


def test_the_command_line_runs_the_office_clock_in_the_office_zone(db_url, capsys, monkeypatch):
    """In WIT (UTC+9) the office's day starts two hours before WIB's: at 23:30 WIB
    the command line's today is already the next day."""
    db = Database.open(db_url)
    write(db, lambda s: office_settings.save_settings(s, actors.system(), {"office.time_zone": "WIT"}))
    db.dispose()
    evening = datetime.combine(clock.today(), time(23, 30), tzinfo=clock.ZONES["WIB"].tzinfo)
    monkeypatch.setenv(clock.PIN_ENV, evening.isoformat())     # the instant the command line starts at
    assert main(["--database", db_url, "--language", "en", "billing", "overdue"]) == 0
    assert clock.office_zone().key == "WIT" and clock.now() == datetime.combine(evening.date() + timedelta(days=1),
                                                                                 time(1, 30))
    assert capsys.readouterr().out == in_english(cli.OVERDUE_MARKED(
        count=0, day=evening.date() + timedelta(days=1), late_fees=0, total=format_rupiah(Decimal(0)))) + "\n"


@pytest.mark.mariadb
def test_db_upgrade_creates_a_new_mariadb_database(scratch_mariadb, capsys):
    url = scratch_mariadb.create("ispdesk_new")
    scratch_mariadb.drop(url)
    scratch_mariadb.created.append(sa.engine.make_url(url).database)  # dropped again at the end
    assert main(["--database", url, "db", "upgrade"]) == 0
    assert "created the database" in capsys.readouterr().out
    db = Database.open(url)
    assert migrate.is_up_to_date(db)
    db.dispose()
