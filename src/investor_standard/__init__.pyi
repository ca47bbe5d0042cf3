"""The curated top level of ``investor_standard``: the main flow, one line a name.

Each name is the one its part exports, taken straight from the module that defines it.
Specialised families live in their part (``investor_standard.offer``, ``.programme``, ...).
"""

from ._version import __version__ as __version__
from .assessment.audit import (
    Audit as Audit,
    Evidence as Evidence,
    Finding as Finding,
    Result as Result,
)
from .assessment.catalogue import (
    Area as Area,
    Edition as Edition,
    EvidenceKind as EvidenceKind,
    Level as Level,
    Requirement as Requirement,
)
from .assessment.certificate import (
    Certificate as Certificate,
)
from .assessment.certification import (
    LUBELSKIE_RULES as LUBELSKIE_RULES,
    CertificationRules as CertificationRules,
    Decision as Decision,
    Outcome as Outcome,
    Reason as Reason,
    decide as decide,
)
from .assessment.checklist import (
    Checklist as Checklist,
    checklist_for as checklist_for,
)
from .assessment.editions import (
    EDITIONS as EDITIONS,
    LUBELSKIE_2019 as LUBELSKIE_2019,
)
from .assessment.remediation import (
    RemediationPlan as RemediationPlan,
    remediation_plan as remediation_plan,
)
from .assessment.render import (
    decision_markdown as decision_markdown,
    decision_text as decision_text,
)
from .assessment.scoring import (
    Score as Score,
    score as score,
)
from .documents.codec import (
    dump_audit as dump_audit,
    dump_decision as dump_decision,
    load_audit as load_audit,
    load_decision as load_decision,
)
from .documents.schema import (
    json_schema as json_schema,
)
from .foundation.errors import (
    InvalidDocumentError as InvalidDocumentError,
    InvestorStandardError as InvestorStandardError,
)
from .foundation.provenance import (
    Basis as Basis,
    Provenance as Provenance,
    Source as Source,
)
from .foundation.text import (
    Lang as Lang,
    Text as Text,
)
from .jst.register import (
    RegisteredUnit as RegisteredUnit,
    find_units as find_units,
    is_registered as is_registered,
    local_government as local_government,
    lookup_unit as lookup_unit,
    units_in as units_in,
)
from .jst.teryt import (
    JstKind as JstKind,
    LocalGovernment as LocalGovernment,
    Teryt as Teryt,
)
from .programme.indicators import (
    LUBELSKIE_RESULTS as LUBELSKIE_RESULTS,
)
from .programme.projects import (
    LUBELSKIE_PROJECT as LUBELSKIE_PROJECT,
)
from .programme.timeline import (
    phase_on as phase_on,
)
from .workdays.arithmetic import (
    add_working_days as add_working_days,
    is_working_day as is_working_day,
    working_days_between as working_days_between,
)
from .workdays.days_off import (
    public_holidays as public_holidays,
)
from .workdays.deadlines import (
    explain_kpa_deadline as explain_kpa_deadline,
    kpa_deadline as kpa_deadline,
)
