"""How a listed name meets a stretch of text, word by word, with the search's name keys.

Every word of the name must meet a word of the text, and the words of the text must stand
together (a window as long as the name, crossing no comma, full stop or bracket: `runs`): a
name is never "found" on one common first name, nor on a first name here and a surname three
lines down, nor on one person's surname and the next person's first name. Each word meets
its partner at one of four levels, the most certain first (`LEVELS`), and a window is as
certain as its least certain word:

- same spelling: the same letters (case aside: `index.search.names.exact_key`);
- other spelling or script: the same name key (`index.search.names.fold_name`: Yensebek,
  Ensebek, Енсебек, Еңсебек);
- case form: the text's word is a Russian or Kazakh case form of the name (its base form,
  `index.search.names.base_form`, has the name's key: Енсебека, Жыланбаевтың);
- close spelling: the keys differ by an edit or two, as the search's fuzzy fallback allows
  (`index.search.engine._loosen`'s rule: keys of four letters or more, the first letter kept,
  one edit up to seven letters, two beyond). Only a "possible" match, never "found".

The words may stand in another order (a list written surname first: "Жыланбаев Марат"),
said with the match. A patronymic in the list ("Марат Сапарович Жыланбаев") that the archive
does not write is left out, and that is said too (`name_variants`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from whoosh.support.levenshtein import distance

from index.search.names import NAME_TOKEN_PATTERN, base_form, exact_key, fold_name

SAME, OTHER, CASE_FORM, CLOSE = 0, 1, 2, 3
LEVELS = ("same spelling", "other spelling or script", "case form", "close spelling")
"""What each level is called, most certain first (English; the window words them)."""
CERTAIN = CASE_FORM
"""The least certain level at which a name is "found"; a close spelling is "possible"."""
MIN_CLOSE_KEY = 4
"""Shorter name keys meet only exactly (the fuzzy fallback's rule): Asan ≠ Asel."""
MAX_PERMUTED = 4
"""Names of more words are matched in their order or reversed only, not every order."""

TOKEN = re.compile(NAME_TOKEN_PATTERN)
PATRONYMIC = re.compile(
    r"(?:ovich|evich|ovna|evna|ichna|ovych|ivna|uly|ulı|kyzy|qyzy|kızı|ogly|ugli|"
    r"ович|евич|овна|евна|ична|инична|улы|ұлы|кызы|қызы|оглы|угли)$"
)


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text (or of a name) with its keys, computed once."""

    text: str
    start: int
    end: int
    exact: str
    key: str
    base: str
    """The key of its base form (= ``key`` for a word in no case form)."""
    capital: bool
    """Written with a capital (or in a script without case): a name's word."""


@lru_cache(maxsize=200_000)
def _keys(word: str) -> tuple[str, str, str]:
    return exact_key(word), fold_name(word), fold_name(base_form(word))


def words(text: str) -> list[Word]:
    out = []
    for m in TOKEN.finditer(text):
        w = m.group()
        exact, key, base = _keys(w)
        if not key:
            continue
        first = w[:1]
        out.append(Word(w, m.start(), m.end(), exact, key, base, first.upper() == first))
    return out


_JOINING = re.compile(r"[\s\-‐‑–]*")


RUNS_CACHED = 4096
"""Texts whose runs are kept: a list of names reads the same paragraphs again and again."""


@lru_cache(maxsize=RUNS_CACHED)
def runs(text: str) -> tuple[tuple[Word, ...], ...]:
    """The text's words in runs that nothing but spaces or hyphens separates: a name never
    spans a comma, a full stop or a bracket ("Aidar Mubarakov, Nurlan Zhauylbaev" holds no
    "Mubarakov Nurlan")."""
    out: list[tuple[Word, ...]] = []
    run: list[Word] = []
    for w in words(text):
        if run and not _JOINING.fullmatch(text, run[-1].end, w.start):
            out.append(tuple(run))
            run = []
        run.append(w)
    if run:
        out.append(tuple(run))
    return tuple(out)


def max_distance(key: str) -> int:
    """Edits a close spelling of ``key`` may differ by (0: none)."""
    if len(key) < MIN_CLOSE_KEY:
        return 0
    return 1 if len(key) < 8 else 2


def level(name: Word, text: Word) -> int | None:
    """How certainly ``text`` is ``name``'s word (`SAME` … `CLOSE`), or None."""
    if name.exact == text.exact:
        return SAME
    if not text.capital:  # a name is written with a capital: "марат" in running text is not one
        return None
    if name.key == text.key:
        return OTHER
    if name.base in (text.key, text.base) or name.key == text.base:
        return CASE_FORM
    limit = max_distance(name.key)
    if limit and name.key[0] == text.key[0]:
        for a in {name.key, name.base}:
            for b in {text.key, text.base}:
                if abs(len(a) - len(b)) <= limit and distance(a, b, limit=limit) <= limit:
                    return CLOSE
    return None


@dataclass(frozen=True)
class Meeting:
    level: int
    start: int
    end: int
    reordered: bool


def _orders(n: int):
    if n <= MAX_PERMUTED:
        return itertools.permutations(range(n))
    return [tuple(range(n)), tuple(reversed(range(n)))]


def meetings(name: list[Word], text) -> list[Meeting]:
    """Every window of ``text`` (one run) where all of ``name``'s words meet, each at its best
    order. Each word of the text is compared with the name's words once."""
    n = len(name)
    if n == 0 or len(text) < n:
        return []
    grid = [[level(a, b) for a in name] for b in text]  # grid[text word][name word]
    found = []
    for i in range(len(text) - n + 1):
        window = grid[i : i + n]
        if any(all(lv is None for lv in row) for row in window):
            continue
        best: tuple[int, bool] | None = None
        for order in _orders(n):
            levels = [window[order[k]][k] for k in range(n)]
            if any(lv is None for lv in levels):
                continue
            candidate = (max(levels), list(order) != list(range(n)))  # type: ignore[type-var]
            if best is None or candidate < best:
                best = candidate
        if best is not None:
            found.append(Meeting(best[0], text[i].start, text[i + n - 1].end, best[1]))
    return found


def best_meeting(name: list[Word], text: str) -> Meeting | None:
    """The most certain place in ``text`` where the whole name stands (then the one in the
    name's order, then the first), or None."""
    found = [m for run in runs(text) for m in meetings(name, run)]
    return min(found, key=lambda m: (m.level, m.reordered, m.start)) if found else None


def name_variants(text: str) -> list[tuple[list[Word], bool]]:
    """The name's words, and without its patronymic when it has one and at least two other
    words: (words, patronymic left out)."""
    full = words(text)
    out = [(full, False)]
    kept = [w for w in full if not PATRONYMIC.search(w.text.casefold())]
    if len(full) >= 3 and len(kept) >= 2 and len(kept) < len(full):
        out.append((kept, True))
    return out
