"""What the warehouse documents share: the A4 page footer and the status words."""
from __future__ import annotations


from ispdesk.domain.messages import translate
from ispdesk.printing import base


def status_word(status: str) -> str:
    """A purchase order's or an asset's status as printed, in the office's language."""
    words = {"draft": translate("Print", "DRAFT"), "submitted": translate("Print", "SUBMITTED"),
             "approved": translate("Print", "APPROVED"), "ordered": translate("Print", "ORDERED"),
             "partial": translate("Print", "PARTIALLY RECEIVED"), "received": translate("Print", "RECEIVED"),
             "cancelled": translate("Print", "CANCELLED"), "active": translate("Print", "Active"),
             "maintenance": translate("Print", "Maintenance", "asset status"),
             "disposed": translate("Print", "Disposed"),
             "lost": translate("Print", "Lost")}
    return words.get(status, status)


def movement_word(kind: str) -> str:
    """A stock movement's type as printed ("In", "Masuk" in Indonesian)."""
    words = {"in": translate("Print", "In"), "out": translate("Print", "Out"),
             "adjustment": translate("Print", "Adjustment"), "return": translate("Print", "Return")}
    return words.get(kind, kind)


#: The page footer every A4 report carries (defined once in base).
footer = base.page_footer


def number(value: int, *, signed: bool = False) -> str:
    """``1.250`` (Indonesian thousands point), ``+12`` / ``-3`` when signed."""
    text = f"{abs(value):,}".replace(",", ".")
    if signed:
        return ("+" if value > 0 else "-" if value < 0 else "") + text
    return ("-" if value < 0 else "") + text
