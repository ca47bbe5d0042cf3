"""Local governments (JST): GUS TERYT codes, the kinds of unit they name, and the units themselves.

May import: foundation.
"""

from investor_standard.foundation._lazy import attach_stub

__getattr__, __dir__ = attach_stub(__name__, __file__)
