"""Staff users for every role, and the leave types HR works with."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from functools import lru_cache

import sqlalchemy as sa

from ispdesk.db import models as m
from ispdesk.domain.errors import ConflictError
from ispdesk.domain.messages import message
from ispdesk.services.demo import names
from ispdesk.services.demo.common import stamp
from ispdesk.services.demo.writer import Writer, insert_missing
from ispdesk.services.passwords import hash_password

#: username, password, role, full name, monthly basic salary
ROLES_MISSING = message("demo.roles_missing", "Roles missing from the database: {roles}; run "
                                              "\u201cispdesk db upgrade\u201d.")

DEMO_USERS = (
    ("admin", "admin123", "admin", "Hendra Gunawan", "8500000"),
    ("supervisor", "super123", "supervisor", "Sri Wahyuni", "7000000"),
    ("cashier", "kasir123", "cashier", "Dewi Lestari", "4800000"),
    ("kasir2", "kasir123", "cashier", "Nurul Fitriani", "4800000"),
    ("sales", "sales123", "sales", "Agus Setiawan", "4500000"),
    ("sales2", "sales123", "sales", "Yulia Rahmi", "4500000"),
    ("gudang", "gudang123", "warehouse", "Bambang Sutrisno", "4600000"),
    ("teknisi", "teknisi123", "technician", "Asep Hidayat", "5000000"),
    ("teknisi2", "teknisi123", "technician", "Ujang Permana", "5000000"),
    ("teknisi3", "teknisi123", "technician", "Tigor Simanjuntak", "5000000"),
    ("hr", "hrdemo123", "hr", "Ratna Kusumawati", "6000000"),
)

#: code, name, days per year, paid?
LEAVE_TYPES = (("CUTI", "Cuti Tahunan", 12, True), ("SAKIT", "Sakit dengan Surat Dokter", None, True),
               ("MELAHIRKAN", "Cuti Melahirkan", 90, True), ("MENIKAH", "Cuti Menikah", 3, True),
               ("DUKA", "Cuti Duka", 2, True), ("TANPAGAJI", "Cuti di Luar Tanggungan", None, False))


@dataclass
class Staff:
    """The demo users' ids by role."""

    by_role: dict[str, list[int]]

    def one(self, rng: random.Random, role: str) -> int:
        return rng.choice(self.by_role[role])

    def first(self, role: str) -> int:
        return self.by_role[role][0]


def write_staff(w: Writer, rng: random.Random, today: date) -> Staff:
    """Demo users for every role; each distinct password is hashed once."""
    roles = dict(w.query(sa.select(m.Role.__table__.c.name, m.Role.__table__.c.id)).all())
    missing = {role for *_, role, _, _ in DEMO_USERS} - set(roles)
    if missing:
        raise ConflictError(ROLES_MISSING(roles=sorted(missing)))
    hashes = {password: _demo_hash(password) for password in sorted({u[1] for u in DEMO_USERS})}
    joined = datetime.combine(today - timedelta(days=1600), clock(8))
    rows = [{"username": username, "name": name, "email": f"{username}@jaringanserat.co.id",
             "phone": names.mobile_number(rng), "password_hash": hashes[password], "role_id": roles[role],
             "is_active": True, "basic_salary": Decimal(salary), "failed_logins": 0, "locked_until": None,
             "last_login_at": None, "language": "id", **stamp(joined)}
            for username, password, role, name, salary in DEMO_USERS]
    ids = insert_missing(w, m.User.__table__, "username", rows)
    by_role: dict[str, list[int]] = {}
    for username, _, role, _, _ in DEMO_USERS:
        by_role.setdefault(role, []).append(ids[username])
    return Staff(by_role)


@lru_cache(maxsize=None)
def _demo_hash(password: str) -> str:
    """Argon2 is slow by design: each demo password is hashed once per process."""
    return hash_password(password)


def write_leave_types(w: Writer, moment: datetime) -> None:
    insert_missing(w, m.LeaveType.__table__, "code", [
        {"code": code, "name": name, "days_per_year": days, "is_paid": paid, "requires_approval": True,
         "is_active": True, **stamp(moment)} for code, name, days, paid in LEAVE_TYPES])
