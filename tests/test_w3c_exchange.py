"""Notes between colleagues as W3C Web Annotations: every MUST of the web-platform-tests
annotation-model suite on our exports, byte-identical round trips, a collection written by
another tool landing on the right words, and anchoring that never guesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from wpt_annotation import check_export, failed_musts, tally

from index.changes import ImportAnnotations, TagTarget
from index.core import Core
from index.errors import KnownError
from index.export import ExportOptions, render_text
from index.export.w3c import PRIVATE
from index.notes.service import new_note

HRW = "https://www.hrw.org/world-report/2026/country-chapters/kazakhstan"


def rich_notes(core: Core) -> None:
    """One note of every kind the app makes, and tags on a paragraph and a case record."""
    archive = core.archive
    core.add_note(
        new_note(
            archive,
            "freedom-of-expression-2",
            "why it matters 🙂 — Қазақстан, Казахстан",
            quote="five years’ restricted freedom",
            tags=["charges/incitement", "follow-up"],
            private=True,
            color="pink",
        )
    )
    core.add_note(new_note(archive, "freedom-of-expression-2", "", quote="Instagram post"))
    core.add_note(new_note(archive, "summary-1", "", tags=["overview"]))
    core.add_note(new_note(archive, "summary-1", "a paragraph note", color="green"))
    core.add_note(new_note(archive, "temirlan-ensebek", "case note"))
    core.add_note(new_note(archive, None, "free note"))
    core.add_note(new_note(archive, None, ""))  # no text and no tags: no body at all
    core.apply(TagTarget("peaceful-assembly-2", "protests"))
    core.apply(TagTarget("temirlan-ensebek", "cases/2025"))


def export(core: Core, **options) -> dict:
    opts = ExportOptions(format="w3c", include_private=True, **options)
    text = render_text(core.list_notes(), core.archive, opts, core.target_tags())
    return json.loads(text)


def test_every_must_of_the_wpt_suite_passes_and_the_shoulds_that_make_sense(data_dir):
    core = Core(data_dir)
    rich_notes(core)
    collection = export(core)
    assert failed_musts(collection) == []
    results = check_export(collection)
    figures = tally(results)
    assert figures["must"][0] == figures["must"][1] > 100
    should_passed = {r.assertion for r in results if r.kind == "should" and r.passed}
    for wanted in (  # no creator: the app deliberately names no one; no body language
        "annotations/3.3.1-annotationCreatedImplemented.json",
        "annotations/3.3.5-annotationSingleMotivationImplemented.json",
        "annotations/3.3.2-annotationGeneratorAgentIdImplemented.json",
        "annotations/3.3.2-annotationGeneratorAgentTypeImplemented.json",
        "annotations/bodiesTargets/3.2.1-bodySingleFormat.json",
        "annotations/bodiesTargets/3.2.1-targSingleFormat.json",
        "annotations/bodiesTargets/3.2.1-targSingleLanguage.json",
        "annotations/specificResource/4.2.1-conformsTo.json",
        "collections/5.1-collectionLabelImplemented.json",
        "collections/5.1-collectionTotalImplemented.json",
        "collections/pages/5.2-pagePartOfImplemented.json",
        "collections/pages/5.2-pageStartIndexImplemented.json",
    ):
        assert wanted in should_passed
    print(f"wpt annotation-model on one export: {figures}")


def test_export_shape_private_colours_tags_and_no_empty_bodies(data_dir):
    core = Core(data_dir)
    rich_notes(core)
    collection = export(core)
    items = collection["first"]["items"]
    assert collection["id"].startswith("urn:muragat:collection:")
    assert collection["first"]["id"] and collection["first"]["partOf"] == collection["id"]
    assert all(item.get("body") != [] for item in items)
    assert not any("audience" in item for item in items)
    private = [item for item in items if item.get(PRIVATE)]
    assert len(private) == 1 and private[0]["body"][0]["value"].startswith("why it matters")
    assert {"muragat": "urn:muragat:ns:"} in collection["@context"]
    pink = private[0]
    assert pink["target"]["styleClass"] == "pink" and ".pink" in pink["stylesheet"]["value"]
    tagged = {i["id"]: i for i in items if i["id"].startswith("urn:muragat:target-tags:")}
    assert set(tagged) == {
        "urn:muragat:target-tags:peaceful-assembly-2",
        "urn:muragat:target-tags:temirlan-ensebek",
    }
    fragment = next(s for s in pink["target"]["selector"] if s["type"] == "FragmentSelector")
    assert fragment["conformsTo"] and pink["target"]["language"] == "en"
    assert all(item["generator"]["name"] == "Muragat" for item in items)


def test_export_import_export_is_byte_identical(data_dir, tmp_path):
    core = Core(data_dir)
    rich_notes(core)
    core.close()
    first = tmp_path / "first.jsonld"
    out = run_cli(
        "notes",
        "export",
        "--format",
        "w3c",
        "--include-private",
        "--output",
        str(first),
        data_dir=data_dir,
    )
    assert out.returncode == 0, out.stderr
    other = tmp_path / "other"
    imported = run_cli("notes", "import", str(first), data_dir=other)
    assert imported.returncode == 0, imported.stderr
    assert "imported 7 note(s)" in imported.stdout and "2 paragraph(s)/case(s) tagged" in (
        imported.stdout
    )
    second = tmp_path / "second.jsonld"
    out = run_cli(
        "notes",
        "export",
        "--format",
        "w3c",
        "--include-private",
        "--output",
        str(second),
        data_dir=other,
    )
    assert out.returncode == 0, out.stderr
    assert second.read_bytes() == first.read_bytes()
    again = run_cli("notes", "import", str(second), data_dir=other)
    assert again.returncode == 0 and "imported 0 note(s); 0 updated; 9 already present" in (
        again.stdout
    )
    third = tmp_path / "third.jsonld"
    run_cli(
        "notes",
        "export",
        "--format",
        "w3c",
        "--include-private",
        "--output",
        str(third),
        data_dir=other,
    )
    assert third.read_bytes() == first.read_bytes()


def other_tool_collection() -> dict:
    """Annotations as other tools write them: Hypothesis-style selectors and HTML bodies,
    bodyValue, a Choice, two targets, a FragmentSelector refined by a quote, expanded
    JSON-LD, a second page."""
    hypothesis = {
        "id": "https://hypothes.is/a/abc123",
        "type": "Annotation",
        "motivation": "commenting",
        "created": "2026-01-05T10:00:00+06:00",
        "modified": "2026-01-05T10:30:00.250+06:00",
        "body": {
            "type": "TextualBody",
            "format": "text/html",
            "value": "<p>Check <b>this</b><script>alert(1)</script> "
            "<a href='javascript:steal()'>bad</a> <a href='https://example.org/x'>ok</a></p>",
        },
        "target": {
            "source": HRW,
            "selector": [
                {"type": "RangeSelector", "startSelector": {"type": "XPathSelector"}},
                {"type": "TextPositionSelector", "start": 12345, "end": 12369},
                {
                    "type": "TextQuoteSelector",
                    "exact": "in deteriorating health.",
                    "prefix": "languish in prison, also ",
                    "suffix": " In December 2024",
                },
            ],
        },
    }
    plain = {
        "id": "urn:uuid:11111111-2222-3333-4444-555555555555",
        "type": "Annotation",
        "created": "2026-02-01T08:00:00Z",
        "modified": "2026-02-01T08:00:00Z",
        "bodyValue": "typed with an ordinary space",
        "target": {
            "source": HRW,
            "selector": {"type": "TextQuoteSelector", "exact": "did not support"},
        },
    }
    choice = {
        "id": "urn:x:choice",
        "type": "Annotation",
        "body": {
            "type": "Choice",
            "items": [
                {"type": "TextualBody", "value": "in English", "language": "en"},
                {"type": "TextualBody", "value": "по-русски", "language": "ru"},
            ],
        },
        "target": {"source": HRW, "selector": {"type": "FragmentSelector", "value": "summary-1"}},
    }
    two_targets = {
        "id": "urn:x:two-targets",
        "type": "Annotation",
        "bodyValue": "on both",
        "target": [
            {
                "source": HRW,
                "selector": {"type": "FragmentSelector", "value": "freedom-of-expression-2"},
            },
            "urn:muragat:case:hrw-wr2026-kazakhstan:temirlan-ensebek",
        ],
    }
    refined = {
        "id": "urn:x:refined",
        "type": "Annotation",
        "bodyValue": "the second court",
        "target": {
            "source": HRW,
            "selector": {
                "type": "FragmentSelector",
                "value": "accountability-and-justice-1",
                "refinedBy": {
                    "type": "TextQuoteSelector",
                    "exact": "court",
                    "suffix": " sentenced each",
                },
            },
        },
    }
    expanded = {
        "@id": "urn:x:expanded",
        "@type": ["http://www.w3.org/ns/oa#Annotation"],
        "http://www.w3.org/ns/oa#hasBody": [
            {
                "@type": ["http://www.w3.org/ns/oa#TextualBody"],
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#value": [{"@value": "expanded form"}],
            }
        ],
        "http://www.w3.org/ns/oa#hasTarget": [{"@id": HRW}],
        "http://www.w3.org/ns/oa#motivatedBy": [{"@id": "http://www.w3.org/ns/oa#questioning"}],
    }
    listed = {
        "id": "urn:x:type-list",
        "type": ["Annotation"],
        "motivation": "bookmarking",
        "target": HRW,
    }
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "https://example.org/collection/1",
        "type": "AnnotationCollection",
        "total": 7,
        "first": {
            "id": "https://example.org/collection/1/page/1",
            "type": "AnnotationPage",
            "items": [hypothesis, plain, choice, two_targets, refined],
            "next": {
                "id": "https://example.org/collection/1/page/2",
                "type": "AnnotationPage",
                "items": [expanded, listed],
            },
        },
    }


def test_a_collection_from_another_tool_lands_on_the_right_words(data_dir, tmp_path):
    path = tmp_path / "colleague.jsonld"
    path.write_text(json.dumps(other_tool_collection()), encoding="utf-8")
    result = run_cli("notes", "import", str(path), "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["skipped"] == [] and len(report["added"]) == 8
    dropped = dict((label, what) for label, what in report["dropped"])
    assert "Choice of 2" in dropped["urn:x:choice"]
    core = Core(data_dir)
    notes = {n.external_id: n for n in core.list_notes()}
    archive = core.archive

    hyp = notes["https://hypothes.is/a/abc123"]
    para = archive.paragraph("government-opponents-and-other-critics-2")
    assert (hyp.target_id, hyp.start) == (para.id, para.text.index("in deteriorating health."))
    assert hyp.body == "Check **this** bad [ok](https://example.org/x)"
    assert (hyp.created, hyp.modified) == ("2026-01-05T04:00:00Z", "2026-01-05T04:30:00Z")

    plain = notes["urn:uuid:11111111-2222-3333-4444-555555555555"]
    assert plain.target_id == "summary-1" and plain.exact == "did\u00a0not support"
    assert notes["urn:x:choice"].body == "in English"
    assert notes["urn:x:two-targets"].target_id == "freedom-of-expression-2"
    assert notes["urn:x:two-targets#target-2"].target_id == "temirlan-ensebek"
    refined = notes["urn:x:refined"]
    text = archive.paragraph("accountability-and-justice-1").text
    assert refined.target_kind == "passage" and refined.start == text.index("court sentenced")
    expanded = notes["urn:x:expanded"]
    assert (expanded.body, expanded.motivation, expanded.doc_id) == (
        "expanded form",
        "questioning",
        "kazakhstan",
    )
    assert notes["urn:x:type-list"].motivation == "bookmarking"

    # what Muragat exports from them passes the suite too
    assert failed_musts(export(core)) == []


def test_a_later_modified_is_a_conflict_applied_when_asked_an_earlier_one_never(data_dir):
    core = Core(data_dir)
    anno = {
        "id": "urn:x:u",
        "type": "Annotation",
        "created": "2026-02-01T08:00:00Z",
        "modified": "2026-02-01T08:00:00Z",
        "bodyValue": "first words",
        "target": {"source": HRW, "selector": {"type": "FragmentSelector", "value": "summary-1"}},
    }
    core.apply(ImportAnnotations(json.dumps(anno)))
    mine = core.list_notes()[0]
    later = {**anno, "modified": "2026-03-01T08:00:00+01:00", "bodyValue": "edited"}
    report = core.apply(ImportAnnotations(json.dumps(later))).result
    assert report.updated == [] and report.conflicts == [("urn:x:u", mine.id)]
    assert core.list_notes()[0].body == "first words"
    report = core.apply(ImportAnnotations(json.dumps(later), update=True)).result
    assert len(report.updated) == 1 and report.conflicts == []
    note = core.list_notes()[0]
    assert (note.body, note.modified) == ("edited", "2026-03-01T07:00:00Z")
    older = {**anno, "modified": "2026-02-15T08:00:00Z", "bodyValue": "stale"}
    report = core.apply(ImportAnnotations(json.dumps(older), update=True)).result
    assert report.updated == [] and report.already == ["urn:x:u"]
    assert core.list_notes()[0].body == "edited"


def test_an_ambiguous_quote_is_refused_with_its_candidates(data_dir):
    core = Core(data_dir)
    anno = {
        "id": "urn:x:a",
        "type": "Annotation",
        "bodyValue": "which one?",
        "target": {
            "source": HRW,
            "selector": {"type": "TextQuoteSelector", "exact": "in deteriorating health."},
        },
    }
    with pytest.raises(KnownError) as caught:
        core.apply(ImportAnnotations(json.dumps(anno)))
    message = str(caught.value)
    assert "occurs 2 times" in message
    assert "government-opponents-and-other-critics-1" in message
    assert "government-opponents-and-other-critics-2" in message
    assert core.list_notes() == []
    settled = {
        **anno,
        "target": {
            "source": HRW,
            "selector": {
                "type": "TextQuoteSelector",
                "exact": "in deteriorating health.",
                "prefix": "strike in early 2025 and is ",
            },
        },
    }
    core.apply(ImportAnnotations(json.dumps(settled)))
    assert core.list_notes()[0].target_id == "government-opponents-and-other-critics-1"


def test_cli_quote_never_takes_the_first_of_several(data_dir):
    common = ("notes", "add", "--target", "accountability-and-justice-1", "--quote", "court")
    refused = run_cli(*common, "--text", "x", data_dir=data_dir)
    assert refused.returncode == 1
    assert "occurs 2 times" in refused.stderr and "@32" in refused.stderr
    assert "@221" in refused.stderr and "Traceback" not in refused.stderr
    by_suffix = run_cli(*common, "--suffix", " sentenced", "--json", data_dir=data_dir)
    assert by_suffix.returncode == 0, by_suffix.stderr
    assert json.loads(by_suffix.stdout)["start"] == 221
    chosen = run_cli(*common, "--occurrence", "2", "--json", data_dir=data_dir)
    assert json.loads(chosen.stdout)["start"] == 221
    spaced = run_cli(
        "notes",
        "add",
        "--target",
        "summary-1",
        "--quote",
        "did not support",
        "--json",
        data_dir=data_dir,
    )
    assert spaced.returncode == 0, spaced.stderr
    assert json.loads(spaced.stdout)["exact"] == "did\u00a0not support"


def test_a_large_import_reports_progress_and_cancels_without_writing(data_dir):
    from index.errors import Cancelled

    core = Core(data_dir)
    annotations = [
        {
            "id": f"urn:x:many:{n}",
            "type": "Annotation",
            "bodyValue": f"note {n}",
            "target": {
                "source": HRW,
                "selector": {"type": "FragmentSelector", "value": "summary-1"},
            },
        }
        for n in range(450)
    ]
    text = json.dumps(annotations)
    seen = []

    def cancel_at_300(done, total, what):
        seen.append((done, total))
        if done >= 300:
            raise Cancelled

    report = core.apply(ImportAnnotations(text, progress=cancel_at_300)).result
    assert report.cancelled and core.list_notes() == []
    assert seen[:2] == [(0, 450), (100, 450)]
    steps = []
    report = core.apply(ImportAnnotations(text, progress=lambda *a: steps.append(a))).result
    assert len(report.added) == 450 and steps[-1] == (450, 450, "checked")


SAMPLES = Path(__file__).resolve().parent / "wpt_annotation_model" / "samples"


@pytest.mark.parametrize("folder", ["correct", "incorrect"])
def test_the_specifications_own_examples_are_read_or_refused_with_a_reason(data_dir, folder):
    """The model's examples (and the suite's broken ones) name pages on example.com: none is
    in this archive, so each is refused with a reason — never a crash, never a fetch."""
    core = Core(data_dir)
    files = sorted((SAMPLES / folder).glob("*.json"))
    assert len(files) > 35
    for path in files:
        try:
            report = core.apply(
                ImportAnnotations(path.read_text(encoding="utf-8"), partial=True)
            ).result
        except KnownError as exc:  # the whole file refused (not JSON, a page not in the file…)
            assert str(exc), path.name
            continue
        assert report.added == [], path.name
        for label, reason in report.skipped:
            assert reason and "object has no attribute" not in reason, (path.name, label)
    assert core.list_notes() == []
