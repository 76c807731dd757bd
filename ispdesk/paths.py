"""Where the files shipped beside the package live: ``resources/`` and
``migrations/`` next to ``ispdesk/`` in a checkout, or inside a PyInstaller
bundle."""
from __future__ import annotations

import sys
from pathlib import Path


def install_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    return install_root() / "resources"


def migrations_dir() -> Path:
    return install_root() / "migrations"
