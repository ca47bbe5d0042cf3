"""The assessment flow: catalogue and editions, checklist, audit, score, decision, certificate and
remediation plan, and their renderings for people.

May import: foundation, jst, workdays (for the terms of a remediation plan).
"""

from investor_standard.foundation._lazy import attach_stub

__getattr__, __dir__ = attach_stub(__name__, __file__)
