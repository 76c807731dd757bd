"""With the language "id" the login dialog, a table tab, the record form, the
permissions editor, the settings screen and the services' messages speak Bahasa
Indonesia; every marked spec text and service message has a translation."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QPushButton

from ispdesk.domain.actor import Workstation
from ispdesk.domain.errors import ValidationError
from ispdesk.ui import i18n
from ispdesk.ui.admin.permissions_editor import PermissionsEditor
from ispdesk.ui.admin.user_dialogs import AddUserDialog
from ispdesk.ui.i18n import MESSAGES_CONTEXT, SPECS_CONTEXT, translate_message
from ispdesk.ui.login import LoginDialog
from ispdesk.ui.service_messages import ACTION_TEXTS, HELPER_TEXTS, MESSAGES, SPEC_TEXTS
from ispdesk.ui.settings_screen import SettingsScreen
from ispdesk.ui.widgets.message_bar import describe_error
from tests.ui.test_table_tab import open_tab, settle
from tests.ui.widget_support import ctx, isolated_settings  # noqa: F401
from tests.support.builders import add_customers
from tests.ui.widget_support import indonesian  # noqa: F401 (fixtures)


def texts(widget, kind) -> set[str]:
    return {w.text() for w in widget.findChildren(kind)}


def test_login_dialog_speaks_indonesian(qtbot, db, indonesian):
    dialog = LoginDialog(db, Workstation.this_machine("test"))
    qtbot.addWidget(dialog)
    assert dialog.ok_button.text() == "Login" and dialog.cancel_button.text() == "Batal"
    assert {"Nama &pengguna", "&Kata sandi"} <= texts(dialog, QLabel)
    assert dialog.windowTitle().startswith("Login - ")
    dialog._submit()                                            # nothing typed
    assert dialog.username_error.text() == "Isi nama pengguna Anda."


def test_table_tab_and_record_form_speak_indonesian(qtbot, db, ctx, indonesian):
    add_customers(db)
    tab = open_tab(qtbot, ctx, "customers")
    assert {"Baru", "Ubah", "Hapus", "Ekspor…", "Muat ulang"} <= texts(tab, QPushButton)
    headers = [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]
    assert headers[:3] == ["No. pelanggan", "Nama", "Telepon"] and "Dibuat" in headers
    assert tab.count_label.text() == "7 baris"
    assert tab.filter_combos["status"].itemText(0) == "Status: semua"
    assert tab.search_edit.placeholderText().startswith("Cari ")
    status = tab.model.column_index("status")
    assert {tab.model.index(r, status).data() for r in range(7)} == {"Aktif", "Diisolir", "Berhenti"}
    form = tab.open_record(None)
    form.editor("name").set_value("")
    form.save()
    assert form.error_text("name") == "Nama wajib diisi."
    form.show_errors({"phone": "Phone takes at most 20 characters (25 given)."})   # as the service says it
    assert form.error_text("phone") == "Telepon paling banyak 20 karakter (diisi 25)."
    settle(qtbot, tab)


def test_permissions_editor_settings_screen_and_user_dialog_speak_indonesian(qtbot, db, ctx, indonesian):
    editor = PermissionsEditor(ctx)
    qtbot.addWidget(editor)
    headers = [editor.table.horizontalHeaderItem(c).text() for c in range(editor.table.columnCount())]
    assert {"Lihat", "Buat", "Ubah", "Hapus", "Setujui", "Cetak", "Ekspor"} <= set(headers)
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    assert "Simpan" in texts(screen, QPushButton)
    dialog = AddUserDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.text() == "Tambah pengguna"
    assert dialog.password.placeholderText() == "minimal 8 karakter"   # a text of the base class
    dialog.submit()
    assert dialog.error_text("username") == "Pilih nama pengguna."
    assert dialog.error_text("password") == "Kata sandi minimal 8 karakter."
    ctx.runner.wait()


def test_service_messages_are_translated_with_their_values(indonesian):
    assert translate_message("Wrong user name or password.") == "Nama pengguna atau kata sandi salah."
    assert translate_message("The user name 'budi' is taken already.") == "Nama pengguna 'budi' sudah dipakai."
    assert translate_message("Credit note CN-202611-000001 is approved; only a draft can be cancelled.") == \
        "Nota kredit CN-202611-000001 berstatus disetujui; hanya draf yang bisa dibatalkan."
    assert translate_message("Something nobody wrote a translation for.") == \
        "Something nobody wrote a translation for."
    error = ValidationError({"name": "Name is required.", "email": "This is not an e-mail address."})
    assert describe_error(error) == "Nama wajib diisi.; Ini bukan alamat e-mail."


def test_english_stays_english(qapp):
    assert translate_message("Name is required.") == "Name is required."
    assert QCoreApplication.translate(SPECS_CONTEXT, "Customers") == "Customers"


def test_every_marked_text_has_an_indonesian_translation(qapp):
    translator = QTranslator()
    assert translator.load("ispdesk_id", str(i18n.translations_dir()))
    missing = [(MESSAGES_CONTEXT, t) for t in MESSAGES if not translator.translate(MESSAGES_CONTEXT, t)]
    missing += [(SPECS_CONTEXT, t) for t in SPEC_TEXTS if not translator.translate(SPECS_CONTEXT, t)]
    missing += [("ModuleActions", t) for t in ACTION_TEXTS if not translator.translate("ModuleActions", t)]
    missing += [(c, t) for c, t in HELPER_TEXTS if not translator.translate(c, t)]
    assert missing == []


def test_messages_next_to_fields_and_standard_buttons_speak_indonesian(qtbot, indonesian):
    from PySide6.QtWidgets import QDialogButtonBox

    from ispdesk.ui.widgets.fields import FieldErrors
    label = QLabel()
    qtbot.addWidget(label)
    errors = FieldErrors({"signal_level": label})
    rest = errors.show(ValidationError({"signal_level": "Enter the signal level the ONT shows (dBm).",
                                        "": "Type the name of the person signing."}))
    assert errors.text("signal_level") == translate_message("Enter the signal level the ONT shows (dBm).")
    assert errors.text("signal_level") != "Enter the signal level the ONT shows (dBm)."
    assert rest == [translate_message("Type the name of the person signing.")]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
