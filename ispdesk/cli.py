"""The ``ispdesk`` command. No arguments opens the program; subcommands manage
the database, demo data and users. A user mistake is one clear line on stderr
and exit status 2, never a traceback."""
from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy.exc import DBAPIError, OperationalError

from ispdesk import __version__
from ispdesk.config import data_dir, database_url
from ispdesk.db.engine import Database
from ispdesk.domain import clock
from ispdesk.domain.errors import ISPDeskError


class UserError(Exception):
    """Something the user can fix; printed as one line."""


def _open_database(args: argparse.Namespace) -> Database:
    from ispdesk.db.unit_of_work import read
    from ispdesk.services import office_settings
    db = Database.open(args.database or database_url())
    try:
        read(db, office_settings.use_office_zone)
    except DBAPIError:  # not migrated yet (db upgrade): the clock stays in WIB
        pass
    return db


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from ispdesk.db import migrate   # alembic: imported only where needed, not before the login window
    from ispdesk.db.engine import create_database_if_missing
    from ispdesk.services.database import prepare
    if create_database_if_missing(args.database or database_url()):
        print("created the database")
    db = _open_database(args)
    backup = prepare(db, backup_folder=data_dir() / "backups")
    if backup:
        print(f"backed up the database to {backup}")
    print(f"database at revision {migrate.current_revision(db)} (head)")
    return 0


def cmd_db_current(args: argparse.Namespace) -> int:
    db = _open_database(args)
    from ispdesk.db import migrate
    current = migrate.current_revision(db)
    head = migrate.head_revision(db)
    state = "up to date" if current == head else f"behind head {head}: run `ispdesk db upgrade`"
    print(f"{current or 'empty (no revision)'} - {state}")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from ispdesk.services.database import prepare
    from ispdesk.services.demo import generate
    db = _open_database(args)
    prepare(db, backup_folder=data_dir() / "backups")
    report = generate(db, customers=args.customers, if_empty=args.if_empty, seed=args.seed,
                      progress=None if args.quiet else _print_progress)
    print(report)
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from ispdesk.services import users
    from ispdesk.services.database import prepare
    from ispdesk.db.unit_of_work import write
    password = args.password
    if password is None:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            raise UserError("the two passwords differ")
    db = _open_database(args)
    prepare(db, backup_folder=data_dir() / "backups")
    user_id = write(db, lambda s: users.add_user(s, None, username=args.username, name=args.name or args.username,
                                                  role=args.role, password=password))
    print(f"user {args.username} ({args.role}) added with id {user_id}")
    return 0


def cmd_stock_check(args: argparse.Namespace) -> int:
    from ispdesk.db.unit_of_work import read
    from ispdesk.services.stock_check import check, report_lines
    result = read(_open_database(args), check)
    print("\n".join(report_lines(result)))
    return 0 if result.ok else 1


def cmd_billing_run(args: argparse.Namespace) -> int:
    from ispdesk.services.billing_run import run_billing
    db = _open_database(args)
    progress = None if args.quiet else (lambda done, total: _print_progress(done, total, "subscriptions"))
    summary = run_billing(db, None, args.date, progress=progress)
    print("\n".join(summary.lines()))
    return 0 if summary.failed == 0 else 1


def cmd_billing_overdue(args: argparse.Namespace) -> int:
    from ispdesk.db.unit_of_work import write
    from ispdesk.domain.money import format_rupiah
    from ispdesk.services.overdue import mark_overdue
    result = write(_open_database(args), lambda s: mark_overdue(s, None, args.date))
    print(f"{result.marked} invoices marked overdue; late fee added to {result.late_fees} "
          f"({format_rupiah(result.late_fee_total)})")
    return 0


def cmd_contracts_renew(args: argparse.Namespace) -> int:
    from ispdesk.db.unit_of_work import write
    from ispdesk.services import audit, contracts
    summary = write(_open_database(args), lambda s: contracts.renew_due(s, None, args.date),
                    info=audit.actor_info(None, contracts.MODULE))
    print("\n".join(summary.lines()))
    return 0


def cmd_invoices_print(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ispdesk.db.unit_of_work import read
    from ispdesk.printing.invoice import render_invoices
    from ispdesk.services import invoice_documents as docs
    db = _open_database(args)
    where = docs.InvoiceFilter(period=args.period, statuses=tuple(args.status or ()))
    ids = read(db, lambda s: docs.find_invoice_ids(s, None, where))
    if not ids:
        raise UserError(f"no invoices for period {args.period}")
    progress = None if args.quiet else (lambda done, total: _print_progress(done, total, "invoices"))
    out = Path(args.out)
    if args.one_file and out.suffix.lower() != ".pdf":
        out = out / f"invoices-{args.period}.pdf"
    result = docs.export_invoices(db, None, ids, out, render_invoices, one_file=args.one_file, progress=progress)
    print(f"{result.count} invoices written to {out}")
    return 0


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_open(args: argparse.Namespace) -> int:
    from ispdesk.app import run
    return run(database=args.database)


def _print_progress(done: int, total: int, what: str) -> None:
    print(f"\r{what}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ispdesk", description="ISPDesk front-office program")
    parser.add_argument("--version", action="version", version=f"ISPDesk {__version__}")
    parser.add_argument("--database", help="database URL (default: ISPDESK_DATABASE_URL, settings, or SQLite)")
    parser.set_defaults(handler=cmd_open)
    sub = parser.add_subparsers(dest="command")

    db = sub.add_parser("db", help="database schema").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="back up (SQLite) and apply pending migrations").set_defaults(
        handler=cmd_db_upgrade)
    db.add_parser("current", help="show the schema revision").set_defaults(handler=cmd_db_current)

    demo = sub.add_parser("demo-data", help="fill the database with realistic Indonesian demo data")
    demo.add_argument("--customers", type=int, default=300, help="how many customers (up to 200000 and more)")
    demo.add_argument("--if-empty", action="store_true", help="do nothing when customers exist already")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")
    demo.add_argument("--quiet", action="store_true")
    demo.set_defaults(handler=cmd_demo_data)

    user = sub.add_parser("user", help="users").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="add a user (the password is asked for)")
    add.add_argument("username")
    add.add_argument("--role", required=True,
                     choices=["admin", "supervisor", "cashier", "sales", "warehouse", "technician", "hr"])
    add.add_argument("--name")
    add.add_argument("--password", help=argparse.SUPPRESS)
    add.set_defaults(handler=cmd_user_add)

    stock = sub.add_parser("stock", help="warehouse stock").add_subparsers(dest="stock_command", required=True)
    stock.add_parser("check", help="verify every item's quantity equals the sum of its movements "
                                   "(exit 1 when one differs)").set_defaults(handler=cmd_stock_check)
    billing = sub.add_parser("billing", help="monthly billing").add_subparsers(dest="billing_command", required=True)
    run = billing.add_parser("run", help="invoice every subscription due on the date (idempotent)")
    run.add_argument("--date", type=_iso_date, default=date.today(), help="bill up to this day, YYYY-MM-DD (today)")
    run.add_argument("--quiet", action="store_true")
    run.set_defaults(handler=cmd_billing_run)
    overdue = billing.add_parser("overdue", help="mark invoices past their due date overdue, add late fees")
    overdue.add_argument("--date", type=_iso_date, default=date.today(), help="as of this day, YYYY-MM-DD (today)")
    overdue.set_defaults(handler=cmd_billing_overdue)
    contracts = sub.add_parser("contracts", help="contracts").add_subparsers(dest="contracts_command",
                                                                              required=True)
    renew = contracts.add_parser("renew", help="renew every auto-renew contract whose end date has come "
                                               "(idempotent: a second run renews nothing)")
    renew.add_argument("--date", type=_iso_date, default=date.today(),
                       help="renew what ends on or before this day, YYYY-MM-DD (today)")
    renew.set_defaults(handler=cmd_contracts_renew)
    invoices = sub.add_parser("invoices", help="invoice documents").add_subparsers(dest="invoices_command",
                                                                                  required=True)
    printing = invoices.add_parser("print", help="write a period's invoices as PDFs (one per invoice, or one file)")
    printing.add_argument("--period", required=True, help="YYYY-MM")
    printing.add_argument("--out", required=True, help="folder (or, with --one-file, a .pdf path or a folder)")
    printing.add_argument("--one-file", action="store_true", help="every invoice in one PDF")
    printing.add_argument("--status", action="append", choices=["unpaid", "partial", "paid", "overdue", "cancelled"],
                          help="only invoices with this status (repeatable; default: all but cancelled)")
    printing.add_argument("--quiet", action="store_true")
    printing.set_defaults(handler=cmd_invoices_print)
    return parser


def _explain(exc: BaseException) -> str:
    if isinstance(exc, (UserError, ISPDeskError)):
        return str(exc)
    if isinstance(exc, OperationalError | DBAPIError):
        orig = getattr(exc, "orig", None)
        detail = orig.args[-1] if orig is not None and getattr(orig, "args", None) else str(exc).splitlines()[0]
        return f"cannot use the database: {detail}"
    return f"{type(exc).__name__}: {exc}"


def main(argv: Sequence[str] | None = None) -> int:
    clock.pin_from_environment()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("ispdesk: interrupted", file=sys.stderr)
        return 130
    except (UserError, ISPDeskError, DBAPIError) as exc:
        print(f"ispdesk: {_explain(exc)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
