"""ui.ops: a write's result comes back to the widget that asked (while it
lives), the tables it really wrote are broadcast with their tabs' keys, a
failure shows on the widget's message bar, and long jobs have their own lane."""
from __future__ import annotations

import threading
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
import shiboken6
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ispdesk.db.models import AuditLog, Inventory
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import ConflictError, ValidationError
from ispdesk.domain.messages import MessageTemplate
from ispdesk.ui.context import AppContext
from ispdesk.ui.ops import JobOp, QueryOp, WriteOp
from ispdesk.ui.widgets.fields import FieldErrors
from ispdesk.ui.widgets.message_bar import MessageBar
from tests.support.actors import add_user
from tests.support.builders import add_package

# made directly, not declared: nothing added to the catalogue's registry
OUT_OF_STOCK = MessageTemplate("test.out_of_stock", "Only {left} left of {item}.")
NAME_NEEDED = MessageTemplate("test.name_needed", "Enter the item's name.")


def add_item(session: Any, name: str = "ONT Huawei HG8245H") -> int:
    item = Inventory(sku=name.upper().replace(" ", "-")[:20], name=name, category="ont", unit="pcs", quantity=0,
                     min_quantity=5, purchase_price=Decimal("350000"))
    session.add(item)
    session.flush()
    return item.id


class ItemForm(QWidget):
    """A form as the screens make them: a Save button, errors next to the
    fields and a message bar; Save runs ``work`` as a WriteOp."""

    def __init__(self, ctx: AppContext, work: Callable[[Any, Any], Any], results: list[Any]) -> None:
        super().__init__()
        self.ctx, self.work, self.results = ctx, work, results
        self.message_bar = MessageBar(self)
        self.name_error = QLabel(self)
        self.name_error.hide()
        self.errors = FieldErrors({"name": self.name_error})
        self.save_button = QPushButton("Save", self)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        for widget in (self.message_bar, self.name_error, self.save_button):
            layout.addWidget(widget)

    def save(self) -> None:
        WriteOp(self, self.ctx, self.work, module="inventory").success(self.results.append).run()


@pytest.fixture
def ctx(db: Any, runner: Any) -> AppContext:
    return AppContext(db=db, runner=runner, actor=add_user(db, "gudang", "warehouse"))


@pytest.fixture
def broadcasts(ctx: AppContext) -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    ctx.runner.changed.connect(lambda names: seen.append(frozenset(names)))
    return seen


class Gate:
    """Holds a task on its lane until the test opens it (always opened at the end)."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.opened = threading.Event()

    def hold(self, *_args: Any) -> str:
        self.entered.set()
        if not self.opened.wait(20):
            raise TimeoutError("the gate was never opened")
        return "held"


@pytest.fixture
def gate() -> Any:
    g = Gate()
    yield g
    g.opened.set()


def form_for(qtbot: Any, ctx: AppContext, work: Callable[[Any, Any], Any], results: list[Any]) -> ItemForm:
    form = ItemForm(ctx, work, results)
    qtbot.addWidget(form)
    form.show()
    return form


def test_a_write_calls_back_and_broadcasts_the_tables_it_wrote_and_their_tabs(qtbot, db, ctx, broadcasts) -> None:
    results: list[Any] = []
    form = form_for(qtbot, ctx, lambda s, actor: add_item(s), results)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(results and broadcasts), timeout=10000)
    item_id = results[0]
    assert read(db, lambda s: s.get(Inventory, item_id).name) == "ONT Huawei HG8245H"
    # the inventories table (its tab is "inventory") and the audit row the write made as the signed-in clerk
    assert broadcasts == [frozenset({"inventories", "inventory", "audit_logs"})]
    audit = read(db, lambda s: s.execute(sa.select(AuditLog.user_id, AuditLog.model_type)).all())
    assert audit == [(ctx.actor.user_id, "inventories")]
    assert form.message_bar.text() == ""


def test_a_write_that_fails_broadcasts_nothing_and_shows_on_the_message_bar(qtbot, db, ctx, broadcasts) -> None:
    def refused(session: Any, actor: Any) -> None:
        add_item(session)
        raise ConflictError(OUT_OF_STOCK(left=3, item="ONT"))

    results: list[Any] = []
    form = form_for(qtbot, ctx, refused, results)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.message_bar.text() != "", timeout=10000)
    assert form.message_bar.text() == "Only 3 left of ONT." and form.message_bar.level == "error"
    assert results == [] and broadcasts == []
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Inventory))) == 0


def test_a_field_error_shows_next_to_its_field(qtbot, db, ctx, broadcasts) -> None:
    def invalid(session: Any, actor: Any) -> None:
        raise ValidationError({"name": NAME_NEEDED()})

    form = form_for(qtbot, ctx, invalid, [])
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors.text("name") != "", timeout=10000)
    assert form.errors.text("name") == "Enter the item's name."
    assert form.message_bar.text() == "" and broadcasts == []


def test_a_failure_callback_replaces_the_default_display(qtbot, db, ctx) -> None:
    failures: list[BaseException] = []
    form = form_for(qtbot, ctx, lambda s, a: None, [])

    def refuse(session: Any, actor: Any) -> None:
        raise ConflictError(OUT_OF_STOCK(left=0, item="ONT"))

    WriteOp(form, ctx, refuse).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert failures[0].code == "test.out_of_stock" and form.message_bar.text() == ""


def test_the_callback_of_a_deleted_widget_does_not_run(qtbot, db, ctx, broadcasts, gate) -> None:
    ran: list[Any] = []
    form = ItemForm(ctx, lambda s, actor: add_item(s), ran)      # not given to qtbot: the test deletes it
    form.show()
    ctx.runner.run(gate.hold)                                    # the counter lane is busy for a moment
    assert gate.entered.wait(10)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    shiboken6.delete(form)                                       # the user closed the form meanwhile
    gate.opened.set()
    qtbot.waitUntil(lambda: not ctx.runner.busy, timeout=10000)
    assert ran == []
    # the write itself went through, and open views still hear of it
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Inventory))) == 1
    assert broadcasts == [frozenset({"inventories", "inventory", "audit_logs"})]


def test_a_query_runs_on_the_counter_lane_and_writes_nothing(qtbot, db, ctx, broadcasts) -> None:
    package = add_package(db, code="HOME-50", speed_mbps=50)
    owner = QWidget()
    qtbot.addWidget(owner)
    got: list[Any] = []
    QueryOp(owner, ctx, lambda s, actor: (actor.username, s.execute(sa.text(
        "SELECT code FROM packages WHERE id = :id"), {"id": package}).scalar_one())).success(got.append).run()
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    assert got == [("gudang", "HOME-50")] and broadcasts == []


def test_a_long_job_runs_while_the_counter_lane_is_busy(qtbot, db, ctx, broadcasts, gate) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    counter: list[Any] = []
    QueryOp(owner, ctx, lambda s, actor: gate.hold()).success(counter.append).run()
    assert gate.entered.wait(10)
    done: list[Any] = []
    steps: list[tuple[int, int, str]] = []

    def job(database: Any, actor: Any, task: Any) -> int:
        ids = [write(database, lambda s: add_package(s, code=f"HOME-{n}", speed_mbps=n)) for n in (10, 20)]
        task.progress(2, 2, "packages")
        return len(ids)

    JobOp(owner, ctx, job).progress(lambda *step: steps.append(step)).success(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert done == [2] and steps == [(2, 2, "packages")]
    assert counter == [] and ctx.runner.busy                     # the counter's query is still held
    assert broadcasts == [frozenset({"packages"})]
    gate.opened.set()
    qtbot.waitUntil(lambda: bool(counter), timeout=10000)
    assert counter == ["held"]


def test_a_long_job_does_not_hold_up_the_counter(qtbot, db, ctx, gate) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    job_done: list[Any] = []
    JobOp(owner, ctx, lambda database, actor, task: gate.hold()).success(job_done.append).run()
    assert gate.entered.wait(10)
    looked_up: list[Any] = []
    QueryOp(owner, ctx, lambda s, actor: s.execute(sa.text("SELECT COUNT(*) FROM roles")).scalar_one()) \
        .success(looked_up.append).run()
    qtbot.waitUntil(lambda: bool(looked_up), timeout=10000)
    assert looked_up[0] > 0 and job_done == []                   # the counter answered while the job runs
    gate.opened.set()
    qtbot.waitUntil(lambda: bool(job_done), timeout=10000)


def test_long_puts_a_query_on_the_second_lane(qtbot, db, ctx, gate) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    ctx.runner.run(gate.hold)                                    # the counter lane is busy
    assert gate.entered.wait(10)
    exported: list[Any] = []
    QueryOp(owner, ctx, lambda s, actor: "exported").long().success(exported.append).run()
    qtbot.waitUntil(lambda: bool(exported), timeout=10000)
    assert exported == ["exported"]
