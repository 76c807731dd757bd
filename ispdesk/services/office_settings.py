"""The office's settings (company, tax, billing, QRIS…) kept in the ``settings`` table.

:func:`get_settings` returns every known key with its value (the default where
none is stored); :func:`save_settings` checks the user may edit settings,
validates the values and writes only what changed. The change reaches
``audit_logs`` through the generic listener of :mod:`ispdesk.services.audit`
(one row per setting) when the caller writes with
``info=actor_info(actor, "settings")``.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.models import Setting
from ispdesk.domain import clock, qris
from ispdesk.domain.actor import Actor
from ispdesk.domain.documents import Company
from ispdesk.domain.errors import ValidationError
from ispdesk.domain.messages import Message, message
from ispdesk.services.permissions import operation
from ispdesk.services.setup import DEFAULT_SETTINGS

COMPANY_NAME_REQUIRED = message("settings.company_name_required", "The company name is required.")
YES_OR_NO = message("settings.yes_or_no", "Must be yes (true) or no (false).")
WHOLE_NUMBER_RANGE = message("settings.whole_number_range", "A whole number from {low} to {high}.")
NUMBER_RANGE = message("settings.number_range", "A number from {low} to {high}.")
ONE_OF = message("settings.one_of", "One of: {choices}.")
BAD_QRIS = message("settings.bad_qris", "Not a usable static QRIS: {reason}")
UNKNOWN_KEY = message("settings.unknown_key", "Not a setting of ISPDesk.")

BOOLEAN_KEYS = ("tax.pkp", "tax.prices_include_tax")
LATE_FEE_TYPES = ("none", "fixed", "percent")
REWARD_TYPES = ("credit", "discount")
LANGUAGES = ("id", "en")


def get_settings(session: Session) -> dict[str, str]:
    """Every office setting as text: stored values over the defaults, plus any
    other stored keys."""
    values = dict(DEFAULT_SETTINGS)
    for key, value in session.execute(sa.select(Setting.key, Setting.value)):
        values[key] = value if value is not None else ""
    return values


def use_office_zone(session: Session) -> str:
    """Set the office clock to the office's time zone (setting ``office.time_zone``)."""
    return apply_zone(get_settings(session).get("office.time_zone"))


def apply_zone(zone: str | None) -> str:
    """Run the office clock in ``zone`` (WIB, WITA, WIT; anything else: WIB) from now on."""
    clock.set_office_zone(zone if zone in clock.ZONES else clock.DEFAULT_ZONE)
    return clock.office_zone().key


def company(session: Session) -> Company:
    """The letterhead every printed document carries, from the settings."""
    values = get_settings(session)
    accounts = tuple(part.strip() for line in values["company.bank_accounts"].splitlines()
                     for part in line.split(";") if part.strip())
    return Company(name=values["company.name"], address=values["company.address"],
                   phone=values["company.phone"], tax_number=values["company.npwp"], bank_accounts=accounts)


def _integer(value: str, low: int, high: int) -> Message | None:
    try:
        number = int(value)
    except ValueError:
        return WHOLE_NUMBER_RANGE(low=low, high=high)
    return None if low <= number <= high else WHOLE_NUMBER_RANGE(low=low, high=high)


def _decimal(value: str, low: Decimal, high: Decimal) -> Message | None:
    try:
        number = Decimal(value.replace(",", "."))
    except InvalidOperation:
        return NUMBER_RANGE(low=low, high=high)
    return None if number.is_finite() and low <= number <= high else NUMBER_RANGE(low=low, high=high)


def _one_of(choices: tuple[str, ...] | dict[str, object]) -> Message:
    return ONE_OF(choices=list(choices))


def _problem(key: str, value: str) -> Message | None:
    """Why ``value`` cannot be stored under ``key`` (None when it can)."""
    if key == "company.name" and not value.strip():
        return COMPANY_NAME_REQUIRED()
    if key in BOOLEAN_KEYS and value not in ("true", "false"):
        return YES_OR_NO()
    if key == "tax.rate":
        return _decimal(value, Decimal(0), Decimal(100))
    if key in ("tax.base_numerator", "tax.base_denominator"):
        return _integer(value, 1, 1000)
    if key == "billing.due_days":
        return _integer(value, 0, 365)
    if key == "billing.suspend_after_days":
        return _integer(value, 0, 3650)
    if key == "billing.late_fee_type" and value not in LATE_FEE_TYPES:
        return _one_of(LATE_FEE_TYPES)
    if key in ("billing.late_fee_value", "referral.reward_amount"):
        return _decimal(value, Decimal(0), Decimal("9999999999999.99"))
    if key == "referral.reward_type" and value not in REWARD_TYPES:
        return _one_of(REWARD_TYPES)
    if key == "office.time_zone" and value not in clock.ZONES:
        return _one_of(clock.ZONES)
    if key == "ui.language" and value not in LANGUAGES:
        return _one_of(LANGUAGES)
    if key == "qris.static_payload" and value:
        try:
            qris.parse(value, require_static=True)
        except qris.QrisError as exc:
            return BAD_QRIS(reason=exc.message)
    return None


@operation("settings", "edit", example={"values": {"company.name": "PT Contoh"}})
def save_settings(session: Session, actor: Actor, values: dict[str, str]) -> dict[str, str]:
    """Store ``values`` (key -> text); returns the keys that changed with their new
    values. Raises PermissionDenied without 'settings'/'edit' and ValidationError
    (key -> message) for unknown keys or bad values; nothing is stored then.
    A new ``office.time_zone`` is the office clock's zone once the caller
    committed and called :func:`apply_zone`."""
    cleaned = {key: ("" if value is None else str(value).strip()) for key, value in values.items()}
    errors: dict[str, Message] = {key: UNKNOWN_KEY() for key in cleaned if key not in DEFAULT_SETTINGS}
    for key, value in cleaned.items():
        if key in DEFAULT_SETTINGS and (problem := _problem(key, value)):
            errors[key] = problem
    if errors:
        raise ValidationError(errors)
    stored = {s.key: s for s in session.scalars(sa.select(Setting).where(Setting.key.in_(list(cleaned))))}
    changed: dict[str, str] = {}
    for key, value in cleaned.items():
        row = stored.get(key)
        if row is None:
            session.add(Setting(key=key, value=value))
            if value != DEFAULT_SETTINGS[key]:
                changed[key] = value
        elif row.value != value:
            row.value = value
            changed[key] = value
    session.flush()
    return changed
