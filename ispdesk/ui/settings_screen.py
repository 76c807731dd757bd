"""The settings tab: the office's settings (stored in the database, shared by
every counter) and the language of this workstation (stored locally; it
applies the next time the program starts).

The office's time zone (WIB, WITA or WIT) is one of the office settings; a new
one runs the office clock from the moment it is saved."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import Message
from ispdesk.domain.money import MoneyError, parse_rupiah
from ispdesk.services.office_settings import apply_zone, get_settings, save_settings
from ispdesk.ui import i18n
from ispdesk.ui.cashier.receipt_output import ReceiptPrinter
from ispdesk.ui.context import AppContext
from ispdesk.ui.ops import QueryOp, WriteOp
from ispdesk.ui.widgets.fields import error_label
from ispdesk.ui.widgets.message_bar import describe_error

CONTEXT = "SettingsScreen"
MAX_FORM_WIDTH = 860
LABEL_WIDTH = 230
STYLE = "QGroupBox { font-weight: 600; } QGroupBox QLabel, QGroupBox QCheckBox { font-weight: normal; }"


@dataclass(frozen=True)
class Field:
    """One office setting on the form."""

    key: str
    title: str
    kind: str = "line"        # line, short, text, check, int, choice, amount
    choices: tuple[tuple[str, str], ...] = ()
    maximum: int = 365


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


#: The office's time zones as the choice shows them (setting ``office.time_zone``).
TIME_ZONES: tuple[tuple[str, str], ...] = (
    ("WIB", QT_TRANSLATE_NOOP("SettingsScreen", "WIB (UTC+7)")),
    ("WITA", QT_TRANSLATE_NOOP("SettingsScreen", "WITA (UTC+8)")),
    ("WIT", QT_TRANSLATE_NOOP("SettingsScreen", "WIT (UTC+9)")),
)

SECTIONS: tuple[tuple[str, tuple[Field, ...]], ...] = (
    (QT_TRANSLATE_NOOP("SettingsScreen", "Office"), (
        Field("office.time_zone", QT_TRANSLATE_NOOP("SettingsScreen", "Time zone"), "choice", TIME_ZONES),
    )),
    (QT_TRANSLATE_NOOP("SettingsScreen", "Company"), (
        Field("company.name", QT_TRANSLATE_NOOP("SettingsScreen", "Company name")),
        Field("company.address", QT_TRANSLATE_NOOP("SettingsScreen", "Address"), "text"),
        Field("company.phone", QT_TRANSLATE_NOOP("SettingsScreen", "Phone")),
        Field("company.npwp", QT_TRANSLATE_NOOP("SettingsScreen", "NPWP (tax number)")),
        Field("company.bank_accounts", QT_TRANSLATE_NOOP("SettingsScreen", "Bank accounts"), "text"),
    )),
    (QT_TRANSLATE_NOOP("SettingsScreen", "Tax"), (
        Field("tax.pkp", QT_TRANSLATE_NOOP("SettingsScreen", "Registered for VAT (PKP)"), "check"),
        Field("tax.rate", QT_TRANSLATE_NOOP("SettingsScreen", "VAT rate (%)"), "short"),
        Field("tax.base_numerator", QT_TRANSLATE_NOOP("SettingsScreen", "Tax base numerator"), "int", maximum=1000),
        Field("tax.base_denominator", QT_TRANSLATE_NOOP("SettingsScreen", "Tax base denominator"), "int",
              maximum=1000),
        Field("tax.prices_include_tax", QT_TRANSLATE_NOOP("SettingsScreen", "Package prices include VAT"), "check"),
    )),
    (QT_TRANSLATE_NOOP("SettingsScreen", "Billing"), (
        Field("billing.due_days", QT_TRANSLATE_NOOP("SettingsScreen", "Days until due"), "int"),
        Field("billing.late_fee_type", QT_TRANSLATE_NOOP("SettingsScreen", "Late fee"), "choice", (
            ("none", QT_TRANSLATE_NOOP("SettingsScreen", "None")),
            ("fixed", QT_TRANSLATE_NOOP("SettingsScreen", "Fixed amount")),
            ("percent", QT_TRANSLATE_NOOP("SettingsScreen", "Percent of the invoice")))),
        Field("billing.late_fee_value", QT_TRANSLATE_NOOP("SettingsScreen", "Late fee amount or percent"),
              "amount"),
        Field("billing.suspend_after_days", QT_TRANSLATE_NOOP("SettingsScreen", "Suspend after days overdue"),
              "int", maximum=3650),
    )),
    (QT_TRANSLATE_NOOP("SettingsScreen", "Payments and referrals"), (
        Field("qris.static_payload", QT_TRANSLATE_NOOP("SettingsScreen", "Static QRIS payload")),
        Field("referral.reward_type", QT_TRANSLATE_NOOP("SettingsScreen", "Referral reward"), "choice", (
            ("credit", QT_TRANSLATE_NOOP("SettingsScreen", "Account credit")),
            ("discount", QT_TRANSLATE_NOOP("SettingsScreen", "Discount on the next invoice")))),
        Field("referral.reward_amount", QT_TRANSLATE_NOOP("SettingsScreen", "Referral reward amount"), "amount"),
    )),
    (QT_TRANSLATE_NOOP("SettingsScreen", "Contract"), (
        Field("contract.terms_template", QT_TRANSLATE_NOOP("SettingsScreen", "Terms printed on contracts"),
              "text"),
    )),
)


def make_editor(field: Field) -> QWidget:
    """The editor of ``field``: a line, a text box, a check box, a spin box or a choice."""
    if field.kind == "text":
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(120 if field.key == "contract.terms_template" else 72)
        return edit
    if field.kind == "check":
        return QCheckBox()
    if field.kind == "int":
        spin = QSpinBox()
        spin.setRange(0, field.maximum)
        spin.setMaximumWidth(120)
        return spin
    if field.kind == "choice":
        combo = QComboBox()
        combo.setMaximumWidth(320)
        for value, title in field.choices:
            combo.addItem(_t(title), value)
        return combo
    line = QLineEdit()
    if field.kind in ("amount", "short"):
        line.setMaximumWidth(200 if field.kind == "amount" else 120)
    return line


def editor_text(field: Field, editor: QWidget) -> str:
    """What ``editor`` holds, as the text stored for ``field``."""
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QCheckBox):
        return "true" if editor.isChecked() else "false"
    if isinstance(editor, QSpinBox):
        return str(editor.value())
    if isinstance(editor, QComboBox):
        return str(editor.currentData())
    text = editor.text() if isinstance(editor, QLineEdit) else ""
    if field.kind == "amount":
        try:
            return f"{parse_rupiah(text).normalize():f}"
        except MoneyError:
            return text
    return text


def set_editor_text(editor: QWidget, value: str) -> None:
    """Show the stored text ``value`` in ``editor``."""
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(value == "true")
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value) if value.strip().isdigit() else 0)
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(editor.findData(value), 0))
    elif isinstance(editor, QLineEdit):
        editor.setText(value)


class SettingsScreen(QWidget):
    """Office settings (read-only without 'settings'/'edit') and this
    workstation's language."""

    module_key = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsScreen")
        self.setStyleSheet(STYLE)
        self.ctx = ctx
        self.can_edit = ctx.actor.can("settings", "edit")
        self.editors: dict[str, QWidget] = {}
        self.fields: dict[str, Field] = {}
        self._loaded: dict[str, str] = {}
        self._labels: dict[str, QLabel] = {}

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(18, 16, 18, 16)
        heading = QLabel(self.tr("Office settings are shared by every counter."))
        if not self.can_edit:
            heading.setText(self.tr("Office settings are shared by every counter. "
                                    "Your role may look at them but not change them."))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        for section, fields in SECTIONS:
            box = QGroupBox(_t(section))
            box.setMaximumWidth(MAX_FORM_WIDTH)
            form = QFormLayout(box)
            for field in fields:
                editor = make_editor(field)
                editor.setObjectName(field.key)
                editor.setEnabled(self.can_edit)
                label = QLabel(_t(field.title))
                label.setMinimumWidth(LABEL_WIDTH)
                form.addRow(label, editor)
                self.editors[field.key] = editor
                self.fields[field.key] = field
                self._labels[field.key] = label
            layout.addWidget(box)

        language_box = QGroupBox(self.tr("This workstation"))
        language_box.setMaximumWidth(MAX_FORM_WIDTH)
        language_form = QFormLayout(language_box)
        self.language = QComboBox()
        self.language.setMaximumWidth(320)
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        current = i18n.saved_language() or i18n.current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        language_label = QLabel(self.tr("Language"))
        language_label.setMinimumWidth(LABEL_WIDTH)
        language_form.addRow(language_label, self.language)
        hint = QLabel(self.tr("A new language applies the next time ISPDesk starts."))
        hint.setWordWrap(True)
        language_form.addRow("", hint)
        self._build_receipt_printer(language_form)
        layout.addWidget(language_box)
        layout.addStretch(1)

        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self.refresh()

    def _build_receipt_printer(self, form: QFormLayout) -> None:
        """This counter's receipt printer: a thermal printer over ESC/POS, or none (preview and print)."""
        printer = ReceiptPrinter.configured()
        self.printer_edit = QLineEdit(printer.target)
        self.printer_edit.setObjectName("receiptPrinter")
        self.printer_edit.setPlaceholderText(self.tr("none: receipts open in the preview"))
        self.printer_edit.setToolTip(self.tr("A network printer as host:9100, or a USB printer's device "
                                             "such as /dev/usb/lp0"))
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("receiptPaper")
        self.paper_combo.setMaximumWidth(200)
        for paper, title in (("80mm", self.tr("80 mm roll")), ("58mm", self.tr("58 mm roll")), ("A5", "A5")):
            self.paper_combo.addItem(title, paper)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(printer.paper)))
        self.printer_error = error_label("receiptPrinter")
        for title, editor in ((self.tr("Receipt printer (ESC/POS)"), self.printer_edit),
                              (self.tr("Receipt paper"), self.paper_combo)):
            label = QLabel(title)
            label.setMinimumWidth(LABEL_WIDTH)
            form.addRow(label, editor)
            if editor is self.printer_edit:
                form.addRow("", self.printer_error)

    def _save_receipt_printer(self) -> bool:
        """Save this workstation's receipt printer; False (with the reason under the
        field) when the printer is not written the way a printer is named."""
        printer = ReceiptPrinter(self.printer_edit.text().strip(), self.paper_combo.currentData())
        problem = printer.problem()
        self.printer_error.setText(problem)
        self.printer_error.setVisible(bool(problem))
        if problem:
            return False
        if printer != ReceiptPrinter.configured():
            printer.save()
        return True

    def values(self) -> dict[str, str]:
        """What the form holds now, key -> stored text."""
        return {key: editor_text(field, self.editors[key]) for key, field in self.fields.items()}

    def refresh(self) -> None:
        """Load the office settings again (F5)."""
        QueryOp(self, self.ctx, lambda s, _actor: get_settings(s)).success(self._show).failure(self._failed).run()

    def _show(self, settings: dict[str, str]) -> None:
        self._loaded = dict(settings)
        for key, editor in self.editors.items():
            set_editor_text(editor, settings.get(key, ""))
        self._mark_errors({})

    def save(self) -> None:
        """Save the language choice, and the office settings when allowed."""
        if not self._save_receipt_printer():
            self._say(self.tr("Check the fields marked in red."), error=True)
            return
        language = self.language.currentData()
        if language != i18n.saved_language():
            i18n.save_language(language)
        language_changed = language != i18n.current_language()
        if not self.can_edit:
            self._say(self.tr("The language is saved; it applies the next time ISPDesk starts.")
                      if language_changed else self.tr("Nothing to save."))
            return
        values = self.values()
        changed = {k: v for k, v in values.items() if v != self._loaded.get(k)}
        if not changed:
            self._say(self.tr("The language is saved; it applies the next time ISPDesk starts.")
                      if language_changed else self.tr("Nothing to save."))
            return
        self.save_button.setEnabled(False)
        WriteOp(self, self.ctx, lambda s, actor: save_settings(s, actor, changed), module="settings") \
            .success(lambda _result: self._saved(values, language_changed)).failure(self._failed).run()

    def _saved(self, values: dict[str, str], language_changed: bool) -> None:
        if values.get("office.time_zone") != self._loaded.get("office.time_zone"):
            apply_zone(values.get("office.time_zone"))   # the office clock runs in the new zone from now on
        self.save_button.setEnabled(True)
        self._loaded.update(values)
        self._mark_errors({})
        text = self.tr("Settings saved.")
        if language_changed:
            text += " " + self.tr("The new language applies the next time ISPDesk starts.")
        self._say(text)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._mark_errors(exc.errors)
            self._say(self.tr("Check the fields marked in red."), error=True)
            return
        self._say(describe_error(exc), error=True)

    def _mark_errors(self, errors: dict[str, Message]) -> None:
        """The label of each refused setting in red, the reason (in the program's
        language) as the tooltip of its field."""
        for key, label in self._labels.items():
            problem = errors.get(key)
            label.setStyleSheet("color: #b71c1c;" if problem else "")
            self.editors[key].setToolTip(i18n.translate_message(problem) if problem else "")

    def problem_text(self, key: str) -> str:
        """The reason shown for setting ``key`` ('' when it is fine)."""
        return self.editors[key].toolTip()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b71c1c;" if error else "color: #2e7d32;")
        self.message.setText(text)
