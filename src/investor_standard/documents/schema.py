"""JSON Schema (draft 2020-12) for each document type, generated from the attrs classes.

The schema describes what the loader reads: field names and JSON types, enums by
value, dates, fractions and TERYT codes as patterned strings, optional fields and no
other keys, and every rule a class checks that JSON Schema can say: texts that are not
blank, positive counts, lists without repeats, ids, addresses, a stated fact's source
and a derived fact's note, a site's gmina code. Each such rule is marked beside its
check (:func:`~investor_standard.foundation._schema_marks.schema_says`) and copied
here. What JSON Schema cannot say is listed in :data:`BEYOND_THE_SCHEMA`: the loader
refuses those documents although the schema accepts them.

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
from investor_standard.foundation._schema_marks import schema_rules
from investor_standard.foundation.errors import UnknownDocumentKindError
from investor_standard.foundation.text import Text
from investor_standard.jst.teryt import TERYT_PATTERN, Teryt
from investor_standard.offer.units import Quantity

__all__ = ["BEYOND_THE_SCHEMA", "BeyondTheSchema", "json_schema"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_PRIMITIVES: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    # (?!\n): Python's $ (in validators written in Python) also matches before a final
    # line break; ECMA-262's does not. The look-ahead makes both refuse one.
    dt.date: {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?!\n)$"},
    # a numerator, and a denominator of up to 12 digits that are not all zero
    Fraction: {
        "type": "string",
        "pattern": r"^-?[0-9]{1,12}(/(?=[0-9]{1,12}(?!\n)$)0*[1-9][0-9]*)?(?!\n)$",
    },
    Teryt: {"type": "string", "pattern": TERYT_PATTERN},
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
            properties[field.name] = _with_rules(
                self.of(hints[field.name]),
                schema_rules(field.validator) | schema_rules(field.converter),
            )
            if field.default is attrs.NOTHING:
                required.append(field.name)
        rules = schema_rules(cls)
        for name, extra in rules.pop("properties", {}).items():
            properties[name] = _with_rules(properties[name], extra)
        schema: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        if cls.__doc__:
            schema["description"] = " ".join(cls.__doc__.strip().split("\n\n")[0].split())
        return schema | rules


def _with_rules(schema: dict[str, Any], rules: dict[str, Any]) -> dict[str, Any]:
    """A field's schema with the rules its checks are marked with; an optional field's
    rules go to its non-null branch."""
    if not rules:
        return schema
    if "anyOf" in schema:
        value, null = schema["anyOf"]
        return {**schema, "anyOf": [value | rules, null]}
    return schema | rules


@attrs.frozen
class BeyondTheSchema:
    """A rule the loader enforces that JSON Schema cannot say: a document can pass its
    schema and still be refused for it. ``kinds`` are the document kinds it concerns;
    ``message`` matches the problem's message (a regular expression).

    >>> rule = BEYOND_THE_SCHEMA[0]
    >>> rule.rule.en[:45], [kind.value for kind in rule.kinds][:2]
    ('A date must be a day of the calendar (2023-02', ['audit', 'edition'])
    >>> len(BEYOND_THE_SCHEMA)
    9
    """

    rule: Text
    kinds: tuple[DocumentKind, ...]
    message: str


_ALL = tuple(DocumentKind)
_WITH_DATES = (DocumentKind.AUDIT, DocumentKind.DECISION, DocumentKind.TIMELINE)

#: Every rule the loader enforces beyond what the schemas say, with the problem it gives.
BEYOND_THE_SCHEMA: tuple[BeyondTheSchema, ...] = (
    BeyondTheSchema(
        Text(
            "Data musi być dniem kalendarza (2023-02-30 nie jest); schemat mówi to tylko "
            "przez format 'date', którego walidator może nie sprawdzać.",
            "A date must be a day of the calendar (2023-02-30 is not); the schema says so "
            "only by its 'date' format, which a validator may leave unchecked.",
        ),
        _ALL,
        r"is not a valid date",
    ),
    BeyondTheSchema(
        Text(
            "Dowód nie może być zebrany po dniu audytu.",
            "Evidence cannot be collected after the audit's date.",
        ),
        (DocumentKind.AUDIT,),
        r"^collected on .*, after the audit date",
    ),
    BeyondTheSchema(
        Text(
            "Audyt ocenia każde wymaganie najwyżej raz (JSON Schema nie porówna pola w dwóch "
            "elementach tablicy).",
            "An audit has at most one finding per requirement (JSON Schema cannot compare "
            "a field across the items of an array).",
        ),
        (DocumentKind.AUDIT,),
        r"^a second finding for the requirement",
    ),
    BeyondTheSchema(
        Text(
            "W edycji identyfikatory obszarów i wymagań są niepowtarzalne, każde wymaganie "
            "należy do jednego z jej obszarów i podaje każdy rodzaj parametru najwyżej raz.",
            "An edition's area and requirement ids are unique, each requirement belongs to "
            "one of its areas and gives each kind of parameter at most once.",
        ),
        (DocumentKind.EDITION,),
        r"(id '.*' is repeated|names area .*, which is not one of|is given twice)",
    ),
    BeyondTheSchema(
        Text(
            "Zapis decyzji jest spójny: zdobyte punkty mieszczą się między 0 a możliwymi, "
            "decyzja 'certified' nie ma powodów blokujących, a 'incomplete' zapada wtedy i "
            "tylko wtedy, gdy czegoś nie oceniono.",
            "A decision record is consistent: the points earned lie between 0 and those "
            "possible, 'certified' has no blocking reasons, and 'incomplete' holds exactly "
            "when something was not assessed.",
        ),
        (DocumentKind.DECISION,),
        r"(is not a score|yet reasons block it|yet .* not assessed|yet all assessed)",
    ),
    BeyondTheSchema(
        Text(
            "Udziały w regułach certyfikacji i częściowe punkty to ułamki od 0 do 1.",
            "The shares of the certification rules and the partial credit are fractions "
            "from 0 to 1.",
        ),
        (DocumentKind.DECISION,),
        r"(must lie from 0 to 1|is not a fraction)",
    ),
    BeyondTheSchema(
        Text(
            "Fazy projektu następują po sobie bez przerw i zakładek od jego pierwszego do "
            "ostatniego dnia, kamienie milowe leżą w jego czasie i nie powtarzają się, a nic "
            "nie kończy się przed początkiem.",
            "A project's phases follow one another without gaps or overlaps from its first "
            "day to its last, its milestones lie within it and do not repeat, and nothing "
            "ends before it starts.",
        ),
        (DocumentKind.TIMELINE,),
        r"(ends \(.*\) before it starts|lies outside the project|leaving .*; the phases must"
        r"|not on the project's last day|milestone .* repeats)",
    ),
    BeyondTheSchema(
        Text(
            "Karta terenu jest spójna: teren leży w jednostce, która go oferuje, największa "
            "działka nie przekracza dostępnej powierzchni, a dwa załączniki nie mają tego "
            "samego numeru.",
            "A site card is consistent: the site lies within the unit that offers it, the "
            "largest piece is not larger than the available area, and no two attachments "
            "share a number.",
        ),
        (DocumentKind.OFFER, DocumentKind.INVESTOR_TAB),
        r"(which publishes the offer|is larger than the available area"
        r"|two attachments share an order)",
    ),
    BeyondTheSchema(
        Text(
            "Zakładka inwestora zawiera tylko oferty jednostki, której jest.",
            "An investor tab holds only the offers of the unit it belongs to.",
        ),
        (DocumentKind.INVESTOR_TAB,),
        r"is published by .*, not ",
    ),
)


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
