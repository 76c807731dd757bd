"""People: attendance, leaves and leave types, payroll."""
from __future__ import annotations

from ispdesk.db.models import Attendance, Leave, LeaveType, Payroll
from ispdesk.domain.enums import AttendanceStatus, LeaveStatus, PayrollStatus
from ispdesk.services.modules.columns import (active, clock, code, created, dated, day, flag, integer, long_text,
                                              money, name, notes, ref, stamp, status, text, updated, user)
from ispdesk.services.specs import TableSpec

attendance = TableSpec(
    key="attendance", title="Attendance", model=Attendance, label_column="date", default_sort=("date", True),
    columns=(
        day("date", "Date", required=True),
        user("user_id", "Employee", required=True, searchable=True, filterable=True),
        clock("clock_in", "In"),
        clock("clock_out", "Out"),
        text("clock_in_location", "Location in", in_list=False),
        text("clock_out_location", "Location out", in_list=False),
        status(AttendanceStatus),
        notes(),
        created(in_list=False),
        updated(),
    ),
    defaults=dated("date"),
)

leave_types = TableSpec(
    key="leave_types", title="Leave types", model=LeaveType, default_sort=("name", False),
    archive_column="is_active",
    columns=(
        code("code", "Code", required=True),
        name(),
        integer("days_per_year", "Days per year", maximum=366),
        flag("is_paid", "Paid"),
        flag("requires_approval", "Needs approval"),
        active(),
        created(in_list=False),
        updated(),
    ),
)

leaves = TableSpec(
    key="leaves", title="Leaves", model=Leave, label_column="start_date", default_sort=("start_date", True),
    columns=(
        user("user_id", "Employee", required=True, searchable=True, filterable=True),
        ref("leave_type_id", "Type", "leave_types", required=True, filterable=True),
        day("start_date", "From", required=True),
        day("end_date", "To", required=True, filterable=False),
        integer("days", "Days", minimum=1, required=True),
        long_text("reason", "Reason"),
        status(LeaveStatus, editable=False),
        user("approved_by", "Approved by", editable=False),
        stamp("approved_at", "Approved", in_list=False),
        created(in_list=False),
        updated(),
    ),
    defaults=dated("start_date", "end_date"),
)

payroll = TableSpec(
    key="payroll", title="Payroll", model=Payroll, label_column="id", default_sort=("id", True),
    can_create=False, can_edit=False, can_delete=False,
    columns=(
        user("user_id", "Employee", searchable=True, filterable=True),
        integer("period_year", "Year"),
        integer("period_month", "Month", minimum=1, maximum=12),
        money("basic_salary", "Basic salary"),
        money("allowances", "Allowances", in_list=False),
        money("overtime", "Overtime", in_list=False),
        money("bonus", "Bonus", in_list=False),
        money("deductions", "Deductions"),
        money("net_salary", "Net salary"),
        status(PayrollStatus),
        user("approved_by", "Approved by", in_list=False),
        stamp("paid_at", "Paid"),
        notes(),
        created(in_list=False),
        updated(),
    ),
)

TABLES = (attendance, leaves, leave_types, payroll)
