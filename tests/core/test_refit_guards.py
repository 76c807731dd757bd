"""Guards of the refit, each a scan of the source that names file:line of
what breaks the rule:

- nothing in ispdesk/ reads the wall clock but ispdesk/domain/clock.py;
- in ispdesk/ui only ui/ops.py runs tasks or opens units of work;
- our errors carry declared messages, never English text;
- nobody imports the old ispdesk.ui.service_messages;
- errors refuse bare strings."""
from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

import ispdesk
from ispdesk.domain import errors

PACKAGE = Path(ispdesk.__file__).parent
ROOT = PACKAGE.parent
TESTS = ROOT / "tests"

CLOCK = PACKAGE / "domain" / "clock.py"
OPS = PACKAGE / "ui" / "ops.py"

#: (object, method) calls that read the wall clock.
WALL_CLOCK = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
              ("QDate", "currentDate"), ("QDateTime", "currentDateTime"), ("QDateTime", "currentDateTimeUtc"),
              ("QTime", "currentTime"), ("time", "localtime")}


def sources(folder: Path) -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(folder.rglob("*.py")):
        if "__pycache__" not in path.parts:
            yield path, parsed(path)


@functools.lru_cache(maxsize=None)
def parsed(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{node.lineno}"


def dotted(node: ast.AST) -> list[str]:
    """``a.b.c`` -> ["a", "b", "c"]; [] for anything that is not a plain name chain."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Attribute):
        head = dotted(node.value)
        return head + [node.attr] if head else []
    return []


def calls(tree: ast.AST) -> Iterator[tuple[ast.Call, list[str]]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node, dotted(node.func)


def report(what: str, found: list[str]) -> str:
    """The findings in file and line order, one a line."""
    def order(line: str) -> tuple[str, int]:
        path, number = line.split(":")[:2]
        return path, int(number)
    lines = sorted(set(found), key=order)
    return f"{len(lines)} {what}:\n" + "\n".join(lines)


def test_nothing_reads_the_wall_clock_but_the_office_clock() -> None:
    found = []
    for path, tree in sources(PACKAGE):
        if path == CLOCK:
            continue
        for node, name in calls(tree):
            if len(name) >= 2 and (name[-2], name[-1]) in WALL_CLOCK:
                found.append(f"{where(path, node)}: {'.'.join(name)}() (use ispdesk.domain.clock)")
    assert not found, report("wall-clock reads outside ispdesk/domain/clock.py", found)


def test_only_ui_ops_runs_tasks_and_units_of_work_in_the_ui() -> None:
    found = []
    for path, tree in sources(PACKAGE / "ui"):
        if path == OPS:
            continue
        unit_names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "ispdesk.db.unit_of_work":
                for alias in node.names:
                    if alias.name in ("write", "read"):
                        unit_names.add(alias.asname or alias.name)
                        found.append(f"{where(path, node)}: imports {alias.name} from ispdesk.db.unit_of_work")
            elif isinstance(node, ast.ImportFrom) and node.module == "ispdesk.db" and \
                    any(alias.name == "unit_of_work" for alias in node.names):
                unit_names.update({"unit_of_work.write", "unit_of_work.read"})
        for node, name in calls(tree):
            text = ".".join(name)
            if len(name) >= 2 and name[-1] == "run" and name[-2] in ("runner", "_runner", "task_runner"):
                found.append(f"{where(path, node)}: {text}() (use WriteOp/QueryOp/JobOp of ispdesk.ui.ops)")
            elif text in unit_names or text.endswith(("unit_of_work.write", "unit_of_work.read")):
                found.append(f"{where(path, node)}: {text}() (use WriteOp/QueryOp/JobOp of ispdesk.ui.ops)")
    assert not found, report("tasks or units of work run outside ispdesk/ui/ops.py", found)


def error_classes() -> set[str]:
    """Names of ISPDeskError and every class of ispdesk/ derived from it."""
    names = {cls.__name__ for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.ISPDeskError)}
    classes = [node for _path, tree in sources(PACKAGE) for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for node in classes:
            if node.name not in names and any(dotted(base)[-1:] and dotted(base)[-1] in names for base in node.bases):
                names.add(node.name)
                grew = True
    return names


def is_text(node: ast.AST | None) -> bool:
    """A string literal, an f-string, a concatenation or formatting of one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return is_text(node.left) or is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return is_text(node.func.value)
    if isinstance(node, ast.IfExp):
        return is_text(node.body) or is_text(node.orelse)
    return False


def texts_in(argument: ast.AST) -> list[ast.AST]:
    """The English texts an error argument carries: itself, or a dict's values."""
    if is_text(argument):
        return [argument]
    if isinstance(argument, ast.Dict):
        return [value for value in argument.values if is_text(value)]
    return []


def test_errors_are_raised_with_declared_messages_not_text() -> None:
    """``ConflictError("…")``, ``ValidationError({"f": f"…"})``, and the same
    through a variable of the function: ``errors["f"] = "…"`` or
    ``message = f"…"`` then ``raise ConflictError(message)``."""
    names = error_classes()
    assert {"ValidationError", "ConflictError", "PermissionDenied", "NotFound"} <= names
    found = []
    for path, tree in sources(PACKAGE):
        scopes = [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for scope in [tree, *scopes]:
            passed: dict[str, str] = {}                    # variable -> the error class it is given to
            for node, name in calls(scope):
                if not name or name[-1] not in names:
                    continue
                arguments = list(node.args) + [k.value for k in node.keywords if k.arg in ("message", "errors")]
                for argument in arguments:
                    for text in texts_in(argument):
                        found.append(f"{where(path, node)}: {name[-1]}({ast.unparse(text)[:70]})")
                    if isinstance(argument, ast.Name):
                        passed[argument.id] = name[-1]
            if not passed or scope is tree:
                continue
            for node in ast.walk(scope):
                if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
                    continue
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    base = target.value if isinstance(target, ast.Subscript) else target
                    if isinstance(base, ast.Name) and base.id in passed:
                        for text in (texts_in(node.value) if isinstance(target, ast.Name) else
                                     [node.value] if is_text(node.value) else []):
                            found.append(f"{where(path, node)}: {ast.unparse(target)} = {ast.unparse(text)[:60]} "
                                         f"(given to {passed[base.id]})")
    assert not found, report("errors made with English text instead of a declared message", found)


def test_nobody_imports_the_old_service_messages() -> None:
    found = []
    for folder in (PACKAGE, TESTS):
        for path, tree in sources(folder):
            for node in ast.walk(tree):
                if isinstance(node, ast.Import) and any(a.name == "ispdesk.ui.service_messages" for a in node.names):
                    found.append(f"{where(path, node)}: import ispdesk.ui.service_messages")
                elif isinstance(node, ast.ImportFrom) and (
                        node.module == "ispdesk.ui.service_messages"
                        or (node.module == "ispdesk.ui" and any(a.name == "service_messages" for a in node.names))):
                    found.append(f"{where(path, node)}: from {node.module} import …")
    assert not found, report("imports of ispdesk.ui.service_messages (errors carry their messages)", found)
    assert not (PACKAGE / "ui" / "service_messages.py").exists(), "ispdesk/ui/service_messages.py is still there"


def test_errors_refuse_bare_strings() -> None:
    for error in (errors.ISPDeskError, errors.ConflictError, errors.NotFound, errors.PermissionDenied):
        with pytest.raises(TypeError):
            error("Invoice INV-1 is paid already.")
    with pytest.raises(TypeError):
        errors.ValidationError({"amount": "too little"})
    with pytest.raises(TypeError):
        errors.ValidationError("too little", field="amount")
