"""The programme around the standard: project timelines and the registry of projects, the
Lubelskie project's indicators and its participants' stages, the mystery-client study, and
pictures of a timeline.

May import: foundation, jst, workdays, assessment (indicators count decisions).
"""

from investor_standard.foundation._lazy import attach_stub

__getattr__, __dir__ = attach_stub(__name__, __file__)
