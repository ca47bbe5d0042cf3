"""Documents at the edge: JSON reading and writing with a schema version, the converter, the fast
reader of audits, and the JSON Schemas.

May import: foundation, jst, workdays, assessment, offer, programme. Nothing but the command and the
reports at the package root imports this part.
"""

from investor_standard.foundation._lazy import attach_stub

__getattr__, __dir__ = attach_stub(__name__, __file__)
