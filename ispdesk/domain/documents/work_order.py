"""The work order sheet a technician takes to the site (A4)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from ispdesk.domain.documents import Company
from ispdesk.domain.documents.invoice import Party


@dataclass(frozen=True)
class SheetMaterial:
    """One item the warehouse issued to the work order, with the serials still out."""

    sku: str
    name: str
    quantity: int
    unit: str
    serials: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorkOrderSheet:
    """Everything the sheet shows."""

    company: Company
    number: str
    type: str
    priority: str
    status: str
    customer: Party
    latitude: Decimal | None
    longitude: Decimal | None
    scheduled_date: date | None
    scheduled_time: time | None
    technician: str
    package_name: str
    notes: str
    materials: tuple[SheetMaterial, ...] = ()

    @property
    def map_link(self) -> str:
        """A map address for the coordinates ('' when the customer has none)."""
        if self.latitude is None or self.longitude is None:
            return ""
        return f"https://maps.google.com/?q={self.latitude.normalize():f},{self.longitude.normalize():f}"

    @property
    def verification(self) -> str:
        """What the QR code carries: the map link when known, else the work order."""
        return self.map_link or f"ISPDESK-WO|{self.number}|{self.customer.number}"
