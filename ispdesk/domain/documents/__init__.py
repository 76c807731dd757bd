"""Plain data the printed documents are made from.

Services fill these dataclasses from the database; :mod:`ispdesk.printing`
turns them into PDFs (and ESC/POS bytes). Neither side imports the other: both
import this package. One module per document family.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Company:
    """The letterhead: from the ``company.*`` settings."""

    name: str
    address: str
    phone: str = ""
    tax_number: str = ""                 # NPWP
    bank_accounts: tuple[str, ...] = ()  # one line each, e.g. "BCA 123-456-7890 a.n. PT …"
