"""Search quality on the real bundled report: spellings across scripts, stemming, phrases,
operators, filters, facets, ranking, fuzzy fallback and suggestions.

Everything runs against a real Whoosh index built on disk from the bundled archive. Where it
can, a test derives what *should* be found from the report text itself (regexes over the
paragraphs, the case records' fields), so the expectation does not come from the index.
"""

from __future__ import annotations

import html
import re
from collections import Counter

import pytest

from index.core import Core
from index.search.engine import SearchResult
from index.search.names import fold_name

ENSEBEK_PARAGRAPHS = {"photo-caption", "freedom-of-expression-2", "peaceful-assembly-2"}
RESTRICTED_FREEDOM = {
    "freedom-of-expression-2",
    "government-opponents-and-other-critics-3",
    "violence-against-women-2",
}
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@pytest.fixture(scope="module")
def core(tmp_path_factory) -> Core:
    built = Core(tmp_path_factory.mktemp("data"))
    report = built.search.ensure()
    assert report.rebuilt and report.reason == "missing"
    assert report.added == len(list(built.archive.paragraphs())) + len(built.archive.cases)
    return built


def run(core: Core, text: str, **kw) -> SearchResult:
    kw.setdefault("limit", 200)
    return core.search.search(text, **kw)


def ids(result: SearchResult, kind: str | None = None) -> set[str]:
    return {h.id for h in result.hits if kind is None or h.kind == kind}


def order(result: SearchResult, kind: str | None = None) -> list[str]:
    return [h.id for h in result.hits if kind is None or h.kind == kind]


def paragraphs_where(core: Core, pattern: str, flags: int = 0) -> set[str]:
    """Ground truth from the report text: ids of paragraphs the regex finds something in."""
    rx = re.compile(pattern, flags)
    return {p.id for p in core.archive.paragraphs() if rx.search(p.text)}


def paragraph_text(core: Core, ident: str) -> str:
    para = core.archive.paragraph(ident)
    assert para is not None, ident
    return para.text


def hit(result: SearchResult, ident: str):
    found = [h for h in result.hits if h.id == ident]
    assert found, f"{ident} not in {order(result)}"
    return found[0]


# -- the report's own spellings of one name ------------------------------------------------


def test_report_spells_the_blogger_two_ways(core):
    assert "Yensebek" in paragraph_text(core, "photo-caption")
    assert "Ensebek" not in paragraph_text(core, "photo-caption").replace("Yensebek", "")
    for ident in ("freedom-of-expression-2", "peaceful-assembly-2"):
        assert "Ensebek" in paragraph_text(core, ident)
        assert "Yensebek" not in paragraph_text(core, ident)
    assert paragraphs_where(core, r"\b(?:Ensebek|Yensebek)") == ENSEBEK_PARAGRAPHS


def test_yensebek_finds_the_ensebek_paragraphs_and_case(core):
    result = run(core, "Yensebek")
    assert ids(result, "paragraph") == ENSEBEK_PARAGRAPHS
    assert "temirlan-ensebek" in ids(result, "case")
    assert not result.fuzzy and result.total == len(result.hits)


def test_ensebek_finds_the_caption_that_spells_yensebek(core):
    result = run(core, "Ensebek")
    assert ids(result, "paragraph") == ENSEBEK_PARAGRAPHS
    assert "temirlan-ensebek" in ids(result, "case")
    caption = hit(result, "photo-caption")
    assert [caption.text[a:b] for a, b in caption.matches] == ["Yensebek"]


@pytest.mark.parametrize(
    ("query", "pattern", "paragraphs", "case"),
    [
        ("Енсебек", r"\b(?:Ensebek|Yensebek)", ENSEBEK_PARAGRAPHS, "temirlan-ensebek"),
        ("Еңсебек", r"\b(?:Ensebek|Yensebek)", ENSEBEK_PARAGRAPHS, "temirlan-ensebek"),
        ("ЕНСЕБЕК", r"\b(?:Ensebek|Yensebek)", ENSEBEK_PARAGRAPHS, "temirlan-ensebek"),
        ("ensebek", r"\b(?:Ensebek|Yensebek)", ENSEBEK_PARAGRAPHS, "temirlan-ensebek"),
        (
            "Жыланбаев",
            r"\bZhylanbay?ev",
            {"government-opponents-and-other-critics-1", "human-rights-defenders-3"},
            "marat-zhylanbaev",
        ),
        ("Zhylanbayev", r"\bZhylanbay?ev", None, "marat-zhylanbaev"),
        ("Тоқаев", r"\bTokay?ev", {"human-rights-defenders-1"}, "anti-ngo-rhetoric"),
        ("Токаев", r"\bTokay?ev", {"human-rights-defenders-1"}, "anti-ngo-rhetoric"),
        ("Tokayev", r"\bTokay?ev", {"human-rights-defenders-1"}, "anti-ngo-rhetoric"),
        ("Ахмедьяров", r"\bAkhmedyarov", {"freedom-of-expression-1"}, "lukpan-akhmedyarov"),
        (
            "Төрегожина",
            r"\bToregozhina",
            {"human-rights-defenders-3"},
            "bakhytzhan-toregozhina",
        ),
    ],
)
def test_names_meet_across_scripts(core, query, pattern, paragraphs, case):
    truth = paragraphs_where(core, pattern)
    if paragraphs is not None:
        assert truth == paragraphs
    result = run(core, query)
    assert ids(result, "paragraph") == truth
    assert case in ids(result, "case")
    assert not result.fuzzy, "a spelling variant is a match, not a fuzzy guess"
    # the case record is about that person, so it is the best hit
    assert result.hits[0].id == case


@pytest.mark.parametrize(
    ("query", "case"),
    [
        ("Казакбай", "nuclear-plant-critics"),
        ("Kazakbay", "nuclear-plant-critics"),
        ("Sydykov", "nuclear-plant-critics"),
        ("Сыдыков", "nuclear-plant-critics"),
        ("Zhauylbayev", "nuclear-plant-critics"),
        ("Temirgaliyev", "nuclear-plant-critics"),
        ("Yerkebayeva", "elvira-erkebayeva"),
        ("Yemelyanova", "yulia-emelyanova"),
        ("Aqylbek", "akylbek-muratbai"),
        ("Мухаметкарим", "duman-mukhammadkarim"),
        ("Ахмедияров", "lukpan-akhmedyarov"),
    ],
)
def test_spellings_in_use_find_their_records(core, query, case):
    """The Latin and Cyrillic spellings the press uses, added after the audit, find the record."""
    result = run(core, query)
    assert case in ids(result, "case")
    assert not result.fuzzy


def test_snippet_marks_the_variant_spelling(core):
    result = run(core, "Енсебек")
    snippet = hit(result, "freedom-of-expression-2").snippet
    assert "<mark>Ensebek</mark>" in snippet
    assert "<mark>Yensebek</mark>" in hit(result, "photo-caption").snippet
    case_snippet = hit(result, "temirlan-ensebek").snippet
    assert "<mark>Енсебек</mark>" in case_snippet or "<mark>Ensebek</mark>" in case_snippet


def test_snippet_is_escaped_text_around_the_marks(core):
    for query in ("Енсебек", "sentence", '"restricted freedom"', "Qaznews*"):
        for h in run(core, query).hits:
            plain = html.unescape(re.sub(r"</?mark>", "", h.snippet)).strip("…")
            assert "<" not in re.sub(r"</?mark>", "", h.snippet)
            assert plain in h.text.replace("\n", " · "), (query, h.id)
            assert h.snippet.count("<mark>") == h.snippet.count("</mark>") >= 1, (query, h.id)


@pytest.mark.parametrize("query", ["Енсебек", "Yensebek", "Жыланбаев", "Тоқаев"])
def test_match_spans_slice_the_text_to_the_matched_words(core, query):
    key = fold_name(query)
    result = run(core, query)
    assert result.hits
    for h in result.hits:
        assert h.matches, h.id
        assert h.matches == sorted(h.matches)
        for (a, b), (c, _) in zip(h.matches, h.matches[1:], strict=False):
            assert b < c, "spans are merged and disjoint"
        for a, b in h.matches:
            word = h.text[a:b]
            assert 0 <= a < b <= len(h.text)
            assert _WORD.fullmatch(word), (h.id, word)
            assert a == 0 or not h.text[a - 1].isalnum()
            assert b == len(h.text) or not h.text[b].isalnum()
            assert fold_name(word) == key, (h.id, word)
        # and every spelling of the name in the text is marked
        marked = {h.text[a:b] for a, b in h.matches}
        for m in _WORD.finditer(h.text):
            if fold_name(m.group()) == key:
                assert m.group() in marked, (h.id, m.group())


# -- stemming ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "inflected", "stem"),
    [
        ("sentence", "sentenced", "sentenc"),
        ("detain", "detained", "detain"),
        ("criminalize", "criminalized", "criminal"),
        ("restricted", "restrictions", "restrict"),
    ],
)
def test_stemming_finds_other_forms(core, query, inflected, stem):
    expected = paragraphs_where(core, rf"\b{inflected}\b", re.IGNORECASE)
    result = run(core, query)
    assert expected, f"the report should contain {inflected!r}"
    assert expected <= ids(result, "paragraph")
    for h in result.hits:
        for a, b in h.matches:
            assert h.text[a:b].lower().startswith(stem), (h.id, h.text[a:b])
    # a paragraph that has only the inflected form is found, with that form marked
    only_inflected = sorted(
        p
        for p in expected
        if not re.search(rf"\b{query}\b", paragraph_text(core, p), re.IGNORECASE)
    )
    for ident in only_inflected:
        h = hit(result, ident)
        assert inflected in {h.text[a:b].lower() for a, b in h.matches}


def test_stemming_reaches_case_record_wording(core):
    # "criminalizing" only occurs in the forced-marriage case record, not in the report text
    assert not paragraphs_where(core, r"\bcriminalizing\b", re.IGNORECASE)
    result = run(core, "criminalize")
    forced = hit(result, "forced-marriage-stalking-law")
    assert "criminalizing" in {forced.text[a:b] for a, b in forced.matches}
    assert "violence-against-women-1" in ids(result, "paragraph")


def test_exact_mode_turns_stemming_off(core):
    stemmed = run(core, "sentence")
    exact = run(core, "sentence", exact=True)
    assert exact.exact
    assert ids(exact, "paragraph") == paragraphs_where(core, r"\bsentence\b", re.IGNORECASE)
    assert "freedom-of-expression-2" in ids(stemmed) - ids(exact)
    assert ids(run(core, "exact:sentence")) == ids(exact)


# -- phrases, operators, prefixes -------------------------------------------------------------


def test_phrase_finds_the_restricted_freedom_paragraphs(core):
    assert paragraphs_where(core, r"\brestricted freedom\b") == RESTRICTED_FREEDOM
    result = run(core, '"restricted freedom"')
    assert not result.fuzzy
    paragraphs = order(result, "paragraph")
    assert set(paragraphs[:3]) == RESTRICTED_FREEDOM, "the literal phrase ranks first"
    assert {"temirlan-ensebek", "nuclear-plant-critics", "elvira-erkebayeva"} <= ids(result, "case")


def test_phrase_needs_the_words_together(core):
    loose = ids(run(core, "Almaty court"), "paragraph")
    phrase = ids(run(core, '"Almaty court"'), "paragraph")
    truth = paragraphs_where(core, r"\bAlmaty courts?\b", re.IGNORECASE)
    assert phrase == truth
    # "Almaty Region court", "Almaty administrative court": both words, not the phrase
    assert {"accountability-and-justice-1", "human-rights-defenders-3"} <= loose - phrase


def test_phrase_in_the_wrong_order_does_not_match(core):
    assert not paragraphs_where(core, r"\bfreedom restricted\b", re.IGNORECASE)
    result = run(core, '"freedom restricted"')
    assert not ids(result) & (RESTRICTED_FREEDOM | {"temirlan-ensebek"}), (
        f"wrong-order phrase matched {order(result)} (fuzzy={result.fuzzy}, {result.messages})"
    )


def test_or_is_the_union(core):
    a, b = ids(run(core, "Zhylanbaev")), ids(run(core, "Ensebek"))
    assert a and b and not a & b
    assert ids(run(core, "Zhylanbaev OR Ensebek")) == a | b
    assert ids(run(core, "Жыланбаев OR Еңсебек")) == a | b


@pytest.mark.parametrize(
    "query", ["Ensebek -Biketov", "Ensebek NOT Biketov", "Ensebek ANDNOT Biketov"]
)
def test_not_excludes(core, query):
    with_biketov = ids(run(core, "Biketov"))
    expected = ids(run(core, "Ensebek")) - with_biketov
    assert expected and with_biketov & ids(run(core, "Ensebek"))
    result = run(core, query)
    assert ids(result) == expected
    assert "freedom-of-expression-2" in ids(result)
    assert "peaceful-assembly-2" not in ids(result)


def test_not_excludes_even_when_nothing_is_left(core):
    # every text that names Tokaev also says "Kassym": excluding Kassym leaves nothing
    tokaev, kassym = ids(run(core, "Tokaev")), ids(run(core, "Kassym"))
    assert tokaev and tokaev <= kassym
    result = run(core, "Tokaev -Kassym")
    assert not ids(result) & kassym, (
        f"-Kassym returned {order(result)} (fuzzy={result.fuzzy}, {result.messages})"
    )


def test_minus_inside_a_word_is_not_not(core):
    # "anti-NGO" and dates keep their hyphen: no exclusion happens
    assert "human-rights-defenders-1" in ids(run(core, "anti-NGO"))


@pytest.mark.parametrize("query", ["Qaznews*", "qaznews*", "Qazn*"])
def test_prefix(core, query):
    truth = paragraphs_where(core, r"\bQaznews", re.IGNORECASE)
    assert truth == {"photo-caption", "freedom-of-expression-2"}
    result = run(core, query)
    assert ids(result) == truth | {"temirlan-ensebek"}
    for h in result.hits:
        assert {h.text[a:b] for a, b in h.matches} == {"Qaznews24"}


def test_prefix_on_a_cyrillic_name_finds_latin_spellings(core):
    result = run(core, "person:Енс*")
    assert ids(result, "paragraph") >= ENSEBEK_PARAGRAPHS
    assert "temirlan-ensebek" in ids(result)


# -- field filters ----------------------------------------------------------------------------


def test_kind_filter(core):
    result = run(core, "kind:case")
    assert ids(result) == {c.id for c in core.archive.cases}
    assert all(h.kind == "case" for h in result.hits)
    assert result.total == len(core.archive.cases)
    assert ids(run(core, "kind:CASE")) == ids(result)
    para = run(core, "kind:paragraph Ensebek")
    assert ids(para) == ENSEBEK_PARAGRAPHS


@pytest.mark.parametrize("query", ["person:Ensebek", "person:Енсебек", "person:Yensebek"])
def test_person_filter_finds_paragraphs_and_the_case(core, query):
    result = run(core, query)
    assert {"freedom-of-expression-2", "photo-caption"} <= ids(result, "paragraph")
    assert "temirlan-ensebek" in ids(result, "case")
    # Biketov's case only *mentions* Ensebek: he is not one of its subjects
    assert "ruslan-biketov-asem-zhapisheva" not in ids(result)
    assert "summary-1" not in ids(result)


def test_section_filter(core):
    result = run(core, "section:expression")
    paras = {p.id for p in core.archive.paragraphs() if p.section_id == "freedom-of-expression"}
    cases = {c.id for c in core.archive.cases if c.section == "freedom-of-expression"}
    assert ids(result) == paras | cases
    assert {h.section_id for h in result.hits} == {"freedom-of-expression"}
    assert ids(run(core, "section:expression Ensebek")) == {
        "freedom-of-expression-2",
        "temirlan-ensebek",
    }


def test_place_filter(core):
    truth = {
        c.id
        for c in core.archive.cases
        if any("almaty" in (p or "").lower() for p in (c.place, *(e.place for e in c.events)))
    }
    assert {"temirlan-ensebek", "nuclear-plant-critics", "bakhytzhan-toregozhina"} <= truth
    result = run(core, "place:Almaty")
    assert ids(result) == truth
    assert "lukpan-akhmedyarov" not in ids(result)  # Astana
    assert "elvira-erkebayeva" not in ids(result)  # Uralsk
    assert ids(run(core, "place:Алматы")) == truth


def test_court_filter(core):
    truth = {
        c.id
        for c in core.archive.cases
        if any(
            "administrative" in (a or "").lower()
            for a in (c.authority, *(e.authority for e in c.events))
        )
    }
    assert {"bakhytzhan-toregozhina", "radio-azattyk-journalists"} <= truth
    result = run(core, "court:administrative")
    assert ids(result) == truth
    assert {h.kind for h in result.hits} == {"case"}


def test_month_filter_with_kind(core):
    truth = {
        c.id for c in core.archive.cases if any("2025-08" in e.index_terms() for e in c.events)
    }
    assert truth == {
        "nuclear-plant-critics",
        "radio-azattyk-journalists",
        "elvira-erkebayeva",
        "yulia-emelyanova",
    }
    result = run(core, "date:2025-08 kind:case")
    assert ids(result) == truth
    assert result.total == len(truth)


def test_day_filter(core):
    result = run(core, "date:2025-04-11")
    assert ids(result) == {"freedom-of-expression-2", "temirlan-ensebek"}


@pytest.mark.parametrize("month", ["2025-06", "2025-07"])
def test_a_date_span_is_found_by_every_month_it_covers(core, month):
    """ "In June and July" is 2025-06/2025-07: date:2025-07 finds it as surely as 2025-06."""
    result = run(core, f"date:{month} kind:case")
    assert "radio-azattyk-journalists" in ids(result)
    truth = {c.id for c in core.archive.cases if any(month in e.index_terms() for e in c.events)}
    assert ids(result) == truth
    assert "freedom-of-expression-3" in ids(run(core, f"date:{month}"), "paragraph")


def test_a_date_the_report_does_not_give_is_never_invented(core):
    """The financial restrictions have no date in the report: no date filter finds the record,
    and "in early 2025" (Zhylanbaev's hunger strike) answers to 2025 but to no month."""
    record = core.archive.case("extremism-terrorism-financial-restrictions")
    assert all(not e.known for e in record.events)
    for query in ("date:2025", "date:2024", "date:[2020 to 2030]"):
        assert "extremism-terrorism-financial-restrictions" not in ids(run(core, query))
    months = {f"2025-{m:02d}" for m in range(1, 13)}
    zhylanbaev = core.archive.case("marat-zhylanbaev")
    hunger = next(e for e in zhylanbaev.events if e.approximate)
    assert not hunger.index_terms() & months
    assert "marat-zhylanbaev" in ids(run(core, "date:2025 kind:case"))
    # the erkebayeva prosecution has no date: only the August 25 sentence dates the record
    erkebayeva = ids(run(core, "date:2025 kind:case"))
    assert "elvira-erkebayeva" in erkebayeva
    assert "elvira-erkebayeva" not in ids(run(core, "date:2024 kind:case"))


@pytest.mark.parametrize("query", ["date:[2025-01 to 2025-02]", "date:[2025-01 TO 2025-02]"])
def test_date_range(core, query):
    truth = {
        c.id
        for c in core.archive.cases
        if any(
            any(len(t) >= 7 and "2025-01" <= t[:7] <= "2025-02" for t in e.index_terms())
            for e in c.events
        )
    }
    assert {"temirlan-ensebek", "akylbek-muratbai", "six-police-officers-torture"} <= truth
    result = run(core, query)
    assert ids(result, "case") == truth
    # paragraphs cited by those months' events come too
    assert {"peaceful-assembly-2", "asylum-seekers-and-refugees-1"} <= ids(result, "paragraph")
    assert "yulia-emelyanova" not in ids(result)


def test_field_filter_with_words(core):
    result = run(core, "kind:case Almaty sentenced date:2025-08")
    assert ids(result) == {"nuclear-plant-critics"}


# -- facets -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["Ensebek", "sentence", "kind:case", '"restricted freedom"', "date:2025-08"]
)
def test_facets_agree_with_the_hits(core, query):
    result = run(core, query)
    assert result.total == len(result.hits) > 0
    assert result.facets["kind"] == dict(Counter(h.kind for h in result.hits))
    assert result.facets["section"] == dict(Counter(h.section_id for h in result.hits))
    for year, count in result.facets["year"].items():
        assert re.fullmatch(r"\d{4}", year)
        assert 0 < count <= result.total
        assert run(core, f"({query}) year:{year}").total == count, year


def test_facets_count_all_hits_not_just_the_page(core):
    full = run(core, "sentence")
    page = run(core, "sentence", limit=2)
    assert page.total == full.total > 2
    assert page.facets == full.facets
    assert sum(page.facets["kind"].values()) == full.total


def test_facets_can_be_turned_off(core):
    result = run(core, "Ensebek", facets=False)
    assert result.facets == {} and ids(result) == ids(run(core, "Ensebek"))


# -- ranking ----------------------------------------------------------------------------------


def test_exact_spelling_ranks_above_a_variant(core):
    yensebek = order(run(core, "Yensebek"), "paragraph")
    assert yensebek[0] == "photo-caption", yensebek
    ensebek = order(run(core, "Ensebek"), "paragraph")
    assert ensebek[-1] == "photo-caption", ensebek
    assert ensebek.index("freedom-of-expression-2") < ensebek.index("photo-caption")


@pytest.mark.parametrize("how", ["prefix", "argument"])
def test_exact_mode_excludes_variant_spellings(core, how):
    result = run(core, "exact:Yensebek") if how == "prefix" else run(core, "Yensebek", exact=True)
    assert result.exact
    assert ids(result, "paragraph") == {"photo-caption"}
    assert "temirlan-ensebek" in ids(result)  # its subject lists the alias "Temirlan Yensebek"
    assert not {"freedom-of-expression-2", "peaceful-assembly-2"} & ids(result)
    assert not ids(run(core, "Енсебек", exact=True), "paragraph")


def test_scores_are_descending(core):
    for query in ("Ensebek", "sentence", '"restricted freedom"', "Zhylanbaev OR Ensebek"):
        scores = [h.score for h in run(core, query).hits]
        assert scores == sorted(scores, reverse=True), query


def test_hit_fields_point_back_into_the_archive(core):
    for h in run(core, "Ensebek").hits:
        if h.kind == "paragraph":
            para = core.archive.paragraph(h.id)
            assert para is not None and h.para_id == h.id and h.text == para.text
            assert h.section_id == para.section_id and h.doc_id == para.doc_id
        else:
            record = core.archive.case(h.id)
            assert record is not None and h.para_id == record.sources[0]
            assert h.title == record.title
            assert core.archive.paragraph(h.para_id) is not None


# -- fuzzy fallback and suggestions -----------------------------------------------------------


def test_fuzzy_fallback_for_a_misspelled_long_word(core):
    assert not run(core, "exact:Zhylanbaef").hits
    result = run(core, "Zhylanbaef")
    assert result.fuzzy
    assert "government-opponents-and-other-critics-1" in ids(result)
    assert "marat-zhylanbaev" in ids(result)
    assert any("Zhylanbaef" in m for m in result.messages), result.messages
    assert ids(result) == ids(run(core, "Zhylanbaev"))


def test_no_fuzzy_when_the_word_matches(core):
    result = run(core, "Zhylanbaev")
    assert not result.fuzzy and not result.messages and result.suggestion is None


def test_no_fuzzy_in_exact_mode(core):
    result = run(core, "Zhylanbaef", exact=True)
    assert not result.hits and not result.fuzzy


def test_did_you_mean(core):
    result = run(core, "Akhmedyarof")
    assert result.suggestion is not None
    assert result.suggestion.lower() == "akhmedyarov"
    two = run(core, "Lukpan Akhmedyarof")
    assert two.suggestion is not None and two.suggestion.lower() == "lukpan akhmedyarov"
    assert ids(run(core, result.suggestion)) >= {"freedom-of-expression-1", "lukpan-akhmedyarov"}


def test_no_suggestion_for_a_good_query(core):
    assert run(core, "Ensebek").suggestion is None
    assert run(core, "Qaznews*").suggestion is None


@pytest.mark.parametrize(
    "query",
    [
        "Zhylanbaev kind:note",  # there are no notes at all
        "Ensebek date:1999",  # nothing about Ensebek is dated 1999
        "Ensebek section:asylum",  # Ensebek is not in the asylum section
    ],
)
def test_fuzzy_fallback_keeps_the_field_filters(core, query):
    result = run(core, query)
    assert not result.hits, (
        f"{query!r} returned {order(result)} (fuzzy={result.fuzzy}, {result.messages})"
    )


def test_fuzzy_fallback_with_a_filter_still_loosens_the_word(core):
    result = run(core, "Zhylanbaef kind:case")
    assert result.fuzzy
    assert ids(result) == {"marat-zhylanbaev", "bakhytzhan-toregozhina"}


def test_fuzzy_fallback_keeps_or(core):
    # both names misspelled and joined by OR: close spellings of either one are wanted,
    # not only texts that name both people
    result = run(core, "Zhylanbaef OR Ensebeck")
    assert {"marat-zhylanbaev", "temirlan-ensebek"} <= ids(result), (
        f"returned {order(result)} (fuzzy={result.fuzzy}, {result.messages}, "
        f"suggestion={result.suggestion!r})"
    )


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ("Zhylanbaef OR Ensebeck", "OR"),
        ("Zhylanbaef kind:case", "kind:case"),
        ("Zhylanbaef -Kassym", "-Kassym"),
    ],
)
def test_suggestion_keeps_operators_and_filters(core, query, kept):
    """ "Did you mean" offers a query to run instead: it must still mean what was asked."""
    result = run(core, query)
    assert result.suggestion is not None, (query, result.total)
    assert "zhylanbaev" in result.suggestion.lower()
    assert kept in result.suggestion, f"{query!r} -> suggestion {result.suggestion!r}"
    again = run(core, result.suggestion)
    assert again.hits and not again.fuzzy, result.suggestion
    if kept == "kind:case":
        assert {h.kind for h in again.hits} == {"case"}


@pytest.mark.parametrize("query", ["xxxxxxxx", "Xxxxxxxxxxxxx", "x" * 10_000])
def test_nonsense_is_not_fuzzy_matched_to_short_words(core, query):
    # no word in the report is within two edits of "xxxxxxxx"; "he", "his", "her" are not
    result = run(core, query)
    assert not result.hits, (
        f"{query[:20]!r} matched {[(h.id, [h.text[a:b] for a, b in h.matches]) for h in result.hits][:3]}"
    )


# -- the kind= argument -----------------------------------------------------------------------


def test_kind_argument(core):
    cases = run(core, "Ensebek", kind="case")
    assert ids(cases) == {"temirlan-ensebek", "ruslan-biketov-asem-zhapisheva"}
    assert cases.facets["kind"] == {"case": 2}
    assert ids(run(core, "Ensebek", kind="paragraph")) == ENSEBEK_PARAGRAPHS
    assert not run(core, "Ensebek", kind="note").hits
    fuzzy = run(core, "Zhylanbaef", kind="case")
    assert fuzzy.fuzzy and ids(fuzzy) == {"marat-zhylanbaev", "bakhytzhan-toregozhina"}


@pytest.mark.parametrize("facets", [True, False])
def test_limit(core, facets):
    everything = run(core, "sentence", facets=facets)
    assert everything.total == len(everything.hits) > 3
    result = run(core, "sentence", limit=3, facets=facets)
    assert result.total == everything.total
    assert [h.id for h in result.hits] == order(everything)[:3], (
        f"limit=3 with facets={facets} gave {len(result.hits)} hits"
    )


def test_case_snippets_show_no_empty_brackets(core):
    """A subject without aliases ("nearly a dozen activists") reads without an empty "()"."""
    result = run(core, "Ensebek kind:case")
    assert result.hits
    for found in result.hits:
        assert "()" not in found.snippet and "()" not in found.text, found.id
