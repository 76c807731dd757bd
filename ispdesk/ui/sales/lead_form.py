"""The lead form: contact, address with the region pickers, source, package,
sales user and notes. Saving first checks the input and looks for leads or
customers with the same phone or email; matches are listed and the user saves
anyway only by pressing Save a second time. Messages sit next to their fields."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from ispdesk.domain.enums import LeadSource
from ispdesk.domain.errors import ValidationError
from ispdesk.services import leads
from ispdesk.services.leads import Duplicate, LeadInput
from ispdesk.services.regions import RegencyNode
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.sales.region_picker import RegionPicker
from ispdesk.ui.widgets.fields import FieldErrors, error_label
from ispdesk.ui.widgets.message_bar import MessageBar

#: The sources in the order the counter meets them; in words as the leads tab shows them.
SOURCES = (LeadSource.WALK_IN, LeadSource.WHATSAPP, LeadSource.WEBSITE, LeadSource.REFERRAL,
           LeadSource.SOCIAL_MEDIA, LeadSource.OTHER)
LINE_FIELDS = ("name", "phone", "email", "rt_rw", "latitude", "longitude", "referral_code")


class LeadForm(QDialog):
    """New lead (``lead_id`` None) or edit one. ``ready`` fires once the choices
    (and the lead) are loaded; ``saved`` with the LeadSummary; ``checked`` after
    a duplicate check with the matches found."""

    ready = Signal()
    saved = Signal(object)
    checked = Signal(object)

    def __init__(self, ctx: AppContext, lead_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lead_id = lead_id
        self.setObjectName("leadForm")
        self.setWindowTitle(self.tr("New lead") if lead_id is None else self.tr("Edit lead"))
        self.message_bar = MessageBar(self)
        self.edits: dict[str, QLineEdit] = {}
        labels = {}
        for field in LINE_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(field)
            self.edits[field] = edit
            labels[field] = error_label(field, self)
        self.edits["phone"].setPlaceholderText("0812 3456 7890")
        self.edits["rt_rw"].setPlaceholderText("003/007")
        self.edits["latitude"].setPlaceholderText("-6.914744")
        self.edits["longitude"].setPlaceholderText("107.609810")
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("address")
        self.address.setFixedHeight(54)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(54)
        self.region = RegionPicker(self)
        self.region.region_changed.connect(self._regency_chosen)
        self.source = QComboBox(self)
        self.source.setObjectName("source")
        for value in SOURCES:
            self.source.addItem(spec_text(humanise(value)), str(value))
        self.package = QComboBox(self)
        self.package.setObjectName("interested_package_id")
        self.assigned = QComboBox(self)
        self.assigned.setObjectName("assigned_to")
        self.assigned.setEnabled(lead_id is None)
        for field in ("kode_pos", "source", "interested_package_id", "assigned_to", "address"):
            labels[field] = error_label(field, self)
        self.errors = FieldErrors(labels)
        self.duplicates = QLabel(self)
        self.duplicates.setObjectName("duplicateWarning")
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet("background:#fff4e5; border:1px solid #ffd8a8; color:#7a4b00; padding:6px;")
        self.duplicates.hide()
        self._build_layout(labels)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(self.message_bar)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        outer.addWidget(self.duplicates)
        outer.addWidget(self.buttons)
        self._accepted_matches: tuple[str, str] | None = None
        self.edits["phone"].textEdited.connect(self._contact_changed)
        self.edits["email"].textEdited.connect(self._contact_changed)
        self.save_button.setEnabled(False)
        self.resize(max(self.sizeHint().width(), 860), self.sizeHint().height())   # room for the messages
        self._load()

    def _build_layout(self, labels: dict[str, QLabel]) -> None:
        def row(form: QFormLayout, title: str, widget: QWidget, field: str | None) -> None:
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            if field:
                box.addWidget(labels[field])
            form.addRow(title, box)

        left, right = QFormLayout(), QFormLayout()
        row(left, self.tr("Name"), self.edits["name"], "name")
        row(left, self.tr("Phone"), self.edits["phone"], "phone")
        row(left, self.tr("E-mail"), self.edits["email"], "email")
        row(left, self.tr("Address"), self.address, "address")
        row(left, self.tr("RT/RW"), self.edits["rt_rw"], "rt_rw")
        coordinates = QHBoxLayout()
        coordinates.addWidget(self.edits["latitude"])
        coordinates.addWidget(self.edits["longitude"])
        holder = QWidget(self)
        holder.setLayout(coordinates)
        for widget in (holder, self.region):   # only the text boxes grow with the dialog
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        coordinates.setContentsMargins(0, 0, 0, 0)
        row(left, self.tr("Latitude, longitude"), holder, None)
        left.addRow("", labels["latitude"])
        left.addRow("", labels["longitude"])
        row(right, "", self.region, "kode_pos")
        row(right, self.tr("Source"), self.source, "source")
        row(right, self.tr("Interested in"), self.package, "interested_package_id")
        row(right, self.tr("Sales user"), self.assigned, "assigned_to")
        row(right, self.tr("Referral code"), self.edits["referral_code"], "referral_code")
        row(right, self.tr("Notes"), self.notes, None)
        self.grid = QGridLayout()
        self.grid.addLayout(left, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addLayout(right, 0, 1, Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)

    # -- loading ----------------------------------------------------------------
    def _load(self) -> None:
        lead_id = self.lead_id

        def work(s, actor):
            lead = leads.get_lead(s, actor, lead_id) if lead_id is not None else None
            return leads.packages(s, actor), leads.sales_users(s, actor), lead

        QueryOp(self, self.ctx, work).success(self._loaded).failure(self._failed).run()

    def _loaded(self, result: tuple) -> None:
        packages, users, lead = result
        self.package.addItem("", None)
        for package_id, name in packages:
            self.package.addItem(name, package_id)
        self.assigned.addItem(self.tr("(me)") if leads.keeps_own_leads(self.ctx.actor) else "", None)
        for user_id, name in users:
            self.assigned.addItem(name, user_id)
        if lead is not None:
            self.set_input(lead[0])
        self.save_button.setEnabled(True)
        self.ready.emit()

    def set_input(self, data: LeadInput) -> None:
        for field, edit in self.edits.items():
            edit.setText(getattr(data, field))
        self.address.setPlainText(data.address)
        self.notes.setPlainText(data.notes)
        self.region.set_values(data.provinsi, data.kabupaten, data.kecamatan, data.kelurahan, data.kode_pos)
        for combo, value in ((self.source, data.source), (self.package, data.interested_package_id),
                             (self.assigned, data.assigned_to)):
            combo.setCurrentIndex(max(combo.findData(value), 0))

    def _regency_chosen(self, node: RegencyNode | None) -> None:
        """An empty map position takes the centre of the chosen kabupaten/kota."""
        if node is not None and not self.edits["latitude"].text() and not self.edits["longitude"].text():
            self.edits["latitude"].setText(str(node.latitude))
            self.edits["longitude"].setText(str(node.longitude))

    # -- saving -----------------------------------------------------------------
    def input(self) -> LeadInput:
        values = {field: edit.text() for field, edit in self.edits.items()}
        return LeadInput(address=self.address.toPlainText(), notes=self.notes.toPlainText(),
                         source=self.source.currentData() or "", interested_package_id=self.package.currentData(),
                         assigned_to=self.assigned.currentData(), **self.region.values(), **values)

    def _contact_changed(self, _text: str) -> None:
        self._accepted_matches = None
        self.duplicates.hide()
        self.save_button.setText(self.tr("Save"))

    def save(self) -> None:
        """Check the input and the duplicates; save when there are none or they were shown already."""
        data, lead_id = self.input(), self.lead_id
        self.errors.clear()
        self.message_bar.clear()
        try:
            leads.clean(data)
        except ValidationError as exc:
            self._failed(exc)
            return
        contact = (data.phone.strip(), data.email.strip())
        self.save_button.setEnabled(False)
        if self._accepted_matches == contact:
            self._write(data)
            return
        QueryOp(self, self.ctx, lambda s, actor: leads.find_duplicates(s, actor, data.phone, data.email, lead_id)) \
            .success(lambda matches: self._checked(matches, data, contact)).failure(self._failed).run()

    def _checked(self, matches: list[Duplicate], data: LeadInput, contact: tuple[str, str]) -> None:
        if matches:
            self.save_button.setEnabled(True)
            self._show_duplicates(matches, contact)
        else:
            self._write(data)

    def _write(self, data: LeadInput) -> None:
        lead_id = self.lead_id
        if lead_id is None:
            change = lambda s, actor: leads.create_lead(s, actor, data)  # noqa: E731
        else:
            change = lambda s, actor: leads.update_lead(s, actor, lead_id, data)  # noqa: E731
        WriteOp(self, self.ctx, change, module=leads.MODULE).success(self._done).failure(self._failed).run()

    def _done(self, summary: leads.LeadSummary) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(summary)
        self.accept()

    def _show_duplicates(self, matches: list[Duplicate], contact: tuple[str, str]) -> None:
        kinds = {"lead": self.tr("Lead"), "customer": self.tr("Customer")}
        lines = [f"{kinds[m.kind]} {m.number}: {m.name} ({', '.join(p for p in (m.phone, m.email) if p)})"
                 for m in matches]
        self.duplicates.setText(self.tr("Same phone or e-mail as:") + "\n" + "\n".join(lines) + "\n"
                                + self.tr("Press Save again to save this lead anyway."))
        self.duplicates.show()
        self._accepted_matches = contact
        self.save_button.setText(self.tr("Save anyway"))
        self.checked.emit(matches)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.errors.report(exc, self.message_bar)
