"""Start-up pieces of ispdesk.app: the first window, errors, language."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from ispdesk import app as ispdesk_app
from ispdesk.db.unit_of_work import write
from ispdesk.domain.actor import Workstation
from ispdesk.services import users
from ispdesk.ui import i18n
from ispdesk.ui.context import AppContext
from ispdesk.ui.login import FirstAdminDialog, LoginDialog
from ispdesk.ui.main_window import MainWindow
from tests.support.actors import add_user

HERE = Workstation(host="counter-1", address="10.0.0.5", program="ISPDesk test")


def test_an_empty_sqlite_file_asks_for_the_first_admin(qtbot, tmp_path: Path, runner):
    url = f"sqlite:///{tmp_path / 'new' / 'ispdesk.sqlite3'}"
    db = ispdesk_app.open_database(url, backup_folder=tmp_path / "backups")
    try:
        dialog = ispdesk_app.start_dialog(db, HERE, runner)
        qtbot.addWidget(dialog)
        assert isinstance(dialog, FirstAdminDialog)
        dialog.user_id = write(db, lambda s: users.create_first_admin(
            s, username="admin", name="Siti Rahmawati", password="rahasia-123"))
        actor = ispdesk_app.actor_after(dialog, db, HERE)
        assert (actor.username, actor.role, actor.workstation) == ("admin", "admin", HERE)
        window = ispdesk_app.build_main_window(AppContext(db=db, runner=runner, actor=actor),
                                               settings=QSettings(str(tmp_path / "w.ini"),
                                                                  QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        assert isinstance(window, MainWindow)
        runner.wait(10000)
    finally:
        db.dispose()


def test_with_a_user_the_login_comes_first(qtbot, db, runner):
    add_user(db, "kasir1", "cashier", name="Kasir", password="rahasia-123")
    dialog = ispdesk_app.start_dialog(db, HERE, runner, username="kasir1")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, LoginDialog)
    assert dialog.subtitle.text() == "PT Jaringan Serat Nusantara"
    assert dialog.username.text() == "kasir1"
    assert ispdesk_app.actor_after(dialog, db, HERE) is None  # not logged in yet


def test_a_bad_url_is_one_readable_sentence(qapp, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(ispdesk_app, "show_error", shown.append)
    assert ispdesk_app.run(database="postgresql://office/ispdesk") == 1
    assert len(shown) == 1 and shown[0].startswith("The database address is not valid")
    assert "Traceback" not in shown[0] and "\n" not in shown[0]


def test_an_unreachable_server_is_named(qapp, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(ispdesk_app, "show_error", shown.append)
    assert ispdesk_app.run(database="mysql+pymysql://root@127.0.0.1:1/ispdesk") == 1
    assert shown == ["The database server at 127.0.0.1:1 cannot be reached. Check that it is running and "
                     "that this computer is on the network."]


def test_a_wrong_database_password_is_named(qapp, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(ispdesk_app, "show_error", shown.append)
    from tests.conftest import mysql_server_url
    server = mysql_server_url()
    if not server:
        pytest.skip("needs the MariaDB server")
    from sqlalchemy.engine import make_url
    url = make_url(server).set(username="nobody_here", password="wrong", database="ispdesk")
    assert ispdesk_app.run(database=url.render_as_string(hide_password=False)) == 1
    assert "refused the user name or password" in shown[0]


def test_the_indonesian_translation_loads(qapp):
    language = i18n.Language(qapp)
    try:
        assert language.switch("id")
        assert QCoreApplication.translate("modules", "Customers") == "Pelanggan"
        assert QCoreApplication.translate("modules", "Front office") == "Layanan depan"
        assert QCoreApplication.translate("DashboardTab", "%n invoice(s)", "", 3) == "3 tagihan"
        assert QLocale().toString(date(2026, 8, 17), "d MMM yyyy") == "17 Agu 2026"
        assert i18n.current_language() == "id"
        assert language.switch("en")
        assert QCoreApplication.translate("modules", "Customers") == "Customers"
        assert QCoreApplication.translate("DashboardTab", "%n invoice(s)", "", 1) == "1 invoice"
    finally:
        language.uninstall()


def test_the_language_is_chosen_from_the_saved_choice_then_the_system(monkeypatch, tmp_path):
    monkeypatch.setenv("ISPDESK_DATA_DIR", str(tmp_path))
    indonesian = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert i18n.choose_language(None, indonesian) == "id"
    assert i18n.choose_language(None, english) == "en"
    assert i18n.saved_language() is None
    i18n.save_language("id")
    assert i18n.saved_language() == "id"
    assert i18n.choose_language(i18n.saved_language(), english) == "id"
    with pytest.raises(ValueError):
        i18n.save_language("fr")


def test_the_quick_revision_check_agrees_with_alembic(db, tmp_path):
    from ispdesk.db import migrate
    from ispdesk.db.engine import Database
    assert ispdesk_app.head_revisions() == {migrate.head_revision(db)}
    assert ispdesk_app.is_up_to_date(db)
    empty = Database.open(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        assert not ispdesk_app.is_up_to_date(empty)
    finally:
        empty.dispose()


def test_a_database_at_head_checks_its_reference_data_on_the_runner(db_url, runner):
    db = ispdesk_app.open_database(db_url, runner=runner)
    try:
        assert runner.busy
        assert runner.wait(10000)
    finally:
        db.dispose()


def test_without_a_workstation_choice_the_office_language_is_spoken(qapp, db, monkeypatch, tmp_path):
    from ispdesk.app import use_office_language
    from tests.services.billing_docs_support import set_settings
    monkeypatch.setenv("ISPDESK_DATA_DIR", str(tmp_path))
    language = i18n.Language(qapp)
    try:
        language.switch("en")                        # what an English system locale chose before the database
        use_office_language(db, language)            # the office default: Indonesian
        assert language.current == "id" and QCoreApplication.translate("modules", "Customers") == "Pelanggan"
        set_settings(db, **{"ui.language": "en"})
        use_office_language(db, language)
        assert language.current == "en"
        i18n.save_language("id")                     # this workstation's own choice wins
        use_office_language(db, language)
        assert language.current == "en"
    finally:
        language.uninstall()
