"""The search API the CLI and the GUI call: ranked hits, snippets, facets, fuzzy fallback.

Thread-safe: each thread searches with its own Whoosh searcher; writes go through the one
`IndexFolder`. A search stops early when its ``cancel`` event is set (the next keystroke
superseded it) or its time budget runs out; what it found by then is returned, marked partial.
"""

from __future__ import annotations

import logging
import re
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as Q
from whoosh.collectors import TimeLimit, WrappingCollector

from index.search.common_grams import gram_words, is_gram
from index.search.facets import facet_counts
from index.search.index_folder import IndexFolder, Progress, SyncReport, _no_progress
from index.search.items import IndexItem
from index.search.postings import OutOfTime, Uncountable, evaluate
from index.search.query import ParsedQuery, is_null, parse
from index.search.snippets import match_spans, snippet_html
from index.search.spelling import suggest, words_within

log = logging.getLogger(__name__)

DEFAULT_BUDGET = 2.0
FEW_HITS = 3
MAX_EXPANSION = 400
"""A wildcard, prefix, fuzzy term or range stands for at most this many indexed words."""
FEW_TERMS_PAST_BUDGET = 32
"""A query that ran out of time being counted still gets its first hits from Whoosh's matchers
(a moment's work) if it has at most this many terms; setting up matchers for a long expansion
(a fuzzy word's 400 neighbours in three fields) would itself run long past the budget."""
MAX_LOOSENED_WORDS = 8
"""A query of more words than this (a pasted paragraph) is searched as typed: no fuzzy
fallback, and suggestions for at most this many unknown words."""


@dataclass
class Hit:
    kind: str
    id: str
    bundle: str
    doc_id: str
    para_id: str
    document: str
    section: str
    section_id: str
    title: str
    snippet: str
    text: str
    score: float
    ordinal: int
    matches: list[tuple[int, int]] = field(default_factory=list)
    """Character spans of ``text`` that matched: what the reader highlights."""

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class SearchResult:
    query: str
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    partial: bool = False
    estimated: bool = False
    """``total`` is an estimate ("about 4,800"): counting every match would have run past the
    time budget, so the matches in the part of the index searched were scaled up to all of it."""
    fuzzy: bool = False
    exact: bool = False
    suggestion: str | None = None
    seconds: float = 0.0


@dataclass
class _Plan:
    """What one search runs with; shared by its first pass and its fuzzy fallback."""

    searcher: Any
    limit: int
    kind_filter: Q.Query | None
    cancel: threading.Event | None
    deadline: float
    facets: bool


class _StopCollector(WrappingCollector):
    """Stops collecting when cancelled or out of time (checked every few documents)."""

    def __init__(
        self, child, deadline: float, cancel: threading.Event | None, keep: bool = False
    ) -> None:
        super().__init__(child)
        self.deadline = deadline
        self.cancel = cancel
        self.stopped = False
        self.seen = 0
        self.docnums: list[int] | None = [] if keep else None
        """Every matching document (global numbers), when facets are to be counted."""
        self.reached = 0
        """How far (in document numbers) the search got: what an estimated total scales by."""

    def collect_matches(self) -> None:
        child = self.child
        offset = child.offset
        docnums = self.docnums
        for sub_docnum in child.matches():
            self.seen += 1
            self.reached = offset + sub_docnum + 1
            if docnums is not None:
                docnums.append(self.reached - 1)
            if self.seen % 64 == 0 and (
                time.monotonic() > self.deadline or (self.cancel and self.cancel.is_set())
            ):
                self.stopped = True
                raise TimeLimit
            child.collect(sub_docnum)


class SearchEngine:
    """Index + search over whatever item sources it is given (archive, notes, imports)."""

    def __init__(
        self,
        folder: Path,
        sources: Iterable[Callable[[], Iterable[IndexItem]]],
        size_hint: Callable[[], int] = lambda: 0,
        seed: Path | None = None,
        lock: threading.RLock | None = None,
        key: bytes | None = None,
        in_memory: bool = False,
    ) -> None:
        self.store = IndexFolder(folder, seed, key, in_memory)
        self.sources = list(sources)
        self.size_hint = size_hint
        """How many items the sources will give: progress totals without materialising them."""
        self.last_sync: SyncReport | None = None
        self._ready = threading.Event()
        self._ensure_lock = lock or threading.RLock()
        """Held while the index is synced or rebuilt: the owner's writer lock, so no change
        lands between reading the sources and committing what they gave."""

    @property
    def ready(self) -> bool:
        """Filled at least once (by `ensure` or `rebuild`) since it was opened."""
        return self._ready.is_set()

    def items(self) -> Iterable[IndexItem]:
        for source in self.sources:
            yield from source()

    def ensure(self, progress: Progress = _no_progress) -> SyncReport:
        """Open (rebuilding if missing, stale or corrupt) and bring up to date."""
        with self._ensure_lock:
            report = self.store.sync(self.items(), progress, expected=self.size_hint())
            self.last_sync = report
            self._ready.set()
        return report

    def rebuild(self, progress: Progress = _no_progress) -> SyncReport:
        with self._ensure_lock:
            self.last_sync = self.store.rebuild(self.items(), progress, self.size_hint())
            self._ready.set()
        return self.last_sync

    def trust(self, report: SyncReport) -> None:
        """Take the open index as in sync without reading the sources: its owner knows that
        nothing changed since the last sync (`index.sync_mark`)."""
        self.last_sync = report
        self._ready.set()

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        kind: str | None = None,
        exact: bool = False,
        cancel: threading.Event | None = None,
        budget: float = DEFAULT_BUDGET,
        facets: bool = True,
    ) -> SearchResult:
        """Search; never raises on bad input. A damaged index (`is_index_damage`) is rebuilt
        and searched again; a bug is logged and raised, never answered with a rebuild."""
        limit = max(1, int(limit))
        if not self._ready.is_set():
            self.ensure()  # never search an index before it is filled (threads wait their turn)
        try:
            return self._search(text, limit, kind, exact, cancel, budget, facets)
        except Exception as exc:
            if not is_index_damage(exc):
                log.exception(
                    "a search (%d characters) failed: a bug, not a damaged index", len(text)
                )
                raise
            log.warning("search failed, rebuilding the index: %s", type(exc).__name__)
            self.rebuild()
            result = self._search(text, limit, kind, exact, cancel, budget, facets)
            result.messages.insert(0, "The search index was damaged and has been rebuilt.")
            return result

    def _search(self, text, limit, kind, exact, cancel, budget, facets) -> SearchResult:
        start = time.monotonic()
        parsed = parse(text, exact=exact)
        result = SearchResult(query=parsed.text, messages=list(parsed.messages), exact=parsed.exact)
        if is_null(parsed.query):
            return result
        plan = _Plan(
            searcher=self.store.searcher(),
            limit=limit,
            kind_filter=Q.Term("kind", kind) if kind else None,
            cancel=cancel,
            deadline=start + budget,
            facets=facets,
        )
        self._run(plan, parsed.query, result)
        long_text = len(parsed.words) > MAX_LOOSENED_WORDS
        if result.total == 0 and not parsed.exact and not result.partial and not long_text:
            fuzzy = self._fuzzy_query(parsed)
            if fuzzy is not None:
                self._run(plan, fuzzy, result)
                if result.total:
                    result.fuzzy = True
                    result.messages.append(
                        f"No exact matches for “{parsed.text}”; showing close spellings."
                    )
        if (result.fuzzy or result.total < FEW_HITS) and parsed.words and not result.partial:
            result.suggestion = self._suggest(plan.searcher, parsed, plan)
        result.seconds = time.monotonic() - start
        return result

    def _run(self, plan: _Plan, q: Q.Query, result: SearchResult) -> None:
        searcher, limit, cancel = plan.searcher, plan.limit, plan.cancel
        if cancel is not None and cancel.is_set():  # superseded before it began
            _stopped(result, cancel)
            return
        try:
            q = _bounded(q, searcher.reader(), plan, result)
        except TimeLimit:
            _stopped(result, cancel)
            return
        try:
            found = evaluate(searcher, q, plan.kind_filter, plan.deadline, cancel)
        except Uncountable:
            self._run_matchers(plan, q, result)
            return
        except OutOfTime:
            if (cancel and cancel.is_set()) or sum(1 for _ in q.leaves()) > FEW_TERMS_PAST_BUDGET:
                _stopped(result, cancel)
            else:  # some hits and an estimate, from the first documents Whoosh matches
                self._run_matchers(plan, q, result)
            return
        result.total = found.total
        if found.estimated:  # phrase candidates left unchecked: not every match is known
            _stopped(result, cancel)
            if not (cancel and cancel.is_set()):
                _estimated(result)
        elif plan.facets:
            docnums = found.arrays[0] if found.arrays is not None else found.docnums()
            result.facets = facet_counts(searcher, docnums)
        hits, close = found.ranked(limit)
        if close:  # a near-tie that the order of additions could flip: Whoosh decides
            hits = _scored(searcher, q, found.top_candidates(limit))[:limit]
        terms, phrases = self._terms(searcher, q)
        memo: dict[str, bool] = {}  # word → marked, shared by this search's hits
        result.hits = [
            self._hit(searcher.stored_fields(docnum), score, terms, memo, phrases)
            for score, docnum in hits
        ]

    def _run_matchers(self, plan: _Plan, q: Q.Query, result: SearchResult) -> None:
        """A query `evaluate` does not handle: Whoosh scores every match (optimize=False, no
        matcher replacement), so the collector counts them all and keeps their numbers for
        the facets."""
        searcher, limit, cancel = plan.searcher, plan.limit, plan.cancel
        child = searcher.collector(limit=limit, filter=plan.kind_filter, optimize=False)
        inner = child
        while getattr(inner, "child", None) is not None:
            inner = inner.child
        # No matcher replacement either: once the top N are full, Whoosh swaps in matchers that
        # drop documents scoring too low to enter them, and the count would come out short.
        inner.replace = 0
        collector = _StopCollector(child, plan.deadline, cancel, keep=plan.facets)
        try:
            searcher.search_with_collector(q, collector)
        except TimeLimit:
            _stopped(result, cancel)
        results = collector.results()
        # Counted while collecting (optimize=False makes the collector see every match), so
        # the total never costs Whoosh a second, unbudgeted run of the query.
        result.total = collector.seen
        if collector.stopped and not (cancel and cancel.is_set()) and collector.reached:
            # Out of time, not superseded: scale what the part searched held to the whole.
            everything = searcher.reader().doc_count_all()
            if collector.reached < everything:
                result.total = max(
                    collector.seen, round(collector.seen * everything / collector.reached)
                )
                _estimated(result)
        if plan.facets and not result.partial and collector.docnums is not None:
            result.facets = facet_counts(searcher, collector.docnums)
        terms, phrases = self._terms(searcher, q)
        memo: dict[str, bool] = {}  # word → marked, shared by this search's hits
        result.hits = [
            self._hit(h.fields(), h.score, terms, memo, phrases) for h in results[:limit]
        ]

    @staticmethod
    def _terms(searcher, q) -> tuple[dict[str, set[str]], list[tuple[str, tuple[str, ...]]]]:
        """Query terms by field, with prefixes and fuzzy terms expanded to the index's words;
        and the phrases, (field, analysed words), whose words are marked only where they
        stand together as the phrase (a pair of common words, searched as one term, is one)."""
        terms: dict[str, set[str]] = {}
        phrases: list[tuple[str, tuple[str, ...]]] = []
        found: list[tuple[str, object]] = []
        reader = searcher.reader()
        for leaf in [q, *q.leaves()] if not q.is_leaf() else [q]:
            if isinstance(leaf, Q.Phrase):
                words = _phrase_words([_text(w) for w in leaf.words])
                if words:
                    phrases.append((leaf.fieldname, words))
            elif isinstance(leaf, Q.MultiTerm):
                try:
                    found += list(leaf.expanded_terms(reader))
                except Exception:  # an odd expansion only costs highlighting, never the search
                    log.debug("cannot expand a %s", type(leaf).__name__)
            elif leaf.is_leaf():
                found += list(leaf.iter_all_terms(phrases=True))
        for fieldname, value in found:
            text = _text(value)
            if text is None:  # numeric fields' encoded terms: nothing to mark
                continue
            if is_gram(text):  # a pair of words (common grams): the two together
                phrases.append((fieldname, tuple(gram_words(text))))
            else:
                terms.setdefault(fieldname, set()).add(text)
        return terms, phrases

    @staticmethod
    def _hit(
        fields: dict,
        score: float | None,
        terms: dict[str, set[str]],
        memo: dict | None = None,
        phrases: list[tuple[str, tuple[str, ...]]] = (),
    ) -> Hit:
        text = fields.get("text", "")
        spans = match_spans(text, terms, memo, phrases)
        return Hit(
            kind=fields.get("kind", ""),
            id=fields["id"],
            bundle=fields.get("bundle", ""),
            doc_id=fields.get("doc_id", ""),
            para_id=fields.get("para_id", ""),
            document=fields.get("document", ""),
            section=fields.get("section", ""),
            section_id=fields.get("section_id", ""),
            title=fields.get("title", ""),
            snippet=snippet_html(text, spans),
            text=text,
            score=round(float(score or 0.0), 4),
            ordinal=int(fields.get("ordinal", 0) or 0),
            matches=spans,
        )

    @staticmethod
    def _fuzzy_query(parsed: ParsedQuery) -> Q.Query | None:
        """The same query with its spelled words loosened by edit distance, or None when
        nothing can be loosened. Structure is kept: OR stays OR, filters stay filters, and a
        query with a phrase or an exclusion is not loosened at all (that would change what it
        means)."""
        if _has_strict_parts(parsed.query):
            return None
        loosened = _loosen(parsed.query)
        return None if loosened == parsed.query else loosened

    @staticmethod
    def _suggest(searcher, parsed: ParsedQuery, plan: _Plan | None = None) -> str | None:
        """The query as typed, with each unknown word replaced by the nearest indexed word;
        operators, phrases and filters stay as they were. At most `MAX_LOOSENED_WORDS` words,
        and never past the search's budget."""
        suggestion, changed = parsed.text, False
        reader = searcher.reader()
        for word in list(dict.fromkeys(parsed.words))[:MAX_LOOSENED_WORDS]:
            if plan is not None and _out_of_time(plan):
                break
            lower = word.lower()
            if len(word) < 4 or reader.frequency("exact", lower) > 0:
                continue
            if _known_word_form(searcher, word):  # голодовка for голодовку: found, not a typo
                continue
            options = suggest(searcher, "exact", lower, limit=1, maxdist=2, prefix=1)
            if not options:
                continue
            better = options[0].capitalize() if word[:1].isupper() else options[0]
            suggestion = re.sub(rf"(?<![\w:]){re.escape(word)}(?!\w)", better, suggestion)
            changed = True
        return suggestion if changed else None


def _out_of_time(plan: _Plan) -> bool:
    return time.monotonic() > plan.deadline or bool(plan.cancel and plan.cancel.is_set())


def _expand(leaf: Q.MultiTerm, reader, plan: _Plan) -> tuple[list, bool]:
    """The indexed words ``leaf`` stands for, at most `MAX_EXPANSION`, checking the budget
    and cancellation as it walks the word list (raises TimeLimit). Returns (words, cut)."""
    if isinstance(leaf, Q.Wildcard | Q.Regex):
        pattern = re.compile(leaf._get_pattern())
        prefix = leaf._find_prefix(leaf.text)
        from_bytes = reader.schema[leaf.fieldname].from_bytes
        candidates = (
            reader.expand_prefix(leaf.fieldname, prefix)
            if prefix
            else reader.lexicon(leaf.fieldname)
        )
        source = _checked(candidates, plan)
        matching = (b for b in source if pattern.match(text := from_bytes(b)) and not is_gram(text))
    elif type(leaf) is Q.FuzzyTerm:  # Whoosh's words, read once per searcher (`spelling`)
        matching = iter(
            words_within(
                reader,
                leaf.fieldname,
                leaf.text,
                leaf.maxdist,
                leaf.prefixlength,
                check=lambda: _check_time(plan),
            )
        )
    else:
        matching = _checked(iter(leaf._btexts(reader)), plan)
    words = []
    for btext in matching:
        if len(words) >= MAX_EXPANSION:
            return words, True
        words.append(btext)
    return words, False


def _check_time(plan: _Plan) -> None:
    if _out_of_time(plan):
        raise TimeLimit


def _checked(items, plan: _Plan):
    for n, item in enumerate(items):
        if n % 64 == 0 and _out_of_time(plan):
            raise TimeLimit
        yield item


def _bounded(q: Q.Query, reader, plan: _Plan, result: SearchResult) -> Q.Query:
    """``q`` with every term-expanding part (wildcards, prefixes, fuzzy terms, ranges)
    replaced by the words it stands for, found within the budget and at most
    `MAX_EXPANSION` of them; a message says when a pattern was cut."""
    if isinstance(q, Q.Wildcard) and q.text == "*":
        return q  # every document: the collector's budget bounds it
    if isinstance(q, Q.MultiTerm):
        if _out_of_time(plan):
            raise TimeLimit
        words, cut = _expand(q, reader, plan)
        if cut:
            note = (
                f"“{q.text if hasattr(q, 'text') else q}” matches too many words; "
                f"searched the first {MAX_EXPANSION}."
            )
            if note not in result.messages:
                result.messages.append(note)
        if not words:
            return Q.NullQuery
        terms = [Q.Term(q.fieldname, w, boost=q.boost) for w in words]
        return terms[0] if len(terms) == 1 else Q.Or(terms)
    if q.is_leaf():
        return q
    return q.apply(lambda child: _bounded(child, reader, plan, result))


_READ_ERRORS = (OSError, ValueError, EOFError, KeyError, IndexError, struct.error, zlib.error)


def is_index_damage(exc: BaseException) -> bool:
    """Is this Whoosh failing to read a damaged index (rebuild it), rather than a bug in our
    code (log and raise)? Whoosh's own index errors are damage; a low-level read error
    counts only when it was raised inside Whoosh, not in our code that called it."""
    if isinstance(exc, whoosh_index.IndexError):
        return True
    if type(exc).__module__.split(".")[0] == "whoosh":  # TermNotFound and the like
        return True
    if not isinstance(exc, _READ_ERRORS):
        return False
    innermost = None  # by module name, which holds in a frozen build too (file names do not)
    tb = exc.__traceback__
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__", "")
        if module == "whoosh" or module.startswith("whoosh."):
            innermost = "whoosh"
        elif module == "index" or module.startswith(("index.", "app.")):
            innermost = "ours"
        tb = tb.tb_next
    return innermost == "whoosh"


FUZZY_FIELDS = ("exact", "names")
MAX_FUZZY_CHARS = 40
"""Longer "words" (pasted junk) are not loosened: their edit automaton is costly and useless."""


def _loosen(q: Q.Query) -> Q.Query:
    """Turn spelled-word terms into fuzzy terms: distance 1 up to 7 letters, 2 beyond; words
    under 5 letters (or whose name key is under 4) stay exact, so nonsense cannot reach
    every short word."""
    if isinstance(q, Q.Term) and q.fieldname in FUZZY_FIELDS:
        text = str(q.text)
        shortest = 4 if q.fieldname == "names" else 5
        if shortest <= len(text) <= MAX_FUZZY_CHARS:
            return Q.FuzzyTerm(
                q.fieldname, text, boost=q.boost, prefixlength=1, maxdist=1 if len(text) < 8 else 2
            )
        return q
    if q.is_leaf():
        return q
    return q.apply(_loosen)


def _has_strict_parts(q: Q.Query) -> bool:
    """Phrases and exclusions: parts of a query that fuzzy matching must not loosen."""
    if isinstance(q, Q.Phrase | Q.Not | Q.AndNot):
        return True
    return any(_has_strict_parts(child) for child in q.children())


def _estimated(result: SearchResult) -> None:
    result.estimated = True
    result.messages.append(
        f"About {result.total:,} matches: an estimate, as counting them all would take too long."
    )


def _scored(searcher, q: Q.Query, docnums: list[int]) -> list[tuple[float, int]]:
    """Whoosh's own scores for these documents (global numbers; each matches ``q``), best
    first, ties by document number as its collector orders them: a matcher per segment,
    moved straight to each document."""
    scored = []
    wanted = sorted(docnums)
    context = searcher.context()
    for sub, offset in searcher.leaf_searchers():
        end = offset + sub.reader().doc_count_all()
        local = [d - offset for d in wanted if offset <= d < end]
        if not local:
            continue
        m = q.matcher(sub, context)
        for d in local:
            if not m.is_active():
                break
            m.skip_to(d)
            if m.is_active() and m.id() == d:
                scored.append((m.score(), d + offset))
            else:  # a bug in `evaluate`: better a missing hit than a crash
                log.warning("document %d was evaluated as matching but does not", d + offset)
    scored.sort(key=lambda item: (-item[0], item[1]))
    return scored


def _stopped(result: SearchResult, cancel) -> None:
    """Mark ``result`` partial and say why: superseded (cancelled) or out of time."""
    result.partial = True
    result.messages.append(
        "Stopped early: superseded."
        if cancel and cancel.is_set()
        else "The search took too long; these results are partial."
    )


def _known_word_form(searcher, word: str) -> bool:
    """Whether ``word`` is another form of an indexed word (its stem is in ``text``): then
    the search already found that word's forms, and "Did you mean" would call correct
    Russian or Kazakh a typo."""
    field = searcher.schema["text"]
    reader = searcher.reader()
    stems = [t.text for t in field.analyzer(word, mode="query") if " " not in t.text]
    return bool(stems) and all(reader.frequency("text", stem) > 0 for stem in stems)


def _text(value) -> str | None:
    """A term as text (None for a numeric field's encoded term)."""
    try:
        return value.decode("utf-8") if isinstance(value, bytes) else str(value)
    except UnicodeDecodeError:
        return None


def _phrase_words(terms: list[str | None]) -> tuple[str, ...]:
    """The analysed words of a phrase from its terms at consecutive positions: a term of
    common grams (a pair) at a position starts with that position's word (`phrase_terms`)."""
    words = []
    for term in terms:
        if term is None:
            return ()
        words.append(gram_words(term)[0] if is_gram(term) else term)
    if terms and is_gram(terms[-1]):
        words.append(gram_words(terms[-1])[-1])
    return tuple(words)
