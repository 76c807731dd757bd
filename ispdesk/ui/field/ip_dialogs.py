"""IP pool dialogs: a new pool from a CIDR network (its size previewed while
typing), and assigning an address of a pool (the next free one or a chosen
one) to a customer, with the pool's utilisation and its >90 % warning."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ispdesk.domain import cidr
from ispdesk.domain.enums import IpPoolType
from ispdesk.services import ip_pools
from ispdesk.services.modules.columns import ref
from ispdesk.ui.context import AppContext
from ispdesk.ui.field.common import FieldDialog
from ispdesk.ui.format import format_decimal
from ispdesk.ui.i18n import translate_message
from ispdesk.ui.widgets.editors import EditorError, make_editor



def usage_text(usage: ip_pools.PoolUsage) -> str:
    """"10.20.0.0/24: 230 of 254 in use (90.6 %)" and the counts by status."""
    return QCoreApplication.translate(
        "IpPools", "{0}: {1} of {2} in use ({3} %) \u2014 {4} assigned, {5} reserved, {6} blocked, {7} free").format(
        usage.network, usage.used, usage.total, format_decimal(usage.percent_used), usage.assigned, usage.reserved,
        usage.blocked, usage.available)


class NewPoolDialog(FieldDialog):
    """Create an IP pool from a CIDR network. Signal ``created(object)``: its :class:`PoolUsage`."""

    created = Signal(object)
    module = "ip_pools"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New IP pool from CIDR"), self.tr("Create pool"), parent)
        self.setObjectName("newPoolDialog")
        self.name_edit = self._line("poolName", self.tr("e.g. Pelanggan Denpasar"))
        self.network_edit = self._line("network", "10.20.0.0/24")
        self.gateway_edit = self._line("gateway", "10.20.0.1")
        self.dns1_edit = self._line("dnsPrimary", "8.8.8.8")
        self.dns2_edit = self._line("dnsSecondary", "1.1.1.1")
        self.type_combo = QComboBox(self.body)
        self.type_combo.setObjectName("poolType")
        for value, title in ((IpPoolType.PRIVATE, self.tr("Private (CGNAT / LAN)")),
                             (IpPoolType.PUBLIC, self.tr("Public")), (IpPoolType.MANAGEMENT, self.tr("Management"))):
            self.type_combo.addItem(title, str(value))
        self.preview = QLabel(self.body)
        self.preview.setObjectName("networkPreview")
        form = QFormLayout(self.body)
        for title, editor, field in ((self.tr("&Name:"), self.name_edit, "name"),
                                     (self.tr("Net&work (CIDR):"), self.network_edit, "network")):
            form.addRow(title, editor)
            form.addRow("", self.error_for(field))
        form.addRow("", self.preview)
        for title, editor, field in ((self.tr("&Gateway:"), self.gateway_edit, "gateway"),
                                     (self.tr("DNS &1:"), self.dns1_edit, "dns_primary"),
                                     (self.tr("DNS &2:"), self.dns2_edit, "dns_secondary")):
            form.addRow(title, editor)
            form.addRow("", self.error_for(field))
        form.addRow(self.tr("&Type:"), self.type_combo)
        form.addRow("", self.error_for("type"))
        self.network_edit.textChanged.connect(self._preview)
        self._preview()
        self.resize(480, self.sizeHint().height())
        self.name_edit.setFocus()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self.body)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _preview(self, *_args: object) -> None:
        text = self.network_edit.text().strip()
        if not text:
            self.preview.setText(self.tr("Type the network, e.g. 10.20.0.0/24."))
            return
        try:
            network = cidr.parse_network(text)
        except cidr.CidrError as exc:
            self.preview.setText(translate_message(exc.message))
            return
        first, last = network.network_address + 1, network.broadcast_address - 1
        self.preview.setText(self.tr("{0} usable addresses: {1} \u2013 {2}").format(
            f"{network.num_addresses - 2:,}".replace(",", "."), first, last))

    def request(self) -> ip_pools.PoolRequest:
        return ip_pools.PoolRequest(
            name=self.name_edit.text(), network=self.network_edit.text(), gateway=self.gateway_edit.text(),
            dns_primary=self.dns1_edit.text(), dns_secondary=self.dns2_edit.text(),
            type=self.type_combo.currentData())

    def confirm(self) -> None:
        request = self.request()
        self.submit(lambda s, actor: ip_pools.create_pool(s, actor, request), self._created)

    def _created(self, usage: ip_pools.PoolUsage) -> None:
        self.created.emit(usage)
        self.accept()


class AssignAddressDialog(FieldDialog):
    """Assign an address of pool ``pool_id`` to a customer: the next free one,
    or the address typed. Signal ``assigned(object)``: the :class:`AddressInfo`."""

    assigned = Signal(object)
    module = "ip_addresses"

    def __init__(self, ctx: AppContext, pool_id: int, parent: QWidget | None = None, *,
                 chosen: str = "") -> None:
        super().__init__(ctx, self.tr("Assign an IP address"), self.tr("Assign"), parent)
        self.setObjectName("assignAddressDialog")
        self.pool_id = pool_id
        self.usage: ip_pools.PoolUsage | None = None
        self.usage_label = QLabel(self.tr("Loading the pool\u2026"), self.body)
        self.usage_label.setObjectName("poolUsage")
        self.usage_label.setWordWrap(True)
        self.customer = make_editor(ctx, ref("customer_id", "Customer", "customers"), self.body)
        self.customer.setObjectName("customer")
        self.address_edit = QLineEdit(self.body)
        self.address_edit.setObjectName("ipAddress")
        self.address_edit.setPlaceholderText(self.tr("Empty: the next free address"))
        self.address_edit.setText(chosen)
        form = QFormLayout(self.body)
        form.addRow(self.usage_label)
        form.addRow(self.tr("&Customer:"), self.customer)
        form.addRow("", self.error_for("customer_id"))
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow("", self.error_for("ip_address"))
        form.addRow("", self.error_for("ip_pool_id"))
        self.resize(520, self.sizeHint().height())
        self.customer.setFocus()
        self.load(lambda s, actor: ip_pools.usage(s, actor, pool_id), self._loaded)

    def _loaded(self, usage: ip_pools.PoolUsage) -> None:
        self.usage = usage
        text = f"<b>{usage.name}</b> " + usage_text(usage)
        if usage.warning:
            text += "<br><span style='color:#b00020'>" + self.tr(
                "Warning: the pool is more than 90 % used; add addresses soon.") + "</span>"
        self.usage_label.setText(text)
        self.fit()

    def confirm(self) -> None:
        self.errors.clear()
        try:
            customer_id = self.customer.value()
        except EditorError as exc:
            self.errors.set("customer_id", exc.message)
            return
        chosen, pool = self.address_edit.text().strip(), self.pool_id
        if chosen:
            def work(s: Any, actor: Any) -> ip_pools.AddressInfo:
                address = ip_pools.find_address(s, pool, chosen)
                return ip_pools.assign_address(s, actor, address, customer_id=customer_id)
        else:
            def work(s: Any, actor: Any) -> ip_pools.AddressInfo:
                return ip_pools.assign_next(s, actor, pool, customer_id=customer_id)
        self.submit(work, self._assigned)

    def _assigned(self, info: ip_pools.AddressInfo) -> None:
        self.assigned.emit(info)
        self.accept()
