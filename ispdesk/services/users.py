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

from ispdesk.db.models import Role, User
from ispdesk.domain.actor import Actor
from ispdesk.domain.enums import Role as RoleName
from ispdesk.domain.errors import ConflictError, NotFound, ValidationError
from ispdesk.services.passwords import hash_password
from ispdesk.services.permissions import require

MIN_PASSWORD_LENGTH = 8
USERNAME_PATTERN = re.compile(r"[a-z0-9._-]{3,50}")
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def normalize_username(username: str) -> str:
    """User names are lower case; what a person types is trimmed and lowered."""
    return (username or "").strip().lower()


def password_problem(password: str) -> str | None:
    """Why ``password`` cannot be used, or None."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        return f"The password needs at least {MIN_PASSWORD_LENGTH} characters."
    if password != password.strip():
        return "The password may not begin or end with a space."
    return None


def _role_id(session: Session, role: str) -> int | None:
    return session.scalar(sa.select(Role.id).where(Role.name == role))


def add_user(session: Session, actor: Actor | None, *, username: str, name: str, role: str, password: str,
             email: str | None = None, phone: str | None = None) -> int:
    """Create a user and return its id; ``actor`` None is the trusted command line."""
    require(actor, "users", "create")
    username = normalize_username(username)
    name = (name or "").strip()
    email = (email or "").strip() or None
    phone = (phone or "").strip() or None
    errors: dict[str, str] = {}
    if not USERNAME_PATTERN.fullmatch(username):
        errors["username"] = ("The user name needs 3 to 50 characters: lower-case letters, digits, "
                              "dot, dash or underscore.")
    elif session.scalar(sa.select(User.id).where(User.username == username)) is not None:
        errors["username"] = f"The user name {username!r} is taken already."
    if not name:
        errors["name"] = "Enter the person's name."
    elif len(name) > 255:
        errors["name"] = "The name is too long (255 characters at most)."
    role_id = _role_id(session, role)
    if role_id is None:
        errors["role"] = f"There is no role {role!r}."
    problem = password_problem(password)
    if problem:
        errors["password"] = problem
    if email is not None and (len(email) > 255 or not EMAIL_PATTERN.fullmatch(email)):
        errors["email"] = "This is not an e-mail address."
    if phone is not None and len(phone) > 20:
        errors["phone"] = "The phone number is too long (20 characters at most)."
    if errors:
        raise ValidationError(errors)
    user = User(username=username, name=name, email=email, phone=phone, role_id=role_id,
                password_hash=hash_password(password), is_active=True, failed_logins=0)
    try:
        with session.begin_nested():
            session.add(user)
            session.flush()
    except IntegrityError as exc:  # another counter took the name a moment ago
        raise ValidationError({"username": f"The user name {username!r} is taken already."}) from exc
    return user.id


def has_users(session: Session) -> bool:
    """Whether any user exists (if not, the program asks for the first administrator)."""
    return session.scalar(sa.select(User.id).limit(1)) is not None


def create_first_admin(session: Session, *, username: str, name: str, password: str) -> int:
    """Create the first administrator of an empty database; refused once any user exists."""
    # Lock the admin role row so two desktops cannot both create "the first" admin.
    session.execute(sa.select(Role.id).where(Role.name == RoleName.ADMIN.value).with_for_update())
    if has_users(session):
        raise ConflictError("There are users already: log in as an administrator to add more.")
    return add_user(session, None, username=username, name=name, role=RoleName.ADMIN.value, password=password)


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id, with_for_update=True)
    if user is None:
        raise NotFound(f"There is no user with id {user_id}.")
    return user


def set_password(session: Session, actor: Actor | None, user_id: int, new_password: str) -> None:
    """Give a user a new password; anyone may change their own. Clears a lock."""
    if actor is None or actor.user_id != user_id:
        require(actor, "users", "edit")
    problem = password_problem(new_password)
    if problem:
        raise ValidationError({"password": problem})
    user = _user(session, user_id)
    user.password_hash = hash_password(new_password)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()


def set_active(session: Session, actor: Actor | None, user_id: int, active: bool) -> None:
    """Switch a user on or off; nobody switches themselves or the last administrator off."""
    require(actor, "users", "edit")
    user = _user(session, user_id)
    if not active:
        if actor is not None and actor.user_id == user_id:
            raise ConflictError("You cannot switch off your own account.")
        if _is_last_active_admin(session, user):
            raise ConflictError("This is the last active administrator; add another one first.")
    user.is_active = bool(active)
    if active:
        user.failed_logins = 0
        user.locked_until = None
    session.flush()


def _is_last_active_admin(session: Session, user: User) -> bool:
    admin_role = _role_id(session, RoleName.ADMIN.value)
    if user.role_id != admin_role or not user.is_active:
        return False
    others = session.scalar(sa.select(sa.func.count()).select_from(User).where(
        User.role_id == admin_role, User.is_active.is_(True), User.id != user.id))
    return not others


def role_change_problem(user: User | None, changes: dict[str, Any]) -> dict[str, str]:
    """The users tab's rule (``TableSpec.edit_check``): the last active
    administrator keeps the administrator role."""
    if user is None or "role_id" not in changes or changes["role_id"] == user.role_id:
        return {}
    session = object_session(user)
    if session is not None and _is_last_active_admin(session, user):
        return {"role_id": "This is the last active administrator; make another user an administrator first."}
    return {}


def list_roles(session: Session) -> list[str]:
    """The names of the roles, in the order they were created."""
    return list(session.scalars(sa.select(Role.name).order_by(Role.id)))
