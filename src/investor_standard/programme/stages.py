"""The stages every local government went through in the Lubelskie project, in order.

The sources list them (stated): first an audit of the unit's investment
attractiveness, ending in a report of recommendations; then training and study visits
(managers and specialist staff, with visits to local governments in Warmia-Masuria);
individual advice; promotion of the investment offer; implementation of the standard;
and the certificate. The attractiveness audit is not the standard's audit
(:mod:`investor_standard.assessment.audit`): it came first and looked at the unit, not
at its compliance. Its report is a document the standard's audit can cite, as evidence
of kind ``EvidenceKind.ATTRACTIVENESS_REPORT``.

>>> [stage.id for stage in LUBELSKIE_STAGES]
['ATTRACTIVENESS_AUDIT', 'TRAINING', 'ADVICE', 'PROMOTION', 'IMPLEMENTATION', 'CERTIFICATE']
>>> LUBELSKIE_STAGES[0].name.en
'Investment-attractiveness audit, with a report of recommendations'

>>> STAGES_PROVENANCE.is_derived, len(STAGES_PROVENANCE.sources)
(False, 2)
"""

from __future__ import annotations

import attrs

from investor_standard.foundation.provenance import Provenance, stated
from investor_standard.foundation.sources import NOWY_TYDZIEN_STAGES, SEED_ARTICLE
from investor_standard.foundation.text import Text

__all__ = ["LUBELSKIE_STAGES", "STAGES_PROVENANCE", "ParticipantStage"]

#: Where the stages and their order come from.
STAGES_PROVENANCE: Provenance = stated(
    NOWY_TYDZIEN_STAGES,
    SEED_ARTICLE,
    note="the stages for each participant, in order, from the audit to the certificate",
)


@attrs.frozen
class ParticipantStage:
    """One stage of a participant's way through a project.

    >>> [stage.id for stage in LUBELSKIE_STAGES]
    ['ATTRACTIVENESS_AUDIT', 'TRAINING', 'ADVICE', 'PROMOTION', 'IMPLEMENTATION', 'CERTIFICATE']
    >>> LUBELSKIE_STAGES[0].name.en
    'Investment-attractiveness audit, with a report of recommendations'
    """

    id: str
    name: Text


#: The Lubelskie participants' stages, in order (see :data:`STAGES_PROVENANCE`).
LUBELSKIE_STAGES: tuple[ParticipantStage, ...] = (
    ParticipantStage(
        "ATTRACTIVENESS_AUDIT",
        Text(
            "Audyt atrakcyjności inwestycyjnej, z raportem rekomendacji",
            "Investment-attractiveness audit, with a report of recommendations",
        ),
    ),
    ParticipantStage(
        "TRAINING",
        Text(
            "Szkolenia i wizyty studyjne (kadra zarządzająca i specjaliści; JST Warmii i Mazur)",
            "Training and study visits (managers and specialists; local governments in "
            "Warmia-Masuria)",
        ),
    ),
    ParticipantStage("ADVICE", Text("Doradztwo indywidualne", "Individual advice")),
    ParticipantStage(
        "PROMOTION", Text("Promocja oferty inwestycyjnej", "Promotion of the investment offer")
    ),
    ParticipantStage(
        "IMPLEMENTATION", Text("Wdrożenie standardów", "Implementation of the standards")
    ),
    ParticipantStage("CERTIFICATE", Text("Certyfikat", "Certificate")),
)
