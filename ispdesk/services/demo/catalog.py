"""What the ISP sells: bandwidth profiles, packages and promotions."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ispdesk.db import models as m
from ispdesk.services.demo.common import ZERO, stamp, tax_parts
from ispdesk.services.demo.writer import Writer, insert_missing

#: code, name, Mbps, monthly price before PPN, business?, share of customers (%)
PACKAGES = (
    ("HOME-20", "Home 20 Mbps", 20, "150000", False, 36),
    ("HOME-30", "Home 30 Mbps", 30, "200000", False, 29),
    ("HOME-50", "Home 50 Mbps", 50, "250000", False, 20),
    ("HOME-100", "Home 100 Mbps", 100, "350000", False, 10),
    ("BIZ-100", "Bisnis 100 Mbps", 100, "750000", True, 5),
)


@dataclass(frozen=True)
class Package:
    id: int
    name: str
    price: Decimal
    business: bool
    mbps: int = 0


@dataclass
class Catalog:
    """The packages customers choose from, with their shares of customers."""

    packages: list[Package]
    weights: list[int]


def write_catalog(w: Writer, today: date, moment: datetime) -> Catalog:
    """A bandwidth profile and a package per line of ``PACKAGES``, and four promotions."""
    profiles = [{"name": f"FTTH {mbps}M" + (" Bisnis" if business else ""), "download_kbps": mbps * 1024,
                 "upload_kbps": mbps * 1024 // (1 if business else 2), "burst_download_kbps": None,
                 "burst_upload_kbps": None, "burst_threshold_percent": None, "burst_time_seconds": None,
                 "priority": 2 if business else 8,
                 "description": f"Limit {mbps} Mbps" + (" simetris, prioritas tinggi" if business else ""),
                 "is_active": True, **stamp(moment)}
                for _, _, mbps, _, business, _ in PACKAGES]
    profile_ids = insert_missing(w, m.BandwidthProfile.__table__, "name", profiles)
    rows = []
    for (code, name, mbps, price, business, _), profile in zip(PACKAGES, profiles):
        with_tax = Decimal(price) + tax_parts(Decimal(price))[1]
        rows.append({"code": code, "name": name, "speed_mbps": mbps, "monthly_price": Decimal(price),
                     "bandwidth_profile_id": profile_ids[profile["name"]], "requires_public_ip": business,
                     "description": f"Internet fiber {mbps} Mbps tanpa FUP, Rp {int(with_tax):,}/bulan termasuk "
                                    f"PPN".replace(",", "."),
                     "is_active": True, **stamp(moment)})
    package_ids = insert_missing(w, m.Package.__table__, "code", rows)
    _write_promotions(w, today, moment, package_ids)
    return Catalog([Package(package_ids[code], name, Decimal(price), business, mbps)
                    for code, name, mbps, price, business, _ in PACKAGES], [p[5] for p in PACKAGES])


def _write_promotions(w: Writer, today: date, moment: datetime, package_ids: dict[str, int]) -> None:
    all_home = [package_ids[code] for code, *_ in PACKAGES if code.startswith("HOME")]
    promotions = [
        {"code": "GRATISPASANG", "name": "Gratis Biaya Pasang", "type": "discount_amount",
         "value": Decimal("250000"), "min_purchase": ZERO, "max_discount": Decimal("250000"),
         "applicable_packages": all_home, "terms": "Berlaku untuk pelanggan baru dengan kontrak 12 bulan."},
        {"code": "HEMAT10", "name": "Diskon 10% Tiga Bulan Pertama", "type": "discount_percent",
         "value": Decimal("10"), "min_purchase": ZERO, "max_discount": Decimal("50000"),
         "applicable_packages": all_home, "terms": "Diskon 10% dari harga paket selama tiga tagihan pertama."},
        {"code": "MERDEKA", "name": "Promo Merdeka Gratis 1 Bulan", "type": "free_months",
         "value": Decimal("1"), "min_purchase": ZERO, "max_discount": None,
         "applicable_packages": [package_ids["HOME-50"], package_ids["HOME-100"]],
         "terms": "Bayar 12 bulan di muka, gratis 1 bulan."},
        {"code": "CASHBACK50", "name": "Cashback Rp 50.000", "type": "cashback", "value": Decimal("50000"),
         "min_purchase": Decimal("500000"), "max_discount": Decimal("50000"),
         "applicable_packages": [package_ids["BIZ-100"]], "terms": "Cashback ke saldo pelanggan."},
    ]
    for row in promotions:
        row.update(start_date=date(today.year, 1, 1), end_date=date(today.year, 12, 31), usage_limit=1000,
                   used_count=0, is_active=True, **stamp(moment))
    insert_missing(w, m.Promotion.__table__, "code", promotions)
