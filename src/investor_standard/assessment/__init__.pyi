"""The public names of ``investor_standard.assessment``, one line each (read at run time too)."""

from .audit import (
    AUDIT_RULES as AUDIT_RULES,
    Audit as Audit,
    Evidence as Evidence,
    Finding as Finding,
    JudgementNote as JudgementNote,
    Result as Result,
    check_audit as check_audit,
    judgement_notes as judgement_notes,
    review_audit as review_audit,
)
from .catalogue import (
    UNSOURCED_RULE as UNSOURCED_RULE,
    Area as Area,
    Edition as Edition,
    EvidenceKind as EvidenceKind,
    Level as Level,
    OfferLanguages as OfferLanguages,
    Parameter as Parameter,
    ReplyDeadline as ReplyDeadline,
    Requirement as Requirement,
)
from .certificate import (
    LUBELSKIE_ISSUERS as LUBELSKIE_ISSUERS,
    NO_STATED_VALIDITY as NO_STATED_VALIDITY,
    Certificate as Certificate,
    IssuerAccount as IssuerAccount,
)
from .certification import (
    LUBELSKIE_RULES as LUBELSKIE_RULES,
    CertificationRules as CertificationRules,
    Decision as Decision,
    LevelTally as LevelTally,
    Outcome as Outcome,
    Reason as Reason,
    decide as decide,
)
from .checklist import (
    Checklist as Checklist,
    ChecklistItem as ChecklistItem,
    checklist_csv as checklist_csv,
    checklist_for as checklist_for,
    checklist_markdown as checklist_markdown,
    checklist_text as checklist_text,
)
from .editions import (
    EDITIONS as EDITIONS,
    LUBELSKIE_2019 as LUBELSKIE_2019,
    find_edition as find_edition,
    resolve_edition as resolve_edition,
)
from .remediation import (
    DEFAULT_REMEDIATION as DEFAULT_REMEDIATION,
    RemediationItem as RemediationItem,
    RemediationPlan as RemediationPlan,
    RemediationPolicy as RemediationPolicy,
    Term as Term,
    TermKind as TermKind,
    remediation_plan as remediation_plan,
)
from .render import (
    catalogue_markdown as catalogue_markdown,
    catalogue_text as catalogue_text,
    decision_markdown as decision_markdown,
    decision_text as decision_text,
    remediation_markdown as remediation_markdown,
    remediation_text as remediation_text,
)
from .scoring import (
    DEFAULT_SCORING as DEFAULT_SCORING,
    AreaScore as AreaScore,
    Exclusion as Exclusion,
    ExclusionReason as ExclusionReason,
    Score as Score,
    ScoredItem as ScoredItem,
    ScoringModel as ScoringModel,
    score as score,
    score_findings as score_findings,
)
from .verification import (
    Verification as Verification,
    verify_decision as verify_decision,
)
