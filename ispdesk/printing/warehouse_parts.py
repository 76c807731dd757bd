"""What the warehouse documents share: the A4 page footer and the status words."""
from __future__ import annotations


from ispdesk.printing import base

#: Indonesian words for the statuses printed on warehouse documents.
STATUS_WORDS = {"draft": "DRAFT", "submitted": "DIAJUKAN", "approved": "DISETUJUI", "ordered": "DIPESAN",
                "partial": "DITERIMA SEBAGIAN", "received": "DITERIMA", "cancelled": "DIBATALKAN",
                "active": "Aktif", "maintenance": "Perawatan", "disposed": "Dilepas", "lost": "Hilang"}
MOVEMENT_WORDS = {"in": "Masuk", "out": "Keluar", "adjustment": "Penyesuaian", "return": "Retur"}


#: The page footer every A4 report carries (defined once in base).
footer = base.page_footer


def number(value: int, *, signed: bool = False) -> str:
    """``1.250`` (Indonesian thousands point), ``+12`` / ``-3`` when signed."""
    text = f"{abs(value):,}".replace(",", ".")
    if signed:
        return ("+" if value > 0 else "-" if value < 0 else "") + text
    return ("-" if value < 0 else "") + text
