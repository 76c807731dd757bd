"""NIK (Nomor Induk Kependudukan) checked for form: 16 digits laid out as
province (2) regency (2) kecamatan (2) birth day (2; +40 for women) month (2)
year (2) serial (4). Whether the number was really issued only Dukcapil knows."""
from __future__ import annotations

from datetime import date

from ispdesk.domain.messages import Message, message

#: Kemendagri province codes (11 Aceh … 96 Papua Barat Daya).
PROVINCE_CODES = frozenset({11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62,
                            63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96})


DIGITS = message("nik.digits", "An NIK has exactly 16 digits.")
PROVINCE = message("nik.province", "The first two digits of an NIK are a province code (11-96).")
REGION = message("nik.region", "Digits 3-6 of an NIK are the regency and kecamatan codes; they cannot be 00.")
BIRTH_DATE = message("nik.birth_date",
                     "Digits 7-12 of an NIK are the birth date (DDMMYY, day + 40 for women); this is no date.")
SERIAL = message("nik.serial", "The last four digits of an NIK are a serial number from 0001.")


def nik_problem(nik: str) -> Message | None:
    """Why ``nik`` cannot be an NIK, or None when its form is plausible."""
    if len(nik) != 16 or not nik.isdigit():
        return DIGITS()
    if int(nik[:2]) not in PROVINCE_CODES:
        return PROVINCE()
    if nik[2:4] == "00" or nik[4:6] == "00":
        return REGION()
    day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if day > 40:
        day -= 40
    if not any(_is_date(century + year, month, day) for century in (1900, 2000)):
        return BIRTH_DATE()
    if nik[12:] == "0000":
        return SERIAL()
    return None


def birth_date(nik: str, today: date) -> date:
    """The birth date an NIK of plausible form carries (the century that is not in the future)."""
    day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    day = day - 40 if day > 40 else day
    born = date(2000 + year, month, day) if _is_date(2000 + year, month, day) else None
    if born is None or born > today:
        return date(1900 + year, month, day)
    return born


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
