"""Shared pieces of the widget tests: an AppContext on the test's database,
settings kept out of the user's home, screenshots, the Indonesian language.
Actors and records come from :mod:`tests.support` (no Qt there)."""
from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from ispdesk.domain.actor import Actor
from ispdesk.ui.context import AppContext
from ispdesk.ui.tasks import TaskRunner
from tests.support.actors import ADMIN


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
