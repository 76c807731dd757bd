"""Modules, actions and the default permission matrix of each role.

The matrix is data: it is written into ``role_permissions`` when the database is
set up, and an administrator edits it there. Each service operation declares
the cell it needs (``ispdesk.services.permissions.operation``).
"""
from __future__ import annotations

from ispdesk.domain.enums import Role
from ispdesk.domain.messages import Message, word

ACTIONS = ("view", "create", "edit", "delete", "approve", "print", "export")
#: Each action in words, for a message ("… may not Approve in Payroll").
ACTION_WORDS: dict[str, Message] = {
    "view": word("View"), "create": word("Create"), "edit": word("Edit"), "delete": word("Delete"),
    "approve": word("Approve"), "print": word("Print"), "export": word("Export"),
}

#: Every module of the program, grouped as the office works (group, key, English title).
MODULE_GROUPS: dict[str, tuple[str, ...]] = {
    "Front office": ("dashboard", "customers", "payments", "invoices", "cash_shifts"),
    "Billing": ("packages", "recurring_billings", "promotions", "proforma_invoices", "credit_notes",
                "billing_runs"),
    "Sales": ("leads", "contracts", "referrals", "referral_rewards", "campaigns",
              "campaign_recipients"),
    "Warehouse": ("inventory", "stock_movements", "suppliers", "purchase_orders", "purchase_order_items",
                  "assets"),
    "Network": ("network_devices", "ip_pools", "ip_addresses", "bandwidth_profiles"),
    "Field": ("work_orders", "installation_reports", "sla_policies", "technician_locations"),
    "People": ("attendance", "leaves", "leave_types", "payroll"),
    "Communication": ("customer_messages", "knowledge_base", "knowledge_base_categories"),
    "Administration": ("users", "roles", "audit_logs", "api_keys", "backups", "settings"),
}
MODULES: tuple[str, ...] = tuple(m for group in MODULE_GROUPS.values() for m in group)

_ALL = set(ACTIONS)
_WORK = {"view", "create", "edit", "print", "export"}
_READ = {"view", "print", "export"}

_ADMIN_MODULES = set(MODULE_GROUPS["Administration"])


def _grants(**modules: set[str]) -> dict[str, set[str]]:
    return {"dashboard": {"view"}, **modules}


DEFAULT_MATRIX: dict[str, dict[str, set[str]]] = {
    Role.ADMIN: {m: set(_ALL) for m in MODULES},
    Role.SUPERVISOR: {**{m: set(_ALL) for m in MODULES if m not in _ADMIN_MODULES},
                      "users": {"view"}, "audit_logs": {"view", "export"}, "backups": {"view", "create"},
                      "settings": {"view"}},
    Role.CASHIER: _grants(customers={"view", "edit"}, payments={"view", "create", "print", "export"},
                          invoices={"view", "print"}, cash_shifts={"view", "create", "edit", "print"},
                          packages={"view"}, credit_notes={"view", "create"}, proforma_invoices={"view", "print"},
                          knowledge_base={"view"}),
    Role.SALES: _grants(customers=set(_WORK), leads=set(_WORK), contracts=set(_WORK), referrals=set(_WORK),
                        referral_rewards={"view"}, campaigns=set(_WORK),
                        campaign_recipients=set(_WORK), packages={"view"},
                        promotions={"view"}, proforma_invoices={"view", "create", "print"},
                        invoices={"view"}, work_orders={"view", "create"}, customer_messages=set(_WORK),
                        knowledge_base={"view"}),
    Role.WAREHOUSE: _grants(inventory=set(_WORK) | {"delete"}, stock_movements=set(_WORK),
                            suppliers=set(_WORK) | {"delete"}, purchase_orders=set(_WORK),
                            purchase_order_items=set(_WORK), assets=set(_WORK),
                            work_orders={"view"}, knowledge_base={"view"}),
    Role.TECHNICIAN: _grants(work_orders={"view", "edit", "print"}, installation_reports=set(_WORK),
                             technician_locations={"view", "create"}, network_devices={"view", "edit"},
                             ip_pools={"view"}, ip_addresses={"view", "edit"}, inventory={"view"},
                             customers={"view"}, knowledge_base={"view"}, sla_policies={"view"}),
    Role.HR: _grants(attendance=set(_WORK) | {"delete"}, leaves=set(_WORK) | {"approve"},
                     leave_types=set(_ALL), payroll=set(_WORK), users={"view"}, knowledge_base={"view"}),
}

#: Cells of the matrix a role always keeps, whatever an administrator edits:
#: the admin role manages users and roles (else nobody could repair the matrix).
KEPT_CELLS: dict[str, frozenset[tuple[str, str]]] = {
    Role.ADMIN: frozenset({("roles", "view"), ("roles", "edit")} | {("users", a) for a in ACTIONS}),
}
#: What managing the users takes: whoever holds it is an administrator of the
#: users (the last such active user is never switched off or moved to a role without it).
MANAGE_USERS = ("users", "edit")

ROLE_DESCRIPTIONS = {
    Role.ADMIN: "Administrator: everything, including users, roles and settings",
    Role.SUPERVISOR: "Supervisor: approves voids, refunds, purchase orders, payroll",
    Role.CASHIER: "Cashier: payments, receipts and cash shifts",
    Role.SALES: "Sales: leads, contracts, referrals, campaigns",
    Role.WAREHOUSE: "Warehouse: stock, suppliers, purchase orders, assets",
    Role.TECHNICIAN: "Technician: work orders and installation reports",
    Role.HR: "HR: attendance, leaves and payroll",
}
