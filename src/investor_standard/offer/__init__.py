"""The investment offer: site cards with unit-typed quantities, investor tabs, how complete
they are, and the audit findings they suggest.

May import: foundation, jst, workdays, assessment (the findings it suggests feed an audit).
"""

from investor_standard.foundation._lazy import attach_stub

__getattr__, __dir__ = attach_stub(__name__, __file__)
