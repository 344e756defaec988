"""Analyst messages that stay translatable: an English template with named arguments, rendered at the QGIS boundary.

Core has no Qt, so it cannot translate. It builds each message with ``tr("template {name}", name=value)``: the
result is a :class:`Message`, a ``str`` holding the English text (logs, tests and ``str(exc)`` stay English) that
also keeps its template and arguments, so the QGIS side can render it again through ``QCoreApplication.translate``.
The marker is spelled ``tr`` because pylupdate5 extracts ``tr("...")`` calls from any .py file into the
``@default`` context of i18n/*.ts, which is the plugin's translation context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

Translate = Callable[[str], str]

_ONE_LINE = re.compile(r"\s*[\r\n]+\s*")


class Message(str):
    """English text that remembers its template and arguments (arguments may be Messages themselves)."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, **args: Any) -> Message:
        self = super().__new__(cls, template.format(**args))
        self.template = template
        self.args = args
        return self

    def __reduce__(self):  # keep the template through pickling (errors cross process boundaries in tests)
        return (_rebuild, (self.template, self.args))

    def render(self, translate: Translate) -> str:
        """The message in the language of ``translate`` (English placeholders filled with rendered arguments)."""
        args = {k: render(v, translate) if isinstance(v, (str, BaseException)) else v for k, v in self.args.items()}
        try:
            return translate(self.template).format(**args)
        except (KeyError, IndexError, ValueError):  # a translation with broken placeholders: English, not a crash
            return self.template.format(**args)


def _rebuild(template: str, args: dict[str, Any]) -> Message:
    return Message(template, **args)


def tr(template: str, **args: Any) -> Message:
    """Mark ``template`` for translation and fill it (``{name}`` placeholders, never an f-string)."""
    return Message(template, **args)


def QT_TRANSLATE_NOOP(context: str, template: str) -> str:  # noqa: N802 - the name pylupdate5 recognises
    """Mark a template kept in a table (filled later with ``tr(template, ...)``) for extraction; returns it."""
    return template


def plain(text: str) -> Message:
    """Text that is not translated (file names, fragments of the input) as a Message."""
    return Message("{text}", text=text)


def joined(parts: Iterable[str], sep: str = ", ") -> Message:
    """Parts (Messages or text) joined by ``sep``; each part is rendered on its own."""
    parts = list(parts)
    names = {f"p{i}": part for i, part in enumerate(parts)}
    return Message(sep.replace("{", "{{").replace("}", "}}").join("{" + n + "}" for n in names), **names)


def render(text: Any, translate: Translate) -> str:
    """``text`` translated when it is a Message (or an exception carrying one), else as it is."""
    message = message_of(text) if isinstance(text, BaseException) else text
    if isinstance(message, Message):
        return message.render(translate)
    return str(message)


def message_of(exc: BaseException) -> str:
    """The Message an exception carries (``exc.message`` or its one argument), else ``str(exc)``."""
    message = getattr(exc, "message", None)
    if isinstance(message, Message):
        return message
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


def one_line(text: str) -> str:
    """Whatever the input held, one line."""
    return _ONE_LINE.sub(" ", text)
