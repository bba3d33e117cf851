"""W3C Web Annotations (JSON-LD) in: the notes they describe (out: `index.export.w3c`).

Accepted: an ``AnnotationCollection`` (every page embedded in the file is read, following
``first``/``next``), an ``AnnotationPage``, a list, or a single annotation; compacted JSON-LD
(``"type": ["Annotation"]`` too) or expanded (full ``oa:`` IRIs).

Import is planned before anything is written: every annotation is validated (types, IRIs,
``xsd:dateTime`` normalised to UTC "Z") and placed (`anchors.find`, the one anchoring rule).
By default a file goes in whole or not at all: one skipped annotation refuses the file, with
every reason listed. ``partial`` ("import what you can") imports the rest and lists the skips.
What an annotation carries that a note cannot hold (a body's language, the other alternatives of
a Choice…) is listed as dropped.

A file never changes a note behind the user's back. An annotation whose ``id`` is a note's the
user already has, with a later ``modified`` and different content, is a conflict: it is kept
apart (not applied) and listed, and applied only when asked (``update``); even then a private
note stays private whatever the file says. One as recent as the note, or older, or the same, is
left alone ("already present"). A ``created`` or ``modified`` more than `FUTURE_SKEW` ahead of
this computer's clock is refused (it would win every later comparison), and so is an ``id`` that
comes twice in one file: both are reasons that refuse the file, as any other.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from index.archive import Archive
from index.errors import QT_TRANSLATE_NOOP, KnownError, Message
from index.export.w3c import (
    GENERATOR,
    NOTE_URN,
    PRIVATE,
    TARGET_TAGS_URN,
    VOCAB,
    document_source,
)
from index.notes import hypothesis
from index.notes.anchors import AmbiguousQuote, Quote, QuoteNotFound, find
from index.notes.html_markdown import html_to_markdown
from index.notes.model import COLORS, Note
from index.notes.service import new_note
from index.notes.sources import same_page, spellings
from index.notes.store import NotesStore
from index.notes.tags import normalize_tag

log = logging.getLogger(__name__)

MAX_DEPTH = 40
"""Deeper JSON is refused before anything else is looked at."""
MAX_ANNOTATIONS = 50_000
"""With `index.changes.MAX_ANNOTATION_BYTES` (50 MB), what one file may hold: our own export
of 12,000 notes is about 11 MB (some 940 bytes a note)."""
MAX_BODY_CHARS = 100_000
MAX_TAGS = 200
MAX_TARGETS = 100
MAX_PAGES = 1_000
SHOWN_SKIPS = 20
FUTURE_SKEW = timedelta(days=1)
"""How far ahead of this computer's clock a date may be (clocks differ); later ones are refused."""
MOTIVATIONS = (
    "assessing",
    "bookmarking",
    "classifying",
    "commenting",
    "describing",
    "editing",
    "highlighting",
    "identifying",
    "linking",
    "moderating",
    "questioning",
    "replying",
    "tagging",
)
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f-\x9f]+")
"""An IRI (RFC 3987): no spaces, no control characters (a terminal would obey them when the
id is listed)."""
OA = "http://www.w3.org/ns/oa#"
Progress = Callable[[int, int, str], None]


class Rejected(KnownError):
    """One annotation cannot be imported; the reason is reported."""


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    """Annotations that would change a note the user has, not applied: (the annotation's id,
    the note's id)."""
    kept_private: list[str] = field(default_factory=list)
    """Notes updated from a file that marks them public: they stayed private."""
    tagged: list[str] = field(default_factory=list)
    """Paragraphs and case records that were given tags."""
    skipped: list[tuple[str, str]] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    """What was imported without all it carried: (annotation, what was left out)."""
    total: int = 0
    cancelled: bool = False


class ImportRefused(KnownError):
    """The file was not imported, because some annotations in it cannot be."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        lines = {
            f"line{i}": Message("  {label}: {reason}", label=label, reason=reason)
            for i, (label, reason) in enumerate(report.skipped[:SHOWN_SKIPS])
        }
        more = len(report.skipped) - SHOWN_SKIPS
        if more > 0:
            lines["more"] = Message(QT_TRANSLATE_NOOP("Errors", "  … and {more} more"), more=more)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "nothing was imported: {skipped} of {total} annotation(s) cannot be imported "
                "(to import the others, use --import-what-you-can):\n{lines}",
            ),
            skipped=len(report.skipped),
            total=report.total,
            lines=Message("\n".join("{" + k + "}" for k in lines), **lines),
        )


@dataclass
class Conflict:
    """An incoming annotation that would change a note the user has (same id, later
    ``modified``, different content)."""

    external_id: str
    existing: Note
    incoming: Note
    """What the note would become: private if the file or the note says so."""
    file_private: bool = False
    """Whether the file marks it private."""


@dataclass
class Plan:
    report: ImportReport
    adds: list[Note] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    target_tags: list[tuple[str, str]] = field(default_factory=list)


# -- reading the file -----------------------------------------------------------------------


def _depth(data: Any) -> int:
    deepest, stack = 0, [(data, 1)]
    while stack:
        node, d = stack.pop()
        deepest = max(deepest, d)
        if d > MAX_DEPTH:
            return d
        if isinstance(node, dict):
            stack += [(v, d + 1) for v in node.values()]
        elif isinstance(node, list):
            stack += [(v, d + 1) for v in node]
    return deepest


def parse(text: str) -> Any:
    from index.notes import markdown_in

    if markdown_in.is_markdown(text):
        data = markdown_in.annotations(text)
        if _depth(data) > MAX_DEPTH:
            raise KnownError(
                QT_TRANSLATE_NOOP("Errors", "the JSON is nested more than {MAX_DEPTH} levels deep"),
                MAX_DEPTH=MAX_DEPTH,
            )
        return _compact(data)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "not JSON (line {lineno}, column {colno}: {msg})"),
            lineno=exc.lineno,
            colno=exc.colno,
            msg=exc.msg,
        ) from None
    except RecursionError:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "the JSON is nested more than {MAX_DEPTH} levels deep"),
            MAX_DEPTH=MAX_DEPTH,
        ) from None
    if _depth(data) > MAX_DEPTH:
        raise KnownError(
            QT_TRANSLATE_NOOP("Errors", "the JSON is nested more than {MAX_DEPTH} levels deep"),
            MAX_DEPTH=MAX_DEPTH,
        )
    return _compact(data)


_EXPANDED = {
    OA + "hasBody": "body",
    OA + "hasTarget": "target",
    OA + "bodyValue": "bodyValue",
    OA + "motivatedBy": "motivation",
    OA + "hasPurpose": "purpose",
    OA + "hasSelector": "selector",
    OA + "hasSource": "source",
    OA + "refinedBy": "refinedBy",
    OA + "exact": "exact",
    OA + "prefix": "prefix",
    OA + "suffix": "suffix",
    OA + "start": "start",
    OA + "end": "end",
    OA + "styleClass": "styleClass",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#value": "value",
    "http://purl.org/dc/terms/format": "format",
    "http://purl.org/dc/elements/1.1/format": "format",
    "http://purl.org/dc/elements/1.1/language": "language",
    "http://purl.org/dc/terms/language": "language",
    "http://purl.org/dc/terms/created": "created",
    "http://purl.org/dc/terms/modified": "modified",
    "http://purl.org/dc/terms/conformsTo": "conformsTo",
    "http://www.w3.org/ns/activitystreams#items": "items",
    "http://www.w3.org/ns/activitystreams#first": "first",
    "http://www.w3.org/ns/activitystreams#next": "next",
    "http://www.w3.org/ns/activitystreams#name": "label",
    "http://www.w3.org/ns/activitystreams#totalItems": "total",
    "http://www.w3.org/ns/ldp#contains": "items",
    "@id": "id",
    "@type": "type",
    VOCAB + "private": PRIVATE,
}
_CLASSES = {
    "http://www.w3.org/ns/activitystreams#OrderedCollection": "AnnotationCollection",
    "http://www.w3.org/ns/activitystreams#OrderedCollectionPage": "AnnotationPage",
    "http://www.w3.org/ns/oa#TextualBody": "TextualBody",
}


def _term(value: str) -> str:
    if value in _CLASSES:
        return _CLASSES[value]
    if value.startswith(OA):
        return value[len(OA) :]
    return value


def _compact(node: Any) -> Any:
    """Expanded JSON-LD (full IRIs, ``@value``/``@id`` wrappers, lists everywhere) as the
    compacted form the model's context gives; compacted input comes back as it was."""
    if isinstance(node, list):
        if len(node) == 1 and isinstance(node[0], dict) and "@list" in node[0]:
            return [_compact(v) for v in node[0]["@list"]]
        return [_compact(v) for v in node]
    if not isinstance(node, dict):
        return node
    if not any(k.startswith(("http://", "https://", "@")) for k in node if k != "@context"):
        return {k: _compact(v) for k, v in node.items()}
    if set(node) <= {"@value", "@type", "@language"} and "@value" in node:
        return node["@value"]
    if set(node) == {"@id"}:
        return _term(node["@id"])
    out: dict[str, Any] = {}
    for key, value in node.items():
        name = _EXPANDED.get(key, key)
        value = _compact(value)
        if name == "type" or (name in ("motivation", "purpose") and isinstance(value, (str, list))):
            value = [_term(v) if isinstance(v, str) else v for v in _as_list(value)]
        if isinstance(value, list) and len(value) == 1 and name not in ("items", "type"):
            value = value[0]
        out[name] = value
    return out


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _types(node: dict) -> set[str]:
    return {t for t in _as_list(node.get("type", node.get("@type"))) if isinstance(t, str)}


def _annotations(data: Any) -> list[Any]:
    """Every annotation in the file, in order, across every page the file holds."""
    objects = data if isinstance(data, list) else [data]
    pages_by_id = {
        o["id"]: o
        for o in objects
        if isinstance(o, dict) and "AnnotationPage" in _types(o) and isinstance(o.get("id"), str)
    }
    out: list[Any] = []
    seen_pages: set[int] = set()

    def read_page(page: Any) -> None:
        count = 0
        while page is not None:
            if isinstance(page, str):
                if page not in pages_by_id:
                    raise KnownError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the page {page} is not in this file (Muragat never fetches anything; "
                            "export every page into one file)",
                        ),
                        page=page[:200],
                    )
                page = pages_by_id[page]
            if not isinstance(page, dict) or "AnnotationPage" not in _types(page):
                raise KnownError(
                    QT_TRANSLATE_NOOP("Errors", "a collection page that is not an AnnotationPage")
                )
            if id(page) in seen_pages:
                return
            seen_pages.add(id(page))
            count += 1
            if count > MAX_PAGES:
                raise KnownError(
                    QT_TRANSLATE_NOOP("Errors", "more than {MAX_PAGES} pages"), MAX_PAGES=MAX_PAGES
                )
            items = page.get("items", [])
            if not isinstance(items, list):
                raise KnownError(
                    QT_TRANSLATE_NOOP("Errors", "an AnnotationPage whose items are not a list")
                )
            out.extend(items)
            at_most(len(out))
            page = page.get("next")

    for obj in objects:
        if not isinstance(obj, dict):
            out.append(obj)  # reported as skipped, with the others
            continue
        types = _types(obj)
        if "AnnotationCollection" in types:
            first = obj.get("first")
            if first is None and obj.get("total"):
                raise KnownError(
                    QT_TRANSLATE_NOOP("Errors", "an AnnotationCollection without its first page")
                )
            if first is not None:
                read_page(first)
        elif "AnnotationPage" in types:
            if id(obj) not in seen_pages:
                read_page(obj)
        else:
            out.append(obj)
            at_most(len(out))
    return out


def at_most(count: int, bound: int = MAX_ANNOTATIONS) -> None:
    """Refuse a file holding more than ``bound`` annotations (read so far)."""
    if count > bound:
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors", "more than {MAX_ANNOTATIONS:,} annotations in one file; split it"
            ),
            MAX_ANNOTATIONS=bound,
        )


def _w3c(data: Any) -> Any:
    """The file as W3C annotations: Hypothesis's API rows and client export are read
    (`hypothesis`); a file that is neither (an object with no type at all, or no object) is
    refused as a whole; an object of another type is refused as "not an Annotation"."""
    rows = hypothesis.rows_of(data)
    if rows is not None:
        at_most(len(rows))
        return [hypothesis.annotation(r) for r in rows]
    if (isinstance(data, dict) and not _types(data)) or not isinstance(data, (dict, list)):
        raise KnownError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this file holds neither W3C Web Annotations (an Annotation, an "
                "AnnotationPage or an AnnotationCollection) nor Hypothesis annotations (its "
                "API's rows or its client's export)",
            )
        )
    return data


# -- one annotation -------------------------------------------------------------------------


def _iri(value: Any, what: str) -> str:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, str) or len(value) > 2048 or not _IRI.fullmatch(value):
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "{what} is not an IRI: {value!r}"),
            what=what,
            value=str(value)[:80],
        )
    return value


def normalise_datetime(value: Any, what: str) -> str:
    """An ``xsd:dateTime`` as UTC with a "Z" (no time zone given: taken as UTC)."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, str) or "T" not in value or len(value) > 64:
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "{what} is not a date and time (xsd:dateTime): {value!r}"),
            what=what,
            value=str(value)[:80],
        )
    try:
        when = datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "{what} is not a date and time (xsd:dateTime): {value!r}"),
            what=what,
            value=value[:80],
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return _utc_text(when)


def _utc_text(when: datetime) -> str:
    """``when`` in UTC as text that sorts as the dates do: the year always four digits
    (strftime writes year 999 as "999", which sorted after "2026")."""
    when = when.astimezone(UTC)
    return f"{when.year:04d}-{when:%m-%dT%H:%M:%S}Z"


def _not_future(value: str, what: str) -> str:
    """``value`` (normalised) unless it is later than `FUTURE_SKEW` from now."""
    limit = datetime.now(UTC) + FUTURE_SKEW
    if value > _utc_text(limit):
        raise Rejected(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{what} is {value}, in the future (this computer's clock says {today}): a date "
                "from the future would win over every later change, so it is refused",
            ),
            what=what,
            value=value,
            today=datetime.now(UTC).strftime("%Y-%m-%d"),
        )
    return value


@dataclass
class _Content:
    texts: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def _body(body: Any, content: _Content) -> None:
    if isinstance(body, str):
        _iri(body, "a body")
        content.texts.append(body)
        content.dropped.append(
            Message(
                QT_TRANSLATE_NOOP("Errors", "the linked body {body} is kept as its address"),
                body=body[:120],
            )
        )
        return
    if not isinstance(body, dict):
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "a body is neither an IRI nor an object"))
    types = _types(body)
    if "Choice" in types:
        items = body.get("items")
        if not isinstance(items, list) or not items:
            raise Rejected(QT_TRANSLATE_NOOP("Errors", "a Choice body without items"))
        _body(items[0], content)
        if len(items) > 1:
            content.dropped.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "a Choice of {count} bodies: kept the first (default)"
                    ),
                    count=len(items),
                )
            )
        return
    if types & {"List", "Composite", "Independents"}:
        items = body.get("items")
        if not isinstance(items, list):
            raise Rejected(
                QT_TRANSLATE_NOOP("Errors", "a {kind} body without items"),
                kind=sorted(types)[0],
            )
        for item in items:
            _body(item, content)
        return
    purposes = {p for p in _as_list(body.get("purpose")) if isinstance(p, str)}
    value = body.get("value")
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if value is None:
        ident = body.get("id") or body.get("source")
        if isinstance(ident, str):
            _body(ident, content)
            return
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "a body with neither a value nor an IRI"))
    if not isinstance(value, str):
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "a body value that is not text"))
    fmt = body.get("format")
    if isinstance(fmt, str) and fmt.lower().startswith(("text/html", "application/xhtml")):
        value = html_to_markdown(value)
    if "tagging" in purposes:
        tag = normalize_tag(value)
        if not tag:
            raise Rejected(QT_TRANSLATE_NOOP("Errors", "an empty tag {value!r}"), value=value[:40])
        content.tags.append(tag)
        return
    content.texts.append(value)
    lang = body.get("language")
    if isinstance(lang, str) and lang:
        content.dropped.append(
            Message(
                QT_TRANSLATE_NOOP("Errors", "the body's language ({lang}) is not kept"),
                lang=lang[:20],
            )
        )


@dataclass
class _Target:
    kind: str
    target_id: str | None = None
    start: int | None = None
    end: int | None = None
    doc_id: str | None = None
    bundle_id: str | None = None
    color: str | None = None


def _selectors(target: dict) -> tuple[dict | None, str | None, int | None]:
    """(the quote selector, the paragraph named, a position in it) from every selector,
    including those inside a FragmentSelector's ``refinedBy``."""
    quote, para, start = None, None, None
    pending = list(_as_list(target.get("selector", [])))
    seen = 0
    while pending:
        s = pending.pop(0)
        seen += 1
        if seen > 50 or not isinstance(s, dict):
            continue
        types = _types(s)
        if "TextQuoteSelector" in types and quote is None:
            quote = s
        elif "FragmentSelector" in types:
            value = s.get("value")
            if isinstance(value, str) and para is None:
                para = value.removeprefix("#").removeprefix("id=")
        elif (
            "TextPositionSelector" in types
            and para is not None
            and start is None
            and isinstance(s.get("start"), int)
            and not isinstance(s.get("start"), bool)
        ):
            start = s["start"]
        refined = s.get("refinedBy")
        if refined is not None:
            pending += _as_list(refined)
    return quote, para, start


def _resolve(target: Any, archive: Archive) -> _Target:
    if isinstance(target, str):
        target = {"source": target}
    if not isinstance(target, dict):
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "a target that is neither an IRI nor an object"))
    types = _types(target)
    if types & {"Choice", "List", "Composite", "Independents"}:
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "a {kind} target (a set of resources) is not supported"),
            kind=sorted(types)[0],
        )
    source = target.get("source", target.get("id"))
    if isinstance(source, dict):
        source = source.get("id")
    source = _iri(source, "the target")
    color = target.get("styleClass") if target.get("styleClass") in COLORS else None
    if source.startswith("urn:muragat:case:"):
        case_id = source.rsplit(":", 1)[-1]
        record = archive.case(case_id)
        if record is None:
            raise Rejected(
                QT_TRANSLATE_NOOP("Errors", "no case record {case_id!r} in this archive"),
                case_id=case_id,
            )
        return _Target("case", case_id, bundle_id=record.bundle_id, color=color)
    if source == "urn:muragat:free-note":
        return _Target("free", color=color)
    base, _, fragment = source.partition("#")
    docs = _documents_at(archive, base)
    if not docs:
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "the target {source} is not a document in this archive"),
            source=source[:200],
        )
    quote, para_id, start = _selectors(target)
    para_id = para_id or (fragment or None)
    hinted = archive.paragraph(para_id) if para_id else None
    if hinted and hinted.doc_id not in {d.id for d in docs}:
        hinted = None
    if quote is None:
        if not para_id and target.get("selector") is not None:
            raise Rejected(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "none of the target's selectors can be placed (Muragat reads "
                    "TextQuoteSelector and FragmentSelector)",
                )
            )
        if para_id and not hinted:
            raise Rejected(
                QT_TRANSLATE_NOOP("Errors", "the paragraph {para_id!r} is not in {base}"),
                para_id=para_id[:80],
                base=base[:200],
            )
        if hinted:
            return _Target("paragraph", hinted.id, color=color)
        doc = docs[0]
        return _Target("document", None, doc_id=doc.id, bundle_id=doc.bundle_id, color=color)
    exact = quote.get("exact")
    if not isinstance(exact, str) or not exact.strip():
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "a TextQuoteSelector without exact text"))
    prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
    prefix = prefix if isinstance(prefix, str) else ""
    q = Quote(exact, prefix, suffix if isinstance(suffix, str) else "", start)
    try:
        if hinted:
            try:
                found = find([(hinted.id, hinted.text)], q, hint_para=hinted.id)
                return _Target("passage", hinted.id, found.start, found.end, color=color)
            except QuoteNotFound:
                pass
        paragraphs = [(p.id, p.text) for d in docs for p in d.paragraphs]
        found = find(paragraphs, q, hint_para=hinted.id if hinted else None)
    except (AmbiguousQuote, QuoteNotFound) as exc:
        raise Rejected(exc.message) from None
    return _Target("passage", found.para_id, found.start, found.end, color=color)


_AGENT_KEYS = ("id", "type", "name", "nickname", "homepage")
MAX_AGENTS = 10


def _agent(value: Any, what: str) -> dict[str, Any] | None:
    """One agent (a Person, Organization or Software) as kept: its id and the texts that name
    it, each bounded; None for Muragat itself (added again on export)."""
    if isinstance(value, str):
        value = {"id": value}
    if not isinstance(value, dict):
        _iri(value, what)  # refused, with the reason
    agent: dict[str, Any] = {}
    if "id" in value:
        agent["id"] = _iri(value["id"], what)
    for key in _AGENT_KEYS[1:]:
        item = value.get(key)
        if isinstance(item, str):
            agent[key] = item[:200]
        elif isinstance(item, list) and item and all(isinstance(i, str) for i in item):
            agent[key] = [i[:200] for i in item[:5]]
    if agent.get("id") == GENERATOR["id"]:
        return None
    return agent or None


def _agents(value: Any, what: str) -> str | None:
    """``creator`` or ``generator`` as JSON text (None: none, or only Muragat)."""
    values = value if isinstance(value, list) else [value]
    if len(values) > MAX_AGENTS:
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "{what}: {count} agents; at most {MAX_AGENTS}"),
            what=what,
            count=len(values),
            MAX_AGENTS=MAX_AGENTS,
        )
    kept = [a for v in values if (a := _agent(v, what)) is not None]
    if not kept:
        return None
    return json.dumps(kept[0] if len(kept) == 1 else kept, ensure_ascii=False, sort_keys=True)


def _private(anno: dict) -> bool:
    if anno.get(PRIVATE) is True:
        return True
    audience = anno.get("audience")  # how Muragat marked private notes before: never lose it
    return isinstance(audience, dict) and audience.get("name") == "private"


def _label(anno: Any, n: int) -> str:
    ident = anno.get("id") if isinstance(anno, dict) else None
    if not isinstance(ident, str) or not ident:
        return f"annotation #{n}"
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in ident[:200])


def _notes_from(anno: Any, archive: Archive, dropped: list[str]) -> list[Note]:
    if not isinstance(anno, dict):
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "not an object"))
    types = _types(anno)
    if not types & {"Annotation", "oa:Annotation"}:
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "not an Annotation (its type is not Annotation)")
        )
    ident = _iri(anno.get("id"), "the id")
    if "body" in anno and "bodyValue" in anno:
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "has both body and bodyValue (the model allows one)")
        )
    created = (
        _not_future(normalise_datetime(anno["created"], "created"), "created")
        if "created" in anno
        else ""
    )
    modified = (
        _not_future(normalise_datetime(anno["modified"], "modified"), "modified")
        if "modified" in anno
        else created
    )
    content = _Content()
    if "bodyValue" in anno:
        value = anno["bodyValue"]
        value = value[0] if isinstance(value, list) and len(value) == 1 else value
        if not isinstance(value, str):
            raise Rejected(QT_TRANSLATE_NOOP("Errors", "a bodyValue that is not text"))
        content.texts.append(value)
    for body in _as_list(anno.get("body", [])):
        _body(body, content)
    body = "\n\n".join(t for t in content.texts if t.strip())
    if len(body) > MAX_BODY_CHARS:
        raise Rejected(
            QT_TRANSLATE_NOOP(
                "Errors", "the note is {count:,} characters; at most {MAX_BODY_CHARS:,}"
            ),
            count=len(body),
            MAX_BODY_CHARS=MAX_BODY_CHARS,
        )
    if len(content.tags) > MAX_TAGS:
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "{count} tags; at most {MAX_TAGS}"),
            count=len(content.tags),
            MAX_TAGS=MAX_TAGS,
        )
    dropped += content.dropped
    motivations = [m for m in _as_list(anno.get("motivation")) if isinstance(m, str)]
    known = [m.removeprefix("oa:") for m in motivations if m.removeprefix("oa:") in MOTIVATIONS]
    if len(known) < len(motivations):
        dropped.append(
            Message(
                QT_TRANSLATE_NOOP("Errors", "motivations not in the model: {motivations}"),
                motivations=", ".join(motivations)[:120],
            )
        )
    if len(known) > 1:
        dropped.append(
            Message(
                QT_TRANSLATE_NOOP("Errors", "kept the first of {count} motivations ({first})"),
                count=len(known),
                first=known[0],
            )
        )
    if "target" not in anno:
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "has no target"))
    targets = _as_list(anno["target"])
    if not targets:
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "has no target"))
    if len(targets) > MAX_TARGETS:
        raise Rejected(
            QT_TRANSLATE_NOOP("Errors", "{count} targets; at most {MAX_TARGETS}"),
            count=len(targets),
            MAX_TARGETS=MAX_TARGETS,
        )
    resolved = [_resolve(t, archive) for t in targets]
    creator = _agents(anno["creator"], "the creator") if "creator" in anno else None
    generator = _agents(anno["generator"], "the generator") if "generator" in anno else None
    style = anno.get("stylesheet")
    notes = []
    for k, t in enumerate(resolved):
        tags = list(dict.fromkeys(content.tags))
        private = _private(anno)
        if t.kind == "passage":
            note = new_note(archive, t.target_id, body, start=t.start, end=t.end, tags=tags)
        elif t.kind in ("paragraph", "case", "free"):
            note = new_note(archive, t.target_id, body, tags=tags)
        else:
            note = Note(id="", target_kind="free", target_id=None, body=body, tags=tags)
            note.doc_id, note.bundle_id = t.doc_id, t.bundle_id
        note.private = private
        note.color = t.color or "yellow"
        if t.color is None and isinstance(style, dict):
            css = style.get("value")
            named = [c for c in COLORS if isinstance(css, str) and css.startswith(f".{c} ")]
            note.color = named[0] if named else note.color
        note.external_id = ident if k == 0 else f"{ident}#target-{k + 1}"
        note.created, note.modified = created, modified or created
        note.creator, note.generator = creator, generator
        if known:
            note.motivation = known[0]
        notes.append(note)
    if len(resolved) > 1:
        dropped.append(
            Message(
                QT_TRANSLATE_NOOP("Errors", "{count} targets: one note per target"),
                count=len(resolved),
            )
        )
    return notes


def _target_tags(anno: Any, archive: Archive) -> list[tuple[str, str]]:
    """A Muragat export's tags on a paragraph or case record."""
    content = _Content()
    for body in _as_list(anno.get("body", [])):
        _body(body, content)
    target = _resolve(anno.get("target"), archive)
    if target.kind not in ("paragraph", "case") or content.texts:
        raise Rejected(
            QT_TRANSLATE_NOOP(
                "Errors", "tags on a paragraph or case record, but not only tags on one"
            )
        )
    return [(target.target_id, tag) for tag in content.tags]


# -- the whole file -------------------------------------------------------------------------


def _existing(store: NotesStore, external_id: str) -> Note | None:
    found = store.find_external(external_id)
    if found is None and external_id.startswith(NOTE_URN):
        found = store.find_external(external_id[len(NOTE_URN) :])
    return found


_COMPARED = (
    "body",
    "target_kind",
    "target_id",
    "start",
    "end",
    "doc_id",
    "color",
    "private",
    "motivation",
)


def _same_content(old: Note, new: Note) -> bool:
    return all(getattr(old, k) == getattr(new, k) for k in _COMPARED) and sorted(
        old.tags
    ) == sorted(new.tags)


def plan_import(
    text: str, store: NotesStore, archive: Archive, progress: Progress | None = None
) -> Plan:
    """Read and validate every annotation in ``text``; nothing is written. ``progress`` is
    called every 100 annotations and may raise `Cancelled`."""
    annotations = _annotations(_w3c(parse(text)))
    plan = Plan(ImportReport(total=len(annotations)))
    report = plan.report
    incoming: dict[str, tuple[int, Note]] = {}
    have_tags = store.target_tags()
    for n, anno in enumerate(annotations, 1):
        if progress and n % 100 == 1:
            progress(n - 1, len(annotations), "checking annotations")
        label = _label(anno, n)
        dropped: list[str] = []
        try:
            if isinstance(anno, dict) and str(anno.get("id", "")).startswith(TARGET_TAGS_URN):
                pairs = _target_tags(anno, archive)
                new = [(t, g) for t, g in pairs if g not in have_tags.get(t, [])]
                plan.target_tags += new
                if new:
                    report.tagged += sorted({t for t, _ in new})
                else:
                    report.already.append(label)
                continue
            notes = _notes_from(anno, archive, dropped)
            twice = [
                incoming[note.external_id][0] for note in notes if note.external_id in incoming
            ]
            if twice:
                raise Rejected(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the same id as annotation #{earlier} in this file (an id names one "
                        "annotation; which of the two is meant cannot be told)",
                    ),
                    earlier=twice[0],
                )
        except KnownError as exc:  # the annotation's fault; anything else is a bug and raises
            report.skipped.append((label, exc.message))
            continue
        report.dropped += [(label, d) for d in dropped]
        for note in notes:
            incoming[note.external_id] = (n, note)
    for ext, (_, note) in incoming.items():
        old = _existing(store, ext)
        if old is None:
            plan.adds.append(note)
            continue
        file_private = note.private
        note.private = note.private or old.private  # an import never makes a note public
        if note.modified and note.modified > (old.modified or "") and not _same_content(old, note):
            plan.conflicts.append(Conflict(ext, old, note, file_private))
        else:
            report.already.append(ext)
    _keep_ids(plan.adds, store)
    if progress:
        progress(len(annotations), len(annotations), "checked")
    return plan


_NOTE_ID = re.compile(r"[0-9a-f]{12}")
"""A note id as the store makes them."""


def _keep_ids(adds: list[Note], store: NotesStore) -> None:
    """A Muragat note coming into an archive with no note of its id keeps that id: its
    exchanged id names it already, and a Markdown export's note line and block id come back the
    same."""
    wanted: dict[str, Note] = {}
    for note in adds:
        ext = note.external_id or ""
        if ext.startswith(NOTE_URN) and _NOTE_ID.fullmatch(ext[len(NOTE_URN) :]):
            wanted.setdefault(ext[len(NOTE_URN) :], note)
    taken = {n.id for n in store.notes_by_id(wanted)}
    for ident, note in wanted.items():
        if ident not in taken:
            note.id = ident


def import_w3c(
    text: str,
    store: NotesStore,
    archive: Archive,
    partial: bool = False,
    progress: Progress | None = None,
    update: bool = False,
) -> ImportReport:
    """Import the annotations in ``text`` in one transaction: all of them, or (``partial``)
    all that can be. Raises `ImportRefused` when some cannot and ``partial`` is off.

    Conflicts (`Conflict`: an annotation that would change a note the user has) are not
    applied and are listed in the report's ``conflicts``; with ``update`` they are applied,
    every note that was private staying private (listed in ``kept_private`` when the file
    said otherwise)."""
    plan = plan_import(text, store, archive, progress)
    report = plan.report
    if report.skipped and not partial:
        raise ImportRefused(report)
    updates = []
    for conflict in plan.conflicts:
        if not update:
            report.conflicts.append((conflict.external_id, conflict.existing.id))
            continue
        updates.append((conflict.existing.id, conflict.incoming))
        if conflict.existing.private and not conflict.file_private:
            report.kept_private.append(conflict.existing.id)
    added, updated = store.import_batch(plan.adds, updates, plan.target_tags)
    report.added, report.updated = added, updated
    return report


__all__ = [
    "Conflict",
    "ImportRefused",
    "ImportReport",
    "import_w3c",
    "normalise_datetime",
    "plan_import",
]


def _documents_at(archive: Archive, source: str) -> list:
    """The documents whose W3C source (`document_source`) is ``source``: looked up by the
    ids a ``urn:muragat:BUNDLE:DOC`` names, or by the publisher's URL (http or https, with or
    without a trailing slash, as Hypothesis counts pages: `index.notes.sources`), never by
    reading every document."""
    if source.startswith("urn:muragat:"):
        bundle_id, _, doc_id = source[len("urn:muragat:") :].partition(":")
        doc = archive.document(doc_id)
        found = [doc] if doc is not None and doc.bundle_id == bundle_id else []
        return [d for d in found if document_source(archive, d.bundle_id, d.id) == source]
    found, seen = [], set()
    for url in spellings(source):  # the same page as Hypothesis counts it (`sources`)
        for doc in archive.documents_published_at(url):
            if doc.id not in seen and same_page(
                document_source(archive, doc.bundle_id, doc.id), source
            ):
                seen.add(doc.id)
                found.append(doc)
    return found
