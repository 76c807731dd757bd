"""One audit entry as a readable before/after table; changed fields stand out.

Given the plain ``old_values``/``new_values`` dicts of an ``audit_logs`` row
(either may be None: a creation has no "before", a deletion no "after")."""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ispdesk.services.audit import diff

CHANGED_BACKGROUND = QColor("#fff3c4")
EMPTY = "\u2014"


def show_value(value: Any) -> str:
    """A stored JSON value as a person reads it."""
    if value is None:
        return EMPTY
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditDiffView", "yes" if value else "no")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class AuditDiffView(QWidget):
    """Field / Before / After, every field of the entry, changed rows highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("auditDiff")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.changed_fields: list[str] = []

    def set_entry(self, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None, title: str = "") -> None:
        """Show one entry; ``title`` such as "update users #12 by admin, 24 Nov 2026 14:20"."""
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.changed_fields = [field for field, _before, _after in diff(old, new)]
        old, new = old or {}, new or {}
        fields = list(old) + [k for k in new if k not in old]
        self.table.setRowCount(len(fields))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, field in enumerate(fields):
            changed = field in self.changed_fields
            cells = (field, show_value(old.get(field)), show_value(new.get(field)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if changed:
                    item.setBackground(QBrush(CHANGED_BACKGROUND))
                    if column == 0:
                        item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.summary.setText(self.tr("%n field(s) changed", "", len(self.changed_fields)))


class AuditDiffDialog(QDialog):
    """The view in a dialog with a Close button (Esc closes)."""

    def __init__(self, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit entry"))
        self.view = AuditDiffView(self)
        self.view.set_entry(old, new, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
