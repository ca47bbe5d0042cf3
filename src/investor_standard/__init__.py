"""investor-standard: a typed model of the Polish investor-service standard (SOI).

"Standardy Obsługi Inwestora" is the standard that Polish local governments (JST)
implement to serve investors well and to be certified for it. This package models
its catalogue, the local governments that implement it, and (in later modules) the
audit, certification and calendar rules, as frozen values and pure functions.

>>> from investor_standard import LUBELSKIE_2019, LocalGovernment
>>> town = LocalGovernment("0608011", "Lubartów")
>>> [r.id for r in LUBELSKIE_2019.applicable_to(town.kind)][:3]
['PROC-01', 'PROC-02', 'PROC-03']
"""

from __future__ import annotations

from investor_standard._version import __version__
from investor_standard.catalogue import (
    Area,
    Edition,
    EvidenceKind,
    Level,
    OfferLanguages,
    Parameter,
    ReplyDeadline,
    Requirement,
)
from investor_standard.editions import EDITIONS, LUBELSKIE_2019
from investor_standard.errors import (
    InvalidCatalogueError,
    InvalidDeadlineError,
    InvalidProvenanceError,
    InvalidTerytError,
    InvalidTextError,
    InvalidTimelineError,
    InvestorStandardError,
    UnknownRequirementError,
    UnsupportedYearError,
)
from investor_standard.jst import VOIVODESHIPS, JstKind, LocalGovernment, Teryt
from investor_standard.provenance import Basis, Provenance, Source, derived, stated
from investor_standard.text import Lang, Text

__all__ = [
    "EDITIONS",
    "LUBELSKIE_2019",
    "VOIVODESHIPS",
    "Area",
    "Basis",
    "Edition",
    "EvidenceKind",
    "InvalidCatalogueError",
    "InvalidDeadlineError",
    "InvalidProvenanceError",
    "InvalidTerytError",
    "InvalidTextError",
    "InvalidTimelineError",
    "InvestorStandardError",
    "JstKind",
    "Lang",
    "Level",
    "LocalGovernment",
    "OfferLanguages",
    "Parameter",
    "Provenance",
    "ReplyDeadline",
    "Requirement",
    "Source",
    "Teryt",
    "Text",
    "UnknownRequirementError",
    "UnsupportedYearError",
    "__version__",
    "derived",
    "stated",
]
