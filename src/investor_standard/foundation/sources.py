"""The public sources the library's facts rest on, cited once and reused everywhere.

Each constant is a :class:`~investor_standard.foundation.provenance.Source`. The texts are our
own short descriptions of the sources, not quotations.
"""

from __future__ import annotations

from investor_standard.foundation.provenance import Source

__all__ = [
    "ACT_ON_DAYS_OFF",
    "ACT_ON_DAYS_OFF_1989",
    "ACT_ON_DAYS_OFF_1990",
    "ACT_ON_DAYS_OFF_2010",
    "ACT_ON_DAYS_OFF_2024",
    "ACT_ON_DAY_OFF_2018",
    "DZIENNIK_WSCHODNI_MYSTERY_CLIENT",
    "GUS_TERYT",
    "KOHESIO_PILOT",
    "KOHESIO_POMORSKIE",
    "KPA_ART_57",
    "LODZKIE_PROJECT",
    "LUBUSKIE_PROJECT",
    "MARKA_KONSKOWOLA_RECRUITMENT",
    "MAZOWIECKIE_PROJECT",
    "MSWIA_CALL_AREAS",
    "MSWIA_PILOT_SUMMARY",
    "MSWIA_PROJECT_ASSUMPTIONS",
    "NOWY_TYDZIEN_STAGES",
    "OPOLSKIE_COI_2020",
    "OPOLSKIE_PROJECT",
    "PAIH_DATABASE_INSTRUCTIONS",
    "SEED_ARTICLE",
    "SILESIAN_DATABASE",
    "SLASKIE_CERTIFIED",
    "ZAMOSC_INVEST_GALA",
]

SEED_ARTICLE = Source(
    "Lubartowiak: the town of Lubartów recognised for investor service (seed press report)",
    "https://www.lubartowiak.com.pl/fakty/miasto-lubartow-docenione-za-obsluge-inwestorow/",
)
ZAMOSC_INVEST_GALA = Source(
    "Invest in Zamość: news item on the Lubelskie investor-service standards gala",
    "http://investin.zamosc.pl/pl/aktualnosci/394-standardy-obslugi-inwestora-w-wojewodztwie-lubelskim.html",
)
MARKA_KONSKOWOLA_RECRUITMENT = Source(
    "Marka Końskowola: recruitment of local governments to the Lubelskie project opens",
    "https://markakonskowola.pl/ruszyl-nabor-do-projektu-standardy-obslugi-inwestora-w-wojewodztwie-lubelskim/",
)
NOWY_TYDZIEN_STAGES = Source(
    "Nowy Tydzień (Włodawa, 2020): new standards for investors (the stages of the project)",
    "https://www.nowytydzien.pl/nowe-standardy-dla-inwestorow/",
)
DZIENNIK_WSCHODNI_MYSTERY_CLIENT = Source(
    "Dziennik Wschodni: mystery clients check how Lubelskie local governments serve investors",
    "https://www.dziennikwschodni.pl/lublin/jak-lubelskie-samorzady-obsluguja-inwestorow-sprawdza-to-tajemniczy-klienci,n,1000323160.html",
)
MSWIA_PROJECT_ASSUMPTIONS = Source(
    "MSWiA: assumptions of the investor-service standards project",
    "http://administracja.mswia.gov.pl/adm/projekty-ue/standardy-obslugi-inwes/o-projekcie/10100,Zalozenia-projektu.html",
)
MSWIA_CALL_AREAS = Source(
    "NGO Kraków: the POWER measure 2.18 call and the five areas of the standard",
    "https://ngo.krakow.pl/granty/226625,1061,komunikat,konkurs_w_ramach_po_wer__dzialania_2_18_wysokiej_jakosci_uslugi_administracyjne.html",
)
MSWIA_PILOT_SUMMARY = Source(
    "MSWiA: summary of the pilot project 'Investor service standards in local government'",
    "http://administracja.mswia.gov.pl/adm/projekty-ue/standardy-obslugi-inwes/aktualnosci/10918,Standardy-obslugi-inwestora-w-samorzadzie-podsumowanie-projektu.html",
)
LUBUSKIE_PROJECT = Source(
    "Invest in Lubuskie: the Lubuskie investor-service standards project",
    "http://wcag.investinlubuskie.pl/projekt/",
)
KOHESIO_POMORSKIE = Source(
    "Kohesio: the Pomorskie investor-service standards project (Q91767)",
    "https://kohesio.ec.europa.eu/en/projects/Q91767",
)
OPOLSKIE_PROJECT = Source(
    "OCRG Opolskie: investor-service standards in Opolskie local governments",
    "https://ocrg.opolskie.pl/standardy-obslugi-inwestora-w-samorzadzie-opolskim/",
)
OPOLSKIE_COI_2020 = Source(
    "COI Opolskie (coi.opolskie.pl), March 2020: the Opolskie project with 38 local "
    "governments, ending in September 2021; the exact page address was not recorded"
)
MAZOWIECKIE_PROJECT = Source(
    "ARMSA (Mazovia Development Agency): uniform standards of investor assistance in the "
    "local governments of Mazowieckie",
    "https://en.armsa.pl/uniform-standards-investor-assistance",
)
KOHESIO_PILOT = Source(
    "Kohesio: the pilot project 'Investor service standards in local government' (Q91831)",
    "https://kohesio.ec.europa.eu/en/projects/Q91831",
)
LODZKIE_PROJECT = Source(
    "Euroinnowacje: benefits for local governments of the Łódzkie project",
    "https://euroinnowacje.com/projekty-z-ue/wdrazanie-standardow-obslugi-inwestora-w-samorzadach-wojewodztwa-lodzkiego/korzysci-dla-jst/",
)
SLASKIE_CERTIFIED = Source(
    "Śląskie: local governments with potential for investors",
    "https://www.slaskie.pl/content/samorzady-z-potencjalem-dla-inwestorow",
)
PAIH_DATABASE_INSTRUCTIONS = Source(
    "PAIH investment-site database: instructions for gmina users",
    "https://baza.paih.gov.pl/instructions/6?lang=pl",
)
GUS_TERYT = Source(
    "GUS: the TERC part of the national official register of the territorial division (TERYT)",
    "https://eteryt.stat.gov.pl/",
)
ACT_ON_DAYS_OFF = Source(
    "Act of 18 January 1951 on days off work (Dz.U. 1951 nr 4 poz. 28, as amended)",
    "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19510040028",
)
ACT_ON_DAYS_OFF_1989 = Source(
    "Act of 15 February 1989 establishing the National Independence Day, 11 November "
    "(Dz.U. 1989 nr 6 poz. 34)",
)
ACT_ON_DAYS_OFF_1990 = Source(
    "Act of 6 April 1990 restoring the National Holiday of the Third of May "
    "(Dz.U. 1990 nr 28 poz. 160)",
)
ACT_ON_DAYS_OFF_2010 = Source(
    "Act of 24 September 2010 amending the act on days off work "
    "(Dz.U. 2010 nr 224 poz. 1459; 6 January from 2011)",
)
ACT_ON_DAYS_OFF_2024 = Source(
    "Act of 6 December 2024 amending the act on days off work "
    "(Dz.U. 2024 poz. 1965; 24 December from 2025)",
)
ACT_ON_DAY_OFF_2018 = Source(
    "Act of 7 November 2018 establishing 12 November 2018 a day off work, for the centenary "
    "of independence (Dz.U. 2018 poz. 2117)",
)
KPA_ART_57 = Source(
    "Code of Administrative Procedure (KPA), art. 57 §1-§5, as in force since 1 June 2017",
    "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19600300168",
)
SILESIAN_DATABASE = Source(
    "Invest in Silesia: the regional investment-offer database (offer types and card fields)",
    "https://boi.invest-in-silesia.pl/node/192",
)
