"""With the language "id" the login dialog, a table tab, the record form, the
permissions editor, the settings screen and the services' declared messages
speak Bahasa Indonesia (the catalogue itself: tests/test_translation_catalogue.py;
every screen: tests/ui/test_no_english.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from ispdesk.domain.actor import Workstation
from ispdesk.domain.errors import ValidationError
from ispdesk.ui import i18n
from ispdesk.domain.messages import status_word, word
from ispdesk.domain.fibre import SIGNAL_MISSING
from ispdesk.services.auth import WRONG_CREDENTIALS
from ispdesk.services.contracts import SIGNER_NEEDED
from ispdesk.services.credit_notes import NOT_A_DRAFT_TO_CANCEL
from ispdesk.services.records import REQUIRED, TOO_LONG
from ispdesk.services.users import NOT_AN_EMAIL, USERNAME_TAKEN
from ispdesk.ui.admin.permissions_editor import PermissionsEditor
from ispdesk.ui.admin.user_dialogs import AddUserDialog
from ispdesk.ui.i18n import SPECS_CONTEXT, translate_message
from ispdesk.ui.login import LoginDialog
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
    form.show_errors({"phone": TOO_LONG(field=word("Phone"), limit=20, given=25)})   # as the service says it
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
    assert translate_message(WRONG_CREDENTIALS()) == "Nama pengguna atau kata sandi salah."
    assert translate_message(USERNAME_TAKEN(username="budi")) == "Nama pengguna budi sudah dipakai."
    assert translate_message(NOT_A_DRAFT_TO_CANCEL(number="CN-202611-000001", status=status_word("approved"))) == \
        "Nota kredit CN-202611-000001 berstatus disetujui; hanya draf yang bisa dibatalkan."
    assert translate_message("Words already in the program's language.") == "Words already in the program's language."
    error = ValidationError({"name": REQUIRED(field=word("Name")), "email": NOT_AN_EMAIL()})
    assert describe_error(error) == "Nama wajib diisi.; Ini bukan alamat e-mail."


def test_english_stays_english(qapp):
    assert translate_message(REQUIRED(field=word("Name"))) == "Name is required."
    assert QCoreApplication.translate(SPECS_CONTEXT, "Customers") == "Customers"


def test_messages_next_to_fields_and_standard_buttons_speak_indonesian(qtbot, indonesian):
    from PySide6.QtWidgets import QDialogButtonBox

    from ispdesk.ui.widgets.fields import FieldErrors
    label = QLabel()
    qtbot.addWidget(label)
    errors = FieldErrors({"signal_level": label})
    rest = errors.show(ValidationError({"signal_level": SIGNAL_MISSING(), "": SIGNER_NEEDED()}))
    assert errors.text("signal_level") == "Isi level sinyal yang ditampilkan ONT (dBm)."
    assert rest == ["Ketik nama orang yang menandatangani."]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"


def test_qt_dialogs_are_qt_own_in_indonesian_and_the_system_ones_in_english(qapp):
    """The system's file and print dialogs speak the system's language; in
    Indonesian the program uses Qt's own, whose texts the catalogue translates."""
    language = i18n.Language(qapp)
    try:
        assert language.switch("id")
        assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Nama berkas:"
        assert QCoreApplication.translate("QPrintDialog", "Print") == "Cetak"
        assert language.switch("en")
        assert not QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    finally:
        language.uninstall()
