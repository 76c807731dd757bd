"""Field work: work orders, installation reports, SLA policies, technician locations."""
from __future__ import annotations

from decimal import Decimal

from ispdesk.db.models import InstallationReport, SlaPolicy, TechnicianLocation, WorkOrder
from ispdesk.domain.enums import Priority, WorkOrderStatus, WorkOrderType
from ispdesk.services.modules.columns import (active, by_user, choice, clock, code, created, dated, day, decimal,
                                              doc_number, integer, json, long_text, moment, name, notes, numbered,
                                              ref, stamp, status, text, updated, user)
from ispdesk.services.specs import TableSpec
from ispdesk.services.installation import generic_edit_check as installation_edit_check
from ispdesk.services.work_orders import generic_edit_check

work_orders = TableSpec(
    key="work_orders", title="Work orders", model=WorkOrder, label_column="work_order_number",
    default_sort=("scheduled_date", True),
    columns=(
        doc_number("work_order_number", "WO no."),
        choice("type", "Type", WorkOrderType, required=True),
        ref("customer_id", "Customer", "customers", searchable=True),
        ref("lead_id", "Lead", "leads", in_list=False),
        ref("contract_id", "Contract", "contracts", in_list=False),
        user("assigned_to", "Technician", filterable=True),
        integer("team_size", "Team size", minimum=1, in_list=False),
        choice("priority", "Priority", Priority),
        day("scheduled_date", "Scheduled"),
        clock("scheduled_time", "Time"),
        integer("estimated_duration", "Estimate (minutes)", in_list=False),
        status(WorkOrderStatus),
        stamp("started_at", "Started", in_list=False),
        stamp("completed_at", "Completed"),
        notes(),
        long_text("completion_notes", "Completion notes"),
        by_user(),
        created(in_list=False),
        updated(),
    ),
    defaults=numbered("work_order_number", "work_order", today=("scheduled_date",)),
    edit_check=generic_edit_check,
)

installation_reports = TableSpec(
    key="installation_reports", title="Installation reports", model=InstallationReport, label_column="id",
    default_sort=("completed_at", True),
    columns=(
        ref("work_order_id", "Work order", "work_orders", required=True, searchable=True, prefix_search=True),
        ref("customer_id", "Customer", "customers", required=True, searchable=True),
        user("technician_id", "Technician", required=True, filterable=True),
        code("ont_serial", "ONT serial"),
        text("onu_id", "ONU id", in_list=False),
        ref("odp_device_id", "ODP", "network_devices", in_list=False),
        text("odp_port", "ODP port"),
        ref("ip_address_id", "IP address", "ip_addresses", in_list=False),
        decimal("signal_level", "Signal (dBm)", minimum=Decimal(-50), maximum=Decimal(10)),
        decimal("speed_test_download", "Download (Mbps)", minimum=Decimal(0)),
        decimal("speed_test_upload", "Upload (Mbps)", minimum=Decimal(0)),
        json("photos", "Photos"),
        notes(),
        moment("completed_at", "Completed", filterable=True),
        created(in_list=False),
        updated(),
    ),
    can_create=False,     # saved by the Installation report dialog of the work orders tab
    edit_check=installation_edit_check,
)

sla_policies = TableSpec(
    key="sla_policies", title="SLA policies", model=SlaPolicy, default_sort=("name", False),
    archive_column="is_active",
    columns=(
        name(),
        choice("priority", "Priority", Priority, required=True),
        choice("work_order_type", "Work order type", WorkOrderType),
        integer("response_hours", "Response (hours)", minimum=1, required=True),
        integer("resolution_hours", "Resolution (hours)", minimum=1, required=True),
        long_text("description", "Description"),
        active(),
        created(in_list=False),
        updated(),
    ),
)

technician_locations = TableSpec(
    key="technician_locations", title="Technician locations", model=TechnicianLocation,
    label_column="recorded_at", default_sort=("recorded_at", True), can_edit=False,
    columns=(
        moment("recorded_at", "Recorded", required=True, filterable=True),
        user("user_id", "Technician", required=True, searchable=True, filterable=True),
        decimal("latitude", "Latitude", minimum=Decimal(-90), maximum=Decimal(90), required=True),
        decimal("longitude", "Longitude", minimum=Decimal(-180), maximum=Decimal(180), required=True),
        decimal("accuracy_m", "Accuracy (m)", minimum=Decimal(0)),
        text("source", "Source"),
        ref("work_order_id", "Work order", "work_orders"),
        created(in_list=False),
    ),
    defaults=dated(moments=("recorded_at",)),
)

TABLES = (work_orders, installation_reports, sla_policies, technician_locations)
