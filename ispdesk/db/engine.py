"""The engine and session factory for SQLite and MariaDB/MySQL.

SQLite: WAL, foreign keys on, a busy timeout, ``synchronous=FULL`` and
``BEGIN IMMEDIATE`` for every transaction (a write never fails half-way on a
lock upgrade). MariaDB/MySQL: PyMySQL with utf8mb4, pre-ping, connect/read
timeouts and pool recycling.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from ispdesk.db import written
from ispdesk.domain.errors import ISPDeskError
from ispdesk.domain.messages import message
from ispdesk.domain.redact import hide_password

SQLITE_BUSY_TIMEOUT_MS = 15000
READ_ONLY_OPTION = "ispdesk_read_only"


NOT_A_URL = message("db.not_a_url", "Not a database URL: {url}")
UNSUPPORTED = message("db.unsupported", "Unsupported database {backend}: use sqlite or mysql+pymysql.")


class BadDatabaseUrl(ISPDeskError):
    """The configured database URL cannot be used."""


def parse_url(url: str | URL) -> URL:
    typed = url if isinstance(url, str) else url.render_as_string(hide_password=False)
    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - sqlalchemy's ArgumentError quotes the URL, password and all: not chained
        raise BadDatabaseUrl(NOT_A_URL(url=hide_password(typed))) from None
    if "@" in (parsed.host or ""):  # an unescaped @ in the password: the rest of it would be taken for the host
        raise BadDatabaseUrl(NOT_A_URL(url=hide_password(typed)))
    if parsed.get_backend_name() not in ("sqlite", "mysql", "mariadb"):
        raise BadDatabaseUrl(UNSUPPORTED(backend=parsed.get_backend_name()))
    if parsed.get_backend_name() in ("mysql", "mariadb"):
        if parsed.drivername in ("mysql", "mariadb"):
            parsed = parsed.set(drivername=f"{parsed.get_backend_name()}+pymysql")
        query = dict(parsed.query)
        query.setdefault("charset", "utf8mb4")
        parsed = parsed.set(query=query)
    return parsed


def create_engine(url: str | URL, **kw: Any) -> sa.Engine:
    """An engine configured the way ISPDesk needs for this kind of database."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, **kw)
    connect_args = {"connect_timeout": 10, "read_timeout": 60, "write_timeout": 60}
    connect_args.update(kw.pop("connect_args", {}))
    return sa.create_engine(parsed, pool_pre_ping=True, pool_recycle=1800, pool_size=5, max_overflow=5,
                            connect_args=connect_args, isolation_level="REPEATABLE READ", **kw)


def _sqlite_engine(url: URL, **kw: Any) -> sa.Engine:
    if url.database and url.database != ":memory:":
        from pathlib import Path
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000,
                                                 "check_same_thread": False}, **kw)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide when a transaction begins.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        # Writers take the write lock up front; read-only units of work (see
        # Database.reading) begin deferred so they never wait on a writer.
        if connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


@dataclass
class Database:
    """An engine with its session factory: what the services are given."""

    engine: sa.Engine
    sessions: sessionmaker[Session]
    read_sessions: sessionmaker[Session]

    @classmethod
    def open(cls, url: str | URL, **kw: Any) -> "Database":
        engine = create_engine(url, **kw)
        written.install(engine)
        reader = engine.execution_options(**{READ_ONLY_OPTION: True})
        return cls(engine, sessionmaker(engine, expire_on_commit=False),
                   sessionmaker(reader, expire_on_commit=False))

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def create_database_if_missing(url: str | URL) -> bool:
    """On MariaDB/MySQL, create the named database (utf8mb4) when it does not
    exist yet; ``ispdesk db upgrade`` on a new database name then just works.
    Returns True when it created one. SQLite files are created on first use."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite" or not parsed.database:
        return False
    server = sa.create_engine(parsed.set(database=""), isolation_level="AUTOCOMMIT",
                              connect_args={"connect_timeout": 10})
    try:
        with server.connect() as conn:
            exists = conn.execute(sa.text("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = :n"),
                                  {"n": parsed.database}).first()
            if exists:
                return False
            name = parsed.database.replace("`", "``")
            conn.exec_driver_sql(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
            return True
    finally:
        server.dispose()
