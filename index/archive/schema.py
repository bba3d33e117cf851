"""A small validator for the subset of JSON Schema that Muragat's own schemas use.

The schema file in ``resources/schema`` is the one definition of the case-record format: other
readers validate against it with any JSON Schema tool, and this module applies the same file at
load time without adding a dependency to the executable. Supported keywords: type, const, enum,
required, dependentRequired, properties, additionalProperties (false), items, minItems,
uniqueItems, minLength, maxLength, minimum, pattern, $ref (local). Tests check it agrees with
the ``jsonschema`` package.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from resources import SCHEMA_DIR

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


class SchemaError(ValueError):
    """A document does not match its schema; the message gives the JSON path."""


@cache
def load_schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))


def validate(
    instance: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, path: str = "$"
) -> None:
    """Raise `SchemaError` naming the first place where ``instance`` breaks ``schema``."""
    root = root if root is not None else schema
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            raise SchemaError(f"{path}: unsupported reference {ref}")
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part]
        validate(instance, target, root, path)
    kind = schema.get("type")
    if kind is not None:
        ok = isinstance(instance, _TYPES[kind]) and not (
            kind in ("integer", "number") and isinstance(instance, bool)
        )
        if not ok:
            raise SchemaError(f"{path}: expected {kind}, got {type(instance).__name__}")
    if "const" in schema and instance != schema["const"]:
        raise SchemaError(f"{path}: must be {schema['const']!r}")
    if "enum" in schema and instance not in schema["enum"]:
        raise SchemaError(f"{path}: {instance!r} is not one of {schema['enum']}")
    if isinstance(instance, str):
        if len(instance) < schema.get("minLength", 0):
            raise SchemaError(f"{path}: must not be empty")
        if "maxLength" in schema and len(instance) > schema["maxLength"]:
            raise SchemaError(f"{path}: longer than {schema['maxLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], instance):
            raise SchemaError(f"{path}: {instance!r} does not match {schema['pattern']}")
    if isinstance(instance, int | float) and "minimum" in schema and instance < schema["minimum"]:
        raise SchemaError(f"{path}: must be at least {schema['minimum']}")
    if isinstance(instance, dict):
        for key in schema.get("required", ()):
            if key not in instance:
                raise SchemaError(f"{path}: missing required field {key!r}")
        for key, needed in schema.get("dependentRequired", {}).items():
            for other in needed if key in instance else ():
                if other not in instance:
                    raise SchemaError(f"{path}: {key!r} needs the field {other!r}")
        props = schema.get("properties", {})
        for key, value in instance.items():
            if key in props:
                validate(value, props[key], root, f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                raise SchemaError(f"{path}: unknown field {key!r}")
    if isinstance(instance, list):
        if len(instance) < schema.get("minItems", 0):
            raise SchemaError(f"{path}: needs at least {schema['minItems']} item(s)")
        if schema.get("uniqueItems"):
            dumped = [json.dumps(i, sort_keys=True) for i in instance]
            if len(set(dumped)) != len(dumped):
                raise SchemaError(f"{path}: items must be unique")
        if "items" in schema:
            for i, item in enumerate(instance):
                validate(item, schema["items"], root, f"{path}[{i}]")


def schema_path(name: str) -> Path:
    return SCHEMA_DIR / name
