"""Where settings live and which database the program uses.

The database URL comes, in order, from ``ISPDESK_DATABASE_URL``, the settings
file (``settings.json`` in the user's config folder, key ``database_url``), or
an SQLite file in the user's data folder.

The settings file keeps the URL WITHOUT its password
(``mysql+pymysql://kasir@10.0.0.5/ispdesk``); the password is a secret
(:mod:`ispdesk.adapters.secrets`: the system's credential store, or an
owner-only file) named ``database <that URL>``, put back in by
:func:`database_url`. A settings file with the password in its URL (written
by hand, or by an older version) is rewritten on first load: the password
moved to the store, the file owner-only.

The data folder and the settings folder are owner-only (0700), the settings
file 0600, on POSIX (see :mod:`ispdesk.paths`; on Windows both are in the
user's profile, private already).
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from ispdesk import APP_NAME
from ispdesk.domain.redact import has_user, split_password, with_password
from ispdesk.paths import create_private, private_dir, restrict, restrict_folder, write_private

log = logging.getLogger(__name__)

ENV_DATABASE_URL = "ISPDESK_DATABASE_URL"
ENV_DATA_DIR = "ISPDESK_DATA_DIR"
DATABASE_FILE = "ispdesk.sqlite3"


def data_dir() -> Path:
    """The folder that holds the SQLite file, backups, receipts and exports
    (made owner-only when missing or too open)."""
    override = os.environ.get(ENV_DATA_DIR)
    return private_dir(Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    """The folder of ``settings.json`` (and ``secrets.json`` where there is no
    credential store); not made until something is saved."""
    override = os.environ.get(ENV_DATA_DIR)
    return Path(override) if override else Path(user_config_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return config_dir() / "settings.json"


def default_sqlite_url() -> str:
    return f"sqlite:///{data_dir() / DATABASE_FILE}"


def database_password_name(url: str) -> str:
    """The secret's name for the password of ``url`` (given without its password)."""
    return f"database {url}"


@dataclass
class LocalSettings:
    """What this workstation keeps for itself (not shared through the database).
    ``database_url`` is without its password (see :func:`database_url`)."""

    database_url: str | None = None
    language: str | None = None
    extra: dict = field(default_factory=dict)

    @classmethod
    def load(cls) -> "LocalSettings":
        path = config_file()
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        restrict(path)
        settings = cls(database_url=raw.pop("database_url", None), language=raw.pop("language", None), extra=raw)
        if settings.database_url and split_password(settings.database_url)[1] is not None:
            settings._move_password_to_store()
        return settings

    def _move_password_to_store(self) -> None:
        """A URL with its password in the file: the password to the store, the
        file rewritten without it (when the store cannot take it, the URL stays
        as it is, so the program still works, and the log says why)."""
        try:
            self.save()
        except OSError as exc:
            log.warning("cannot move the database password out of %s: %s", config_file(),
                        exc.strerror or type(exc).__name__)
        else:
            log.info("the database password in %s was moved to the credential store", config_file())

    def save(self) -> None:
        """Write the settings file (owner-only, whole or not at all); a password
        in ``database_url`` goes to the credential store, not to the file."""
        from ispdesk.adapters import secrets
        url = self.database_url
        if url:
            bare, password = split_password(url)
            if password is not None:
                secrets.set(database_password_name(bare), password)
                self.database_url = url = bare
        path = config_file()
        private_dir(path.parent)
        raw = dict(self.extra)
        if url:
            raw["database_url"] = url
        if self.language:
            raw["language"] = self.language
        write_private(path, json.dumps(raw, indent=2).encode("utf-8"))


def database_url() -> str:
    """The URL to open, with the password from the store put back in."""
    environment = os.environ.get(ENV_DATABASE_URL)
    if environment:
        return environment
    url = LocalSettings.load().database_url
    if not url:
        return default_sqlite_url()
    if has_user(url) and split_password(url)[1] is None:
        from ispdesk.adapters import secrets
        password = secrets.get(database_password_name(url))
        if password is not None:
            return with_password(url, password)
    return url


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL (None for another database or ``:memory:``)."""
    if not url.lower().startswith("sqlite"):
        return None
    from sqlalchemy.engine import make_url
    try:
        database = make_url(url).database
    except Exception:  # noqa: BLE001 - the engine says what is wrong with it
        return None
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def secure_local_files(url: str | None = None) -> None:
    """What the program keeps made owner-only, at start: the data and settings
    folders and what is directly in them (backups/, receipts/, the SQLite
    file, settings.json; deeper files sit in 0700 folders), and the SQLite
    file of ``url`` wherever it is, with its WAL, SHM and journal. A missing
    SQLite file is made empty and 0600 first: SQLite gives the WAL and SHM
    files it makes the database file's mode, whatever the umask."""
    restrict_folder(data_dir())
    restrict_folder(config_dir())
    database = sqlite_file(url) if url else None
    if database is None:
        return
    if database.parent.resolve() == data_dir().resolve():
        private_dir(database.parent)
    else:
        database.parent.mkdir(parents=True, exist_ok=True)
    create_private(database)
    for suffix in ("-wal", "-shm", "-journal"):
        restrict(database.with_name(database.name + suffix))
