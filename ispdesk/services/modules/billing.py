"""Billing: packages, subscriptions, promotions, proformas, credit notes, billing runs."""
from __future__ import annotations

from ispdesk.db.models import BillingRun, CreditNote, Package, ProformaInvoice, Promotion, RecurringBilling
from ispdesk.domain.enums import BillingRunStatus, CreditNoteStatus, ProformaStatus, PromotionType
from ispdesk.domain.messages import message
from ispdesk.domain.money import CENT
from ispdesk.services.modules.columns import (active, by_user, choice, code, created, day, decimal, doc_number,
                                              flag, integer, json, long_text, money, name, notes, numbered, ref,
                                              stamp, status, updated, user)
from ispdesk.services.specs import TableSpec

PACKAGE_NEXT_PERIOD = message("records.package_next_period", "A package changes from the next period: use "
                                                             "\u201cChange package\u2026\u201d on this tab.")

packages = TableSpec(
    key="packages", title="Packages", model=Package, default_sort=("name", False), archive_column="is_active",
    columns=(
        code("code", "Code"),
        name(),
        integer("speed_mbps", "Speed (Mbps)", minimum=1, required=True),
        money("monthly_price", "Monthly price", required=True),
        ref("bandwidth_profile_id", "Bandwidth profile", "bandwidth_profiles"),
        flag("requires_public_ip", "Public IP"),
        long_text("description", "Description"),
        active(),
        created(in_list=False),
        updated(),
    ),
)

recurring_billings = TableSpec(
    key="recurring_billings", title="Subscriptions", model=RecurringBilling, label_column="id",
    default_sort=("next_billing_date", False), archive_column="is_active",
    columns=(
        ref("customer_id", "Customer", "customers", required=True, searchable=True),
        ref("package_id", "Package", "packages", required=True, filterable=True),
        integer("billing_day", "Billing day", minimum=1, maximum=28, required=True),
        money("amount", "Amount", required=True),
        money("discount", "Discount"),
        day("next_billing_date", "Next billing"),
        stamp("last_billed_at", "Last billed"),
        day("activated_at", "Activated", filterable=False),
        ref("contract_id", "Contract", "contracts", in_list=False),
        ref("pending_package_id", "Next package", "packages", in_list=False),
        ref("promotion_id", "Promotion", "promotions", in_list=False),
        active(),
        created(in_list=False),
        updated(),
    ),
    edit_check=lambda subscription, changes: {} if subscription is None or changes.get(
        "package_id", subscription.package_id) == subscription.package_id else {"package_id": PACKAGE_NEXT_PERIOD()},
)

promotions = TableSpec(
    key="promotions", title="Promotions", model=Promotion, default_sort=("start_date", True),
    archive_column="is_active",
    columns=(
        code("code", "Code"),
        name(),
        choice("type", "Type", PromotionType, required=True),
        decimal("value", "Value", minimum=0, required=True,
                help="Percent for a percentage discount, Rupiah for an amount or cashback, months for free months"),
        money("min_purchase", "Minimum purchase", in_list=False),
        money("max_discount", "Maximum discount", in_list=False),
        json("applicable_packages", "Packages (ids)"),
        day("start_date", "Starts"),
        day("end_date", "Ends", filterable=False),
        integer("usage_limit", "Usage limit"),
        integer("used_count", "Used", editable=False),
        active(),
        long_text("terms", "Terms"),
        created(in_list=False),
        updated(),
    ),
)

proforma_invoices = TableSpec(
    key="proforma_invoices", title="Proforma invoices", model=ProformaInvoice, label_column="proforma_number",
    default_sort=("issue_date", True), can_create=False, can_delete=False,
    columns=(
        doc_number("proforma_number", "Proforma no."),
        ref("customer_id", "Customer", "customers", editable=False, searchable=True),
        ref("contract_id", "Contract", "contracts", editable=False, in_list=False),
        day("issue_date", "Issued", editable=False),
        day("due_date", "Due", filterable=False),
        money("installation_fee", "Installation", editable=False, in_list=False),
        money("deposit", "Deposit", editable=False, in_list=False),
        integer("prepaid_months", "Prepaid months", editable=False, in_list=False),
        money("prepaid_amount", "Prepaid", editable=False, in_list=False),
        money("tax_amount", "Tax", editable=False, in_list=False),
        money("total", "Total", editable=False),
        status(ProformaStatus, editable=False),
        ref("invoice_id", "Invoice", "invoices", editable=False),
        notes(),
        by_user(),
        created(in_list=False),
        updated(),
    ),
)

credit_notes = TableSpec(
    key="credit_notes", title="Credit notes", model=CreditNote, label_column="credit_note_number",
    # requested from the invoices tab ("Credit note…"), approved with a supervisor's password
    default_sort=("id", True), can_create=False, can_edit=False, can_delete=False,
    columns=(
        doc_number("credit_note_number", "Credit note no."),
        ref("invoice_id", "Invoice", "invoices", required=True),
        ref("customer_id", "Customer", "customers", required=True, searchable=True),
        money("amount", "Amount", minimum=CENT, required=True),
        long_text("reason", "Reason", required=True),
        status(CreditNoteStatus, editable=False),
        user("requested_by", "Requested by", editable=False, in_list=False),
        user("approved_by", "Approved by", editable=False, in_list=False),
        stamp("approved_at", "Approved at"),
        money("applied_to_invoice", "Applied to invoice", editable=False, in_list=False),
        money("applied_to_credit", "Added to credit", editable=False, in_list=False),
        created(),
        updated(),
    ),
    defaults=numbered("credit_note_number", "credit_note"),
)

billing_runs = TableSpec(
    key="billing_runs", title="Billing runs", model=BillingRun, label_column="run_date",
    default_sort=("run_date", True), can_create=False, can_edit=False, can_delete=False,
    columns=(
        day("run_date", "Run date"),
        status(BillingRunStatus),
        stamp("started_at", "Started"),
        stamp("finished_at", "Finished"),
        integer("created_count", "Created"),
        integer("skipped_count", "Skipped"),
        integer("failed_count", "Failed"),
        user("started_by", "Started by"),
        notes(),
    ),
)

TABLES = (packages, recurring_billings, promotions, proforma_invoices, credit_notes, billing_runs)
