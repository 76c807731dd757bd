"""One helper runs every database operation off the GUI thread (as Anki's
``CollectionOp``/``QueryOp`` do): work goes to a single worker, its result or
error comes back on the GUI thread, and ``changed`` tells open views which
tables to refresh. No widget starts threads of its own."""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


#: The counter's lane: payments, lookups, saves; one task at a time, in order.
COUNTER_LANE = "counter"
#: The second lane: billing runs, exports, printing a period, sending messages.
LONG_LANE = "long"


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskContext:
    """What a running task may use: progress reports and the cancel flag."""

    def __init__(self, relay: "_Relay") -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop the task here if the user cancelled it."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._relay.progress.emit(done, total, label)
        self.check()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by the worker arrive there."""

    succeeded = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)
    finished = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any], relay: _Relay, context: TaskContext) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay
        self._context = context

    def run(self) -> None:  # worker thread
        try:
            result = self._work(self._context)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.succeeded.emit(result)
        finally:
            self._relay.finished.emit()


class TaskHandle:
    """A submitted task: cancel it, or ask whether it is still running."""

    def __init__(self, context: TaskContext, relay: _Relay) -> None:
        self.context = context
        self.relay = relay
        self.done = False

    def cancel(self) -> None:
        self.context.cancel()


class TaskRunner(QObject):
    """Runs tasks one at a time per lane on a worker thread of that lane (the
    counter's, and a second one for long jobs, so a billing run never delays a
    payment); ``changed`` broadcasts what a write touched (names of tables and
    modules) so open views refresh. Widgets use :mod:`ispdesk.ui.ops`."""

    changed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[str, QThreadPool] = {}
        for lane in (COUNTER_LANE, LONG_LANE):
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
            self._pools[lane] = pool
        self._running: set[TaskHandle] = set()

    def run(self, work: Callable[[TaskContext], Any], *,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            changes: Iterable[str] = (), lane: str = COUNTER_LANE) -> TaskHandle:
        """Run ``work(context)`` off the GUI thread; callbacks run on the GUI thread."""
        relay = _Relay()
        context = TaskContext(relay)
        handle = TaskHandle(context, relay)
        touched = set(changes)

        def succeeded(result: Any) -> None:
            if on_success is not None:
                on_success(result)
            if touched:
                self.changed.emit(touched)

        def failed(exc: BaseException, trace: str) -> None:
            if isinstance(exc, Cancelled):
                return
            if on_failure is not None:
                on_failure(exc)
            else:
                print(trace)

        def finished() -> None:
            handle.done = True
            self._running.discard(handle)
            if not self._running:
                self.busy_changed.emit(False)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        relay.finished.connect(finished)
        if on_progress is not None:
            relay.progress.connect(on_progress)
        if not self._running:
            self.busy_changed.emit(True)
        self._running.add(handle)
        self._pools[lane].start(_Job(work, relay, context))
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._running)

    @Slot()
    def wait(self, msecs: int = 30000) -> bool:
        """Block until every task of both lanes finished (tests and shutdown only)."""
        return all([pool.waitForDone(msecs) for pool in self._pools.values()])
