"""The audit log: one generic mechanism for every change made through the program.

Importing this module registers an ``after_flush`` listener on every SQLAlchemy
:class:`~sqlalchemy.orm.Session`. When ``session.info["actor"]`` holds an
:class:`Actor`, each ORM object created, updated or deleted in the flush gets
one ``audit_logs`` row, inserted with Core inside the same flush, so the audit
rows commit (or roll back) together with the change. Callers set the actor with
``write(db, work, info=actor_info(actor, "payments"))``.

Writes that bypass the ORM (conditional UPDATEs, logins, reprints) call
:func:`record` explicitly; a service that writes whole rows with Core (the
payment posting path) builds the same rows with :func:`created`/:func:`updated`
and writes them at once with :func:`insert_rows`.
"""
from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import ColumnProperty, Session

from ispdesk.db.models import AuditLog
from ispdesk.domain.actor import Actor, Workstation

#: Tables whose changes are never audited (the log itself; counters bumped by every document).
UNAUDITED_TABLES = frozenset({"audit_logs", "document_sequences"})
#: Columns whose values never reach the log; a change shows as ``REDACTED`` both sides.
SECRET_COLUMNS = frozenset({"password_hash", "key_hash"})
#: Columns that change on every update and say nothing by themselves.
NOISE_COLUMNS = frozenset({"updated_at"})
REDACTED = "***"

ACTOR_KEY = "actor"
MODULE_KEY = "module"


def actor_info(actor: Actor | None, module: str | None = None) -> dict[str, Any]:
    """What to pass as ``write(db, work, info=...)`` so the change is audited."""
    return {ACTOR_KEY: actor, MODULE_KEY: module}


def json_value(value: Any) -> Any:
    """A value as JSON can hold it: Decimal -> str, dates -> ISO, enums -> value."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return json_value(value.value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_value(v) for v in value]
    return str(value)


def _clean(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {k: (REDACTED if k in SECRET_COLUMNS else json_value(v)) for k, v in values.items()}


def diff(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> list[tuple[str, Any, Any]]:
    """The fields that differ between two value dicts, as ``(field, before, after)``,
    in the order they first appear (old's keys, then new's)."""
    old = old or {}
    new = new or {}
    fields = list(old) + [k for k in new if k not in old]
    return [(f, old.get(f), new.get(f)) for f in fields if old.get(f) != new.get(f) or (f in old) != (f in new)]


def entry(actor: Actor | None, action: str, model_type: str | None, model_id: Any, old: Any, new: Any,
          module: str | None, workstation: Workstation | None = None,
          user_id: int | None = None) -> dict[str, Any]:
    """One ``audit_logs`` row as a dict: what :func:`record` writes, and what bulk
    writers (the billing run, marking overdue) insert many of at once."""
    station = workstation or (actor.workstation if actor is not None else None)
    ident = "" if model_id is None else str(model_id)
    return {
        "user_id": user_id if user_id is not None else (actor.user_id if actor is not None else None),
        "action": action,
        "model_type": model_type,
        "model_id": model_id if isinstance(model_id, int) else None,
        "old_values": _clean(old),
        "new_values": _clean(new),
        "ip_address": station.address if station is not None else None,
        "user_agent": station.user_agent if station is not None else None,
        "url": f"ispdesk://{module or model_type}/{ident}",
    }


def record(session: Session, actor: Actor | None, action: str, model_type: str | None, model_id: Any,
           old: Mapping[str, Any] | None = None, new: Mapping[str, Any] | None = None,
           module: str | None = None, *, workstation: Workstation | None = None,
           user_id: int | None = None) -> None:
    """Write one audit entry explicitly (for writes that bypass the ORM, logins,
    reprints). ``workstation``/``user_id`` stand in when there is no actor yet."""
    row = entry(actor, action, model_type, model_id, old, new, module, workstation, user_id)
    session.connection().execute(insert(AuditLog.__table__), [row])


# --- rows written with Core, audited as the listener would ----------------

_INSERT_ROWS = insert(AuditLog.__table__)


def session_auditor(session: Session) -> tuple[Actor, str | None] | None:
    """``(actor, module)`` with which the listener audits this session's ORM changes
    (from ``session.info``), or None when it audits nothing: a service that writes
    rows with Core audits them the same way with :func:`created`/:func:`updated`."""
    actor = session.info.get(ACTOR_KEY)
    if not isinstance(actor, Actor):
        return None
    return actor, session.info.get(MODULE_KEY)


def created(actor: Actor | None, module: str | None, table: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    """The ``create`` row the listener writes for a row of ``table`` inserted with
    ``values`` (column name -> value, ``id`` included; key order kept)."""
    columns = table.c
    new = {name: _stored(columns[name], value) for name, value in values.items()}
    return entry(actor, "create", table.name, values.get("id"), None, new, module)


def updated(actor: Actor | None, module: str | None, table: Any, model_id: int,
            old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """The ``update`` row the listener writes for the changed columns ``old`` -> ``new``."""
    columns = table.c
    return entry(actor, "update", table.name, model_id, {k: _stored(columns[k], v) for k, v in old.items()},
                 {k: _stored(columns[k], v) for k, v in new.items()}, module)


def insert_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    """Write many :func:`entry` rows in one INSERT."""
    if rows:
        session.connection().execute(_INSERT_ROWS, rows)


# --- the generic listener -------------------------------------------------

def _columns(state: Any) -> Iterable[tuple[str, Any]]:
    """(attribute key, column) of every mapped column of the object."""
    for prop in state.mapper.iterate_properties:
        if isinstance(prop, ColumnProperty) and len(prop.columns) == 1:
            yield prop.key, prop.columns[0]


def _stored(column: Any, value: Any) -> Any:
    """The value as the column keeps it: a Decimal gets the column's scale."""
    scale = getattr(column.type, "scale", None)
    if isinstance(value, Decimal) and isinstance(scale, int) and value.is_finite():
        return value.quantize(Decimal(1).scaleb(-scale))
    return value


def _identity(state: Any) -> tuple[Any, str]:
    """(model_id for the BIGINT column, text for the url) of a flushed object."""
    key = state.mapper.primary_key_from_instance(state.obj())
    model_id = key[0] if len(key) == 1 and isinstance(key[0], int) else None
    return model_id, "/".join("" if k is None else str(k) for k in key)


def _all_values(state: Any) -> dict[str, Any]:
    # Only what is loaded: reading an unloaded attribute would emit SQL mid-flush.
    return {col.name: _stored(col, state.dict[key]) for key, col in _columns(state) if key in state.dict}


def _changed_values(state: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for key, column in _columns(state):
        name = column.name
        if name in NOISE_COLUMNS:
            continue
        history = state.attrs[key].history
        if not history.added and not history.deleted:
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before == after and history.deleted:
            continue
        old[name] = _stored(column, before)
        new[name] = _stored(column, after)
    return old, new


def _after_flush(session: Session, _flush_context: Any) -> None:
    actor = session.info.get(ACTOR_KEY)
    if not isinstance(actor, Actor):
        return
    module = session.info.get(MODULE_KEY)
    rows: list[dict[str, Any]] = []
    for action, objects in (("create", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            state = inspect(obj)
            table = state.mapper.persist_selectable
            table_name = getattr(table, "name", None)
            if isinstance(obj, AuditLog) or table_name in UNAUDITED_TABLES:
                continue
            if action == "update":
                if not session.is_modified(obj, include_collections=False):
                    continue
                old, new = _changed_values(state)
                if not new:
                    continue
            elif action == "create":
                old, new = None, _all_values(state)
            else:
                old, new = _all_values(state), None
            model_id, ident = _identity(state)
            row = entry(actor, action, table_name, model_id, old, new, module)
            row["url"] = f"ispdesk://{module or table_name}/{ident}"
            rows.append(row)
    if rows:
        session.connection().execute(insert(AuditLog.__table__), rows)


def install_auditing(target: Any = Session) -> None:
    """Register the listener on ``target`` (a Session class or sessionmaker);
    done for every Session when this module is imported."""
    if not event.contains(target, "after_flush", _after_flush):
        event.listen(target, "after_flush", _after_flush)


install_auditing(Session)
