"""The web-platform-tests ``annotation-model`` assertions, run on our JSON-LD exports.

The suite's JSON Schemas are vendored under ``tests/wpt_annotation_model/`` (with their
licence; see its README). Each ``.test`` file lists assertion schemas; an assertion passes
when validating the document gives its ``expectedResult`` (as the wpt JSONtest harness
does). Here "passed" is strict: an optional feature we do not implement counts as not passed
even where the harness would say "passAndContinue". Formats are checked (``uri``: an absolute
IRI; ``date-time``: RFC 3339), which jsonschema skips unless told.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SUITE = Path(__file__).resolve().parent / "wpt_annotation_model"
TESTS = {
    "annotation": (
        "annotations/annotationMusts.test",
        "annotations/annotationOptionals.test",
        "annotations/annotationsAgentOptionals.test",
    ),
    "collection": ("collections/collectionMusts.test", "collections/collectionOptionals.test"),
    "page": ("collections/pages/pageMusts.test", "collections/pages/pageOptionals.test"),
}
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+")


@dataclass(frozen=True)
class Result:
    test: str
    assertion: str
    kind: str
    """must, should or may."""
    passed: bool
    message: str


def _formats() -> FormatChecker:
    checker = FormatChecker()

    @checker.checks("uri")
    def uri(value: object) -> bool:
        return not isinstance(value, str) or bool(_IRI.fullmatch(value))

    @checker.checks("date-time", raises=ValueError)
    def date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value):
            raise ValueError(f"not RFC 3339: {value!r}")
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True

    return checker


@cache
def _registry() -> Registry:
    resources = []
    for path in SUITE.glob("definitions/*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["id"], Resource(schema, DRAFT4)))
    return Registry().with_resources(resources)


@cache
def _assertions(test: str) -> tuple[tuple[str, dict, Draft4Validator], ...]:
    """The test's assertions: name, schema, and its validator (made once; validators keep
    no state between documents)."""
    spec = json.loads((SUITE / test).read_text(encoding="utf-8"))
    formats = _formats()
    out = []
    for name in spec["assertions"]:
        schema = json.loads((SUITE / name).read_text(encoding="utf-8"))
        validator = Draft4Validator(schema, registry=_registry(), format_checker=formats)
        out.append((name, schema, validator))
    return tuple(out)


def check(document: dict[str, Any], kind: str, only: str | None = None) -> list[Result]:
    """Every assertion of the ``kind`` tests ("annotation", "collection", "page") on
    ``document``; with ``only`` ("must", "should", "may"), the assertions of that kind."""
    results = []
    for test in TESTS[kind]:
        for name, schema, validator in _assertions(test):
            assertion = schema.get("assertionType", "must")
            if only is not None and assertion != only:
                continue
            valid = validator.is_valid(document)
            passed = valid == (schema.get("expectedResult", "valid") == "valid")
            results.append(Result(test, name, assertion, passed, schema["title"]))
    return results


def check_export(collection: dict[str, Any], only: str | None = None) -> list[Result]:
    """The collection tests and the page tests on an export, and the annotation tests on each
    of its annotations (with the collection's ``@context``, which applies to them)."""
    results = check(collection, "collection", only) + check(collection, "page", only)
    for item in collection["first"]["items"]:
        results += check({"@context": collection["@context"], **item}, "annotation", only)
    return results


def failed_musts(collection: dict[str, Any]) -> list[str]:
    """The MUST assertions the export fails (only those are run: a third of the suite)."""
    return [f"{r.assertion}: {r.message}" for r in check_export(collection, "must") if not r.passed]


def tally(results: list[Result]) -> dict[str, tuple[int, int]]:
    """assertion kind → (passed, checked)."""
    out: dict[str, tuple[int, int]] = {}
    for r in results:
        passed, total = out.get(r.kind, (0, 0))
        out[r.kind] = (passed + r.passed, total + 1)
    return out
