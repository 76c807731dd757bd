"""Shared pieces of the generic table widget tests: actors, an AppContext on
the test's database, settings kept out of the user's home, records made
through the real services."""
from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import Role
from ispdesk.domain.permissions import ACTIONS, DEFAULT_MATRIX, MODULES
from ispdesk.services import records
from ispdesk.services.modules import SPECS
from ispdesk.ui.context import AppContext
from ispdesk.ui.tasks import TaskRunner

ADMIN = Actor(user_id=None, username="t", name="T", role="admin",
              permissions=frozenset((m, a) for m in MODULES for a in ACTIONS))
CASHIER = Actor(user_id=None, username="kasir", name="Kasir", role="cashier",
                permissions=frozenset((m, a) for m, actions in DEFAULT_MATRIX[Role.CASHIER].items()
                                      for a in actions))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Any) -> Iterator[None]:
    """QSettings of the tabs go to the test's own directory."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


def make_ctx(db: Any, actor: Actor = ADMIN) -> AppContext:
    return AppContext(db=db, runner=TaskRunner(), actor=actor)


@pytest.fixture
def ctx(db: Any) -> Iterator[AppContext]:
    context = make_ctx(db)
    yield context
    context.runner.wait()


def save(db: Any, key: str, values: dict[str, Any], record_id: int | None = None) -> int:
    """Create or change a record through records.save, as an administrator."""
    return write(db, lambda s: records.save(s, ADMIN, SPECS[key], record_id, values))


def get(db: Any, key: str, record_id: int) -> dict[str, Any]:
    return read(db, lambda s: records.get(s, ADMIN, SPECS[key], record_id))


CUSTOMERS = [("Budi Santoso", "081211110001", "active"), ("Siti Aminah", "081211110002", "active"),
             ("Agus Pratama", "081211110003", "suspended"), ("Dewi Lestari", "081211110004", "active"),
             ("Rudi Hartono", "081211110005", "terminated"), ("Wayan Sudarma", "081211110006", "suspended"),
             ("Ani Wijaya", "081211110007", "active")]


def add_customers(db: Any, rows: list[tuple[str, str, str]] = CUSTOMERS) -> list[int]:
    return [save(db, "customers", {"name": name, "phone": phone, "status": status})
            for name, phone, status in rows]


def add_packages(db: Any) -> list[int]:
    rows = [("HOME-20", "Home 20 Mbps", 20, Decimal("250000")), ("HOME-50", "Home 50 Mbps", 50, Decimal("375000")),
            ("BIZ-100", "Bisnis 100 Mbps", 100, Decimal("1500000"))]
    return [save(db, "packages", {"code": code, "name": name, "speed_mbps": speed, "monthly_price": price,
                                  "requires_public_ip": speed >= 100})
            for code, name, speed, price in rows]


#: A folder to save the dialogs and tabs the tests open as PNG (unset: none are saved).
SHOTS = os.environ.get("ISPDESK_SCREENSHOTS")


def shot(widget: Any, name: str) -> None:
    """Save ``widget`` as ``name``.png in :data:`SHOTS`, when set, to look at it."""
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


@pytest.fixture
def admin_ctx(db: Any, qtbot: Any) -> Iterator[AppContext]:
    """The program's context for an admin; waits for its work to end."""
    context = make_ctx(db, ADMIN)
    yield context
    context.runner.wait()


@pytest.fixture
def indonesian(qapp: Any) -> Iterator[None]:
    """The program speaks Bahasa Indonesia during the test."""
    from ispdesk.ui import i18n
    language = i18n.Language(qapp)
    assert language.switch("id")
    yield
    language.switch("en")
    language.uninstall()
