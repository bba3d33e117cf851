"""Re-anchoring after the text changed: moved, re-found by context, or orphaned — never wrong."""

from __future__ import annotations

import pytest

from index.notes.anchors import locate, make_quote

TEXT = (
    "On April 11, an Almaty court sentenced the founder of the satirical Instagram account "
    "Qaznews24, Temirlan Ensebek, to five years’ restricted freedom on criminal charges of "
    "“inciting interethnic discord” in connection with an Instagram post."
)
QUOTE = "five years’ restricted freedom"


def quote():
    start = TEXT.index(QUOTE)
    return make_quote(TEXT, start, start + len(QUOTE))


def test_unchanged_text_keeps_the_position():
    q = quote()
    anchor = locate(TEXT, q)
    assert (anchor.start, anchor.end, anchor.changed) == (q.start, q.end, False)


def test_insertion_before_the_quote_moves_it():
    edited = "NEW SENTENCE ADDED AT THE START. " + TEXT
    anchor = locate(edited, quote())
    assert edited[anchor.start : anchor.end] == QUOTE and not anchor.changed


def test_changed_word_inside_is_refound_by_context_and_flagged():
    edited = TEXT.replace("five years’ restricted freedom", "five years’ limited freedom")
    anchor = locate(edited, quote())
    assert anchor is not None and anchor.changed
    assert edited[anchor.start : anchor.end] == "five years’ limited freedom"


def test_deleted_quote_is_an_orphan():
    edited = TEXT.replace(" to five years’ restricted freedom on criminal charges", "")
    assert locate(edited, quote()) is None


def test_quote_now_twice_is_placed_by_context():
    edited = TEXT + " The appeal court upheld five years’ restricted freedom later."
    anchor = locate(edited, quote())
    assert anchor.start == TEXT.index(QUOTE)


def test_quote_twice_with_no_telling_context_is_an_orphan():
    q = quote()
    edited = f"x {QUOTE} y. x {QUOTE} y."
    assert locate(edited, q) is None


def test_heavily_rewritten_middle_is_not_attached_to_other_words():
    edited = TEXT.replace("five years’ restricted freedom", "a fine and a warning only")
    assert locate(edited, quote()) is None


# -- find: one rule for --quote, W3C import and re-anchoring ------------------------------------


def test_find_normalises_white_space_and_no_break_spaces():
    from index.notes.anchors import Quote, find

    text = "Kazakhstan did\u00a0not support several\nkey recommendations"
    found = find([("p", text)], Quote("did not support several key", "", ""))
    assert text[found.start : found.end] == "did\u00a0not support several\nkey"
    assert found.exact == "did\u00a0not support several\nkey"


def test_find_uses_the_suffix_alone_and_the_prefix_across_paragraphs():
    from index.notes.anchors import Quote, find

    paras = [("a", "The court heard it. Later the court sentenced him."), ("b", "the court ruled")]
    found = find(paras, Quote("court", "", " sentenced"))
    assert (found.para_id, found.start) == ("a", paras[0][1].index("court sentenced"))
    found = find(paras, Quote("the court", "sentenced him. ", ""))
    assert (found.para_id, found.start) == ("b", 0)


def test_find_refuses_an_ambiguous_quote_and_lists_every_candidate():
    from index.notes.anchors import AmbiguousQuote, Quote, find

    paras = [("a", "x the court y"), ("b", "z the court w")]
    with pytest.raises(AmbiguousQuote) as caught:
        find(paras, Quote("the court", "", ""))
    assert [(c.para_id, c.start) for c in caught.value.candidates] == [("a", 2), ("b", 2)]
    assert "a @2" in str(caught.value) and "b @2" in str(caught.value)
    hinted = find(paras, Quote("the court", "", "", start=2), hint_para="b")
    assert hinted.para_id == "b"  # the position settles what the text cannot
