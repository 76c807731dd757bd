"""Small charts painted with QPainter (QtCharts is not part of PySide6-Essentials).

:class:`BarChart` draws one horizontal bar per label with its value written
beside it; values are ``Decimal`` or ``int`` and bar lengths are computed from
them exactly, then rounded to whole pixels.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

Number = Decimal | int
PALETTE = ("#2e7d32", "#1565c0", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457", "#5d4037", "#455a64")


class BarChart(QWidget):
    """Horizontal bars with a title; ``set_data([(label, value), ...])``."""

    BAR_HEIGHT = 22
    GAP = 8
    MARGIN = 12

    def __init__(self, title: str = "", value_text: Callable[[Number], str] = str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._value_text = value_text
        self._data: list[tuple[str, Number]] = []
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, data: Sequence[tuple[str, Number]], empty_text: str = "") -> None:
        """Show ``data``; ``empty_text`` is written when every value is zero."""
        self._data = [(label, value) for label, value in data]
        self._empty_text = empty_text
        self.updateGeometry()
        self.update()

    def data(self) -> list[tuple[str, Number]]:
        return list(self._data)

    def title(self) -> str:
        return self._title

    def _title_height(self) -> int:
        return QFontMetrics(self._title_font()).height() + self.GAP if self._title else 0

    def _title_font(self):  # noqa: ANN202 - QFont
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        return font

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._data))
        height = 2 * self.MARGIN + self._title_height() + rows * (self.BAR_HEIGHT + self.GAP)
        return QSize(360, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        top = self.MARGIN
        if self._title:
            painter.setFont(self._title_font())
            painter.setPen(palette.windowText().color())
            painter.drawText(QRectF(self.MARGIN, top, self.width() - 2 * self.MARGIN, self._title_height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self._title)
            top += self._title_height()
            painter.setFont(self.font())
        label_width = max((metrics.horizontalAdvance(label) for label, _ in self._data), default=0) + self.GAP
        value_width = max((metrics.horizontalAdvance(self._value_text(v)) for _, v in self._data), default=0)
        track = max(10, self.width() - 2 * self.MARGIN - label_width - value_width - self.GAP)
        largest = max((Decimal(v) for _, v in self._data), default=Decimal(0))
        if largest <= 0 and self._empty_text:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(QRectF(self.MARGIN, top, self.width() - 2 * self.MARGIN, self.BAR_HEIGHT * 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._empty_text)
            painter.end()
            return
        for index, (label, value) in enumerate(self._data):
            y = top + index * (self.BAR_HEIGHT + self.GAP)
            painter.setPen(palette.windowText().color())
            painter.drawText(QRectF(self.MARGIN, y, label_width, self.BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            length = int(Decimal(value) * track / largest) if largest > 0 else 0
            x = self.MARGIN + label_width
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e8ecef"))
            painter.drawRoundedRect(QRectF(x, y + 3, track, self.BAR_HEIGHT - 6), 3, 3)
            if length > 0:
                painter.setBrush(QColor(PALETTE[index % len(PALETTE)]))
                painter.drawRoundedRect(QRectF(x, y + 3, max(length, 3), self.BAR_HEIGHT - 6), 3, 3)
            painter.setPen(palette.windowText().color())
            painter.drawText(QRectF(x + track + self.GAP, y, value_width, self.BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._value_text(value))
        painter.end()
