"""investor-standard: a typed model of the Polish investor-service standard (SOI).

"Standardy Obsługi Inwestora" is the standard that Polish local governments (JST)
implement to serve investors well and to be certified for it. This package models
its catalogue, the local governments that implement it, audits, scores and
certification decisions, the working-day calendar and administrative deadlines,
the project timeline, and JSON documents for all of them, as frozen values and
pure functions.

The library is built in parts, each a subpackage that says what it may import:

* :mod:`investor_standard.foundation`: text, provenance, sources, errors;
* :mod:`investor_standard.jst`: TERYT codes and local governments;
* :mod:`investor_standard.workdays`: days off, working days, KPA deadlines;
* :mod:`investor_standard.assessment`: catalogue → checklist → audit → score →
  decision → certificate and remediation plan;
* :mod:`investor_standard.offer`: site cards, investor tabs, completeness;
* :mod:`investor_standard.programme`: timelines, projects, indicators, the study;
* :mod:`investor_standard.documents`: JSON documents and their schemas.

The names of the main flow are importable from here too (listed once, in
``__init__.pyi``); each is loaded on first use.

>>> from investor_standard import LUBELSKIE_2019, LocalGovernment
>>> town = LocalGovernment("0608011", "Lubartów")
>>> [r.id for r in LUBELSKIE_2019.applicable_to(town.kind)][:3]
['PROC-01', 'PROC-02', 'PROC-03']
"""

from investor_standard.foundation._lazy import attach_stub

__getattr__, __dir__ = attach_stub(__name__, __file__)
