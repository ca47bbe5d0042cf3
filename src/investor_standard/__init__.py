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
from investor_standard.audit import (
    Audit,
    Evidence,
    Finding,
    JudgementNote,
    Result,
    check_audit,
    judgement_notes,
)
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
from investor_standard.certification import (
    LUBELSKIE_ISSUERS,
    LUBELSKIE_RULES,
    Certificate,
    CertificationRules,
    Decision,
    IssuerAccount,
    LevelTally,
    Outcome,
    Reason,
    decide,
)
from investor_standard.checklist import (
    Checklist,
    ChecklistItem,
    checklist_csv,
    checklist_for,
    checklist_markdown,
)
from investor_standard.deadlines import Deadline, TermUnit, explain_kpa_deadline, kpa_deadline
from investor_standard.editions import EDITIONS, LUBELSKIE_2019
from investor_standard.errors import (
    AuditProblem,
    CertificationError,
    InvalidAuditError,
    InvalidCatalogueError,
    InvalidDateError,
    InvalidDeadlineError,
    InvalidProvenanceError,
    InvalidRulesError,
    InvalidStudyError,
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
from investor_standard.indicators import LUBELSKIE_RESULTS, ProjectIndicators, indicators_from
from investor_standard.jst import VOIVODESHIPS, JstKind, LocalGovernment, Teryt
from investor_standard.projects import LUBELSKIE_PROJECT, PROJECTS, project
from investor_standard.provenance import Basis, Provenance, Source, derived, stated
from investor_standard.quality import (
    BEST_SERVING,
    MYSTERY_CLIENT_STUDY,
    Channel,
    Probe,
    ProbeOutcome,
    QualityScoring,
    quality_by_jst,
    rank_local_governments,
)
from investor_standard.remediation import (
    RemediationItem,
    RemediationPlan,
    RemediationPolicy,
    Term,
    TermKind,
    remediation_plan,
)
from investor_standard.scoring import (
    DEFAULT_SCORING,
    AreaScore,
    Exclusion,
    ExclusionReason,
    Score,
    ScoredItem,
    ScoringModel,
    score,
)
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
    "BEST_SERVING",
    "DEFAULT_SCORING",
    "EDITIONS",
    "LUBELSKIE_2019",
    "LUBELSKIE_ISSUERS",
    "LUBELSKIE_PROJECT",
    "LUBELSKIE_RESULTS",
    "LUBELSKIE_RULES",
    "MYSTERY_CLIENT_STUDY",
    "PROJECTS",
    "VOIVODESHIPS",
    "Area",
    "AreaScore",
    "Audit",
    "AuditProblem",
    "Basis",
    "Certificate",
    "CertificationError",
    "CertificationRules",
    "Channel",
    "Checklist",
    "ChecklistItem",
    "Deadline",
    "Decision",
    "Edition",
    "Evidence",
    "EvidenceKind",
    "Exclusion",
    "ExclusionReason",
    "Finding",
    "InvalidAuditError",
    "InvalidCatalogueError",
    "InvalidDateError",
    "InvalidDeadlineError",
    "InvalidProvenanceError",
    "InvalidRulesError",
    "InvalidStudyError",
    "InvalidTerytError",
    "InvalidTextError",
    "InvalidTimelineError",
    "InvestorStandardError",
    "IssuerAccount",
    "JstKind",
    "JudgementNote",
    "Lang",
    "Level",
    "LevelTally",
    "LocalGovernment",
    "Milestone",
    "OfferLanguages",
    "Outcome",
    "Parameter",
    "Phase",
    "Probe",
    "ProbeOutcome",
    "ProjectIndicators",
    "ProjectTimeline",
    "Provenance",
    "QualityScoring",
    "Reason",
    "RemediationItem",
    "RemediationPlan",
    "RemediationPolicy",
    "ReplyDeadline",
    "Requirement",
    "Result",
    "Score",
    "ScoredItem",
    "ScoringModel",
    "Source",
    "Term",
    "TermKind",
    "TermUnit",
    "Teryt",
    "Text",
    "UnknownMilestoneError",
    "UnknownProjectError",
    "UnknownRequirementError",
    "UnsupportedYearError",
    "__version__",
    "add_working_days",
    "check_audit",
    "checklist_csv",
    "checklist_for",
    "checklist_markdown",
    "decide",
    "derived",
    "explain_kpa_deadline",
    "indicators_from",
    "is_working_day",
    "judgement_notes",
    "kpa_deadline",
    "milestones_between",
    "next_working_day",
    "phase_on",
    "project",
    "public_holidays",
    "quality_by_jst",
    "rank_local_governments",
    "remediation_plan",
    "score",
    "stated",
    "statutory_days_off",
    "working_days_between",
    "working_days_left",
    "working_days_until",
]
