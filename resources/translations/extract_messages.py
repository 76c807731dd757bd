"""Write ``ispdesk/ui/service_messages.py``: the texts pyside6-lupdate cannot
find by itself, marked with ``QT_TRANSLATE_NOOP`` so it can.

* "Specs": the titles, help texts and choices (in words) of every TableSpec and
  every enum value in words; the UI shows them through ``i18n.spec_text``.
* The module-level ``_tr(text)`` helpers of UI modules (a function returning
  ``QCoreApplication.translate(CONTEXT, text)``): every literal they are
  called with, and the literals passed to a function of the same module that
  hands one of its parameters to ``_tr``, under the helper's context.
* "Messages": the messages the services raise (ValidationError, ConflictError,
  PermissionDenied…), read from the source with ``ast``. An f-string becomes a
  template with ``{0}``, ``{1}``… for its values; ``i18n.translate_message``
  matches the English text against it and puts the values into the translation.

Run before ``pyside6-lupdate`` (from the repository root)::

    .venv/bin/python resources/translations/extract_messages.py
    .venv/bin/pyside6-lupdate $(find ispdesk -name '*.py') -ts resources/translations/ispdesk_id.ts \
        resources/translations/ispdesk_en.ts
"""
from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "ispdesk" / "ui" / "service_messages.py"
SOURCES = ("ispdesk/services", "ispdesk/domain", "ispdesk/db")
BASE_ERRORS = {"ISPDeskError", "ValidationError", "PermissionDenied", "NotFound", "ConflictError",
               "AuthenticationError", "DatabaseUnavailable", "_Invalid"}
MESSAGE_FUNCTIONS = ("problem", "_message", "reason")


def _trees() -> Iterator[tuple[Path, ast.Module]]:
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def error_classes(trees: list[tuple[Path, ast.Module]]) -> set[str]:
    """Our error classes and every class derived from one of them."""
    names = set(BASE_ERRORS)
    grown = True
    while grown:
        grown = False
        for _path, tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        isinstance(b, ast.Name) and b.id in names for b in node.bases):
                    names.add(node.name)
                    grown = True
    return names


def template(node: ast.AST) -> str | None:
    """The text of a string constant, or an f-string with ``{0}``, ``{1}``… for its values."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts, index = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            else:
                parts.append(f"{{{index}}}")
                index += 1
        return "".join(parts)
    return None


def _is_message(text: str) -> bool:
    letters = text.replace("{0}", "").replace("{1}", "")
    return " " in text and any(ch.isalpha() for ch in letters) and text[:1].isupper() | text[:1].isdigit() \
        | text.startswith("{")


def _strings(node: ast.AST) -> Iterator[str]:
    """The messages in ``node``: whole strings and f-strings, not the pieces of one."""
    text = template(node)
    if text is not None:
        if _is_message(text):
            yield text
        return
    for child in ast.iter_child_nodes(node):
        yield from _strings(child)


def service_messages() -> list[str]:
    trees = list(_trees())
    errors = error_classes(trees)
    found: dict[str, None] = {}
    for _path, tree in trees:
        for node in tree.body:   # module constants such as WRONG_CREDENTIALS = "Wrong user name or password."
            if isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) and t.id.isupper() for t in node.targets):
                text = template(node.value)
                if text and _is_message(text) and text.rstrip().endswith((".", "!", "?")):
                    found[text] = None
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                func = node.exc.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in errors:
                    for arg in [*node.exc.args, *(k.value for k in node.exc.keywords if k.arg != "field")]:
                        found.update(dict.fromkeys(_strings(arg)))
            elif isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and "error" in t.value.id
                    for t in node.targets):
                found.update(dict.fromkeys(_strings(node.value)))
            elif isinstance(node, ast.FunctionDef) and any(node.name.endswith(s) for s in MESSAGE_FUNCTIONS):
                for child in ast.walk(node):
                    if isinstance(child, ast.Return) and child.value is not None:
                        found.update(dict.fromkeys(_strings(child.value)))
    return list(found)


def spec_texts() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from ispdesk.domain import enums
    from ispdesk.services.modules import SPECS
    from ispdesk.ui.format import humanise

    texts: dict[str, None] = {}
    for spec in SPECS.values():
        texts[spec.title] = None
        for column in spec.columns:
            texts[column.title] = None
            if column.help:
                texts[column.help] = None
            texts.update(dict.fromkeys(humanise(choice) for choice in column.choices))
    for value in vars(enums).values():
        if isinstance(value, type) and issubclass(value, enums.StrEnum) and value is not enums.StrEnum:
            texts.update(dict.fromkeys(humanise(member.value) for member in value))
    return [text for text in texts if text]


def action_texts() -> list[str]:
    """Titles and tooltips of the buttons the UI packages add to module tabs
    (``TabAction``): the tab translates them in the "ModuleActions" context."""
    sys.path.insert(0, str(ROOT))
    from ispdesk.ui import module_actions

    texts: dict[str, None] = {}
    for module in sorted(_registered(module_actions)):
        for action in module_actions.actions_for(module):
            texts.update(dict.fromkeys(t for t in (action.title, action.tooltip) if t))
    return list(texts)


def _registered(module_actions: object) -> list[str]:
    module_actions._load_providers()  # type: ignore[attr-defined]
    return list(module_actions._registry)  # type: ignore[attr-defined]


def _helper_context(tree: ast.Module) -> str | None:
    """The context of the module's ``_tr`` helper, None when it has none."""
    constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                 and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                 for t in n.targets if isinstance(t, ast.Name)}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate" and call.args:
                    first = call.args[0]
                    if isinstance(first, ast.Constant):
                        return first.value
                    if isinstance(first, ast.Name):
                        return constants.get(first.id)
    return None


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


#: The texts of Qt's standard buttons (OK, Cancel, Yes, No… in message boxes and
#: button boxes): Qt ships no Indonesian translation, so ours carries them.
QT_STANDARD_BUTTONS = ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
                       "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "Restore Defaults")


def helper_texts() -> dict[str, list[str]]:
    """context -> the texts of the UI modules' ``_tr`` helpers (see the module
    docstring), and Qt's standard buttons under "QPlatformTheme"."""
    out: dict[str, dict[str, None]] = {"QPlatformTheme": dict.fromkeys(QT_STANDARD_BUTTONS)}
    for path in sorted((ROOT / "ispdesk" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        context = _helper_context(tree)
        if context is None:
            continue
        texts = out.setdefault(context, {})
        forwarded: dict[str, list[str]] = {}     # function -> its parameters that reach _tr
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            params = [a.arg for a in function.args.args]
            for call in ast.walk(function):
                if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "_tr" and call.args \
                        and isinstance(call.args[0], ast.Name) and call.args[0].id in params:
                    forwarded.setdefault(function.name, []).append(call.args[0].id)
        params_of = {f.name: [a.arg for a in f.args.args] for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)}
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            name = getattr(call.func, "id", "")
            if name == "_tr" and call.args and _literal(call.args[0]):
                texts[_literal(call.args[0])] = None
            for param in forwarded.get(name, ()):
                index = params_of[name].index(param)
                given = call.args[index] if index < len(call.args) else next(
                    (k.value for k in call.keywords if k.arg == param), None)
                if given is not None and _literal(given):
                    texts[_literal(given)] = None
    return {context: list(texts) for context, texts in sorted(out.items()) if texts}


def render(specs: list[str], messages: list[str], actions: list[str],
           helpers: dict[str, list[str]] | None = None) -> str:
    def block(context: str, texts: list[str]) -> str:
        return "\n".join(f"    QT_TRANSLATE_NOOP({context!r}, {text!r})," for text in texts)

    return (
        '"""Written by resources/translations/extract_messages.py: do not edit.\n\n'
        "The texts of the table specs and the messages of the services, marked for\n"
        'pyside6-lupdate; translated at run time by ispdesk.ui.i18n."""\n'
        "from PySide6.QtCore import QT_TRANSLATE_NOOP\n\n"
        f"SPEC_TEXTS: tuple[str, ...] = (\n{block('Specs', specs)}\n)\n\n"
        f"MESSAGES: tuple[str, ...] = (\n{block('Messages', messages)}\n)\n\n"
        f"ACTION_TEXTS: tuple[str, ...] = (\n{block('ModuleActions', actions)}\n)\n\n"
        "#: (context, text) of the UI helpers and of Qt's standard buttons.\n"
        "HELPER_TEXTS: tuple[tuple[str, str], ...] = (\n"
        + "\n".join(f"    ({context!r}, QT_TRANSLATE_NOOP({context!r}, {text!r})),"
                    for context, texts in (helpers or {}).items() for text in texts) + "\n)\n"
    )


def main() -> int:
    specs, messages, actions, helpers = spec_texts(), service_messages(), action_texts(), helper_texts()
    OUT.write_text(render(specs, messages, actions, helpers), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(specs)} spec texts, {len(messages)} service messages, "
          f"{len(actions)} tab action texts, {sum(map(len, helpers.values()))} texts of UI helpers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
