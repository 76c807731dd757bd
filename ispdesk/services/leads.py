"""Leads: register one, flag duplicates before saving, move it through the
pipeline, reassign it (whoever holds ``leads``/``approve``), and the cards of
the pipeline board.

Numbers are ``LD-YYYYMM-nnnnnn`` from the locked sequence row. Phones are kept
as ``+62…``. Every change is an ORM change, so the audit listener logs it when
the caller passes ``info=audit.actor_info(actor, MODULE)`` to ``write``. A
status move locks the lead row; a converted (won) lead no longer moves, and a
lead becomes won only by :mod:`ispdesk.services.lead_conversion`.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Customer, Lead, Package, User
from ispdesk.db.sequences import next_number
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import LeadSource, LeadStatus
from ispdesk.domain.errors import ConflictError, NotFound, ValidationError
from ispdesk.domain.messages import Message, message
from ispdesk.domain.phone import PhoneError, local_form, normalize_phone
from ispdesk.services.permissions import operation

MODULE = "leads"
STATUSES: tuple[str, ...] = tuple(LeadStatus)

NOT_A_NUMBER = message("leads.coordinate_not_number", "Not a number (e.g. -6.914744).")
OUT_OF_RANGE = message("leads.coordinate_range", "Must lie between -{limit} and {limit}.")
NAME_REQUIRED = message("leads.name_required", "The name is required.")
BAD_EMAIL = message("leads.bad_email", "Not an e-mail address.")
CONTACT_NEEDED = message("leads.contact_needed", "A phone number or an e-mail address is needed.")
UNKNOWN_SOURCE = message("leads.unknown_source", "Unknown source.")
BAD_POSTAL_CODE = message("leads.bad_postal_code", "A postal code has 5 digits.")
NO_PACKAGE = message("leads.no_package", "No such package.")
NO_USER = message("leads.no_user", "No such user.")
NO_ACTIVE_USER = message("leads.no_active_user", "No such active user.")
GONE = message("leads.gone", "The lead no longer exists.")
CONVERTED = message("leads.converted", "The lead has been converted; change the customer instead.")
STAYS_WON = message("leads.stays_won", "The lead has been converted; it stays won.")
UNKNOWN_STATUS = message("leads.unknown_status", "Unknown status.")
LOST_REASON = message("leads.lost_reason_needed", "Say why the lead was lost.")
WON_BY_CONVERSION = message("leads.won_by_conversion", "A lead is won by converting it into a customer (Convert…).")


def phone_problem(exc: PhoneError) -> Message:
    """What is wrong with a phone number (the phone check's own message)."""
    return exc.message


def keeps_own_leads(actor: Actor) -> bool:
    """A user who cannot hand leads out (no ``leads``/``approve``) works the leads they register."""
    return actor.user_id is not None and not actor.can(MODULE, "approve")


@dataclass(frozen=True)
class LeadInput:
    """What the lead form holds (strings as typed; ids for the pickers)."""

    name: str
    phone: str = ""
    email: str = ""
    address: str = ""
    rt_rw: str = ""
    provinsi: str = ""
    kabupaten: str = ""
    kecamatan: str = ""
    kelurahan: str = ""
    kode_pos: str = ""
    latitude: str = ""
    longitude: str = ""
    source: str = ""
    interested_package_id: int | None = None
    assigned_to: int | None = None
    notes: str = ""
    referral_code: str = ""


@dataclass(frozen=True)
class Duplicate:
    """An existing lead or customer with the same phone or email."""

    kind: str          # "lead" or "customer"
    id: int
    number: str
    name: str
    phone: str
    email: str


@dataclass(frozen=True)
class LeadCard:
    """One card of the pipeline board."""

    id: int
    number: str
    name: str
    phone: str
    status: str
    package: str
    assigned_to: int | None
    assignee: str
    mine: bool
    converted: bool


@dataclass(frozen=True)
class LeadSummary:
    id: int
    number: str
    status: str


def _coordinate(text: str, limit: int, field: str, errors: dict[str, Message]) -> Decimal | None:
    if not text.strip():
        return None
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        errors[field] = NOT_A_NUMBER()
        return None
    if not value.is_finite() or abs(value) > limit:
        errors[field] = OUT_OF_RANGE(limit=limit)
        return None
    return value.quantize(Decimal("0.00000001"))


def clean(data: LeadInput) -> dict[str, object]:
    """The lead's column values, or ValidationError with a message per field."""
    errors: dict[str, Message] = {}
    values: dict[str, object] = {f.name: (getattr(data, f.name).strip() if isinstance(getattr(data, f.name), str)
                                          else getattr(data, f.name)) for f in fields(LeadInput)}
    if not values["name"]:
        errors["name"] = NAME_REQUIRED()
    phone = values["phone"]
    if phone:
        try:
            values["phone"] = normalize_phone(str(phone))
        except PhoneError as exc:
            errors["phone"] = phone_problem(exc)
    email = str(values["email"])
    if email and ("@" not in email or "." not in email.rsplit("@", 1)[-1] or " " in email):
        errors["email"] = BAD_EMAIL()
    if not phone and not email:
        errors.setdefault("phone", CONTACT_NEEDED())
    values["latitude"] = _coordinate(data.latitude, 90, "latitude", errors)
    values["longitude"] = _coordinate(data.longitude, 180, "longitude", errors)
    if values["source"] and values["source"] not in set(LeadSource):
        errors["source"] = UNKNOWN_SOURCE()
    kode_pos = str(values["kode_pos"])
    if kode_pos and not (kode_pos.isdigit() and len(kode_pos) == 5):
        errors["kode_pos"] = BAD_POSTAL_CODE()
    if errors:
        raise ValidationError(errors)
    return {key: (value if value != "" else None) for key, value in values.items()}


@operation(MODULE, "view")
def find_duplicates(session: Session, actor: Actor, phone: str = "", email: str = "",
                    exclude_lead_id: int | None = None) -> list[Duplicate]:
    """Leads and customers whose phone (either way of writing it) or email match."""
    phones: list[str] = []
    if phone.strip():
        try:
            normal = normalize_phone(phone)
            phones = [normal, local_form(normal), normal[1:]]
        except PhoneError:
            phones = []
    email = email.strip().lower()
    sqlite = session.get_bind().dialect.name == "sqlite"
    found: list[Duplicate] = []
    for kind, model, number in (("lead", Lead, Lead.lead_number), ("customer", Customer, Customer.customer_number)):
        conditions = []
        if phones:
            conditions.append(model.phone.in_(phones))
        if email:   # MariaDB compares case-insensitively (and can use the index); SQLite needs lower()
            conditions.append(sa.func.lower(model.email) == email if sqlite else model.email == email)
        if not conditions:
            return []
        query = sa.select(model.id, number, model.name, model.phone, model.email).where(sa.or_(*conditions))
        if kind == "lead" and exclude_lead_id is not None:
            query = query.where(Lead.id != exclude_lead_id)
        for row in session.execute(query.order_by(model.id).limit(20)):
            found.append(Duplicate(kind, row[0], row[1] or "", row[2], row[3] or "", row[4] or ""))
    return found


def _check_refs(session: Session, values: dict[str, object]) -> None:
    errors: dict[str, Message] = {}
    if values.get("interested_package_id") and session.get(Package, values["interested_package_id"]) is None:
        errors["interested_package_id"] = NO_PACKAGE()
    if values.get("assigned_to") and session.get(User, values["assigned_to"]) is None:
        errors["assigned_to"] = NO_USER()
    if errors:
        raise ValidationError(errors)


@operation(MODULE, "create")
def create_lead(session: Session, actor: Actor, data: LeadInput, *, today: date | None = None) -> LeadSummary:
    """A new lead numbered ``LD-…``; left unassigned by someone who does not hand leads
    out (:func:`keeps_own_leads`), it is assigned to them."""
    values = clean(data)
    if values["assigned_to"] is None and keeps_own_leads(actor):
        values["assigned_to"] = actor.user_id
    _check_refs(session, values)
    lead = Lead(lead_number=next_number(session, "lead", today or clock.today()), status=LeadStatus.NEW,
                source=values.pop("source") or LeadSource.WALK_IN, **values)
    session.add(lead)
    session.flush()
    return LeadSummary(lead.id, lead.lead_number, lead.status)


def _locked(session: Session, lead_id: int) -> Lead:
    lead = session.execute(sa.select(Lead).where(Lead.id == lead_id).with_for_update()).scalar_one_or_none()
    if lead is None:
        raise NotFound(GONE())
    return lead


@operation(MODULE, "edit")
def update_lead(session: Session, actor: Actor, lead_id: int, data: LeadInput) -> LeadSummary:
    """Change a lead's details (not its status, number or assignment)."""
    values = clean(data)
    values.pop("assigned_to")
    _check_refs(session, values)
    lead = _locked(session, lead_id)
    if lead.customer_id is not None:
        raise ConflictError(CONVERTED())
    values["source"] = values["source"] or lead.source
    for key, value in values.items():
        setattr(lead, key, value)
    session.flush()
    return LeadSummary(lead.id, lead.lead_number, lead.status)


@operation(MODULE, "view")
def get_lead(session: Session, actor: Actor, lead_id: int) -> tuple[LeadInput, LeadSummary]:
    """A lead as the form shows it."""
    lead = session.get(Lead, lead_id)
    if lead is None:
        raise NotFound(GONE())
    text = lambda v: "" if v is None else str(v)  # noqa: E731
    data = LeadInput(**{f.name: (getattr(lead, f.name) if f.name in ("interested_package_id", "assigned_to")
                                 else text(getattr(lead, f.name))) for f in fields(LeadInput)})
    return data, LeadSummary(lead.id, lead.lead_number, lead.status)


@operation(MODULE, "edit")
def move_lead(session: Session, actor: Actor, lead_id: int, status: str,
              lost_reason: str = "") -> LeadSummary:
    """Move a lead to another pipeline column; lost needs a reason, won comes from conversion."""
    if status not in STATUSES:
        raise ValidationError({"status": UNKNOWN_STATUS()})
    if status == LeadStatus.LOST and not lost_reason.strip():
        raise ValidationError({"lost_reason": LOST_REASON()})
    if status == LeadStatus.WON:
        raise ValidationError({"status": WON_BY_CONVERSION()})
    lead = _locked(session, lead_id)
    if lead.customer_id is not None or lead.status == LeadStatus.WON:
        raise ConflictError(STAYS_WON())
    lead.status = status
    lead.lost_reason = lost_reason.strip() if status == LeadStatus.LOST else None
    session.flush()
    return LeadSummary(lead.id, lead.lead_number, lead.status)


@operation(MODULE, "approve")
def reassign_lead(session: Session, actor: Actor, lead_id: int, user_id: int | None) -> LeadSummary:
    """Give a lead to another sales user (whoever holds ``approve`` on leads)."""
    if user_id is not None:
        user = session.get(User, user_id)
        if user is None or not user.is_active:
            raise ValidationError({"assigned_to": NO_ACTIVE_USER()})
    lead = _locked(session, lead_id)
    lead.assigned_to = user_id
    session.flush()
    return LeadSummary(lead.id, lead.lead_number, lead.status)


@operation(MODULE, "view")
def board(session: Session, actor: Actor, *, limit_per_status: int = 200) -> dict[str, list[LeadCard]]:
    """The cards of each status column; the actor's own leads come first, then the newest."""
    me = actor.user_id
    mine = sa.case((Lead.assigned_to == me, 0), else_=1) if me is not None else sa.literal(1)
    columns: dict[str, list[LeadCard]] = {status: [] for status in STATUSES}
    for status in STATUSES:
        query = (sa.select(Lead.id, Lead.lead_number, Lead.name, Lead.phone, Lead.status, Package.name,
                           Lead.assigned_to, User.name, Lead.customer_id)
                 .outerjoin(Package, Package.id == Lead.interested_package_id)
                 .outerjoin(User, User.id == Lead.assigned_to)
                 .where(Lead.status == status)
                 .order_by(mine, Lead.id.desc()).limit(limit_per_status))
        for row in session.execute(query):
            columns[status].append(LeadCard(
                id=row[0], number=row[1] or "", name=row[2], phone=row[3] or "", status=row[4], package=row[5] or "",
                assigned_to=row[6], assignee=row[7] or "", mine=me is not None and row[6] == me,
                converted=row[8] is not None))
    return columns


@operation(MODULE, "view")
def sales_users(session: Session, actor: Actor) -> list[tuple[int, str]]:
    """Active users a lead can be assigned to (id, name)."""
    return [(row[0], row[1]) for row in session.execute(
        sa.select(User.id, User.name).where(User.is_active.is_(True)).order_by(User.name))]


@operation(MODULE, "view")
def packages(session: Session, actor: Actor) -> list[tuple[int, str]]:
    """Active packages a lead can be interested in (id, name)."""
    return [(row[0], row[1]) for row in session.execute(
        sa.select(Package.id, Package.name).where(Package.is_active.is_(True)).order_by(Package.name))]


def generic_edit_check(lead: Lead | None, changes: dict[str, object]) -> dict[str, Message]:
    """The rules above for the generic leads form (``TableSpec.edit_check``; ``lead`` is
    None for a new one): a converted lead stays as it is, won comes only from conversion,
    lost needs a reason, phones are Indonesian."""
    if lead is not None and lead.customer_id is not None:
        return {"": CONVERTED()}
    errors: dict[str, Message] = {}
    was = lead.status if lead is not None else None
    status = changes.get("status", was)
    if status == LeadStatus.WON and was != LeadStatus.WON:
        errors["status"] = WON_BY_CONVERSION()
    reason = changes.get("lost_reason", lead.lost_reason if lead is not None else None)
    if status == LeadStatus.LOST and not str(reason or "").strip():
        errors["lost_reason"] = LOST_REASON()
    phone = changes.get("phone")
    if phone:
        try:
            normalize_phone(str(phone))
        except PhoneError as exc:
            errors["phone"] = phone_problem(exc)
    return errors
