"""The dashboard tab: today's money and what is waiting, in large numbers.

The figures come from :func:`ispdesk.services.dashboard.dashboard_figures`
through the task runner; the tab reloads on F5 (``refresh``) and whenever a
write anywhere in the program announces a change.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ispdesk.domain import clock
from ispdesk.domain.money import format_rupiah
from ispdesk.services.dashboard import DashboardFigures, Outstanding, dashboard_figures
from ispdesk.ui.charts import BarChart
from ispdesk.ui.context import AppContext
from ispdesk.ui.ops import QueryOp
from ispdesk.ui.widgets.message_bar import describe_error

CONTEXT = "DashboardTab"
REFRESH_DELAY_MS = 400

LABELS: dict[str, str] = {
    "cash": QT_TRANSLATE_NOOP("DashboardTab", "Cash"),
    "transfer": QT_TRANSLATE_NOOP("DashboardTab", "Bank transfer"),
    "qris": QT_TRANSLATE_NOOP("DashboardTab", "QRIS"),
    "midtrans": QT_TRANSLATE_NOOP("DashboardTab", "Midtrans"),
    "other": QT_TRANSLATE_NOOP("DashboardTab", "Other"),
    "new": QT_TRANSLATE_NOOP("DashboardTab", "New"),
    "contacted": QT_TRANSLATE_NOOP("DashboardTab", "Contacted"),
    "qualified": QT_TRANSLATE_NOOP("DashboardTab", "Qualified"),
    "proposal": QT_TRANSLATE_NOOP("DashboardTab", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("DashboardTab", "Negotiation"),
    "pending": QT_TRANSLATE_NOOP("DashboardTab", "Pending"),
    "assigned": QT_TRANSLATE_NOOP("DashboardTab", "Assigned"),
    "in_progress": QT_TRANSLATE_NOOP("DashboardTab", "In progress"),
}


def label(value: str) -> str:
    """A payment method or status in words, in the current language."""
    return QCoreApplication.translate(CONTEXT, LABELS.get(value, value.replace("_", " ").capitalize()))


class Card(QFrame):
    """A title, one large number and a line of detail."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("card", True)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.value = QLabel("-")
        self.value.setObjectName("cardValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel("")
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_values(self, value: str, detail: str = "", *, alert: bool = False) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setProperty("alert", alert)
        self.style().unpolish(self)
        self.style().polish(self)


STYLE = """
QFrame[card="true"] { background: palette(base); border: 1px solid #d5dae0; border-radius: 8px; }
QFrame[card="true"][alert="true"] { border: 1px solid #e0a4a4; background: #fff6f6; }
QLabel#cardTitle { color: #5f6b7a; font-weight: 600; }
QLabel#cardValue { font-size: 20pt; font-weight: 700; }
QFrame[card="true"][alert="true"] QLabel#cardValue { color: #b71c1c; }
QLabel#cardDetail { color: #5f6b7a; }
QLabel#dashboardHeading { font-size: 15pt; font-weight: 700; }
QLabel#dashboardError { color: #b71c1c; }
"""


class DashboardTab(QWidget):
    """Cards and charts of :class:`DashboardFigures` for the logged-in user."""

    module_key = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.ctx = ctx
        self._today = today
        self._loading = False
        self._again = False
        self.figures: DashboardFigures | None = None
        self.setStyleSheet(STYLE)

        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.error = QLabel()
        self.error.setObjectName("dashboardError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.cards = {
            "payments": Card("paymentsCard", self.tr("Payments today")),
            "receipts": Card("receiptsCard", self.tr("Receipts today")),
            "unpaid": Card("unpaidCard", self.tr("Unpaid invoices")),
            "overdue": Card("overdueCard", self.tr("Overdue invoices")),
            "work_orders": Card("workOrdersCard", self.tr("Open work orders")),
            "leads": Card("leadsCard", self.tr("Open leads")),
            "low_stock": Card("lowStockCard", self.tr("Low stock")),
        }
        self.payments_chart = BarChart(self.tr("Payments today by method"), format_rupiah)
        self.leads_chart = BarChart(self.tr("Open leads by status"), str)
        self.payments_frame = _framed(self.payments_chart, "paymentsChart")
        self.leads_frame = _framed(self.leads_chart, "leadsChart")

        # Cards four to a row; the two charts below, each as wide as two cards.
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // 4, index % 4)
        charts_row = (len(self.cards) + 3) // 4
        grid.addWidget(self.payments_frame, charts_row, 0, 1, 2)
        grid.addWidget(self.leads_frame, charts_row, 2, 1, 2)
        for column in range(4):
            grid.setColumnStretch(column, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        ctx.runner.changed.connect(self._timer.start)
        self._show_heading()
        self.refresh()

    @property
    def today(self) -> date:
        """The day shown: the office clock's today unless the tab was given one."""
        return self._today or clock.today()

    def _show_heading(self) -> None:
        day = QLocale().toString(self.today, "d MMM yyyy")
        self.heading.setText(self.tr("Today, %1").replace("%1", day))

    def refresh(self) -> None:
        """Load the figures again (F5, or after a change elsewhere)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._show_heading()
        today = self.today
        QueryOp(self, self.ctx, lambda s, actor: dashboard_figures(s, actor, today)) \
            .success(self._loaded).failure(self._failed).run()

    def _finished(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(self.tr("The figures could not be loaded: %1").replace("%1", describe_error(exc)))
        self.error.show()
        self._finished()

    def _loaded(self, figures: DashboardFigures) -> None:
        self.error.hide()
        self.show_figures(figures)
        self._finished()

    def show_figures(self, figures: DashboardFigures) -> None:
        """Put ``figures`` on the cards and charts; hide what the user may not see."""
        self.figures = figures
        self._money_card("payments", figures.payments_today, self.tr("%n payment(s)", "", _count(
            figures.payments_today)))
        receipts = figures.receipts_today
        self._set_visible("receipts", receipts is not None)
        if receipts is not None:
            self.cards["receipts"].show_values(str(receipts.count), self.tr("%1 received").replace(
                "%1", format_rupiah(receipts.total)))
        self._money_card("unpaid", figures.unpaid, self.tr("%n invoice(s)", "", _count(figures.unpaid)))
        overdue = figures.overdue
        self._money_card("overdue", overdue, self.tr("%n invoice(s) past the due date", "", _count(overdue)),
                         alert=bool(overdue and overdue.count))
        self._count_card("work_orders", figures.open_work_orders_by_status)
        self._count_card("leads", figures.open_leads_by_status)
        low = figures.low_stock_items
        self._set_visible("low_stock", low is not None)
        if low is not None:
            self.cards["low_stock"].show_values(
                str(low), self.tr("%n item(s) at or below the minimum", "", low), alert=low > 0)

        self.payments_frame.setVisible(figures.payments_by_method is not None)
        if figures.payments_by_method is not None:
            self.payments_chart.set_data([(label(m.method), m.total) for m in figures.payments_by_method],
                                         self.tr("No payments yet today."))
        self.leads_frame.setVisible(figures.open_leads_by_status is not None)
        if figures.open_leads_by_status is not None:
            self.leads_chart.set_data([(label(k), v) for k, v in figures.open_leads_by_status.items()],
                                      self.tr("No open leads."))

    def _set_visible(self, key: str, visible: bool) -> None:
        self.cards[key].setVisible(visible)

    def _money_card(self, key: str, figure: Outstanding | None, detail: str, *, alert: bool = False) -> None:
        self._set_visible(key, figure is not None)
        if figure is not None:
            self.cards[key].show_values(format_rupiah(figure.total), detail, alert=alert)

    def _count_card(self, key: str, by_status: dict[str, int] | None) -> None:
        self._set_visible(key, by_status is not None)
        if by_status is not None:
            detail = " \u00b7 ".join(f"{label(status)} {count}" for status, count in by_status.items())
            self.cards[key].show_values(str(sum(by_status.values())), detail)


def _framed(chart: BarChart, name: str) -> QFrame:
    """``chart`` on a card of its own."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setProperty("card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(chart)
    return frame


def _count(figure: Outstanding | None) -> int:
    return figure.count if figure is not None else 0
