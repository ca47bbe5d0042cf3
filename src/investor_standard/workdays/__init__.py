"""The working-day calendar of Polish law: statutory days off, working-day arithmetic and the
administrative deadlines of art. 57 KPA.

May import: foundation.
"""

from investor_standard.foundation._lazy import attach_stub

__getattr__, __dir__ = attach_stub(__name__, __file__)
