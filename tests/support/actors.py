"""Who acts in a test: real users made through the users service (one
argument order everywhere: ``add_user(db, username, role)``), the system
actor of the command line and jobs, and role actors that need no database."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from ispdesk.db.engine import Database
from ispdesk.db.models import User
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor, Workstation
from ispdesk.domain.permissions import DEFAULT_MATRIX
from ispdesk.services import auth, users

#: The password of every user :func:`add_user` makes (unless told otherwise).
PASSWORD = "rahasia123"


def system() -> Actor:
    """The command line's and the jobs' actor: every permission, audited as "system"."""
    return Actor.system()


def add_user(db: Database, username: str, role: str, *, password: str = PASSWORD, name: str | None = None,
             email: str | None = None, phone: str | None = None,
             workstation: Workstation | None = None) -> Actor:
    """A user of ``role`` made through the users service (by the system
    actor, not audited: set-up, not the test's subject), returned as the
    :class:`Actor` the services get after this user signs in. ``name``
    defaults to the user name with a capital ("made" -> "Made")."""
    user_id = write(db, lambda s: users.add_user(s, system(), username=username, name=name or username.title(),
                                                 role=role, password=password, email=email, phone=phone))
    return read(db, lambda s: auth.load_actor(s, user_id, workstation))


def actor_for(db: Database, username: str, workstation: Workstation | None = None) -> Actor:
    """The Actor of an existing user, with the permissions their role has now."""
    def load(s: Any) -> Actor:
        user_id = s.scalar(sa.select(User.id).where(User.username == username))
        if user_id is None:
            raise LookupError(f"no user {username!r} in the test database")
        return auth.load_actor(s, user_id, workstation)
    return read(db, load)


def role_actor(role: str, *, user_id: int | None = None, username: str | None = None, name: str | None = None,
               workstation: Workstation | None = None) -> Actor:
    """An actor with the default permissions of ``role`` (the matrix a new
    database starts with) and no user row: for tests that need someone with
    those rights but nobody signing in (``role_actor("cashier")``)."""
    permissions = frozenset((m, a) for m, actions in DEFAULT_MATRIX[role].items() for a in actions)
    return Actor(user_id=user_id, username=username or role, name=name or role.title(), role=role,
                 permissions=permissions, workstation=workstation)


#: An administrator (every module, every action) without a user row.
ADMIN = role_actor("admin")
#: A cashier with the cashier's default rights, without a user row.
CASHIER = role_actor("cashier", username="kasir", name="Kasir")
