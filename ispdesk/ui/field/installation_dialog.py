"""The installation report of one work order: ONT serial (from what the
warehouse issued), ONU id, ODP and a free port, signal level (warned outside
-8..-27 dBm while typing), speed test, photos shown as thumbnails, the
customer's signature drawn on screen, notes. Saving completes the work order,
takes the port, assigns an IP when needed and activates the subscription.

A completed or cancelled work order shows no empty form: the dialog says so,
and for a completed one offers "Print installation report" instead of Save.

The photos are read, turned upright and shrunk (:func:`attachments.prepare`)
in the worker before the saving transaction starts; the report keeps them in
the database, so every workstation prints them. A file that is not a picture
is refused next to the photos and nothing is saved."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListView,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ispdesk.domain import fibre
from ispdesk.domain.enums import WorkOrderStatus
from ispdesk.services import attachments, installation
from ispdesk.ui.context import AppContext
from ispdesk.ui.field.common import FieldDialog
from ispdesk.ui.format import humanise
from ispdesk.ui.i18n import spec_text, translate_message
from ispdesk.ui.ops import JobOp
from ispdesk.ui.widgets.file_dialogs import ask_open_paths
from ispdesk.ui.widgets.print_preview import preview_from_database
from ispdesk.ui.widgets.signature_pad import SignaturePad

THUMB = QSize(96, 72)
WARNING_STYLE = "color:#7a4b00;"
#: Work orders that take no report any more: the dialog shows no form for them.
CLOSED = (WorkOrderStatus.COMPLETED, WorkOrderStatus.CANCELLED)


def preview_report(host: QWidget, work_order_id: int) -> None:
    """Preview the installation report PDF of a work order; ``host`` has ``ctx`` and a
    ``message_bar`` (a table tab or this dialog) where a failure is shown."""
    from ispdesk.printing.installation_report import render_installation_report
    preview_from_database(host, lambda s, actor: installation.document(s, actor, work_order_id),
                          render_installation_report,
                          lambda _doc: QCoreApplication.translate("FieldActions", "Installation report"),
                          lambda _doc: "installation-report")


class InstallationDialog(FieldDialog):
    """Signal ``saved(object)``: the :class:`installation.InstallationResult`."""

    saved = Signal(object)
    module = "installation_reports"

    def __init__(self, ctx: AppContext, work_order_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Installation report"), self.tr("Save report (Ctrl+Enter)"), parent)
        self.setObjectName("installationDialog")
        self.confirm_button.setShortcut("Ctrl+Return")
        self.print_button = QPushButton(self.tr("Print installation report"), self)
        self.print_button.setObjectName("printInstallation")
        self.print_button.hide()
        self.print_button.clicked.connect(lambda: preview_report(self, self.work_order_id))
        self.buttons.insertWidget(1, self.print_button)
        self.closed_order = False   # completed or cancelled: no form, nothing to save
        self.work_order_id = work_order_id
        self.form: installation.ReportForm | None = None
        self.prepared: dict[str, attachments.PreparedImage] = {}   # by path: read once, kept for a retry
        self.summary = QLabel(self.tr("Loading the work order\u2026"), self.body)
        self.summary.setObjectName("orderSummary")
        self.summary.setWordWrap(True)
        self.serial_combo = QComboBox(self.body)
        self.serial_combo.setObjectName("ontSerial")
        self.serial_combo.setEditable(True)
        self.serial_combo.lineEdit().setPlaceholderText(self.tr("Scan or choose the ONT serial"))
        self.onu_edit = QLineEdit(self.body)
        self.onu_edit.setObjectName("onuId")
        self.onu_edit.setPlaceholderText("1/1/3:7")
        self.odp_combo = QComboBox(self.body)
        self.odp_combo.setObjectName("odp")
        self.port_combo = QComboBox(self.body)
        self.port_combo.setObjectName("odpPort")
        self.signal_edit = QLineEdit(self.body)
        self.signal_edit.setObjectName("signalLevel")
        self.signal_edit.setPlaceholderText("-19.5")
        self.signal_note = QLabel(self.body)
        self.signal_note.setObjectName("signalWarning")
        self.signal_note.setStyleSheet(WARNING_STYLE)
        self.signal_note.setWordWrap(True)
        self.down_edit = QLineEdit(self.body)
        self.down_edit.setObjectName("speedDown")
        self.down_edit.setPlaceholderText(self.tr("Mbps"))
        self.up_edit = QLineEdit(self.body)
        self.up_edit.setObjectName("speedUp")
        self.up_edit.setPlaceholderText(self.tr("Mbps"))
        self.photos = QListWidget(self.body)
        self.photos.setObjectName("photos")
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(THUMB)
        self.photos.setFixedHeight(THUMB.height() + 34)
        self.photos.setFlow(QListView.Flow.LeftToRight)
        self.photos.setWrapping(False)
        add_photos = QPushButton(self.tr("Add photos\u2026"), self.body)
        add_photos.clicked.connect(self._choose_photos)
        self.remove_photo = QPushButton(self.tr("Remove"), self.body)
        self.remove_photo.clicked.connect(self._remove_photos)
        self.signature = SignaturePad(self.body)
        clear_signature = QPushButton(self.tr("Clear signature"), self.body)
        clear_signature.clicked.connect(self.signature.clear)
        self.notes_edit = QPlainTextEdit(self.body)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setMaximumHeight(60)

        odp_row = QHBoxLayout()
        odp_row.addWidget(self.odp_combo, 3)
        odp_row.addWidget(QLabel(self.tr("Port:"), self.body))
        odp_row.addWidget(self.port_combo, 1)
        speed_row = QHBoxLayout()
        speed_row.addWidget(QLabel(self.tr("Down:"), self.body))
        speed_row.addWidget(self.down_edit)
        speed_row.addWidget(QLabel(self.tr("Up:"), self.body))
        speed_row.addWidget(self.up_edit)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(add_photos)
        photo_buttons.addWidget(self.remove_photo)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photos, 1)
        photo_row.addLayout(photo_buttons)
        signature_row = QHBoxLayout()
        signature_row.addWidget(self.signature, 1)
        signature_row.addWidget(clear_signature, 0, Qt.AlignmentFlag.AlignBottom)

        form = self.form_layout = QFormLayout(self.body)
        form.addRow(self.summary)
        form.addRow("", self.error_for("work_order_id"))
        form.addRow(self.tr("&ONT serial:"), self.serial_combo)
        form.addRow("", self.error_for("ont_serial"))
        form.addRow(self.tr("ON&U id:"), self.onu_edit)
        form.addRow(self.tr("ODP:"), odp_row)
        form.addRow("", self.error_for("odp_device_id"))
        form.addRow("", self.error_for("odp_port"))
        form.addRow(self.tr("&Signal (dBm):"), self.signal_edit)
        form.addRow("", self.signal_note)
        form.addRow("", self.error_for("signal_level"))
        form.addRow(self.tr("Speed test:"), speed_row)
        form.addRow("", self.error_for("speed_down"))
        form.addRow("", self.error_for("speed_up"))
        form.addRow(self.tr("Photos:"), photo_row)
        form.addRow("", self.error_for("photos"))
        form.addRow(self.tr("Customer signature:"), signature_row)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        form.addRow("", self.error_for("ip_pool_id"))
        self.odp_combo.currentIndexChanged.connect(self._fill_ports)
        self.signal_edit.textChanged.connect(self._signal_changed)
        self.resize(640, self.sizeHint().height())
        self.serial_combo.setFocus()
        self.set_busy(True)
        self.load(lambda s, actor: installation.report_form(s, actor, work_order_id), self._loaded)

    def _loaded(self, form: installation.ReportForm) -> None:
        self.set_busy(False)
        self.form = form
        ip_note = self.tr(" \u00b7 a public IP address will be assigned") if form.needs_public_ip else ""
        status = spec_text(humanise(form.status))
        self.summary.setText(f"<b>{form.work_order_number}</b> ({status}) \u2014 {form.customer_name}, "
                             f"{form.address}<br>{form.package_name}{ip_note}")
        if form.status in CLOSED:
            self._show_closed(form)
            return
        self.serial_combo.clear()
        self.serial_combo.addItems(list(form.serials))
        if not form.serials:
            self.errors.set("ont_serial", installation.NO_ONT_ISSUED())
        self.odp_combo.clear()
        for odp in form.odps:
            self.odp_combo.addItem(self.tr("{0} \u2014 {1} of {2} ports free").format(
                odp.name, odp.capacity - odp.used_ports, odp.capacity), odp.id)
        if not form.odps:
            self.errors.set("odp_device_id", self.tr("No active ODP has a free port."))
        self._fill_ports()
        self.fit()

    def _show_closed(self, form: installation.ReportForm) -> None:
        """No empty form for a finished order: say why, and offer its printed report when it has one."""
        self.closed_order = True
        completed = form.status == WorkOrderStatus.COMPLETED
        text = (self.tr("{0} is completed: it already has its installation report. Print it, or close.")
                if completed else self.tr("{0} was cancelled: it takes no installation report."))
        self.message_bar.show_message(text.format(form.work_order_number), "info")
        for row in range(1, self.form_layout.rowCount()):     # the order's summary stays, the form goes
            self.form_layout.setRowVisible(row, False)
        self.confirm_button.hide()
        self.print_button.setVisible(completed)
        self.print_button.setDefault(completed)
        (self.print_button if completed else self.cancel_button).setFocus()
        self.layout().activate()
        self.resize(self.width(), self.sizeHint().height())

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if self.closed_order:
            self.confirm_button.setEnabled(False)

    def _fill_ports(self, *_args: object) -> None:
        self.port_combo.clear()
        chosen = self.odp_combo.currentData()
        odp = next((o for o in (self.form.odps if self.form else ()) if o.id == chosen), None)
        for port in odp.free if odp else ():
            self.port_combo.addItem(str(port), port)

    def _signal_changed(self, text: str) -> None:
        try:
            level = fibre.parse_decimal(text)
        except fibre.NotANumber:
            level = None
        warning = fibre.signal_warning(level)
        self.signal_note.setText(translate_message(warning) if warning is not None else "")

    def add_photos(self, paths: Iterable[str]) -> None:
        """Attach photo files, each shown as a thumbnail (file name below); the
        picture is decoded at thumbnail size, upright, so a large photo adds fast."""
        for path in paths:
            reader = QImageReader(path)
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid():
                reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            icon = QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
            item = QListWidgetItem(icon, Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.photos.addItem(item)

    def _remove_photos(self) -> None:
        for item in self.photos.selectedItems():
            self.photos.takeItem(self.photos.row(item))
        self.errors.clear_field("photos")

    def photo_paths(self) -> tuple[str, ...]:
        return tuple(self.photos.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.photos.count()))

    def _choose_photos(self) -> None:
        paths = ask_open_paths(self, self.tr("Photos of the installation"), self.tr("Images (*.jpg *.jpeg *.png)"))
        self.add_photos(paths)

    def _number(self, edit: QLineEdit, field: str) -> tuple[Decimal | None, bool]:
        """The number typed in ``edit``; a text that is no number is said next to ``field``."""
        try:
            return fibre.parse_decimal(edit.text()), True
        except fibre.NotANumber as exc:
            self.errors.set(field, exc.message)
            return None, False

    def request(self) -> installation.InstallationRequest | None:
        """The report as typed, or None after showing which numbers are not numbers."""
        self.errors.clear()
        signal, ok1 = self._number(self.signal_edit, "signal_level")
        down, ok2 = self._number(self.down_edit, "speed_down")
        up, ok3 = self._number(self.up_edit, "speed_up")
        if not (ok1 and ok2 and ok3):
            self.fit()
            return None
        return installation.InstallationRequest(
            work_order_id=self.work_order_id, ont_serial=self.serial_combo.currentText(),
            odp_device_id=self.odp_combo.currentData(), odp_port=self.port_combo.currentData(),
            signal_level=signal, onu_id=self.onu_edit.text(), speed_down=down, speed_up=up,
            customer_signature=self.signature.to_png_base64(),
            notes=self.notes_edit.toPlainText())

    def confirm(self) -> None:
        """Read the new photos in the worker (no transaction open), then save the report with them."""
        if self.busy or self.form is None or self.closed_order:
            return
        request = self.request()
        if request is None:
            return
        paths = self.photo_paths()
        missing = [p for p in paths if p not in self.prepared]
        if not missing:
            self._save(request, paths)
            return
        self.message_bar.clear()
        self.set_busy(True)
        # reading and shrinking photos opens no transaction: a job of its own, off the counter's lane
        JobOp(self, self.ctx, lambda _db, _actor, _task: {p: attachments.prepare(p) for p in missing}) \
            .success(lambda done: self._prepared(request, paths, done)).failure(self.show_failure).run()

    def _prepared(self, request: installation.InstallationRequest, paths: tuple[str, ...],
                  done: dict[str, attachments.PreparedImage]) -> None:
        self.prepared.update(done)
        self.set_busy(False)
        self._save(request, paths)

    def _save(self, request: installation.InstallationRequest, paths: tuple[str, ...]) -> None:
        request = replace(request, photos=tuple(self.prepared[p] for p in paths))
        self.submit(lambda s, actor: installation.save_report(s, actor, request), self._saved)

    def _saved(self, result: installation.InstallationResult) -> None:
        self.saved.emit(result)
        self.accept()
