"""Converting a lead into a paying subscriber, in ONE transaction (the caller's ``write``):

customer (from the lead, NIK checked for form) -> contract (terms from the
``contract.terms_template`` setting, promotion checked and redeemed by the same
rules as billing) -> subscription (``recurring_billings``, inactive and
without a billing date until the installation is completed) -> installation
work order -> proforma for installation fee + deposit (when not zero) ->
referral (when the lead carries an existing customer's referral code) -> the
lead becomes won with ``converted_at`` and ``customer_id``.

Everything is checked before the first row is written; any later failure
raises, and the caller's transaction rolls back, leaving nothing. The lead row
is locked first, so converting the same lead twice (even at two counters at
once) is refused.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Contract, Customer, Lead, Package, RecurringBilling, Referral, Role, User
from ispdesk.db.sequences import next_number
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import (ContractStatus, CreditMovementKind, CustomerStatus, LeadStatus, Priority,
                                  ReferralStatus, WorkOrderType)
from ispdesk.domain.enums import Role as UserRole
from ispdesk.domain.errors import ConflictError, NotFound, ValidationError
from ispdesk.domain.messages import Message, message, render
from ispdesk.domain.money import MoneyError, ZERO, to_money
from ispdesk.domain.referral_codes import referral_code
from ispdesk.domain.nik import birth_date, nik_problem
from ispdesk.domain.dates import age_on, term_end
from ispdesk.services import office_settings, promotions
from ispdesk.services.leads import GONE
from ispdesk.services.payments import move_credit
from ispdesk.services.permissions import operation, require
from ispdesk.services.proforma import ProformaRequest, create_proforma
from ispdesk.services.work_orders import WorkOrderRequest, create_work_order

MODULE = "leads"
MAX_DURATION_MONTHS = 120
ADULT_AGE = 17     # a KTP (and so an NIK of one's own) is issued at 17

BAD_AMOUNT = message("conversion.bad_amount", "Not an amount; type it like 150.000.")
NEGATIVE_AMOUNT = message("conversion.negative_amount", "The amount cannot be negative.")
ALREADY_CONVERTED = message("conversion.already_converted", "Lead {number} has already been converted.")
LEAD_LOST = message("conversion.lead_lost", "Lead {number} is lost; move it back into the pipeline first.")
UNDER_AGE = message("conversion.under_age", "The NIK's birth date says the customer is under {age}.")
NIK_TAKEN = message("conversion.nik_taken", "This NIK belongs to customer {number} ({name}).")
CHOOSE_PACKAGE = message("conversion.choose_package", "Choose an active package.")
FEE_NOT_ZERO = message("conversion.monthly_fee_zero", "The monthly fee must be more than zero.")
DURATION_RANGE = message("conversion.duration_range", "The duration is 1 to {most} months.")
START_NEEDED = message("conversion.start_date_needed", "Give the start date.")
INSTALL_IN_PAST = message("conversion.install_in_past", "The installation cannot be scheduled in the past.")
CHOOSE_TECHNICIAN = message("conversion.choose_technician", "Choose an active technician.")
NO_CONTACT = message("conversion.lead_without_contact", "The lead has no phone or e-mail; complete it first.")
UNKNOWN_REFERRAL = message("conversion.unknown_referral_code",
                           "No customer has the referral code {code}; correct the lead.")
#: The proforma's note (it is printed): written in the office's language.
PROFORMA_NOTE = message("conversion.proforma_note", "Lead {number}")



@dataclass(frozen=True)
class ConversionRequest:
    """What the conversion dialog holds. ``None`` fees come from the package (monthly) or 0."""

    lead_id: int
    nik: str
    package_id: int | None
    start_date: date | None
    monthly_fee: Decimal | str | None = None
    installation_fee: Decimal | str | None = None
    deposit: Decimal | str | None = None
    duration_months: int = 12
    auto_renew: bool = True
    promotion_code: str = ""
    install_date: date | None = None
    install_time: time | None = None
    priority: str = Priority.MEDIUM
    install_notes: str = ""
    technician_id: int | None = None


@dataclass(frozen=True)
class ConversionResult:
    """Everything the conversion made, by id and number."""

    lead_number: str
    customer_id: int
    customer_number: str
    contract_id: int
    contract_number: str
    subscription_id: int
    work_order_id: int
    work_order_number: str
    proforma_id: int | None
    proforma_number: str | None
    referral_id: int | None
    promotion_applied: str | None


@dataclass(frozen=True)
class ConversionDefaults:
    """What the conversion dialog starts from: the lead, the packages, the technicians, the terms."""

    lead_number: str
    name: str
    phone: str
    address: str
    status: str
    package_id: int | None
    referral_code: str
    packages: tuple[tuple[int, str, Decimal], ...]
    technicians: tuple[tuple[int, str], ...]
    terms: str


def _money(value: Decimal | str | None, fallback: Decimal, field: str, errors: dict[str, Message]) -> Decimal:
    if value is None or (isinstance(value, str) and not value.strip()):
        return fallback
    try:
        amount = to_money(value)
    except MoneyError:
        errors[field] = BAD_AMOUNT()
        return ZERO
    if amount < 0:
        errors[field] = NEGATIVE_AMOUNT()
    return amount


def _lock_lead(session: Session, lead_id: int) -> Lead:
    lead = session.execute(sa.select(Lead).where(Lead.id == lead_id).with_for_update()).scalar_one_or_none()
    if lead is None:
        raise NotFound(GONE())
    if lead.customer_id is not None or lead.status == LeadStatus.WON:
        raise ConflictError(ALREADY_CONVERTED(number=lead.lead_number))
    if lead.status == LeadStatus.LOST:
        raise ConflictError(LEAD_LOST(number=lead.lead_number))
    return lead


@dataclass(frozen=True)
class _Checked:
    package: Package
    monthly: Decimal
    installation: Decimal
    deposit: Decimal
    quote: promotions.PromotionQuote | None
    referrer_id: int | None


def _check(session: Session, lead: Lead, request: ConversionRequest, today: date) -> _Checked:
    """Every refusal, by field, before anything is written."""
    errors: dict[str, Message] = {}
    nik = request.nik.strip().replace(" ", "")
    problem = nik_problem(nik)
    if problem:
        errors["nik"] = problem
    elif age_on(birth_date(nik, today), today) < ADULT_AGE:      # by the calendar: 17 on the 17th birthday
        errors["nik"] = UNDER_AGE(age=ADULT_AGE)
    else:
        owner = session.execute(sa.select(Customer.customer_number, Customer.name)
                                .where(Customer.nik == nik)).first()
        if owner is not None:
            errors["nik"] = NIK_TAKEN(number=owner[0], name=owner[1])
    package = session.get(Package, request.package_id) if request.package_id else None
    if package is None or not package.is_active:
        errors["package_id"] = CHOOSE_PACKAGE()
    monthly = _money(request.monthly_fee, package.monthly_price if package else ZERO, "monthly_fee", errors)
    if "monthly_fee" not in errors and package is not None and monthly <= 0:
        errors["monthly_fee"] = FEE_NOT_ZERO()
    installation = _money(request.installation_fee, ZERO, "installation_fee", errors)
    deposit = _money(request.deposit, ZERO, "deposit", errors)
    if not isinstance(request.duration_months, int) or not 1 <= request.duration_months <= MAX_DURATION_MONTHS:
        errors["duration_months"] = DURATION_RANGE(most=MAX_DURATION_MONTHS)
    if request.start_date is None:
        errors["start_date"] = START_NEEDED()
    if request.install_date is not None and request.install_date < today:
        errors["install_date"] = INSTALL_IN_PAST()
    if request.technician_id is not None:
        technician = session.get(User, request.technician_id)
        if technician is None or not technician.is_active:
            errors["technician_id"] = CHOOSE_TECHNICIAN()
    if not (lead.phone or lead.email):
        errors["lead"] = NO_CONTACT()
    quote = None
    if request.promotion_code.strip() and package is not None and "monthly_fee" not in errors:
        quote = promotions.check_promotion(session, request.promotion_code, package_id=package.id, amount=monthly,
                                           on=request.start_date or today)
        if not quote.applies:
            errors["promotion_code"] = quote.reason or promotions.DOES_NOT_APPLY()
    referrer_id = None
    if lead.referral_code:
        referrer_id = session.execute(sa.select(Customer.id).where(
            Customer.referral_code == lead.referral_code.strip().upper())).scalar()
        if referrer_id is None:
            errors["referral_code"] = UNKNOWN_REFERRAL(code=lead.referral_code)
    if errors:
        raise ValidationError(errors)
    assert package is not None
    return _Checked(package, monthly, installation, deposit, quote, referrer_id)


@operation(MODULE, "edit")
def convert_lead(session: Session, actor: Actor, request: ConversionRequest, *,
                 today: date | None = None) -> ConversionResult:
    """Make the customer, contract, subscription, work order, proforma and referral of a lead
    (it also needs ``customers``/``create`` and ``contracts``/``create``)."""
    require(actor, "customers", "create")
    require(actor, "contracts", "create")
    stamp = clock.now()
    today = today or stamp.date()
    lead = _lock_lead(session, request.lead_id)
    checked = _check(session, lead, request, today)
    package, start = checked.package, request.start_date
    assert start is not None
    user_id = actor.user_id

    customer = Customer(
        customer_number=next_number(session, "customer", today), name=lead.name,
        nik=request.nik.strip().replace(" ", ""), phone=lead.phone, email=lead.email, address=lead.address,
        rt_rw=lead.rt_rw, kelurahan=lead.kelurahan, kecamatan=lead.kecamatan, kabupaten=lead.kabupaten,
        provinsi=lead.provinsi, kode_pos=lead.kode_pos, latitude=lead.latitude, longitude=lead.longitude,
        status=CustomerStatus.PROSPECT, referred_by_id=checked.referrer_id, notes=lead.notes)
    session.add(customer)
    session.flush()
    customer.referral_code = referral_code(customer.name, customer.id)

    promotion_id = None
    if checked.quote is not None:
        redeemed = promotions._redeem(session, actor, request.promotion_code, package_id=package.id,
                                     amount=checked.monthly, on=start, module=MODULE)
        promotion_id = redeemed.promotion_id
        if redeemed.cashback > 0:   # a cashback code credits the new customer; their first invoices use it
            move_credit(session, customer, redeemed.cashback, CreditMovementKind.CASHBACK, created_by=actor.user_id,
                        notes=f"Cashback {redeemed.code}")
    contract = Contract(
        contract_number=next_number(session, "contract", today), customer_id=customer.id, package_id=package.id,
        start_date=start, end_date=term_end(start, request.duration_months),
        monthly_fee=checked.monthly, installation_fee=checked.installation, deposit=checked.deposit,
        contract_duration=request.duration_months, auto_renew=request.auto_renew,
        terms=office_settings.get_settings(session).get("contract.terms_template", ""),
        status=ContractStatus.DRAFT, lead_id=lead.id, promotion_id=promotion_id, created_by=user_id)
    session.add(contract)
    session.flush()

    subscription = RecurringBilling(
        customer_id=customer.id, package_id=package.id, billing_day=min(start.day, 28), amount=checked.monthly,
        discount=ZERO, is_active=False, next_billing_date=None, activated_at=None, contract_id=contract.id,
        promotion_id=promotion_id)
    session.add(subscription)
    session.flush()

    order = create_work_order(session, actor, WorkOrderRequest(
        type=WorkOrderType.INSTALLATION, customer_id=customer.id, lead_id=lead.id, contract_id=contract.id,
        scheduled_date=request.install_date, scheduled_time=request.install_time, priority=request.priority,
        notes=request.install_notes, assigned_to=request.technician_id), now=stamp)

    proforma = None
    if checked.installation + checked.deposit > 0:
        proforma = create_proforma(session, actor, ProformaRequest(
            customer_id=customer.id, installation_fee=checked.installation, deposit=checked.deposit,
            contract_id=contract.id, notes=render(PROFORMA_NOTE(number=lead.lead_number))), today=today)

    referral_id = None
    if checked.referrer_id is not None:
        referral = Referral(referrer_customer_id=checked.referrer_id, referred_customer_id=customer.id,
                            lead_id=lead.id, referral_code=lead.referral_code.strip().upper(),
                            status=ReferralStatus.PENDING)
        session.add(referral)
        session.flush()
        referral_id = referral.id

    lead.status, lead.converted_at, lead.customer_id, lead.lost_reason = LeadStatus.WON, stamp, customer.id, None
    session.flush()
    return ConversionResult(
        lead_number=lead.lead_number or "", customer_id=customer.id, customer_number=customer.customer_number,
        contract_id=contract.id, contract_number=contract.contract_number or "", subscription_id=subscription.id,
        work_order_id=order.id, work_order_number=order.number, proforma_id=proforma.id if proforma else None,
        proforma_number=proforma.number if proforma else None, referral_id=referral_id,
        promotion_applied=checked.quote.code if checked.quote else None)


@operation(MODULE, "view")
def conversion_defaults(session: Session, actor: Actor, lead_id: int) -> ConversionDefaults:
    """The lead and the choices the conversion dialog offers."""
    lead = session.get(Lead, lead_id)
    if lead is None:
        raise NotFound(GONE())
    packages = tuple((r.id, r.name, r.monthly_price) for r in session.execute(
        sa.select(Package.id, Package.name, Package.monthly_price).where(Package.is_active.is_(True))
        .order_by(Package.name)))
    technicians = tuple((r[0], r[1]) for r in session.execute(
        sa.select(User.id, User.name).join(Role, Role.id == User.role_id)
        .where(User.is_active.is_(True), Role.name == UserRole.TECHNICIAN).order_by(User.name)))
    address = ", ".join(part for part in (lead.address, lead.rt_rw and f"RT/RW {lead.rt_rw}", lead.kelurahan,
                                          lead.kecamatan, lead.kabupaten, lead.provinsi, lead.kode_pos) if part)
    return ConversionDefaults(
        lead_number=lead.lead_number or "", name=lead.name, phone=lead.phone or "", address=address,
        status=lead.status or LeadStatus.NEW, package_id=lead.interested_package_id,
        referral_code=lead.referral_code or "", packages=packages, technicians=technicians,
        terms=office_settings.get_settings(session).get("contract.terms_template", ""))


@operation(MODULE, "view")
def promotion_quote(session: Session, actor: Actor, code: str, package_id: int | None,
                    monthly_fee: Decimal | None, on: date) -> promotions.PromotionQuote:
    """What ``code`` would do to the monthly fee (the dialog's Check button); nothing is redeemed."""
    return promotions.check_promotion(session, code, package_id=package_id, amount=monthly_fee or ZERO, on=on)
