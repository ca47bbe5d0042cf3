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

#: (part, class, strategy function in investor_standard.strategies) for each type.
TYPE_STRATEGIES: tuple[tuple[str, str, str], ...] = (
    ("foundation", "Text", "texts"),
    ("foundation", "Source", "sources"),
    ("foundation", "Provenance", "provenances"),
    ("jst", "Teryt", "teryts"),
    ("jst", "LocalGovernment", "local_governments"),
    ("assessment", "Area", "areas"),
    ("assessment", "Requirement", "requirements"),
    ("assessment", "Edition", "editions"),
    ("assessment", "Evidence", "evidence"),
    ("assessment", "Finding", "findings"),
    ("assessment", "Audit", "audits"),
    ("assessment", "Decision", "decisions"),
    ("assessment", "CertificationRules", "certification_rules"),
    ("assessment", "Certificate", "certificates"),
    ("assessment", "ScoringModel", "scoring_models"),
    ("programme", "Phase", "phases"),
    ("programme", "Milestone", "milestones"),
    ("programme", "ProjectTimeline", "timelines"),
    ("workdays", "Deadline", "deadlines"),
    ("assessment", "Term", "terms"),
    ("offer", "SiteOffer", "site_offers"),
    ("offer", "InvestorTab", "investor_tabs"),
)


def _strategy(name: str) -> Any:
    return getattr(importlib.import_module("investor_standard.strategies"), name)()


def register(st: Any) -> None:
    """Register every strategy of :data:`TYPE_STRATEGIES` with ``st`` (hypothesis.strategies)."""
    for part, class_name, strategy in TYPE_STRATEGIES:
        kind = getattr(importlib.import_module(f"investor_standard.{part}"), class_name)
        st.register_type_strategy(kind, st.deferred(lambda name=strategy: _strategy(name)))


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415 - Hypothesis is importing us

    register(st)
