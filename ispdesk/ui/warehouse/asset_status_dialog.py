"""Change an asset's status (maintenance, disposed, lost, back to active) and/or
who holds it, with a reason; the asset's history is listed below."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ispdesk.domain.enums import AssetStatus
from ispdesk.domain.money import format_rupiah
from ispdesk.services import assets, records
from ispdesk.services.modules import SPECS
from ispdesk.services.modules.columns import user
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import format_datetime
from ispdesk.ui.warehouse.actions import asset_status_text
from ispdesk.ui.widgets.action_dialog import ActionDialog
from ispdesk.ui.widgets.editors import EditorError, make_editor


class AssetStatusDialog(ActionDialog):
    """Signal ``changed(int)`` with the asset id."""

    changed = Signal(int)
    module = "assets"

    def __init__(self, ctx: AppContext, asset_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Asset status and holder"), self.tr("&Save (Enter)"), parent)
        self.setObjectName("assetStatusDialog")
        self.asset_id = asset_id
        self.current: dict | None = None
        self.summary = QLabel(self.tr("Loading\u2026"), self.body)
        self.summary.setObjectName("assetSummary")
        self.status_combo = QComboBox(self.body)
        self.status_combo.setObjectName("status")
        for status in AssetStatus:
            self.status_combo.addItem(asset_status_text(status.value), status.value)
        self.holder = make_editor(ctx, user("assigned_to", "Assigned to"), self.body)
        self.holder.setObjectName("holder")
        self.notes_edit = QLineEdit(self.body)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setPlaceholderText(self.tr("Why (sent for repair, sold, stolen\u2026)"))
        self.history_label = QLabel(self.body)
        self.history_label.setObjectName("history")
        self.history_label.setWordWrap(True)
        form = QFormLayout(self.body)
        form.addRow(self.summary)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow("", self.error_for("status"))
        form.addRow(self.tr("&Held by:"), self.holder)
        form.addRow("", self.error_for("assigned_to"))
        form.addRow(self.tr("&Reason:"), self.notes_edit)
        form.addRow("", self.error_for("notes"))
        form.addRow(self.tr("History:"), self.history_label)
        self.resize(560, self.sizeHint().height())
        spec = SPECS["assets"]
        self.load(lambda s, actor: (records.get(s, actor, spec, asset_id), assets.history(s, actor, asset_id),
                                    assets.value_on(s, actor, asset_id)), self._loaded)

    def _loaded(self, loaded: tuple) -> None:
        record, history, value = loaded
        self.current = record
        self.summary.setText(self.tr("<b>{0}</b> {1} \u2014 book value today {2}").format(
            record.get("asset_code") or "", record.get("name"), format_rupiah(value)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(record.get("status") or "active")))
        self.holder.set_value(record.get("assigned_to"))
        self.history_label.setText("<br/>".join(
            f"{format_datetime(h.at)}: {asset_status_text(h.old_status)} \u2192 {asset_status_text(h.new_status)}"
            + (f", {h.new_assigned or '-'}" if h.old_assigned != h.new_assigned else "")
            + (f" \u2014 {h.notes}" if h.notes else "") + (f" ({h.by})" if h.by else "")
            for h in history) or self.tr("No changes yet."))

    def confirm(self) -> None:
        if self.current is None or self.busy:
            return
        self.errors.clear()
        try:
            holder = self.holder.value()
        except EditorError as exc:
            self.errors.set("assigned_to", exc.message)
            return
        status, notes = self.status_combo.currentData(), self.notes_edit.text()
        status_changed = status != (self.current.get("status") or "active")
        holder_changed = holder != self.current.get("assigned_to")
        if not status_changed and not holder_changed:
            self.message_bar.show_message(self.tr("Nothing changed."), "info")
            return
        asset_id = self.asset_id

        def work(s: Any, actor: Any) -> int:
            if holder_changed:
                assets.assign(s, actor, asset_id, holder, notes)
            if status_changed:
                assets.change_status(s, actor, asset_id, status, notes)
            return asset_id

        self.submit(work, self._saved)

    def _saved(self, asset_id: int) -> None:
        self.changed.emit(asset_id)
        self.accept()
