"""The network and the field: OLT -> ODC -> ODP tree, IP pools and addresses,
SLA policies, and work orders with their installation reports."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal

import sqlalchemy as sa

from ispdesk.db import models as m
from ispdesk.services.demo import names
from ispdesk.services import attachments
from ispdesk.services.demo.common import at, jitter, photo_jpeg, signature_base64, stamp
from ispdesk.services.demo.customers import TECHNICIAN_AREAS, CustomerBook, Place
from ispdesk.services.demo.people import Staff
from ispdesk.services.demo.writer import Writer, assign_ids

#: name, priority, work order type, response hours, resolution hours
SLA_POLICIES = (("Gangguan Darurat", "urgent", "repair", 1, 4), ("Gangguan Tinggi", "high", "repair", 2, 8),
                ("Gangguan Normal", "medium", "repair", 4, 24), ("Gangguan Ringan", "low", "repair", 8, 72),
                ("Pemasangan Baru", "medium", "installation", 24, 72),
                ("Pemeliharaan Terjadwal", "low", "maintenance", 24, 168))


#: Short names of the regencies for device names (OLT-BDG-01); others use their code.
SITE_CODES = {"3174": "JKS", "3175": "JKT", "3173": "JKB", "3273": "BDG", "3275": "BKS", "3271": "BGR",
              "3674": "TGS", "3671": "TNG", "3374": "SMG", "3372": "SKA", "3302": "PWT", "3471": "YOG",
              "3404": "SLM", "3402": "BTL", "3578": "SBY", "3573": "MLG", "3515": "SDA", "5171": "DPS",
              "5103": "BDU", "1275": "MDN", "1207": "LBP", "1371": "PDG", "1375": "BKT", "7371": "MKS"}
OLT_MODELS = (("Huawei", "MA5800-X7"), ("ZTE", "C320"), ("Huawei", "MA5608T"), ("ZTE", "C300"))
#: The most ODPs the demo network has (the network tree loads every device).
MAX_ODPS = 3000
#: Customers an ODP serves, as the network is planned.
PER_ODP = 10


@dataclass
class Odp:
    id: int
    name: str
    capacity: int
    used: int
    latitude: Decimal
    longitude: Decimal
    row: dict = field(repr=False, default_factory=dict)
    taken: set[int] = field(default_factory=set)

    def port(self) -> int | None:
        """A port for a completed installation: the first not held by a report yet, counted in
        ``used_ports`` (a port beyond the used ones is counted now); None when the ODP is full."""
        for port in range(1, self.capacity + 1):
            if port not in self.taken:
                self.taken.add(port)
                if port > self.used:
                    self.used = self.row["used_ports"] = port
                return port
        return None


@dataclass
class Network:
    olt_ids: list[int]
    #: (regency code, kecamatan number) -> its ODPs, the last one with free ports
    odps: dict[tuple[str, int], list[Odp]]
    management_pool: int | None
    public_pool: int | None
    rows: list[dict] = field(default_factory=list)

    def odps_near(self, village: names.Village) -> list[Odp]:
        return self.odps.get((village.regency_code, village.district_number), [])


@dataclass
class WorkOrder:
    id: int
    type: str
    status: str
    done_at: datetime | None
    customer_id: int | None
    #: ONT serial issued to the order (installations), and when the warehouse issued it
    ont_serial: str | None = None
    issued_at: datetime | None = None


def write_sla_policies(w: Writer, moment: datetime) -> None:
    """The SLA policies, unless the database has some already."""
    table = m.SlaPolicy.__table__
    if w.query(sa.select(sa.func.count()).select_from(table)).scalar_one() == 0:
        first = w.ids(table, len(SLA_POLICIES))
        w.insert(table, [{"id": first + i, "name": name, "priority": prio, "work_order_type": kind,
                          "response_hours": resp, "resolution_hours": res,
                          "description": f"Respon {resp} jam, selesai {res} jam.", "is_active": True,
                          **stamp(moment)} for i, (name, prio, kind, resp, res) in enumerate(SLA_POLICIES)])


def write_network(w: Writer, rng: random.Random, today: date, customers: int) -> Network:
    """Where the customers live: an OLT per kabupaten/kota, an ODC per kecamatan and its ODPs
    (about one per ``PER_ODP`` customers expected there, at most ``MAX_ODPS``); IP pools."""
    table = m.NetworkDevice.__table__
    if w.query(sa.select(sa.func.count()).select_from(table)).scalar_one():
        return Network([], {}, None, None)
    regencies = names.load_regencies()
    total_weight = sum(r.weight for r in regencies)
    expected = {}
    for regency in regencies:
        share = customers * regency.weight / total_weight
        for village in regency.villages:
            key = (regency.code, village.district_number)
            expected[key] = expected.get(key, 0.0) + share / len(regency.villages)
    wanted = {key: max(1, -(-int(e) // PER_ODP)) for key, e in expected.items()}
    scale = min(1.0, MAX_ODPS / sum(wanted.values()))
    rows: list[dict] = []
    olt_ids: list[int] = []
    odps: dict[tuple[str, int], list[Odp]] = {}
    installed = today - timedelta(days=1500)
    for n, regency in enumerate(regencies, start=1):
        site = SITE_CODES.get(regency.code, regency.code)
        brand, model = OLT_MODELS[n % len(OLT_MODELS)]
        olt = w.ids(table)
        olt_ids.append(olt)
        districts = sorted({(v.district_number, v.kecamatan): v for v in regency.villages}.items())
        rows.append(_device(olt, "olt", f"OLT-{site}-01", brand, model, f"10.10.0.{n + 10}",
                            f"POP {regency.name}", regency.latitude, regency.longitude, 2000, rng, capacity=128,
                            used=min(128, 8 * len(districts) + rng.randrange(0, 8)), parent=None,
                            installed=installed))
        for (number, kecamatan), village in districts:
            key = (regency.code, number)
            count = max(1, int(wanted[key] * scale))
            odc = w.ids(table)
            rows.append(_device(odc, "odc", f"ODC-{site}-{number:02d}", "FiberHome", "ODC 144 Core", None,
                                f"Kec. {kecamatan}, {regency.name}", village.latitude, village.longitude, 3000,
                                rng, capacity=144, used=min(144, 2 * count + rng.randrange(0, 12)), parent=olt,
                                installed=installed + timedelta(days=30 * number)))
            load = expected[key] / count        # customers each ODP of the kecamatan serves
            kelurahan = [v for v in regency.villages if v.district_number == number]
            odps[key] = []
            for p in range(1, count + 1):
                odp_id = w.ids(table)
                capacity = rng.choice((8, 16, 16))
                used = min(capacity, round(load * rng.uniform(0.6, 1.1)))
                if p == count:
                    used = min(used, capacity - 3)     # each kecamatan has room for new customers
                where = kelurahan[(p - 1) % len(kelurahan)]
                row = _device(odp_id, "odp", f"ODP-{site}-{number:02d}-{p:03d}", "Generic",
                              f"ODP {capacity} Port", None, f"{where.kelurahan}, Kec. {kecamatan}",
                              where.latitude, where.longitude, SPREAD_ODP, rng, capacity=capacity,
                              used=max(used, 0), parent=odc, installed=installed + timedelta(days=30 * number + p % 300))
                rows.append(row)
                odps[key].append(Odp(odp_id, row["name"], capacity, row["used_ports"], row["latitude"],
                                     row["longitude"], row))
    moment = datetime.combine(installed, clock(10))
    pools = m.IpPool.__table__
    first = w.ids(pools, 3)
    w.insert(pools, [
        {"id": first, "name": "Manajemen OLT", "network": "10.10.0.0/24", "gateway": "10.10.0.1",
         "dns_primary": "10.10.0.2", "dns_secondary": None, "type": "management", "is_active": True,
         **stamp(moment)},
        {"id": first + 1, "name": "Publik Bisnis", "network": "203.0.113.0/26", "gateway": "203.0.113.1",
         "dns_primary": "1.1.1.1", "dns_secondary": "8.8.8.8", "type": "public", "is_active": True,
         **stamp(moment)},
        {"id": first + 2, "name": "PPPoE Pelanggan", "network": "100.64.0.0/16", "gateway": "100.64.0.1",
         "dns_primary": "8.8.8.8", "dns_secondary": "8.8.4.4", "type": "private", "is_active": True,
         **stamp(moment)},
    ])
    return Network(olt_ids, odps, first, first + 1, rows)   # the devices are written with the field work


#: ODPs stand within this many millionths of a degree (~1 km) of their kelurahan.
SPREAD_ODP = 9000


def _device(device_id: int, kind: str, name: str, brand: str, model: str, ip: str | None, location: str,
            latitude: Decimal, longitude: Decimal, spread: int, rng: random.Random, *, capacity: int, used: int,
            parent: int | None, installed: date) -> dict:
    return {"id": device_id, "device_type": kind, "name": name, "brand": brand, "model": model,
            "serial_number": f"{brand[:2].upper()}{rng.randrange(10 ** 9, 10 ** 10)}", "ip_address": ip,
            "mac_address": None if kind == "odp" else ":".join(f"{rng.randrange(256):02X}" for _ in range(6)),
            "location": location, "latitude": jitter(rng, latitude, spread),
            "longitude": jitter(rng, longitude, spread), "capacity": capacity, "used_ports": used,
            "parent_device_id": parent, "status": "active", "installed_at": installed, "notes": None,
            **stamp(datetime.combine(installed, clock(10)))}


NOTES = {"installation": "Pasang baru, tarik kabel dari ODP terdekat",
         "maintenance": "Pengecekan rutin ODC dan pembersihan konektor",
         "survey": "Cek ketersediaan port ODP di lokasi calon pelanggan",
         "relocation": "Pindah alamat dalam satu kelurahan",
         "disconnection": "Cabut ONT, pelanggan berhenti berlangganan"}
REPAIR_NOTES = ("LOS merah menyala", "Internet lambat sejak kemarin", "Kabel drop putus tertimpa dahan",
                "ONT mati total", "WiFi sering putus malam hari", "Redaman tinggi, sering RTO")


@dataclass
class _Order:
    """A work order being planned."""

    kind: str
    status: str
    created: datetime
    day: date | None
    hour: int
    technician: int | None = None
    place: Place | None = None
    customer_id: int | None = None
    lead_id: int | None = None
    contract_id: int | None = None
    started: datetime | None = None
    done: datetime | None = None
    priority: str = "medium"


def work_moment(today: date, now: datetime) -> datetime:
    """The moment the field day has reached: ``now`` during the working day, else late
    yesterday afternoon (a demo made at night has no technicians out in the dark)."""
    if now.date() != today or now.hour < 8:
        return datetime.combine(today - timedelta(days=1), clock(16, 30))
    return min(now, datetime.combine(today, clock(18)))


def write_field_work(w: Writer, rng: random.Random, today: date, now: datetime, staff: Staff, book: CustomerBook,
                     network: Network, qualified_leads: list[int]) -> list[WorkOrder]:
    """Completed installations (with their reports) of the newest customers, the pending, assigned
    and started installations of the prospects, repairs done in the last weeks and open this week
    near each technician, maintenance, surveys, a relocation, disconnections; the devices of the
    network; the technicians' last positions. Returns the orders (the warehouse issues their stock)."""
    table = m.WorkOrder.__table__
    technicians = staff.by_role["technician"]
    field_now = work_moment(today, now)
    field_day = field_now.date()
    plan: list[_Order] = []
    anywhere = book.sample or [place for place, _ in book.recent]

    def near(area: int) -> Place | None:
        local = book.local.get(TECHNICIAN_AREAS[area % len(TECHNICIAN_AREAS)]) or anywhere
        return rng.choice(local) if local else None

    def done_order(kind: str, place: Place | None, day: date, technician: int | None, **extra) -> _Order:
        created = at(day - timedelta(days=rng.randrange(1, 3)), rng)
        started = at(day, rng, 8, 14)
        return _Order(kind, "completed", created, day, started.hour, technician, place,
                      place.customer_id if place else extra.pop("customer_id", None), started=started,
                      done=started + timedelta(minutes=rng.randrange(50, 240)), **extra)

    # installations done: the newest active customers, on their activation day
    for place, activated in book.recent[-6:]:
        plan.append(done_order("installation", place, activated, rng.choice(technicians)))
    # repairs done in the last four weeks, one cancelled, maintenance, disconnections
    for _ in range(min(60, max(4, book.total // 50))):
        place = rng.choice(anywhere) if anywhere else None
        plan.append(done_order("repair", place, today - timedelta(days=rng.randrange(1, 28)), rng.choice(technicians),
                               priority=rng.choice(("high", "medium", "urgent", "low"))))
    if anywhere:
        place = rng.choice(anywhere)
        made = at(today - timedelta(days=rng.randrange(3, 10)), rng)
        plan.append(_Order("repair", "cancelled", made, made.date() + timedelta(days=1), 10, None, place,
                           place.customer_id, priority="low"))
    plan.append(done_order("maintenance", None, today - timedelta(days=rng.randrange(2, 9)), technicians[0]))
    for customer_id in book.terminated[:2]:
        plan.append(done_order("disconnection", None, today - timedelta(days=rng.randrange(1, 20)),
                               rng.choice(technicians), customer_id=customer_id))
    # this week: the prospects' installations
    for prospect in book.prospects:
        technician = None if prospect.status == "pending" else technicians[prospect.area % len(technicians)]
        order = _Order("installation", prospect.status, prospect.signed_up + timedelta(hours=1), prospect.install_day,
                       (9, 13, 10, 14)[len(plan) % 4], technician, prospect.place, prospect.place.customer_id,
                       prospect.lead_id, prospect.contract_id)
        if prospect.status == "in_progress":
            order.day, order.hour = field_day, 9
            order.started = field_now - timedelta(minutes=80)
        plan.append(order)
    # this week: repairs near each technician (one started when the technician has no installation going)
    for t, technician in enumerate(technicians):
        busy = any(o.status == "in_progress" and o.technician == technician for o in plan)
        for n, status in enumerate(("assigned", "assigned", "in_progress")):
            if status == "in_progress" and busy:
                continue
            place = near(t)
            if place is None:
                continue
            day = field_day if status == "in_progress" else today + timedelta(days=n + t % 2)
            made = at(today - timedelta(days=rng.randrange(0, 2)), rng, 7, 10) if day >= today else \
                datetime.combine(day, clock(7))
            made = min(made, field_now - timedelta(hours=3))
            order = _Order("repair", status, made, day, 11 + 2 * n, technician, place, place.customer_id,
                           priority="high" if status == "in_progress" else "medium" if day <= today else "low")
            if status == "in_progress":
                order.started = field_now - timedelta(minutes=40)
            plan.append(order)
    for n in range(2 + min(120, book.total // 100)):
        place = near(n) if n < 3 else (rng.choice(anywhere) if anywhere else None)
        if place is None:
            break
        area = TECHNICIAN_AREAS.index(place.village.regency_code) \
            if place.village.regency_code in TECHNICIAN_AREAS else None
        technician = technicians[area % len(technicians)] if area is not None and n >= 3 and rng.random() < 0.5 \
            else None
        day = today + timedelta(days=rng.randrange(0, 6)) if n % 3 else None
        plan.append(_Order("repair", "assigned" if technician else "pending",
                           min(at(today, rng, 7, 9), field_now - timedelta(hours=2)), day, rng.choice((9, 10, 13, 15)),
                           technician, place, place.customer_id,
                           priority="medium" if day is not None and day <= today + timedelta(days=1) else "low"))
    for lead_id, status in zip(qualified_leads, ("pending", "assigned", "assigned")):
        technician = technicians[len(plan) % len(technicians)] if status == "assigned" else None
        plan.append(_Order("survey", status, at(today - timedelta(days=rng.randrange(1, 4)), rng), today +
                           timedelta(days=rng.randrange(1, 4)), 15, technician, lead_id=lead_id))
    place = near(0)
    if place is not None:
        plan.append(_Order("relocation", "assigned", at(today - timedelta(days=2), rng), today + timedelta(days=2), 10,
                           technicians[0], place, place.customer_id))

    first = w.ids(table, len(plan))
    rows, orders, reports = [], [], []
    for n, o in enumerate(plan):
        wo_id = first + n
        assigned_at = o.created + timedelta(hours=1) if o.technician else None
        notes = rng.choice(REPAIR_NOTES) if o.kind == "repair" else NOTES[o.kind]
        rows.append({
            "id": wo_id, "work_order_number": w.number("work_order", o.created.date()), "type": o.kind,
            "customer_id": o.customer_id, "lead_id": o.lead_id, "assigned_to": o.technician,
            "team_size": 2 if o.kind == "installation" else 1, "priority": o.priority,
            "scheduled_date": o.day, "scheduled_time": clock(o.hour) if o.day else None,
            "estimated_duration": 180 if o.kind == "installation" else 90, "status": o.status,
            "started_at": o.started, "completed_at": o.done, "notes": notes,
            "completion_notes": "Selesai, pelanggan sudah konfirmasi" if o.status == "completed" else None,
            "created_by": staff.first("supervisor"), "created_at": o.created,
            "updated_at": o.done or o.started or assigned_at or o.created,
            "contract_id": o.contract_id, "assigned_at": assigned_at,
            "cancelled_at": o.created + timedelta(hours=5) if o.status == "cancelled" else None})
        serial = issued = None
        if o.kind == "installation" and o.technician is not None:
            serial = f"ZTEG{rng.getrandbits(32):08X}"
            issued = (o.started or o.created + timedelta(hours=2)) - timedelta(hours=1)
            issued = max(issued, o.created + timedelta(minutes=30))
        orders.append(WorkOrder(wo_id, o.kind, o.status, o.done, o.customer_id, serial, issued))
        if o.kind == "installation" and o.status == "completed" and o.place is not None:
            report = _report(rng, wo_id, o, serial, network, len(reports))
            if report is not None:
                reports.append(report)
    if network.rows:   # after the reports took their ports
        w.insert(m.NetworkDevice.__table__, network.rows)
    w.insert(table, rows)
    if reports:
        reports_table = m.InstallationReport.__table__
        assign_ids(w, reports_table, reports)
        photos = []
        for report in reports:
            for photo in report.pop("_photos"):
                photo["owner_id"] = report["id"]
                photos.append(photo)
        if photos:
            assign_ids(w, m.Attachment.__table__, photos)
            for report in reports:
                report["photos"] = [{"attachment_id": p["id"], "file_name": p["file_name"]}
                                    for p in photos if p["owner_id"] == report["id"]]
        w.insert(reports_table, reports)
        w.insert(m.Attachment.__table__, photos)
    _write_positions(w, rng, field_now, technicians, plan, first)
    return orders


#: Photos of the first reports: (file name, picture) pairs.
REPORT_PHOTOS = ((("odp.jpg", 0), ("ont.jpg", 1)), (("redaman.jpg", 2),))


def _report(rng: random.Random, wo_id: int, o: _Order, serial: str | None, network: Network,
            count: int) -> dict | None:
    """The installation report of a completed installation: the ODP of the customer's kecamatan and a
    free port, signal and speeds the package can give, the customer's signature, photos on the first ones."""
    assert o.place is not None and o.done is not None and o.technician is not None
    odp = port = None
    for candidate in network.odps_near(o.place.village):
        port = candidate.port()
        if port is not None:
            odp = candidate
            break
    if odp is None:
        return None
    package = o.place.package
    upload = package.mbps if package.business else package.mbps / 2
    photos = []
    for file_name, picture in REPORT_PHOTOS[count] if count < len(REPORT_PHOTOS) else ():
        prepared = attachments.prepare(photo_jpeg(picture), file_name)
        photos.append({"owner_table": "installation_reports", "file_name": prepared.file_name,
                       "content_type": prepared.content_type, "size_bytes": len(prepared.content),
                       "content": prepared.content, "thumbnail": prepared.thumbnail,
                       "created_by": o.technician, "created_at": o.done})
    return {
        "work_order_id": wo_id, "customer_id": o.customer_id, "technician_id": o.technician,
        "ont_serial": serial, "onu_id": f"1/{rng.randrange(1, 9)}/{rng.randrange(1, 17)}:{rng.randrange(1, 65)}",
        "odp_port": str(port), "signal_level": Decimal(-rng.randrange(170, 245)).scaleb(-1),
        "speed_test_download": Decimal(f"{package.mbps * rng.uniform(0.86, 0.99):.2f}"),
        "speed_test_upload": Decimal(f"{upload * rng.uniform(0.85, 0.99):.2f}"),
        "photos": [], "customer_signature": signature_base64(), "notes": "Redaman normal",
        "completed_at": o.done, **stamp(o.done), "odp_device_id": odp.id, "ip_address_id": None,
        "_photos": photos}


def _write_positions(w: Writer, rng: random.Random, field_now: datetime, technicians: list[int],
                     plan: list[_Order], first_order: int) -> None:
    """Each technician's last positions of the day: on the way to the order they work on (or their
    next one today), the last one a few hundred metres from its customer."""
    rows = []
    for technician in technicians:
        mine = [(n, o) for n, o in enumerate(plan) if o.technician == technician and o.place is not None
                and o.status in ("in_progress", "assigned") and o.day == field_now.date()]
        mine.sort(key=lambda item: (item[1].status != "in_progress", item[1].hour))
        if not mine:
            continue
        n, order = mine[0]
        assert order.place is not None
        goal_lat, goal_lon = order.place.latitude, order.place.longitude
        start_lat = jitter(rng, goal_lat, 40000)
        start_lon = jitter(rng, goal_lon, 40000)
        steps = ((170, Decimal("0")), (115, Decimal("0.45")), (55, Decimal("0.85")), (9, Decimal("1")))
        for k, (minutes_ago, share) in enumerate(steps):
            lat = start_lat + (goal_lat - start_lat) * share
            lon = start_lon + (goal_lon - start_lon) * share
            manual = k == 0
            rows.append({"user_id": technician, "latitude": jitter(rng, lat, 1500), "longitude": jitter(rng, lon, 1500),
                         "accuracy_m": None if manual else Decimal(rng.randrange(400, 2500)).scaleb(-2),
                         "source": "manual" if manual else "gps",
                         "work_order_id": first_order + n if share >= Decimal("0.85") else None,
                         "recorded_at": field_now - timedelta(minutes=minutes_ago, seconds=rng.randrange(0, 50)),
                         "created_at": field_now - timedelta(minutes=minutes_ago)})
    if rows:
        table = m.TechnicianLocation.__table__
        assign_ids(w, table, rows)
        w.insert(table, rows)


def assign_addresses(w: Writer, today: date, network: Network, book: CustomerBook) -> None:
    """Management addresses for the OLTs and public addresses, some given to business customers."""
    if network.management_pool is None or network.public_pool is None:
        return
    table = m.IpAddress.__table__
    moment = datetime.combine(today - timedelta(days=60), clock(10))
    rows = []
    for n, device in enumerate(network.olt_ids, start=1):
        rows.append(_address(network.management_pool, f"10.10.0.{n + 10}", None, device, "assigned", moment))
    for host in range(2, 62):   # /26: 60 hosts, at least 20 left for new business customers
        index = host - 2
        customer = book.business[index] if index < len(book.business) else None
        rows.append(_address(network.public_pool, f"203.0.113.{host}", customer, None,
                             "assigned" if customer else "available", moment))
    assign_ids(w, table, rows)
    w.insert(table, rows)


def _address(pool: int, address: str, customer: int | None, device: int | None, status: str,
             moment: datetime) -> dict:
    a, b, c, d = (int(p) for p in address.split("."))
    return {"ip_pool_id": pool, "ip_address": address, "customer_id": customer, "device_id": device,
            "status": status, "assigned_at": moment if status == "assigned" else None, "notes": None,
            "sort_key": (a << 24) | (b << 16) | (c << 8) | d, **stamp(moment)}
