"""Reference data every database needs: roles, their permissions, settings."""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Role, RolePermission, Setting
from ispdesk.domain.permissions import ACTIONS, DEFAULT_MATRIX, MODULES, ROLE_DESCRIPTIONS

#: Office settings with their defaults (the admin edits them in Settings).
DEFAULT_SETTINGS: dict[str, str] = {
    "company.name": "PT Jaringan Serat Nusantara",
    "company.address": "Jl. Merdeka No. 17, Bandung, Jawa Barat 40111",
    "company.phone": "+62 22 1234567",
    "company.npwp": "01.234.567.8-901.000",
    "company.bank_accounts": "BCA 123-456-7890 a.n. PT Jaringan Serat Nusantara",
    "tax.pkp": "true",
    "tax.rate": "12",
    "tax.base_numerator": "11",
    "tax.base_denominator": "12",
    "tax.prices_include_tax": "false",
    "billing.due_days": "10",
    "billing.late_fee_type": "none",
    "billing.late_fee_value": "0",
    "billing.suspend_after_days": "30",
    "qris.static_payload": "",
    "referral.reward_type": "credit",
    "referral.reward_amount": "50000",
    "contract.terms_template": (
        "1. Layanan internet diberikan sesuai paket yang dipilih.\n"
        "2. Tagihan diterbitkan setiap bulan dan jatuh tempo sesuai tanggal pada invoice.\n"
        "3. Keterlambatan pembayaran dapat mengakibatkan isolir layanan.\n"
        "4. Perangkat ONT adalah milik perusahaan dan wajib dikembalikan saat berhenti berlangganan."
    ),
    "ui.language": "id",
    "office.time_zone": "WIB",
}


def ensure_reference_data(session: Session) -> None:
    """Create missing roles, permission cells and settings; never overwrite edits."""
    roles = {r.name: r for r in session.scalars(sa.select(Role))}
    for role_name, grants in DEFAULT_MATRIX.items():
        role = roles.get(role_name)
        if role is None:
            role = Role(name=str(role_name), description=ROLE_DESCRIPTIONS[role_name])
            session.add(role)
            session.flush()
            cells = [RolePermission(role_id=role.id, module=m, action=a, allowed=a in grants.get(m, set()))
                     for m in MODULES for a in ACTIONS]
            session.add_all(cells)
    existing = set(session.scalars(sa.select(Setting.key)))
    session.add_all(Setting(key=k, value=v) for k, v in DEFAULT_SETTINGS.items() if k not in existing)
    session.flush()
