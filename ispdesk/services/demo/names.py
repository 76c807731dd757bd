"""People and places for demo data: Indonesian names by ethnic group, +62
mobile numbers, street addresses, and the region dataset under
``resources/regions/``. Everything is drawn from a ``random.Random`` the caller
passes in, so the same seed gives the same people."""
from __future__ import annotations

import json
import math
import random
import sys
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

REGIONS_FILE = "indonesia_demo_regions.json"

# ---- names -------------------------------------------------------------------

#: group -> (male given names, female given names, male second names, female second names)
NAME_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "javanese": (
        ("Budi", "Agus", "Slamet", "Joko", "Bambang", "Wahyu", "Heru", "Eko", "Dwi", "Tri", "Sigit",
         "Teguh", "Bayu", "Adi", "Hadi", "Sutrisno", "Sugeng", "Yudi", "Rudi", "Arif", "Aris", "Wawan",
         "Anton", "Hendro", "Priyo", "Gunawan", "Purwanto", "Suryo", "Dimas", "Fajar", "Galih", "Yoga"),
        ("Sri", "Siti", "Dewi", "Endang", "Tutik", "Wulan", "Rina", "Ratna", "Ani", "Yuni", "Sulastri",
         "Suharti", "Dwi", "Tri", "Ayu", "Indah", "Retno", "Lestari", "Kartika", "Nurul", "Fitri", "Puji",
         "Sekar", "Utami", "Wahyuni", "Rahayu", "Setyowati", "Dian", "Novi", "Anik"),
        ("Santoso", "Wibowo", "Prasetyo", "Setiawan", "Susanto", "Hartono", "Nugroho", "Purnomo",
         "Wahyudi", "Kurniawan", "Saputro", "Hidayat", "Pratama", "Raharjo", "Sugiarto", "Widodo",
         "Handoko", "Utomo", "Yulianto", "Cahyono", "Budiman", "Wijayanto", "Haryanto", "Suharjo"),
        ("Lestari", "Wati", "Rahayu", "Wulandari", "Handayani", "Puspitasari", "Susanti", "Astuti",
         "Kusumawati", "Rahmawati", "Widyaningsih", "Suryani", "Purwaningsih", "Wahyuningsih",
         "Setyaningrum", "Maharani", "Anggraini", "Pertiwi"),
    ),
    "sundanese": (
        ("Asep", "Ujang", "Dede", "Cecep", "Yayan", "Entis", "Dadang", "Iwan", "Agus", "Ade", "Deden",
         "Yusuf", "Rahmat", "Ridwan", "Hendra", "Dudi", "Ayi", "Ikhsan", "Encep", "Jajang", "Ilham",
         "Rizky", "Aep", "Aceng", "Wawan", "Hilman", "Yadi", "Endang"),
        ("Euis", "Neng", "Imas", "Lilis", "Nining", "Yeti", "Cucu", "Enok", "Tati", "Iis", "Ai",
         "Rina", "Siti", "Nia", "Wiwin", "Popon", "Elis", "Dewi", "Rini", "Sri", "Nurul", "Yanti",
         "Tina", "Ratna", "Ika", "Rosita"),
        ("Hidayat", "Sutisna", "Suryana", "Permana", "Kusnadi", "Rustandi", "Mulyana", "Saepudin",
         "Supriatna", "Gunawan", "Nugraha", "Kusumah", "Setiadi", "Sobari", "Hermawan", "Firmansyah",
         "Ramdani", "Sudrajat", "Ruhiyat", "Komarudin", "Sunarya", "Sopian"),
        ("Nurhasanah", "Rahmawati", "Kurniasih", "Fitriani", "Permatasari", "Sumiati", "Rohayati",
         "Nurjanah", "Maryani", "Komalasari", "Yuliani", "Suryani", "Herawati", "Mulyani", "Sundari"),
    ),
    "batak": (
        ("Tigor", "Maruli", "Togar", "Sahat", "Lamhot", "Parlindungan", "Bonar", "Poltak", "Hotman",
         "Rudolf", "Jonni", "Robert", "Martin", "Daniel", "Hendrik", "Binsar", "Marulak", "Sabar",
         "Halomoan", "Pangihutan", "Roy", "Ricardo", "Frans"),
        ("Rosmawati", "Tiurma", "Romauli", "Butet", "Lamria", "Rumondang", "Dameria", "Hotnida",
         "Sarma", "Nurmala", "Ruth", "Maria", "Lina", "Rosdiana", "Erna", "Debora", "Santi", "Yohana"),
        ("Siregar", "Nasution", "Simanjuntak", "Sitompul", "Hutapea", "Panjaitan", "Sinaga",
         "Harahap", "Lubis", "Pardede", "Situmorang", "Manurung", "Simatupang", "Tampubolon",
         "Hutagalung", "Sembiring", "Ginting", "Tarigan", "Silalahi", "Napitupulu", "Sihombing",
         "Pasaribu", "Sitorus", "Damanik", "Purba", "Saragih", "Marpaung", "Butar-butar"),
        (),
    ),
    "minang": (
        ("Rizal", "Fauzi", "Hendra", "Yusrizal", "Zulkifli", "Afrizal", "Syafrudin", "Irwan", "Yondri",
         "Andri", "Ferdi", "Rahmat", "Dedi", "Ikhlas", "Fadli", "Muharram", "Zulfahmi", "Gusnaldi",
         "Mardius", "Revi", "Hafiz"),
        ("Nurhayati", "Yenni", "Mardiana", "Rahmi", "Yulia", "Desi", "Fitri", "Elfi", "Rosna", "Nelly",
         "Syafni", "Yusnidar", "Mega", "Rika", "Vivi", "Lasmi", "Sasmita"),
        ("Chaniago", "Piliang", "Koto", "Tanjung", "Sikumbang", "Jambak", "Syahputra", "Effendi",
         "Zulkarnain", "Azhari", "Putra", "Datuak", "Malin", "Marajo"),
        ("Rahmi", "Yanti", "Wahyuni", "Novita", "Hayati", "Syafitri", "Ramadhani", "Sari", "Ningsih"),
    ),
    "balinese": (
        ("Sudarsana", "Artawan", "Suarjana", "Mahendra", "Wirawan", "Adnyana", "Suardana", "Astawa",
         "Darmawan", "Sukadana", "Wiguna", "Widiana", "Arsana", "Budiarta", "Sudiarta", "Yasa"),
        ("Ayu Lestari", "Sri Wahyuni", "Ayu Sukmawati", "Dewi Sartika", "Ayu Puspita", "Suartini",
         "Sudarmini", "Wulandari", "Ayu Kartika", "Sukerni", "Ariani", "Yuliantari", "Astiti"),
        (), (),
    ),
    "bugis": (
        ("Andi", "Muhammad", "Arif", "Ilham", "Syamsul", "Rusdi", "Ansar", "Haris", "Akbar", "Irfan",
         "Syahrir", "Jusman", "Rahman", "Basri", "Nasrul", "Faisal", "Asriadi", "Kaharuddin"),
        ("Sitti", "Andi", "Hasnawati", "Nurhaedah", "Hasmah", "Rosmini", "Nurul", "Hajrah", "Risna",
         "Marhani", "Irmawati", "Asni", "Suriani", "Hasniati"),
        ("Amir", "Basri", "Rasyid", "Hamzah", "Mappaseng", "Daeng", "Arifin", "Syarifuddin",
         "Hasanuddin", "Abdullah", "Ramli", "Baso", "Patiroi", "Mattalitti"),
        ("Nurul Fadillah", "Hasanah", "Rahmawati", "Amaliah", "Kasmawati", "Syamsiah", "Aisyah"),
    ),
    "chinese": (
        ("Hendra", "Yohanes", "Stefanus", "Michael", "Felix", "William", "Kevin", "Budi", "Herman",
         "Anton", "Yosua", "Edward", "Jonathan", "Vincent", "Steven", "Ricky", "Johan", "Andreas"),
        ("Christine", "Jessica", "Vivian", "Natalia", "Cindy", "Melissa", "Angela", "Lily", "Yuliana",
         "Fransiska", "Veronika", "Monica", "Stefani", "Lidia", "Meiliana", "Susan"),
        ("Wijaya", "Gunawan", "Halim", "Kurniawan", "Santoso", "Tanoto", "Hartono", "Susanto",
         "Setiawan", "Salim", "Tjandra", "Limanto", "Sugianto", "Tanujaya", "Hidayat", "Lukito",
         "Kusuma", "Widjaja", "Suryadi", "Tedjo"),
        (),
    ),
}

_BALINESE_BIRTH_ORDER = ("Wayan", "Made", "Nyoman", "Ketut", "Putu", "Gede", "Kadek", "Komang")

#: province code -> weights of the name groups of people living there.
PROVINCE_NAME_MIX: dict[str, dict[str, int]] = {
    "31": {"javanese": 40, "sundanese": 20, "batak": 10, "minang": 8, "chinese": 12, "bugis": 5, "balinese": 5},
    "32": {"sundanese": 72, "javanese": 15, "batak": 4, "minang": 3, "chinese": 6},
    "36": {"sundanese": 45, "javanese": 30, "batak": 6, "minang": 5, "chinese": 14},
    "33": {"javanese": 90, "sundanese": 3, "chinese": 7},
    "34": {"javanese": 90, "sundanese": 3, "batak": 2, "chinese": 5},
    "35": {"javanese": 88, "chinese": 9, "bugis": 3},
    "51": {"balinese": 80, "javanese": 15, "chinese": 5},
    "12": {"batak": 70, "javanese": 15, "minang": 5, "chinese": 10},
    "13": {"minang": 88, "batak": 6, "javanese": 6},
    "73": {"bugis": 85, "javanese": 8, "chinese": 7},
}


def person_name(rng: random.Random, group: str, female: bool) -> str:
    """A full name as people of ``group`` are usually named."""
    male_given, female_given, male_second, female_second = NAME_POOLS[group]
    given = rng.choice(female_given if female else male_given)
    if group == "balinese":
        title = "Ni" if female else "I"
        return f"{title} {rng.choice(_BALINESE_BIRTH_ORDER)} {given}"
    if group == "batak":
        return f"{given} {rng.choice(male_second)}"
    seconds = (female_second or male_second) if female else male_second
    roll = rng.random()
    if roll < 0.12 and group in ("javanese", "sundanese", "minang", "bugis"):
        return given if len(given) > 3 else f"{given} {rng.choice(seconds)}"  # one-word names are common
    if roll < 0.30:
        middle = rng.choice(female_given if female else male_given)
        if middle != given:
            return f"{given} {middle} {rng.choice(seconds)}"
    return f"{given} {rng.choice(seconds)}"


# ---- phones, e-mail, streets ---------------------------------------------------------

#: Mobile prefixes after +62 (Telkomsel, Indosat, XL/Axis, Tri, Smartfren).
MOBILE_PREFIXES = ("811", "812", "813", "821", "822", "823", "851", "852", "853", "814", "815",
                   "816", "855", "856", "857", "858", "817", "818", "819", "859", "877", "878",
                   "831", "832", "838", "895", "896", "897", "898", "899", "881", "882", "887", "888")
_PREFIX_WEIGHTS = (6, 12, 10, 8, 9, 6, 7, 9, 4, 2, 2, 3, 4, 6, 7, 3, 4, 5, 6, 3, 5, 4,
                   2, 2, 3, 4, 5, 3, 2, 2, 2, 1, 1, 1)
_CUMULATIVE = tuple(sum(_PREFIX_WEIGHTS[:i + 1]) for i in range(len(_PREFIX_WEIGHTS)))


def mobile_number(rng: random.Random) -> str:
    """An Indonesian mobile number in international form: ``+6281234567890``."""
    prefix = rng.choices(MOBILE_PREFIXES, cum_weights=_CUMULATIVE)[0]
    digits = rng.choice((7, 8, 8, 8, 9))
    return f"+62{prefix}{rng.randrange(10 ** (digits - 1), 10 ** digits)}"


EMAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.co.id",
                 "outlook.com", "hotmail.com", "ymail.com")


def email_for(rng: random.Random, name: str) -> str:
    parts = [p.lower() for p in name.replace("-", " ").replace(".", "").split() if p not in ("I", "Ni")]
    local = rng.choice((".", "", "_")).join(parts[:2])
    if rng.random() < 0.6:
        local += str(rng.randrange(1, 99) if rng.random() < 0.5 else rng.randrange(1965, 2005))
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


STREETS = (
    "Merdeka", "Jend. Sudirman", "Diponegoro", "Gatot Subroto", "Ahmad Yani", "Pahlawan", "Veteran",
    "Kenanga", "Melati", "Mawar", "Anggrek", "Flamboyan", "Cempaka", "Dahlia", "Kartini", "Gajah Mada",
    "Hayam Wuruk", "Pemuda", "Imam Bonjol", "Teuku Umar", "Cut Nyak Dien", "Sisingamangaraja",
    "Pattimura", "Hasanuddin", "Sultan Agung", "Pangeran Antasari", "KH. Ahmad Dahlan", "Dr. Wahidin",
    "Raya Pasar", "Mangga", "Rambutan", "Durian", "Nangka", "Sawo", "Jambu", "Kelapa Gading", "Cendana",
    "Beringin", "Bougenville", "Nusa Indah", "Teratai", "Kamboja", "Seruni", "Asoka", "Sakura",
    "Garuda", "Rajawali", "Elang", "Merpati", "Cendrawasih", "Kutilang", "Perkutut", "Nuri", "Jalak",
    "Mataram", "Majapahit", "Sriwijaya", "Pajajaran", "Singosari", "Kediri", "Brawijaya", "Siliwangi",
    "Bhayangkara", "Proklamasi", "Kemerdekaan", "Persatuan", "Sejahtera", "Damai", "Harapan",
    "Swadaya", "Gotong Royong", "Karya Bakti", "Budi Utomo", "Pendidikan", "Masjid", "Musholla",
    "Sekolah", "Lapangan", "Raya", "Taman Sari", "Griya Asri", "Permata Hijau", "Bukit Indah",
)


def street_address(rng: random.Random) -> str:
    """``Jl. Kenanga No. 12`` (sometimes a gang or a block)."""
    street = rng.choice(STREETS)
    roll = rng.random()
    if roll < 0.12:
        return f"Jl. {street} Gg. {rng.randrange(1, 15)} No. {rng.randrange(1, 60)}"
    if roll < 0.22:
        block = rng.choice("ABCDEFGH")
        return f"Jl. {street} Blok {block}{rng.randrange(1, 20)} No. {rng.randrange(1, 40)}"
    return f"Jl. {street} No. {rng.randrange(1, 250)}"


def rt_rw(rng: random.Random) -> str:
    return f"{rng.randrange(1, 16):03d}/{rng.randrange(1, 13):03d}"


# ---- regions -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Village:
    """One kelurahan/desa with everything an address needs; its coordinates are its kecamatan's centre."""

    provinsi: str
    province_code: str
    kabupaten: str
    regency_code: str
    kecamatan: str
    district_number: int
    kelurahan: str
    kode_pos: str
    latitude: Decimal
    longitude: Decimal


@dataclass(frozen=True)
class Regency:
    name: str
    code: str
    province: str
    province_code: str
    latitude: Decimal
    longitude: Decimal
    weight: int
    villages: tuple[Village, ...]


def regions_dir() -> Path:
    """``resources/regions`` beside the package (or inside a PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "regions"
    return Path(__file__).resolve().parents[3] / "resources" / "regions"


#: How far (degrees, ~3.3 km) the kecamatan around the first one lie from the regency's centre.
DISTRICT_RING = 0.03


def district_centre(lat: Decimal, lon: Decimal, number: int, count: int) -> tuple[Decimal, Decimal]:
    """Where kecamatan ``number`` of ``count`` lies: the first at the regency's centre,
    the others on a ring around it (the dataset has no coordinates per kecamatan)."""
    if number == 1 or count < 2:
        return lat, lon
    angle = 2 * math.pi * (number - 2) / (count - 1)
    return (lat + Decimal(f"{DISTRICT_RING * math.sin(angle):.6f}"),
            lon + Decimal(f"{DISTRICT_RING * math.cos(angle):.6f}"))


@lru_cache(maxsize=1)
def load_regencies(path: Path | None = None) -> tuple[Regency, ...]:
    """The kabupaten/kota of the region dataset with their villages."""
    data = json.loads((path or regions_dir() / REGIONS_FILE).read_text(encoding="utf-8"))
    regencies = []
    for province in data["provinces"]:
        for reg in province["regencies"]:
            lat, lon = Decimal(reg["latitude"]), Decimal(reg["longitude"])
            count = len(reg["districts"])
            villages = tuple(
                Village(province["name"], province["code"], reg["name"], reg["code"], district["name"], number,
                        name, postal, *district_centre(lat, lon, number, count))
                for number, district in enumerate(reg["districts"], start=1)
                for name, postal in district["villages"])
            regencies.append(Regency(reg["name"], reg["code"], province["name"], province["code"], lat, lon,
                                     int(reg.get("weight", 1)), villages))
    return tuple(regencies)
