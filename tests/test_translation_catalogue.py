"""The translation catalogue (resources/translations) and the script that
builds it (update.py): every declared message has its Indonesian text, found
in the real .qm by its code (the disambiguation) and, for a plural, by ``n``;
the .qm is what the .ts says. (No unfinished message or spec word, and no
English on any screen: tests/ui/test_no_english.py.)"""
from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import ispdesk
from ispdesk.domain import messages
from ispdesk.ui import i18n

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "resources" / "translations"


def _load_update():
    spec = importlib.util.spec_from_file_location("translations_update", HERE / "update.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module          # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


update = _load_update()


def declared() -> dict[str, messages.MessageTemplate]:
    """Every message the program declares (each module imported once)."""
    for info in pkgutil.walk_packages(ispdesk.__path__, "ispdesk."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    return messages.registered()


def names(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.fixture(scope="module")
def indonesian_qm(qapp):
    translator = QTranslator()
    assert translator.load("ispdesk_id", str(i18n.translations_dir()))
    return translator


def test_every_declared_message_has_an_indonesian_translation_with_its_values(indonesian_qm):
    templates = declared()
    assert len(templates) > 100
    missing, broken = [], []
    for code, template in sorted(templates.items()):
        n = 2 if template.plural else -1
        text = indonesian_qm.translate(messages.MESSAGES_CONTEXT, template.text, code, n)
        if not text:
            missing.append(f"{code}: {template.text}")
        elif names(text) != template.names or (template.plural and "%n" not in text):
            broken.append(f"{code}: {template.text} -> {text}")
    assert missing == [], f"{len(missing)} declared messages have no Indonesian translation"
    assert broken == [], "translations that lost or misspelt a {value} or %n"


def test_a_declared_message_is_found_by_its_code_and_a_plural_by_n(qapp, indonesian_qm):
    templates = declared()
    QCoreApplication.installTranslator(indonesian_qm)
    try:
        singular = [t for t in templates.values() if not t.plural and not t.names and
                    indonesian_qm.translate(messages.MESSAGES_CONTEXT, t.text, t.code)]
        assert singular
        for template in singular[:20]:
            translated = QCoreApplication.translate(messages.MESSAGES_CONTEXT, template.text, template.code)
            assert translated == indonesian_qm.translate(messages.MESSAGES_CONTEXT, template.text, template.code)
            assert translated != template.text
        plural = [t for t in templates.values() if t.plural and
                  indonesian_qm.translate(messages.MESSAGES_CONTEXT, t.text, t.code, 3)]
        assert plural
        for template in plural:
            for n in (1, 3):
                text = QCoreApplication.translate(messages.MESSAGES_CONTEXT, template.text, template.code, n)
                assert str(n) in text and "%n" not in text and text != template.text.replace("%n", str(n))
    finally:
        QCoreApplication.removeTranslator(indonesian_qm)


def test_one_english_text_under_two_codes_keeps_two_translations(tmp_path, qapp):
    """lrelease keeps the <comment> (the code) when one English text has two
    entries, so each code finds its own translation."""
    catalogue = update.Catalogue("id_ID", {"version": "2.1", "language": "id_ID"}, {})
    for code, translation in (("a.opened", "{name} dibuka."), ("b.opened", "{name} sudah terbuka.")):
        catalogue.add(update.Entry("Messages", "{name} is open.", code, translation=[translation], state=""))
    catalogue.add(update.Entry("Messages", "%n line(s) read.", "c.lines", numerus=True,
                               translation=["%n baris dibaca."], state=""))
    ts, qm = tmp_path / "two_id.ts", tmp_path / "two_id.qm"
    update.write_ts(catalogue, ts)
    subprocess.run([str(update.BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Messages", "{name} is open.", "a.opened") == "{name} dibuka."
    assert translator.translate("Messages", "{name} is open.", "b.opened") == "{name} sudah terbuka."
    assert translator.translate("Messages", "%n line(s) read.", "c.lines", 5) == "%n baris dibaca."


def test_the_program_renders_a_declared_message_and_a_plural_one_in_indonesian(qapp):
    templates = declared()
    language = i18n.Language(qapp)
    assert language.switch("id")
    try:
        required = templates["records.required"]
        assert required(field=messages.word("Name")).render() == "Nama wajib diisi."
        plural = next(t for t in templates.values() if t.plural and QCoreApplication.translate(
            messages.MESSAGES_CONTEXT, t.text, t.code, 4) != t.text.replace("%n", "4"))
        values = {name: "X" for name in plural.names}
        shown = plural(count=4, **values).render()
        assert "4" in shown and shown != plural.text.replace("%n", "4").format(**values)
    finally:
        language.switch("en")
        language.uninstall()


def test_english_plural_forms_come_from_the_english_catalogue(qapp):
    templates = declared()
    language = i18n.Language(qapp)
    assert language.switch("en")
    try:
        plural = [t for t in templates.values() if t.plural and "(s)" in t.text]
        assert plural
        for template in plural:
            values = {name: "X" for name in template.names}
            one, two = template(count=1, **values).render(), template(count=2, **values).render()
            assert "(s)" not in one and "(s)" not in two and one != two, template.code
    finally:
        language.uninstall()


def test_the_qm_files_are_what_the_ts_files_say(tmp_path):
    for ts in (update.TS_ID, update.TS_EN):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(update.BIN / "pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                       check=True)
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run update.py: {qm.name} is stale"


def test_the_ts_file_is_read_and_written_back_unchanged(tmp_path):
    for ts in (update.TS_ID, update.TS_EN):
        copy = tmp_path / ts.name
        update.write_ts(update.read_ts(ts), copy)
        assert copy.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8")


def test_english_plural_forms_and_the_tsv_escapes():
    assert update.english_forms("%n payment(s) refer to this invoice.") == \
        ["%n payment refer to this invoice.", "%n payments refer to this invoice."]
    assert update.english_forms("%n box(es)") == ["%n box", "%n boxes"]
    assert update.unescape(r"Line one\nLine\ttwo \\n") == "Line one\nLine\ttwo \\n"
    assert update.unescape(update.escape("a\nb\tc\\d")) == "a\nb\tc\\d"


def test_incoming_lines_fill_the_catalogue_and_unknown_ones_are_reported(tmp_path):
    tsv = tmp_path / "area.tsv"
    tsv.write_text("# a comment line\n"
                   "Messages\tInvoice {number} is paid already.\tpayments.already_paid\tTagihan {number} sudah lunas.\n"
                   "Messages\t%n payment(s) refer to it.\tinvoices.payments_refer\t%n pembayaran merujuk ke sana.\n"
                   "Specs\tPartially received\t\tDiterima sebagian\n"
                   "Specs\tNowhere in the code\t\tTidak ada\n"
                   "Specs\tGone\t\tHilang lagi\n"
                   "Specs\tthree columns\tonly\n", encoding="utf-8")
    problems: list[str] = []
    lines = update.read_tsv(tsv, problems)
    assert problems == ["area.tsv:7: 3 columns instead of 4"]
    catalogue = update.Catalogue("id_ID", {"version": "2.1", "language": "id_ID"}, {})
    update.merge_extras(catalogue, [
        update.Extra("Messages", "Invoice {number} is paid already.", "payments.already_paid", [("a.py", "3")]),
        update.Extra("Messages", "%n payment(s) refer to it.", "invoices.payments_refer", [("a.py", "4")]),
        update.Extra("Specs", "Partially received")])
    stale = update.Entry("Specs", "Gone", translation=["Hilang"], state=update.VANISHED)
    revived = update.Entry("Specs", "Draft", translation=["Draf"], state=update.VANISHED)
    catalogue.add(stale)
    catalogue.add(revived)
    update.merge_extras(catalogue, [update.Extra("Specs", "Draft", "", [("b.py", "9")])])
    filled, unmatched = update.fill_indonesian(catalogue, lines, problems)
    assert (filled, [line.source for line in unmatched]) == (3, ["Nowhere in the code", "Gone"])
    assert update.drop_vanished(catalogue) == 1
    entries = catalogue.index()
    assert entries["Messages", "Invoice {number} is paid already.", "payments.already_paid"].translation == \
        ["Tagihan {number} sudah lunas."]
    plural = entries["Messages", "%n payment(s) refer to it.", "invoices.payments_refer"]
    assert plural.numerus and plural.translation == ["%n pembayaran merujuk ke sana."] and plural.state == ""
    assert entries["Specs", "Draft", ""].translated and entries["Specs", "Draft", ""].locations == [("b.py", "9")]
    assert ("Specs", "Gone", "") not in entries
    written = tmp_path / "out.ts"
    update.write_ts(catalogue, written)
    assert update.read_ts(written).index().keys() == entries.keys()


def test_update_builds_the_catalogue_from_the_code_and_the_incoming_files(tmp_path, monkeypatch, qapp):
    """The whole run on copies, while another run holds the lock at first:
    lupdate, the declared messages, an incoming translation, a vanished entry
    dropped, lrelease; the .qm translates by code."""
    work = tmp_path / "translations"
    (work / "incoming").mkdir(parents=True)
    for name in ("ispdesk_id.ts", "ispdesk_en.ts", "qt_dialogs.tsv"):
        shutil.copy(HERE / name, work / name)
    template = declared()["records.required"]
    ts = (work / "ispdesk_id.ts").read_text(encoding="utf-8")
    ts = ts.replace("</TS>", "<context>\n    <name>Specs</name>\n    <message>\n        <source>A word nobody uses"
                    "</source>\n        <translation>Kata</translation>\n    </message>\n</context>\n</TS>")
    (work / "ispdesk_id.ts").write_text(ts, encoding="utf-8")
    (work / "incoming" / "test.tsv").write_text(
        f"Messages\t{template.text}\t{template.code}\t{{field}} harus ada (uji).\n", encoding="utf-8")
    for name, value in {"HERE": work, "TS_ID": work / "ispdesk_id.ts", "TS_EN": work / "ispdesk_en.ts",
                        "INCOMING": work / "incoming", "QT_TEXTS": work / "qt_dialogs.tsv",
                        "LOCK": work / ".lock"}.items():
        monkeypatch.setattr(update, name, value)
    # someone else is updating: this run waits for the lock before it touches a file
    import fcntl
    import threading
    asked = threading.Event()

    class Flock:
        LOCK_EX = fcntl.LOCK_EX

        @staticmethod
        def flock(fd, operation):
            asked.set()
            return fcntl.flock(fd, operation)

    monkeypatch.setattr(update, "fcntl", Flock)
    before = (work / "ispdesk_id.ts").read_bytes()
    results: list[int] = []
    with (work / ".lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        runner = threading.Thread(target=lambda: results.append(update.main([])))
        runner.start()
        assert asked.wait(60)
        runner.join(0.5)
        assert runner.is_alive() and (work / "ispdesk_id.ts").read_bytes() == before
        fcntl.flock(held, fcntl.LOCK_UN)
    runner.join(120)
    assert results == [0]
    catalogue = update.read_ts(work / "ispdesk_id.ts")
    entries = catalogue.index()
    assert ("Specs", "A word nobody uses", "") not in entries
    assert entries["Messages", template.text, template.code].translation == ["{field} harus ada (uji)."]
    assert all(("Messages", t.text, t.code) in entries for t in declared().values())
    assert entries["QPlatformTheme", "Cancel", ""].translation == ["Batal"]
    translator = QTranslator()
    assert translator.load(str(work / "ispdesk_id.qm"))
    assert translator.translate("Messages", template.text, template.code) == "{field} harus ada (uji)."
    english = update.read_ts(work / "ispdesk_en.ts")
    assert all(e.numerus and len(e.translation) == 2 and e.state == "" for e in english.entries())
    assert not re.search(r"\.(id|en)\.work\.ts", " ".join(p.name for p in work.iterdir()))
