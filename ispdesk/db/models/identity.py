"""Users, roles and their permission matrix, settings, document sequences,
the audit log, API keys and backups."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from ispdesk.db import columns as c
from ispdesk.db.models.base import Base, table_args
from ispdesk.db.types import created_at_column, decimal_column, pk_column, updated_at_column
from ispdesk.domain.enums import BackupKind, BackupStatus


class Role(Base):
    """A role (admin, supervisor, cashier, …); its permissions are rows below."""

    __tablename__ = "roles"
    id: Mapped[int] = pk_column()
    name: Mapped[str] = c.string(50, nullable=False, unique=True)
    description: Mapped[str | None] = c.string(255)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class RolePermission(Base):
    """One cell of the permission matrix: role x module x action."""

    __tablename__ = "role_permissions"
    __table_args__ = table_args(sa.UniqueConstraint("role_id", "module", "action"))
    id: Mapped[int] = pk_column()
    role_id: Mapped[int] = c.fk("roles.id", nullable=False)
    module: Mapped[str] = c.string(50, nullable=False)
    action: Mapped[str] = c.string(20, nullable=False)
    allowed: Mapped[bool] = c.boolean(default=True, nullable=False)


class User(Base):
    """A person who logs in; ``failed_logins`` and ``locked_until`` survive restarts."""

    __tablename__ = "users"
    id: Mapped[int] = pk_column()
    username: Mapped[str] = c.string(50, nullable=False, unique=True)
    name: Mapped[str] = c.string(255, nullable=False)
    email: Mapped[str | None] = c.string(255)
    phone: Mapped[str | None] = c.string(20)
    password_hash: Mapped[str] = c.string(255, nullable=False)
    role_id: Mapped[int] = c.fk("roles.id", nullable=False)
    is_active: Mapped[bool] = c.boolean(default=True, nullable=False)
    basic_salary: Mapped[Decimal | None] = decimal_column(15, 2, default="0")
    failed_logins: Mapped[int] = c.integer(nullable=False, default=0)
    locked_until: Mapped[datetime | None] = c.timestamp()
    last_login_at: Mapped[datetime | None] = c.timestamp()
    language: Mapped[str | None] = c.string(5)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class Setting(Base):
    """A key/value setting of the office (company name, tax rate, QRIS string…)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(sa.String(100), primary_key=True)
    value: Mapped[str | None] = c.text()
    updated_at: Mapped[datetime | None] = updated_at_column()


class DocumentSequence(Base):
    """The last number issued per document type and period (locked when used)."""

    __tablename__ = "document_sequences"
    doc_type: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    period: Mapped[str] = mapped_column(sa.String(8), primary_key=True)
    last_value: Mapped[int] = c.integer(nullable=False, default=0)


class AuditLog(Base):
    """Seed table 7. In a desktop program ``ip_address`` is the workstation's
    address, ``user_agent`` the program, version and host, and ``url`` the module
    and record (``ispdesk://payments/123``)."""

    __tablename__ = "audit_logs"
    id: Mapped[int] = pk_column()
    user_id: Mapped[int | None] = c.fk("users.id")
    action: Mapped[str] = c.string(50, nullable=False)
    model_type: Mapped[str | None] = c.string(255)
    model_id: Mapped[int | None] = c.big_integer()
    old_values: Mapped[Any] = c.json()
    new_values: Mapped[Any] = c.json()
    ip_address: Mapped[str | None] = c.string(45)
    user_agent: Mapped[str | None] = c.text()
    url: Mapped[str | None] = c.string(500)
    created_at: Mapped[datetime | None] = created_at_column()


class ApiKey(Base):
    """Phase 3: an API key for integrations; only a hash of the secret is kept."""

    __tablename__ = "api_keys"
    id: Mapped[int] = pk_column()
    name: Mapped[str] = c.string(100, nullable=False)
    key_prefix: Mapped[str] = c.string(16, nullable=False, unique=True)
    key_hash: Mapped[str] = c.string(255, nullable=False)
    user_id: Mapped[int | None] = c.fk("users.id")
    scopes: Mapped[Any] = c.json()
    last_used_at: Mapped[datetime | None] = c.timestamp()
    expires_at: Mapped[datetime | None] = c.timestamp()
    revoked_at: Mapped[datetime | None] = c.timestamp()
    is_active: Mapped[bool] = c.boolean(default=True)
    created_at: Mapped[datetime | None] = created_at_column()
    updated_at: Mapped[datetime | None] = updated_at_column()


class Backup(Base):
    """Phase 3: a database backup taken by the program (before a migration, by hand…)."""

    __tablename__ = "backups"
    id: Mapped[int] = pk_column()
    file_name: Mapped[str] = c.string(255, nullable=False)
    file_path: Mapped[str | None] = c.string(500)
    size_bytes: Mapped[int | None] = c.big_integer()
    checksum: Mapped[str | None] = c.string(64)
    kind: Mapped[str] = c.enum(BackupKind, nullable=False, default=BackupKind.MANUAL)
    status: Mapped[str] = c.enum(BackupStatus, default=BackupStatus.RUNNING)
    started_at: Mapped[datetime | None] = c.timestamp()
    completed_at: Mapped[datetime | None] = c.timestamp()
    created_by: Mapped[int | None] = c.fk("users.id")
    notes: Mapped[str | None] = c.text()
    created_at: Mapped[datetime | None] = created_at_column()
