"""One way to run a service call from the UI, in the manner of Anki's
``CollectionOp``/``QueryOp``.

:class:`WriteOp` and :class:`QueryOp` take ``work(session, actor)``, run it
off the GUI thread in one unit of work (audited as the signed-in user, set
once here), and call back on the GUI thread only while the widget that asked
still exists. A failure is shown by default: a ValidationError's messages
next to their fields (the parent's ``errors``) and the rest on its
``message_bar`` (or a message box). After a write commits, the tables it
actually wrote (read from the statements sent, not guessed) are broadcast on
``runner.changed`` so open views refresh.

:class:`JobOp` is for long jobs that open their own units of work (a billing
run, an export, printing a period): ``work(db, actor, task)`` with progress and
cancel, on the runner's second lane so the counter never waits behind it.

Before::

    db, info = ctx.db, audit.actor_info(ctx.actor, "stock_movements")
    ctx.runner.run(lambda _t: write(db, lambda s: stock.post(s, ctx.actor, req), info=info),
                   on_success=while_alive(self, self._saved),
                   on_failure=while_alive(self, self._failed),
                   changes=("inventory", "stock_movements"))

After::

    WriteOp(self, ctx, lambda s, actor: stock.post(s, actor, req), module="stock_movements") \\
        .success(self._saved).run()

:class:`SignInOp` is for the work before anybody is signed in (the login, the
first administrator): ``work(db)`` opens its own unit of work and acts for
nobody; what it wrote is broadcast all the same.

The parent may be any QObject (a table model): callbacks are dropped once it
is deleted; the default display of a failure needs a widget.
"""
from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from ispdesk.db import written
from ispdesk.db.engine import Database
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor
from ispdesk.services import audit
from ispdesk.services.modules import SPECS
from ispdesk.ui.context import AppContext
from ispdesk.ui.tasks import COUNTER_LANE, LONG_LANE, TaskContext, TaskHandle, TaskRunner
from ispdesk.ui.widgets.lifetime import while_alive

T = TypeVar("T")
log = logging.getLogger(__name__)


def with_actor(work: Callable[..., T]) -> Callable[[Session, Actor], T]:
    """``work(session, actor)`` from a work that takes the session only (a
    closure that names its actor itself): for helpers that accept either."""
    try:
        parameters = list(inspect.signature(work).parameters.values())
    except (TypeError, ValueError):
        return work
    positional = [p for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if len(positional) >= 2 or any(p.kind is p.VAR_POSITIONAL for p in parameters):
        return work
    return lambda session, _actor: work(session)


def changes_of(tables: set[str]) -> frozenset[str]:
    """What to broadcast for written tables: the tables and every tab (module
    key) that lists one of them, so a view can listen by either name."""
    keys = {key for key, spec in SPECS.items() if spec.model.__table__.name in tables}
    return frozenset(tables | keys)


def show_failure(parent: QObject, exc: BaseException) -> None:
    """The default display of a failure: next to the fields and on the bar
    when the widget has them, else a message box."""
    from ispdesk.ui.widgets.message_bar import describe_error

    if not isinstance(parent, QWidget):
        log.warning("%s failed: %s", type(parent).__name__, exc, exc_info=exc)
        return
    errors = getattr(parent, "errors", None)
    bar = getattr(parent, "message_bar", None)
    if hasattr(parent, "set_busy"):
        parent.set_busy(False)
    if bar is not None and errors is not None and hasattr(errors, "report"):
        errors.report(exc, bar)
    elif bar is not None:
        bar.show_message(describe_error(exc))
    else:
        QMessageBox.warning(parent, parent.windowTitle() or "ISPDesk", describe_error(exc))


class _Op(Generic[T]):
    lane = COUNTER_LANE

    def __init__(self, parent: QObject, ctx: AppContext) -> None:
        self.parent = parent
        self.ctx = ctx
        self.runner: TaskRunner = ctx.runner
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._progress: Callable[[int, int, str], Any] | None = None

    def success(self, callback: Callable[[T], Any]) -> "_Op[T]":
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> "_Op[T]":
        """Replace the default display of a failure."""
        self._failure = callback
        return self

    def progress(self, callback: Callable[[int, int, str], Any]) -> "_Op[T]":
        self._progress = callback
        return self

    def long(self) -> "_Op[T]":
        """Run on the second lane (an export, a report): never delays the counter."""
        self.lane = LONG_LANE
        return self

    def _body(self, task: TaskContext) -> tuple[T, set[str]]:
        raise NotImplementedError

    def run(self) -> TaskHandle:
        parent = self.parent
        runner = self.runner
        on_success = self._success
        on_failure = self._failure or (lambda exc: show_failure(parent, exc))

        def succeeded(outcome: tuple[T, set[str]]) -> None:
            result, tables = outcome
            if on_success is not None:
                while_alive(parent, on_success)(result)
            if tables:
                runner.changed.emit(changes_of(tables))

        return runner.run(self._body, on_success=succeeded, on_failure=while_alive(parent, on_failure),
                          on_progress=while_alive(parent, self._progress) if self._progress else None,
                          lane=self.lane)


class QueryOp(_Op[T]):
    """Read ``work(session, actor)`` in a short read-only unit of work."""

    def __init__(self, parent: QObject, ctx: AppContext, work: Callable[[Session, Actor], T]) -> None:
        super().__init__(parent, ctx)
        self.work = work

    def _body(self, task: TaskContext) -> tuple[T, set[str]]:
        db, actor, work = self.ctx.db, self.ctx.actor, self.work
        return read(db, lambda session: work(session, actor)), set()


class WriteOp(_Op[T]):
    """Write ``work(session, actor)`` in one unit of work, audited as the
    signed-in user (``module`` names the module in the audit rows)."""

    def __init__(self, parent: QObject, ctx: AppContext, work: Callable[[Session, Actor], T], *,
                 module: str | None = None) -> None:
        super().__init__(parent, ctx)
        self.work = work
        self.module = module

    def _body(self, task: TaskContext) -> tuple[T, set[str]]:
        db, actor, work = self.ctx.db, self.ctx.actor, self.work
        with written.tracking() as tables:
            result = write(db, lambda session: work(session, actor), info=audit.actor_info(actor, self.module))
        return result, tables


class JobOp(_Op[T]):
    """A long job ``work(db, actor, task)`` that opens its own units of work,
    on the second lane, with progress (``task.progress``) and cancel."""

    lane = LONG_LANE

    def __init__(self, parent: QObject, ctx: AppContext, work: Callable[[Database, Actor, TaskContext], T]) -> None:
        super().__init__(parent, ctx)
        self.work = work

    def _body(self, task: TaskContext) -> tuple[T, set[str]]:
        with written.tracking() as tables:
            result = self.work(self.ctx.db, self.ctx.actor, task)
        return result, tables


class _Unsigned:
    """What a :class:`SignInOp` knows instead of an AppContext: no actor yet."""

    def __init__(self, db: Database, runner: TaskRunner) -> None:
        self.db = db
        self.runner = runner


class SignInOp(_Op[T]):
    """Work before anybody is signed in: ``work(db)`` (``auth.login``, creating
    the first administrator) opens its own unit of work on the counter lane."""

    def __init__(self, parent: QObject, db: Database, runner: TaskRunner, work: Callable[[Database], T]) -> None:
        super().__init__(parent, _Unsigned(db, runner))  # type: ignore[arg-type]
        self.work = work

    def _body(self, task: TaskContext) -> tuple[T, set[str]]:
        with written.tracking() as tables:
            result = self.work(self.ctx.db)
        return result, tables
