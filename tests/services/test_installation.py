"""The installation report end to end: one transaction completes the work
order, takes the ODP port, assigns a public IP when the package needs one,
activates the subscription so the next billing run prorates from the
installation day; refusals (wrong ONT serial, full ODP, taken port, bad
signal) write nothing."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from ispdesk.db.models import (Customer, InstallationReport, IpAddress, NetworkDevice, Package, RecurringBilling,
                               WorkOrder)
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.errors import PermissionDenied, ValidationError
from ispdesk.services import attachments, audit, installation, ip_pools, stock_issue, work_orders
from ispdesk.services.billing_run import run_billing
from ispdesk.services.installation import InstallationRequest
from ispdesk.services.ip_pools import PoolRequest
from ispdesk.services.stock_issue import IssueLine
from ispdesk.services.work_orders import WorkOrderRequest
from tests.services.billing_support import add, invoices_of
from tests.support.actors import ADMIN
from tests.services.test_network_tree import add_device
from tests.services.warehouse_support import add_item
from tests.support.actors import add_user

INSTALLED = datetime(2026, 11, 20, 14, 30)


def photo_bytes(color: str = "#3a7bd5", size: tuple[int, int] = (640, 480), kind: str = "PNG") -> bytes:
    """A picture as a phone or camera would hand it over."""
    import io

    from PIL import Image
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, kind)
    return buffer.getvalue()


@dataclass
class Site:
    technician: Any
    customer: int
    subscription: int
    order: int
    odp: int
    full_odp: int
    request: InstallationRequest


def make_site(db: Any, *, public_ip: bool = True, with_pool: bool = True) -> Site:
    """A prospect with a waiting subscription (billing day 1), an assigned installation
    work order with two ONTs issued, an ODP with free ports, a full ODP and a public pool."""
    technician = add_user(db, "teknisi", "technician")
    package = add(db, Package(code="BIZ-100", name="Bisnis 100 Mbps", speed_mbps=100,
                              monthly_price=Decimal("300000"), is_active=True, requires_public_ip=public_ip))
    customer = add(db, Customer(customer_number="CUST-000001", name="Made Wirawan", phone="+6281238880001",
                                address="Jl. Tukad Badung 7, Denpasar", status="prospect"))
    subscription = add(db, RecurringBilling(customer_id=customer, package_id=package, billing_day=1,
                                            amount=Decimal("300000"), discount=Decimal("0"), is_active=False))
    order = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest(
        "installation", customer_id=customer, assigned_to=technician.user_id))).id
    ont = add_item(db, "ONT ZTE F670L", 5, sku="ONT-F670L")
    write(db, lambda s: stock_issue.issue(s, None, order, [IssueLine(ont, 2, ("ZTEG1A2B3C4D", "ZTEG99990000"))]))
    olt = add_device(db, "OLT Renon", "olt", capacity=16, used=1)
    odp = add_device(db, "ODP-RNN-01", "odp", olt, capacity=8, used=2)
    full_odp = add_device(db, "ODP-RNN-02", "odp", olt, capacity=8, used=8)
    if with_pool:
        write(db, lambda s: ip_pools.create_pool(s, None, PoolRequest("Publik", "103.77.12.0/29", gateway="103.77.12.1",
                                                                     type="public")))
    request = InstallationRequest(work_order_id=order, ont_serial=" zteg1a2b3c4d ", odp_device_id=odp, odp_port=3,
                                  signal_level=Decimal("-19.5"), onu_id="1/1/3:7", speed_down=Decimal("98.4"),
                                  speed_up=Decimal("95.1"), photos=(attachments.prepare(photo_bytes(), "odp.png"),),
                                  notes="Kabel drop 80 m")
    return Site(technician, customer, subscription, order, odp, full_odp, request)


def save(db: Any, site: Site, request: InstallationRequest | None = None, actor: Any = None) -> Any:
    actor = actor or site.technician
    return write(db, lambda s: installation.save_report(s, actor, request or site.request, now=INSTALLED),
                 info=audit.actor_info(actor, "installation_reports"))


def counts(db: Any) -> tuple[int, ...]:
    def work(s: Any) -> tuple[int, ...]:
        return (s.scalar(sa.select(sa.func.count()).select_from(InstallationReport)),
                s.scalar(sa.select(sa.func.sum(NetworkDevice.used_ports))),
                s.scalar(sa.select(sa.func.count()).select_from(IpAddress).where(IpAddress.status == "assigned")),
                s.scalar(sa.select(sa.func.count()).select_from(RecurringBilling).where(
                    RecurringBilling.is_active.is_(True))),
                s.scalar(sa.select(sa.func.count()).select_from(WorkOrder).where(WorkOrder.status == "completed")))
    return read(db, work)


def test_report_completes_order_takes_port_assigns_ip_activates_and_bills_prorated(db: Any) -> None:
    site = make_site(db)
    result = save(db, site)
    assert (result.odp_used_ports, result.ip_address, result.activated_at, result.next_billing_date,
            result.signal_warning) == (3, "103.77.12.2", date(2026, 11, 20), date(2026, 12, 1), None)
    order = read(db, lambda s: s.get(WorkOrder, site.order))
    assert (order.status, order.started_at, order.completed_at) == ("completed", INSTALLED, INSTALLED)
    report = read(db, lambda s: s.get(InstallationReport, result.report_id))
    assert (report.ont_serial, report.odp_device_id, report.odp_port, report.signal_level, report.technician_id,
            [p["file_name"] for p in report.photos]) == ("ZTEG1A2B3C4D", site.odp, "3", Decimal("-19.50"),
                                                         site.technician.user_id, ["odp.jpg"])
    sub = read(db, lambda s: s.get(RecurringBilling, site.subscription))
    assert (sub.is_active, sub.activated_at, sub.next_billing_date, sub.last_billed_at) == (
        True, date(2026, 11, 20), date(2026, 12, 1), None)
    assert read(db, lambda s: s.get(Customer, site.customer).status) == "active"
    address = read(db, lambda s: s.get(IpAddress, report.ip_address_id))
    assert (address.customer_id, address.status) == (site.customer, "assigned")
    # the next billing run: 20-30 November prorated (11 of 30 days) with the December period, one invoice
    run_billing(db, ADMIN, date(2026, 12, 1))
    [invoice] = invoices_of(db, site.customer)
    assert invoice.period == "2026-12"
    amounts = sorted(item.amount for item in invoice.items)
    assert Decimal("110000") in amounts and Decimal("300000") in amounts


def test_wrong_serial_full_odp_taken_port_and_bad_values_write_nothing(db: Any) -> None:
    site = make_site(db)
    before = counts(db)
    cases = [
        (replace(site.request, ont_serial="ZTEGFFFFFFFF"), "ont_serial",
         "ONT ZTEGFFFFFFFF was not issued to this work order (issued: ZTEG1A2B3C4D, ZTEG99990000)."),
        (replace(site.request, odp_device_id=site.full_odp, odp_port=1), "odp_device_id",
         "ODP-RNN-02 is full (8 of 8 ports used)."),
        (replace(site.request, signal_level=Decimal("-195")), "signal_level",
         "A signal level is between -50 and 5 dBm; -195 is a typing error."),
        (replace(site.request, signal_level=None, speed_down=Decimal("-1"), odp_port=None), "odp_port",
         "Choose the ODP port."),
    ]
    for request, field, message in cases:
        with pytest.raises(ValidationError) as refused:
            save(db, site, request)
        assert refused.value.errors[field] == message
    assert counts(db) == before
    # a port already held by another installation
    other = make_other_order(db, site)
    save(db, site)
    with pytest.raises(ValidationError) as refused:
        save(db, site, replace(site.request, work_order_id=other, ont_serial="HWTC55556666"))
    assert refused.value.errors == {"odp_port": "Port 3 of ODP-RNN-01 is already taken."}
    with pytest.raises(ValidationError, match="completed: only an assigned or started"):
        save(db, site)


def make_other_order(db: Any, site: Site) -> int:
    """A second installation for the same customer, with a second waiting subscription."""
    sub = read(db, lambda s: s.get(RecurringBilling, site.subscription))
    add(db, RecurringBilling(customer_id=site.customer, package_id=sub.package_id, billing_day=1,
                             amount=Decimal("300000"), discount=Decimal("0"), is_active=False))
    order = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest(
        "installation", customer_id=site.customer, assigned_to=site.technician.user_id))).id
    ont = add_item(db, "ONT Huawei HG8245", 1, sku="ONT-HG8245")
    write(db, lambda s: stock_issue.issue(s, None, order, [IssueLine(ont, 1, ("HWTC55556666",))]))
    return order


def test_signal_warning_no_free_public_ip_and_permissions(db: Any) -> None:
    site = make_site(db, with_pool=False)
    with pytest.raises(ValidationError, match="no public pool has a free one"):
        save(db, site)
    with pytest.raises(PermissionDenied):
        cashier = add_user(db, "kasir", "cashier")
        save(db, site, actor=cashier)
    assert counts(db)[0] == 0
    write(db, lambda s: ip_pools.create_pool(s, None, PoolRequest("Publik", "103.77.12.0/30", type="public")))
    result = save(db, site, replace(site.request, signal_level=Decimal("-28.4")))
    assert result.signal_warning == ("Signal -28.40 dBm is too weak (below -27 dBm): check the splices and "
                                     "connectors.")
    assert result.ip_address == "103.77.12.1"


def test_a_package_without_public_ip_takes_no_address(db: Any) -> None:
    site = make_site(db, public_ip=False, with_pool=False)
    result = save(db, site, replace(site.request, signal_level=Decimal("-6")))
    assert result.ip_address is None and "too strong" in (result.signal_warning or "")


def test_installation_report_pdf_shows_what_was_installed_with_qr_photo_and_signature(db: Any,
                                                                                      tmp_path: Any) -> None:
    import base64
    import io

    from PIL import Image, ImageDraw
    from pypdf import PdfReader

    from ispdesk.printing.installation_report import render_installation_report
    from tests.printing.pdf_reading import decode_qr_codes, pdf_pages_text
    site = make_site(db)
    photos = (attachments.prepare(photo_bytes("#3a7bd5", (640, 480)), "odp-terpasang.png"),
              attachments.prepare(photo_bytes("#d53a3a", (480, 640), "JPEG"), "rumah pelanggan.jpg"))
    drawn = Image.new("RGB", (420, 120), "white")
    ImageDraw.Draw(drawn).line([(20, 80), (60, 30), (110, 85), (170, 40)], fill="#102a5c", width=3)
    buffer = io.BytesIO()
    drawn.save(buffer, "PNG")
    save(db, site, replace(site.request, photos=photos, signal_level=Decimal("-28.4"),
                           customer_signature=base64.b64encode(buffer.getvalue()).decode("ascii")))
    doc = read(db, lambda s: installation.document(s, site.technician, site.order))
    pdf = render_installation_report(doc)
    (tmp_path / "report.pdf").write_bytes(pdf)
    pages = pdf_pages_text(pdf)
    assert len(pages) == 2
    for expected in ("BERITA ACARA PEMASANGAN", "WO-202611-000001", "Made Wirawan", "ZTEG1A2B3C4D",
                     "ODP-RNN-01 / 3", "103.77.12.2", "-28,4 dBm", "98,4 Mbps", "di luar rentang normal -8 s.d. -27 dBm",
                     "2 foto, di halaman terakhir", "Bisnis 100 Mbps", "Kabel drop 80 m"):
        assert expected in pages[0], expected
    # the last page: the two photos from the database, small, each with its name
    assert "FOTO PEMASANGAN" in pages[1] and "odp-terpasang.jpg" in pages[1] and "rumah pelanggan.jpg" in pages[1]
    assert decode_qr_codes(pdf) == ["ISPDESK-INSTALL|WO-202611-000001|CUST-000001|ZTEG1A2B3C4D"]
    first, last = PdfReader(io.BytesIO(pdf)).pages
    assert len(first.images) == 1          # the signature
    pictures = [image.image.convert("RGB") for image in last.images]
    assert sorted(p.size for p in pictures) == [(120, 160), (160, 120)]   # the thumbnails, upright as taken
    colours = sorted(p.getpixel((p.width // 2, p.height // 2)) for p in pictures)
    assert abs(colours[0][0] - 0x3a) < 8 and abs(colours[1][0] - 0xd5) < 8   # blue-ish and red-ish
    with pytest.raises(Exception, match="no installation report"):
        read(db, lambda s: installation.document(s, ADMIN, make_other_order(db, site)))


def test_the_generic_form_keeps_what_the_report_took(db: Any) -> None:
    from ispdesk.services import records
    from ispdesk.services.modules import SPECS
    site = make_site(db)
    report = save(db, site).report_id
    spec = SPECS["installation_reports"]
    assert not spec.can_create
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: records.save(s, ADMIN, spec, report, {"odp_port": "5", "ont_serial": "ZTEG99990000",
                                                                   "photos": '["/foto/lain.jpg"]'}))
    assert set(refused.value.errors) == {"odp_port", "ont_serial", "photos"}
    photos = read(db, lambda s: s.get(InstallationReport, report).photos)
    write(db, lambda s: records.save(s, ADMIN, spec, report, {"notes": "Foto ditambah", "odp_port": "3",
                                                              "photos": photos}))
    with pytest.raises(ValidationError, match="not deleted"):
        write(db, lambda s: records.delete(s, ADMIN, spec, report))


def test_months_prepaid_before_installation_start_billing_that_many_months_after_it(db: Any) -> None:
    from ispdesk.services import proforma
    from tests.reliability.cashier_data import add_actor, pay, request, start_shift
    site = make_site(db)
    made = write(db, lambda s: proforma.create_proforma(s, ADMIN, proforma.ProformaRequest(
        customer_id=site.customer, prepaid_months=2, monthly_price="300000")))
    invoice = write(db, lambda s: proforma.convert_to_invoice(s, ADMIN, made.id))
    cashier = add_actor(db, "kasir1", "cashier")
    start_shift(db, cashier)
    pay(db, cashier, request(site.customer, invoice.total))
    result = save(db, site)
    assert (result.activated_at, result.next_billing_date) == (date(2026, 11, 20), date(2027, 1, 20))
    run_billing(db, ADMIN, date(2027, 1, 19))
    assert [i.period for i in invoices_of(db, site.customer)] == [None]          # December and January prepaid
    run_billing(db, ADMIN, date(2027, 2, 1))
    february = [i for i in invoices_of(db, site.customer) if i.period][0]
    assert february.period == "2027-02" and len(february.items) == 2             # 20-31 January prorated + February
