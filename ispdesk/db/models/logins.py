"""Failed logins under names that are no user's."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base


class LoginNameLock(Base):
    """Added: the failed logins under a name that is no user's, counted and
    locked as a user's are (``users.failed_logins``/``locked_until``), so that
    the lock answers alike for names that exist and names that do not. What was
    typed may be a password: the name is kept only as ``name_key``, a salted
    Argon2id digest of it (``services.auth``)."""

    __tablename__ = "login_name_locks"
    name_key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    failed_logins: Mapped[int] = c.integer(nullable=False, default=0)
    locked_until: Mapped[datetime | None] = c.timestamp()
    last_failed_at: Mapped[datetime | None] = c.timestamp()
