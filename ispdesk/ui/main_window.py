"""The main window: module navigation on the left, one closable tab per open
module, and a status bar naming the user, the database and whether work is
running.

Tabs are made by :func:`create_module_tab` (or a ``tab_factory`` given by the
caller): the dashboard, the settings screen, the permissions editor, and a
generic :class:`TableTab` for every other module. A tab may offer
``refresh()`` and ``focus_search()``; F5 and Ctrl+F call them.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import import_module

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QLabel, QLineEdit, QMainWindow, QMessageBox, QProgressBar, QSplitter,
                               QTabWidget, QWidget)

from ispdesk import APP_NAME
from ispdesk.db.engine import Database
from ispdesk.ui.context import AppContext
from ispdesk.ui.format import humanise
from ispdesk.ui.i18n import spec_text
from ispdesk.ui.navigation import Navigation, module_title, visible_groups
from ispdesk.ui.widgets.message_bar import describe_error

log = logging.getLogger(__name__)

TabFactory = Callable[[AppContext, str], QWidget]
#: Extra navigation entries shown right after a module the user may view.
EXTRA_ENTRIES = {"roles": ("permissions",)}


#: Modules with a screen of their own ("package.module:Class", built with the
#: AppContext); every other module is a generic TableTab over its spec.
#: Add one line per custom screen.
SCREENS: dict[str, str] = {
    "dashboard": "ispdesk.ui.dashboard:DashboardTab",
    "settings": "ispdesk.ui.settings_screen:SettingsScreen",
    "permissions": "ispdesk.ui.admin.permissions_editor:PermissionsEditor",
}


def create_module_tab(ctx: AppContext, key: str) -> QWidget:
    """The screen of module ``key`` (imported on first use, after login)."""
    if key in SCREENS:
        module_name, class_name = SCREENS[key].split(":")
        return getattr(import_module(module_name), class_name)(ctx)
    from ispdesk.services.modules import spec
    from ispdesk.ui.widgets.table_tab import TableTab
    return TableTab(ctx, spec(key))


def has_permissions_editor() -> bool:
    """Whether the permissions editor is part of this build."""
    from importlib.util import find_spec
    try:
        return find_spec("ispdesk.ui.admin.permissions_editor") is not None
    except ModuleNotFoundError:
        return False


def database_description(db: Database) -> str:
    """``SQLite file /path/ispdesk.sqlite3`` or ``MariaDB host:port/name``."""
    url = db.url
    if db.is_sqlite:
        return QCoreApplication.translate("MainWindow", "SQLite file %1").replace("%1", url.database or ":memory:")
    port = f":{url.port}" if url.port else ""
    return f"MariaDB {url.host or 'localhost'}{port}/{url.database or ''}"


def default_settings() -> QSettings:
    """Where the window keeps its geometry and open tabs (per user, INI format)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


class MainWindow(QMainWindow):
    """The program's window for one logged-in user.

    Signals: ``closed`` when the window closed; ``logout_requested`` before
    that when the user logged out (the caller shows the login again)."""

    closed = Signal()
    logout_requested = Signal()

    def __init__(self, ctx: AppContext, *, settings: QSettings | None = None,
                 tab_factory: TabFactory | None = None, restore: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.settings = settings if settings is not None else default_settings()
        self._factory = tab_factory or create_module_tab
        self.logged_out = False
        self.setWindowTitle(f"{APP_NAME} \u2014 {ctx.actor.name}")

        extra = EXTRA_ENTRIES if has_permissions_editor() else {}
        self.navigation = Navigation(visible_groups(ctx.actor, extra))
        self.navigation.module_activated.connect(self.open_module)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("moduleTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._current_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1050])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self._build_actions()
        self._build_status_bar()
        self.resize(1280, 800)
        if restore:
            self.restore_session()
        if self.tabs.count() == 0 and "dashboard" in self.navigation.keys():
            self.open_module("dashboard")

    # ------------------------------------------------------------------ actions
    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.logout_action = QAction(self.tr("&Log out"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.logout_action.triggered.connect(self.logout)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addActions([self.logout_action, self.quit_action])

        work_menu = menu.addMenu(self.tr("&Counter"))
        self.take_payment_action = QAction(self.tr("Take &payment"), self)
        self.take_payment_action.setObjectName("takePayment")
        self.take_payment_action.setShortcut(QKeySequence("F2"))
        self.take_payment_action.setIconText(self.tr("Take payment (F2)"))
        self.take_payment_action.setEnabled(self.ctx.actor.can("payments", "create"))
        self.take_payment_action.triggered.connect(self.take_payment)
        self.open_shift_action = QAction(self.tr("&Open shift\u2026"), self)
        self.open_shift_action.setObjectName("openShift")
        self.open_shift_action.setEnabled(self.ctx.actor.can("cash_shifts", "create"))
        self.open_shift_action.triggered.connect(self.open_cash_shift)
        self.close_shift_action = QAction(self.tr("&Close shift\u2026"), self)
        self.close_shift_action.setObjectName("closeShift")
        self.close_shift_action.setEnabled(self.ctx.actor.can("cash_shifts", "edit"))
        self.close_shift_action.triggered.connect(self.close_cash_shift)
        work_menu.addActions([self.take_payment_action, self.open_shift_action, self.close_shift_action])

        view_menu = menu.addMenu(self.tr("&View"))
        # F5 and Ctrl+F belong to the tab that has the focus: a module tab may
        # bind them itself, and two bindings of one key cancel each other out.
        # The menu shows the keys without binding them (text after a tab).
        self.refresh_action = QAction(self.tr("&Refresh") + "\tF5", self)
        self.refresh_action.setIconText(self.tr("Refresh (F5)"))
        self.refresh_action.triggered.connect(self.refresh_current)
        self.find_action = QAction(self.tr("&Find") + "\tCtrl+F", self)
        self.find_action.triggered.connect(self.focus_search)
        self.close_tab_action = QAction(self.tr("&Close tab"), self)
        self.close_tab_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_tab_action.triggered.connect(lambda: self.close_tab(self.tabs.currentIndex()))
        self.navigation_action = QAction(self.tr("Go to the &navigation"), self)
        self.navigation_action.setShortcut(QKeySequence("Ctrl+L"))
        self.navigation_action.triggered.connect(self.navigation.setFocus)
        view_menu.addActions([self.refresh_action, self.find_action, self.close_tab_action,
                              self.navigation_action])
        for action in (self.logout_action, self.quit_action, self.take_payment_action, self.close_tab_action,
                       self.navigation_action):
            self.addAction(action)
        for widget in (self.navigation, self.tabs.tabBar()):
            self._bind_tab_keys(widget)

        toolbar = self.addToolBar(self.tr("Counter"))
        toolbar.setObjectName("counterToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.take_payment_action)
        toolbar.addAction(self.refresh_action)

    def _bind_tab_keys(self, widget: QWidget) -> None:
        """F5 and Ctrl+F inside ``widget`` act on the current tab, unless the
        widget binds them itself."""
        own = {s.key().toString() for s in widget.findChildren(QShortcut)}
        for keys, slot in (("F5", self.refresh_current), ("Ctrl+F", self.focus_search)):
            if QKeySequence(keys).toString() in own:
                continue
            shortcut = QShortcut(QKeySequence(keys), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        actor = self.ctx.actor
        role = spec_text(humanise(actor.role))   # the role in words of the program's language
        self.user_label = QLabel(self.tr("%1 (%2)").replace("%1", actor.name).replace("%2", role))
        self.user_label.setObjectName("userLabel")
        self.database_label = QLabel(database_description(self.ctx.db))
        self.database_label.setObjectName("databaseLabel")
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(110)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.setToolTip(self.tr("Working with the database\u2026"))
        self.busy.setVisible(self.ctx.runner.busy)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.database_label)
        self.ctx.runner.busy_changed.connect(self.busy.setVisible)

    # ------------------------------------------------------------------ tabs
    def open_module(self, key: str) -> QWidget | None:
        """Show the tab of ``key``, creating it the first time; None when the
        user may not view the module or its screen cannot be made."""
        if key not in self.navigation.keys():
            return None
        existing = self.tab(key)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        try:
            widget = self._factory(self.ctx, key)
        except Exception as exc:  # noqa: BLE001 - one module must not bring the window down
            log.exception("cannot open module %s", key)
            QMessageBox.warning(self, APP_NAME, self.tr("%1 cannot be opened: %2")
                                .replace("%1", module_title(key)).replace("%2", describe_error(exc)))
            return None
        widget.setProperty("module_key", key)
        self._bind_tab_keys(widget)
        index = self.tabs.addTab(widget, module_title(key))
        self.tabs.setCurrentIndex(index)
        return widget

    def tab(self, key: str) -> QWidget | None:
        """The open tab of ``key``, if any."""
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget.property("module_key") == key:
                return widget
        return None

    def open_keys(self) -> list[str]:
        """The modules with an open tab, in tab order."""
        return [self.tabs.widget(i).property("module_key") for i in range(self.tabs.count())]

    def current_key(self) -> str | None:
        widget = self.tabs.currentWidget()
        return widget.property("module_key") if widget is not None else None

    def close_tab(self, index: int) -> None:
        if index < 0 or index >= self.tabs.count():
            return
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        widget.deleteLater()

    def _current_changed(self, _index: int) -> None:
        key = self.current_key()
        if key:
            self.navigation.select(key)

    def refresh_current(self) -> None:
        """F5: load the current tab again."""
        widget = self.tabs.currentWidget()
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the current tab's search box."""
        widget = self.tabs.currentWidget()
        if widget is None:
            return
        focus = getattr(widget, "focus_search", None)
        if callable(focus):
            focus()
            return
        search = getattr(widget, "search_edit", None)
        if not isinstance(search, QLineEdit):
            search = next((e for e in widget.findChildren(QLineEdit) if "search" in e.objectName().lower()), None)
        if search is not None:
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    # ------------------------------------------------------------------ counter
    def take_payment(self) -> None:
        """F2: the payment dialog (ispdesk.ui.cashier)."""
        from ispdesk.ui.cashier.counter import open_payment_dialog
        open_payment_dialog(self.ctx, self)

    def open_cash_shift(self) -> None:
        from ispdesk.ui.cashier.counter import open_shift_dialog
        open_shift_dialog(self.ctx, self)

    def close_cash_shift(self) -> None:
        from ispdesk.ui.cashier.counter import close_own_shift
        close_own_shift(self.ctx, self)

    # ------------------------------------------------------------------ session
    def _tabs_key(self) -> str:
        return f"main_window/open_tabs/{self.ctx.actor.username}"

    def save_session(self) -> None:
        """Remember the geometry, the splitter and the open tabs of this user."""
        s = self.settings
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/state", self.saveState())
        s.setValue("main_window/splitter", self.splitter.saveState())
        s.setValue(self._tabs_key(), ",".join(self.open_keys()))
        s.setValue(f"main_window/current_tab/{self.ctx.actor.username}", self.current_key() or "")
        s.sync()

    def restore_session(self) -> None:
        """Put back the geometry and reopen the tabs this user had open."""
        s = self.settings
        for key, restore in (("main_window/geometry", self.restoreGeometry),
                             ("main_window/state", self.restoreState),
                             ("main_window/splitter", self.splitter.restoreState)):
            value = s.value(key)
            if value is not None:
                restore(value)
        saved = str(s.value(self._tabs_key(), "") or "")
        for key in [k for k in saved.split(",") if k]:
            self.open_module(key)
        current = str(s.value(f"main_window/current_tab/{self.ctx.actor.username}", "") or "")
        if current and self.tab(current) is not None:
            self.tabs.setCurrentWidget(self.tab(current))

    def logout(self) -> None:
        """Close the window; the caller shows the login again."""
        self.logged_out = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_session()
        if self.logged_out:
            self.logout_requested.emit()
        super().closeEvent(event)
        self.closed.emit()
