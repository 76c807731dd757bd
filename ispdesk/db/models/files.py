"""Files kept in the database (installation photos and the like), so every
workstation of the office sees them, not only the one they were added on."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base, table_args
from ispdesk.db.types import created_at_column, pk_column


class Attachment(Base):
    """Added: a file that belongs to a record (``owner_table``/``owner_id``),
    with a small JPEG thumbnail for lists."""

    __tablename__ = "attachments"
    __table_args__ = table_args(sa.Index("ix_attachments_owner", "owner_table", "owner_id"))
    id: Mapped[int] = pk_column()
    owner_table: Mapped[str] = c.string(64, nullable=False)
    owner_id: Mapped[int | None] = c.big_integer()
    file_name: Mapped[str] = c.string(255, nullable=False)
    content_type: Mapped[str] = c.string(100, nullable=False)
    size_bytes: Mapped[int] = c.big_integer(nullable=False)
    content: Mapped[bytes] = c.blob(nullable=False)
    thumbnail: Mapped[bytes | None] = c.blob()
    created_by: Mapped[int | None] = c.fk("users.id")
    created_at: Mapped[datetime | None] = created_at_column()
