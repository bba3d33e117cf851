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

import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

from whoosh import query as Q
from whoosh.collectors import TimeLimit

from index.archive import Archive
from index.archive.citation import cite_ident
from index.errors import Cancelled
from index.screening.listing import Listed
from index.screening.matching import (
    CERTAIN,
    CLOSE,
    LEVELS,
    Word,
    max_distance,
    meetings,
    name_variants,
    runs,
)
from index.search.spelling import words_within

DEFAULT_BUDGET = 2.0
"""Seconds one name may take (reading candidates, close spellings) before it is stopped."""
MAX_MATCHES = 50
"""Matches kept per name (the most certain first); how many there were is counted."""
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
    total: int = 0
    """How many matches there were (at most `MAX_MATCHES` are kept)."""
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


def _where(archive: Archive, fields: dict) -> str:
    if fields.get("kind") == "case":
        return CASE_RECORD
    bundle = archive.bundle(fields.get("bundle", ""))
    return REPORT if bundle is not None and bundle.builtin else DOCUMENT


def _title(fields: dict) -> str:
    if fields.get("kind") == "case":
        return fields.get("title", "")
    document, section = fields.get("document", ""), fields.get("section", "")
    return document if not section or section == document else f"{document} — {section}"


def screen_name(
    archive: Archive, searcher, listed: Listed, budget: float = DEFAULT_BUDGET
) -> Screened:
    """Screen one listed name (see the module's description)."""
    start = time.monotonic()
    if listed.problem is not None:
        return Screened(listed.line, listed.text, NOT_SEARCHED, listed.problem)
    deadline = start + budget
    reader = searcher.reader()

    def check() -> None:
        if time.monotonic() > deadline:
            raise TimeLimit

    best: dict[str, Match] = {}
    stopped = False
    one_word = False
    try:
        for name, no_patronymic in name_variants(listed.text):
            one_word = len(name) == 1
            if not name:
                continue
            parts = [
                Q.Or([Q.Term("names", t) for t in _word_terms(reader, w, check)]) for w in name
            ]
            query = Q.And(parts) if len(parts) > 1 else parts[0]
            check()  # the close spellings were looked up within the budget
            for n, docnum in enumerate(searcher.docs_for_query(query)):
                if n % 16 == 0:
                    check()
                if n >= MAX_CANDIDATES:
                    raise TimeLimit
                fields = searcher.stored_fields(docnum)
                if fields.get("kind") not in SCREENED_KINDS:
                    continue
                _read(archive, fields, name, no_patronymic, best)
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
        m.citation = _citation(archive, m.id)
    return Screened(
        listed.line,
        listed.text,
        status,
        None,
        matches[:MAX_MATCHES],
        len(matches),
        time.monotonic() - start,
    )


def _citation(archive: Archive, ident: str) -> str:
    cited = cite_ident(archive, ident)
    return cited.text if cited is not None else ""


def _read(
    archive: Archive, fields: dict, name: list[Word], no_patronymic: bool, best: dict[str, Match]
) -> None:
    """Keep the most certain place in this item's text where the whole name stands."""
    text = fields.get("text", "")
    found = [m for run in runs(text) for m in meetings(name, run)]
    if not found:
        return
    top = min(found, key=lambda m: (m.level, m.reordered, m.start))
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
        where=_where(archive, fields),
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
    for n, item in enumerate(items):
        if progress is not None:
            try:
                progress(n, len(items), item.text)
            except Cancelled:
                report.cancelled = True
                break
        report.results.append(screen_name(archive, searcher, item, budget))
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
