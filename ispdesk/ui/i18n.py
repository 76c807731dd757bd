"""The language of the program: Bahasa Indonesia or English.

Strings are English in the code, wrapped in ``tr()``; the Indonesian text comes
from ``resources/translations/ispdesk_id.qm``. The language is chosen before the
first window opens: the choice saved on this workstation, else Indonesian when
the system locale is Indonesian, else English. A new choice applies the next
time the program starts.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ispdesk.config import LocalSettings
from ispdesk.paths import resources_dir

INDONESIAN = "id"
ENGLISH = "en"
#: Language code -> its name in that language (what the choice shows).
LANGUAGES: dict[str, str] = {INDONESIAN: "Bahasa Indonesia", ENGLISH: "English"}


#: Context of the messages the services raise (ValidationError, ConflictError…).
MESSAGES_CONTEXT = "Messages"
#: Context of the texts of the table specs: tab and column titles, help, choices.
SPECS_CONTEXT = "Specs"


def translations_dir() -> Path:
    """``resources/translations`` beside the package (or inside a PyInstaller bundle)."""
    return resources_dir() / "translations"


def system_language(locale: QLocale | None = None) -> str:
    locale = locale or QLocale.system()
    return INDONESIAN if locale.language() == QLocale.Language.Indonesian else ENGLISH


def saved_language() -> str | None:
    """The language saved on this workstation, if any."""
    language = LocalSettings.load().language
    return language if language in LANGUAGES else None


def choose_language(saved: str | None = None, locale: QLocale | None = None) -> str:
    """``saved`` when it is a known language, else what the system locale suggests."""
    return saved if saved in LANGUAGES else system_language(locale)


def current_language() -> str:
    """The language the program speaks now (set by :meth:`Language.switch`)."""
    return system_language(QLocale())


def save_language(language: str) -> None:
    """Remember ``language`` on this workstation (used from the next start)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    settings = LocalSettings.load()
    settings.language = language
    settings.save()


class Language:
    """Installs the translator of one language into the application and can
    switch to another one (windows opened later use the new language)."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.current = ENGLISH

    def uninstall(self) -> None:
        """Remove the translator again (the source texts show)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None

    def switch(self, language: str) -> bool:
        """Use ``language`` from now on; False when its translation is missing
        (the program then speaks English). English loads ``ispdesk_en.qm`` too:
        it holds only the plural forms ("1 invoice", "2 invoices")."""
        self.uninstall()
        translator = QTranslator(self._app)
        loaded = language in LANGUAGES and translator.load(f"ispdesk_{language}", str(translations_dir()))
        if loaded:
            self._app.installTranslator(translator)
            self._translator = translator
        self.current = language if loaded else ENGLISH
        if self.current == INDONESIAN:
            QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return loaded or language == ENGLISH


def install_language(app: QCoreApplication, language: str | None = None) -> Language:
    """Install ``language`` (default: :func:`choose_language` of the saved choice)."""
    chosen = Language(app)
    chosen.switch(language or choose_language(saved_language()))
    return chosen


def spec_text(text: str) -> str:
    """A title, help text or choice (in words) of a :class:`TableSpec` in the
    program's language; listed for translation in :mod:`ispdesk.ui.service_messages`."""
    return QCoreApplication.translate(SPECS_CONTEXT, text) if text else text


@lru_cache(maxsize=1)
def _message_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The service messages with values in them ("The user name {0} is taken
    already."), each with a pattern that matches its English text."""
    from ispdesk.ui.service_messages import MESSAGES

    patterns = []
    for template in MESSAGES:
        if "{0}" not in template:
            continue
        parts = re.split(r"\{\d+\}", template)
        pattern = "(.+?)".join(re.escape(part) for part in parts)
        patterns.append((template, re.compile(pattern, re.DOTALL)))
    # the most specific first: "{0} is {1}; it cannot become {2}." before "{0} is required."
    patterns.sort(key=lambda item: -len(re.sub(r"\{\d+\}", "", item[0])))
    return tuple(patterns)


def _value_text(value: str) -> str:
    """A value inside a message: a spec title ("Name") or a status ("draft") in
    the program's language, anything else (a number, a name) as it is."""
    translated = spec_text(value)
    if translated != value or not value.replace("_", "").isalpha():
        return translated
    words = value.replace("_", " ")
    translated = spec_text(words[:1].upper() + words[1:])
    if translated.lower() == words.lower():
        return value
    return translated.lower() if value.islower() else translated


def translate_message(text: str) -> str:
    """A message of the services (English) in the program's language.

    The services speak English; their messages are listed in
    :mod:`ispdesk.ui.service_messages` (written by
    ``resources/translations/extract_messages.py``) and translated in the
    "Messages" context. A message with values (a name, a number) is matched
    against its template and the values are put into the translation."""
    if not text:
        return text
    translated = QCoreApplication.translate(MESSAGES_CONTEXT, text)
    if translated != text:
        return translated
    for template, pattern in _message_patterns():
        match = pattern.fullmatch(text)
        if match:
            translated = QCoreApplication.translate(MESSAGES_CONTEXT, template)
            if translated != template:   # the values may be titles or choices of the specs: "Name" -> "Nama"
                return translated.format(*(_value_text(value) for value in match.groups()))
            return text
    return text
