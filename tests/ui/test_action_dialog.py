"""ActionDialog's load and submit are the ops of ispdesk.ui.ops: a refusal lands
under its field in the program's language with nothing written, a write is
audited as the signed-in user and broadcasts the tables (and tabs) it touched,
and an unexpected failure is one translated line without English details."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit

from ispdesk.db.models import AuditLog, Customer
from ispdesk.db.unit_of_work import read
from ispdesk.domain.messages import word
from ispdesk.services import records
from ispdesk.services.modules import SPECS
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.widgets.action_dialog import ActionDialog
from ispdesk.ui.widgets.message_bar import UNEXPECTED
from tests.support.actors import add_user
from tests.ui.widget_support import isolated_settings, make_ctx  # noqa: F401


class NewCustomerDialog(ActionDialog):
    """A dialog as the module dialogs are written: a field, its error label, load and submit."""

    module = "customers"

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx, "New customer", "Save")
        form = QFormLayout(self.body)
        self.name = QLineEdit(self.body)
        form.addRow("Name", self.name)
        form.addRow("", self.error_for("name"))
        self.count: int | None = None
        self.saved_id: int | None = None
        # a work of the session only (a closure): load accepts it as well as work(session, actor)
        self.load(lambda s: s.scalar(sa.select(sa.func.count()).select_from(Customer)), self._counted)

    def _counted(self, count: int) -> None:
        self.count = count

    def confirm(self) -> None:
        name = self.name.text()
        self.submit(lambda s, actor: records.save(s, actor, SPECS["customers"], None, {"name": name}), self._saved)

    def _saved(self, record_id: int) -> None:
        self.saved_id = record_id


def open_dialog(qtbot, ctx) -> NewCustomerDialog:
    dialog = NewCustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.count is not None, timeout=10000)
    return dialog


def test_a_refusal_lands_under_its_field_and_nothing_is_written(qtbot, db):
    ctx = make_ctx(db, add_user(db, "admin1", "admin"))
    dialog = open_dialog(qtbot, ctx)
    assert dialog.count == 0
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("name") != "", timeout=10000)
    assert dialog.errors.text("name") == translate_message(records.REQUIRED(field=word("Name")))
    assert not dialog.busy and dialog.confirm_button.isEnabled()
    assert read(db, lambda s: s.scalar(sa.select(sa.func.count()).select_from(Customer))) == 0
    ctx.runner.wait()


def test_a_write_is_audited_as_the_user_and_broadcasts_what_it_touched(qtbot, db):
    actor = add_user(db, "admin1", "admin")
    ctx = make_ctx(db, actor)
    dialog = open_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.name, "Bambang Kurniawan")
    with qtbot.waitSignal(ctx.runner.changed, timeout=10000) as changed:
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert {"customers", "document_sequences", "audit_logs"} <= set(changed.args[0])   # the tables written
    assert dialog.saved_id is not None and not dialog.busy
    audited = read(db, lambda s: s.execute(sa.select(AuditLog.user_id, AuditLog.url).where(
        AuditLog.model_type == "customers", AuditLog.action == "create")).one())
    assert tuple(audited) == (actor.user_id, f"ispdesk://customers/{dialog.saved_id}")
    ctx.runner.wait()


def test_an_unexpected_failure_is_one_translated_line(qtbot, db):
    ctx = make_ctx(db, add_user(db, "admin1", "admin"))
    dialog = open_dialog(qtbot, ctx)

    def broken(_session: Any, _actor: Any) -> None:
        raise KeyError("internal detail nobody at the counter should read")

    dialog.submit(broken, lambda _result: None)
    qtbot.waitUntil(lambda: dialog.message_bar.text() != "", timeout=10000)
    assert dialog.message_bar.text() == translate_message(UNEXPECTED(kind="KeyError"))
    assert "internal detail" not in dialog.message_bar.text() and not dialog.busy
    ctx.runner.wait()
