"""Logging in, supervisor approval and the permission matrix.

Five failed attempts lock an account for fifteen minutes. The count and the
lock live in ``users.failed_logins``/``users.locked_until``, so they survive a
restart and hold for every desktop of the office.

A name that is no user's is counted and locked the same way, in
``login_name_locks``: it answers "wrong user name or password" four times, then
"locked" for fifteen minutes, exactly as a real account does, so the answers do
not tell which user names exist. Every attempt costs one Argon2id computation
whatever the name (a user's password check, the digest of an unknown name, or a
throw-away check while an account is locked). What was typed as an unknown
name may be a password: it is never stored. The lock row and the audit row of
the failure hold only a digest of it (salted Argon2id, the salt made once per
database in the setting ``auth.login_name_salt``); the audit row names it by
the first 16 hex digits (``name_digest``), enough to see the same unknown name
tried again. A known user's failures are audited under their user name.

A failed attempt must be *committed* although the login is refused, so the
session-level functions here do not raise on bad credentials:
:func:`authenticate` and :func:`check_supervisor` record the attempt and return
a :class:`LoginResult`; the caller commits and only then raises. The UI uses
the wrappers that do exactly that in a unit of work of their own::

    actor = login(db, "kasir1", "kasir123", workstation)          # or AuthenticationError
    approver = verify_supervisor(db, "spv", "secret", workstation)  # before the void itself
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ispdesk.db.engine import Database
from ispdesk.db.models import LoginNameLock, Role, RolePermission, Setting, User
from ispdesk.db.unit_of_work import write
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor, Workstation
from ispdesk.domain.enums import Role as RoleName
from ispdesk.domain.errors import AuthenticationError, NotFound, ValidationError
from ispdesk.domain.messages import Message, humanised, message, word
from ispdesk.domain.permissions import ACTION_WORDS, ACTIONS, KEPT_CELLS, MODULES
from ispdesk.services import audit
from ispdesk.services.passwords import digest, hash_password, needs_rehash, verify_password
from ispdesk.services.permissions import operation
from ispdesk.services.users import NO_SUCH_USER, normalize_username

MAX_FAILED_LOGINS = 5
LOCK_DURATION = timedelta(minutes=15)
#: The setting holding this database's salt of unknown names' digests (hex).
NAME_SALT_SETTING = "auth.login_name_salt"
#: How many hex digits of an unknown name's digest its audit rows show.
AUDITED_DIGEST_DIGITS = 16

WRONG_CREDENTIALS = message("auth.wrong_credentials", "Wrong user name or password.")
LOCKED = message("auth.locked", "This account is locked until {until} after too many failed attempts. "
                                "Try again then, or ask an administrator.")
LOCKED_NOW = message("auth.locked_now", "Too many failed attempts: this account is locked until {until}.")
SWITCHED_OFF = message("auth.switched_off", "This account is switched off. Ask an administrator.")
NOT_AN_APPROVER = message("auth.not_an_approver", "{name} may not approve this: a supervisor must.")
NOT_AN_APPROVER_OF = message("auth.not_an_approver_of", "{name} may not approve {module}: a supervisor must.")
NO_MODULE = message("auth.no_module", "There is no module {module}.")
NO_ACTION = message("auth.no_action", "There is no action {action}.")
NO_ROLE = message("auth.no_role", "There is no role {role}.")
KEEPS_CELL = message("auth.keeps_cell", "The {role} role always keeps {action} on {module}: otherwise nobody "
                                        "could manage users and roles any more.")

#: Transitional, for callers that still ask by role: the roles whose default
#: matrix approves. Approvals are decided by the ``(module, "approve")``
#: permission (:func:`check_supervisor`, ``permissions.require_approver``).
APPROVER_ROLES = frozenset({RoleName.SUPERVISOR.value, RoleName.ADMIN.value})
#: Cells of the admin role that nobody may switch off (else nobody could repair
#: the matrix); see ``domain.permissions.KEPT_CELLS``.
PROTECTED_ADMIN_CELLS = KEPT_CELLS[RoleName.ADMIN]

_dummy_hash: str | None = None


def _spend_time_like_a_check(password: str) -> None:
    """One Argon2id computation, as a password check costs: a locked account
    answers as slowly as an unknown name (whose digest costs the same). The
    first call makes the throw-away hash (that is the computation), later
    calls verify against it."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = hash_password("not a real password")
        return
    verify_password(_dummy_hash, password)


@dataclass(frozen=True)
class LoginResult:
    """The outcome of one attempt: an :class:`Actor`, or the message saying why not."""

    actor: Actor | None = None
    error: Message | None = None
    locked_until: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.actor is not None

    def unwrap(self) -> Actor:
        """The actor, or :class:`AuthenticationError` with the message."""
        if self.actor is None:
            raise AuthenticationError(self.error or WRONG_CREDENTIALS(), field="password")
        return self.actor


def _refuse(session: Session, user_id: int | None, audited: dict[str, object], workstation: Workstation | None,
            why: Message, locked_until: datetime | None = None) -> LoginResult:
    """Record a refused attempt (``audited``: the user's name, or an unknown name's
    digest, with the count and lock) and say why."""
    audit.record(session, None, "login_failed", "users", user_id, new=audited, workstation=workstation,
                 user_id=user_id)
    return LoginResult(error=why, locked_until=locked_until)


def _refuse_user(session: Session, user: User, workstation: Workstation | None, why: Message,
                 locked_until: datetime | None = None) -> LoginResult:
    return _refuse(session, user.id, {"username": user.username, "failed_logins": user.failed_logins,
                                      "locked_until": user.locked_until}, workstation, why, locked_until)


def _insert_if_missing(session: Session, table: sa.Table, values: dict[str, object]) -> None:
    """Insert the row unless its primary key is there (two desktops may both try)."""
    if session.get_bind().dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert
        session.execute(sqlite_insert(table).values(values).on_conflict_do_nothing())
        return
    from sqlalchemy.dialects.mysql import insert as mysql_insert
    statement = mysql_insert(table).values(values)
    key = next(iter(table.primary_key.columns)).name
    session.execute(statement.on_duplicate_key_update({key: statement.inserted[key]}))


_SALT = sa.select(Setting.value).where(Setting.key == NAME_SALT_SETTING)


def _name_salt(session: Session) -> bytes:
    """This database's salt of unknown names' digests, made the first time one is needed."""
    value = session.scalar(_SALT)
    if value is None:
        _insert_if_missing(session, Setting.__table__, {"key": NAME_SALT_SETTING, "value": secrets.token_hex(16)})
        value = session.scalar(_SALT.with_for_update(read=True))      # as committed: another desktop's, maybe
    return bytes.fromhex(value)


def name_digest(session: Session, username: str) -> str:
    """The digest under which attempts with the (normalised) name ``username``,
    which is no user's, are counted; its audit rows show the first
    :data:`AUDITED_DIGEST_DIGITS` digits."""
    return digest(normalize_username(username), _name_salt(session))


def _unknown_name(session: Session, username: str, workstation: Workstation | None, now: datetime) -> LoginResult:
    """A failed attempt under a name that is no user's: counted and locked as a
    user's failures are, recorded under the name's digest only."""
    key = name_digest(session, username)         # the Argon2id computation a password check would cost
    _insert_if_missing(session, LoginNameLock.__table__, {"name_key": key, "failed_logins": 0})
    row = session.scalars(sa.select(LoginNameLock).where(LoginNameLock.name_key == key).with_for_update()).one()

    def refuse(why: Message, locked_until: datetime | None = None) -> LoginResult:
        audited = {"name_digest": key[:AUDITED_DIGEST_DIGITS], "failed_logins": row.failed_logins,
                   "locked_until": row.locked_until}
        return _refuse(session, None, audited, workstation, why, locked_until)

    if row.locked_until is not None:
        if row.locked_until > now:
            return refuse(LOCKED(until=row.locked_until), row.locked_until)
        row.locked_until = None
        row.failed_logins = 0
    row.failed_logins = (row.failed_logins or 0) + 1
    row.last_failed_at = now
    if row.failed_logins >= MAX_FAILED_LOGINS:
        row.locked_until = now + LOCK_DURATION
        session.flush()
        return refuse(LOCKED_NOW(until=row.locked_until), row.locked_until)
    session.flush()
    return refuse(WRONG_CREDENTIALS())


def _attempt(session: Session, username: str, password: str, workstation: Workstation | None,
             now: datetime | None, purpose: str) -> LoginResult:
    now = (now or clock.now()).replace(microsecond=0)
    username = normalize_username(username)
    user = session.scalars(sa.select(User).where(User.username == username).with_for_update()).first()
    if user is None:
        return _unknown_name(session, username, workstation, now)
    if user.locked_until is not None:
        if user.locked_until > now:
            _spend_time_like_a_check(password)        # as long as an unknown name's answer takes
            return _refuse_user(session, user, workstation, LOCKED(until=user.locked_until), user.locked_until)
        user.locked_until = None
        user.failed_logins = 0
    if not verify_password(user.password_hash, password):
        user.failed_logins = (user.failed_logins or 0) + 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCK_DURATION
            session.flush()
            return _refuse_user(session, user, workstation, LOCKED_NOW(until=user.locked_until),
                                user.locked_until)
        session.flush()
        return _refuse_user(session, user, workstation, WRONG_CREDENTIALS())
    if not user.is_active:
        return _refuse_user(session, user, workstation, SWITCHED_OFF())
    user.failed_logins = 0
    user.locked_until = None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    if purpose == "login":
        user.last_login_at = now
    session.flush()
    actor = load_actor(session, user.id, workstation)
    if purpose == "login":
        audit.record(session, actor, "login", "users", user.id)
    return LoginResult(actor=actor)


def authenticate(session: Session, username: str, password: str, *,
                 workstation: Workstation | None = None, now: datetime | None = None) -> LoginResult:
    """Check a login and record it (count, lock, last login, audit); the caller commits
    whatever the outcome, then calls ``result.unwrap()``. See :func:`login`."""
    return _attempt(session, username, password, workstation, now, "login")


def login(db: Database, username: str, password: str, workstation: Workstation | None = None, *,
          now: datetime | None = None) -> Actor:
    """Log in in a unit of work of its own: the attempt is committed, then a
    refusal raises :class:`AuthenticationError`."""
    return write(db, lambda s: authenticate(s, username, password, workstation=workstation, now=now)).unwrap()


def may_approve(actor: Actor, module: str | None = None) -> bool:
    """Whether ``actor`` may approve in ``module`` (its ``approve`` permission);
    without a module, whether they may approve anything at all."""
    if module is not None:
        return actor.can(module, "approve")
    return any(action == "approve" for _module, action in actor.permissions)


def check_supervisor(session: Session, username: str, password: str, *, module: str | None = None,
                     workstation: Workstation | None = None, now: datetime | None = None) -> LoginResult:
    """Check the credentials of the person approving; failures count towards the
    lock like logins do. They must hold ``(module, "approve")`` (without a
    module: approve something; the service that acts then checks its own
    module with ``permissions.require_approver``). The caller commits, then unwraps."""
    result = _attempt(session, username, password, workstation, now, "approval")
    if result.actor is not None and not may_approve(result.actor, module):
        refusal = (NOT_AN_APPROVER(name=result.actor.name) if module is None else
                   NOT_AN_APPROVER_OF(name=result.actor.name, module=word(humanised(module))))
        return _refuse(session, result.actor.user_id, {"username": result.actor.username}, workstation, refusal)
    return result


def verify_supervisor(db: Database, username: str, password: str, workstation: Workstation | None = None, *,
                      module: str | None = None, now: datetime | None = None) -> Actor:
    """The approving supervisor as an :class:`Actor`, checked and recorded in a unit
    of work of its own; raises :class:`AuthenticationError` when refused."""
    return write(db, lambda s: check_supervisor(s, username, password, module=module, workstation=workstation,
                                                now=now)).unwrap()


def load_actor(session: Session, user_id: int, workstation: Workstation | None = None) -> Actor:
    """The user as an :class:`Actor` with the permissions their role allows."""
    row = session.execute(
        sa.select(User.id, User.username, User.name, Role.id, Role.name)
        .join(Role, Role.id == User.role_id).where(User.id == user_id)).first()
    if row is None:
        raise NotFound(NO_SUCH_USER(id=user_id))
    _, username, name, role_id, role_name = row
    cells = session.execute(sa.select(RolePermission.module, RolePermission.action).where(
        RolePermission.role_id == role_id, RolePermission.allowed.is_(True)))
    return Actor(user_id=user_id, username=username, name=name, role=role_name,
                 permissions=frozenset((m, a) for m, a in cells), workstation=workstation)


@operation("roles", "view")
def permission_matrix(session: Session, actor: Actor) -> dict[str, dict[str, set[str]]]:
    """Role -> module -> the actions allowed, for every role and every module."""
    matrix: dict[str, dict[str, set[str]]] = {
        name: {m: set() for m in MODULES} for name in session.scalars(sa.select(Role.name).order_by(Role.id))}
    rows = session.execute(
        sa.select(Role.name, RolePermission.module, RolePermission.action)
        .join(Role, Role.id == RolePermission.role_id).where(RolePermission.allowed.is_(True)))
    for role, module, action in rows:
        matrix[role].setdefault(module, set()).add(action)
    return matrix


@operation("roles", "edit")
def set_permission(session: Session, actor: Actor, role: str, module: str, action: str,
                   allowed: bool) -> None:
    """Allow or forbid one cell of the matrix; a role keeps the cells
    ``KEPT_CELLS`` names (the admin role: managing users and roles)."""
    if module not in MODULES:
        raise ValidationError({"module": NO_MODULE(module=module)})
    if action not in ACTIONS:
        raise ValidationError({"action": NO_ACTION(action=action)})
    role_id = session.scalar(sa.select(Role.id).where(Role.name == role))
    if role_id is None:
        raise NotFound(NO_ROLE(role=role))
    if not allowed and (module, action) in KEPT_CELLS.get(role, frozenset()):
        raise ValidationError({f"{module}.{action}": KEEPS_CELL(
            role=word(humanised(role)), action=ACTION_WORDS[action], module=word(humanised(module)))})
    cell = session.scalars(sa.select(RolePermission).where(
        RolePermission.role_id == role_id, RolePermission.module == module,
        RolePermission.action == action).with_for_update()).first()
    if cell is None:
        session.add(RolePermission(role_id=role_id, module=module, action=action, allowed=bool(allowed)))
    elif cell.allowed != bool(allowed):
        cell.allowed = bool(allowed)
    session.flush()
