"""Customer messages (seed 18) and the knowledge base (Phase 3)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Mapped

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base
from ispdesk.db.types import created_at_column, pk_column, updated_at_column
from ispdesk.domain.enums import ArticleStatus, MessageChannel, MessageStatus, MessageType


class CustomerMessage(Base):
    """Seed table 18."""

    __tablename__ = "customer_messages"
    id: Mapped[int] = pk_column()
    customer_id: Mapped[int | None] = c.fk("customers.id")
    type: Mapped[str] = c.enum(MessageType, nullable=False)
    channel: Mapped[str] = c.enum(MessageChannel, nullable=False)
    subject: Mapped[str | None] = c.string(255)
    message: Mapped[str] = c.text(nullable=False)
    template_id: Mapped[int | None] = c.big_integer()
    status: Mapped[str | None] = c.enum(MessageStatus, default=MessageStatus.DRAFT)
    scheduled_at: Mapped[datetime | None] = c.timestamp()
    sent_at: Mapped[datetime | None] = c.timestamp()
    sent_by: Mapped[int | None] = c.fk("users.id")
    recipients_count: Mapped[int | None] = c.integer(default=0)
    delivered_count: Mapped[int | None] = c.integer(default=0)
    read_count: Mapped[int | None] = c.integer(default=0)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class KnowledgeBaseCategory(Base):
    """Phase 3: a category of help articles (nested by ``parent_id``)."""

    __tablename__ = "knowledge_base_categories"
    id: Mapped[int] = pk_column()
    name: Mapped[str] = c.string(100, nullable=False)
    slug: Mapped[str] = c.string(120, nullable=False, unique=True)
    description: Mapped[str | None] = c.text()
    parent_id: Mapped[int | None] = c.fk("knowledge_base_categories.id")
    sort_order: Mapped[int] = c.integer(nullable=False, default=0)
    is_active: Mapped[bool | None] = c.boolean(default=True)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class KnowledgeBaseArticle(Base):
    """Phase 3: a help article for staff (troubleshooting, procedures, FAQ)."""

    __tablename__ = "knowledge_base_articles"
    id: Mapped[int] = pk_column()
    category_id: Mapped[int | None] = c.fk("knowledge_base_categories.id")
    title: Mapped[str] = c.string(255, nullable=False)
    slug: Mapped[str] = c.string(255, nullable=False, unique=True)
    content: Mapped[str] = c.text(nullable=False)
    tags: Mapped[Any] = c.json()
    status: Mapped[str] = c.enum(ArticleStatus, nullable=False, default=ArticleStatus.DRAFT)
    author_id: Mapped[int | None] = c.fk("users.id")
    published_at: Mapped[datetime | None] = c.timestamp()
    view_count: Mapped[int] = c.integer(nullable=False, default=0)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()
