"""Case records: valid against the published schema, traceable, with Cyrillic aliases."""

from __future__ import annotations

import copy
import json
import re

import jsonschema
import pytest
from conftest import BUNDLE_DIR

from index.archive.schema import SchemaError, load_schema, schema_path, validate

CYRILLIC = re.compile(r"[\u0400-\u04ff]")

REQUIRED_PEOPLE = [
    "Marat Zhylanbaev",
    "Duman Mukhammadkarim",
    "Aidar Mubarakov",
    "Nurlan Zhauylbaev",
    "Fazylzhan Syzdykov",
    "Nurlan Temirgaliev",
    "Zhanat Kazakhbai",
    "Bakhytzhan Toregozhina",
    "Lukpan Akhmedyarov",
    "Temirlan Ensebek",
    "Ruslan Biketov",
    "Asem Zhapisheva",
    "Zhanar Sekerbaeyva",
    "Aktorgyn Akkenzhebalasy",
    "Elvira Erkebayeva",
    "Akylbek Muratbai",
    "Yulia Emelyanova",
]
REQUIRED_RECORDS = [
    "six-police-officers-torture",
    "radio-azattyk-journalists",
    "forced-marriage-stalking-law",
    "lgbt-propaganda-amendments",
    "odihr-trial-monitoring-report",
    "universal-periodic-review",
    "un-human-rights-committee-review",
]


def cases_json() -> dict:
    return json.loads((BUNDLE_DIR / "cases.json").read_text(encoding="utf-8"))


def test_records_validate_against_the_json_schema_file():
    schema = json.loads(schema_path("case-record.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(cases_json(), schema)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["records"][0].pop("title"),
        lambda d: d["records"][0]["events"][0].update(date="2025-13"),
        lambda d: d["records"][0].update(type="rumour"),
        lambda d: d["records"][0].update(extra=1),
        lambda d: d["records"][0].update(sources=[]),
        lambda d: d["records"][0]["subjects"].append({"kind": "person", "name": "X"}),
        lambda d: d.update(format="other/1"),
        lambda d: d["records"][1]["events"][0].update(sources=["a", "a"]),
    ],
)
def test_builtin_validator_agrees_with_jsonschema(mutate):
    data = copy.deepcopy(cases_json())
    mutate(data)
    schema = load_schema("case-record.schema.json")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
    with pytest.raises(SchemaError):
        validate(data, schema)


def test_every_required_person_and_development_has_a_record(archive):
    names = {s.name for c in archive.cases for s in c.subjects}
    assert set(REQUIRED_PEOPLE) <= names
    ids = {c.id for c in archive.cases}
    assert set(REQUIRED_RECORDS) <= ids
    officers = archive.case("six-police-officers-torture")
    assert any(s.count == 6 for s in officers.subjects)
    azattyk = archive.case("radio-azattyk-journalists")
    assert any(s.count == 16 for s in azattyk.subjects)


def test_every_person_has_a_cyrillic_alias(archive):
    for record in archive.cases:
        for subject in record.subjects:
            if subject.kind == "person":
                assert any(CYRILLIC.search(a) for a in subject.aliases), subject.name


def test_the_reports_own_variant_spellings_are_aliases(archive):
    ensebek = next(s for s in archive.case("temirlan-ensebek").subjects if s.kind == "person")
    assert "Temirlan Yensebek" in ensebek.aliases
    assert "photo-caption" in archive.case("temirlan-ensebek").all_sources()


def test_every_source_resolves_and_quotes_come_from_it(archive):
    for record in archive.cases:
        sources = [archive.paragraph(s) for s in record.all_sources()]
        assert all(sources), record.id
        cited_text = " ".join(p.text for p in sources)
        for charge in record.charges:
            assert charge.strip("“”.") in cited_text, (record.id, charge)
        for event in record.events:
            assert set(event.sources) <= set(record.all_sources())


def test_dates_have_the_precision_the_report_gives(archive):
    ensebek = archive.case("temirlan-ensebek")
    assert "2025-04-11" in [e.date for e in ensebek.events]
    for record in archive.cases:
        dates = [e.date for e in record.events]
        assert all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d) for d in dates)
