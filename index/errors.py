"""Error types shared by the core.

Errors are split the way qutebrowser splits them: `KnownError` is the environment's fault (a
malformed bundle, an unreadable folder, a bad query) and is shown to the user plainly; anything
else is a bug, logged with its traceback and raised.

Their messages are shown in the user's language, yet the core never loads Qt: a message is
marked with `QT_TRANSLATE_NOOP` ("Errors", an English template with ``{name}`` placeholders),
which ``pyside6-lupdate`` files in the catalogues (scripts/i18n), and travels as a `Message` —
a ``str`` holding the English text (for logs and tests) that also keeps its template and
values, so the window (Qt's ``translate``) and the command line (`app.catalogue`) can say it
in their language: translate the template, then fill in the values.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "Errors"
"""The catalogues' context of the core's messages."""

Translate = Callable[[str, str], str]
"""(context, English source) → its translation; "" or the source itself when there is none."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogues; it is translated where it is shown."""
    return text


class Message(str):
    """English text that remembers its template and values, to be said in another language."""

    template: str
    values: dict

    def __new__(cls, template: str, /, **values) -> Message:
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = str(template)
        self.values = values
        return self

    def __reduce__(self):  # crosses a process boundary (the import reader) whole
        return (_message, (self.template, self.values))

    def translated(self, translate: Translate) -> str:
        return _fill(translate, self.template, self.values) or str(self)


def _message(template: str, values: dict) -> Message:
    return Message(template, **values)


def _fill(translate: Translate, template: str, values: dict) -> str:
    text = translate(CONTEXT, template) or template
    if not values:
        return text
    said = {k: say(v, translate) for k, v in values.items()}
    try:
        return text.format(**said)
    except (KeyError, IndexError, ValueError, AttributeError):  # a translation that lost a field
        try:
            return template.format(**said)
        except (KeyError, IndexError, ValueError, AttributeError):
            return ""


def say(value, translate: Translate):
    """``value`` in the language of ``translate`` when it is a `Message` or a `KnownError`;
    any other value as it is."""
    if isinstance(value, Message | KnownError):
        return value.translated(translate)
    return value


class KnownError(Exception):
    """A problem caused by the environment or the user's input, with a message fit to show.

    ``KnownError(QT_TRANSLATE_NOOP("Errors", "no note with id {ident!r}"), ident=x)``: ``str``
    of it is the English text; `translated` says it in the user's language."""

    def __init__(self, message: str = "", /, **values) -> None:
        if isinstance(message, Message) and not values:
            self.message = message
        else:
            self.message = Message(str(message), **values)
        super().__init__(self.message)

    def translated(self, translate: Translate) -> str:
        return self.message.translated(translate)


class BundleError(KnownError):
    """A bundle on disk is unusable; names the file and the problem (a template and its
    values, as for `KnownError`)."""

    def __init__(self, bundle: str, file: str, problem: str, /, **values) -> None:
        self.bundle = bundle
        self.file = file
        problem = (
            problem
            if isinstance(problem, Message) and not values
            else Message(str(problem), **values)
        )
        self.problem = problem
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{bundle}: {file}: {problem}"),
            bundle=bundle,
            file=file,
            problem=problem,
        )


class DataDirError(KnownError):
    """The user data folder cannot be created, read or written."""


class NotFound(KnownError):
    """An id (paragraph, case record, note) that the archive does not hold."""


class Cancelled(Exception):
    """Raised (by a progress callback) to stop long work; what was committed stays."""
