"""Re-anchoring after the text changed: moved, re-found by context, or orphaned — never wrong."""

from __future__ import annotations

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
