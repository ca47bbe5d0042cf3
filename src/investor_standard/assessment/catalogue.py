"""The standard's catalogue: areas, requirements, levels, evidence kinds and editions.

An :class:`Edition` is one concrete version of the standard, as used by one
project (for example :data:`investor_standard.LUBELSKIE_2019`). It is plain data:
construct your own, or derive a configured copy of a shipped one with
:meth:`Edition.with_parameters`, :meth:`Edition.with_level` or :meth:`Edition.without`.

>>> UNSOURCED_RULE.is_derived, UNSOURCED_RULE.note[:40]
(True, 'no basis was given when this requirement')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation._schema_marks import mark_converter, schema_says
from investor_standard.foundation._validate import instance_of, raising, sequence_of
from investor_standard.foundation.errors import InvalidCatalogueError, UnknownRequirementError
from investor_standard.foundation.provenance import Provenance, derived
from investor_standard.foundation.text import Lang, Text, shown
from investor_standard.jst.teryt import JstKind

__all__ = [
    "UNSOURCED_RULE",
    "Area",
    "Edition",
    "EvidenceKind",
    "Level",
    "OfferLanguages",
    "Parameter",
    "ReplyDeadline",
    "Requirement",
]

_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*(?!\n)$")  # no line break after the id


class Level(FastEnum):
    """How binding a requirement is for certification.

    >>> Level("mandatory").label.pl, Level.RECOMMENDED.label.en
    ('obowiązkowy', 'recommended')
    """

    MANDATORY = "mandatory"
    RECOMMENDED = "recommended"

    @property
    def label(self) -> Text:
        """The level's name in Polish and English."""
        return _LEVEL_LABELS[self]


_LEVEL_LABELS: Mapping[Level, Text] = MappingProxyType(
    {
        Level.MANDATORY: Text("obowiązkowy", "mandatory"),
        Level.RECOMMENDED: Text("zalecany", "recommended"),
    }
)


class EvidenceKind(FastEnum):
    """The kinds of evidence an auditor can collect to show a requirement is met.

    >>> EvidenceKind("training_record").label.en
    'training certificate or attendance list'
    """

    INTERNAL_DOCUMENT = "internal_document"
    WEBPAGE = "webpage"
    DATABASE_ENTRY = "database_entry"
    TRAINING_RECORD = "training_record"
    AGREEMENT = "agreement"
    PUBLICATION = "publication"
    INTERVIEW = "interview"
    ATTRACTIVENESS_REPORT = "attractiveness_report"

    @property
    def label(self) -> Text:
        """The evidence kind's name in Polish and English."""
        return _EVIDENCE_LABELS[self]


_EVIDENCE_LABELS: Mapping[EvidenceKind, Text] = MappingProxyType(
    {
        EvidenceKind.INTERNAL_DOCUMENT: Text(
            "dokument wewnętrzny urzędu (procedura, zarządzenie)",
            "internal office document (procedure, ordinance)",
        ),
        EvidenceKind.WEBPAGE: Text("strona internetowa urzędu", "office web page"),
        EvidenceKind.DATABASE_ENTRY: Text(
            "wpis w bazie ofert inwestycyjnych", "entry in an investment-offer database"
        ),
        EvidenceKind.TRAINING_RECORD: Text(
            "zaświadczenie lub lista obecności ze szkolenia",
            "training certificate or attendance list",
        ),
        EvidenceKind.AGREEMENT: Text("porozumienie o współpracy", "cooperation agreement"),
        EvidenceKind.PUBLICATION: Text(
            "materiał promocyjny lub publikacja", "promotional material or publication"
        ),
        EvidenceKind.INTERVIEW: Text("rozmowa z pracownikami", "interview with staff"),
        EvidenceKind.ATTRACTIVENESS_REPORT: Text(
            "raport z audytu atrakcyjności inwestycyjnej (rekomendacje)",
            "report of the investment-attractiveness audit (recommendations)",
        ),
    }
)


@schema_says(pattern=_ID.pattern)
def _check_id(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not _ID.match(value):
        raise InvalidCatalogueError(
            f"{type(instance).__name__}.{attribute.name} {value!r} is not a valid id: "
            "use upper-case letters and digits in dash-separated parts, e.g. 'OFFER-01'"
        )


@schema_says(minimum=1)
def _positive_int(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidCatalogueError(
            f"{type(instance).__name__}.{attribute.name} must be a positive integer, "
            f"not {shown(value)}"
        )


_FAIL = raising(InvalidCatalogueError)


def _to_kinds(value: object) -> tuple[JstKind, ...]:
    return sequence_of(
        value, JstKind, "Requirement.applies_to", _FAIL, non_empty=True, distinct=True
    )


mark_converter(_to_kinds, minItems=1, uniqueItems=True)


def _to_evidence(value: object) -> tuple[EvidenceKind, ...]:
    return sequence_of(
        value, EvidenceKind, "Requirement.evidence", _FAIL, non_empty=True, distinct=True
    )


mark_converter(_to_evidence, minItems=1, uniqueItems=True)


def _to_languages(value: object) -> tuple[Lang, ...]:
    return sequence_of(
        value, Lang, "OfferLanguages.languages", _FAIL, non_empty=True, distinct=True
    )


mark_converter(_to_languages, minItems=1, uniqueItems=True)


@attrs.frozen
class ReplyDeadline:
    """Parameter: investor enquiries get a reply within this many working days.

    >>> from investor_standard import LUBELSKIE_2019
    >>> deadline = LUBELSKIE_2019.requirement("PROC-03").parameter(ReplyDeadline)
    >>> deadline.working_days, deadline.provenance.is_derived
    (7, True)
    >>> ours = ReplyDeadline(5, derived("the office's own rule"))
    >>> shorter = LUBELSKIE_2019.with_parameters("PROC-03", ours)
    >>> shorter.requirement("PROC-03").parameter(ReplyDeadline).working_days
    5
    """

    working_days: int = attrs.field(validator=_positive_int)
    provenance: Provenance = attrs.field(validator=instance_of(Provenance, InvalidCatalogueError))

    @property
    def summary(self) -> str:
        """The parameter's value in a few words."""
        return f"{self.working_days} working days"


@attrs.frozen
class OfferLanguages:
    """Parameter: the languages in which an offer or material must be published.

    >>> from investor_standard import LUBELSKIE_2019
    >>> languages = LUBELSKIE_2019.requirement("ONLINE-05").parameter(OfferLanguages)
    >>> [lang.value for lang in languages.languages]
    ['pl', 'en']
    >>> languages.summary
    'pl, en'
    """

    languages: tuple[Lang, ...] = attrs.field(converter=_to_languages)
    provenance: Provenance = attrs.field(validator=instance_of(Provenance, InvalidCatalogueError))

    @property
    def summary(self) -> str:
        """The parameter's value in a few words."""
        return ", ".join(language.value for language in self.languages)


Parameter = ReplyDeadline | OfferLanguages
_PARAMETER_TYPES = (ReplyDeadline, OfferLanguages)
_P = TypeVar("_P", ReplyDeadline, OfferLanguages)


def _parameters(value: object) -> tuple[Parameter, ...]:
    if not isinstance(value, tuple | list):
        raise InvalidCatalogueError(f"Requirement.parameters must be a sequence, not {value!r}")
    items: tuple[Parameter, ...] = tuple(value)
    seen: set[type[Parameter]] = set()
    for item in items:
        if not isinstance(item, _PARAMETER_TYPES):
            raise InvalidCatalogueError(f"{item!r} is not a requirement parameter")
        if type(item) in seen:
            raise InvalidCatalogueError(f"parameter {type(item).__name__} is given twice")
        seen.add(type(item))
    return items


_text = instance_of(Text, InvalidCatalogueError)
_provenance = instance_of(Provenance, InvalidCatalogueError)


@attrs.frozen
class Area:
    """One of the standard's thematic areas, grouping its requirements.

    >>> from investor_standard import LUBELSKIE_2019
    >>> area = LUBELSKIE_2019.area("ONLINE")
    >>> area.title.en, len(LUBELSKIE_2019.requirements_in("ONLINE"))
    ('Electronic investor service', 6)
    """

    id: str = attrs.field(validator=_check_id)
    title: Text = attrs.field(validator=_text)
    description: Text = attrs.field(validator=_text)
    provenance: Provenance = attrs.field(validator=_provenance)


#: The basis of a rule given without one: the library treats it as an assumption.
UNSOURCED_RULE: Provenance = derived(
    "no basis was given when this requirement was built: the rule is taken as an assumption"
)


@attrs.frozen
class Requirement:
    """One duty of the standard.

    Each fact about a requirement carries its own basis, because the sources state
    some and leave others to us: ``provenance`` is where the duty itself comes from;
    ``level_provenance`` where its level does (the sources list duties but rarely
    grade them); ``applies_to_provenance`` where the kinds of unit it applies to
    come from; ``evidence_provenance`` where the evidence kinds that prove it come
    from. An audit enforces the evidence kinds only where their basis is stated, or
    under rules that ask for strict evidence (see
    :func:`~investor_standard.assessment.audit.review_audit`).

    >>> from investor_standard import LUBELSKIE_2019
    >>> net = LUBELSKIE_2019.requirement("NET-01")
    >>> net.level, net.area, [kind.value for kind in net.evidence]
    (<Level.MANDATORY: 'mandatory'>, 'NET', ['agreement', 'internal_document'])
    >>> net.question.pl
    'Czy urząd ma ustaloną współpracę z instytucjami otoczenia biznesu i urzędem pracy?'
    """

    id: str = attrs.field(validator=_check_id)
    area: str = attrs.field(validator=_check_id)
    title: Text = attrs.field(validator=_text)
    description: Text = attrs.field(validator=_text)
    question: Text = attrs.field(validator=_text)
    level: Level = attrs.field(validator=instance_of(Level, InvalidCatalogueError))
    applies_to: tuple[JstKind, ...] = attrs.field(converter=_to_kinds)
    evidence: tuple[EvidenceKind, ...] = attrs.field(converter=_to_evidence)
    provenance: Provenance = attrs.field(validator=_provenance)
    level_provenance: Provenance = attrs.field(validator=_provenance)
    parameters: tuple[Parameter, ...] = attrs.field(default=(), converter=_parameters)
    applies_to_provenance: Provenance = attrs.field(default=UNSOURCED_RULE, validator=_provenance)
    evidence_provenance: Provenance = attrs.field(default=UNSOURCED_RULE, validator=_provenance)

    def applies(self, kind: JstKind) -> bool:
        """True when the requirement applies to local governments of ``kind``."""
        return kind in self.applies_to

    def parameter(self, kind: type[_P]) -> _P | None:
        """The requirement's parameter of type ``kind``, or None when it has none."""
        for item in self.parameters:
            if isinstance(item, kind):
                return item
        return None


def _to_areas(value: object) -> tuple[Area, ...]:
    return sequence_of(value, Area, "Edition.areas", _FAIL)


def _to_requirements(value: object) -> tuple[Requirement, ...]:
    return sequence_of(value, Requirement, "Edition.requirements", _FAIL)


def _suggest(wanted: str, known: Iterable[str]) -> tuple[str, ...]:
    import difflib  # noqa: PLC0415 - only a failed look-up needs it; keeps the import light

    candidates = list(known)
    by_upper = {c.upper(): c for c in candidates}
    close = difflib.get_close_matches(wanted.upper(), list(by_upper), n=3, cutoff=0.5)
    return tuple(by_upper[c] for c in close)


@attrs.frozen
class Edition:
    """A concrete edition of the standard: its areas and requirements, in order.

    Construction checks that ids are unique and that every requirement's area is
    one of the edition's areas, so a built edition is always consistent.

    >>> from investor_standard import LUBELSKIE_2019
    >>> LUBELSKIE_2019.id, len(LUBELSKIE_2019.areas), len(LUBELSKIE_2019.requirements)
    ('LUBELSKIE-2019', 5, 12)
    >>> from investor_standard import JstKind
    >>> len(LUBELSKIE_2019.applicable_to(JstKind.COUNTY))  # ONLINE-04 is for gminas
    11
    >>> lighter = LUBELSKIE_2019.without("ONLINE-06")
    >>> len(lighter.requirements)
    11
    """

    id: str = attrs.field(validator=_check_id)
    title: Text = attrs.field(validator=_text)
    areas: tuple[Area, ...] = attrs.field(converter=_to_areas)
    requirements: tuple[Requirement, ...] = attrs.field(converter=_to_requirements)
    provenance: Provenance = attrs.field(validator=_provenance)
    _by_id: Mapping[str, Requirement] = attrs.field(init=False, eq=False, repr=False)
    _areas_by_id: Mapping[str, Area] = attrs.field(init=False, eq=False, repr=False)
    _applicable: Mapping[JstKind, tuple[Requirement, ...]] = attrs.field(
        init=False, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        areas: dict[str, Area] = {}
        for area in self.areas:
            if area.id in areas:
                raise InvalidCatalogueError(f"edition {self.id}: area id {area.id!r} is repeated")
            areas[area.id] = area
        by_id: dict[str, Requirement] = {}
        for requirement in self.requirements:
            if requirement.id in by_id:
                raise InvalidCatalogueError(
                    f"edition {self.id}: requirement id {requirement.id!r} is repeated"
                )
            if requirement.area not in areas:
                raise InvalidCatalogueError(
                    f"edition {self.id}: requirement {requirement.id!r} names area "
                    f"{requirement.area!r}, which is not one of {', '.join(areas)}"
                )
            by_id[requirement.id] = requirement
        # Plain dicts (typed read-only), so that an edition pickles; a mappingproxy does not.
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_areas_by_id", areas)
        applicable = {
            kind: tuple(r for r in self.requirements if r.applies(kind)) for kind in JstKind
        }
        object.__setattr__(self, "_applicable", applicable)

    def requirement(self, requirement_id: str) -> Requirement:
        """The requirement with ``requirement_id``.

        Raises :class:`~investor_standard.foundation.errors.UnknownRequirementError`, naming the
        closest known ids, when the edition has no such requirement.
        """
        found = self._by_id.get(requirement_id)
        if found is None:
            raise self._unknown(requirement_id, "requirement", self._by_id)
        return found

    def area(self, area_id: str) -> Area:
        """The area with ``area_id`` (same error as :meth:`requirement` when unknown)."""
        found = self._areas_by_id.get(area_id)
        if found is None:
            raise self._unknown(area_id, "area", self._areas_by_id)
        return found

    def _unknown(self, wanted: object, what: str, known: Mapping[str, object]) -> Exception:
        suggestions = _suggest(wanted, known) if isinstance(wanted, str) else ()
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        hint_pl = f"; czy chodzi o {', '.join(suggestions)}?" if suggestions else ""
        what_pl = {"requirement": "wymagania", "area": "obszaru"}.get(what, what)
        return UnknownRequirementError(
            f"edition {self.id} has no {what} {wanted!r}{hint}",
            requirement_id=str(wanted),
            suggestions=suggestions,
            pl=f"edycja {self.id} nie ma {what_pl} {wanted!r}{hint_pl}",
        )

    def requirements_in(self, area_id: str) -> tuple[Requirement, ...]:
        """The requirements of one area, in catalogue order."""
        self.area(area_id)
        return tuple(r for r in self.requirements if r.area == area_id)

    def applicable_to(self, kind: JstKind) -> tuple[Requirement, ...]:
        """The requirements that apply to local governments of ``kind``, in catalogue order."""
        return self._applicable[kind]

    def _replace(self, requirement_id: str, **changes: Any) -> Edition:
        target = self.requirement(requirement_id)
        changed = attrs.evolve(target, **changes)
        return attrs.evolve(
            self, requirements=tuple(changed if r is target else r for r in self.requirements)
        )

    def with_parameters(self, requirement_id: str, *parameters: Parameter) -> Edition:
        """A copy whose requirement ``requirement_id`` has ``parameters`` set.

        A parameter replaces one of the same type; the others are kept.
        """
        target = self.requirement(requirement_id)
        replaced = {type(p) for p in parameters}
        kept = tuple(p for p in target.parameters if type(p) not in replaced)
        return self._replace(requirement_id, parameters=kept + tuple(parameters))

    def with_level(self, requirement_id: str, level: Level, provenance: Provenance) -> Edition:
        """A copy where ``requirement_id`` has ``level``, justified by ``provenance``."""
        return self._replace(requirement_id, level=level, level_provenance=provenance)

    def with_evidence(
        self, requirement_id: str, kinds: Iterable[EvidenceKind], provenance: Provenance
    ) -> Edition:
        """A copy where ``requirement_id`` is proved by ``kinds``, justified by ``provenance``.

        With a stated ``provenance`` the kinds become a rule every audit enforces; with a
        derived one they stay advice (see
        :func:`~investor_standard.assessment.audit.review_audit`).
        """
        return self._replace(requirement_id, evidence=tuple(kinds), evidence_provenance=provenance)

    def without(self, *requirement_ids: str) -> Edition:
        """A copy without the given requirements (for example our derived ones)."""
        for requirement_id in requirement_ids:
            self.requirement(requirement_id)
        dropped = set(requirement_ids)
        return attrs.evolve(
            self, requirements=tuple(r for r in self.requirements if r.id not in dropped)
        )
