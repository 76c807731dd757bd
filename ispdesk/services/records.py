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
from ispdesk.domain.actor import Actor
from ispdesk.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from ispdesk.domain.money import CENT, MoneyError, to_money
from ispdesk.services.audit import ACTOR_KEY, MODULE_KEY
from ispdesk.services.modules import spec as spec_of
from ispdesk.services.permissions import require
from ispdesk.services.specs import ColumnSpec, Kind, TableSpec

#: Columns that name who made a record; filled from the actor on create.
AUTHOR_COLUMNS = ("created_by", "author_id", "requested_by")

_WHOLE = re.compile(r"-?(\d{1,3}(\.\d{3})+|\d+)")
_TRUE = {"1", "true", "yes", "y", "ya"}
_FALSE = {"0", "false", "no", "n", "tidak"}


class _Invalid(Exception):
    """One field's value cannot be used; the message is for the person typing."""


# ---------------------------------------------------------------- reading


def get(session: Session, actor: Actor | None, spec: TableSpec, record_id: int) -> dict[str, Any]:
    """The stored values of one row for its form (a foreign key as its id), with ``id``."""
    require(actor, spec.key, "view")
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
        raise NotFound(f"This {_singular(spec.model.__tablename__)} no longer exists (id {record_id}).")
    return record


def _attribute(spec: TableSpec, name: str) -> str:
    """The ORM attribute that maps the table column ``name``."""
    mapper = sa.inspect(spec.model)
    return mapper.get_property_by_column(spec.model.__table__.c[name]).key


# ---------------------------------------------------------------- saving


def save(session: Session, actor: Actor | None, spec: TableSpec, record_id: int | None,
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
    require(actor, spec.key, "create" if creating else "edit")
    if creating and not spec.can_create:
        raise PermissionDenied(f"{spec.title} are not created in this table; use their own screen.")
    if not creating and not spec.can_edit:
        raise PermissionDenied(f"{spec.title} are not edited in this table; use their own screen.")
    record = None if creating else _load(session, spec, record_id)  # type: ignore[arg-type]
    table = spec.model.__table__
    defaults = dict(spec.defaults(session)) if creating and spec.defaults else {}

    errors: dict[str, str] = {}
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
                raise _Invalid(f"{column.title} is required.")
            if value is not None:
                _check_range(column, value)
        except _Invalid as exc:
            errors[column.name] = str(exc)
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
        if actor is not None and actor.user_id is not None:
            for author in AUTHOR_COLUMNS:
                if author in table.c and changes.get(author) is None:
                    changes[author] = actor.user_id
    _audit_as(session, actor, spec)
    for name, value in changes.items():
        if value is not None or not creating:  # a new row keeps its column defaults
            setattr(record, _attribute(spec, name), value)
    if creating:
        session.add(record)
    _flush(session, "saved")
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
        raise _Invalid(f"{column.title} must be text.")
    text = value.strip() if column.kind is not Kind.LONG_TEXT else value.rstrip()
    limit = column.max_length or getattr(stored.type, "length", None)
    if limit and len(text) > limit:
        raise _Invalid(f"{column.title} takes at most {limit} characters ({len(text)} given).")
    return text


def _integer(column: ColumnSpec, _stored: sa.Column, value: Any) -> int:
    if isinstance(value, bool) or isinstance(value, float):
        raise _Invalid(f"{column.title} must be a whole number.")
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    if isinstance(value, int):
        return value
    text = value.strip() if isinstance(value, str) else ""
    if _WHOLE.fullmatch(text):
        return int(text.replace(".", ""))  # "1.000" is a thousand, as people type it
    raise _Invalid(f"{column.title} must be a whole number.")


def _decimal(column: ColumnSpec, stored: sa.Column, value: Any) -> Decimal:
    if isinstance(value, bool) or isinstance(value, float):
        raise _Invalid(f"{column.title} must be a number.")
    if isinstance(value, str):
        text = value.strip().replace(" ", "")
        value = text.replace(",", ".") if "," in text and "." not in text else text
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise _Invalid(f"{column.title} must be a number.") from None
    if not number.is_finite():
        raise _Invalid(f"{column.title} must be a number.")
    scale = getattr(stored.type, "scale", None)
    precision = getattr(stored.type, "precision", None)
    if scale is not None and number != number.quantize(Decimal(1).scaleb(-scale)):
        raise _Invalid(f"{column.title} takes at most {scale} decimal places.")
    if precision is not None and scale is not None and abs(number) >= Decimal(10) ** (precision - scale):
        raise _Invalid(f"{column.title} is too large.")
    return number if scale is None else number.quantize(Decimal(1).scaleb(-scale))


def _money(column: ColumnSpec, _stored: sa.Column, value: Any) -> Decimal:
    try:
        return to_money(value)
    except MoneyError as exc:
        reason = str(exc)
        if reason.startswith("more than two"):
            raise _Invalid(f"{column.title} takes at most two decimal places (sen).") from None
        if reason.startswith("amount too large"):
            raise _Invalid(f"{column.title} is too large.") from None
        raise _Invalid(f"{column.title} is not an amount of money: {value!r}.") from None


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
    raise _Invalid(f"{column.title} is not a date (YYYY-MM-DD).")


def _datetime(column: ColumnSpec, _stored: sa.Column, value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, date):
        return datetime.combine(value, time.min)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip()).replace(microsecond=0, tzinfo=None)
        except ValueError:
            pass
    raise _Invalid(f"{column.title} is not a date and time (YYYY-MM-DD HH:MM).")


def _time(column: ColumnSpec, _stored: sa.Column, value: Any) -> time:
    if isinstance(value, time):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip()).replace(microsecond=0)
        except ValueError:
            pass
    raise _Invalid(f"{column.title} is not a time (HH:MM).")


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
    raise _Invalid(f"{column.title} must be yes or no.")


def _choice(column: ColumnSpec, _stored: sa.Column, value: Any) -> str:
    text = str(value).strip()
    if text not in column.choices:
        raise _Invalid(f"{column.title} must be one of: {', '.join(column.choices)}.")
    return text


def _reference(column: ColumnSpec, _stored: sa.Column, value: Any) -> int:
    if isinstance(value, bool):
        raise _Invalid(f"{column.title}: choose one from the list.")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise _Invalid(f"{column.title}: choose one from the list.")


def _json(column: ColumnSpec, _stored: sa.Column, value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError as exc:
            raise _Invalid(f"{column.title} is not valid JSON ({exc.args[0].split(':')[0]}).") from None
    if isinstance(value, (dict, list, int, Decimal)) and not isinstance(value, bool):
        try:
            json.dumps(value if not isinstance(value, Decimal) else str(value))
        except (TypeError, ValueError):
            raise _Invalid(f"{column.title} is not valid JSON.") from None
        return value if not isinstance(value, Decimal) else str(value)
    raise _Invalid(f"{column.title} is not valid JSON.")


_CONVERTERS = {
    Kind.TEXT: _text, Kind.LONG_TEXT: _text, Kind.INTEGER: _integer, Kind.DECIMAL: _decimal,
    Kind.MONEY: _money, Kind.DATE: _date, Kind.DATETIME: _datetime, Kind.TIME: _time,
    Kind.BOOLEAN: _boolean, Kind.ENUM: _choice, Kind.FOREIGN_KEY: _reference, Kind.JSON: _json,
}


def _check_range(column: ColumnSpec, value: Any) -> None:
    if column.kind not in (Kind.INTEGER, Kind.DECIMAL, Kind.MONEY, Kind.DATE, Kind.DATETIME, Kind.TIME):
        return
    if column.minimum is not None and value < column.minimum:
        if column.kind is Kind.MONEY and column.minimum == 0:
            raise _Invalid(f"{column.title} must not be negative.")
        if column.kind is Kind.MONEY and column.minimum == CENT:
            raise _Invalid(f"{column.title} must be more than zero.")
        raise _Invalid(f"{column.title} must be at least {column.minimum}.")
    if column.maximum is not None and value > column.maximum:
        raise _Invalid(f"{column.title} must be at most {column.maximum}.")


def _check_references(session: Session, spec: TableSpec, changes: dict[str, Any],
                      errors: dict[str, str]) -> None:
    """A foreign key must name a row that exists."""
    for column in spec.columns:
        value = changes.get(column.name)
        if column.kind is not Kind.FOREIGN_KEY or value is None or column.references is None:
            continue
        target = spec_of(column.references).model.__table__
        if session.execute(sa.select(target.c.id).where(target.c.id == value)).first() is None:
            errors[column.name] = f"{column.title}: the chosen record does not exist (any more)."


def _unique_keys(table: sa.Table) -> list[tuple[str, ...]]:
    keys = {tuple(c.name for c in constraint.columns) for constraint in table.constraints
            if isinstance(constraint, sa.UniqueConstraint)}
    keys |= {(c.name,) for c in table.c if c.unique}
    keys |= {tuple(c.name for c in index.columns) for index in table.indexes if index.unique}
    return sorted(keys)


def _check_unique(session: Session, spec: TableSpec, record: Any, changes: dict[str, Any],
                  errors: dict[str, str]) -> None:
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
            errors[field] = f"{titles.get(field, field)} {final[field]} is already used."
        else:
            together = " and ".join(titles.get(n, n) for n in key)
            errors[field] = f"This {together} is already used by another record."


# ---------------------------------------------------------------- deleting


def delete(session: Session, actor: Actor | None, spec: TableSpec, record_id: int) -> None:
    """Archive the row (``spec.archive_column`` set False) or delete it; refuses
    with ConflictError while other rows refer to it."""
    require(actor, spec.key, "delete")
    if not spec.can_delete:
        raise PermissionDenied(f"{spec.title} cannot be deleted.")
    record = _load(session, spec, record_id)
    if spec.edit_check is not None:
        refusals = spec.edit_check(record, {})
        if refusals:
            raise ValidationError(refusals)
    _audit_as(session, actor, spec)
    if spec.archive_column:
        setattr(record, _attribute(spec, spec.archive_column), False)
        _flush(session, "archived")
        return
    table = spec.model.__table__
    referrers = _referrers(session, table, record_id)
    if referrers:
        parts = [f"{n} {_singular(name) if n == 1 else name.replace('_', ' ')}" for name, n in referrers]
        verb = "refers" if len(parts) == 1 and referrers[0][1] == 1 else "refer"
        raise ConflictError(f"Cannot delete: {_join(parts)} {verb} to this {_singular(table.name)}.")
    session.delete(record)
    _flush(session, "deleted")


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


def _flush(session: Session, what: str) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(
            f"The record could not be {what}: another user changed the same data a moment ago. "
            "Reload and try again.") from exc


def _singular(word: str) -> str:
    word = word.replace("_", " ")
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
