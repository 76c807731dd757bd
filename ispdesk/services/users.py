"""Users: adding them, their passwords, switching them on and off, the roles.

Passwords need at least :data:`MIN_PASSWORD_LENGTH` (8) characters, the length
NIST SP 800-63B asks for; the demo passwords (``kasir123``, ``admin123``) have
eight. Guessing is slowed further by the lock after five failed logins
(:mod:`ispdesk.services.auth`).
"""
from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session

from ispdesk.db.engine import Database
from ispdesk.db.models import Role, RolePermission, User
from ispdesk.db.unit_of_work import write
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import Role as RoleName
from ispdesk.domain.errors import ConflictError, NotFound, ValidationError
from ispdesk.domain.messages import Message, message
from ispdesk.domain.permissions import MANAGE_USERS
from ispdesk.services.passwords import hash_password
from ispdesk.services.permissions import operation

MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"[a-z0-9._-]{3,50}")
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

BAD_USERNAME = message("users.bad_username", "The user name needs 3 to 50 characters: lower-case letters, digits, "
                                             "dot, dash or underscore.")
USERNAME_TAKEN = message("users.username_taken", "The user name {username} is taken already.")
NAME_MISSING = message("users.name_missing", "Enter the person's name.")
NAME_TOO_LONG = message("users.name_too_long", "The name is too long (255 characters at most).")
NO_ROLE = message("users.no_role", "There is no role {role}.")
PASSWORD_TOO_SHORT = message("users.password_too_short", "The password needs at least {length} characters.")
PASSWORD_SPACES = message("users.password_spaces", "The password may not begin or end with a space.")
NOT_AN_EMAIL = message("users.not_an_email", "This is not an e-mail address.")
PHONE_TOO_LONG = message("users.phone_too_long", "The phone number is too long (20 characters at most).")
USERS_EXIST = message("users.users_exist", "There are users already: log in as an administrator to add more.")
NO_SUCH_USER = message("users.no_such_user", "There is no user with id {id}.")
NOT_YOURSELF = message("users.not_yourself", "You cannot switch off your own account.")
LAST_ADMIN = message("users.last_admin", "This is the last active administrator; add another one first.")
LAST_ADMIN_ROLE = message("users.last_admin_role", "This is the last active administrator; make another user "
                                                   "an administrator first.")


def normalize_username(username: str) -> str:
    """User names are lower case; what a person types is trimmed and lowered."""
    return (username or "").strip().lower()


def password_problem(password: str) -> Message | None:
    """Why ``password`` cannot be used, or None."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        return PASSWORD_TOO_SHORT(length=MIN_PASSWORD_LENGTH)
    if password != password.strip():
        return PASSWORD_SPACES()
    return None


def _role_id(session: Session, role: str) -> int | None:
    return session.scalar(sa.select(Role.id).where(Role.name == role))


@operation("users", "create", example={"username": "kasir9", "name": "Kasir", "role": "cashier",
                                        "password": "rahasia123"})
def add_user(session: Session, actor: Actor, *, username: str, name: str, role: str, password: str,
             email: str | None = None, phone: str | None = None) -> int:
    """Create a user and return its id (the command line acts as ``Actor.system()``)."""
    return _add_user(session, username=username, name=name, role=role, password=password, email=email,
                     phone=phone)


def _add_user(session: Session, *, username: str, name: str, role: str, password: str,
              email: str | None = None, phone: str | None = None) -> int:
    username = normalize_username(username)
    name = (name or "").strip()
    email = (email or "").strip() or None
    phone = (phone or "").strip() or None
    errors: dict[str, Message] = {}
    if not USERNAME_PATTERN.fullmatch(username):
        errors["username"] = BAD_USERNAME()
    elif session.scalar(sa.select(User.id).where(User.username == username)) is not None:
        errors["username"] = USERNAME_TAKEN(username=username)
    if not name:
        errors["name"] = NAME_MISSING()
    elif len(name) > 255:
        errors["name"] = NAME_TOO_LONG()
    role_id = _role_id(session, role)
    if role_id is None:
        errors["role"] = NO_ROLE(role=role)
    problem = password_problem(password)
    if problem:
        errors["password"] = problem
    if email is not None and (len(email) > 255 or not EMAIL_PATTERN.fullmatch(email)):
        errors["email"] = NOT_AN_EMAIL()
    if phone is not None and len(phone) > 20:
        errors["phone"] = PHONE_TOO_LONG()
    if errors:
        raise ValidationError(errors)
    user = User(username=username, name=name, email=email, phone=phone, role_id=role_id,
                password_hash=hash_password(password), is_active=True, failed_logins=0)
    try:
        with session.begin_nested():
            session.add(user)
            session.flush()
    except IntegrityError as exc:  # another counter took the name a moment ago
        raise ValidationError({"username": USERNAME_TAKEN(username=username)}) from exc
    return user.id


def has_users(session: Session) -> bool:
    """Whether any user exists (if not, the program asks for the first administrator)."""
    return session.scalar(sa.select(User.id).limit(1)) is not None


def create_first_admin(session: Session, *, username: str, name: str, password: str) -> int:
    """Create the first administrator of an empty database; refused once any user exists."""
    # Lock the admin role row so two desktops cannot both create "the first" admin.
    session.execute(sa.select(Role.id).where(Role.name == RoleName.ADMIN.value).with_for_update())
    if has_users(session):
        raise ConflictError(USERS_EXIST())
    return _add_user(session, username=username, name=name, role=RoleName.ADMIN.value, password=password)


def set_up_first_admin(db: Database, *, username: str, name: str, password: str) -> int:
    """:func:`create_first_admin` in a unit of work of its own (the first window
    of an empty database, before anybody can sign in)."""
    return write(db, lambda s: create_first_admin(s, username=username, name=name, password=password))


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id, with_for_update=True)
    if user is None:
        raise NotFound(NO_SUCH_USER(id=user_id))
    return user


def _password_permission(arguments: Any) -> tuple[str, str]:
    """Another user's password takes ``users``/``edit``; one's own, only a role
    with any right at all (a signed-in user, whatever they may do: the first
    of their own permissions stands for it)."""
    actor = arguments.get("actor")
    own = isinstance(actor, Actor) and actor.user_id is not None and actor.user_id == arguments.get("user_id")
    if own and actor.permissions:
        return min(actor.permissions)
    return "users", "edit"


@operation(_password_permission, example={"user_id": 1, "new_password": "rahasia123"})
def set_password(session: Session, actor: Actor, user_id: int, new_password: str) -> None:
    """Give a user a new password; anyone may change their own. Clears a lock."""
    problem = password_problem(new_password)
    if problem:
        raise ValidationError({"password": problem})
    user = _user(session, user_id)
    user.password_hash = hash_password(new_password)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()


@operation("users", "edit", example={"user_id": 1, "active": False})
def set_active(session: Session, actor: Actor, user_id: int, active: bool) -> None:
    """Switch a user on or off; nobody switches themselves or the last administrator off."""
    user = _user(session, user_id)
    if not active:
        if actor.user_id == user_id:
            raise ConflictError(NOT_YOURSELF())
        if _is_last_active_admin(session, user):
            raise ConflictError(LAST_ADMIN())
    user.is_active = bool(active)
    if active:
        user.failed_logins = 0
        user.locked_until = None
    session.flush()


def _managing_roles(session: Session) -> sa.Select:
    """The ids of the roles that manage the users (hold ``MANAGE_USERS``)."""
    module, action = MANAGE_USERS
    return sa.select(RolePermission.role_id).where(RolePermission.module == module, RolePermission.action == action,
                                                   RolePermission.allowed.is_(True))


def _is_last_active_admin(session: Session, user: User) -> bool:
    """Whether ``user`` is the last active user whose role may manage the users
    (an administrator by the rights the matrix gives, whatever the role is called)."""
    managing = _managing_roles(session)
    if not user.is_active or user.role_id not in set(session.scalars(managing)):
        return False
    others = session.scalar(sa.select(sa.func.count()).select_from(User).where(
        User.role_id.in_(managing), User.is_active.is_(True), User.id != user.id))
    return not others


def role_change_problem(user: User | None, changes: dict[str, Any]) -> dict[str, Message]:
    """The users tab's rule (``TableSpec.edit_check``): the last active
    administrator keeps a role that manages the users."""
    if user is None or "role_id" not in changes or changes["role_id"] == user.role_id:
        return {}
    session = object_session(user)
    if session is None or changes["role_id"] in set(session.scalars(_managing_roles(session))):
        return {}
    if _is_last_active_admin(session, user):
        return {"role_id": LAST_ADMIN_ROLE()}
    return {}


def list_roles(session: Session) -> list[str]:
    """The names of the roles, in the order they were created."""
    return list(session.scalars(sa.select(Role.name).order_by(Role.id)))
