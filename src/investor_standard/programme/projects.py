"""The Lubelskie project's timeline, and the pilot and sister projects, as data.

The Lubelskie project ran from 1 October 2019 to 29 June 2023. Its phases are
named by us (the sources date events, not phases), so each phase says which of
its bounds a source states and which we derived. The sister projects of the same
MSWiA programme are recorded with their periods and reported figures; their
phases are not known, so none are recorded. Where two sources disagree (Opolskie:
37 or 38 local governments, ending in 2023 or in September 2021) both accounts are
kept, cited, side by side. The Łódzkie project (ended 2022, no exact dates found)
and the Śląskie project (no dates found) have no dated period: their stated figures
are in :data:`UNDATED_PROJECTS`.

>>> LUBELSKIE_PROJECT.start, LUBELSKIE_PROJECT.end
(datetime.date(2019, 10, 1), datetime.date(2023, 6, 29))
>>> sorted(PROJECTS)
['LUBELSKIE', 'LUBUSKIE', 'MAZOWIECKIE', 'OPOLSKIE', 'PILOT', 'POMORSKIE']
>>> sorted(UNDATED_PROJECTS)
['LODZKIE', 'SLASKIE']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from investor_standard.foundation.errors import UnknownProjectError
from investor_standard.foundation.provenance import Provenance, Source, derived, stated
from investor_standard.foundation.sources import (
    DZIENNIK_WSCHODNI_MYSTERY_CLIENT,
    KOHESIO_PILOT,
    KOHESIO_POMORSKIE,
    LODZKIE_PROJECT,
    LUBUSKIE_PROJECT,
    MARKA_KONSKOWOLA_RECRUITMENT,
    MAZOWIECKIE_PROJECT,
    MSWIA_PILOT_SUMMARY,
    NOWY_TYDZIEN_STAGES,
    OPOLSKIE_COI_2020,
    OPOLSKIE_PROJECT,
    SEED_ARTICLE,
    SLASKIE_CERTIFIED,
    ZAMOSC_INVEST_GALA,
)
from investor_standard.foundation.text import Text
from investor_standard.programme.timeline import Milestone, Phase, ProjectTimeline

__all__ = ["LUBELSKIE_PROJECT", "PROJECTS", "UNDATED_PROJECTS", "UndatedProject", "project"]

_D = dt.date


def _year_from_article_date(day: str, source: Source) -> Provenance:
    """The basis of a date whose day a source states without its year: the year is ours,
    read from the date of the article (the three Lubelskie dates of 2023 alike)."""
    return derived(f"{day} is stated; the year 2023 is ours, from the article's date", source)


#: The Lubelskie project (1 October 2019 to 29 June 2023): its phases and milestones,
#: each with its provenance.
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
    provenance=stated(
        SEED_ARTICLE,
        ZAMOSC_INVEST_GALA,
        note="start and end dates; the end's year follows from the date of the report, which "
        "says '29 June this year' (see the END milestone)",
    ),
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
            _year_from_article_date("'until the end of March'", DZIENNIK_WSCHODNI_MYSTERY_CLIENT),
        ),
        Milestone(
            "STUDY_END",
            Text("Koniec badania tajemniczego klienta", "End of the mystery-client study"),
            _D(2023, 5, 31),
            _year_from_article_date("'until the end of May'", DZIENNIK_WSCHODNI_MYSTERY_CLIENT),
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
            _year_from_article_date("'29 June this year'", SEED_ARTICLE),
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
    provenance=stated(
        MSWIA_PILOT_SUMMARY,
        KOHESIO_PILOT,
        note="PAIH (then PAIiIZ) developed the standard, tried it here in Warmia-Masuria, and "
        "meant it as a model for the whole country: PAIH is the standard's author",
    ),
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
    summary=Text(
        "Cel: 37 JST, projekt do 30 czerwca 2023 r. (OCRG). Inne źródło (COI, marzec 2020) "
        "podaje 38 JST i zakończenie we wrześniu 2021 r.",
        "Target: 37 local governments, until 30 June 2023 (OCRG). Another source (COI, "
        "March 2020) gives 38 local governments and an end in September 2021.",
    ),
    provenance=stated(
        OPOLSKIE_PROJECT,
        OPOLSKIE_COI_2020,
        note="the sources conflict: 37 JST and an end in June 2023, or 38 JST and an end in "
        "September 2021; the period recorded is the first account, both are kept",
    ),
)

MAZOWIECKIE = ProjectTimeline(
    id="MAZOWIECKIE",
    name=Text(
        "Wdrożenie jednolitych standardów obsługi inwestora w JST województwa mazowieckiego",
        "Uniform standards of investor service in the local governments of Mazowieckie",
    ),
    start=_D(2019, 10, 1),
    end=_D(2023, 9, 30),
    summary=Text(
        "Agencja Rozwoju Mazowsza i PAIH; etap 1: 141 gmin, etap 2: 71. W pilotażu "
        "certyfikat otrzymało 45 gmin Warmii i Mazur.",
        "Mazovia Development Agency and PAIH; stage 1: 141 gminas, stage 2: 71. In the "
        "pilot, 45 Warmia-Masuria municipalities were certified.",
    ),
    provenance=stated(
        MAZOWIECKIE_PROJECT,
        note="the English page gives 30 September 2023; a Polish page is reported to give "
        "28 December 2023 (not seen here)",
    ),
)


@attrs.frozen
class UndatedProject:
    """A project of the programme whose figures are stated but whose period is not.

    >>> lodzkie = UNDATED_PROJECTS["LODZKIE"]
    >>> lodzkie.name.en, lodzkie.provenance.is_derived
    ('Łódzkie project', False)
    """

    id: str
    name: Text
    summary: Text
    provenance: Provenance


#: The projects with stated figures but no dated period, by id.
UNDATED_PROJECTS: Mapping[str, UndatedProject] = MappingProxyType(
    {
        p.id: p
        for p in (
            UndatedProject(
                "LODZKIE",
                Text("Projekt łódzki", "Łódzkie project"),
                Text(
                    "Cel: 80 JST, co najmniej 40 wdrażających; 81 w etapie I, 41 w etapie II. "
                    "Zakończony w 2022 r.",
                    "Target: 80 local governments, at least 40 implementing; 81 in stage I, "
                    "41 in stage II. Ended in 2022.",
                ),
                stated(
                    LODZKIE_PROJECT,
                    note="the figures are stated; the end in 2022 is our reading (no exact "
                    "dates were found)",
                ),
            ),
            UndatedProject(
                "SLASKIE",
                Text("Projekt śląski", "Śląskie project"),
                Text("46 gmin z certyfikatem.", "46 gminas certified."),
                stated(SLASKIE_CERTIFIED),
            ),
        )
    }
)

#: Every dated project of the programme, by id.
PROJECTS: Mapping[str, ProjectTimeline] = MappingProxyType(
    {
        p.id: p
        for p in (PILOT_PROJECT, LUBUSKIE, POMORSKIE, OPOLSKIE, MAZOWIECKIE, LUBELSKIE_PROJECT)
    }
)


def project(project_id: str) -> ProjectTimeline:
    """The project with ``project_id`` from :data:`PROJECTS` (case-insensitive).

    >>> project("PILOT").name.en
    'Investor service standards in local government (pilot)'
    >>> project("lubelskie").id
    'LUBELSKIE'
    """
    found = PROJECTS.get(project_id.upper()) if isinstance(project_id, str) else None
    if found is None:
        raise UnknownProjectError(
            f"no project {project_id!r}; known: {', '.join(sorted(PROJECTS))}"
        )
    return found
