"""The :class:`TableSpec` of every module tab, one small module per area.

``SPECS`` maps the module keys of :mod:`ispdesk.domain.permissions` to their
specs; "dashboard" and "settings" have screens of their own and no spec.
"""
from __future__ import annotations

from ispdesk.services.modules import (administration, billing, communication, field, front_office, network,
                                      people, sales, warehouse)
from ispdesk.services.specs import TableSpec

_AREAS = (front_office, billing, sales, warehouse, network, field, people, communication, administration)

SPECS: dict[str, TableSpec] = {table.key: table for area in _AREAS for table in area.TABLES}

#: Modules that have their own screen instead of a generic table.
SPECIAL_SCREENS = ("dashboard", "settings")


def spec(key: str) -> TableSpec:
    """The spec of module ``key``; KeyError names the unknown key."""
    try:
        return SPECS[key]
    except KeyError:
        raise KeyError(f"no table spec for module {key!r}") from None
