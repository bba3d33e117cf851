"""How a case record's codes and dates read: a record's type, a charge's stage, where a
spelling comes from, an event's date — in English here, in the user's language where shown.

The core never loads Qt, so each phrase is only marked here with
``QT_TRANSLATE_NOOP("Cases", …)`` (``pyside6-lupdate`` files it in the catalogues, scripts/i18n)
and values go in by name (``{who}``). A caller that speaks another language passes its
``translate`` — (context, English source) → translation, as `index.errors.Translate`: the
window passes ``QCoreApplication.translate`` — and gets the phrase in that language. Without
one the words are English (the search index, logs, the command line and the PDF export).

What the case record's editors wrote (a role, a note, who brought a charge) is the edition's
content and stays as written; the report's own words (a charge, its qualifiers, how the report
dates an event) are shown as quotations, in the language's quotation marks.
"""

from __future__ import annotations

from index.errors import QT_TRANSLATE_NOOP, Translate

CONTEXT = "Cases"

RECORD_TYPES = {
    "individual": QT_TRANSLATE_NOOP("Cases", "individual case"),
    "group": QT_TRANSLATE_NOOP("Cases", "group case"),
    "legal-development": QT_TRANSLATE_NOOP("Cases", "legal development"),
    "international-review": QT_TRANSLATE_NOOP("Cases", "international review"),
}
"""A record's ``type``, as readers see it."""

ALIAS_SOURCES = {
    "report": QT_TRANSLATE_NOOP("Cases", "the report’s own spelling"),
    "press": QT_TRANSLATE_NOOP("Cases", "in use in the press"),
    "official": QT_TRANSLATE_NOOP("Cases", "official name or spelling"),
    "translation": QT_TRANSLATE_NOOP("Cases", "the editors’ translation"),
    "transliteration": QT_TRANSLATE_NOOP(
        "Cases", "the editors’ transliteration, not in the report"
    ),
    "general-knowledge": QT_TRANSLATE_NOOP("Cases", "general knowledge"),
}
"""What each alias ``source`` means, as shown to readers."""

CHARGE_STAGES = {
    "investigation": QT_TRANSLATE_NOOP(
        "Cases", "under investigation on these charges (questioned, not charged)"
    ),
    "charged": QT_TRANSLATE_NOOP("Cases", "charged"),
    "wanted": QT_TRANSLATE_NOOP("Cases", "wanted on these charges"),
    "convicted": QT_TRANSLATE_NOOP("Cases", "convicted"),
}

QUOTE = QT_TRANSLATE_NOOP("Cases", "“{words}”")
REPORT_SAYS = QT_TRANSLATE_NOOP("Cases", "the report says: {words}")
BROUGHT_BY = QT_TRANSLATE_NOOP("Cases", "brought by: {who}")
DATE_UNKNOWN = QT_TRANSLATE_NOOP("Cases", "date unknown")
SPAN = QT_TRANSLATE_NOOP("Cases", "{start} to {end}")
ABOUT = QT_TRANSLATE_NOOP("Cases", "about {date}")
DATE_IN_REPORT = QT_TRANSLATE_NOOP("Cases", "in the report: {words}")


def say(template: str, translate: Translate | None = None, /, **values: str) -> str:
    """``template`` in ``translate``'s language (English without one), values filled in; a
    translation that lost a value's name falls back to the English."""
    text = (translate(CONTEXT, template) if translate else "") or template
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


QUOTATION_MARKS = '“”"«»„'


def quote(words: str, translate: Translate | None = None) -> str:
    """The report's own words, in the language's quotation marks (once: a charge the record
    already gives in quotation marks is not quoted twice)."""
    if len(words) > 1 and words[0] in QUOTATION_MARKS and words[-1] in QUOTATION_MARKS:
        words = words[1:-1]
    return say(QUOTE, translate, words=words)


def record_type(code: str, translate: Translate | None = None) -> str:
    return say(RECORD_TYPES[code], translate) if code in RECORD_TYPES else code


def alias_source(source: str, note: str | None, translate: Translate | None = None) -> str:
    """Where a spelling comes from: "in use in the press", with the editors' note after."""
    label = say(ALIAS_SOURCES[source], translate) if source in ALIAS_SOURCES else source
    return f"{label}: {note}" if note else label


def charge_details(
    stage: str,
    qualifiers: tuple[str, ...],
    brought_by: str,
    translate: Translate | None = None,
    quoted: bool = False,
) -> str:
    """Stage, the report's own qualifiers and who brought it: "wanted on these charges; the
    report says: bogus, in Russia; brought by: Russia" (the qualifiers in quotation marks when
    ``quoted``)."""
    stage_text = say(CHARGE_STAGES[stage], translate) if stage in CHARGE_STAGES else stage
    parts = [stage_text, say(BROUGHT_BY, translate, who=brought_by)]
    if qualifiers:
        words = ", ".join(quote(q, translate) if quoted else q for q in qualifiers)
        parts.insert(1, say(REPORT_SAYS, translate, words=words))
    return "; ".join(parts)


def event_when(event, translate: Translate | None = None, quoted: bool = False) -> str:
    """An event's date as shown to readers, never more precise than the report: the ISO date
    or span, "about" when approximate, then how the report words it and the editors' note."""
    if not event.known:
        shown = say(DATE_UNKNOWN, translate)
    elif "/" in event.date:
        shown = say(SPAN, translate, start=event.start, end=event.end)
    else:
        shown = event.date
    if event.approximate:
        shown = say(ABOUT, translate, date=shown)
    words = event.date_text
    if words and quoted:
        words = say(DATE_IN_REPORT, translate, words=quote(words, translate))
    extra = [x for x in (words, event.date_note) if x]
    return f"{shown} ({'; '.join(extra)})" if extra else shown
