"""The public names of ``investor_standard.jst``, one line each (read at run time too)."""

from .register import (
    REGISTER_AS_OF as REGISTER_AS_OF,
    REGISTER_PROVENANCE as REGISTER_PROVENANCE,
    REGISTER_SHA256 as REGISTER_SHA256,
    Register as Register,
    RegisteredUnit as RegisteredUnit,
    find_units as find_units,
    is_registered as is_registered,
    local_government as local_government,
    lookup_unit as lookup_unit,
    resolve_unit as resolve_unit,
    terc_register as terc_register,
    units_in as units_in,
)
from .teryt import (
    GMINA_PATTERN as GMINA_PATTERN,
    TERYT_PATTERN as TERYT_PATTERN,
    TERYT_PROVENANCE as TERYT_PROVENANCE,
    VOIVODESHIPS as VOIVODESHIPS,
    JstKind as JstKind,
    LocalGovernment as LocalGovernment,
    Teryt as Teryt,
    as_teryt as as_teryt,
)
