"""Where settings live and which database the program uses.

The database URL comes, in order, from ``ISPDESK_DATABASE_URL``, the settings
file (``settings.json`` in the user's config folder, key ``database_url``), or
an SQLite file in the user's data folder.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from ispdesk import APP_NAME

ENV_DATABASE_URL = "ISPDESK_DATABASE_URL"
ENV_DATA_DIR = "ISPDESK_DATA_DIR"


def data_dir() -> Path:
    """The folder that holds the SQLite file, backups and exports."""
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_file() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    base = Path(override) if override else Path(user_config_dir(APP_NAME, appauthor=False))
    return base / "settings.json"


def default_sqlite_url() -> str:
    return f"sqlite:///{data_dir() / 'ispdesk.sqlite3'}"


@dataclass
class LocalSettings:
    """What this workstation keeps for itself (not shared through the database)."""

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
        return cls(database_url=raw.pop("database_url", None), language=raw.pop("language", None), extra=raw)

    def save(self) -> None:
        path = config_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        raw = dict(self.extra)
        if self.database_url:
            raw["database_url"] = self.database_url
        if self.language:
            raw["language"] = self.language
        path.write_text(json.dumps(raw, indent=2), encoding="utf-8")


def database_url() -> str:
    return os.environ.get(ENV_DATABASE_URL) or LocalSettings.load().database_url or default_sqlite_url()
