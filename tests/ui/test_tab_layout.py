"""A table tab fits a 1280 x 800 screen: its button row and its filter row wrap
onto a second line instead of widening the window (the work-orders tab made it
1984 px wide), the filters keep their whole texts, and an enum column is as wide
as its longest translated value; all in Indonesian, the office's language."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from ispdesk.db.unit_of_work import write
from ispdesk.services import work_orders
from ispdesk.services.work_orders import WorkOrderRequest
from ispdesk.ui import i18n
from ispdesk.ui.format import humanise
from ispdesk.ui.main_window import MainWindow
from ispdesk.ui.widgets.flow_layout import FlowLayout
from ispdesk.ui.widgets.table_tab import TableTab
from tests.ui import widget_support
from tests.support.actors import ADMIN
from tests.support.builders import add_customers
from tests.ui.widget_support import admin_ctx, indonesian, shot  # noqa: F401 (fixtures)

isolated_settings = widget_support.isolated_settings      # autouse: the tabs' QSettings stay in tmp_path

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 800


def open_window(qtbot: Any, ctx: Any, tmp_path: Any, key: str) -> tuple[MainWindow, TableTab]:
    window = MainWindow(ctx, settings=QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat),
                        restore=False)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    window.show()
    window.open_module(key)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, TableTab)
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.total is not None and not ctx.runner.busy,
                    timeout=10000)
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    qtbot.wait(50)       # let the layouts settle at the new size
    return window, tab


def inside(tab: QWidget, widget: QWidget) -> bool:
    """Is the whole of ``widget`` within ``tab``'s rectangle?"""
    top_left = widget.mapTo(tab, widget.rect().topLeft())
    return tab.rect().contains(QRect(top_left, widget.size()))


def test_a_flow_layout_wraps_its_widgets_and_tells_the_height_it_needs(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host, spacing=6, line_spacing=4)
    flow.setContentsMargins(0, 0, 0, 0)
    buttons = []
    for n in range(7):
        button = QPushButton(f"Button {n}", host)
        button.setFixedSize(100, 30)
        flow.addWidget(button)
        buttons.append(button)
    search = QLineEdit(host)
    search.setFixedHeight(30)
    search.setMinimumWidth(120)
    flow.addWidget(search, 1)
    assert flow.minimumSize().width() == 120               # the widest single widget, not the whole row
    assert flow.heightForWidth(350) == 3 * 30 + 2 * 4       # 3 + 3 + 1 buttons and the search: three lines
    assert flow.heightForWidth(2000) == 30                  # everything on one line
    host.resize(350, flow.heightForWidth(350))
    host.show()
    qtbot.wait(20)
    rows = sorted({b.y() for b in buttons})
    assert rows == [0, 34, 68] and all(b.x() + b.width() <= 350 for b in buttons)
    assert (search.y(), search.x()) == (68, 106)            # after the last button, on the third line
    assert search.width() == 350 - 106                      # and it stretches to the end of that line
    buttons[3].hide()                                      # hidden widgets take no room
    assert flow.heightForWidth(350) == 3 * 30 + 2 * 4 and flow.count() == 8
    assert flow.takeAt(0) is not None and flow.count() == 7


def test_the_work_orders_tab_fits_a_1280_screen_with_every_button_visible(qtbot: Any, db: Any, admin_ctx: Any,
                                                                        tmp_path: Any, indonesian: None) -> None:
    [budi, *_] = add_customers(db)
    write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest("repair", customer_id=budi)))
    window, tab = open_window(qtbot, admin_ctx, tmp_path, "work_orders")
    tab.view.selectRow(0)
    shot(window, "work_orders_1280")
    assert tab.minimumSizeHint().width() < SCREEN_WIDTH
    assert window.minimumSizeHint().width() <= SCREEN_WIDTH and window.width() == SCREEN_WIDTH
    buttons = [b for b in tab.findChildren(QPushButton) if b.isVisibleTo(tab) and b.parent() is tab]
    assert len(buttons) >= 15                               # New…Refresh and the ten work-order actions
    hidden = [b.text() for b in buttons if not inside(tab, b)]
    assert hidden == []
    assert len({b.y() for b in buttons}) >= 2               # the row wrapped onto a second line
    assert inside(tab, tab.count_label) and tab.count_label.text() == "1 baris"
    for widget in (tab.search_edit, *tab.filter_combos.values(), *tab.filter_pickers.values(), tab.date_range):
        assert inside(tab, widget)
    assert tab.view.y() > max(b.y() + b.height() for b in buttons)   # the table starts below both rows


def test_the_leads_filters_show_their_whole_texts(qtbot: Any, db: Any, admin_ctx: Any, tmp_path: Any,
                                                 indonesian: None) -> None:
    window, tab = open_window(qtbot, admin_ctx, tmp_path, "leads")
    shot(window, "leads_filters_1280")
    combos: list[QComboBox] = [*tab.filter_combos.values(), tab.date_combo]
    assert [c.currentText() for c in combos] == ["Sumber: semua", "Status: semua", "Semua tanggal"]
    for combo in combos:
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.width() >= longest + 20, (combo.currentText(), combo.width(), longest)   # text + arrow
        assert inside(tab, combo)
    for picker in tab.filter_pickers.values():
        text = picker.edit.placeholderText()
        assert picker.edit.width() >= picker.edit.fontMetrics().horizontalAdvance(text), text
        assert inside(tab, picker)
    assert "Ditugaskan ke: semua" in [p.edit.placeholderText() for p in tab.filter_pickers.values()]


def test_an_enum_column_is_as_wide_as_its_longest_translated_value(qtbot: Any, db: Any, admin_ctx: Any, tmp_path: Any,
                                                                   indonesian: None) -> None:
    window, tab = open_window(qtbot, admin_ctx, tmp_path, "work_orders")
    in_progress = i18n.spec_text(humanise("in_progress"))
    assert in_progress == "Sedang dikerjakan"
    status = tab.model.column_index("status")
    header = tab.view.horizontalHeader()
    assert header.sectionSize(status) >= tab.view.fontMetrics().horizontalAdvance(in_progress) + 12
    assert header.sectionSize(tab.model.column_index("customer_id")) == 180     # other columns keep theirs
