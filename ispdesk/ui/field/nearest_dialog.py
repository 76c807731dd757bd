"""Nearest technicians: the technicians by distance (km, one decimal) from a
work order's customer, from each one's last reported position, with when they
were seen; Assign gives the order to the one chosen (a pending order becomes
assigned, an assigned one changes hands; its day stays)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ispdesk.domain import clock
from ispdesk.services import dispatch, technicians
from ispdesk.services.dispatch import Card
from ispdesk.services.technicians import Nearest
from ispdesk.ui.context import AppContext
from ispdesk.ui.field.common import FieldDialog
from ispdesk.ui.field.technician_positions import accuracy_text, seen_text
from ispdesk.ui.format import format_datetime, humanise
from ispdesk.ui.i18n import spec_text

TechnicianRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Technician", "Distance", "Seen", "Accuracy")


def km_text(distance: Decimal | None) -> str:
    """``Decimal("1.33")`` -> ``"1,3 km"``."""
    if distance is None:
        return ""
    return QCoreApplication.translate("NearestTechnicians", "{0} km").format(
        f"{distance.quantize(Decimal('0.1')):f}".replace(".", ","))


class NearestDialog(FieldDialog):
    """Technicians nearest to work order ``order_id``. Signals ``loaded()`` and ``assigned(object)``
    (the moved :class:`~ispdesk.services.dispatch.Card`)."""

    loaded = Signal()
    assigned = Signal(object)
    module = "work_orders"

    def __init__(self, ctx: AppContext, order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Nearest technicians"), self.tr("&Assign"), parent)
        self.setObjectName("nearestDialog")
        self.order_id = order_id
        self.nearest: Nearest | None = None
        self.heading = QLabel(self.tr("Loading\u2026"), self.body)
        self.heading.setObjectName("orderHeading")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self.body)
        self.table.setObjectName("nearestTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Technician"), self.tr("Distance"), self.tr("Seen"), self.tr("Accuracy")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.confirm())
        self.note = QLabel(self.body)
        self.note.setObjectName("nearestNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error_for("assigned_to"))
        self.confirm_button.setEnabled(False)
        self.resize(560, 380)
        self.load(lambda s, actor: technicians.nearest_for_order(s, actor, order_id), self._loaded)

    def _loaded(self, nearest: Nearest) -> None:
        self.nearest = nearest
        heading = f"<b>{nearest.number}</b> \u00b7 {nearest.customer or self.tr('no customer')} \u00b7 " \
                  f"{spec_text(humanise(nearest.status))}"
        if nearest.assigned_name:
            heading += " \u00b7 " + self.tr("assigned to {0}").format(nearest.assigned_name)
        self.heading.setText(heading)
        now = clock.now()
        self.table.setRowCount(len(nearest.positions))
        for row, p in enumerate(nearest.positions):
            name = p.name + (" " + self.tr("(assigned)") if p.user_id == nearest.assigned_to else "")
            values = (name, km_text(p.distance_km), seen_text(p.recorded_at, now), accuracy_text(p.accuracy_m))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(TechnicianRole, p.user_id)
                if col in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 2:
                    item.setToolTip(format_datetime(p.recorded_at))
                self.table.setItem(row, col, item)
        if not nearest.has_coordinates:
            self.note.setText(self.tr("The customer has no coordinates: add the latitude and longitude to the "
                                      "customer to see who is nearest."))
        elif not nearest.positions:
            self.note.setText(self.tr("No technician has reported a position yet."))
        self.note.setVisible(not nearest.has_coordinates or not nearest.positions)
        if nearest.positions:
            self.table.selectRow(0)
            self.table.setFocus()
        self.confirm_button.setEnabled(bool(nearest.positions))
        self.loaded.emit()

    def rows(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def chosen(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(TechnicianRole) if item is not None else None

    def confirm(self) -> None:
        technician = self.chosen()
        if technician is None:
            return
        order_id = self.order_id
        self.submit(lambda s, actor: dispatch.assign(s, actor, order_id, technician), self._assigned)

    def _assigned(self, card: Card) -> None:
        self.assigned.emit(card)
        self.accept()

    def chosen_name(self) -> str:
        """The chosen technician's name (as in the list, without "(assigned)")."""
        technician = self.chosen()
        if self.nearest is None or technician is None:
            return ""
        return next((p.name for p in self.nearest.positions if p.user_id == technician), "")
