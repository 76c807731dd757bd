"""The network as a tree (OLT -> ODC -> ODP) in a dialog: ports used of
capacity, utilisation, status; a full or faulty ODP stands out in red, a
nearly full one in amber, so where a new customer can go is seen at a glance."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeView, QVBoxLayout, QWidget

from ispdesk.services import network_tree
from ispdesk.services.network_tree import DeviceNode
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_decimal, humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.ops import QueryOp
from ispdesk.ui.widgets.lifetime import while_alive
from ispdesk.ui.widgets.message_bar import MessageBar, describe_error

FULL_COLOR = QColor("#fde2e1")
NEARLY_FULL_COLOR = QColor("#fff4e5")
FREE_COLOR = QColor("#e6f4ea")
#: Qt role holding the device id on the name column.
DeviceIdRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkTree", text)


def headers() -> list[str]:
    return [_tr("Device"), _tr("Type"), _tr("Status"), _tr("Ports used"), _tr("Free"), _tr("Utilisation"),
            _tr("Location")]


def row_items(node: DeviceNode) -> list[QStandardItem]:
    """The cells of one device; the row is coloured by how full (or faulty) it is."""
    capacity = "" if node.capacity is None else f"{node.used_ports} / {node.capacity}"
    free = "" if node.free_ports is None else str(node.free_ports)
    percent = "" if node.percent_used is None else f"{format_decimal(node.percent_used)} %"
    cells = [node.name, node.device_type.upper(), spec_text(humanise(node.status)), capacity, free, percent,
             node.location or ""]
    items = [QStandardItem(text) for text in cells]
    items[0].setData(node.id, DeviceIdRole)
    if node.status == "faulty" or node.full:
        color = FULL_COLOR
    elif node.nearly_full:
        color = NEARLY_FULL_COLOR
    elif node.can_take_customer:
        color = FREE_COLOR
    else:
        color = None
    for item in items:
        item.setEditable(False)
        if color is not None:
            item.setBackground(QBrush(color))
    for column in (3, 4, 5):
        items[column].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if node.device_type == "odp" and not node.can_take_customer:
        if node.status == "faulty":
            reason = _tr("Cannot take a new customer: faulty")
        elif node.full:
            reason = _tr("Cannot take a new customer: full")
        else:
            reason = _tr("Cannot take a new customer: {0}").format(spec_text(humanise(node.status)))
        items[0].setToolTip(reason)
    return items


def fill(model: QStandardItemModel, roots: list[DeviceNode]) -> None:
    """Put the tree into ``model`` (cleared first)."""
    model.clear()
    model.setHorizontalHeaderLabels(headers())

    def add(parent: QStandardItem, nodes: list[DeviceNode]) -> None:
        for node in nodes:
            items = row_items(node)
            parent.appendRow(items)
            add(items[0], node.children)
    add(model.invisibleRootItem(), roots)


class NetworkTreeDialog(QDialog):
    """The device tree, loaded on the runner and reloaded when devices change.
    Signal ``loaded()`` after each load (tests wait on it)."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("networkTreeDialog")
        self.setWindowTitle(self.tr("Network tree"))
        self.message_bar = MessageBar(self)
        self.legend = QLabel(self.tr("Green: ODP with free ports \u00b7 amber: 80 % or more used \u00b7 "
                                     "red: full or faulty (cannot take a new customer)"), self)
        self.legend.setObjectName("legend")
        self.model = QStandardItemModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("deviceTree")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(False)
        self.view.setUniformRowHeights(True)
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"), self)
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close (Esc)"), self)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(900, 520)
        ctx.runner.changed.connect(while_alive(self, self._on_changed))
        self.refresh()

    def _on_changed(self, changes: object) -> None:
        if "network_devices" in (changes or ()):  # type: ignore[operator]
            self.refresh()

    def refresh(self) -> None:
        QueryOp(self, self.ctx, lambda s, actor: network_tree.tree(s, actor)).success(self._show) \
            .failure(lambda exc: self.message_bar.show_message(describe_error(exc))).run()

    def _show(self, roots: list[DeviceNode]) -> None:
        fill(self.model, roots)
        self.view.expandAll()
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if not roots:
            self.message_bar.show_message(self.tr("No network devices yet."), "info")
        self.loaded.emit()
