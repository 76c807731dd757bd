"""The installation report: saving it completes an installation work order in
ONE transaction (the caller's ``write``):

ONT serial checked against what the warehouse issued to the work order
(:func:`ispdesk.services.stock_issue.installed_serials`) and not installed
elsewhere -> the ODP port taken (:func:`ispdesk.services.network_tree.take_port`,
refusing a full or faulty ODP or a taken port) -> an IP address assigned when the
package needs a public one -> the report row -> the work order completed -> the
customer's waiting subscription activated on the installation day with its
first billing date, so the billing run prorates from that day -> the customer
active. A signal level outside -8..-27 dBm is saved with a warning (returned).

Everything that can be checked is checked before the first write; a later
refusal (port taken meanwhile, pool empty) raises and the transaction rolls back.

Photos come already prepared (:func:`ispdesk.services.attachments.prepare`, run
by the caller before the transaction): the report stores them as attachments
in the same transaction and its ``photos`` JSON lists them as
``[{"attachment_id": 7, "file_name": "odp.jpg"}]``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import (Customer, InstallationReport, IpAddress, IpPool, NetworkDevice, Package,
                               RecurringBilling, User, WorkOrder)
from ispdesk.domain import clock, fibre
from ispdesk.domain.actor import Actor
from ispdesk.domain.documents.installation import InstallationDocument, Photo
from ispdesk.domain.enums import CustomerStatus, IpPoolType, IpStatus, WorkOrderStatus, WorkOrderType
from ispdesk.domain.errors import NotFound, ValidationError
from ispdesk.domain.messages import Message, message, render, status_word
from ispdesk.domain.signatures import png_from_base64
from ispdesk.services import (attachments, ip_pools, network_tree, office_settings, stock_issue, subscriptions,
                              work_orders)
from ispdesk.services.attachments import PreparedImage
from ispdesk.services.document_parts import party
from ispdesk.services.permissions import operation

MODULE = "installation_reports"
CENT = Decimal("0.01")

SCAN_SERIAL = message("installation.scan_serial", "Enter (scan) the serial number of the installed ONT.")
NO_ONT_ISSUED = message("installation.no_ont_issued", "The warehouse has issued no ONT to this work order yet.")
SERIAL_NOT_ISSUED = message("installation.serial_not_issued",
                            "ONT {serial} was not issued to this work order (issued: {issued}).")
SERIAL_ELSEWHERE = message("installation.serial_elsewhere", "ONT {serial} is already installed elsewhere.")
ASSIGN_FIRST = message("installation.assign_first", "Assign the work order to the technician who installed it.")
NOT_AN_INSTALLATION = message("installation.not_an_installation",
                              "{number} is a {type} work order, not an installation.")
NOT_OPEN = message("installation.not_open",
                   "{number} is {status}: only an assigned or started installation takes a report.")
NO_CUSTOMER = message("installation.no_customer", "{number} has no customer.")
CHOOSE_ODP = message("installation.choose_odp", "Choose the ODP the drop cable is connected to.")
CHOOSE_PORT = message("installation.choose_port", "Choose the ODP port.")
TOO_MANY_PHOTOS = message("installation.too_many_photos", "At most {limit} photos per report ({chosen} chosen).")
PHOTOS_NOT_READ = message("installation.photos_not_read", "The photos were not read: prepare them before saving.")
NO_WAITING_SUBSCRIPTION = message("installation.no_waiting_subscription",
                                  "The customer has no subscription waiting for this installation.")
NO_PUBLIC_ADDRESS = message("installation.no_public_address",
                            "The package needs a public IP address and no public pool has a free one.")
NO_REPORT = message("installation.no_report", "This work order has no installation report yet.")
MADE_BY_COMPLETING = message("installation.made_by_completing",
                             "An installation report is made by completing its work order.")
NOT_DELETED = message("installation.not_deleted",
                      "An installation report is not deleted: it holds the ODP port and the IP address.")
FIXED = message("installation.fixed", "Fixed once the report is saved.")


@dataclass(frozen=True)
class InstallationRequest:
    work_order_id: int
    ont_serial: str
    odp_device_id: int | None
    odp_port: int | None
    signal_level: Decimal | None
    onu_id: str = ""
    speed_down: Decimal | None = None
    speed_up: Decimal | None = None
    photos: tuple[PreparedImage, ...] = ()   # see attachments.prepare (done before the transaction)
    customer_signature: str = ""      # PNG as base64, drawn on screen
    notes: str = ""
    ip_pool_id: int | None = None     # None: the first active public pool with a free address


@dataclass(frozen=True)
class InstallationResult:
    report_id: int
    work_order_number: str
    customer_id: int
    subscription_id: int
    activated_at: date
    next_billing_date: date
    odp_used_ports: int
    ip_address: str | None
    signal_warning: Message | None      # outside -8..-27 dBm: saved, but say so


def _waiting_subscription(session: Session, customer_id: int, contract_id: int | None, *,
                          lock: bool = True) -> RecurringBilling | None:
    """The customer's subscription not yet activated (the work order's contract's first), locked with ``lock``."""
    query = (sa.select(RecurringBilling).where(RecurringBilling.customer_id == customer_id,
                                               RecurringBilling.activated_at.is_(None))
             .order_by((RecurringBilling.contract_id == contract_id).desc() if contract_id else RecurringBilling.id,
                       RecurringBilling.id))
    return session.execute(query.with_for_update() if lock else query).scalars().first()


def _serial_errors(session: Session, request: InstallationRequest) -> dict[str, Message]:
    serial = request.ont_serial.strip().upper()
    if not serial:
        return {"ont_serial": SCAN_SERIAL()}
    issued = stock_issue.installed_serials(session, request.work_order_id)
    if not issued:
        return {"ont_serial": NO_ONT_ISSUED()}
    if serial not in issued:
        return {"ont_serial": SERIAL_NOT_ISSUED(serial=serial, issued=list(issued))}
    used = session.scalar(sa.select(InstallationReport.id).where(InstallationReport.ont_serial == serial))
    if used is not None:
        return {"ont_serial": SERIAL_ELSEWHERE(serial=serial)}
    return {}


def _check(session: Session, actor: Actor, request: InstallationRequest, order: WorkOrder
           ) -> tuple[RecurringBilling, Package]:
    errors: dict[str, Message] = {}
    if order.assigned_to is None and actor.user_id is None:
        errors["work_order_id"] = ASSIGN_FIRST()
    elif order.type != WorkOrderType.INSTALLATION:
        errors["work_order_id"] = NOT_AN_INSTALLATION(number=order.work_order_number, type=status_word(order.type))
    elif order.status not in (WorkOrderStatus.ASSIGNED, WorkOrderStatus.IN_PROGRESS):
        errors["work_order_id"] = NOT_OPEN(number=order.work_order_number, status=status_word(order.status))
    elif order.customer_id is None:
        errors["work_order_id"] = NO_CUSTOMER(number=order.work_order_number)
    errors |= _serial_errors(session, request)
    problem = fibre.signal_problem(request.signal_level)
    if problem is not None:
        errors["signal_level"] = problem
    for field, value in (("speed_down", request.speed_down), ("speed_up", request.speed_up)):
        problem = fibre.speed_problem(value)
        if problem is not None:
            errors[field] = problem
    if request.odp_device_id is None:
        errors["odp_device_id"] = CHOOSE_ODP()
    if request.odp_port is None:
        errors["odp_port"] = CHOOSE_PORT()
    if len(request.photos) > MAX_PHOTOS:
        errors["photos"] = TOO_MANY_PHOTOS(limit=MAX_PHOTOS, chosen=len(request.photos))
    elif any(not isinstance(photo, PreparedImage) for photo in request.photos):
        errors["photos"] = PHOTOS_NOT_READ()
    subscription = package = None
    if "work_order_id" not in errors:
        subscription = _waiting_subscription(session, order.customer_id, order.contract_id)
        if subscription is None:
            errors["work_order_id"] = NO_WAITING_SUBSCRIPTION()
        else:
            package = session.get(Package, subscription.package_id)
    if errors:
        raise ValidationError(errors)
    assert subscription is not None and package is not None
    return subscription, package


def _assign_ip(session: Session, actor: Actor, request: InstallationRequest, customer_id: int,
               stamp: datetime) -> ip_pools.AddressInfo:
    pool_id = request.ip_pool_id
    if pool_id is None:
        pool_id = session.scalar(
            sa.select(IpPool.id).join(IpAddress, IpAddress.ip_pool_id == IpPool.id)
            .where(IpPool.type == IpPoolType.PUBLIC, IpPool.is_active.is_(True),
                   IpAddress.status == IpStatus.AVAILABLE).order_by(IpPool.name, IpPool.id).limit(1))
        if pool_id is None:
            raise ValidationError({"ip_pool_id": NO_PUBLIC_ADDRESS()})
    return ip_pools.assign_next(session, actor, pool_id, customer_id=customer_id, now=stamp)


@operation(MODULE, "create")
def save_report(session: Session, actor: Actor, request: InstallationRequest, *,
                now: datetime | None = None) -> InstallationResult:
    """Save the installation report and complete everything it starts (see the module doc);
    the installation happened ``now`` (the office clock's): that day activates the subscription."""
    stamp = now or clock.now()
    order = work_orders.get_order(session, request.work_order_id, lock=True)
    subscription, package = _check(session, actor, request, order)
    assert order.customer_id is not None and request.odp_device_id is not None and request.odp_port is not None
    used = network_tree.take_port(session, request.odp_device_id, request.odp_port)
    address = _assign_ip(session, actor, request, order.customer_id, stamp) if package.requires_public_ip else None
    level = request.signal_level.quantize(CENT) if request.signal_level is not None else None
    report = InstallationReport(
        work_order_id=order.id, customer_id=order.customer_id,
        technician_id=order.assigned_to or actor.user_id,
        ont_serial=request.ont_serial.strip().upper(), onu_id=request.onu_id.strip() or None,
        odp_device_id=request.odp_device_id, odp_port=str(request.odp_port), signal_level=level,
        speed_test_download=request.speed_down.quantize(CENT) if request.speed_down is not None else None,
        speed_test_upload=request.speed_up.quantize(CENT) if request.speed_up is not None else None,
        photos=[], customer_signature=request.customer_signature or None,
        notes=request.notes.strip() or None, completed_at=stamp,
        ip_address_id=address.id if address else None)
    session.add(report)
    session.flush()
    report.photos = [{"attachment_id": attachments.attach(session, actor, MODULE, report.id, photo,
                                                          action="create"),
                      "file_name": photo.file_name} for photo in request.photos]
    if order.status == WorkOrderStatus.ASSIGNED:
        work_orders.stamp_move(order, WorkOrderStatus.IN_PROGRESS, stamp)
    work_orders.stamp_move(order, WorkOrderStatus.COMPLETED, stamp, reason=request.notes.strip())
    installed_on = stamp.date()
    billing_day = min(max(subscription.billing_day or 1, 1), 28)
    subscription.billing_day = billing_day
    subscription.is_active = True
    subscription.activated_at = installed_on
    subscription.next_billing_date = subscriptions.first_billing_date(session, subscription, installed_on)
    subscription.last_billed_at = None
    customer = session.get(Customer, order.customer_id)
    if customer is not None and customer.status == CustomerStatus.PROSPECT:
        customer.status = CustomerStatus.ACTIVE
    session.flush()
    return InstallationResult(
        report_id=report.id, work_order_number=order.work_order_number or "", customer_id=order.customer_id,
        subscription_id=subscription.id, activated_at=installed_on,
        next_billing_date=subscription.next_billing_date, odp_used_ports=used,
        ip_address=address.ip_address if address else None, signal_warning=fibre.signal_warning(level))


@dataclass(frozen=True)
class ReportForm:
    """What the installation report dialog starts from."""

    work_order_id: int
    work_order_number: str
    status: str
    customer_name: str
    address: str
    package_name: str
    needs_public_ip: bool
    serials: tuple[str, ...]
    odps: tuple[network_tree.OdpChoice, ...]


@operation(MODULE, "view")
def report_form(session: Session, actor: Actor, work_order_id: int) -> ReportForm:
    """The work order, its customer and package, the ONT serials issued to it and the ODPs with free ports
    (the technician needs no right to the warehouse's movements or the network tab for these)."""
    order = work_orders.get_order(session, work_order_id)
    customer = session.get(Customer, order.customer_id) if order.customer_id is not None else None
    subscription = (_waiting_subscription(session, order.customer_id, order.contract_id, lock=False)
                    if order.customer_id is not None else None)
    package = session.get(Package, subscription.package_id) if subscription is not None else None
    return ReportForm(
        work_order_id=order.id, work_order_number=order.work_order_number or "", status=order.status or "",
        customer_name=customer.name if customer else "", address=(customer.address or "") if customer else "",
        package_name=package.name if package else "", needs_public_ip=bool(package and package.requires_public_ip),
        serials=stock_issue.installed_serials(session, order.id),
        odps=tuple(network_tree._odp_choices(session)))


@operation(MODULE, "print")
def document(session: Session, actor: Actor, work_order_id: int) -> InstallationDocument:
    """The printable installation report of a work order (its latest report)."""
    report = session.execute(sa.select(InstallationReport).where(InstallationReport.work_order_id == work_order_id)
                             .order_by(InstallationReport.id.desc()).limit(1)).scalar_one_or_none()
    if report is None:
        raise NotFound(NO_REPORT())
    order = work_orders.get_order(session, work_order_id)
    customer = session.get(Customer, report.customer_id)
    technician = session.get(User, report.technician_id)
    odp = session.get(NetworkDevice, report.odp_device_id) if report.odp_device_id else None
    address = session.get(IpAddress, report.ip_address_id) if report.ip_address_id else None
    package_name = session.scalar(
        sa.select(Package.name).join(RecurringBilling, RecurringBilling.package_id == Package.id)
        .where(RecurringBilling.customer_id == report.customer_id, RecurringBilling.activated_at.is_not(None))
        .order_by(RecurringBilling.activated_at.desc(), RecurringBilling.id.desc()).limit(1)) or ""
    signature = png_from_base64(report.customer_signature)
    return InstallationDocument(
        company=office_settings.company(session), work_order_number=order.work_order_number or "",
        customer=party(customer), package_name=package_name, technician=technician.name if technician else "",
        completed_at=report.completed_at, ont_serial=report.ont_serial or "", onu_id=report.onu_id or "",
        odp_name=odp.name if odp else "", odp_port=report.odp_port or "",
        ip_address=address.ip_address if address else "", signal_level=report.signal_level,
        signal_warning=_text(fibre.signal_warning(report.signal_level)), speed_down=report.speed_test_download,
        speed_up=report.speed_test_upload, notes=report.notes or "",
        photos=_photos(session, report.photos), signature_png=signature)


def _text(warning: Message | None) -> str | None:
    """A warning as the printed report words it (the office's language)."""
    return render(warning) if warning is not None else None


def _photos(session: Session, stored: object) -> tuple[Photo, ...]:
    """The report's photos as printed: the thumbnails kept in the database.

    An entry of reports saved before photos moved into the database is a file
    path; it prints by name, marked missing."""
    entries = stored if isinstance(stored, list) else []
    ids = [e["attachment_id"] for e in entries if isinstance(e, dict) and isinstance(e.get("attachment_id"), int)]
    thumbnails = attachments.thumbnails(session, MODULE, ids)
    photos = []
    for entry in entries:
        if isinstance(entry, dict):
            photos.append(Photo(str(entry.get("file_name") or ""), thumbnails.get(entry.get("attachment_id"))))
        else:
            photos.append(Photo(str(entry).replace("\\", "/").rsplit("/", 1)[-1], None))
    return tuple(photos)


#: How many photos one report keeps (each is ~0.2–0.5 MB once prepared).
MAX_PHOTOS = 12


#: What ties a report to the port count, the IP address, the warehouse and its stored photos: not edited in
#: the generic form.
FIXED_COLUMNS = ("work_order_id", "customer_id", "ont_serial", "odp_device_id", "odp_port", "ip_address_id",
                 "photos")


def generic_edit_check(report: InstallationReport | None, changes: dict) -> dict[str, Message]:
    """The generic form may correct notes and measurements, never what the report took (nor the list of
    its photos, which names the attachments kept in the database)."""
    if report is None:
        return {"": MADE_BY_COMPLETING()}
    if not changes:
        return {"": NOT_DELETED()}
    return {name: FIXED() for name in FIXED_COLUMNS
            if name in changes and changes[name] != getattr(report, name)}
