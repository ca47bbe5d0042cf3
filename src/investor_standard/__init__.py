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
from investor_standard.deadlines import Deadline, TermUnit, explain_kpa_deadline, kpa_deadline
from investor_standard.editions import EDITIONS, LUBELSKIE_2019
from investor_standard.errors import (
    InvalidCatalogueError,
    InvalidDateError,
    InvalidDeadlineError,
    InvalidProvenanceError,
    InvalidTerytError,
    InvalidTextError,
    InvalidTimelineError,
    InvestorStandardError,
    UnknownMilestoneError,
    UnknownProjectError,
    UnknownRequirementError,
    UnsupportedYearError,
)
from investor_standard.holidays import public_holidays, statutory_days_off
from investor_standard.jst import VOIVODESHIPS, JstKind, LocalGovernment, Teryt
from investor_standard.projects import LUBELSKIE_PROJECT, PROJECTS, project
from investor_standard.provenance import Basis, Provenance, Source, derived, stated
from investor_standard.text import Lang, Text
from investor_standard.timeline import (
    Milestone,
    Phase,
    ProjectTimeline,
    milestones_between,
    phase_on,
    working_days_left,
    working_days_until,
)
from investor_standard.workdays import (
    add_working_days,
    is_working_day,
    next_working_day,
    working_days_between,
)

__all__ = [
    "EDITIONS",
    "LUBELSKIE_2019",
    "LUBELSKIE_PROJECT",
    "PROJECTS",
    "VOIVODESHIPS",
    "Area",
    "Basis",
    "Deadline",
    "Edition",
    "EvidenceKind",
    "InvalidCatalogueError",
    "InvalidDateError",
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
    "Milestone",
    "OfferLanguages",
    "Parameter",
    "Phase",
    "ProjectTimeline",
    "Provenance",
    "ReplyDeadline",
    "Requirement",
    "Source",
    "TermUnit",
    "Teryt",
    "Text",
    "UnknownMilestoneError",
    "UnknownProjectError",
    "UnknownRequirementError",
    "UnsupportedYearError",
    "__version__",
    "add_working_days",
    "derived",
    "explain_kpa_deadline",
    "is_working_day",
    "kpa_deadline",
    "milestones_between",
    "next_working_day",
    "phase_on",
    "project",
    "public_holidays",
    "stated",
    "statutory_days_off",
    "working_days_between",
    "working_days_left",
    "working_days_until",
]
