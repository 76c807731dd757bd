"""The ``ispdesk`` command. No arguments opens the program; subcommands manage
the database, demo data and users. A user mistake is one clear line on stderr
and exit status 2, never a traceback.

Every command acts as the system actor of this machine
(``Actor.system(Workstation.this_machine(...))``: all rights, audited as
"system"), runs the office clock in the office's time zone and speaks the
office's language (setting ``ui.language``; ``--language`` overrides it), so
its messages and the documents it prints read as the program's do."""
from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from sqlalchemy.exc import DBAPIError, OperationalError

from ispdesk import APP_NAME, __version__
from ispdesk.adapters import secrets
from ispdesk.config import data_dir, database_url, secure_local_files
from ispdesk.db.engine import Database
from ispdesk.domain import clock
from ispdesk.domain.actor import Actor, Workstation
from ispdesk.domain.errors import DatabaseUnavailable, ISPDeskError, ValidationError
from ispdesk.domain.messages import message, render
from ispdesk.paths import private_umask

PASSWORDS_DIFFER = message("cli.passwords_differ", "The two passwords differ.")
NO_INVOICES = message("cli.no_invoices", "There are no invoices for period {period}.")
CANNOT_USE_DATABASE = message("cli.cannot_use_database", "Cannot use the database: {detail}")
USER_ADDED = message("cli.user_added", "User {username} ({role}) added with id {id}.")
OVERDUE_MARKED = message("cli.overdue_marked", "As of {day}: %n invoice(s) marked overdue; late fee added to "
                                               "{late_fees} ({total}).")
INVOICES_WRITTEN = message("cli.invoices_written", "%n invoice(s) written to {path}.")
INTERRUPTED = message("cli.interrupted", "Interrupted.")
#: The program name the audit log shows for what the command line does.
PROGRAM = f"{APP_NAME} {__version__} (command line)"


class UserError(ISPDeskError):
    """Something the user can fix; printed as one line."""


def system_actor() -> Actor:
    """Who the command line acts as: the system, on this machine."""
    return Actor.system(Workstation.this_machine(PROGRAM))


def _open_database(args: argparse.Namespace) -> Database:
    """Open the database; run the office clock in the office's zone and speak the
    office's language when it is set up (before ``db upgrade``: WIB, and the
    language of ``--language`` or English)."""
    from ispdesk.db.unit_of_work import read
    from ispdesk.services import office_settings
    url = args.database or database_url()
    secure_local_files(url)
    db = Database.open(url)
    try:
        settings = read(db, office_settings.get_settings)
    except DBAPIError:  # not set up yet; a server that cannot be reached raises DatabaseUnavailable
        settings = {}
    office_settings.apply_zone(settings.get("office.time_zone"))
    _speak(settings.get("ui.language"))
    return db


#: What undoes the language the command speaks (a process that calls main()
#: twice, the tests, starts afresh each time).
_undo_language: list[Callable[[], None]] = []


def _speak(language: str | None) -> None:
    """Speak ``language`` (``id``/``en``) in this command's messages and printed
    documents: Qt's translator in a QCoreApplication, as the window does. The
    first language asked for stays (``--language`` before the office's)."""
    from ispdesk.ui import i18n
    if _undo_language or language not in i18n.LANGUAGES:
        return
    from PySide6.QtCore import QCoreApplication, QLocale

    from ispdesk.domain import messages
    app = QCoreApplication.instance()
    made = app is None
    if app is None:
        app = QCoreApplication([sys.argv[0] if sys.argv else "ispdesk"])
    (translator, indonesian), locale = messages.installed_translator(), QLocale()
    spoken = i18n.install_language(app, language)

    def undo() -> None:
        spoken.uninstall()
        messages.install_translator(translator, indonesian=indonesian)
        QLocale.setDefault(locale)
        if made:   # a program that opens a window after main() makes its own QApplication
            app.shutdown()

    _undo_language.append(undo)


@contextmanager
def speaking(language: str | None = None) -> Iterator[None]:
    """A block that speaks ``language`` (or, when None, whatever the block's
    :func:`_open_database` finds in the office's settings); undone at the end."""
    _speak(language)
    try:
        yield
    finally:
        while _undo_language:
            _undo_language.pop()()


def _day(args: argparse.Namespace) -> date:
    """``--date``, or the office clock's today (read after the zone is set)."""
    return args.date or clock.today()


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
    report = generate(db, system_actor(), customers=args.customers, if_empty=args.if_empty, seed=args.seed,
                      progress=None if args.quiet else _print_progress)
    print(report)
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from ispdesk.db.unit_of_work import write
    from ispdesk.services import audit, users
    from ispdesk.services.database import prepare
    password = args.password
    if password is None:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            raise UserError(PASSWORDS_DIFFER())
    db = _open_database(args)
    prepare(db, backup_folder=data_dir() / "backups")
    actor = system_actor()
    user_id = write(db, lambda s: users.add_user(s, actor, username=args.username, name=args.name or args.username,
                                                  role=args.role, password=password),
                    info=audit.actor_info(actor, "users"))
    print(render(USER_ADDED(username=users.normalize_username(args.username), role=args.role, id=user_id)))
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
    summary = run_billing(db, system_actor(), _day(args), progress=progress)
    print("\n".join(str(line) for line in summary.lines()))
    return 0 if summary.failed == 0 else 1


def cmd_billing_overdue(args: argparse.Namespace) -> int:
    from ispdesk.db.unit_of_work import write
    from ispdesk.domain.money import format_rupiah
    from ispdesk.services import audit
    from ispdesk.services.overdue import mark_overdue
    db, actor = _open_database(args), system_actor()
    day = _day(args)
    result = write(db, lambda s: mark_overdue(s, actor, day), info=audit.actor_info(actor, "invoices"))
    print(render(OVERDUE_MARKED(count=result.marked, day=day, late_fees=result.late_fees,
                                total=format_rupiah(result.late_fee_total))))
    return 0


def cmd_contracts_renew(args: argparse.Namespace) -> int:
    from ispdesk.db.unit_of_work import write
    from ispdesk.services import audit, contracts
    db, actor = _open_database(args), system_actor()
    day = _day(args)
    summary = write(db, lambda s: contracts.renew_due(s, actor, day), info=audit.actor_info(actor, contracts.MODULE))
    print("\n".join(str(line) for line in summary.lines()))
    return 0


def cmd_invoices_print(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ispdesk.db.unit_of_work import read
    from ispdesk.printing.invoice import render_invoices
    from ispdesk.services import invoice_documents as docs
    db, actor = _open_database(args), system_actor()
    where = docs.InvoiceFilter(period=args.period, statuses=tuple(args.status or ()))
    ids = read(db, lambda s: docs.find_invoice_ids(s, actor, where))
    if not ids:
        raise UserError(NO_INVOICES(period=args.period))
    progress = None if args.quiet else (lambda done, total: _print_progress(done, total, "invoices"))
    out = Path(args.out)
    if args.one_file and out.suffix.lower() != ".pdf":
        out = out / f"invoices-{args.period}.pdf"
    result = docs.export_invoices(db, actor, ids, out, render_invoices, one_file=args.one_file, progress=progress)
    print(render(INVOICES_WRITTEN(count=result.count, path=str(out))))
    return 0


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_open(args: argparse.Namespace) -> int:
    from ispdesk.app import run
    return run(database=args.database, language=args.language)


def _print_progress(done: int, total: int, what: str) -> None:
    print(f"\r{what}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ispdesk", description="ISPDesk front-office program")
    parser.add_argument("--version", action="version", version=f"ISPDesk {__version__}")
    parser.add_argument("--database", help="database URL (default: ISPDESK_DATABASE_URL, settings, or SQLite)")
    parser.add_argument("--language", choices=["id", "en"],
                        help="the language of messages and printed documents (default: the office's, setting ui.language)")
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
    run.add_argument("--date", type=_iso_date, help="bill up to this day, YYYY-MM-DD (the office's today)")
    run.add_argument("--quiet", action="store_true")
    run.set_defaults(handler=cmd_billing_run)
    overdue = billing.add_parser("overdue", help="mark invoices past their due date overdue, add late fees")
    overdue.add_argument("--date", type=_iso_date, help="as of this day, YYYY-MM-DD (the office's today)")
    overdue.set_defaults(handler=cmd_billing_overdue)
    contracts = sub.add_parser("contracts", help="contracts").add_subparsers(dest="contracts_command",
                                                                              required=True)
    renew = contracts.add_parser("renew", help="renew every auto-renew contract whose end date has come "
                                               "(idempotent: a second run renews nothing)")
    renew.add_argument("--date", type=_iso_date,
                       help="renew what ends on or before this day, YYYY-MM-DD (the office's today)")
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
    """One line: a refusal's own message (``str(exc)``, in the office's language),
    or why the database cannot be used."""
    database = exc if isinstance(exc, DBAPIError) else None
    if isinstance(exc, DatabaseUnavailable) and isinstance(exc.__cause__, DBAPIError):
        database = exc.__cause__
    if database is not None:
        orig = getattr(database, "orig", None)
        detail = orig.args[-1] if orig is not None and getattr(orig, "args", None) else str(database).splitlines()[0]
        return render(CANNOT_USE_DATABASE(detail=str(detail)))
    if isinstance(exc, ValidationError):
        return str(exc)
    return str(exc).replace("\n", " ")


def main(argv: Sequence[str] | None = None) -> int:
    clock.pin_from_environment()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    # whatever the program and SQLite create is owner-only (see ispdesk.paths)
    with private_umask(), speaking(None if handler is cmd_open else args.language):
        try:
            return handler(args)
        except KeyboardInterrupt:
            print(f"ispdesk: {render(INTERRUPTED())}", file=sys.stderr)
            return 130
        except (ISPDeskError, DBAPIError) as exc:
            print(f"ispdesk: {_explain(exc)}", file=sys.stderr)
            return 2
        finally:
            notice = secrets.take_notice()   # a password went to a plain file: said once
            if notice is not None:
                print(f"ispdesk: {render(notice)}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
