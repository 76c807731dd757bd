"""The installation report as printed (A4): what was installed where, the
measurements, the customer's signature and, on the last page, the photos
attached (kept in the database, so any workstation prints them)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ispdesk.domain.documents import Company
from ispdesk.domain.documents.invoice import Party


@dataclass(frozen=True)
class Photo:
    """One photo of the report: its name and a small JPEG (None when it cannot be found)."""

    file_name: str
    image: bytes | None = None


@dataclass(frozen=True)
class InstallationDocument:
    """Everything the installation report PDF shows; ``signature_png`` is the drawn signature."""

    company: Company
    work_order_number: str
    customer: Party
    package_name: str
    technician: str
    completed_at: datetime | None
    ont_serial: str
    onu_id: str
    odp_name: str
    odp_port: str
    ip_address: str
    signal_level: Decimal | None
    signal_warning: str | None
    speed_down: Decimal | None
    speed_up: Decimal | None
    notes: str
    photos: tuple[Photo, ...] = ()
    signature_png: bytes | None = None

    @property
    def verification(self) -> str:
        """What the QR code carries: the work order, the customer and the ONT."""
        return f"ISPDESK-INSTALL|{self.work_order_number}|{self.customer.number}|{self.ont_serial}"
