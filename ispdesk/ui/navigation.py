"""The navigation on the left of the main window: the office's module groups,
showing only the modules the logged-in user may view.

Titles are English here and translated at run time in the "modules" context
(``QT_TRANSLATE_NOOP`` marks them for ``pyside6-lupdate``).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ispdesk.domain.actor import Actor
from ispdesk.domain.permissions import MODULE_GROUPS

CONTEXT = "modules"
KEY_ROLE = Qt.ItemDataRole.UserRole

GROUP_TITLES: dict[str, str] = {
    "Front office": QT_TRANSLATE_NOOP("modules", "Front office"),
    "Billing": QT_TRANSLATE_NOOP("modules", "Billing"),
    "Sales": QT_TRANSLATE_NOOP("modules", "Sales"),
    "Warehouse": QT_TRANSLATE_NOOP("modules", "Warehouse"),
    "Network": QT_TRANSLATE_NOOP("modules", "Network"),
    "Field": QT_TRANSLATE_NOOP("modules", "Field"),
    "People": QT_TRANSLATE_NOOP("modules", "People"),
    "Communication": QT_TRANSLATE_NOOP("modules", "Communication"),
    "Administration": QT_TRANSLATE_NOOP("modules", "Administration"),
}

MODULE_TITLES: dict[str, str] = {
    "dashboard": QT_TRANSLATE_NOOP("modules", "Dashboard"),
    "customers": QT_TRANSLATE_NOOP("modules", "Customers"),
    "payments": QT_TRANSLATE_NOOP("modules", "Payments"),
    "invoices": QT_TRANSLATE_NOOP("modules", "Invoices"),
    "cash_shifts": QT_TRANSLATE_NOOP("modules", "Cash shifts"),
    "packages": QT_TRANSLATE_NOOP("modules", "Packages"),
    "recurring_billings": QT_TRANSLATE_NOOP("modules", "Subscriptions"),
    "promotions": QT_TRANSLATE_NOOP("modules", "Promotions"),
    "proforma_invoices": QT_TRANSLATE_NOOP("modules", "Proforma invoices"),
    "credit_notes": QT_TRANSLATE_NOOP("modules", "Credit notes"),
    "billing_runs": QT_TRANSLATE_NOOP("modules", "Billing runs"),
    "leads": QT_TRANSLATE_NOOP("modules", "Leads"),
    "contracts": QT_TRANSLATE_NOOP("modules", "Contracts"),
    "referrals": QT_TRANSLATE_NOOP("modules", "Referrals"),
    "referral_rewards": QT_TRANSLATE_NOOP("modules", "Referral rewards"),
    "campaigns": QT_TRANSLATE_NOOP("modules", "Campaigns"),
    "campaign_recipients": QT_TRANSLATE_NOOP("modules", "Campaign recipients"),
    "inventory": QT_TRANSLATE_NOOP("modules", "Inventory"),
    "stock_movements": QT_TRANSLATE_NOOP("modules", "Stock movements"),
    "suppliers": QT_TRANSLATE_NOOP("modules", "Suppliers"),
    "purchase_orders": QT_TRANSLATE_NOOP("modules", "Purchase orders"),
    "purchase_order_items": QT_TRANSLATE_NOOP("modules", "Purchase order lines"),
    "assets": QT_TRANSLATE_NOOP("modules", "Assets"),
    "network_devices": QT_TRANSLATE_NOOP("modules", "Network devices"),
    "ip_pools": QT_TRANSLATE_NOOP("modules", "IP pools"),
    "ip_addresses": QT_TRANSLATE_NOOP("modules", "IP addresses"),
    "bandwidth_profiles": QT_TRANSLATE_NOOP("modules", "Bandwidth profiles"),
    "work_orders": QT_TRANSLATE_NOOP("modules", "Work orders"),
    "installation_reports": QT_TRANSLATE_NOOP("modules", "Installation reports"),
    "sla_policies": QT_TRANSLATE_NOOP("modules", "SLA policies"),
    "technician_locations": QT_TRANSLATE_NOOP("modules", "Technician locations"),
    "attendance": QT_TRANSLATE_NOOP("modules", "Attendance"),
    "leaves": QT_TRANSLATE_NOOP("modules", "Leaves"),
    "leave_types": QT_TRANSLATE_NOOP("modules", "Leave types"),
    "payroll": QT_TRANSLATE_NOOP("modules", "Payroll"),
    "customer_messages": QT_TRANSLATE_NOOP("modules", "Customer messages"),
    "knowledge_base": QT_TRANSLATE_NOOP("modules", "Knowledge base"),
    "knowledge_base_categories": QT_TRANSLATE_NOOP("modules", "Knowledge base categories"),
    "users": QT_TRANSLATE_NOOP("modules", "Users"),
    "roles": QT_TRANSLATE_NOOP("modules", "Roles"),
    "audit_logs": QT_TRANSLATE_NOOP("modules", "Audit log"),
    "api_keys": QT_TRANSLATE_NOOP("modules", "API keys"),
    "backups": QT_TRANSLATE_NOOP("modules", "Backups"),
    "settings": QT_TRANSLATE_NOOP("modules", "Settings"),
    "permissions": QT_TRANSLATE_NOOP("modules", "Permissions"),
}


def module_title(key: str) -> str:
    """The module's title in the current language."""
    english = MODULE_TITLES.get(key) or key.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, english)


def group_title(group: str) -> str:
    return QCoreApplication.translate(CONTEXT, GROUP_TITLES.get(group, group))


def visible_groups(actor: Actor, extra: dict[str, tuple[str, ...]] | None = None) -> dict[str, list[str]]:
    """Group -> the modules ``actor`` may view, in menu order; empty groups left out.
    ``extra`` maps a module to entries shown right after it (``{"roles": ("permissions",)}``)."""
    allowed = actor.modules()
    groups: dict[str, list[str]] = {}
    for group, modules in MODULE_GROUPS.items():
        keys: list[str] = []
        for module in modules:
            if module in allowed:
                keys.append(module)
                keys.extend((extra or {}).get(module, ()))
        if keys:
            groups[group] = keys
    return groups


class Navigation(QTreeWidget):
    """The module tree. ``module_activated(key)`` fires on click or Enter."""

    module_activated = Signal(str)

    def __init__(self, groups: dict[str, list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setMinimumWidth(210)
        self._items: dict[str, QTreeWidgetItem] = {}
        bold = self.font()
        bold.setBold(True)
        for group, keys in groups.items():
            top = QTreeWidgetItem(self, [group_title(group)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setFont(0, bold)
            top.setData(0, KEY_ROLE, None)
            for key in keys:
                item = QTreeWidgetItem(top, [module_title(key)])
                item.setData(0, KEY_ROLE, key)
                self._items[key] = item
        self.expandAll()
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def groups(self) -> list[str]:
        """The group titles shown, in order (tests and accessibility)."""
        return [self.topLevelItem(i).text(0) for i in range(self.topLevelItemCount())]

    def keys(self) -> list[str]:
        """The module keys shown, in order."""
        return list(self._items)

    def select(self, key: str) -> None:
        """Highlight ``key`` without activating it (when its tab becomes current)."""
        item = self._items.get(key)
        if item is not None and self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)

    def activate(self, key: str) -> None:
        """Act as if the user chose ``key``."""
        if key in self._items:
            self.module_activated.emit(key)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.module_activated.emit(key)
