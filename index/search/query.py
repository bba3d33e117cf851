"""From what a person types to a Whoosh query, never raising.

Supported: words (AND), "phrases", OR, NOT and ``-word``, ``prefix*``, field filters
``kind: person: section: place: court: tag: date:``, dates ``date:2025-04`` and ranges
``date:[2025-01 to 2025-06]``, and ``exact:`` to turn folding and stemming off. Anything the
parser cannot read (unbalanced quotes or brackets, stray operators, control characters, very long
input) falls back to a search for the plain words, with a message saying so.
"""

from __future__ import annotations

import itertools
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from whoosh import query as Q
from whoosh.qparser import MultifieldParser

from index.search.common_grams import common_name_keys, phrase_terms
from index.search.names import base_form, fold_name
from index.search.schema import build_schema

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 1000
FILTER_FIELDS = {"kind", "person", "section", "place", "court", "tag", "date"}
DEFAULT_BOOSTS = {"exact": 4.0, "text": 2.0, "names": 1.0, "title": 1.0}
EXACT_BOOSTS = {"exact": 1.0}
FOLDED_FIELDS = {"names", "person", "place"}
_WORD_RE = re.compile(r"[\w\u0300-\u036f]+(?:['’][\w\u0300-\u036f]+)*")
_OPERATOR = re.compile(r"^(AND|OR|NOT|ANDNOT|ANDMAYBE)$")
_FIELD_RE = re.compile(r"(?<![\w])([A-Za-z_]+):")
_SCHEMA = build_schema()


@dataclass
class ParsedQuery:
    text: str
    """The query as searched (after clean-up), shown as "searched for …"."""
    query: Q.Query
    words: list[str]
    """Plain words of the query, for fuzzy matching and suggestions."""
    exact: bool = False
    fallback: bool = False
    messages: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.words and is_null(self.query)


def is_null(q: Q.Query) -> bool:
    return q is Q.NullQuery or isinstance(q, type(Q.NullQuery))


def clean(text: str) -> tuple[str, list[str]]:
    """Strip control characters and cap the length; say what was changed."""
    messages = []
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") else ch for ch in text
    )
    if cleaned != text:
        messages.append("Removed control characters from the query.")
    if len(cleaned) > MAX_QUERY_CHARS:
        cleaned = cleaned[:MAX_QUERY_CHARS]
        messages.append(f"The query was cut to its first {MAX_QUERY_CHARS} characters.")
    return " ".join(cleaned.split()), messages


def syntax_problem(text: str) -> str | None:
    """Why the query syntax cannot be trusted, or None."""
    if text.count('"') % 2:
        return "an unbalanced quote"
    depth = {"(": 0, "[": 0}
    pairs = {")": "(", "]": "["}
    for ch in text:
        if ch in depth:
            depth[ch] += 1
        elif ch in pairs:
            depth[pairs[ch]] -= 1
            if depth[pairs[ch]] < 0:
                return f"an unmatched '{ch}'"
    for opener, count in depth.items():
        if count:
            return f"an unmatched '{opener}'"
    tokens = text.replace("(", " ").replace(")", " ").split()
    if tokens and (
        (_OPERATOR.match(tokens[0]) and tokens[0] != "NOT") or _OPERATOR.match(tokens[-1])
    ):
        return f"a stray '{tokens[0] if _OPERATOR.match(tokens[0]) else tokens[-1]}'"
    for a, b in itertools.pairwise(tokens):
        if _OPERATOR.match(a) and _OPERATOR.match(b) and b != "NOT":
            return f"'{a} {b}'"
    for match in _FIELD_RE.finditer(text):
        rest = text[match.end() :]
        if not rest or rest[0] == " ":
            return f"an empty '{match.group(1)}:' filter"
    if re.search(r"(^|\s)[-+*](\s|$)", text):
        return "a stray operator"
    return None


def plain_words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _parser(exact: bool) -> MultifieldParser:
    boosts = EXACT_BOOSTS if exact else DEFAULT_BOOSTS
    return MultifieldParser(list(boosts), _SCHEMA, fieldboosts=boosts)


def _minus_to_not(text: str) -> str:
    """``-word`` → ``NOT word`` and a leading ``+`` dropped; a hyphen inside a word
    (``2025-08``, ``anti-NGO``) stays."""
    text = re.sub(r'(^|(?<=[\s(]))-(?=[\w"(])', "NOT ", text)
    return re.sub(r'(^|(?<=[\s(]))\+(?=[\w"(])', "", text)


def _words_query(words: list[str], exact: bool) -> Q.Query:
    parser = _parser(exact)
    parts = [_fold_tree(parser.parse(w), exact) for w in words]
    parts = [p for p in parts if not is_null(p)]
    return Q.And(parts).normalize() if parts else Q.NullQuery


GRAM_FIELDS = {"text", "title"}
"""Fields indexed with common grams: a phrase there is searched as its grams."""


def _fold_tree(q: Q.Query, exact: bool = False) -> Q.Query:
    """Fix what the parser leaves raw: fold prefixes on name fields, widen date ranges; search
    a phrase through common grams, and not in ``exact`` unless spelling is exact (``text``
    finds everything the ``exact`` phrase finds: it only folds and stems more), nor in
    ``names`` when it holds a common word."""
    if isinstance(q, Q.Phrase) and q.slop == 1:
        if q.fieldname == "exact" and not exact:
            return Q.NullQuery
        if q.fieldname == "names" and common_name_keys().intersection(map(str, q.words)):
            return Q.NullQuery  # "the Supreme Court" is no name: ``text`` finds it
        if q.fieldname in GRAM_FIELDS and len(q.words) > 1:
            terms = phrase_terms([str(w) for w in q.words])
            if len(terms) == 1:
                return Q.Term(q.fieldname, terms[0], boost=q.boost)
            return Q.Phrase(q.fieldname, terms, boost=q.boost)
    if isinstance(q, Q.Prefix | Q.Wildcard) and q.fieldname in FOLDED_FIELDS:
        stem = str(q.text).rstrip("*?")
        folded = fold_name(stem)
        return Q.Prefix(q.fieldname, folded, boost=q.boost) if folded else Q.NullQuery
    if isinstance(q, Q.TermRange) and q.fieldname == "date":
        end = f"{q.end}\uffff" if q.end else None
        return Q.TermRange(
            "date", q.start, end, startexcl=q.startexcl, endexcl=False, boost=q.boost
        )
    if isinstance(q, Q.Term) and q.fieldname == "kind":
        return Q.Term("kind", str(q.text).lower(), boost=q.boost)
    if q.is_leaf():
        return q
    q = q.apply(lambda child: _fold_tree(child, exact))
    if exact or not isinstance(q, Q.Or):
        return q
    return _one_field_for_same_terms(_with_base_form(q))


def _with_base_form(q: Q.Or) -> Q.Or:
    """One word's fields (the parser's Or): a Cyrillic name typed in a case form (Еңсебекке,
    Енсебека) also searches ``names`` for its base form, below the form typed, so it finds
    the person under any spelling (Yensebek, Енсебек), as the base form finds every case
    form. The ``exact`` term holds the word as typed (lowercased)."""
    terms = {t.fieldname: t for t in q.subqueries if type(t) is Q.Term}
    typed, names = terms.get("exact"), terms.get("names")
    if typed is None or names is None:
        return q
    base = fold_name(base_form(str(typed.text)))
    if not base or base == names.text:
        return q
    return Q.Or([*q.subqueries, Q.Term("names", base, boost=names.boost * 0.5)])


def _one_field_for_same_terms(q: Q.Or) -> Q.Or:
    """One word's fields (the parser's Or): where its ``exact`` term is also its ``text`` term
    (the word is its own stem: "court", "police"), both find the same documents, so only
    ``text`` is searched, with both boosts: one posting list read instead of two."""
    terms = {t.fieldname: t for t in q.subqueries if isinstance(t, Q.Term) and type(t) is Q.Term}
    same, text = terms.get("exact"), terms.get("text")
    if same is None or text is None or same.text != text.text:
        return q
    merged = Q.Term("text", text.text, boost=text.boost + same.boost)
    rest = [t for t in q.subqueries if t is not same and t is not text]
    return Q.Or([merged, *rest], boost=q.boost)


def parse(text: str, exact: bool = False) -> ParsedQuery:
    """Parse what was typed; never raises."""
    cleaned, messages = clean(text)
    if cleaned.lower().startswith("exact:"):
        exact = True
        cleaned = cleaned[6:].strip()
    words = [w for w in plain_words(cleaned) if not _OPERATOR.match(w)]
    if not cleaned or (not words and "*" not in cleaned):
        return ParsedQuery(
            cleaned, Q.NullQuery, [], exact, False, [*messages, "Nothing to search for."]
        )
    problem = syntax_problem(cleaned)
    if problem is None:
        try:
            q = _fold_tree(_parser(exact).parse(_minus_to_not(cleaned)), exact).normalize()
            if not is_null(q):
                return ParsedQuery(cleaned, q, _free_words(cleaned), exact, False, messages)
            problem = "nothing searchable"
        except Exception as exc:  # the parser's own failure is bad input, not a bug
            log.info(
                "a query of %d characters could not be parsed: %s", len(cleaned), type(exc).__name__
            )
            problem = "syntax the parser could not read"
    fallback = " ".join(words)
    messages.append(f"Couldn't read the query ({problem}); searched for the words: {fallback}")
    return ParsedQuery(fallback, _words_query(words, exact), words, exact, True, messages)


def _free_words(text: str) -> list[str]:
    """Words outside field filters and operators: what fuzzy matching may loosen."""
    without_filters = re.sub(r'\b[A-Za-z_]+:("[^"]*"|\[[^\]]*\]|\S+)', " ", text)
    return [w for w in plain_words(without_filters) if not _OPERATOR.match(w)]
