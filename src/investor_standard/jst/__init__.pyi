"""The public names of ``investor_standard.jst``, one line each (read at run time too)."""

from .teryt import (
    TERYT_PROVENANCE as TERYT_PROVENANCE,
    VOIVODESHIPS as VOIVODESHIPS,
    JstKind as JstKind,
    LocalGovernment as LocalGovernment,
    Teryt as Teryt,
    as_teryt as as_teryt,
)
