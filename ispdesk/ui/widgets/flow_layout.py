"""A layout that places its widgets left to right and wraps onto a new line when
the next one does not fit, like words in a paragraph.

A row of buttons or filters in a :class:`FlowLayout` never demands more width
than its widest widget: on a narrow screen it grows a second line instead of
pushing the window wider than the screen. It answers ``heightForWidth``, so a
box layout around it gives it the height its lines need at the width it gets.

``addWidget(widget, stretch)``: a widget with a stretch takes a share of the
room left over on its line (a search box that fills the line, for example).
"""
from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Left-to-right rows that wrap; see the module docstring."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, line_spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}    # id(item) -> stretch
        self._line_spacing = line_spacing
        self.setSpacing(spacing)
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- the items
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)
        self.invalidate()

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802
        """Add ``widget``; with ``stretch`` > 0 it widens into the room left on its line."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._stretch[id(item)] = max(0, stretch)
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.pop(id(item), None)
        self.invalidate()
        return item

    # -- sizes
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def minimumSize(self) -> QSize:  # noqa: N802
        """As wide as the widest single widget, as tall as one line."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802
        """Every widget on one line (what the row would like, not what it needs)."""
        items = self._visible()
        width = sum(item.sizeHint().width() for item in items) + self.spacing() * max(len(items) - 1, 0)
        height = max((item.sizeHint().height() for item in items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # -- placing
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Break the items into lines within ``rect`` (and place them when
        ``apply``); returns the height the lines take, margins included."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        room = max(area.width(), 0)
        gap = self.spacing()
        lines: list[list[tuple[QLayoutItem, int]]] = []
        line: list[tuple[QLayoutItem, int]] = []
        used = 0
        for item in self._visible():
            width = max(min(item.sizeHint().width(), room), item.minimumSize().width())
            if line and used + gap + width > room:
                lines.append(line)
                line, used = [], 0
            used += (gap if line else 0) + width
            line.append((item, width))
        if line:
            lines.append(line)
        y = area.y()
        for number, line in enumerate(lines):
            height = max(item.sizeHint().height() for item, _w in line)
            if apply:
                self._place(line, QPoint(area.x(), y), room, height)
            y += height + (self._line_spacing if number < len(lines) - 1 else 0)
        return y - area.y() + margins.top() + margins.bottom()

    def _place(self, line: list[tuple[QLayoutItem, int]], origin: QPoint, room: int, height: int) -> None:
        gap = self.spacing()
        left = room - sum(width for _item, width in line) - gap * (len(line) - 1)
        stretch = sum(self._stretch.get(id(item), 0) for item, _w in line)
        x = origin.x()
        for item, width in line:
            share = self._stretch.get(id(item), 0)
            if left > 0 and stretch:
                width += left * share // stretch
            item_height = min(item.sizeHint().height(), height) if not item.expandingDirections() & \
                Qt.Orientation.Vertical else height
            item_height = max(item_height, item.minimumSize().height())
            item.setGeometry(QRect(x, origin.y() + (height - item_height) // 2, width, item_height))
            x += width + gap
