"""The permission matrix of one role: modules down, actions across, a check
box per cell. Each click is saved at once (a :class:`~ispdesk.ui.ops.WriteOp`);
a refusal (the admin role keeps users and roles) puts the box back and says why.
Roles show in words of the program's language ("Kasir"); the editor keeps their names."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ispdesk.domain.permissions import ACTIONS, MODULE_GROUPS
from ispdesk.services.auth import permission_matrix, set_permission
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.navigation import group_title, module_title
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

CONTEXT = "PermissionsEditor"

ACTION_TITLES: dict[str, str] = {
    "view": QT_TRANSLATE_NOOP("PermissionsEditor", "View"),
    "create": QT_TRANSLATE_NOOP("PermissionsEditor", "Create"),
    "edit": QT_TRANSLATE_NOOP("PermissionsEditor", "Edit"),
    "delete": QT_TRANSLATE_NOOP("PermissionsEditor", "Delete"),
    "approve": QT_TRANSLATE_NOOP("PermissionsEditor", "Approve"),
    "print": QT_TRANSLATE_NOOP("PermissionsEditor", "Print"),
    "export": QT_TRANSLATE_NOOP("PermissionsEditor", "Export"),
}


def action_title(action: str) -> str:
    return QCoreApplication.translate(CONTEXT, ACTION_TITLES.get(action, action.capitalize()))


class PermissionsEditor(QWidget):
    """Edits ``role_permissions`` (read-only without 'roles'/'edit').
    ``saved(role, module, action, allowed)`` is emitted after each stored click."""

    module_key = "permissions"
    saved = Signal(str, str, str, bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("permissionsEditor")
        self.ctx = ctx
        self.can_edit = ctx.actor.can("roles", "edit")
        self.matrix: dict[str, dict[str, set[str]]] = {}
        # (row, column) -> (module, action) and back, kept on the Python side.
        self._keys: dict[tuple[int, int], tuple[str, str]] = {}
        self._items: dict[tuple[str, str], QTableWidgetItem] = {}
        self._filling = False

        self.role = QComboBox(self)
        self.role.setObjectName("role")
        self.role.setMinimumWidth(200)
        role_label = QLabel(self.tr("&Role"), self)
        role_label.setBuddy(self.role)
        hint = QLabel(self.tr("Each change is saved at once and applies at the user's next login.")
                      if self.can_edit else
                      self.tr("Your role may look at the permissions but not change them."), self)
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(role_label)
        top.addWidget(self.role)
        top.addSpacing(16)
        top.addWidget(hint, 1)

        self.table = QTableWidget(self)
        self.table.setObjectName("matrix")
        self.table.setColumnCount(len(ACTIONS))
        self.table.setHorizontalHeaderLabels([action_title(a) for a in ACTIONS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(86)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)

        self.message = MessageBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self.role.currentIndexChanged.connect(lambda _i: self._fill())
        self.table.itemChanged.connect(self._toggled)
        QShortcut(QKeySequence.StandardKey.Refresh, self, activated=self.refresh)
        self.refresh()

    # --- loading ----------------------------------------------------------
    def refresh(self) -> None:
        """Load the matrix again (F5)."""
        QueryOp(self, self.ctx, permission_matrix).success(self._loaded).failure(self._failed).run()

    def role_name(self) -> str:
        """The name of the role shown ("cashier")."""
        return self.role.currentData() or ""

    def show_role(self, name: str) -> None:
        """Show the matrix of role ``name``."""
        self.role.setCurrentIndex(max(0, self.role.findData(name)))

    def _loaded(self, matrix: dict[str, dict[str, set[str]]]) -> None:
        self.matrix = matrix
        current = self.role_name()
        self.role.blockSignals(True)
        self.role.clear()
        for name in matrix:
            self.role.addItem(spec_text(humanise(name)), name)
        self.role.setCurrentIndex(max(0, self.role.findData(current)))
        self.role.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        role = self.role_name()
        grants = self.matrix.get(role, {})
        self._filling = True
        try:
            self.table.clearContents()
            rows: list[tuple[str, str | None]] = []
            for group, modules in MODULE_GROUPS.items():
                rows.append((group, None))
                rows.extend((m, m) for m in modules)
            self.table.setRowCount(len(rows))
            self.table.clearSpans()
            self._keys.clear()
            self._items.clear()
            labels = []
            for row, (text, module) in enumerate(rows):
                if module is None:
                    self._group_row(row, group_title(text))
                    labels.append("")
                    continue
                labels.append(module_title(module))
                for column, action in enumerate(ACTIONS):
                    item = QTableWidgetItem()
                    self._keys[(row, column)] = (module, action)
                    self._items[(module, action)] = item
                    flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                    if self.can_edit:
                        flags |= Qt.ItemFlag.ItemIsEnabled
                    item.setFlags(flags)
                    item.setCheckState(Qt.CheckState.Checked if action in grants.get(module, set())
                                       else Qt.CheckState.Unchecked)
                    item.setToolTip(f"{module_title(module)}: {action_title(action)}")
                    self.table.setItem(row, column, item)
            self.table.setVerticalHeaderLabels(labels)
        finally:
            self._filling = False

    def _group_row(self, row: int, title: str) -> None:
        item = QTableWidgetItem(title)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setBackground(QBrush(QColor("#e8eef5")))
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, len(ACTIONS))

    # --- saving -----------------------------------------------------------
    def cell(self, module: str, action: str) -> QTableWidgetItem | None:
        """The check box item of ``module``/``action`` (tests and keyboard focus)."""
        return self._items.get((module, action))

    def _toggled(self, item: QTableWidgetItem) -> None:
        key = self._keys.get((item.row(), item.column()))
        if self._filling or key is None:
            return
        module, action = key
        role = self.role_name()
        allowed = item.checkState() == Qt.CheckState.Checked
        WriteOp(self, self.ctx, lambda s, actor: set_permission(s, actor, role, module, action, allowed),
                module="roles") \
            .success(lambda _r: self._stored(role, module, action, allowed)) \
            .failure(lambda exc: self._refused(exc, role, module, action, allowed)).run()

    def _stored(self, role: str, module: str, action: str, allowed: bool) -> None:
        cell = self.matrix.setdefault(role, {}).setdefault(module, set())
        if allowed:
            cell.add(action)
        else:
            cell.discard(action)
        text = (self.tr("{role} may now {action} in {module}.") if allowed
                else self.tr("{role} may no longer {action} in {module}."))
        self.message.show_message(text.format(role=spec_text(humanise(role)), action=action_title(action).lower(),
                                              module=module_title(module)), "info")
        self.saved.emit(role, module, action, allowed)

    def _refused(self, exc: BaseException, role: str, module: str, action: str, allowed: bool) -> None:
        self.message.show_message(describe_error(exc), "error")
        if role != self.role_name():
            return
        item = self.cell(module, action)
        if item is not None:
            self._filling = True
            item.setCheckState(Qt.CheckState.Unchecked if allowed else Qt.CheckState.Checked)
            self._filling = False

    def _failed(self, exc: BaseException) -> None:
        self.message.show_message(describe_error(exc), "error", self.tr("Retry"), self.refresh)
