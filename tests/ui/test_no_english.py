"""No English in the Indonesian program.

With demo data and the language "id", the administrator opens every screen:
the login (and its refusals), the main window with its menus, every module tab,
the New and Edit forms of every table (and what pressing Save on an empty
form says), every button a module adds to its tab and the dialogs it opens
(confirmations, file dialogs, previews), the counter (F2, open and close
shift), Qt's own file, print, page-setup and print-preview dialogs and the
text fields' context menu. From each window it collects what a user reads —
window titles, labels, buttons, group titles, placeholders, tab texts, combo
items, menu entries, tooltips, table headers and the first rows' cells — and
fails on any text that is an English source text of the catalogue
(``resources/translations/ispdesk_id.ts``) without an Indonesian translation
that reads the same, i.e. a text shown untranslated. A translator that
records every lookup Qt could not answer catches the rest: texts marked for
translation that have none (declared messages rendered by the services, the
words of the specs, ``tr()`` texts) even when they end up inside a sentence.

Every declared message is also rendered in Indonesian with sample values, and
no ``Messages`` or ``Specs`` entry of the .ts may be unfinished.

``ISPDESK_I18N_LEAKS=/path/file.txt`` writes what was found, per screen, to
that file (for the people translating)."""
from __future__ import annotations

import html
import importlib
import importlib.util
import os
import pkgutil
import re
import shutil
import string
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from shiboken6 import isValid
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QSettings, Qt, QTimer, QTranslator
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox,
                               QDialog, QDialogButtonBox, QFileDialog, QGroupBox, QLabel, QLineEdit, QMenu,
                               QMenuBar, QMessageBox, QPlainTextEdit, QStackedWidget, QTabBar, QTabWidget,
                               QTextEdit, QToolBar, QWidget)

import ispdesk
from ispdesk.db.engine import Database
from ispdesk.domain import clock, messages
from ispdesk.domain.actor import Actor, Workstation
from ispdesk.services.demo import generate
from ispdesk.ui import i18n
from ispdesk.ui.context import AppContext
from ispdesk.ui.login import LoginDialog
from ispdesk.ui.main_window import MainWindow
from ispdesk.ui.module_actions import actions_for
from ispdesk.ui.tasks import TaskRunner
from ispdesk.ui.widgets.table_tab import TableTab
from tests.conftest import _pinned_moment
from tests.support.actors import actor_for

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LEAKS_ENV = "ISPDESK_I18N_LEAKS"
CUSTOMERS = 24
#: Rows of a table whose cells are read (statuses, kinds and other words of the specs).
ROWS_READ = 25
#: Contexts Qt looks texts up in that need no Indonesian (key names read the same) or that
#: no screen of the program shows; Qt's contexts we translate are in qt_dialogs.tsv.
QT_IGNORED = frozenset({
    "QShortcut", "QKeySequenceEdit", "QUnicodeControlCharacterMenu", "QColorDialog",
    "QFontDialog", "QSystemTrayIcon", "QWhatsThisAction", "QMainWindow", "QDockWidget", "QToolBar",
    "QWizard", "QCalendarWidget", "QErrorMessage", "QLocale", "QImageReader", "QImageWriter", "QIODevice",
    "QFile", "QFileDevice", "QSaveFile", "QStandardPaths", "QLibrary", "QProcess", "QMimeType", "QApplication",
    "QCoreApplication", "QFontDatabase", "QPrinter", "QPrintPreviewWidget", "QFileInfoGatherer", "CloseButton"})
#: Families of Qt contexts of platforms, networking and databases the program does not show.
QT_IGNORED_FAMILIES = ("QAccessible", "QCocoa", "QXcb", "QWindows", "QMdi", "QSpi", "QSsl", "QNetwork", "QDBus",
                       "QTcp", "QUdp", "QAbstractSocket", "QPSQL", "QMYSQL", "QSQLite", "QODBC", "QIBase", "QOCI",
                       "QDB2", "QSql", "QMimerSQL", "QDnsLookup", "QHostInfo", "QLocalS", "QHttp", "QSocks5")


def ignored(context: str) -> bool:
    return context in QT_IGNORED or context.startswith(QT_IGNORED_FAMILIES)


def _load_update() -> Any:
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


update = sys.modules.get("translations_update") or _load_update()


# --------------------------------------------------------------------------- what counts as English


class Catalogue:
    """The English source texts of the catalogue that read differently in Indonesian."""

    def __init__(self) -> None:
        entries = list(update.read_ts(update.TS_ID).entries())
        self.entries = entries
        same = {e.source for e in entries if e.translated and e.source in e.translation}
        self.english = {e.source for e in entries if not e.numerus} - same
        self.sources = {e.source for e in entries}
        #: (source, disambiguation) translated in some context: PySide's ``self.tr`` asks the
        #: instance's class first and its base classes after, so a miss there may be found later.
        self.translated = {(e.source, e.comment) for e in entries if e.translated}

    def leak(self, text: str) -> bool:
        if text in self.english:
            return True
        plain = html.unescape(re.sub(r"<[^>]+>", "", text)).strip()
        return plain != text and plain in self.english


#: Words that give away an English sentence the catalogue does not know (never marked for translation).
ENGLISH_WORDS = frozenset("the is are was were been of and to with for from not this that these there their "
                          "your you its has have had will would can cannot could should must all any each "
                          "every first last new select choose enter please here which what when where who "
                          "why how than then within without".split())
INDONESIAN_WORDS = frozenset("dan atau yang di ke dari untuk dengan tidak belum sudah ini itu ada pada oleh "
                             "akan bisa harus pilih isi semua baru tanggal nomor jumlah".split())


def looks_english(text: str) -> bool:
    """A sentence of at least three words, two of them English giveaways and none Indonesian."""
    words = re.findall(r"[A-Za-z']+", text.lower())
    return len(words) >= 3 and len(ENGLISH_WORDS.intersection(words)) >= 2 \
        and not any(w in INDONESIAN_WORDS for w in words)


class MissRecorder(QTranslator):
    """Installed before the program's translator, so Qt asks it last: every
    lookup that reaches it found no translation. It answers nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.screen = "start"
        self.misses: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        self._last: tuple[str, str] = ("", "")

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: N802
                  n: int = -1) -> str | None:
        looked_up = (source, disambiguation or "")
        # PySide's self.tr() asks the instance's class, then each base class (QWidget,
        # QObject…) in turn: only the first, most derived, lookup of a text counts
        fallback, self._last = looked_up == self._last, looked_up
        if source and context and not fallback and not ignored(context) \
                and any(c.isalpha() for c in source):
            self.misses[self.screen].add((context, source, disambiguation or ""))
        return None     # a null string: "no translation here" (an empty one would be shown)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def _texts_of_actions(widget: QWidget) -> Iterator[str]:
    for action in widget.actions():
        yield action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield action.toolTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _texts_of_actions(menu)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def rows(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), ROWS_READ)):
            for column in range(max(columns, 1)):
                index = model.index(row, column, parent)
                value = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    yield value
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield tip
            if depth < 2:
                yield from rows(model.index(row, 0, parent), depth + 1)
    yield from rows(QModelIndex(), 0)


def widget_texts(top: QWidget) -> Iterator[str]:
    """What a user reads in ``top``: shown widgets, and every page of a tab or stack."""
    yield top.windowTitle()

    def walk(widget: QWidget) -> Iterator[str]:
        if widget.toolTip():
            yield widget.toolTip()
        if isinstance(widget, QLabel):
            yield widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield widget.placeholderText()
            if widget.isReadOnly():
                yield from widget.toPlainText().splitlines()
        elif isinstance(widget, QComboBox):
            yield widget.placeholderText()
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractSpinBox):
            yield widget.specialValueText()
            yield getattr(widget, "prefix", lambda: "")()
            yield getattr(widget, "suffix", lambda: "")()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
            yield from (widget.tabToolTip(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            yield from _model_texts(widget)
        if isinstance(widget, (QMenuBar, QToolBar, QMenu)):
            yield from _texts_of_actions(widget)
        if isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        stack = isinstance(widget, QStackedWidget)
        for child in widget.children():
            if isinstance(child, QWidget) and not child.isWindow() and (stack or not child.isHidden()):
                yield from walk(child)
    yield from walk(top)


# --------------------------------------------------------------------------- the program, in Indonesian


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


class World:
    """The demo database, the administrator's main window in Indonesian, and
    what was found on each screen."""

    def __init__(self, db: Database, ctx: AppContext, window: MainWindow, recorder: MissRecorder) -> None:
        self.db, self.ctx, self.window, self.recorder = db, ctx, window, recorder
        self.catalogue = Catalogue()
        self.leaks: dict[str, set[str]] = defaultdict(set)
        #: Texts that read like English but are no source of the catalogue (reported, not failed).
        self.unmarked: dict[str, set[str]] = defaultdict(set)
        self.screens: list[str] = []
        self.texts_checked = 0
        self.qtbot: Any = None
        self._guard = QTimer()
        self._guard.setInterval(60)
        self._guard.timeout.connect(self._close_modal)
        self._guard_screen = ""
        self._spare: set[int] = set()

    # ---- looking
    def screen(self, name: str) -> None:
        self.recorder.screen = name
        if name not in self.screens:
            self.screens.append(name)

    def check(self, widget: QWidget, screen: str) -> None:
        """Collect what ``widget`` shows; note each English text under ``screen``."""
        if screen not in self.screens:
            self.screens.append(screen)
        for text in widget_texts(widget):
            if not text or not text.strip():
                continue
            self.texts_checked += 1
            if self.catalogue.leak(text):
                self.leaks[screen].add(text)
            elif looks_english(text) and text not in self.catalogue.sources:
                self.unmarked[screen].add(text)

    def settle(self, timeout: int = 10000) -> None:
        self.qtbot.waitUntil(lambda: not self.ctx.runner.busy, timeout=timeout)
        QApplication.processEvents()
        self.qtbot.wait(15)
        self.qtbot.waitUntil(lambda: not self.ctx.runner.busy, timeout=timeout)

    # ---- other windows
    def windows(self) -> list[QWidget]:
        """The windows open besides the main window (dialogs, previews, message boxes)."""
        return [w for w in QApplication.topLevelWidgets()
                if w.isVisible() and w is not self.window and not isinstance(w, QMenu)
                and id(w) not in self._spare and w.windowType() != Qt.WindowType.ToolTip]

    def close(self, widget: QWidget) -> None:
        if not isValid(widget):                      # closed and deleted meanwhile
            return
        if isinstance(widget, QMessageBox):
            button = widget.escapeButton() or widget.button(QMessageBox.StandardButton.No) \
                or widget.button(QMessageBox.StandardButton.Cancel)
            if button is not None:
                button.click()
                return
        if isinstance(widget, QDialog):
            widget.reject()
        if widget.isVisible():
            widget.close()

    def sweep(self, screen: str, *, probe: bool = False, spare: tuple[QWidget, ...] = ()) -> None:
        """Read and close every window that opened (one may open another), but
        ``spare``. ``probe``: first press a dialog's OK button as it opened
        (mostly empty), and read what the service refused or answered."""
        probed: set[int] = set()
        for _round in range(8):
            self.settle()
            opened = [w for w in self.windows() if w not in spare]
            if not opened:
                return
            for widget in opened:
                if not isValid(widget) or not widget.isVisible():
                    continue
                where = f"{screen} > {_name(widget)}"
                self.check(widget, where)
                if probe and id(widget) not in probed and isinstance(widget, QDialog) \
                        and not isinstance(widget, (QMessageBox, QFileDialog)):
                    probed.add(id(widget))
                    ok = _accept_button(widget)
                    if ok is not None:
                        self.press(f"{where} > OK", ok.click, spare=(widget,))
                        if isValid(widget) and widget.isVisible():
                            self.check(widget, f"{where} > OK")
                        self._guard_screen = screen
                        continue                     # read and close what it opened, then it
                self.close(widget)
            QApplication.processEvents()
        for widget in self.windows():                # still open after eight rounds
            if widget not in spare:
                self.close(widget)

    def _close_modal(self) -> None:
        """While a button runs, a dialog shown with exec() blocks the test: read it and close it."""
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or id(modal) in self._spare:
            return
        self._guard.stop()
        try:
            self.settle()
            self.check(modal, f"{self._guard_screen} > {_name(modal)}")
            self.close(modal)
        finally:
            self._guard.start()

    def press(self, screen: str, press: Callable[[], Any], *, spare: tuple[QWidget, ...] = ()) -> Any:
        """Press a button (``press()``) with a guard that reads and closes the
        modal dialogs it may exec(); ``spare`` windows stay open."""
        self.screen(screen)
        self._guard_screen = screen
        self._spare = {id(w) for w in spare}
        self._guard.start()
        try:
            result = press()
            self.settle()
        finally:
            self._guard.stop()
            self._spare = set()
        return result


@pytest.fixture(scope="module")
def world(qapp: QApplication, sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("no-english")
    path = folder / "demo.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database.open(f"sqlite:///{path}")
    moment = _pinned_moment()
    with clock.pinned_at(moment):
        generate(db, Actor.system(), customers=CUSTOMERS, seed=11, now=moment)
    recorder = MissRecorder()
    qapp.installTranslator(recorder)
    language = i18n.Language(qapp)
    assert language.switch("id")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    with clock.pinned_at(moment):
        actor = actor_for(db, "admin", Workstation.this_machine("test"))
    ctx = AppContext(db=db, runner=TaskRunner(), actor=actor)
    recorder.screen = "main window"
    window = MainWindow(ctx, settings=QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat),
                        restore=False)
    window.show()
    found = World(db, ctx, window, recorder)
    try:
        yield found
    finally:
        for widget in found.windows():
            widget.close()
        window.close()
        ctx.runner.wait(20000)
        window.deleteLater()
        QApplication.processEvents()
        language.switch("en")
        language.uninstall()
        qapp.removeTranslator(recorder)
        _write_leaks(found)
        db.dispose()


@pytest.fixture
def here(world: World, qtbot: Any) -> Iterator[World]:
    """The world with this test's qtbot; on the main window, nothing else open."""
    world.qtbot = qtbot
    world.settle()
    yield world
    world.sweep("left open")


def _missing(world: World, screen: str) -> list[tuple[str, str, str]]:
    """The texts looked up on ``screen`` that have no translation in any context."""
    return sorted(m for m in world.recorder.misses.get(screen, ()) if (m[1], m[2]) not in world.catalogue.translated)


def _report(world: World, screens: list[str]) -> str:
    lines = []
    for screen in screens:
        shown = sorted(world.leaks.get(screen, ()))
        missing = _missing(world, screen)
        if shown or missing:
            lines.append(f"{screen}:")
            lines += [f"    shown in English: {text!r}" for text in shown]
            lines += [f"    no translation: {context} | {source!r}" + (f" ({code})" if code else "")
                      for context, source, code in missing]
    return "\n".join(lines)


def _assert_no_english(world: World, prefix: str | tuple[str, ...]) -> None:
    screens = [s for s in world.screens if s.startswith(prefix)]
    screens += [s for s in world.recorder.misses if s.startswith(prefix) and s not in screens]
    report = _report(world, screens)
    assert not report, "English in the Indonesian program:\n" + report


def _write_leaks(world: World) -> None:
    target = os.environ.get(LEAKS_ENV)
    if not target:
        return
    screens = list(world.screens) + [s for s in world.recorder.misses if s not in world.screens]
    shown = sorted({text for texts in world.leaks.values() for text in texts})
    missing = sorted({m for screen in screens for m in _missing(world, screen)})
    lines = [f"English in the Indonesian program (tests/ui/test_no_english.py): {len(screens)} screens, "
             f"{world.texts_checked} texts read; {len(shown)} texts shown in English, {len(missing)} texts "
             "looked up without a translation.",
             "Translate them in resources/translations/incoming/<area>.tsv (context, source, disambiguation, "
             "indonesian); a text that is looked up under a context the catalogue does not list is not marked "
             "for lupdate (mark it with QT_TRANSLATE_NOOP or declare it with message()).", "",
             "== Shown in English (a source text of the catalogue, shown untranslated)"]
    lines += [f"    {text!r}" for text in shown]
    lines += ["", "== Looked up without a translation, as TSV lines to complete (context, source, disambiguation)"]
    lines += ["\t".join((context, update.escape(source), code, "")) for context, source, code in missing]
    unmarked: dict[str, list[str]] = defaultdict(list)
    for screen, texts in world.unmarked.items():
        for text in texts:
            unmarked[text].append(screen)
    lines += ["", "== Reads like English but is not in the catalogue (not marked for translation? data?)"]
    lines += [f"    {text!r}   [{', '.join(sorted(where)[:3])}]" for text, where in sorted(unmarked.items())]
    lines += ["", "== Per screen", _report(world, screens)]
    lines += ["", f"== The {len(screens)} screens read", *(f"    {screen}" for screen in screens)]
    Path(target).write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- the screens


def _tabs(world: World) -> list[str]:
    return world.window.navigation.keys()


def _open(world: World, key: str) -> QWidget:
    world.screen(f"tab {key}")
    world.window.navigation.activate(key)
    world.settle()
    tab = world.window.tab(key)
    assert tab is not None, key
    return tab


def test_login_and_its_refusals_speak_indonesian(here: World, qtbot: Any) -> None:
    here.screen("login")
    dialog = LoginDialog(here.db, Workstation.this_machine("test"), runner=here.ctx.runner)
    qtbot.addWidget(dialog)
    dialog.show()
    here.check(dialog, "login")
    dialog.ok_button.click()                                     # nothing typed
    here.check(dialog, "login > empty")
    qtbot.keyClicks(dialog.username, "admin")
    dialog.ok_button.click()
    here.check(dialog, "login > no password")
    qtbot.keyClicks(dialog.password, "not-the-password")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message_text() != "", timeout=10000)
    here.check(dialog, "login > wrong password")
    dialog.reject()
    _assert_no_english(here, "login")


def test_every_module_tab_speaks_indonesian(here: World) -> None:
    window = here.window
    here.check(window, "main window")
    for key in _tabs(here):
        tab = _open(here, key)
        here.check(tab, f"tab {key}")
    here.check(window, "main window")
    assert len(_tabs(here)) > 40
    _assert_no_english(here, ("main window", "tab "))


def _accept_button(dialog: QWidget) -> QAbstractButton | None:
    """The button that confirms ``dialog``: its ``confirm_button``/``ok_button``/
    ``save_button``, an accepting button of a button box, else its default button."""
    from PySide6.QtWidgets import QPushButton

    def usable(button: Any) -> bool:
        return isinstance(button, QAbstractButton) and button.isVisible() and button.isEnabled()

    for name in ("confirm_button", "ok_button", "save_button", "submit_button", "run_button", "open_button",
                 "close_button", "approve_button", "convert_button", "sign_button", "print_button"):
        button = getattr(dialog, name, None)
        if usable(button):
            return button
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in (QDialogButtonBox.ButtonRole.AcceptRole,
                                          QDialogButtonBox.ButtonRole.YesRole) and usable(button):
                return button
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and usable(b)]
    return defaults[0] if defaults else None


def test_new_and_edit_forms_and_their_refusals_speak_indonesian(here: World) -> None:
    for key in _tabs(here):
        tab = _open(here, key)
        if not isinstance(tab, TableTab):
            continue
        if tab.new_button.isVisible() and tab.new_button.isEnabled():
            screen = f"form {key} new"
            before = set(map(id, here.windows()))
            here.press(screen, tab.new_button.click)
            opened = [w for w in here.windows() if id(w) not in before]
            for dialog in opened:
                here.check(dialog, screen)
                save = _accept_button(dialog)
                if save is not None:                              # an empty form: what the service refuses
                    here.press(f"{screen} > saved empty", save.click, spare=(dialog,))
                    here.check(dialog, f"{screen} > saved empty")
            here.sweep(screen)
        if tab.model.rowCount() and tab.edit_button.isVisible():
            screen = f"form {key} edit"
            tab.view.selectRow(0)
            here.settle()
            if tab.edit_button.isEnabled():
                here.press(screen, tab.edit_button.click)
                here.sweep(screen)
    _assert_no_english(here, "form ")


def _select_row_for(world: World, tab: TableTab, button: QAbstractButton) -> bool:
    """Select a row that lets ``button`` be pressed (it follows the selected record)."""
    for row in range(min(tab.model.rowCount(), ROWS_READ)):
        tab.view.selectRow(row)
        QApplication.processEvents()
        if button.isEnabled():
            return True
    return button.isEnabled()


def test_every_tab_action_and_its_dialogs_speak_indonesian(here: World) -> None:
    pressed = 0
    for key in _tabs(here):
        if not actions_for(key):
            continue
        tab = _open(here, key)
        if not isinstance(tab, TableTab):
            continue
        for name, (button, action) in tab.action_buttons.items():
            screen = f"action {key} {name}"
            if button.isHidden():
                continue
            if action.needs_selection and not _select_row_for(here, tab, button):
                continue
            if not button.isEnabled():
                continue
            here.press(screen, button.click)
            here.sweep(screen, probe=True)
            here.check(tab, screen)                               # what the message bar says afterwards
            pressed += 1
    assert pressed > 30
    _assert_no_english(here, "action ")


def test_the_counter_speaks_indonesian(here: World, qtbot: Any) -> None:
    """Open a shift (OK as the dialog opens), F2: nothing found, a customer's
    account, too little and plenty of money typed, the payment posted and its
    receipt, then close the shift (OK on an empty count)."""
    window = here.window
    here.press("counter open shift", window.open_shift_action.trigger)
    here.sweep("counter open shift", probe=True)
    screen = "counter F2"
    here.press(screen, window.take_payment_action.trigger)
    dialog = getattr(window, "_cashier_payment_dialog")
    here.check(dialog, screen)

    def step(name: str, action: Callable[[], Any] | None = None) -> None:
        if action is not None:
            here.press(f"{screen} > {name}", action, spare=(dialog,))
        here.sweep(f"{screen} > {name}", spare=(dialog,))    # what it opened: a question, a receipt
        if isValid(dialog) and dialog.isVisible():
            here.check(dialog, f"{screen} > {name}")

    step("confirm nothing", dialog.confirm_button.click)
    qtbot.keyClicks(dialog.search_edit, "zzzz")
    step("nobody found", lambda: dialog.search(open_single=True))
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "a")
    step("search", lambda: dialog.search(open_single=True))
    assert dialog.results.count() > 0
    dialog.results.setCurrentRow(0)
    step("account", dialog.choose_result)
    qtbot.keyClicks(dialog.amount_edit, "1000")
    step("too little typed")
    step("too little confirmed", dialog.confirm_button.click)
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "90000000")
    step("plenty typed")
    step("posted", dialog.confirm_button.click)
    dialog.reject()
    here.sweep(screen)
    here.press("counter close shift", window.close_shift_action.trigger)
    here.sweep("counter close shift", probe=True)
    _assert_no_english(here, "counter")


def test_qt_dialogs_speak_indonesian(here: World, qtbot: Any) -> None:
    """The file dialog (Qt's own: native dialogs are switched off in Indonesian),
    the print, page-setup and print-preview dialogs, a question's standard
    buttons and a text field's context menu."""
    assert QCoreApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    tab = _open(here, "customers")
    here.press("qt export file dialog", tab.export_button.click)
    here.sweep("qt export file dialog")

    def show(screen: str, dialog: QWidget) -> None:
        qtbot.addWidget(dialog)
        here.screen(screen)
        dialog.show()
        here.settle()
        here.check(dialog, screen)
        here.close(dialog)

    for mode in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
        files = QFileDialog(here.window, "", str(ROOT), "PDF (*.pdf)")
        files.setAcceptMode(mode)
        show(f"qt file dialog {mode.name}", files)
    printer = QPrinter()
    show("qt print dialog", QPrintDialog(printer, here.window))
    show("qt print preview", QPrintPreviewDialog(printer, here.window))
    # the page sizes a real printer offers are its driver's names (the system's language);
    # printing to PDF, Qt names them itself, in our catalogue
    pdf = QPrinter()
    pdf.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    show("qt page setup", QPageSetupDialog(pdf, here.window))
    here.screen("qt question")
    box = QMessageBox(QMessageBox.Icon.Question, "ISPDesk", "?", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close, here.window)
    show("qt question", box)
    edit = QLineEdit(here.window)
    edit.setText("teks")
    here.screen("qt text field menu")
    menu = edit.createStandardContextMenu()
    here.check(menu, "qt text field menu")
    menu.deleteLater()
    edit.deleteLater()
    _assert_no_english(here, "qt ")


# --------------------------------------------------------------------------- the declared messages


def _declared() -> dict[str, messages.MessageTemplate]:
    for info in pkgutil.walk_packages(ispdesk.__path__, "ispdesk."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    return messages.registered()


def _sample(name: str) -> Any:
    if name in ("day", "date", "until", "due_date", "since", "start", "end", "on"):
        return date(2026, 12, 5)
    if name in ("moment", "at", "when", "time"):
        return datetime(2026, 12, 5, 9, 30)
    if name in ("status", "now", "wanted", "state"):
        return messages.status_word("draft")
    if name in ("field", "column", "title"):
        return messages.word("Name")
    return "7"


def _names(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_declared_message_renders_in_indonesian(world: World) -> None:
    templates = _declared()
    screen = "declared messages"
    world.screen(screen)
    broken = []
    for code, template in sorted(templates.items()):
        values = {name: _sample(name) for name in template.names}
        try:
            shown = template(count=3, **values).render() if template.plural else template(**values).render()
        except TypeError as exc:            # a {count} placeholder in a message that is not a plural
            broken.append(f"{code}: cannot be given its values: {exc}")
            continue
        # Qt puts the number in for %n: a plural translation that lost %n shows no 3
        translation = QCoreApplication.translate(messages.MESSAGES_CONTEXT, template.text, code,
                                                 3 if template.plural else -1)
        english = template.text.replace("%n", "3") if template.plural else template.text
        if translation != english and (
                _names(translation) != template.names or (template.plural and "3" not in translation)):
            broken.append(f"{code}: {template.text} -> {translation}")
        elif not shown.strip():
            broken.append(f"{code}: renders empty")
    untranslated = sorted(f"{code}: {text}" for context, text, code in _missing(world, screen)
                          if context == messages.MESSAGES_CONTEXT)
    assert len(templates) > 100
    assert broken == [], "declared messages that cannot be shown in Indonesian:\n" + "\n".join(broken)
    assert untranslated == [], f"{len(untranslated)} declared messages have no Indonesian:\n" + "\n".join(untranslated)
    _assert_no_english(world, screen)


def test_no_message_or_spec_word_is_unfinished_in_the_catalogue(world: World) -> None:
    unfinished = sorted(f"{e.context}: {e.source}" + (f" ({e.comment})" if e.comment else "")
                        for e in world.catalogue.entries
                        if e.context in (update.MESSAGES, update.SPECS) and not e.translated)
    assert unfinished == [], f"{len(unfinished)} unfinished:\n" + "\n".join(unfinished)


def test_the_walk_sees_english_where_a_user_would(here: World, qtbot: Any) -> None:
    """The detector itself: an English text of the catalogue in a label, a
    button, a combo, a tab, a table header and a hidden tab page is found; a
    hidden label, an Indonesian text and data are not; a lookup with no
    translation is recorded."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout

    english = sorted(t for t in here.catalogue.english if t.isalpha() and len(t) > 3)[:7]
    assert len(english) == 7
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    layout.addWidget(QLabel(english[0]))
    layout.addWidget(QPushButton(english[1]))
    combo = QComboBox()
    combo.addItems(["Bulanan", english[2]])
    layout.addWidget(combo)
    tabs = QTabWidget()
    tabs.addTab(QLabel("Pelanggan"), english[3])
    tabs.addTab(QLabel(english[4]), "Halaman dua")       # a page not shown until chosen: still read
    layout.addWidget(tabs)
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels([english[5]])
    view = QTableView()
    view.setModel(model)
    layout.addWidget(view)
    hidden = QLabel(english[6])
    layout.addWidget(hidden)
    hidden.hide()
    layout.addWidget(QLabel("Budi Santoso"))
    top.show()
    here.check(top, "self-test")
    assert here.leaks.pop("self-test") == set(english[:6])
    here.screen("self-test lookup")
    assert QCoreApplication.translate("NoSuchContext", "A text nobody translated") == "A text nobody translated"
    assert QCoreApplication.translate("TableTab", "New") != "New"
    assert _missing(here, "self-test lookup") == [("NoSuchContext", "A text nobody translated", "")]
    here.recorder.misses.pop("self-test lookup")
    here.screens.remove("self-test")
    here.screens.remove("self-test lookup")
    ours = {line.context for line in update.read_tsv(update.QT_TEXTS, [])}
    assert {"QFileDialog", "QDialogButtonBox", "QPrintDialog", "QPageSize"} <= ours
    assert not [context for context in ours if ignored(context)]
