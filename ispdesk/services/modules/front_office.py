"""Front office: customers, payments, invoices, cash shifts."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from ispdesk.db.models import CashShift, Customer, Invoice, Payment
from ispdesk.db.types import ExactDecimal
from ispdesk.domain.enums import CustomerStatus, InvoiceStatus, PaymentMethod, PaymentStatus, ShiftStatus
from ispdesk.services.modules.columns import (address_block, by_user, choice, code, created, day,
                                              doc_number, email, flag, json, money, name, notes, numbered,
                                              ref, stamp, status, text, updated, user)
from ispdesk.services.specs import ColumnSpec, Kind, TableSpec

customers = TableSpec(
    key="customers", title="Customers", model=Customer, default_sort=("name", False),
    columns=(
        doc_number("customer_number", "Customer no."),
        name(width=220),
        code("phone", "Phone"),
        email(prefix_search=True),   # typed from its start: the index serves it at 200,000 customers
        code("nik", "NIK", in_list=False),
        *address_block(),
        status(CustomerStatus),
        money("credit_balance", "Credit", editable=False),
        code("referral_code", "Referral code", in_list=False),
        ref("referred_by_id", "Referred by", "customers"),
        flag("never_suspend", "Never suspend", in_list=False),
        day("suspend_postponed_until", "Suspension postponed to", in_list=False, filterable=False),
        notes(),
        created(),
        updated(),
    ),
    defaults=numbered("customer_number", "customer"),
)


def _with_outstanding(select: Any) -> Any:
    """Adds what is still due on each invoice (total minus what was paid)."""
    table = Invoice.__table__
    due = sa.type_coerce(table.c.total - table.c.amount_paid, ExactDecimal(15, 2))
    return select.add_columns(due.label("outstanding"))


invoices = TableSpec(
    key="invoices", title="Invoices", model=Invoice, label_column="invoice_number",
    default_sort=("issue_date", True), can_create=False, can_delete=False,
    columns=(
        doc_number("invoice_number", "Invoice no."),
        ref("customer_id", "Customer", "customers", editable=False, searchable=True, filterable=True),
        text("period", "Period", editable=False, width=80),
        day("issue_date", "Issued", editable=False),
        day("due_date", "Due", required=True),
        money("subtotal", "Subtotal", editable=False, in_list=False),
        money("discount_amount", "Discount", editable=False, in_list=False),
        money("tax_amount", "Tax", editable=False, in_list=False),
        money("late_fee", "Late fee", editable=False, in_list=False),
        money("total", "Total", editable=False),
        money("amount_paid", "Paid", editable=False),
        ColumnSpec("outstanding", "Outstanding", Kind.MONEY, editable=False, in_form=False),
        status(InvoiceStatus, editable=False),
        stamp("paid_at", "Paid at", in_list=False),
        ref("promotion_id", "Promotion", "promotions", editable=False, in_list=False),
        notes(),
        by_user(),
        created(),
        updated(),
    ),
    listing=_with_outstanding,
)

payments = TableSpec(
    key="payments", title="Payments", model=Payment, label_column="payment_number",
    default_sort=("payment_date", True), can_create=False, can_edit=False, can_delete=False,
    columns=(
        doc_number("payment_number", "Payment no."),
        day("payment_date", "Date"),
        ref("customer_id", "Customer", "customers", searchable=True, filterable=True),
        ref("invoice_id", "Invoice", "invoices", searchable=True, prefix_search=True),
        money("amount", "Amount"),
        choice("payment_method", "Method", PaymentMethod),
        status(PaymentStatus),
        code("reference_number", "Reference"),
        flag("paid_from_credit", "From credit", in_list=False),
        user("received_by", "Received by"),
        stamp("voided_at", "Voided at", in_list=False),
        ColumnSpec("void_reason", "Void reason", Kind.LONG_TEXT, in_list=False),
        notes(),
        created(in_list=False),
    ),
)

cash_shifts = TableSpec(
    key="cash_shifts", title="Cash shifts", model=CashShift, label_column="shift_number",
    default_sort=("opened_at", True), can_create=False, can_edit=False, can_delete=False,
    columns=(
        doc_number("shift_number", "Shift no."),
        user("cashier_id", "Cashier", searchable=True),
        status(ShiftStatus),
        stamp("opened_at", "Opened", filterable=True),
        money("opening_float", "Opening float"),
        stamp("closed_at", "Closed"),
        user("closed_by", "Closed by", in_list=False),
        money("expected_cash", "Expected"),
        money("counted_cash", "Counted"),
        money("variance", "Variance", minimum=None),
        json("denominations", "Denominations"),
        text("workstation", "Workstation", in_list=False),
        notes(),
    ),
)

TABLES = (customers, payments, invoices, cash_shifts)
