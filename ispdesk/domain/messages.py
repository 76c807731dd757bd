"""Messages a person reads: a code, an English template with named values,
translated where it is shown, never parsed back.

A message is declared once, where it arises, at module level::

    INSUFFICIENT = message("stock.insufficient",
                           "Only {in_stock} {unit} of {item} in stock; cannot take {wanted}.")
    raise ValidationError({"quantity": INSUFFICIENT(in_stock=3, unit="pcs", item="ONT", wanted=5)})

and a plural one with Qt's ``%n`` and ``count``::

    PAYMENTS_REFER = message("invoice.payments_refer", "%n payment(s) refer to this invoice.")
    PAYMENTS_REFER(count=3)

The translation is looked up by the English template in the context
``Messages`` (the code is its disambiguation, so one English text can read
differently in two places), then the values are put in. Values that are
messages themselves (a status in words, see :func:`word`) are translated too;
dates are written the office's way (``5 Des 2026`` in Indonesian).

``domain`` has no Qt: the composition root installs the translator
(:func:`install_translator`), in the window and on the command line alike.
Without one the English templates show. ``resources/translations/
update.py`` finds every ``message(...)`` and ``word(...)`` for the
translation catalogue.
"""
from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ispdesk.domain.dates import format_date, format_datetime

MESSAGES_CONTEXT = "Messages"
#: Words of the table specs and enums: titles, statuses, choices ("Draft").
WORDS_CONTEXT = "Specs"

#: (context, source text, disambiguation, n) -> translated text, n = -1 when no plural.
Translator = Callable[[str, str, str | None, int], str]


def _identity(_context: str, text: str, _disambiguation: str | None, _n: int) -> str:
    return text


_translator: Translator = _identity
_indonesian = False


def install_translator(translator: Translator | None, *, indonesian: bool = False) -> None:
    """Translate from now on with ``translator`` (None: English templates)."""
    global _translator, _indonesian
    _translator = translator or _identity
    _indonesian = indonesian


def speaks_indonesian() -> bool:
    return _indonesian


def installed_translator() -> tuple[Translator | None, bool]:
    """The translator installed now and whether it speaks Indonesian (to put
    them back after a while: ``install_translator(translator, indonesian=indonesian)``)."""
    return (None if _translator is _identity else _translator), _indonesian


_registry: dict[str, "MessageTemplate"] = {}


def registered() -> Mapping[str, "MessageTemplate"]:
    """Every template declared so far, by code (the modules must be imported)."""
    return dict(_registry)


@dataclass(frozen=True)
class MessageTemplate:
    """A message as declared: its code, English text and context."""

    code: str
    text: str
    context: str = MESSAGES_CONTEXT

    @property
    def names(self) -> frozenset[str]:
        return frozenset(name for _lit, name, _spec, _conv in string.Formatter().parse(self.text) if name)

    @property
    def plural(self) -> bool:
        return "%n" in self.text

    def __call__(self, count: int | None = None, **params: Any) -> "Message":
        missing = self.names - set(params)
        extra = set(params) - self.names
        if missing or extra:
            raise TypeError(f"message {self.code}: missing {sorted(missing)}, unexpected {sorted(extra)}")
        if self.plural and count is None:
            raise TypeError(f"message {self.code} needs count=")
        return Message(self, dict(params), count)


@dataclass(frozen=True)
class Message:
    """A message with its values, ready to be shown in any language."""

    template: MessageTemplate
    params: dict[str, Any] = field(default_factory=dict)
    count: int | None = None

    @property
    def code(self) -> str:
        return self.template.code

    def render(self) -> str:
        """The text in the installed language."""
        return render(self)

    def __str__(self) -> str:
        return render(self)


def message(code: str, text: str) -> MessageTemplate:
    """Declare a message (module level, literal arguments: the extractor reads them)."""
    template = MessageTemplate(code, text)
    known = _registry.get(code)
    if known is not None and known.text != text:
        raise ValueError(f"message code {code!r} is declared twice with different texts")
    _registry[code] = template
    return template


def word(text: str) -> Message:
    """A word of the specs (a status, a choice, a title: ``word("Draft")``)
    as a value inside a message; translated in the ``Specs`` context."""
    return Message(MessageTemplate(f"word.{text}", text, WORDS_CONTEXT))


def humanised(value: str) -> str:
    """``"partially_received"`` -> ``"Partially received"`` (how the specs write choices)."""
    words = str(value).replace("_", " ")
    return words[:1].upper() + words[1:]


def status_word(value: Any) -> Message:
    """An enum value (``"draft"``, ``InvoiceStatus.PAID``) in words, lower case
    inside a sentence as the English writes it ("is draft")."""
    raw = getattr(value, "value", value)
    return Message(MessageTemplate(f"status.{raw}", humanised(raw), WORDS_CONTEXT), {"lower": True})


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Plain text (a printed document's word) through the installed translator."""
    return _translator(context, text, disambiguation, n)


def _value_text(value: Any) -> str:
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, datetime):
        return format_datetime(value, indonesian=_indonesian)
    if isinstance(value, date):
        return format_date(value, indonesian=_indonesian)
    if isinstance(value, (list, tuple)):
        return ", ".join(_value_text(item) for item in value)
    return str(value)


def render(msg: Message) -> str:
    """``msg`` in the installed language, its values put in."""
    template = msg.template
    if template.context == WORDS_CONTEXT:
        text = _translator(template.context, template.text, None, -1)
        if msg.params.get("lower"):
            # "Draft" -> "draft" inside a sentence, unless the translation is a proper noun (QRIS)
            text = text if text.isupper() else text[:1].lower() + text[1:]
        return text
    n = -1 if msg.count is None else int(msg.count)
    text = _translator(template.context, template.text, template.code, n)
    if msg.count is not None:
        text = text.replace("%n", str(msg.count))
    if not msg.params:
        return text
    values = {name: _value_text(value) for name, value in msg.params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        # a translation that lost or misspelt a placeholder: the English is still right
        return template.text.replace("%n", str(msg.count)).format(**values)


def join(messages: list[Message] | tuple[Message, ...], separator: str = "; ") -> str:
    return separator.join(render(m) for m in messages)


class CarriesMessage:
    """Mixin for exceptions of the domain's own checks (money, QRIS, networks,
    phones, printers) that are not refusals of an operation but say why with a
    declared message: ``message``, ``code`` and ``str()`` in the installed
    language. Mix it in before the built-in base::

        class QrisError(CarriesMessage, ValueError): ...
        raise QrisError(EMPTY)                 # a template without values
        raise QrisError(CUT_SHORT, tag="26", length=4, found=2)
    """

    message: Message

    def __init__(self, template: "MessageTemplate | Message", **values: Any) -> None:
        self.message = template if isinstance(template, Message) else template(**values)
        super().__init__(self.message.code)  # type: ignore[call-arg]

    @property
    def code(self) -> str:
        return self.message.code

    def __str__(self) -> str:
        return render(self.message)

