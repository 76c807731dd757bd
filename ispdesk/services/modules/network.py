"""Network: the OLT/ODC/ODP tree, IP pools and addresses, bandwidth profiles."""
from __future__ import annotations

from ispdesk.db.models import BandwidthProfile, IpAddress, IpPool, NetworkDevice
from ispdesk.domain.enums import DeviceStatus, DeviceType, IpPoolType, IpStatus
from ispdesk.services.modules.columns import (active, address_block, choice, code, created, day, integer,
                                              long_text, name, notes, ref, stamp, status, text, updated)
from ispdesk.services.bandwidth import profile_edit_check, with_packages_using
from ispdesk.services.ip_pools import address_edit_check, pool_edit_check
from ispdesk.services.specs import ColumnSpec, Kind, TableSpec

_latitude, _longitude = address_block()[-2:]

network_devices = TableSpec(
    key="network_devices", title="Network devices", model=NetworkDevice, default_sort=("name", False),
    columns=(
        choice("device_type", "Type", DeviceType, required=True),
        name(),
        text("brand", "Brand", in_list=False),
        text("model", "Model", in_list=False),
        code("serial_number", "Serial no."),
        code("ip_address", "IP address"),
        code("mac_address", "MAC address", in_list=False),
        text("location", "Location", searchable=True),
        _latitude,
        _longitude,
        integer("capacity", "Ports"),
        integer("used_ports", "Used ports"),
        ref("parent_device_id", "Parent", "network_devices", filterable=True),
        status(DeviceStatus),
        day("installed_at", "Installed", in_list=False),
        notes(),
        created(in_list=False),
        updated(),
    ),
)

ip_pools = TableSpec(
    key="ip_pools", title="IP pools", model=IpPool, default_sort=("name", False), archive_column="is_active",
    columns=(
        name(),
        code("network", "Network (CIDR)", required=True),
        code("gateway", "Gateway"),
        text("dns_primary", "DNS 1"),
        text("dns_secondary", "DNS 2"),
        choice("type", "Type", IpPoolType),
        active(),
        created(in_list=False),
        updated(),
    ),
    can_create=False,     # New pool from CIDR… lists its addresses too
    edit_check=pool_edit_check,
)

ip_addresses = TableSpec(
    key="ip_addresses", title="IP addresses", model=IpAddress, label_column="ip_address",
    default_sort=("sort_key", False), can_create=False,
    columns=(
        ref("ip_pool_id", "Pool", "ip_pools", editable=False, filterable=True),
        code("ip_address", "IP address", editable=False),
        ref("customer_id", "Customer", "customers", searchable=True),
        ref("device_id", "Device", "network_devices"),
        status(IpStatus),
        stamp("assigned_at", "Assigned"),
        notes(),
        created(in_list=False),
        updated(),
    ),
    edit_check=address_edit_check,
)

bandwidth_profiles = TableSpec(
    key="bandwidth_profiles", title="Bandwidth profiles", model=BandwidthProfile, default_sort=("name", False),
    archive_column="is_active",
    columns=(
        name(),
        integer("download_kbps", "Download (kbps)", minimum=None, required=True),
        integer("upload_kbps", "Upload (kbps)", minimum=None, required=True),
        integer("burst_download_kbps", "Burst down (kbps)", minimum=None, in_list=False),
        integer("burst_upload_kbps", "Burst up (kbps)", minimum=None, in_list=False),
        integer("burst_threshold_percent", "Burst threshold (%)", minimum=None, in_list=False),
        integer("burst_time_seconds", "Burst time (s)", minimum=None, in_list=False),
        integer("priority", "Priority", minimum=None, help="1 (highest) to 8 (lowest), as on MikroTik"),
        ColumnSpec("packages_using", "Packages using it", Kind.INTEGER, editable=False, in_form=False,
                   help="Active packages with this profile"),
        long_text("description", "Description"),
        active(),
        created(in_list=False),
        updated(),
    ),
    listing=with_packages_using,
    edit_check=profile_edit_check,   # rates, burst, threshold, priority; not archived while in use
)

TABLES = (network_devices, ip_pools, ip_addresses, bandwidth_profiles)
