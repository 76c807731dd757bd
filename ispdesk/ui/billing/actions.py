"""The billing buttons on the generic tabs: "Run billing…" on subscriptions and
billing runs, "Run log…" on billing runs, "Change package…" on subscriptions,
"Suspension list…" and "Mark overdue" on invoices."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ispdesk.domain.money import format_rupiah
from ispdesk.services import overdue
from ispdesk.services.billing_run import RunSummary
from ispdesk.services.subscriptions import PackageChange
from ispdesk.ui.billing.package_dialog import ChangePackageDialog, PackageDialog
from ispdesk.ui.billing.run_dialog import RunBillingDialog
from ispdesk.ui.billing.run_log_dialog import RunLogDialog
from ispdesk.ui.billing.suspension_dialog import SuspensionDialog
from ispdesk.ui.format import format_date
from ispdesk.ui.module_actions import TabAction, register, register_editor
from ispdesk.ui.ops import WriteOp
from ispdesk.ui.tasks import TaskHandle

CONTEXT = "ModuleActions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def run_billing(tab: Any, _record_id: int | None) -> RunBillingDialog:
    dialog = RunBillingDialog(tab.ctx, tab)
    dialog.finished_run.connect(lambda summary: _ran(tab, summary))
    dialog.open()
    return dialog


def _ran(tab: Any, summary: RunSummary) -> None:
    tab.message_bar.show_message(_tr("Billing run: {0} invoices created, {1} skipped, {2} failed.").format(
        summary.created, summary.skipped, summary.failed), "warning" if summary.failed else "info")


def show_run_log(tab: Any, record_id: int | None) -> RunLogDialog | None:
    if record_id is None:
        return None
    dialog = RunLogDialog(tab.ctx, record_id, tab)
    dialog.open()
    return dialog


def change_package(tab: Any, record_id: int | None) -> ChangePackageDialog | None:
    if record_id is None:
        return None
    dialog = ChangePackageDialog(tab.ctx, record_id, tab)
    dialog.changed.connect(lambda change: _package_changed(tab, change))
    dialog.open()
    return dialog


def _package_changed(tab: Any, change: PackageChange) -> None:
    if change.next_package is None:
        text = _tr("No package change is pending; {0} stays.").format(change.current_package)
    else:
        text = _tr("{0} from {1} (now {2}).").format(change.next_package, format_date(change.effective_from),
                                                    change.current_package)
    tab.message_bar.show_message(text, "info")


def edit_package(tab: Any, record_id: int | None) -> PackageDialog:
    """New and Edit on the packages tab: the package with its bandwidth profile's
    rates written out (a speed that disagrees with the profile is warned about)."""
    dialog = PackageDialog(tab.ctx, record_id, tab)

    def saved(package_id: int, warning: str) -> None:
        tab.show_saved(package_id)
        tab.message_bar.show_message(_tr("Package saved. {0}").format(warning) if warning else _tr("Package saved."),
                                     "warning" if warning else "info")
    dialog.saved.connect(saved)
    dialog.open()
    return dialog


def suspension_list(tab: Any, _record_id: int | None) -> SuspensionDialog:
    dialog = SuspensionDialog(tab.ctx, tab)
    dialog.open()
    return dialog


def mark_overdue(tab: Any, _record_id: int | None, *, today: date | None = None) -> TaskHandle:
    """Invoices due before ``today`` (the office clock's, read in the transaction) become overdue."""
    def done(result: overdue.OverdueResult) -> None:
        text = _tr("{0} invoices are now overdue.").format(result.marked)
        if result.late_fees:
            text += " " + _tr("Late fee added to {0} invoices ({1}).").format(
                result.late_fees, format_rupiah(result.late_fee_total))
        tab.message_bar.show_message(text, "info")

    return WriteOp(tab, tab.ctx, lambda s, actor: overdue.mark_overdue(s, actor, today),
                   module=overdue.MODULE).success(done).run()


def register_actions() -> None:
    for module, needed in (("recurring_billings", "edit"), ("billing_runs", "create")):
        register(module, TabAction(
            "runBilling", QT_TRANSLATE_NOOP("ModuleActions", "Run billing…"), run_billing, permission=needed,
            needs_selection=False, shortcut="Ctrl+Shift+B",
            tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Invoice every subscription that is due")))
    register("billing_runs", TabAction(
        "runLog", QT_TRANSLATE_NOOP("ModuleActions", "Run log…"), show_run_log, permission="view",
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "What the selected run created, skipped and why")))
    register("recurring_billings", TabAction(
        "changePackage", QT_TRANSLATE_NOOP("ModuleActions", "Change package…"), change_package, permission="edit",
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Bill another package from the next period")))
    register_editor("packages", edit_package)
    register("invoices", TabAction(
        "suspensionList", QT_TRANSLATE_NOOP("ModuleActions", "Suspension list…"), suspension_list,
        permission="view", needs_selection=False,
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Customers overdue for longer than the settings allow")))
    register("invoices", TabAction(
        "markOverdue", QT_TRANSLATE_NOOP("ModuleActions", "Mark overdue"), mark_overdue, permission="edit",
        needs_selection=False,
        tooltip=QT_TRANSLATE_NOOP("ModuleActions", "Invoices past their due date become overdue; late fees are added once")))
