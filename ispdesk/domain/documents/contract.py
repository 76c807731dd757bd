"""The subscription contract as printed (A4, two pages or more)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ispdesk.domain.documents import Company
from ispdesk.domain.documents.invoice import Party


@dataclass(frozen=True)
class ContractDocument:
    """Everything the contract PDF shows; ``signature_png`` is the drawn signature (None: unsigned)."""

    company: Company
    contract_number: str
    status: str
    customer: Party
    nik: str
    package_name: str
    speed_mbps: int
    monthly_fee: Decimal
    installation_fee: Decimal
    deposit: Decimal
    start_date: date
    end_date: date | None
    duration_months: int | None
    auto_renew: bool
    terms: str
    promotion: str = ""
    signed_at: datetime | None = None
    signed_by: str = ""
    signature_png: bytes | None = None
    company_signatory: str = ""

    @property
    def verification(self) -> str:
        """What the QR code carries: identifies the contract and its customer."""
        return f"ISPDESK-CONTRACT|{self.contract_number}|{self.customer.number}|{self.start_date.isoformat()}"
