"""The Lubelskie project's timeline, and the pilot and sister projects, as data.

The Lubelskie project ran from 1 October 2019 to 29 June 2023. Its phases are
named by us (the sources date events, not phases), so each phase says which of
its bounds a source states and which we derived. The sister projects of the same
MSWiA programme are recorded with their periods and reported figures; their
phases are not known, so none are recorded. The Łódzkie project (ended 2022, no
exact dates found) and the Śląskie project (no dates found) have no dated period
and are not in :data:`PROJECTS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from investor_standard.foundation.errors import UnknownProjectError
from investor_standard.foundation.provenance import derived, stated
from investor_standard.foundation.sources import (
    DZIENNIK_WSCHODNI_MYSTERY_CLIENT,
    KOHESIO_POMORSKIE,
    LUBUSKIE_PROJECT,
    MARKA_KONSKOWOLA_RECRUITMENT,
    MSWIA_PILOT_SUMMARY,
    NOWY_TYDZIEN_STAGES,
    OPOLSKIE_PROJECT,
    SEED_ARTICLE,
    ZAMOSC_INVEST_GALA,
)
from investor_standard.foundation.text import Text
from investor_standard.programme.timeline import Milestone, Phase, ProjectTimeline

__all__ = ["LUBELSKIE_PROJECT", "PROJECTS", "project"]

_D = dt.date

LUBELSKIE_PROJECT = ProjectTimeline(
    id="LUBELSKIE",
    name=Text(
        "Standardy Obsługi Inwestora w Województwie Lubelskim",
        "Investor Service Standards in the Lublin Voivodeship",
    ),
    start=_D(2019, 10, 1),
    end=_D(2023, 6, 29),
    summary=Text(
        "Urząd Marszałkowski Województwa Lubelskiego; POWER 2014-2020, działanie 2.18; "
        "100 JST uczestniczyło, 79 wdrożyło standardy.",
        "Marshal's Office of the Lubelskie Voivodeship; POWER 2014-2020, measure 2.18; "
        "100 local governments took part, 79 implemented the standards.",
    ),
    provenance=stated(SEED_ARTICLE, ZAMOSC_INVEST_GALA, note="start and end dates"),
    phases=(
        Phase(
            "PREPARATION",
            Text("Przygotowanie projektu", "Project preparation"),
            _D(2019, 10, 1),
            _D(2020, 1, 26),
            derived(
                "our name for the time from the project's start (stated) to the day before "
                "recruitment opened (stated)",
                SEED_ARTICLE,
                MARKA_KONSKOWOLA_RECRUITMENT,
            ),
        ),
        Phase(
            "SUPPORT",
            Text(
                "Rekrutacja i wsparcie JST (audyt, szkolenia, doradztwo, promocja, wdrożenie)",
                "Recruitment and support (audit, training, advice, promotion, implementation)",
            ),
            _D(2020, 1, 27),
            _D(2023, 3, 31),
            derived(
                "starts when recruitment opened (stated); support ran 'until the end of March' "
                "(stated), the year 2023 is ours, from the article's date; the stages are stated",
                MARKA_KONSKOWOLA_RECRUITMENT,
                DZIENNIK_WSCHODNI_MYSTERY_CLIENT,
                NOWY_TYDZIEN_STAGES,
            ),
        ),
        Phase(
            "STUDY",
            Text("Badanie tajemniczego klienta", "Mystery-client study"),
            _D(2023, 4, 1),
            _D(2023, 5, 31),
            derived(
                "ends at the end of May 2023 (stated); that it starts when support ended is ours",
                DZIENNIK_WSCHODNI_MYSTERY_CLIENT,
            ),
        ),
        Phase(
            "CERTIFICATION",
            Text("Certyfikacja i zamknięcie projektu", "Certification and closing"),
            _D(2023, 6, 1),
            _D(2023, 6, 29),
            derived(
                "our name for the last month, which holds the certificate gala (stated) and the "
                "project's end (stated)",
                ZAMOSC_INVEST_GALA,
                SEED_ARTICLE,
            ),
        ),
    ),
    milestones=(
        Milestone(
            "START",
            Text("Rozpoczęcie projektu", "Project start"),
            _D(2019, 10, 1),
            stated(SEED_ARTICLE),
        ),
        Milestone(
            "RECRUITMENT",
            Text("Otwarcie naboru JST", "Recruitment of local governments opens"),
            _D(2020, 1, 27),
            stated(MARKA_KONSKOWOLA_RECRUITMENT),
        ),
        Milestone(
            "SUPPORT_END",
            Text("Koniec wsparcia JST", "End of support for local governments"),
            _D(2023, 3, 31),
            derived(
                "'until the end of March' is stated; the year 2023 is ours, from the article's "
                "date",
                DZIENNIK_WSCHODNI_MYSTERY_CLIENT,
            ),
        ),
        Milestone(
            "STUDY_END",
            Text("Koniec badania tajemniczego klienta", "End of the mystery-client study"),
            _D(2023, 5, 31),
            stated(DZIENNIK_WSCHODNI_MYSTERY_CLIENT, note="until the end of May 2023"),
        ),
        Milestone(
            "GALA",
            Text("Gala wręczenia certyfikatów", "Certificate gala"),
            _D(2023, 6, 20),
            stated(
                ZAMOSC_INVEST_GALA,
                SEED_ARTICLE,
                note="Lubelskie Centrum Konferencyjne, Lublin",
            ),
        ),
        Milestone(
            "END",
            Text("Zakończenie projektu", "Project end"),
            _D(2023, 6, 29),
            stated(SEED_ARTICLE),
        ),
    ),
)

PILOT_PROJECT = ProjectTimeline(
    id="PILOT",
    name=Text(
        "Standardy obsługi inwestora w samorządzie (pilotaż)",
        "Investor service standards in local government (pilot)",
    ),
    start=_D(2016, 8, 1),
    end=_D(2019, 2, 28),
    summary=Text(
        "MSWiA, PAIH i Warmińsko-Mazurska Agencja Rozwoju Regionalnego; planowano 40 JST, "
        "standardy wdrożyło 45 gmin.",
        "MSWiA, PAIH and the Warmia-Masuria regional development agency; 40 local "
        "governments planned, 45 gminas implemented the standards.",
    ),
    provenance=stated(MSWIA_PILOT_SUMMARY),
)

LUBUSKIE = ProjectTimeline(
    id="LUBUSKIE",
    name=Text("Projekt lubuski", "Lubuskie project"),
    start=_D(2019, 9, 1),
    end=_D(2021, 12, 31),
    summary=Text(
        "Co najmniej 43 JST, co najmniej 22 plany wdrożenia.",
        "At least 43 local governments, at least 22 implementation plans.",
    ),
    provenance=stated(LUBUSKIE_PROJECT),
)

POMORSKIE = ProjectTimeline(
    id="POMORSKIE",
    name=Text("Projekt pomorski", "Pomorskie project"),
    start=_D(2019, 10, 1),
    end=_D(2022, 3, 31),
    summary=Text(
        "60 JST objętych audytem i szkoleniami, 30 wdrażających standardy.",
        "60 local governments audited and trained, 30 implementing the standards.",
    ),
    provenance=stated(KOHESIO_POMORSKIE),
)

OPOLSKIE = ProjectTimeline(
    id="OPOLSKIE",
    name=Text("Projekt opolski", "Opolskie project"),
    start=_D(2019, 9, 1),
    end=_D(2023, 6, 30),
    summary=Text("Cel: 37 JST.", "Target: 37 local governments."),
    provenance=stated(OPOLSKIE_PROJECT),
)

#: Every dated project of the programme, by id.
PROJECTS: Mapping[str, ProjectTimeline] = MappingProxyType(
    {p.id: p for p in (PILOT_PROJECT, LUBUSKIE, POMORSKIE, OPOLSKIE, LUBELSKIE_PROJECT)}
)


def project(project_id: str) -> ProjectTimeline:
    """The project with ``project_id`` from :data:`PROJECTS` (case-insensitive)."""
    found = PROJECTS.get(project_id.upper()) if isinstance(project_id, str) else None
    if found is None:
        raise UnknownProjectError(
            f"no project {project_id!r}; known: {', '.join(sorted(PROJECTS))}"
        )
    return found
