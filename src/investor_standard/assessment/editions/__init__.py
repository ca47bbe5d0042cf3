"""The concrete editions of the standard, as data, and a registry to find them by id."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from investor_standard.assessment.catalogue import Edition
from investor_standard.assessment.editions.lubelskie_2019 import LUBELSKIE_2019

__all__ = ["EDITIONS", "LUBELSKIE_2019"]

#: Every edition the library ships, by id.
EDITIONS: Mapping[str, Edition] = MappingProxyType({LUBELSKIE_2019.id: LUBELSKIE_2019})
