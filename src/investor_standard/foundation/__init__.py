"""The values every other part uses: bilingual text, provenance and the sources it cites, errors.

May import: nothing else in the library; every other part builds on this one.
"""

from investor_standard.foundation._lazy import attach_stub

__getattr__, __dir__ = attach_stub(__name__, __file__)
