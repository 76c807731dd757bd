"""Read, create, edit and archive/delete one row of any module from its
:class:`TableSpec`.

Every field is checked against its column before anything is written, and all
the bad fields are reported at once in one :class:`ValidationError`. Changes go
through the ORM (``session.add``/``setattr``/``session.delete``), so the audit
hook sees them; the caller commits.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ispdesk.db.models import Base
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ispdesk.domain.messages import Message, humanised, message, word
from ispdesk.domain.money import CENT, MoneyError, format_rupiah, to_money
from ispdesk.services.audit import ACTOR_KEY, MODULE_KEY
from ispdesk.services.modules import SPECS, spec as spec_of
from ispdesk.services.permissions import operation
from ispdesk.services.specs import ColumnSpec, Kind, TableSpec

#: Columns that name who made a record; filled from the actor on create.
AUTHOR_COLUMNS = ("created_by", "author_id", "requested_by")

_WHOLE = re.compile(r"-?(\d{1,3}(\.\d{3})+|\d+)")
_TRUE = {"1", "true", "yes", "y", "ya"}
_FALSE = {"0", "false", "no", "n", "tidak"}


NOT_FOUND = message("records.not_found", "This record no longer exists ({table} #{id}).")
NOT_CREATED_HERE = message("records.not_created_here", "{table} are not created in this table; use their own screen.")
NOT_EDITED_HERE = message("records.not_edited_here", "{table} are not edited in this table; use their own screen.")
NOT_DELETED = message("records.not_deleted", "{table} cannot be deleted.")
REQUIRED = message("records.required", "{field} is required.")
MUST_BE_TEXT = message("records.must_be_text", "{field} must be text.")
TOO_LONG = message("records.too_long", "{field} takes at most {limit} characters ({given} given).")
WHOLE_NUMBER = message("records.whole_number", "{field} must be a whole number.")
NUMBER = message("records.number", "{field} must be a number.")
DECIMAL_PLACES = message("records.decimal_places", "{field} takes at most {places} decimal places.")
TOO_LARGE = message("records.too_large", "{field} is too large.")
SEN = message("records.sen", "{field} takes at most two decimal places (sen).")
NOT_MONEY = message("records.not_money", "{field} is not an amount of money: {value}.")
NOT_DATE = message("records.not_date", "{field} is not a date (YYYY-MM-DD).")
NOT_DATETIME = message("records.not_datetime", "{field} is not a date and time (YYYY-MM-DD HH:MM).")
NOT_TIME = message("records.not_time", "{field} is not a time (HH:MM).")
YES_OR_NO = message("records.yes_or_no", "{field} must be yes or no.")
ONE_OF = message("records.one_of", "{field} must be one of: {choices}.")
CHOOSE_FROM_LIST = message("records.choose_from_list", "{field}: choose one from the list.")
NOT_JSON = message("records.not_json", "{field} is not valid JSON.")
NOT_NEGATIVE = message("records.not_negative", "{field} must not be negative.")
MORE_THAN_ZERO = message("records.more_than_zero", "{field} must be more than zero.")
AT_LEAST = message("records.at_least", "{field} must be at least {minimum}.")
AT_MOST = message("records.at_most", "{field} must be at most {maximum}.")
MISSING_REFERENCE = message("records.missing_reference", "{field}: the chosen record does not exist (any more).")
ALREADY_USED = message("records.already_used", "{field} {value} is already used.")
COMBINATION_USED = message("records.combination_used",
                           "This combination of {fields} is already used by another record.")
SAVE_CONFLICT = message("records.save_conflict", "The record could not be saved: another user changed the same "
                                                 "data a moment ago. Reload and try again.")
ARCHIVE_CONFLICT = message("records.archive_conflict", "The record could not be archived: another user changed "
                                                       "the same data a moment ago. Reload and try again.")
DELETE_CONFLICT = message("records.delete_conflict", "The record could not be deleted: another user changed the "
                                                     "same data a moment ago. Reload and try again.")
REFERRED = message("records.referred", "Cannot delete: %n record(s) refer to this one ({where}).")
#: One table of the list in REFERRED: "Payments: 3".
REFERRER = message("records.referrer", "{table}: {rows}")

#: Titles of the tables that have no tab of their own (the lines, ledgers and
#: links inside a document), for the "refer to this one" list.
_TABLE_WORDS: dict[str, Message] = {
    "invoice_items": word("Invoice lines"), "receipts": word("Receipts"),
    "customer_credit_movements": word("Credit movements"), "billing_run_items": word("Billing run lines"),
    "asset_histories": word("Asset history"), "attachments": word("Attachments"),
    "role_permissions": word("Role permissions"),
}


class _Invalid(Exception):
    """One field's value cannot be used; ``message`` is for the person typing."""

    def __init__(self, msg: Message) -> None:
        super().__init__(msg.code)
        self.message = msg


def _field(column: ColumnSpec) -> Message:
    """A column's title as a word of a message."""
    return word(column.title)


def _table(spec: TableSpec) -> Message:
    return word(spec.title)


def _spec_key(arguments: Any) -> str:
    return arguments["spec"].key


# ---------------------------------------------------------------- reading


@operation(lambda a: (_spec_key(a), "view"), example={"spec": SPECS["customers"], "record_id": 1})
def get(session: Session, actor: Actor, spec: TableSpec, record_id: int) -> dict[str, Any]:
    """The stored values of one row for its form (a foreign key as its id), with ``id``."""
    record = _load(session, spec, record_id)
    table = spec.model.__table__
    values = {"id": record.id}
    values.update({c.name: getattr(record, _attribute(spec, c.name)) for c in spec.columns if c.name in table.c})
    return values


def initial_values(spec: TableSpec) -> dict[str, Any]:
    """What the form of a new record starts with: the model's own default of each
    flag (a new package or profile is active), so a box left alone does not
    overwrite the default with "no". Other blank fields already keep theirs."""
    table = spec.model.__table__
    out: dict[str, Any] = {}
    for column in spec.columns:
        default = table.c[column.name].default if column.name in table.c else None
        if column.kind is Kind.BOOLEAN and default is not None and default.is_scalar:
            out[column.name] = bool(default.arg)
    return out


def _load(session: Session, spec: TableSpec, record_id: int) -> Any:
    record = session.get(spec.model, record_id)
    if record is None:
        raise NotFound(NOT_FOUND(table=_table(spec), id=record_id))
    return record


def _attribute(spec: TableSpec, name: str) -> str:
    """The ORM attribute that maps the table column ``name``."""
    mapper = sa.inspect(spec.model)
    return mapper.get_property_by_column(spec.model.__table__.c[name]).key


# ---------------------------------------------------------------- saving


def _save_permission(arguments: Any) -> tuple[str, str]:
    return _spec_key(arguments), "create" if arguments.get("record_id") is None else "edit"


@operation(_save_permission, example={"spec": SPECS["customers"], "record_id": None, "values": {"name": "Budi"}})
def save(session: Session, actor: Actor, spec: TableSpec, record_id: int | None,
         values: dict[str, Any]) -> int:
    """Create (``record_id`` None) or update a row from the form's ``values``; returns its id.

    Only editable form columns of the spec are taken from ``values`` (anything
    else is ignored). A new record starts from ``spec.defaults`` (its number
    from a sequence, today's date) where the form left a field empty, and names
    the actor in its ``created_by`` column. Raises ValidationError with every bad
    field, PermissionDenied, NotFound, or ConflictError when another counter
    saved the same unique value a moment ago.
    """
    creating = record_id is None
    if creating and not spec.can_create:
        raise PermissionDenied(NOT_CREATED_HERE(table=_table(spec)))
    if not creating and not spec.can_edit:
        raise PermissionDenied(NOT_EDITED_HERE(table=_table(spec)))
    record = None if creating else _load(session, spec, record_id)  # type: ignore[arg-type]
    table = spec.model.__table__
    defaults = dict(spec.defaults(session)) if creating and spec.defaults else {}

    errors: dict[str, Message] = {}
    changes: dict[str, Any] = {}
    for column in spec.columns:
        if column.name not in table.c:
            continue
        given = column.editable and column.in_form and column.name in values
        if not given and not (creating and (column.name in defaults or (column.editable and column.in_form))):
            continue
        raw = values.get(column.name) if given else None
        if creating and _blank(raw) and column.name in defaults:
            raw = defaults[column.name]
        try:
            value = _convert(column, table.c[column.name], raw)
            if value is None and _required(column, table.c[column.name]):
                raise _Invalid(REQUIRED(field=_field(column)))
            if value is not None:
                _check_range(column, value)
        except _Invalid as exc:
            errors[column.name] = exc.message
            continue
        changes[column.name] = value
    for name, value in defaults.items():  # defaults of columns the form does not edit
        if name in table.c and name not in changes and name not in errors:
            changes[name] = value

    _check_references(session, spec, changes, errors)
    _check_unique(session, spec, record, changes, errors)
    if spec.edit_check is not None:
        errors.update(spec.edit_check(record, changes))
    if errors:
        raise ValidationError(errors)

    if record is None:
        record = spec.model()
        if actor.user_id is not None:
            for author in AUTHOR_COLUMNS:
                if author in table.c and changes.get(author) is None:
                    changes[author] = actor.user_id
    _audit_as(session, actor, spec)
    for name, value in changes.items():
        if value is not None or not creating:  # a new row keeps its column defaults
            setattr(record, _attribute(spec, name), value)
    if creating:
        session.add(record)
    _flush(session, SAVE_CONFLICT)
    return record.id


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _required(column: ColumnSpec, stored: sa.Column) -> bool:
    """Required by the spec, or NOT NULL without a default in the database."""
    if column.required:
        return True
    return not stored.nullable and stored.default is None and stored.server_default is None


def _convert(column: ColumnSpec, stored: sa.Column, value: Any) -> Any:
    """The value to store for ``column``, or :class:`_Invalid` with a readable message."""
    if _blank(value) and column.kind is not Kind.BOOLEAN:
        return None
    converter = _CONVERTERS.get(column.kind, _text)
    return converter(column, stored, value)


def _text(column: ColumnSpec, stored: sa.Column, value: Any) -> str:
    if not isinstance(value, str):
        raise _Invalid(MUST_BE_TEXT(field=_field(column)))
    text = value.strip() if column.kind is not Kind.LONG_TEXT else value.rstrip()
    limit = column.max_length or getattr(stored.type, "length", None)
    if limit and len(text) > limit:
        raise _Invalid(TOO_LONG(field=_field(column), limit=limit, given=len(text)))
    return text


def _integer(column: ColumnSpec, _stored: sa.Column, value: Any) -> int:
    if isinstance(value, bool) or isinstance(value, float):
        raise _Invalid(WHOLE_NUMBER(field=_field(column)))
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    if isinstance(value, int):
        return value
    text = value.strip() if isinstance(value, str) else ""
    if _WHOLE.fullmatch(text):
        return int(text.replace(".", ""))  # "1.000" is a thousand, as people type it
    raise _Invalid(WHOLE_NUMBER(field=_field(column)))


def _decimal(column: ColumnSpec, stored: sa.Column, value: Any) -> Decimal:
    if isinstance(value, bool) or isinstance(value, float):
        raise _Invalid(NUMBER(field=_field(column)))
    if isinstance(value, str):
        text = value.strip().replace(" ", "")
        value = text.replace(",", ".") if "," in text and "." not in text else text
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise _Invalid(NUMBER(field=_field(column))) from None
    if not number.is_finite():
        raise _Invalid(NUMBER(field=_field(column)))
    scale = getattr(stored.type, "scale", None)
    precision = getattr(stored.type, "precision", None)
    if scale is not None and number != number.quantize(Decimal(1).scaleb(-scale)):
        raise _Invalid(DECIMAL_PLACES(field=_field(column), places=scale))
    if precision is not None and scale is not None and abs(number) >= Decimal(10) ** (precision - scale):
        raise _Invalid(TOO_LARGE(field=_field(column)))
    return number if scale is None else number.quantize(Decimal(1).scaleb(-scale))


def _money(column: ColumnSpec, _stored: sa.Column, value: Any) -> Decimal:
    try:
        return to_money(value)
    except MoneyError as exc:
        if exc.code == "money.too_many_decimals":
            raise _Invalid(SEN(field=_field(column))) from None
        if exc.code == "money.too_large":
            raise _Invalid(TOO_LARGE(field=_field(column))) from None
        raise _Invalid(NOT_MONEY(field=_field(column), value=str(value))) from None


def _date(column: ColumnSpec, _stored: sa.Column, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _Invalid(NOT_DATE(field=_field(column)))


def _datetime(column: ColumnSpec, _stored: sa.Column, value: Any) -> datetime:
    """Office time: a moment with an offset (``…T10:00+09:00``, a gateway's UTC)
    is converted to the office's zone, never stripped of it."""
    if isinstance(value, datetime):
        return clock.to_office(value)
    if isinstance(value, date):
        return datetime.combine(value, time.min)
    if isinstance(value, str):
        try:
            return clock.to_office(datetime.fromisoformat(value.strip()))
        except ValueError:
            pass
    raise _Invalid(NOT_DATETIME(field=_field(column)))


def _time(column: ColumnSpec, _stored: sa.Column, value: Any) -> time:
    """A time of day in office time; one with an offset is converted (on today's date)."""
    if isinstance(value, str):
        try:
            value = time.fromisoformat(value.strip())
        except ValueError:
            value = None
    if isinstance(value, time):
        if value.tzinfo is not None:
            return clock.to_office(datetime.combine(clock.today(), value)).time()
        return value.replace(microsecond=0)
    raise _Invalid(NOT_TIME(field=_field(column)))


def _boolean(column: ColumnSpec, _stored: sa.Column, value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if not word:
            return None
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
    raise _Invalid(YES_OR_NO(field=_field(column)))


def _choice(column: ColumnSpec, _stored: sa.Column, value: Any) -> str:
    text = str(value).strip()
    if text not in column.choices:
        raise _Invalid(ONE_OF(field=_field(column), choices=[word(humanised(c)) for c in column.choices]))
    return text


def _reference(column: ColumnSpec, _stored: sa.Column, value: Any) -> int:
    if isinstance(value, bool):
        raise _Invalid(CHOOSE_FROM_LIST(field=_field(column)))
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise _Invalid(CHOOSE_FROM_LIST(field=_field(column)))


def _json(column: ColumnSpec, _stored: sa.Column, value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError as exc:
            raise _Invalid(NOT_JSON(field=_field(column))) from None
    if isinstance(value, (dict, list, int, Decimal)) and not isinstance(value, bool):
        try:
            json.dumps(value if not isinstance(value, Decimal) else str(value))
        except (TypeError, ValueError):
            raise _Invalid(NOT_JSON(field=_field(column))) from None
        return value if not isinstance(value, Decimal) else str(value)
    raise _Invalid(NOT_JSON(field=_field(column)))


_CONVERTERS = {
    Kind.TEXT: _text, Kind.LONG_TEXT: _text, Kind.INTEGER: _integer, Kind.DECIMAL: _decimal,
    Kind.MONEY: _money, Kind.DATE: _date, Kind.DATETIME: _datetime, Kind.TIME: _time,
    Kind.BOOLEAN: _boolean, Kind.ENUM: _choice, Kind.FOREIGN_KEY: _reference, Kind.JSON: _json,
}


def _bound(column: ColumnSpec, bound: Any) -> Any:
    """A minimum or maximum as the message shows it: Rupiah, a date, a number."""
    if column.kind is Kind.MONEY:
        return format_rupiah(Decimal(bound))
    return bound if isinstance(bound, (date, datetime)) else str(bound)


def _check_range(column: ColumnSpec, value: Any) -> None:
    if column.kind not in (Kind.INTEGER, Kind.DECIMAL, Kind.MONEY, Kind.DATE, Kind.DATETIME, Kind.TIME):
        return
    if column.minimum is not None and value < column.minimum:
        if column.kind is Kind.MONEY and column.minimum == 0:
            raise _Invalid(NOT_NEGATIVE(field=_field(column)))
        if column.kind is Kind.MONEY and column.minimum == CENT:
            raise _Invalid(MORE_THAN_ZERO(field=_field(column)))
        raise _Invalid(AT_LEAST(field=_field(column), minimum=_bound(column, column.minimum)))
    if column.maximum is not None and value > column.maximum:
        raise _Invalid(AT_MOST(field=_field(column), maximum=_bound(column, column.maximum)))


def _check_references(session: Session, spec: TableSpec, changes: dict[str, Any],
                      errors: dict[str, Message]) -> None:
    """A foreign key must name a row that exists."""
    for column in spec.columns:
        value = changes.get(column.name)
        if column.kind is not Kind.FOREIGN_KEY or value is None or column.references is None:
            continue
        target = spec_of(column.references).model.__table__
        if session.execute(sa.select(target.c.id).where(target.c.id == value)).first() is None:
            errors[column.name] = MISSING_REFERENCE(field=_field(column))


def _unique_keys(table: sa.Table) -> list[tuple[str, ...]]:
    keys = {tuple(c.name for c in constraint.columns) for constraint in table.constraints
            if isinstance(constraint, sa.UniqueConstraint)}
    keys |= {(c.name,) for c in table.c if c.unique}
    keys |= {tuple(c.name for c in index.columns) for index in table.indexes if index.unique}
    return sorted(keys)


def _check_unique(session: Session, spec: TableSpec, record: Any, changes: dict[str, Any],
                  errors: dict[str, Message]) -> None:
    """"Already used" for a value a UNIQUE key holds in another row."""
    table = spec.model.__table__
    titles = {c.name: c.title for c in spec.columns}
    for key in _unique_keys(table):
        touched = [n for n in key if n in changes]
        if not touched or any(n in errors for n in key):
            continue
        final = {n: changes[n] if n in changes else (getattr(record, _attribute(spec, n)) if record else None)
                 for n in key}
        if any(v is None for v in final.values()):
            continue  # NULLs never collide
        select = sa.select(table.c.id).where(*(table.c[n] == v for n, v in final.items()))
        if record is not None:
            select = select.where(table.c.id != record.id)
        if session.execute(select.limit(1)).first() is None:
            continue
        field = next((n for n in touched if n in titles), touched[0])
        if len(key) == 1:
            errors[field] = ALREADY_USED(field=word(titles.get(field, humanised(field))), value=str(final[field]))
        else:
            errors[field] = COMBINATION_USED(fields=[word(titles.get(n, humanised(n))) for n in key])


# ---------------------------------------------------------------- deleting


@operation(lambda a: (_spec_key(a), "delete"), example={"spec": SPECS["customers"], "record_id": 1})
def delete(session: Session, actor: Actor, spec: TableSpec, record_id: int) -> None:
    """Archive the row (``spec.archive_column`` set False) or delete it; refuses
    with ConflictError while other rows refer to it."""
    if not spec.can_delete:
        raise PermissionDenied(NOT_DELETED(table=_table(spec)))
    record = _load(session, spec, record_id)
    if spec.edit_check is not None:
        refusals = spec.edit_check(record, {})
        if refusals:
            raise ValidationError(refusals)
    _audit_as(session, actor, spec)
    if spec.archive_column:
        setattr(record, _attribute(spec, spec.archive_column), False)
        _flush(session, ARCHIVE_CONFLICT)
        return
    table = spec.model.__table__
    referrers = _referrers(session, table, record_id)
    if referrers:
        raise ConflictError(REFERRED(count=sum(n for _name, n in referrers),
                                     where=[REFERRER(table=_table_word(name), rows=n) for name, n in referrers]))
    session.delete(record)
    _flush(session, DELETE_CONFLICT)


def _referrers(session: Session, table: sa.Table, record_id: int) -> list[tuple[str, int]]:
    """``(table name, rows)`` of every table with rows whose foreign keys name this row."""
    counts = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is not table:
                continue
            condition = fk.parent == record_id
            if other is table:
                condition = condition & (other.c.id != record_id)
            counts.append((other.name, sa.select(sa.func.count()).select_from(other).where(condition)
                           .scalar_subquery()))
    if not counts:
        return []
    row = session.execute(sa.select(*(q.label(f"n{i}") for i, (_n, q) in enumerate(counts)))).one()
    totals: dict[str, int] = {}
    for (name, _q), n in zip(counts, row):
        if n:
            totals[name] = totals.get(name, 0) + int(n)
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))  # the most first


def _audit_as(session: Session, actor: Actor | None, spec: TableSpec) -> None:
    """Let the audit listener name the actor and module unless the caller already did."""
    if session.info.get(ACTOR_KEY) is None:
        session.info[ACTOR_KEY] = actor
    if session.info.get(MODULE_KEY) is None:
        session.info[MODULE_KEY] = spec.key


def _flush(session: Session, conflict: Any) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(conflict()) from exc


def _table_word(name: str) -> Message:
    """A table in words: its tab's title, else the title of the lines it holds."""
    titles = {spec.model.__table__.name: spec.title for spec in SPECS.values()}
    if name in titles:
        return word(titles[name])
    return _TABLE_WORDS.get(name) or word(humanised(name))
