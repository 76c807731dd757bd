"""The dashboard tab shows the figures of the database, for the user's role."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ispdesk.db.models import Customer, Invoice
from ispdesk.db.unit_of_work import write
from ispdesk.services.dashboard import DashboardFigures, MethodTotal, Outstanding
from ispdesk.ui import i18n
from ispdesk.ui.charts import BarChart
from ispdesk.ui.context import AppContext
from ispdesk.ui.dashboard import DashboardTab
from tests.services.test_dashboard import TODAY, _fill
from tests.support.actors import role_actor as actor


@pytest.fixture(autouse=True)
def english(qapp):
    """The program always installs a language; English brings the plural forms."""
    language = i18n.Language(qapp)
    assert language.switch("en")
    yield
    language.uninstall()


def _tab(qtbot, db, runner, role: str) -> DashboardTab:
    tab = DashboardTab(AppContext(db=db, runner=runner, actor=actor(role)), today=TODAY)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.figures is not None, timeout=10000)
    return tab


def test_cards_and_charts_show_the_figures(qtbot, db, runner):
    write(db, _fill)
    tab = _tab(qtbot, db, runner, "admin")
    cards = tab.cards
    assert cards["payments"].value.text() == "Rp 500.000,50"
    assert cards["payments"].detail.text() == "3 payments"
    assert cards["receipts"].value.text() == "2"
    assert cards["unpaid"].value.text() == "Rp 799.999,50"
    assert cards["unpaid"].detail.text() == "4 invoices"
    assert cards["overdue"].value.text() == "Rp 449.999,50"
    assert cards["overdue"].property("alert") is True
    assert cards["low_stock"].value.text() == "2"
    assert cards["work_orders"].value.text() == "4"
    assert cards["work_orders"].detail.text() == "Pending 2 \u00b7 Assigned 1 \u00b7 In progress 1"
    assert cards["leads"].value.text() == "4"
    assert tab.payments_chart.data()[:3] == [("Cash", Decimal("300000.50")), ("Bank transfer", Decimal("0.00")),
                                             ("QRIS", Decimal("200000.00"))]
    assert dict(tab.leads_chart.data())["New"] == 2
    assert tab.heading.text() == "Today, 24 Nov 2026"


def test_a_cashier_sees_no_leads_stock_or_work_orders(qtbot, db, runner):
    write(db, _fill)
    tab = _tab(qtbot, db, runner, "cashier")
    assert not tab.cards["payments"].isHidden()
    for key in ("leads", "low_stock", "work_orders"):
        assert tab.cards[key].isHidden(), key
    assert tab.leads_frame.isHidden() and not tab.payments_frame.isHidden()


def test_a_change_elsewhere_refreshes_it(qtbot, db, runner):
    tab = _tab(qtbot, db, runner, "admin")
    assert tab.cards["unpaid"].value.text() == "Rp 0"

    def add_invoice(session):
        customer = Customer(customer_number="C-9", name="Dewi Lestari")
        session.add(customer)
        session.flush()
        session.add(Invoice(invoice_number="INV-9", customer_id=customer.id, issue_date=date(2026, 11, 1),
                            due_date=date(2026, 11, 11), total=Decimal("330000"), status="unpaid"))

    write(db, add_invoice)
    runner.changed.emit({"invoices"})
    qtbot.waitUntil(lambda: tab.cards["unpaid"].value.text() == "Rp 330.000", timeout=5000)
    assert tab.cards["overdue"].detail.text() == "1 invoice past the due date"


def test_figures_a_role_may_not_see_stay_hidden_without_a_database(qtbot, db, runner):
    tab = _tab(qtbot, db, runner, "admin")
    tab.show_figures(DashboardFigures(today=TODAY, payments_by_method=(MethodTotal("cash", 1, Decimal("5000")),),
                                      unpaid=Outstanding(1, Decimal("5000")), overdue=Outstanding(0, Decimal(0))))
    assert tab.cards["payments"].value.text() == "Rp 5.000"
    assert tab.cards["overdue"].property("alert") is False
    assert tab.cards["receipts"].isHidden() and tab.leads_frame.isHidden()


def test_bar_chart_paints_and_sizes_itself(qtbot):
    chart = BarChart("Payments", str)
    qtbot.addWidget(chart)
    chart.set_data([("Cash", Decimal("1500000.50")), ("QRIS", Decimal("0"))])
    chart.resize(chart.sizeHint())
    image = chart.grab().toImage()
    assert chart.sizeHint().height() >= 2 * BarChart.BAR_HEIGHT
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4)
               for y in range(0, image.height(), 4)}
    assert "#2e7d32" in colours  # the first bar is drawn
    chart.set_data([("Cash", 0)], "Nothing yet")
    chart.grab()
