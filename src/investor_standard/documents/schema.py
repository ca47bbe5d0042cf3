"""JSON Schema (draft 2020-12) for each document type, generated from the attrs classes.

The schema describes the shape the converter reads: field names and JSON types,
enums by value, dates, fractions and TERYT codes as patterned strings, optional
fields, and no other keys. Rules that need more than the shape (a real date such
as 2023-02-30, a valid TERYT type digit, two findings for one requirement) are the
library's to check when it loads a document; the schema cannot express them all.

>>> schema = json_schema(DocumentKind.AUDIT)
>>> schema["$schema"], schema["properties"]["schema_version"]
('https://json-schema.org/draft/2020-12/schema', {'const': 1})
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from fractions import Fraction
from typing import Any

import attrs

from investor_standard.assessment.catalogue import OfferLanguages, ReplyDeadline
from investor_standard.documents.codec import SCHEMA_VERSION, DocumentKind
from investor_standard.foundation.errors import UnknownDocumentKindError
from investor_standard.jst.teryt import Teryt
from investor_standard.offer.units import Quantity

__all__ = ["json_schema"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_PRIMITIVES: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    dt.date: {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    Fraction: {"type": "string", "pattern": "^-?[0-9]{1,12}(/[0-9]{1,12})?$"},
    Teryt: {"type": "string", "pattern": "^[0-9]{2}([0-9]{2}([0-9]{3})?)?$"},
}
_TAGGED = {ReplyDeadline: "reply_deadline", OfferLanguages: "offer_languages"}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{name}"}

    def of(self, kind: Any) -> dict[str, Any]:
        if kind in _PRIMITIVES:
            return dict(_PRIMITIVES[kind])
        origin, args = typing.get_origin(kind), typing.get_args(kind)
        if origin is tuple:
            return {"type": "array", "items": self.of(args[0])}
        if origin in (types.UnionType, typing.Union):
            options = [a for a in args if a is not type(None)]
            if len(options) < len(args) and len(options) == 1:
                return {"anyOf": [self.of(options[0]), {"type": "null"}]}
            return {"oneOf": [self.of(option) for option in options]}
        if isinstance(kind, type) and issubclass(kind, Quantity):
            return {"type": "number", "minimum": 0, "description": f"in {kind.symbol}"}
        return self.named(kind)

    def named(self, kind: type[Any]) -> dict[str, Any]:
        """A reference to the definition of an enum or attrs class, made on first use."""
        if kind.__name__ not in self.defs:
            if issubclass(kind, enum.Enum):
                self.defs[kind.__name__] = {"enum": [member.value for member in kind]}
            else:
                self.defs[kind.__name__] = {}  # reserve the name before recursing
                self.defs[kind.__name__] = self.object(kind)
        return self.ref(kind.__name__)

    def object(self, cls: type[Any]) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls in _TAGGED:
            properties["type"] = {"const": _TAGGED[cls]}
            required.append("type")
        for field in attrs.fields(cls):
            if not field.init:
                continue
            properties[field.name] = self.of(hints[field.name])
            if field.default is attrs.NOTHING:
                required.append(field.name)
        schema: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        if cls.__doc__:
            schema["description"] = " ".join(cls.__doc__.strip().split("\n\n")[0].split())
        return schema


def json_schema(kind: DocumentKind | str | type[Any]) -> dict[str, Any]:
    """The JSON Schema of a document kind (a :class:`DocumentKind`, its value, or its class).

    >>> sorted(json_schema("timeline")["required"])[:3]
    ['end', 'id', 'name']
    """
    chosen = _kind(kind)
    builder = _Builder()
    body = builder.object(chosen.value_type)
    body["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **body["properties"]}
    body["required"] = ["schema_version", *body["required"]]
    return {
        "$schema": _DRAFT,
        "$id": f"urn:investor-standard:schema:{chosen.value}:{SCHEMA_VERSION}",
        "title": f"investor-standard {chosen.value} document, schema version {SCHEMA_VERSION}",
        **body,
        "$defs": dict(sorted(builder.defs.items())),
    }


def _kind(kind: DocumentKind | str | type[Any]) -> DocumentKind:
    if isinstance(kind, DocumentKind):
        return kind
    for member in DocumentKind:
        if kind == member.value or kind is member.value_type:
            return member
    names = ", ".join(member.value for member in DocumentKind)
    raise UnknownDocumentKindError(f"no document kind {kind!r}; known: {names}")
