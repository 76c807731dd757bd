"""The language of the program: Bahasa Indonesia or English.

Strings are English in the code, wrapped in ``tr()``; the messages of the
services are declared with a code (:mod:`ispdesk.domain.messages`). The
Indonesian text comes from ``resources/translations/ispdesk_id.qm``, which
``resources/translations/update.py`` builds from the code and the incoming
translations. The language is chosen before the
first window opens: the choice saved on this workstation, else Indonesian when
the system locale is Indonesian, else English. A new choice applies the next
time the program starts.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from ispdesk.config import LocalSettings
from ispdesk.domain.messages import Message, install_translator, render
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
        install_translator(qt_translate, indonesian=self.current == INDONESIAN)
        # The system's own file and print dialogs speak the system's language; Qt's
        # dialogs speak ours (their texts are in our catalogue: qt_dialogs.tsv).
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, self.current == INDONESIAN)
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
    program's language; ``resources/translations/update.py`` lists every spec
    text for translation in the ``Specs`` context."""
    return QCoreApplication.translate(SPECS_CONTEXT, text) if text else text


def qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """The translator :mod:`ispdesk.domain.messages` uses in this program: Qt's catalogue."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translate_message(message: Message | str) -> str:
    """A message of the services (:class:`~ispdesk.domain.messages.Message`)
    in the program's language; text that is already words passes through."""
    if isinstance(message, Message):
        return render(message)
    return message
