"""The Hypothesis entry point: registers the library's strategies for its types.

Hypothesis calls :func:`_hypothesis_setup_hook` while it is being imported, for
every installed distribution that declares a ``hypothesis`` entry point; this
module is never imported by the library itself. Each strategy is registered as
``st.deferred``, so :mod:`investor_standard.strategies` is imported only when a
strategy is first drawn from (importing it here could be circular, since that
module imports Hypothesis).
"""

from __future__ import annotations

import importlib
from typing import Any

#: (module, class, strategy function in investor_standard.strategies) for each type.
TYPE_STRATEGIES: tuple[tuple[str, str, str], ...] = (
    ("text", "Text", "texts"),
    ("provenance", "Source", "sources"),
    ("provenance", "Provenance", "provenances"),
    ("jst", "Teryt", "teryts"),
    ("jst", "LocalGovernment", "local_governments"),
    ("catalogue", "Area", "areas"),
    ("catalogue", "Requirement", "requirements"),
    ("catalogue", "Edition", "editions"),
    ("audit", "Evidence", "evidence"),
    ("audit", "Finding", "findings"),
    ("audit", "Audit", "audits"),
    ("certification", "Decision", "decisions"),
    ("certification", "CertificationRules", "certification_rules"),
    ("certificate", "Certificate", "certificates"),
    ("scoring", "ScoringModel", "scoring_models"),
    ("timeline", "Phase", "phases"),
    ("timeline", "Milestone", "milestones"),
    ("timeline", "ProjectTimeline", "timelines"),
    ("deadlines", "Deadline", "deadlines"),
    ("remediation", "Term", "terms"),
    ("offer", "SiteOffer", "site_offers"),
    ("investor_tab", "InvestorTab", "investor_tabs"),
)


def _strategy(name: str) -> Any:
    return getattr(importlib.import_module("investor_standard.strategies"), name)()


def register(st: Any) -> None:
    """Register every strategy of :data:`TYPE_STRATEGIES` with ``st`` (hypothesis.strategies)."""
    for module, class_name, strategy in TYPE_STRATEGIES:
        kind = getattr(importlib.import_module(f"investor_standard.{module}"), class_name)
        st.register_type_strategy(kind, st.deferred(lambda name=strategy: _strategy(name)))


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415 - Hypothesis is importing us

    register(st)
