"""One audit entry shown as before/after, the changed fields marked."""
from __future__ import annotations

from ispdesk.ui.admin.audit_diff import CHANGED_BACKGROUND, EMPTY, AuditDiffDialog


def test_an_update_shows_every_field_and_marks_the_changed_ones(qtbot) -> None:
    dialog = AuditDiffDialog({"name": "Siti", "basic_salary": "0.00", "is_active": True},
                             {"name": "Siti Rahma", "basic_salary": "4750000.50", "is_active": True},
                             "update users #12")
    qtbot.addWidget(dialog)
    view = dialog.view
    table = view.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert rows == [("name", "Siti", "Siti Rahma"), ("basic_salary", "0.00", "4750000.50"),
                    ("is_active", "yes", "yes")]
    assert view.changed_fields == ["name", "basic_salary"]
    assert table.item(0, 1).background().color() == CHANGED_BACKGROUND
    assert table.item(2, 1).background().color() != CHANGED_BACKGROUND
    assert view.summary.text() == "2 field(s) changed"


def test_a_creation_has_no_before(qtbot) -> None:
    dialog = AuditDiffDialog(None, {"code": "PKG-20", "price": "250000.00"})
    qtbot.addWidget(dialog)
    table = dialog.view.table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == [EMPTY, EMPTY]
    assert dialog.view.changed_fields == ["code", "price"]
