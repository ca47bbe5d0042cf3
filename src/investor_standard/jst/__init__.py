"""Local governments (JST): GUS TERYT codes, the kinds of unit they name, the units themselves,
and the register of every unit (GUS TERC as of 1 January 2020, shipped as package data and read
on first use).

May import: foundation.
"""

from investor_standard.foundation._lazy import attach_stub

__getattr__, __dir__ = attach_stub(__name__, __file__)
