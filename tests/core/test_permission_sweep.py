"""Every declared operation refuses an actor who has no rights, before it
reads or writes anything; every public service function that acts for
somebody is declared; the system actor may do everything and is audited;
approvals are permissions."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

import ispdesk.services
from ispdesk.db import written
from ispdesk.db.engine import Database
from ispdesk.db.models import AuditLog, Base, Package
from ispdesk.db.unit_of_work import read, write
from ispdesk.domain.actor import Actor, Workstation
from ispdesk.domain.errors import PermissionDenied
from ispdesk.services import audit, records
from ispdesk.services.modules import SPECS
from ispdesk.services.permissions import NO_ACTOR, REGISTRY, Operation, require_approver
from tests.support.actors import add_user, role_actor

ROOT = Path(ispdesk.services.__file__).parents[2]

#: Public functions that take an actor (after the session) but are not
#: operations of their own, and why.
NOT_OPERATIONS = {
    "ispdesk.services.audit.record": "writes the audit row of an operation that was checked already "
                                     "(and of a login, before anybody is signed in)",
}


def service_modules() -> Iterator[ModuleType]:
    """Every module under ispdesk.services, imported (which fills the REGISTRY)."""
    for info in pkgutil.walk_packages(ispdesk.services.__path__, "ispdesk.services."):
        yield importlib.import_module(info.name)


def all_operations() -> dict[str, Operation]:
    for _module in service_modules():
        pass
    return dict(REGISTRY)


def row_counts(session: Session) -> dict[str, int]:
    """Rows of every table, in one statement."""
    tables = Base.metadata.sorted_tables
    query = sa.union_all(*(sa.select(sa.literal(t.name).label("name"), sa.func.count().label("n")).select_from(t)
                           for t in tables))
    return {name: n for name, n in session.execute(query)}


def arguments(op: Operation, session: Session, db: Database) -> tuple[list[Any], dict[str, Any]]:
    """The call of ``op`` by nobody: the session (or the Database), Actor.nobody()
    for the actor, the declared example where there is one, else None; a
    parameter with a default keeps it."""
    positional: list[Any] = []
    named: dict[str, Any] = {}
    parameters = list(inspect.signature(op.function).parameters.values())
    for index, parameter in enumerate(parameters):
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if index == 0 and parameter.name != op.actor_parameter:
            is_db = parameter.name == "db" or "Database" in str(parameter.annotation)
            value: Any = db if is_db else session
        elif parameter.name == op.actor_parameter:
            value = Actor.nobody()
        elif parameter.name in op.example:
            value = op.example[parameter.name]
        elif parameter.default is not parameter.empty:
            continue
        else:
            value = None
        if parameter.kind is parameter.POSITIONAL_ONLY:
            positional.append(value)
        else:
            named[parameter.name] = value
    return positional, named


def sweep(db: Database, operations: dict[str, Operation]) -> list[str]:
    """Call every operation as nobody; what did not refuse cleanly."""
    problems: list[str] = []
    before = read(db, row_counts)
    for name, op in sorted(operations.items()):
        with db.sessions() as session:
            session.begin()
            try:
                with written.tracking() as tables:
                    args, kwargs = arguments(op, session, db)
                    try:
                        op.function(*args, **kwargs)
                    except PermissionDenied as exc:
                        if exc.code not in ("permission.denied", "permission.no_actor"):
                            problems.append(f"{name}: refused with {exc.code}")
                    except Exception as exc:  # noqa: BLE001 - every other outcome is a finding
                        problems.append(f"{name}: raised {type(exc).__name__}: {exc} instead of PermissionDenied")
                    else:
                        problems.append(f"{name}: ran for an actor with no rights")
                if tables:
                    problems.append(f"{name}: wrote {sorted(tables)} before refusing")
                in_transaction = row_counts(session)
            finally:
                session.rollback()
        committed = read(db, row_counts)
        for counts in (in_transaction, committed):
            changed = {t: (before[t], counts[t]) for t in before if counts.get(t) != before[t]}
            if changed:
                problems.append(f"{name}: changed row counts {changed}")
                before = committed
                break
    return problems


def test_the_registry_is_filled_by_importing_the_services() -> None:
    operations = all_operations()
    assert len(operations) > 50
    assert all(op.qualname == name for name, op in operations.items())


def test_every_operation_refuses_an_actor_without_rights_and_writes_nothing(db: Database) -> None:
    operations = all_operations()
    problems = sweep(db, operations)
    assert not problems, f"{len(problems)} of {len(operations)} operations:\n" + "\n".join(problems)


def test_every_public_service_function_that_acts_for_somebody_is_an_operation() -> None:
    """A public function of ispdesk.services.* taking ``(session or db, actor, …)``
    declares its permission with @operation."""
    missing = []
    for module in service_modules():
        if module.__name__ == "ispdesk.services.permissions":
            continue                                       # the mechanism itself
        for name, function in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(function) or function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters)
            qualified = f"{module.__name__}.{name}"
            if "actor" not in parameters or parameters[0] == "actor" or qualified in NOT_OPERATIONS:
                continue                                   # a predicate or helper of the actor itself
            if getattr(function, "__ispdesk_operation__", None) is None or qualified not in REGISTRY:
                code = inspect.unwrap(function).__code__
                where = Path(code.co_filename).relative_to(ROOT)
                missing.append(f"{where}:{code.co_firstlineno}: {qualified}")
    assert not missing, f"{len(missing)} public service functions with an actor are not declared " \
                        f"with @operation:\n" + "\n".join(sorted(missing))


def test_the_sweep_notices_an_operation_that_runs_or_writes_before_refusing(db: Database) -> None:
    """The sweep itself: an unchecked function and one that writes, then refuses, are both named."""
    def unchecked(session: Session, actor: Actor, code: str) -> None:
        session.add(Package(code=code, name="Home 10 Mbps", speed_mbps=10, monthly_price=Decimal("100000")))
        session.flush()

    def writes_then_refuses(session: Session, actor: Actor) -> None:
        unchecked(session, actor, "HOME-11")
        raise PermissionDenied(NO_ACTOR())

    def commits_then_refuses(db: Database, actor: Actor) -> None:
        write(db, lambda s: unchecked(s, actor, "HOME-12"))
        raise PermissionDenied(NO_ACTOR())

    fakes = {name: Operation(function=function, qualname=name, permission=("packages", "create"),
                             example={"code": "HOME-10"})
             for name, function in (("fake.unchecked", unchecked), ("fake.writes_then_refuses", writes_then_refuses),
                                    ("fake.commits_then_refuses", commits_then_refuses))}
    problems = sweep(db, fakes)
    assert problems == [
        "fake.commits_then_refuses: wrote ['packages'] before refusing",
        "fake.commits_then_refuses: changed row counts {'packages': (0, 1)}",
        "fake.unchecked: ran for an actor with no rights",
        "fake.unchecked: wrote ['packages'] before refusing",
        "fake.unchecked: changed row counts {'packages': (1, 2)}",          # counted from the committed one
        "fake.writes_then_refuses: wrote ['packages'] before refusing",
        "fake.writes_then_refuses: changed row counts {'packages': (1, 2)}",
    ]


def test_the_system_actor_may_do_everything_and_is_audited_as_the_system(db: Database) -> None:
    desk = Workstation(host="server-1", address="10.0.0.2", program="ispdesk billing")
    system = Actor.system(desk)
    assert system.is_system and system.user_id is None and system.username == "system"
    operations = all_operations()
    needed = {op.permission for op in operations.values() if op.permission is not None}
    assert all(system.can(*permission) for permission in needed)
    values = {"code": "HOME-100", "name": "Home 100 Mbps", "speed_mbps": 100, "monthly_price": Decimal("450000")}
    package_id = write(db, lambda s: records.save(s, system, SPECS["packages"], None, values),
                       info=audit.actor_info(system, "packages"))
    assert read(db, lambda s: s.get(Package, package_id).code) == "HOME-100"
    rows = read(db, lambda s: s.execute(sa.select(AuditLog.user_id, AuditLog.action, AuditLog.model_type,
                                                  AuditLog.user_agent, AuditLog.ip_address)).all())
    assert rows == [(None, "create", "packages", "ispdesk billing (server-1)", "10.0.0.2")]


def test_approvals_need_the_approve_permission_not_a_role_name(db: Database) -> None:
    with pytest.raises(PermissionDenied) as nobody:
        require_approver(None, "purchase_orders")
    assert nobody.value.code == "permission.no_actor"
    cashier = add_user(db, "kasir1", "cashier")
    with pytest.raises(PermissionDenied) as refused:
        require_approver(cashier, "purchase_orders")
    assert refused.value.code == "permission.not_an_approver"
    boss = add_user(db, "spv1", "supervisor")
    assert require_approver(boss, "purchase_orders") is boss
    # a role called "supervisor" without the permission is refused; a clerk granted it approves
    stripped = Actor(user_id=boss.user_id, username="spv1", name="Spv1", role="supervisor",
                     permissions=boss.permissions - {("purchase_orders", "approve")})
    with pytest.raises(PermissionDenied):
        require_approver(stripped, "purchase_orders")
    clerk = role_actor("warehouse")
    granted = Actor(user_id=None, username="gudang", name="Gudang", role="warehouse",
                    permissions=clerk.permissions | {("purchase_orders", "approve")})
    assert require_approver(granted, "purchase_orders") is granted
    assert require_approver(Actor.system(), "purchase_orders").is_system
