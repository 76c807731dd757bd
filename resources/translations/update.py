"""Bring the translation catalogue up to date with the code, in one command
(from the repository root)::

    .venv/bin/python resources/translations/update.py

Several people may run it at once: it works under a lock
(``resources/translations/.lock``). It

1. runs ``pyside6-lupdate`` over ``ispdesk/**/*.py`` into ``ispdesk_id.ts``
   (every text) and ``ispdesk_en.ts`` (plural texts only: the English
   singular/plural forms), keeping the translations already there;
2. adds what lupdate cannot find, read from the source with ``ast`` or from the
   imported specs:

   * every ``message("code", "text")`` declaration (context ``Messages``, the
     code as the disambiguation, a plural entry when the text has ``%n``);
   * every ``word("Text")`` and ``status_word("value")`` literal, the titles,
     help texts and choices (in words) of every ``TableSpec`` and every enum
     value in words (context ``Specs``, see ``domain.messages.humanised``);
   * the titles and tooltips of the tab actions (context ``ModuleActions``);
   * the literals handed to the module-level ``_tr`` helpers of the UI (under
     the helper's context);
   * Qt's own texts we translate because Qt ships no Indonesian: the
     standard buttons and the texts of the file, print and page-setup dialogs
     (``qt_dialogs.tsv`` beside this script, with their translation);
3. fills in the translations of every ``incoming/*.tsv`` (UTF-8, four
   tab-separated columns ``context, source, disambiguation, indonesian``,
   ``\\n`` and ``\\t`` for a newline and a tab) into ``ispdesk_id.ts``, and
   the English plural forms ("%n payment" / "%n payments" from
   "%n payment(s)") into ``ispdesk_en.ts``;
4. drops the entries the code no longer has (lupdate's "vanished");
5. runs ``pyside6-lrelease`` to write ``ispdesk_id.qm`` and ``ispdesk_en.qm``
   (unfinished entries are left out).

It prints what is still untranslated and the lines of the incoming files that
match no text of the code (a changed source text, a wrong context or code).
``--check`` exits with 1 when a ``Messages`` or ``Specs`` text is untranslated.
"""
from __future__ import annotations

import argparse
import ast
import fcntl
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGE = ROOT / "ispdesk"
BIN = ROOT / ".venv" / "bin"
TS_ID = HERE / "ispdesk_id.ts"
TS_EN = HERE / "ispdesk_en.ts"
INCOMING = HERE / "incoming"
#: Qt's own texts (dialogs, standard buttons): declared and translated here, kept for good.
QT_TEXTS = HERE / "qt_dialogs.tsv"
LOCK = HERE / ".lock"

MESSAGES = "Messages"
SPECS = "Specs"
ACTIONS = "ModuleActions"
#: A translation is one of these states in the .ts ("" = finished).
UNFINISHED, VANISHED, OBSOLETE = "unfinished", "vanished", "obsolete"


# --------------------------------------------------------------------------- the .ts files


@dataclass
class Entry:
    """One ``<message>`` of a .ts file."""

    context: str
    source: str
    comment: str = ""                       # the disambiguation (a message's code)
    numerus: bool = False
    locations: list[tuple[str, str]] = field(default_factory=list)   # (file relative to the .ts, line)
    oldsource: str | None = None
    oldcomment: str | None = None
    extracomment: str | None = None
    translatorcomment: str | None = None
    translation: list[str] = field(default_factory=lambda: [""])      # numerus: one text per form
    state: str = UNFINISHED

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    @property
    def translated(self) -> bool:
        return self.state == "" and any(self.translation)


@dataclass
class Catalogue:
    language: str
    attributes: dict[str, str]
    contexts: dict[str, list[Entry]]

    def entries(self) -> Iterator[Entry]:
        for entries in self.contexts.values():
            yield from entries

    def index(self) -> dict[tuple[str, str, str], Entry]:
        return {entry.key: entry for entry in self.entries()}

    def add(self, entry: Entry) -> None:
        self.contexts.setdefault(entry.context, []).append(entry)


def _text(element: ET.Element | None) -> str | None:
    return None if element is None else (element.text or "")


def read_ts(path: Path) -> Catalogue:
    root = ET.parse(path).getroot()
    catalogue = Catalogue(root.get("language", ""), dict(root.attrib), {})
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        entries = catalogue.contexts.setdefault(name, [])
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            numerus = message.get("numerus") == "yes"
            entries.append(Entry(
                context=name, source=message.findtext("source") or "",
                comment=message.findtext("comment") or "", numerus=numerus,
                locations=[(loc.get("filename", ""), loc.get("line", "")) for loc in message.findall("location")],
                oldsource=_text(message.find("oldsource")), oldcomment=_text(message.find("oldcomment")),
                extracomment=_text(message.find("extracomment")),
                translatorcomment=_text(message.find("translatorcomment")),
                translation=[f.text or "" for f in forms] if numerus else [_text(translation) or ""],
                state=translation.get("type", "") if translation is not None else UNFINISHED))
    return catalogue


def _protect(text: str) -> str:
    """Escape as Qt's own .ts writer does (so lupdate and this script write the same file)."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (code < 0x20 or (code > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f"&#x{code:x};")
        else:
            out.append(ch)
    return "".join(out)


def write_ts(catalogue: Catalogue, path: Path) -> None:
    attributes = "".join(f' {name}="{_protect(value)}"' for name, value in catalogue.attributes.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attributes}>"]
    for name in sorted(catalogue.contexts):
        entries = catalogue.contexts[name]
        if not entries:
            continue
        lines += ["<context>", f"    <name>{_protect(name)}</name>"]
        for entry in entries:
            lines.append('    <message numerus="yes">' if entry.numerus else "    <message>")
            lines += [f'        <location filename="{_protect(file)}" line="{line}"/>'
                      for file, line in entry.locations]
            lines.append(f"        <source>{_protect(entry.source)}</source>")
            for tag in ("oldsource", "comment", "oldcomment", "extracomment", "translatorcomment"):
                value = getattr(entry, tag)
                if value is not None and (tag != "comment" or value):
                    lines.append(f"        <{tag}>{_protect(value)}</{tag}>")
            state = f' type="{entry.state}"' if entry.state else ""
            if entry.numerus:
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{_protect(form)}</numerusform>" for form in entry.translation]
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{state}>{_protect(entry.translation[0])}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    _replace(path, "\n".join(lines) + "\n")


def _replace(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all (someone may be reading it)."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                     delete=False) as tmp:
        tmp.write(text)
    os.replace(tmp.name, path)


# --------------------------------------------------------------------------- what lupdate cannot find


@dataclass
class Extra:
    """A text the code uses that lupdate does not see."""

    context: str
    source: str
    comment: str = ""
    locations: list[tuple[str, str]] = field(default_factory=list)
    translation: str | None = None          # Qt's own texts come with theirs

    @property
    def numerus(self) -> bool:
        return "%n" in self.source

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def _where(path: Path, node: ast.AST) -> tuple[str, str]:
    return os.path.relpath(path, HERE), str(node.lineno)


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _called(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def humanised(value: str) -> str:
    """As ``domain.messages.humanised``: ``"partially_received"`` -> ``"Partially received"``."""
    words = str(value).replace("_", " ")
    return words[:1].upper() + words[1:]


def python_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def declared_texts(trees: dict[Path, ast.Module], problems: list[str]) -> list[Extra]:
    """``message("code", "text")``, ``word("Text")`` and ``status_word("value")`` with literal arguments."""
    found: list[Extra] = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called(node)
            if name == "message" and len(node.args) == 2 and not node.keywords:
                code, text = (_literal(arg) for arg in node.args)
                if code is None or text is None:
                    if path.name != "messages.py":
                        problems.append(f"{_where(path, node)}: message() without literal code and text")
                    continue
                found.append(Extra(MESSAGES, text, code, [_where(path, node)]))
            elif name == "word" and len(node.args) == 1 and _literal(node.args[0]) is not None:
                found.append(Extra(SPECS, _literal(node.args[0]), "", [_where(path, node)]))
            elif name == "status_word" and len(node.args) == 1 and _literal(node.args[0]) is not None:
                found.append(Extra(SPECS, humanised(_literal(node.args[0])), "", [_where(path, node)]))
    codes: dict[str, str] = {}
    for extra in found:
        if extra.context == MESSAGES and codes.setdefault(extra.comment, extra.source) != extra.source:
            problems.append(f"message code {extra.comment} is declared with two texts")
    return found


def _helper_context(tree: ast.Module) -> str | None:
    """The context of the module's ``_tr`` helper, None when it has none."""
    constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                 and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                 for t in n.targets if isinstance(t, ast.Name)}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and _called(call) == "translate" and call.args:
                    first = call.args[0]
                    if isinstance(first, ast.Constant):
                        return first.value
                    if isinstance(first, ast.Name):
                        return constants.get(first.id)
    return None


def helper_texts(trees: dict[Path, ast.Module]) -> list[Extra]:
    """The literals given to a UI module's ``_tr(text)`` helper (a function that
    returns ``QCoreApplication.translate(CONTEXT, text)``), and those given to a
    function of the same module that hands one of its parameters to ``_tr``."""
    found: list[Extra] = []
    for path, tree in trees.items():
        if PACKAGE / "ui" not in path.parents:
            continue
        context = _helper_context(tree)
        if context is None:
            continue
        functions = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)]
        params_of = {f.name: [a.arg for a in f.args.args] for f in functions}
        forwarded: dict[str, list[str]] = {}       # function -> its parameters that reach _tr
        for function in functions:
            for call in ast.walk(function):
                if isinstance(call, ast.Call) and _called(call) == "_tr" and call.args \
                        and isinstance(call.args[0], ast.Name) and call.args[0].id in params_of[function.name]:
                    forwarded.setdefault(function.name, []).append(call.args[0].id)
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
                continue
            name = call.func.id
            if name == "_tr" and call.args and _literal(call.args[0]):
                found.append(Extra(context, _literal(call.args[0]), "", [_where(path, call)]))
            for param in forwarded.get(name, ()):
                index = params_of[name].index(param)
                given = call.args[index] if index < len(call.args) else next(
                    (k.value for k in call.keywords if k.arg == param), None)
                if _literal(given):
                    found.append(Extra(context, _literal(given), "", [_where(path, call)]))
    return found


def _literal_places(trees: dict[Path, ast.Module]) -> dict[str, tuple[str, str]]:
    """Every string literal of the package -> where it first stands (for the locations of imported texts)."""
    places: dict[str, tuple[str, str]] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            text = _literal(node)
            if text and text not in places:
                places[text] = _where(path, node)
    return places


def imported_texts(trees: dict[Path, ast.Module]) -> list[Extra]:
    """The words of the specs and enums (``Specs``) and the tab actions'
    titles and tooltips (``ModuleActions``), read from the imported code."""
    sys.path.insert(0, str(ROOT))
    from ispdesk.domain import enums
    from ispdesk.services.modules import SPECS as TABLE_SPECS
    from ispdesk.ui import module_actions

    places = _literal_places(trees)

    def extra(context: str, text: str, raw: str | None = None) -> Extra:
        place = places.get(text) or places.get(raw or "")
        return Extra(context, text, "", [place] if place else [])

    found: list[Extra] = []
    for spec in TABLE_SPECS.values():
        found.append(extra(SPECS, spec.title))
        for column in spec.columns:
            found.append(extra(SPECS, column.title))
            if column.help:
                found.append(extra(SPECS, column.help))
            found += [extra(SPECS, humanised(choice), choice) for choice in column.choices if choice]
            found += [extra(SPECS, title) for _value, title in getattr(column, "choice_titles", ()) if title]
    for value in vars(enums).values():
        if isinstance(value, type) and issubclass(value, enums.StrEnum) and value is not enums.StrEnum:
            found += [extra(SPECS, humanised(member.value), member.value) for member in value]
    module_actions._load_providers()
    for module in sorted(module_actions._registry):
        for action in module_actions.actions_for(module):
            found += [extra(ACTIONS, text) for text in (action.title, action.tooltip) if text]
    return [item for item in found if item.source]


def unescape(text: str) -> str:
    """``\\n`` -> newline, ``\\t`` -> tab, ``\\\\`` -> backslash (the TSV convention)."""
    return re.sub(r"\\([nt\\])", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}[m.group(1)], text)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


@dataclass
class Line:
    file: str
    number: int
    context: str
    source: str
    comment: str
    translation: str

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_tsv(path: Path, problems: list[str]) -> list[Line]:
    lines = []
    for number, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        columns = raw.split("\t")
        if len(columns) != 4:
            problems.append(f"{path.name}:{number}: {len(columns)} columns instead of 4")
            continue
        context, source, comment, translation = (unescape(c) for c in columns)
        if not translation.strip():
            continue
        lines.append(Line(path.name, number, context.strip(), source, comment.strip(), translation))
    return lines


def incoming() -> list[Path]:
    """The incoming files, ours (i18n.tsv) first so an area's own translation wins."""
    files = sorted(INCOMING.glob("*.tsv")) if INCOMING.is_dir() else []
    return sorted(files, key=lambda p: (p.name != "i18n.tsv", p.name))


def english_forms(source: str) -> list[str]:
    """``"%n payment(s)"`` -> ``["%n payment", "%n payments"]`` (also "(es)")."""
    pattern = re.compile(r"\((e?s)\)")
    return [pattern.sub("", source), pattern.sub(r"\1", source)]


# --------------------------------------------------------------------------- the run


def run_lupdate(ts: Path, files: list[Path], *, plural_only: bool) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(str(f) for f in files) + "\n")
    try:
        command = [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "absolute",
                   "-disable-heuristic", "similartext", f"@{listing.name}", "-ts", str(ts)]
        if plural_only:
            command.insert(1, "-pluralonly")
        subprocess.run(command, check=True, cwd=ROOT)
    finally:
        os.unlink(listing.name)


def run_lrelease(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    tmp = qm.with_name(f".{qm.name}.tmp")
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(tmp)],
                   check=True, cwd=ROOT)
    os.replace(tmp, qm)


def merge_extras(catalogue: Catalogue, extras: Iterable[Extra]) -> None:
    """Put the texts lupdate could not see into ``catalogue``: an entry it marked
    vanished comes back with its translation; a new one is added unfinished."""
    index = catalogue.index()
    seen: set[tuple[str, str, str]] = set()
    for extra in extras:
        entry = index.get(extra.key)
        if entry is None:
            entry = Entry(extra.context, extra.source, extra.comment, extra.numerus, [],
                          translation=[""])
            catalogue.add(entry)
            index[extra.key] = entry
        if extra.key not in seen and entry.state in (VANISHED, OBSOLETE):
            entry.locations = []
        if extra.key not in seen:
            seen.add(extra.key)
            if entry.state in (VANISHED, OBSOLETE):
                entry.state = "" if any(entry.translation) else UNFINISHED
        entry.numerus = entry.numerus or extra.numerus
        for place in extra.locations:
            if place not in entry.locations:
                entry.locations.append(place)
        if extra.translation is not None and catalogue.language.startswith("id"):
            entry.translation = [extra.translation]
            entry.state = ""


def drop_vanished(catalogue: Catalogue) -> int:
    dropped = 0
    for name, entries in list(catalogue.contexts.items()):
        kept = [e for e in entries if e.state not in (VANISHED, OBSOLETE)]
        dropped += len(entries) - len(kept)
        if kept:
            catalogue.contexts[name] = kept
        else:
            del catalogue.contexts[name]
    return dropped


def fill_indonesian(catalogue: Catalogue, lines: list[Line], problems: list[str]) -> tuple[int, list[Line]]:
    """The translations of the incoming files; returns (filled, lines matching no text)."""
    index = catalogue.index()
    given: dict[tuple[str, str, str], Line] = {}
    unmatched = []
    filled = 0
    for line in lines:
        entry = index.get(line.key)
        if entry is None or entry.state in (VANISHED, OBSOLETE):     # no longer in the code
            unmatched.append(line)
            continue
        before = given.get(line.key)
        if before is not None and before.translation != line.translation:
            problems.append(f"{line.file}:{line.number} and {before.file}:{before.number} translate "
                            f"{line.source!r} ({line.context}) differently; {line.file} wins")
        given[line.key] = line
        wanted = [line.translation]
        if entry.numerus and "%n" not in line.translation and "%n" in entry.source:
            problems.append(f"{line.file}:{line.number}: the translation of {line.source!r} lost %n")
        if entry.translation != wanted or entry.state:
            filled += 1
        entry.translation, entry.state = wanted, ""
    return filled, unmatched


def fill_english(catalogue: Catalogue) -> None:
    for entry in catalogue.entries():
        if entry.numerus and (entry.state or not all(entry.translation) or len(entry.translation) != 2):
            entry.translation, entry.state = english_forms(entry.source), ""


def update(check: bool = False) -> int:
    problems: list[str] = []
    files = python_files()
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
    # everything lupdate cannot see, collected before anything is written: an import
    # error stops the run here instead of dropping the texts it would have found
    extras = declared_texts(trees, problems) + helper_texts(trees) + imported_texts(trees)
    qt_lines = read_tsv(QT_TEXTS, problems) if QT_TEXTS.exists() else []
    qt_extras = [Extra(line.context, line.source, line.comment, [], line.translation) for line in qt_lines]
    tsv_lines = [line for path in incoming() for line in read_tsv(path, problems)]

    LOCK.touch(exist_ok=True)
    with LOCK.open("r+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        work_id, work_en = (ts.with_name(f".{ts.stem}.work.ts") for ts in (TS_ID, TS_EN))
        try:
            for ts, work in ((TS_ID, work_id), (TS_EN, work_en)):
                work.write_bytes(ts.read_bytes())
            run_lupdate(work_id, files, plural_only=False)
            run_lupdate(work_en, files, plural_only=True)
            indonesian, english = read_ts(work_id), read_ts(work_en)
            for catalogue in (indonesian, english):
                for entry in catalogue.contexts.pop("", []):     # tr() outside a class: no context
                    where = ", ".join(f"{os.path.relpath(HERE / f, ROOT)}:{line}" for f, line in entry.locations)
                    problems.append(f"{where}: lupdate read tr({entry.source!r}, {entry.comment!r}) without a "
                                    "class, so without a context (an alias of QT_TRANSLATE_NOOP?): dropped")
            merge_extras(indonesian, extras + qt_extras)
            merge_extras(english, [e for e in extras + qt_extras if e.numerus])
            filled, unmatched = fill_indonesian(indonesian, tsv_lines, problems)
            fill_english(english)
            dropped = drop_vanished(indonesian)
            drop_vanished(english)
            write_ts(indonesian, TS_ID)
            write_ts(english, TS_EN)
        finally:
            for work in (work_id, work_en):
                work.unlink(missing_ok=True)
        run_lrelease(TS_ID)
        run_lrelease(TS_EN)

    entries = list(indonesian.entries())
    untranslated = [e for e in entries if not e.translated]
    print(f"ispdesk_id.ts: {len(entries)} texts, {len(untranslated)} untranslated, {dropped} dropped "
          f"(no longer in the code), {filled} filled from {len(incoming())} incoming file(s); "
          f"ispdesk_en.ts: {sum(1 for _ in english.entries())} plural texts")
    by_context: dict[str, int] = {}
    for entry in untranslated:
        by_context[entry.context] = by_context.get(entry.context, 0) + 1
    if by_context:
        print("untranslated by context: " + ", ".join(f"{c} {n}" for c, n in sorted(by_context.items())))
    for line in unmatched:
        print(f"{line.file}:{line.number}: no such text in the code: {line.context} | "
              f"{escape(line.source)} | {line.comment}")
    for problem in problems:
        print(f"problem: {problem}")
    if check and any(e.context in (MESSAGES, SPECS) for e in untranslated):
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="exit with 1 when a Messages or Specs text has no translation")
    args = parser.parse_args(argv)
    return update(check=args.check)


if __name__ == "__main__":
    sys.exit(main())
