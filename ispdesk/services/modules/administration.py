"""Administration: users, roles, the audit log, API keys, backups."""
from __future__ import annotations

from ispdesk.db.models import ApiKey, AuditLog, Backup, Role, User
from ispdesk.domain.enums import BackupKind, BackupStatus
from ispdesk.services.modules.columns import (active, choice, code, created, email, integer, json, long_text,
                                              money, moment, name, notes, ref, stamp, status, text, updated, user)
from ispdesk.services.specs import ColumnSpec, Kind, TableSpec
from ispdesk.services.users import role_change_problem

#: Languages the program speaks (users.language).
LANGUAGES = ("id", "en")

users = TableSpec(
    key="users", title="Users", model=User, default_sort=("name", False), archive_column="is_active",
    # A new user needs a password, and switching one off must spare oneself and the last
    # administrator: the users tab's own actions (ui/admin/actions.py) do both.
    can_create=False, can_delete=False,
    columns=(
        code("username", "User name", required=True),
        name(),
        email(),
        code("phone", "Phone"),
        ref("role_id", "Role", "roles", required=True, filterable=True),
        money("basic_salary", "Basic salary", in_list=False),
        ColumnSpec("language", "Language", Kind.ENUM, choices=LANGUAGES, in_list=False),
        active(editable=False),
        integer("failed_logins", "Failed logins", editable=False, in_list=False),
        stamp("locked_until", "Locked until"),
        stamp("last_login_at", "Last login"),
        created(in_list=False),
        updated(),
    ),
    edit_check=role_change_problem,
)

roles = TableSpec(
    key="roles", title="Roles", model=Role, default_sort=("name", False), can_delete=False,
    columns=(
        code("name", "Name", required=True),
        text("description", "Description", searchable=True),
        created(),
        updated(),
    ),
)

audit_logs = TableSpec(
    key="audit_logs", title="Audit log", model=AuditLog, label_column="action", default_sort=("id", True),
    can_create=False, can_edit=False, can_delete=False,
    columns=(
        created(title="When"),
        user("user_id", "User", filterable=True, searchable=True),
        code("action", "Action", filterable=True),
        code("model_type", "Record type"),
        integer("model_id", "Record id"),
        text("ip_address", "Workstation address"),
        code("url", "Record"),
        long_text("user_agent", "Program"),
        json("old_values", "Old values"),
        json("new_values", "New values"),
    ),
)

api_keys = TableSpec(
    key="api_keys", title="API keys", model=ApiKey, default_sort=("name", False), archive_column="is_active",
    can_create=False,  # the dedicated dialog makes the secret, shows it once and keeps only its hash
    columns=(
        name(),
        code("key_prefix", "Key prefix", editable=False),
        ref("user_id", "User", "users"),
        json("scopes", "Scopes"),
        stamp("last_used_at", "Last used"),
        moment("expires_at", "Expires"),
        stamp("revoked_at", "Revoked"),
        active(),
        created(),
        updated(),
    ),
)

backups = TableSpec(
    key="backups", title="Backups", model=Backup, label_column="file_name", default_sort=("id", True),
    can_create=False, can_edit=False, can_delete=False,
    columns=(
        code("file_name", "File", width=260),
        text("file_path", "Folder", in_list=False),
        integer("size_bytes", "Size (bytes)"),
        text("checksum", "SHA-256", in_list=False),
        choice("kind", "Kind", BackupKind),
        status(BackupStatus),
        stamp("started_at", "Started", filterable=True),
        stamp("completed_at", "Completed"),
        user("created_by", "By"),
        notes(),
    ),
)

TABLES = (users, roles, audit_logs, api_keys, backups)
