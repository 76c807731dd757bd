"""The ``ispdesk`` command: migrations, users, and one clear line for mistakes."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from ispdesk.cli import main
from ispdesk.db import migrate
from ispdesk.db.backup import backup_sqlite
from ispdesk.db.engine import Database


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


def test_user_add_with_password(fresh_url, capsys):
    assert main(["--database", fresh_url, "user", "add", "siti", "--role", "cashier", "--name", "Siti",
                 "--password", "kasir123"]) == 0
    assert "siti" in capsys.readouterr().out
    assert main(["--database", fresh_url, "user", "add", "siti", "--role", "cashier",
                 "--password", "kasir123"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ispdesk: ") and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("url, expected", [
    ("not a url at all", "not a database URL"),
    ("postgresql://x@127.0.0.1/db", "unsupported database"),
    ("mysql+pymysql://root@127.0.0.1:1/nowhere", "cannot use the database"),
])
def test_mistakes_are_one_clear_line_and_exit_2(url, expected, capsys):
    assert main(["--database", url, "db", "current"]) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


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
