"""Hostile annotation files, each with the message and exit status `muragat notes import` must
give, and the rule that the notes store is left exactly as it was. Run by
tests/test_hostile_annotations.py and tallied by scripts/annotation-figures."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

HRW = "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan"


def anno(n: int = 1, **fields) -> dict:
    base = {
        "id": f"urn:hostile:{n}",
        "type": "Annotation",
        "bodyValue": f"note {n}",
        "target": {"source": HRW, "selector": {"type": "FragmentSelector", "value": "summary-1"}},
    }
    base.update(fields)
    return {k: v for k, v in base.items() if v is not None}


def quote(exact: str, **more) -> dict:
    return {"source": HRW, "selector": {"type": "TextQuoteSelector", "exact": exact, **more}}


def nested(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


@dataclass(frozen=True)
class Case:
    name: str
    content: object
    """JSON-able data, text, bytes, or a path (str starting with /dev/)."""
    message: str
    status: int = 1
    partial: bool = False


CASES = [
    Case("nested 10,000 deep", "[" * 10_000 + "]" * 10_000, "nested more than 40 levels deep"),
    Case("nested 100 deep (parses)", nested(100), "nested more than 40 levels deep"),
    Case("created as an object", anno(created={"when": 1}), "created is not a date and time"),
    Case(
        "created in words",
        anno(created="yesterday, around lunch"),
        "created is not a date and time",
    ),
    Case("modified not a date", anno(modified="2026-13-45T99:00:00Z"), "modified is not a date"),
    Case("id not an IRI", anno(id="my note"), "the id is not an IRI"),
    Case("no id", anno(id=None), "the id is not an IRI"),
    Case("not an Annotation", anno(type="Highlight"), "not an Annotation"),
    Case("body and bodyValue", anno(body={"type": "TextualBody", "value": "x"}), "both body and"),
    Case("a 200,000-character note", anno(bodyValue="x" * 200_000), "at most 100,000"),
    Case("over 50 MB", b" " * (50 * 10**6 + 1), "at most 50 MB"),
    Case(
        "50,001 annotations",
        [anno(n) for n in range(50_001)],
        "more than 50,000 annotations in one file",
    ),
    Case(
        "50,001 Hypothesis rows",
        {
            "total": 50_001,
            "rows": [{"id": f"r{n}", "uri": HRW, "text": "x"} for n in range(50_001)],
        },
        "more than 50,000 annotations in one file",
    ),
    Case(
        "50,001 annotations over 6 pages",
        [
            {"type": "AnnotationCollection", "id": "urn:c", "first": "urn:c:1"},
            *(
                {
                    "type": "AnnotationPage",
                    "id": f"urn:c:{p}",
                    "items": [anno(p * 10_000 + n) for n in range(10_000 if p < 6 else 1)],
                    **({"next": f"urn:c:{p + 1}"} if p < 6 else {}),
                }
                for p in range(1, 7)
            ),
        ],
        "more than 50,000 annotations in one file",
    ),
    Case(
        "Hypothesis rows, one on another site: nothing is written",
        {
            "total": 2,
            "rows": [
                {"id": "good1", "uri": HRW + "/", "text": "fine"},
                {"id": "elsewhere", "uri": "https://example.org/kazakhstan", "text": "no"},
            ],
        },
        "nothing was imported: 1 of 2",
    ),
    Case(
        "a creator whose id has a control character",
        anno(creator={"id": "acct:x\x1b[2J@example.org", "name": "x"}),
        "the creator is not an IRI",
    ),
    Case(
        "11 generators",
        anno(generator=[{"id": f"urn:g:{n}"} for n in range(11)]),
        "the generator: 11 agents; at most 10",
    ),
    Case(
        "neither W3C nor Hypothesis",
        {"annotations_of_mine": [1, 2]},
        "neither W3C Web Annotations",
    ),
    Case("101 targets", anno(target=[HRW] * 101), "101 targets; at most 100"),
    Case(
        "one bad among good: nothing is written",
        [anno(1), anno(2), anno(3, created="soon"), anno(4)],
        "nothing was imported: 1 of 4",
    ),
    Case(
        "ambiguous quote",
        anno(target=quote("in deteriorating health.")),
        "occurs 2 times",
    ),
    Case("quote not in the document", anno(target=quote("words never written")), "not in the"),
    Case("unknown document", anno(target="https://example.org/elsewhere"), "not a document in"),
    Case("a local file as target", anno(target="file:///etc/passwd"), "not a document in"),
    Case("a Choice of targets", anno(target={"type": "Choice", "items": [HRW]}), "not supported"),
    Case(
        "a page elsewhere (never fetched)",
        {
            "type": "AnnotationCollection",
            "id": "https://example.org/c",
            "total": 1,
            "first": "https://example.org/c/page1",
        },
        "is not in this file (Muragat never fetches",
    ),
    Case("not JSON", "{ this is not json", "not JSON"),
    Case(
        "a Markdown export without notes' data",
        '---\ngenerator: "Muragat notes export"\n---\n# x\n',
        "carries no notes' data",
    ),
    Case("Markdown that is not ours", "# My notes\n\n- a\n", "not a Muragat notes export"),
    Case("not UTF-8", b"\xff\xfe\x00{", "cannot read"),
    Case("a device, not a file", "/dev/zero", "is not a regular file"),
    Case(
        "import what you can, when nothing can be",
        [anno(1, created="soon"), anno(2, id="not an iri")],
        "skipped urn:hostile:1: created is not a date",
        status=2,
        partial=True,
    ),
]


def write_case(case: Case, folder: Path) -> Path:
    if isinstance(case.content, str) and case.content.startswith("/dev/"):
        return Path(case.content)
    path = folder / "hostile.jsonld"
    if isinstance(case.content, bytes):
        path.write_bytes(case.content)
    elif isinstance(case.content, str):
        path.write_text(case.content, encoding="utf-8")
    else:
        path.write_text(json.dumps(case.content), encoding="utf-8")
    return path


def store_state(data_dir: Path) -> tuple:
    """Everything in the notes store: notes (all fields) and tags on targets."""
    from index.core import Core

    core = Core(data_dir)
    try:
        return ([asdict(n) for n in core.list_notes()], core.target_tags())
    finally:
        core.close()


def seed(data_dir: Path) -> None:
    from index.changes import TagTarget
    from index.core import Core
    from index.notes.service import new_note

    core = Core(data_dir)
    try:
        core.add_note(new_note(core.archive, "summary-1", "already here", tags=["kept"]))
        core.apply(TagTarget("peaceful-assembly-2", "kept"))
    finally:
        core.close()
