"""Each listed name looked up in the case records, the report and imported documents.

For one name (`screen_name`): the search index is asked, in its ``names`` field (every
capitalised word's cross-script key, case forms under their base form too), for the items
that hold every word of the name under its key, its base form's key or, for keys of four
letters or more, a close spelling of it (the indexed words within the fuzzy fallback's edit
distance, `index.search.spelling.words_within`). Each item's text is then read
(`index.screening.matching`) for a place where all the words stand together: only that is a
match, with how certain it is and the citation of where it stands.

- **found**: at least one match as a whole name, in the same spelling, another spelling or
  script, or a case form;
- **possible**: only close spellings, or a one-word line (a first name alone is no whole
  name);
- **not found**: nothing, every candidate read within the budget;
- **stopped**: the name's time budget ran out before its candidates were all read, and
  nothing certain was found by then: never reported as absent;
- **not searched**: the line is not a name (`index.screening.listing`).

Matches are listed most certain first, then case records before the report before imported
documents, then in reading order. Screening one name reads nothing another name changes, so a
view that follows changes re-screens one name (a few milliseconds, docs/bench/screening.md).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field

from whoosh import query as Q
from whoosh.collectors import TimeLimit
from whoosh.query.spans import SpanNear2, SpanOr

from index.archive import Archive
from index.archive.citation import cite_ident
from index.errors import Cancelled
from index.screening.listing import Listed
from index.screening.matching import (
    CERTAIN,
    CLOSE,
    LEVELS,
    Word,
    best_meeting,
    max_distance,
    name_variants,
)
from index.search.spelling import words_within

DEFAULT_BUDGET = 2.0
"""Seconds one name may take (reading candidates, close spellings) before it is stopped."""
MAX_MATCHES = 50
"""Places listed per name: reading stops at this many (`Screened.complete` says so)."""
MAX_CANDIDATES = 2_000
"""Items read per name: a name every document holds is found long before this."""
SCREENED_KINDS = ("case", "paragraph")

FOUND, POSSIBLE, NOT_FOUND, STOPPED, NOT_SEARCHED = (
    "found", "possible", "not found", "stopped", "not searched"
)  # fmt: skip
STATUSES = (FOUND, POSSIBLE, NOT_FOUND, STOPPED, NOT_SEARCHED)

CASE_RECORD, REPORT, DOCUMENT = "case record", "report", "document"
_WHERE_ORDER = {CASE_RECORD: 0, REPORT: 1, DOCUMENT: 2}


@dataclass
class Match:
    how: str
    """One of `matching.LEVELS`: same spelling, other spelling or script, case form, close
    spelling."""
    where: str
    """case record, report or document."""
    id: str
    """The case record's or the paragraph's id: what the window opens."""
    title: str
    """The case record's title, or the document's title and section."""
    spelling: str
    """The name as it is written there."""
    citation: str
    notes: list[str] = field(default_factory=list)
    """"words in another order", "without the patronymic"."""
    level: int = 0
    ordinal: int = 0


@dataclass
class Screened:
    line: int
    name: str
    status: str
    problem: str | None = None
    matches: list[Match] = field(default_factory=list)
    complete: bool = True
    """Every item that could hold the name was read. False when `MAX_MATCHES` places were
    found before the end (a name the archive names everywhere: the first places read are
    listed, case records first) or the time budget ran out."""
    total: int = 0
    """How many places were found (at most `MAX_MATCHES`)."""
    seconds: float = 0.0

    @property
    def how(self) -> str:
        """The most certain match's level, or ""."""
        return self.matches[0].how if self.matches else ""

    def as_dict(self) -> dict:
        out = asdict(self)
        for m in out["matches"]:
            m.pop("level")
            m.pop("ordinal")
        return out


@dataclass
class ScreenReport:
    results: list[Screened] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)


class _OutOfTime(Exception):
    pass


def _word_terms(reader, word: Word, check: Callable[[], None]) -> list[str]:
    """The ``names`` terms that may be this word: its key, its base form's, close spellings."""
    terms = {word.key, word.base}
    for key in (word.key, word.base):
        limit = max_distance(key)
        if limit:
            terms.update(words_within(reader, "names", key, limit, prefix=1, check=check))
    return sorted(terms)


def _name_query(terms: list[list[str]]) -> Q.Query:
    """The items whose ``names`` hold every word (one of its terms) next to the others, in
    any order: a span query over the field's positions, so an item holding "Ruslan" here and
    "Zhylanbaev" there is not read at all (the text is then read for the exact place)."""
    if len(terms) == 1:
        return Q.Or([Q.Term("names", t) for t in terms[0]])
    spans = [
        SpanOr([Q.Term("names", t) for t in word]) if len(word) > 1 else Q.Term("names", word[0])
        for word in terms
    ]
    return SpanNear2(spans, slop=1, ordered=False)


def _case_docnums(searcher) -> frozenset[int]:
    """The case records' document numbers in this searcher's index, kept on its reader."""
    reader = searcher.reader()
    held = reader.__dict__.get("_muragat_case_docnums")
    if held is None:
        held = frozenset(searcher.docs_for_query(Q.Term("kind", "case")))
        reader.__dict__["_muragat_case_docnums"] = held
    return held


def _matching(searcher, query: Q.Query, docnums: frozenset[int]) -> Iterator[int]:
    """Which of ``docnums`` (global numbers) ``query`` matches: a matcher per segment, moved
    straight to each of them, so a few records cost a few steps, not the whole query."""
    wanted = sorted(docnums)
    context = searcher.context()
    for sub, offset in searcher.leaf_searchers():
        end = offset + sub.reader().doc_count_all()
        local = [d - offset for d in wanted if offset <= d < end]
        if not local:
            continue
        m = query.matcher(sub, context)
        for d in local:
            if not m.is_active():
                break
            if m.id() < d:
                m.skip_to(d)
            if m.is_active() and m.id() == d:
                yield d + offset


class Memo:
    """What the names of one list share: which bundles are bundled editions, the citations
    made (asking the archive reads its store)."""

    def __init__(self) -> None:
        self.builtin: dict[str, bool] = {}
        self.cited: dict[str, str] = {}


def _where(archive: Archive, fields: dict, memo: Memo) -> str:
    """case record, report (a bundled edition's paragraph) or document."""
    if fields.get("kind") == "case":
        return CASE_RECORD
    bundle_id = fields.get("bundle", "")
    if bundle_id not in memo.builtin:
        bundle = archive.bundle(bundle_id)
        memo.builtin[bundle_id] = bundle is not None and bundle.builtin
    return REPORT if memo.builtin[bundle_id] else DOCUMENT


def _title(fields: dict) -> str:
    if fields.get("kind") == "case":
        return fields.get("title", "")
    document, section = fields.get("document", ""), fields.get("section", "")
    return document if not section or section == document else f"{document} — {section}"


def screen_name(
    archive: Archive,
    searcher,
    listed: Listed,
    budget: float = DEFAULT_BUDGET,
    memo: Memo | None = None,
) -> Screened:
    """Screen one listed name (see the module's description). ``memo``: what the names of
    one list share (`Memo`)."""
    memo = Memo() if memo is None else memo
    start = time.monotonic()
    if listed.problem is not None:
        return Screened(listed.line, listed.text, NOT_SEARCHED, listed.problem)
    deadline = start + budget
    reader = searcher.reader()

    def check() -> None:
        if time.monotonic() > deadline:
            raise TimeLimit

    best: dict[str, Match] = {}
    stopped = full = False
    one_word = False
    try:
        for name, no_patronymic in name_variants(listed.text):
            one_word = len(name) == 1
            if not name:
                continue
            query = _name_query([_word_terms(reader, w, check) for w in name])
            check()  # the close spellings were looked up within the budget
            # The case records first (a few items, each asked of the query), then the
            # paragraphs (report, imports) as the index yields them, until MAX_MATCHES.
            cases = _case_docnums(searcher)
            candidates = itertools.chain(
                _matching(searcher, query, cases),
                (d for d in searcher.docs_for_query(query) if d not in cases),
            )
            for n, docnum in enumerate(candidates):
                if n % 16 == 0:
                    check()
                if n >= MAX_CANDIDATES:
                    raise TimeLimit
                fields = searcher.stored_fields(docnum)
                if fields.get("kind") not in SCREENED_KINDS:
                    continue
                _read(archive, fields, name, no_patronymic, best, memo)
                if len(best) >= MAX_MATCHES:
                    full = True
                    break
            if full:
                break
    except TimeLimit:
        stopped = True
    matches = sorted(best.values(), key=lambda m: (m.level, _WHERE_ORDER[m.where], m.ordinal, m.id))
    certain = bool(matches) and matches[0].level <= CERTAIN
    if certain and not one_word:
        status = FOUND
    elif matches and not stopped:
        status = POSSIBLE
    elif stopped:
        status = STOPPED
    else:
        status = NOT_FOUND
    for m in matches[:MAX_MATCHES]:
        if m.id not in memo.cited:
            memo.cited[m.id] = _citation(archive, m.id)
        m.citation = memo.cited[m.id]
    return Screened(
        listed.line,
        listed.text,
        status,
        None,
        matches[:MAX_MATCHES],
        not (stopped or full),
        len(matches),
        time.monotonic() - start,
    )


def _citation(archive: Archive, ident: str) -> str:
    cited = cite_ident(archive, ident)
    return cited.text if cited is not None else ""


def _read(
    archive: Archive,
    fields: dict,
    name: list[Word],
    no_patronymic: bool,
    best: dict[str, Match],
    memo: Memo,
) -> None:
    """Keep the most certain place in this item's text where the whole name stands."""
    text = fields.get("text", "")
    top = best_meeting(name, text)
    if top is None:
        return
    ident = fields.get("id", "")
    held = best.get(ident)
    if held is not None and held.level <= top.level:
        return
    notes = []
    if top.reordered:
        notes.append("words in another order")
    if no_patronymic:
        notes.append("without the patronymic")
    best[ident] = Match(
        how=LEVELS[top.level],
        where=_where(archive, fields, memo),
        id=ident,
        title=_title(fields),
        spelling=text[top.start : top.end],
        citation="",
        notes=notes,
        level=top.level,
        ordinal=int(fields.get("ordinal", 0) or 0),
    )


Progress = Callable[[int, int, str], None]


def screen_names(
    archive: Archive,
    searcher,
    listed: Iterable[Listed],
    progress: Progress | None = None,
    budget: float = DEFAULT_BUDGET,
) -> ScreenReport:
    """Screen every listed name; progress(done, total, name) may raise `Cancelled` between
    names: what was screened by then is returned, marked cancelled."""
    start = time.monotonic()
    items = list(listed)
    report = ScreenReport()
    memo = Memo()
    for n, item in enumerate(items):
        if progress is not None:
            try:
                progress(n, len(items), item.text)
            except Cancelled:
                report.cancelled = True
                break
        report.results.append(screen_name(archive, searcher, item, budget, memo))
    else:
        if progress is not None:
            try:
                progress(len(items), len(items), "done")
            except Cancelled:
                report.cancelled = True
    report.seconds = time.monotonic() - start
    return report


def screen_with_core(
    core, listed: Iterable[Listed], progress: Progress | None = None, budget=DEFAULT_BUDGET
) -> ScreenReport:
    """`screen_names` over a `Core`'s archive and search index (brought up to date first, the
    way a first search does)."""
    if not core.index_ready:
        core.update_index(trust_mark=True)
    return screen_names(core.archive, core.search.store.searcher(), listed, progress, budget)


__all__ = [
    "CLOSE",
    "FOUND",
    "NOT_FOUND",
    "NOT_SEARCHED",
    "POSSIBLE",
    "STATUSES",
    "STOPPED",
    "Match",
    "ScreenReport",
    "Screened",
    "screen_name",
    "screen_names",
    "screen_with_core",
]
