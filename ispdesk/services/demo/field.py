"""The network and the field: OLT -> ODC -> ODP tree, IP pools and addresses,
SLA policies, and work orders with their installation reports."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal

import sqlalchemy as sa

from ispdesk.db import models as m
from ispdesk.services.demo import names
from ispdesk.services.demo.common import at, jitter, stamp
from ispdesk.services.demo.customers import CustomerBook
from ispdesk.services.demo.people import Staff
from ispdesk.services.demo.writer import Writer, assign_ids

#: name, priority, work order type, response hours, resolution hours
SLA_POLICIES = (("Gangguan Darurat", "urgent", "repair", 1, 4), ("Gangguan Tinggi", "high", "repair", 2, 8),
                ("Gangguan Normal", "medium", "repair", 4, 24), ("Gangguan Ringan", "low", "repair", 8, 72),
                ("Pemasangan Baru", "medium", "installation", 24, 72),
                ("Pemeliharaan Terjadwal", "low", "maintenance", 24, 168))


@dataclass
class Network:
    olt_ids: list[int]
    odp_ids: list[int]
    management_pool: int | None
    public_pool: int | None


@dataclass
class WorkOrder:
    id: int
    type: str
    status: str
    done_at: datetime | None
    customer_id: int | None


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
    """Three OLTs, each feeding ODCs that feed ODPs; a management, a public and a PPPoE pool."""
    table = m.NetworkDevice.__table__
    if w.query(sa.select(sa.func.count()).select_from(table)).scalar_one():
        return Network([], [], None, None)
    regencies = {r.code: r for r in names.load_regencies()}
    sites = [("BDG", regencies["3273"], "Huawei", "MA5800-X7"), ("JKT", regencies["3175"], "ZTE", "C320"),
             ("SBY", regencies["3578"], "Huawei", "MA5608T")]
    odp_total = max(12, min(3000, customers // 60))
    odcs_per_olt = 3
    odps_per_odc = -(-odp_total // (len(sites) * odcs_per_olt))
    rows: list[dict] = []
    olt_ids: list[int] = []
    odp_ids: list[int] = []
    installed = today - timedelta(days=900)
    for n, (site, regency, brand, model) in enumerate(sites, start=1):
        olt = w.ids(table)
        olt_ids.append(olt)
        rows.append(_device(olt, "olt", f"OLT-{site}-01", brand, model, f"10.10.0.{n + 10}", regency, rng,
                            capacity=16 * 8, used=rng.randrange(60, 120), parent=None, installed=installed))
        for c in range(1, odcs_per_olt + 1):
            odc = w.ids(table)
            rows.append(_device(odc, "odc", f"ODC-{site}-{c:02d}", "FiberHome", "ODC 144 Core", None, regency,
                                rng, capacity=144, used=rng.randrange(40, 140), parent=olt,
                                installed=installed + timedelta(days=30 * c)))
            for p in range(1, odps_per_odc + 1):
                odp = w.ids(table)
                odp_ids.append(odp)
                capacity = rng.choice((8, 16, 16))
                rows.append(_device(odp, "odp", f"ODP-{site}-{c:02d}-{p:03d}", "Generic", f"ODP {capacity} Port",
                                    None, regency, rng, capacity=capacity, used=rng.randrange(0, capacity + 1),
                                    parent=odc, installed=installed + timedelta(days=30 * c + p % 300)))
    w.insert(table, rows)
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
    return Network(olt_ids, odp_ids, first, first + 1)


def _device(device_id: int, kind: str, name: str, brand: str, model: str, ip: str | None,
            regency: names.Regency, rng: random.Random, *, capacity: int, used: int, parent: int | None,
            installed: date) -> dict:
    return {"id": device_id, "device_type": kind, "name": name, "brand": brand, "model": model,
            "serial_number": f"{brand[:2].upper()}{rng.randrange(10 ** 9, 10 ** 10)}", "ip_address": ip,
            "mac_address": None if kind == "odp" else ":".join(f"{rng.randrange(256):02X}" for _ in range(6)),
            "location": regency.name, "latitude": jitter(rng, regency.latitude, 30000),
            "longitude": jitter(rng, regency.longitude, 30000), "capacity": capacity, "used_ports": used,
            "parent_device_id": parent, "status": "active", "installed_at": installed, "notes": None,
            **stamp(datetime.combine(installed, clock(10)))}


def write_field_work(w: Writer, rng: random.Random, today: date, staff: Staff, book: CustomerBook,
                     network: Network, qualified_leads: list[int]) -> list[WorkOrder]:
    """Installations of the newest customers (on their activation day), repairs in
    every state, maintenance, surveys for qualified leads, relocation, disconnections."""
    table = m.WorkOrder.__table__
    #: type, status, customer, lead, day the order was made
    plan: list[tuple[str, str, int | None, int | None, date]] = []
    for customer_id, activated in book.recent[-4:]:
        plan.append(("installation", "completed", customer_id, None, activated - timedelta(days=2)))
    first_customer = book.first_id or 0

    def anyone() -> int:
        return first_customer + rng.randrange(book.total)

    def recently() -> date:
        return today - timedelta(days=rng.randrange(1, 25))

    for status in ("pending", "assigned", "in_progress", "completed", "completed", "cancelled"):
        plan.append(("repair", status, anyone(), None, recently()))
    plan.append(("maintenance", "completed", None, None, recently()))
    for lead_id, status in zip(qualified_leads, ("pending", "assigned", "in_progress")):
        plan.append(("survey", status, None, lead_id, today - timedelta(days=rng.randrange(1, 4))))
    plan.append(("relocation", "assigned", anyone(), None, recently()))
    for customer_id in book.terminated[:2]:
        plan.append(("disconnection", "completed", customer_id, None, recently()))
    first = w.ids(table, len(plan))
    rows, orders, reports = [], [], []
    for n, (kind, status, customer_id, lead_id, made_on) in enumerate(plan):
        created = at(made_on, rng)
        technician = None if status == "pending" else staff.one(rng, "technician")
        started = created + timedelta(days=1, hours=rng.randrange(0, 5)) if status in ("in_progress", "completed") else None
        done = started + timedelta(hours=rng.randrange(1, 5)) if status == "completed" else None
        priority = {"repair": rng.choice(("high", "medium", "urgent", "low"))}.get(kind, "medium")
        wo_id = first + n
        rows.append({
            "id": wo_id, "work_order_number": w.number("work_order", created.date()), "type": kind,
            "customer_id": customer_id, "lead_id": lead_id, "assigned_to": technician,
            "team_size": 2 if kind == "installation" else 1, "priority": priority,
            "scheduled_date": (created + timedelta(days=1)).date(), "scheduled_time": clock(rng.choice((9, 10, 13, 14))),
            "estimated_duration": 180 if kind == "installation" else 90, "status": status,
            "started_at": started, "completed_at": done,
            "notes": {"installation": "Pasang baru, tarik kabel dari ODP terdekat",
                      "repair": rng.choice(("LOS merah menyala", "Internet lambat sejak kemarin",
                                            "Kabel drop putus tertimpa dahan", "ONT mati total")),
                      "maintenance": "Pengecekan rutin ODC dan pembersihan konektor",
                      "survey": "Cek ketersediaan port ODP di lokasi calon pelanggan",
                      "relocation": "Pindah alamat dalam satu kelurahan",
                      "disconnection": "Cabut ONT, pelanggan berhenti berlangganan"}[kind],
            "completion_notes": "Selesai, pelanggan sudah konfirmasi" if status == "completed" else None,
            "created_by": staff.first("supervisor"), "created_at": created, "updated_at": done or started or created,
            "contract_id": None, "assigned_at": created + timedelta(hours=1) if technician else None,
            "cancelled_at": created + timedelta(days=1) if status == "cancelled" else None})
        orders.append(WorkOrder(wo_id, kind, status, done, customer_id))
        if kind == "installation" and status == "completed" and network.odp_ids:
            reports.append({
                "work_order_id": wo_id, "customer_id": customer_id, "technician_id": technician,
                "ont_serial": f"ZTEG{rng.getrandbits(32):08X}", "onu_id": f"1/1/{rng.randrange(1, 17)}:{rng.randrange(1, 65)}",
                "odp_port": str(rng.randrange(1, 9)), "signal_level": Decimal(f"-{rng.randrange(170, 245)}").scaleb(-1),
                "speed_test_download": Decimal(rng.randrange(2000, 10500)).scaleb(-2) * 10,
                "speed_test_upload": Decimal(rng.randrange(1000, 5000)).scaleb(-2) * 10,
                "photos": [], "customer_signature": None, "notes": "Redaman normal", "completed_at": done,
                **stamp(done), "odp_device_id": rng.choice(network.odp_ids), "ip_address_id": None})
    w.insert(table, rows)
    if reports:
        reports_table = m.InstallationReport.__table__
        assign_ids(w, reports_table, reports)
        w.insert(reports_table, reports)
    return orders


def assign_addresses(w: Writer, today: date, network: Network, book: CustomerBook) -> None:
    """Management addresses for the OLTs and public addresses, some given to business customers."""
    if network.management_pool is None or network.public_pool is None:
        return
    table = m.IpAddress.__table__
    moment = datetime.combine(today - timedelta(days=60), clock(10))
    rows = []
    for n, device in enumerate(network.olt_ids, start=1):
        rows.append(_address(network.management_pool, f"10.10.0.{n + 10}", None, device, "assigned", moment))
    for host in range(2, 22):
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
