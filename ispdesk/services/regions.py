"""The region hierarchy the address pickers offer: province -> kabupaten/kota ->
kecamatan -> kelurahan/desa with its postal code, from the dataset shipped in
``resources/regions/`` (source and licence in its README)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ispdesk.services.demo.names import load_regencies


@dataclass(frozen=True)
class RegencyNode:
    """A kabupaten/kota: its kecamatan, each with its (kelurahan, postal code) pairs."""

    name: str
    code: str
    latitude: Decimal
    longitude: Decimal
    districts: dict[str, tuple[tuple[str, str], ...]]


@lru_cache(maxsize=1)
def region_tree() -> dict[str, dict[str, RegencyNode]]:
    """``{province: {regency: RegencyNode}}`` in the dataset's order."""
    tree: dict[str, dict[str, RegencyNode]] = {}
    for regency in load_regencies():
        districts: dict[str, list[tuple[str, str]]] = {}
        for village in regency.villages:
            districts.setdefault(village.kecamatan, []).append((village.kelurahan, village.kode_pos))
        tree.setdefault(regency.province, {})[regency.name] = RegencyNode(
            regency.name, regency.code, regency.latitude, regency.longitude,
            {name: tuple(villages) for name, villages in districts.items()})
    return tree
