"""The composition root: settings -> engine -> backup + migrate -> first
administrator or login -> main window.

``run()`` is what ``ispdesk`` without arguments calls. Its steps are separate
functions so tests can make each piece (the start dialog, the main window)
without running an event loop. Heavy modules (ReportLab, openpyxl, the module
tabs) are not imported before the login window shows; they are warmed up while
the user types the password.
"""
from __future__ import annotations

import importlib
import logging
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ispdesk import APP_NAME, __version__
from ispdesk.config import data_dir, database_url, secure_local_files
from ispdesk.db.engine import Database
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor, Workstation
from ispdesk.paths import private_umask
from ispdesk.ui.context import AppContext
from ispdesk.ui.i18n import LANGUAGES, Language, install_language, saved_language
from ispdesk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: Imported after the login window is up, so the first tab opens at once.
WARM_UP_MODULES = ("ispdesk.services.modules", "ispdesk.ui.widgets.table_tab", "ispdesk.ui.dashboard",
                   "ispdesk.ui.main_window", "openpyxl", "reportlab.pdfgen.canvas")


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (made once), named for QSettings."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def explain_database_error(exc: BaseException, url: str) -> str:
    """One readable sentence about why the database cannot be used."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    from ispdesk.db.engine import BadDatabaseUrl
    from ispdesk.db.unit_of_work import mysql_error_code
    from ispdesk.domain.errors import ISPDeskError

    if isinstance(exc, BadDatabaseUrl):
        return translate("app", "The database address is not valid: %1").replace("%1", exc.text)
    try:
        parsed = make_url(url)
        port = f":{parsed.port}" if parsed.port else ""
        where = (parsed.database if parsed.get_backend_name() == "sqlite"
                 else f"{parsed.host or 'localhost'}{port}") or ""
    except Exception:  # noqa: BLE001 - a URL refused by SQLAlchemy is named as typed, its password hidden
        from ispdesk.domain.redact import hide_password
        where = hide_password(url)
    code = mysql_error_code(exc)
    if code in (2002, 2003, 2005, 2006, 2013):
        text = translate("app", "The database server at %1 cannot be reached. Check that it is running "
                                "and that this computer is on the network.")
    elif code in (1045, 1698):   # 1698: access denied to an account the server knows no password for
        text = translate("app", "The database server at %1 refused the user name or password.")
    elif code == 1049:
        text = translate("app", "The database server at %1 has no database of that name.")
    elif isinstance(exc, DBAPIError) and "unable to open database file" in str(exc):
        text = translate("app", "The database file %1 cannot be opened. Check that its folder exists "
                                "and may be written to.")
    elif isinstance(exc, ISPDeskError):
        return exc.text
    else:
        orig = getattr(exc, "orig", None)
        detail = str(orig.args[-1]) if orig is not None and getattr(orig, "args", None) else str(exc)
        detail = detail.splitlines()[0] if detail.strip() else type(exc).__name__
        return translate("app", "The database cannot be used: %1").replace("%1", detail)
    return text.replace("%1", where)


_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def head_revisions(versions: Path | None = None) -> set[str]:
    """The head revision ids of the bundled migrations, read from the files
    without importing alembic (empty when a file does not look as expected)."""
    from ispdesk.paths import migrations_dir
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((versions or migrations_dir() / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        found = _REVISION.search(text)
        down = _DOWN_REVISION.search(text)
        if found is None or down is None:
            return set()
        revisions.add(found.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return revisions - parents


def is_up_to_date(db: Database) -> bool:
    """Whether the database is at the bundled head already (one cheap query)."""
    from sqlalchemy.exc import DBAPIError
    heads = head_revisions()
    if not heads:
        return False
    try:
        with db.engine.connect() as connection:
            current = {row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")}
    except DBAPIError:
        return False
    return current == heads


def open_database(url: str, backup_folder: Path | None = None, *, runner: TaskRunner | None = None) -> Database:
    """Open ``url``, back it up when migrations are pending, migrate and seed.

    A database at head skips alembic (a third of a second to import); with a
    ``runner`` its reference data is then checked on the runner, after the
    first window shows, instead of now."""
    db = Database.open(url)
    try:
        if is_up_to_date(db):
            from ispdesk.db.unit_of_work import write
            from ispdesk.services.setup import ensure_reference_data
            if runner is None:
                write(db, ensure_reference_data)
            else:
                runner.run(lambda _task: write(db, ensure_reference_data), on_failure=_log_failure)
        else:
            from ispdesk.services.database import prepare
            prepare(db, backup_folder=backup_folder)
    except BaseException:
        db.dispose()
        raise
    return db


def _log_failure(exc: BaseException) -> None:
    log.warning("checking the reference data failed: %s", exc)


def needs_first_admin(db: Database) -> bool:
    from ispdesk.db.unit_of_work import read
    from ispdesk.services.users import has_users
    return not read(db, has_users)


def company_name(db: Database) -> str | None:
    from ispdesk.db.unit_of_work import read
    from ispdesk.services.office_settings import get_settings
    try:
        return read(db, get_settings).get("company.name") or None
    except Exception:  # noqa: BLE001 - the login works without the company's name
        return None


def start_dialog(db: Database, workstation: Workstation, runner: TaskRunner | None = None,
                 parent: QWidget | None = None, *, username: str = "") -> QDialog:
    """The first window: FirstAdminDialog on a database without users, else LoginDialog."""
    from ispdesk.ui.login import FirstAdminDialog, LoginDialog
    if needs_first_admin(db):
        return FirstAdminDialog(db, parent, runner=runner)
    return LoginDialog(db, workstation, parent, runner=runner, company=company_name(db), username=username)


def actor_after(dialog: QDialog, db: Database, workstation: Workstation) -> Actor | None:
    """Who is logged in once ``dialog`` was accepted: the LoginDialog's actor, or
    the administrator the FirstAdminDialog just created."""
    actor = getattr(dialog, "actor", None)
    if actor is not None:
        return actor
    user_id = getattr(dialog, "user_id", None)
    if user_id is None:
        return None
    from ispdesk.db.unit_of_work import read
    from ispdesk.services.auth import load_actor
    return read(db, lambda s: load_actor(s, user_id, workstation))


def sign_in(db: Database, workstation: Workstation, runner: TaskRunner, *, username: str = "") -> Actor | None:
    """Show the start dialog modally; None when the user cancels."""
    dialog = start_dialog(db, workstation, runner, username=username)
    _AfterFirstPaint(dialog, warm_up)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return actor_after(dialog, db, workstation)


def build_main_window(ctx: AppContext, **kw: object) -> QWidget:
    """The main window for the logged-in user (not shown yet)."""
    from ispdesk.ui.main_window import MainWindow
    return MainWindow(ctx, **kw)  # type: ignore[arg-type]


class _AfterFirstPaint(QObject):
    """Runs ``work`` once, just after ``widget`` painted itself the first time (or
    after ``fallback_ms``): warm-up imports must not delay the login window."""

    def __init__(self, widget: QWidget, work: Callable[[], None], fallback_ms: int = 1500) -> None:
        super().__init__(widget)
        self._work: Callable[[], None] | None = work
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._work is not None:
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()


def warm_up() -> None:
    """Import what the first tabs need while the user types (errors are only logged)."""
    for name in WARM_UP_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a missing optional module only costs time later
            log.debug("warm-up import of %s failed", name, exc_info=True)
    try:   # the UI packages that add buttons to the tabs (half a second the first tab would wait)
        from ispdesk.ui.module_actions import actions_for
        actions_for("dashboard")
    except Exception:  # noqa: BLE001
        log.debug("warm-up of the tab actions failed", exc_info=True)


def use_office_zone(db: Database) -> None:
    """Set the office clock to the office's time zone (setting ``office.time_zone``)."""
    from ispdesk.db.unit_of_work import read
    from ispdesk.services import office_settings
    try:
        read(db, office_settings.use_office_zone)
    except Exception:  # noqa: BLE001 - the login then tells what is wrong with the database
        log.debug("cannot read the office time zone", exc_info=True)


def use_office_language(db: Database, language: Language) -> None:
    """Speak the office's language (setting ``ui.language``, Indonesian unless changed)
    unless this workstation chose one itself; before the database is open the
    system locale decides (an error opening it is said in that language)."""
    if saved_language() is not None:
        return
    from ispdesk.db.unit_of_work import read
    from ispdesk.services.office_settings import get_settings
    try:
        office = read(db, lambda s: get_settings(s).get("ui.language", ""))
    except Exception:  # noqa: BLE001 - the login then tells what is wrong with the database
        log.debug("cannot read the office language", exc_info=True)
        return
    if office in LANGUAGES and office != language.current:
        language.switch(office)


def show_secrets_notice() -> None:
    """Tell the user, once, that passwords went to a plain (owner-only) file
    because this computer has no credential store (ispdesk.adapters.secrets)."""
    from ispdesk.adapters import secrets
    from ispdesk.ui.i18n import translate_message
    notice = secrets.take_notice()
    if notice is not None:
        QMessageBox(QMessageBox.Icon.Warning, APP_NAME, translate_message(notice)).exec()


def show_error(text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.setInformativeText(translate("app", "ISPDesk will close now. Start it again once this is fixed."))
    box.exec()


def run(database: str | None = None, argv: Sequence[str] | None = None, *, language: str | None = None) -> int:
    """Open the program; returns the exit status. ``language`` (``id``/``en``)
    overrides the workstation's and the office's choice for this run."""
    clock.pin_from_environment()
    app = application(argv)
    app.setQuitOnLastWindowClosed(False)  # the loop ends when the main window closes, not a dialog
    spoken = install_language(app, language)
    try:
        with private_umask():   # whatever the program and SQLite create is owner-only (see ispdesk.paths)
            return _run(app, database, None if language else spoken)
    finally:
        spoken.uninstall()   # run() may be called again in the same process (tests)


def _run(app: QApplication, database: str | None, language: Language | None = None) -> int:
    """Open the database, then log in and show the main window until it closes."""
    url = database or database_url()
    show_secrets_notice()
    runner = TaskRunner()
    try:
        secure_local_files(url)
        db = open_database(url, backup_folder=data_dir() / "backups", runner=runner)
    except Exception as exc:  # noqa: BLE001 - any failure here is told to the user in one sentence
        from ispdesk.domain.redact import hide_password
        log.debug("cannot open %s", hide_password(url), exc_info=True)
        show_error(explain_database_error(exc, url))
        return 1
    use_office_zone(db)
    if language is not None:
        use_office_language(db, language)
    workstation = Workstation.this_machine(f"{APP_NAME} {__version__}")
    username = ""
    try:
        while True:
            actor = sign_in(db, workstation, runner, username=username)
            if actor is None:
                return 0
            window = build_main_window(AppContext(db=db, runner=runner, actor=actor))
            window.closed.connect(app.quit)
            window.show()
            app.exec()
            if not getattr(window, "logged_out", False):
                return 0
            username = actor.username
            window.deleteLater()
    finally:
        runner.wait(10000)
        db.dispose()
