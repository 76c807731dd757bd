"""What the warehouse documents share: the A4 page footer and the status words."""
from __future__ import annotations

from collections.abc import Callable

from ispdesk.printing import base

#: Indonesian words for the statuses printed on warehouse documents.
STATUS_WORDS = {"draft": "DRAFT", "submitted": "DIAJUKAN", "approved": "DISETUJUI", "ordered": "DIPESAN",
                "partial": "DITERIMA SEBAGIAN", "received": "DITERIMA", "cancelled": "DIBATALKAN",
                "active": "Aktif", "maintenance": "Perawatan", "disposed": "Dilepas", "lost": "Hilang"}
MOVEMENT_WORDS = {"in": "Masuk", "out": "Keluar", "adjustment": "Penyesuaian", "return": "Retur"}


def footer(label: str) -> Callable:
    """An ``on_page`` for :func:`base.build_pdf`: ``label`` left, ``Halaman n`` right."""
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(base.FONT, 7)
        y = doc.bottomMargin / 2
        canvas.drawString(doc.leftMargin, y, base.pdf_safe(label))
        canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, y, f"Halaman {doc.page}")
        canvas.restoreState()
    return draw


def number(value: int, *, signed: bool = False) -> str:
    """``1.250`` (Indonesian thousands point), ``+12`` / ``-3`` when signed."""
    text = f"{abs(value):,}".replace(",", ".")
    if signed:
        return ("+" if value > 0 else "-" if value < 0 else "") + text
    return ("-" if value < 0 else "") + text
