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
from ispdesk.domain import fibre
from ispdesk.domain.errors import NotFound, PermissionDenied, ValidationError
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
#: When the sales desk made the installation work order (so it is numbered WO-202611-…).
ORDERED = datetime(2026, 11, 17, 10, 15)


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
        "installation", customer_id=customer, assigned_to=technician.user_id), now=ORDERED)).id
    ont = add_item(db, "ONT ZTE F670L", 5, sku="ONT-F670L")
    write(db, lambda s: stock_issue.issue(s, ADMIN, order, [IssueLine(ont, 2, ("ZTEG1A2B3C4D", "ZTEG99990000"))]))
    olt = add_device(db, "OLT Renon", "olt", capacity=16, used=1)
    odp = add_device(db, "ODP-RNN-01", "odp", olt, capacity=8, used=2)
    full_odp = add_device(db, "ODP-RNN-02", "odp", olt, capacity=8, used=8)
    if with_pool:
        write(db, lambda s: ip_pools.create_pool(s, ADMIN, PoolRequest("Publik", "103.77.12.0/29",
                                                                      gateway="103.77.12.1", type="public")))
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
        (replace(site.request, ont_serial="ZTEGFFFFFFFF"), "ont_serial", "installation.serial_not_issued",
         {"serial": "ZTEGFFFFFFFF", "issued": ["ZTEG1A2B3C4D", "ZTEG99990000"]}),
        (replace(site.request, odp_device_id=site.full_odp, odp_port=1), "odp_device_id", "network.odp_full",
         {"name": "ODP-RNN-02", "used": 8, "capacity": 8}),
        (replace(site.request, signal_level=Decimal("-195")), "signal_level", "installation.signal_impossible",
         {"low": fibre.Figure(Decimal("-50")), "high": fibre.Figure(Decimal("5")),
          "level": fibre.Figure(Decimal("-195"))}),
        (replace(site.request, signal_level=None, speed_down=Decimal("-1"), odp_port=None), "odp_port",
         "installation.choose_port", {}),
    ]
    for request, field, code, params in cases:
        with pytest.raises(ValidationError) as refused:
            save(db, site, request)
        assert (refused.value.codes[field], refused.value.errors[field].params) == (code, params)
    assert refused.value.codes == {"signal_level": "installation.signal_missing",
                                   "speed_down": "installation.speed_impossible",
                                   "odp_port": "installation.choose_port"}
    assert counts(db) == before
    # a port already held by another installation
    other = make_other_order(db, site)
    save(db, site)
    with pytest.raises(ValidationError) as refused:
        save(db, site, replace(site.request, work_order_id=other, ont_serial="HWTC55556666"))
    assert refused.value.codes == {"odp_port": "network.port_taken"}
    assert refused.value.errors["odp_port"].params == {"port": 3, "name": "ODP-RNN-01"}
    with pytest.raises(ValidationError) as refused:
        save(db, site)
    assert refused.value.codes["work_order_id"] == "installation.not_open"


def make_other_order(db: Any, site: Site) -> int:
    """A second installation for the same customer, with a second waiting subscription."""
    sub = read(db, lambda s: s.get(RecurringBilling, site.subscription))
    add(db, RecurringBilling(customer_id=site.customer, package_id=sub.package_id, billing_day=1,
                             amount=Decimal("300000"), discount=Decimal("0"), is_active=False))
    order = write(db, lambda s: work_orders.create_work_order(s, ADMIN, WorkOrderRequest(
        "installation", customer_id=site.customer, assigned_to=site.technician.user_id), now=ORDERED)).id
    ont = add_item(db, "ONT Huawei HG8245", 1, sku="ONT-HG8245")
    write(db, lambda s: stock_issue.issue(s, ADMIN, order, [IssueLine(ont, 1, ("HWTC55556666",))]))
    return order


def test_signal_warning_no_free_public_ip_and_permissions(db: Any) -> None:
    site = make_site(db, with_pool=False)
    with pytest.raises(ValidationError) as refused:
        save(db, site)
    assert refused.value.codes == {"ip_pool_id": "installation.no_public_address"}
    with pytest.raises(PermissionDenied):
        cashier = add_user(db, "kasir", "cashier")
        save(db, site, actor=cashier)
    assert counts(db)[0] == 0
    write(db, lambda s: ip_pools.create_pool(s, ADMIN, PoolRequest("Publik", "103.77.12.0/30", type="public")))
    result = save(db, site, replace(site.request, signal_level=Decimal("-28.4")))
    assert result.signal_warning is not None
    assert result.signal_warning.code == "installation.signal_too_weak"
    assert {k: v.value for k, v in result.signal_warning.params.items()} == {"level": Decimal("-28.40"),
                                                                             "limit": Decimal("-27")}
    assert result.ip_address == "103.77.12.1"


def test_a_package_without_public_ip_takes_no_address(db: Any) -> None:
    site = make_site(db, public_ip=False, with_pool=False)
    result = save(db, site, replace(site.request, signal_level=Decimal("-6")))
    assert result.ip_address is None
    assert result.signal_warning is not None and result.signal_warning.code == "installation.signal_too_strong"


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
    # no translator installed: the printed words come out in English (the office's language when it is set)
    text = " ".join(pages[0].split())
    for expected in ("INSTALLATION REPORT", "WO-202611-000001", "Made Wirawan", "ZTEG1A2B3C4D",
                     "ODP-RNN-01 / 3", "103.77.12.2", "-28,4 dBm", "98,4 Mbps", "outside the normal range",
                     "2 photo(s), on the last page", "Bisnis 100 Mbps", "Kabel drop 80 m"):
        assert expected in text, expected
    assert doc.signal_warning is not None and "too weak" in doc.signal_warning
    # the last page: the two photos from the database, small, each with its name
    assert "INSTALLATION PHOTOS" in pages[1] and "odp-terpasang.jpg" in pages[1] and "rumah pelanggan.jpg" in pages[1]
    assert decode_qr_codes(pdf) == ["ISPDESK-INSTALL|WO-202611-000001|CUST-000001|ZTEG1A2B3C4D"]
    first, last = PdfReader(io.BytesIO(pdf)).pages
    assert len(first.images) == 1          # the signature
    pictures = [image.image.convert("RGB") for image in last.images]
    assert sorted(p.size for p in pictures) == [(120, 160), (160, 120)]   # the thumbnails, upright as taken
    colours = sorted(p.getpixel((p.width // 2, p.height // 2)) for p in pictures)
    assert abs(colours[0][0] - 0x3a) < 8 and abs(colours[1][0] - 0xd5) < 8   # blue-ish and red-ish
    with pytest.raises(NotFound) as missing:
        read(db, lambda s: installation.document(s, ADMIN, make_other_order(db, site)))
    assert missing.value.code == "installation.no_report"


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
    assert refused.value.codes == {"odp_port": "installation.fixed", "ont_serial": "installation.fixed",
                                   "photos": "installation.fixed"}
    photos = read(db, lambda s: s.get(InstallationReport, report).photos)
    write(db, lambda s: records.save(s, ADMIN, spec, report, {"notes": "Foto ditambah", "odp_port": "3",
                                                              "photos": photos}))
    with pytest.raises(ValidationError) as refused:
        write(db, lambda s: records.delete(s, ADMIN, spec, report))
    assert refused.value.codes == {"": "installation.not_deleted"}


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
