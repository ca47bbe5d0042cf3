"""The register of local governments: GUS's TERC register as of 1 January 2020.

The package ships the TERC part of the national official register of the territorial
division (TERYT), kept by Statistics Poland (GUS), unchanged but compressed
(``jst/data/terc-2020-01-01.csv.gz``; its SHA-256 is :data:`REGISTER_SHA256`). It is the
state of the country's local governments when the Lubelskie project recruited them
(from January 2020). It is read the first time it is needed, never at import.

Only self-governing units (JST) are units of the library's register: gminas (urban,
rural, urban-rural), counties (powiaty), cities with county rights and voivodeships.
The statistical parts the file also lists (the town and the rural area of an
urban-rural gmina, the districts of Warsaw, the delegations of other cities) are not
JST. A city with county rights is one JST with two codes, its county code and its gmina
code (Lublin: ``0663`` and ``0663011``); the register holds it once, under its gmina
code, and finds it by either.

The register knows one date. A unit created or changed later (a village that became a
town, and so a gmina whose kind and code changed) is not in it: a well-formed code it
does not know is *unregistered*, which :func:`is_registered` reports and
:func:`lookup_unit` refuses, rather than *invalid*. Where a fictional or newer unit is fine
(the shipped example of a fictional gmina, ``0608992``), build the
:class:`~investor_standard.jst.teryt.LocalGovernment` directly: only the functions
here require a registered unit.

>>> lookup_unit("0608011").describe()
'Lubartów (urban gmina, TERYT 0608011), powiat lubartowski, województwo lubelskie'
>>> [unit.describe() for unit in find_units("lubartow")]  # doctest: +NORMALIZE_WHITESPACE
['Lubartów (urban gmina, TERYT 0608011), powiat lubartowski, województwo lubelskie',
 'Lubartów (rural gmina, TERYT 0608072), powiat lubartowski, województwo lubelskie']
>>> is_registered("0608992")
False

>>> REGISTER_AS_OF, REGISTER_SHA256[:12]
(datetime.date(2020, 1, 1), '6ab0b4cf94cf')
"""

from __future__ import annotations

import datetime as dt
import difflib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from types import MappingProxyType

import attrs

from investor_standard.foundation.errors import (
    AmbiguousUnitError,
    InvalidTerytError,
    UnknownUnitError,
    UnregisteredUnitError,
)
from investor_standard.foundation.provenance import Provenance, stated
from investor_standard.foundation.sources import GUS_TERYT
from investor_standard.foundation.text import Lang
from investor_standard.jst.teryt import JstKind, LocalGovernment, Teryt, as_teryt

__all__ = [
    "REGISTER_AS_OF",
    "REGISTER_PROVENANCE",
    "REGISTER_SHA256",
    "Register",
    "RegisteredUnit",
    "find_units",
    "is_registered",
    "local_government",
    "lookup_unit",
    "resolve_unit",
    "terc_register",
    "units_in",
]

#: The day the shipped register describes (the file's ``STAN_NA`` column).
REGISTER_AS_OF = dt.date(2020, 1, 1)

#: The SHA-256 of the shipped register once decompressed: the GUS file with LF line ends.
REGISTER_SHA256 = "6ab0b4cf94cf685fb7c7f6518c86b77da303049811165302e3ef06b668e121c8"

REGISTER_PROVENANCE: Provenance = stated(
    GUS_TERYT,
    note="TERC register, official file as of 2020-01-01, shipped unchanged (LF line ends)",
)

_HEADER = "WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA"
#: Type digits of the statistical parts of gminas: listed in the file, but not JST.
_STATISTICAL_PARTS = frozenset("4589")
#: County codes from this number up are cities with county rights.
_FIRST_CITY_COUNTY = 61


def _folded(text: str) -> str:
    """``text`` for matching: case and diacritics dropped, spaces and hyphens made one space.

    >>> _folded("  Łódź-Widzew ")
    'lodz widzew'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("-", " ").split())


@attrs.frozen
class RegisteredUnit:
    """One self-governing unit of the register, with its official names.

    ``name`` is the register's name: a gmina's or city's proper name (``Lubartów``),
    the adjective of a county (``lubartowski``) or a voivodeship (``lubelskie``).
    ``official_name`` adds the kind where Polish usage does (``powiat lubartowski``).
    ``register_kind`` is the register's own description (``gmina miejska``, ``miasto
    na prawach powiatu``, ...). ``codes`` are all the register's codes for this unit:
    two for a city with county rights, one for any other.
    """

    teryt: Teryt
    name: str
    register_kind: str
    county_name: str | None
    voivodeship_name: str
    codes: tuple[str, ...]

    @property
    def kind(self) -> JstKind:
        """The unit's kind, from its code."""
        return self.teryt.kind

    @property
    def official_name(self) -> str:
        """The name a document would use: ``Lubartów``, ``powiat lubartowski``, ..."""
        if self.kind is JstKind.COUNTY:
            return f"powiat {self.name}"
        if self.kind is JstKind.VOIVODESHIP:
            return f"województwo {self.name}"
        return self.name

    @property
    def local_government(self) -> LocalGovernment:
        """The unit as a :class:`~investor_standard.jst.teryt.LocalGovernment`.

        >>> lookup_unit("0663").local_government
        LocalGovernment(teryt=Teryt(code='0663011'), name='Lublin')
        """
        return LocalGovernment(self.teryt, self.official_name)

    def describe(self, lang: Lang | str = Lang.EN) -> str:
        """The unit with its kind, code, county and voivodeship, for people.

        >>> lookup_unit("0608").describe("pl")
        'powiat lubartowski (powiat, TERYT 0608), województwo lubelskie'
        """
        where = [f"powiat {self.county_name}"] if self.county_name else []
        if self.kind is not JstKind.VOIVODESHIP:
            where.append(f"województwo {self.voivodeship_name}")
        return ", ".join([self.local_government.describe(lang), *where])


@attrs.frozen
class Register:
    """Self-governing units by code, with look-ups by code, by name and by area.

    Build one with :meth:`from_terc` from the text of a TERC file; the register that
    ships with the library is :func:`terc_register`.

    >>> register = terc_register()
    >>> len(register), register.as_of
    (2807, datetime.date(2020, 1, 1))
    >>> register.lookup("0664011").official_name
    'Zamość'
    >>> "0699011" in register
    False
    """

    as_of: dt.date
    provenance: Provenance
    units: tuple[RegisteredUnit, ...]
    _by_code: Mapping[str, RegisteredUnit] = attrs.field(init=False, repr=False, eq=False)
    _by_name: Mapping[str, tuple[RegisteredUnit, ...]] = attrs.field(
        init=False, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        by_code = {code: unit for unit in self.units for code in unit.codes}
        by_name: dict[str, list[RegisteredUnit]] = {}
        for unit in self.units:
            for key in {_folded(unit.name), _folded(unit.official_name)}:
                by_name.setdefault(key, []).append(unit)
        object.__setattr__(self, "_by_code", MappingProxyType(by_code))
        names = {key: tuple(units) for key, units in by_name.items()}
        object.__setattr__(self, "_by_name", MappingProxyType(names))

    @classmethod
    def from_terc(cls, text: str, *, provenance: Provenance) -> Register:
        """Read the text of a TERC file (``;``-separated, with GUS's header).

        Every row must be well formed; a problem is reported with its line number.
        """
        lines = text.splitlines()
        if not lines or lines[0].lstrip("\ufeff") != _HEADER:
            raise InvalidTerytError(f"a TERC register starts with the header {_HEADER!r}")
        return _build(lines[1:], provenance)

    def __len__(self) -> int:
        return len(self.units)

    def __iter__(self) -> Iterator[RegisteredUnit]:
        return iter(self.units)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, (str, Teryt)) and str(code) in self._by_code

    def lookup(self, code: Teryt | str) -> RegisteredUnit:
        """The unit a code names; a well-formed code the register lacks is refused."""
        teryt = as_teryt(code)
        try:
            return self._by_code[teryt.code]
        except KeyError:
            raise UnregisteredUnitError(
                f"TERYT {teryt.code} is well formed but names no unit of the register as of "
                f"{self.as_of.isoformat()} (a fictional unit, or one created later)",
                code=teryt.code,
                pl=f"TERYT {teryt.code} ma poprawną postać, lecz nie oznacza żadnej jednostki "
                f"rejestru ze stanu na {self.as_of.isoformat()} (jednostka fikcyjna lub "
                "późniejsza)",
            ) from None

    def find(self, name: str) -> tuple[RegisteredUnit, ...]:
        """The units named ``name``, ignoring case, diacritics and the words ``powiat``
        and ``województwo``; refused with the closest names when none matches."""
        key = _folded(name) if isinstance(name, str) else ""
        if not key:
            raise UnknownUnitError(
                f"a unit's name must be a non-empty text, not {name!r}",
                name=str(name),
                suggestions=(),
                pl=f"nazwa jednostki musi być niepustym tekstem, nie {name!r}",
            )
        found = self._by_name.get(key)
        if found:
            return tuple(sorted(found, key=lambda unit: unit.teryt))
        near = difflib.get_close_matches(key, self._by_name, n=5, cutoff=0.75)
        suggestions = tuple(dict.fromkeys(self._by_name[k][0].official_name for k in near))
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        hint_pl = f"; czy chodzi o {', '.join(suggestions)}?" if suggestions else ""
        raise UnknownUnitError(
            f"no unit of the register as of {self.as_of.isoformat()} is named {name!r}{hint}",
            name=name,
            suggestions=suggestions,
            pl=f"żadna jednostka rejestru ze stanu na {self.as_of.isoformat()} nie nazywa się "
            f"{name!r}{hint_pl}",
        )

    def resolve(self, code_or_name: str) -> RegisteredUnit:
        """The one unit a code or a name stands for; a name that fits several is refused
        with the candidates, so the caller can choose by code."""
        if not isinstance(code_or_name, str):
            raise InvalidTerytError(
                f"a unit is named by a code or a name, not {code_or_name!r}",
                pl=f"jednostkę wskazuje się kodem lub nazwą, nie {code_or_name!r}",
            )
        if code_or_name.strip().isdigit():
            return self.lookup(code_or_name.strip())
        found = self.find(code_or_name)
        if len(found) > 1:
            candidates = tuple(unit.describe() for unit in found)
            raise AmbiguousUnitError(
                f"{len(found)} units are named {code_or_name!r}; give one of their codes: "
                + "; ".join(candidates),
                name=code_or_name,
                candidates=candidates,
                pl=f"{code_or_name!r} to nazwa {len(found)} jednostek; podaj kod jednej z nich: "
                + "; ".join(unit.describe(Lang.PL) for unit in found),
            )
        return found[0]

    def units_in(
        self, area: Teryt | str, kinds: JstKind | Iterable[JstKind] | None = None
    ) -> tuple[RegisteredUnit, ...]:
        """The units inside a voivodeship or county (itself included), of ``kinds`` if given.

        A city with county rights is in its voivodeship once, whether it is counted as
        a gmina or as a county.
        """
        wanted = self.lookup(area).teryt
        chosen = {kinds} if isinstance(kinds, JstKind) else None if kinds is None else set(kinds)
        return tuple(
            unit
            for unit in self.units
            if any(wanted.code == code[: len(wanted.code)] for code in unit.codes)
            and (chosen is None or unit.kind in chosen)
        )


def _build(rows: list[str], provenance: Provenance) -> Register:
    """The register's units from the rows of a TERC file (after the header).

    A voivodeship's row comes before its counties', a county's before its gminas', as
    in GUS's file; the names of the enclosing units are taken from those rows.
    """
    voivodeships: dict[str, str] = {}
    counties: dict[str, str] = {}
    units: list[RegisteredUnit] = []
    dates: set[str] = set()
    for number, row in enumerate(rows, start=2):
        cells = row.split(";")
        if len(cells) != len(_HEADER.split(";")):
            raise InvalidTerytError(f"TERC line {number}: {len(cells)} columns, expected 7")
        woj, pow_, gmi, rodz, name, description, stan_na = cells
        dates.add(stan_na)
        if rodz in _STATISTICAL_PARTS:
            continue  # a statistical part of a gmina, not a JST
        city = bool(pow_) and pow_.isdigit() and int(pow_) >= _FIRST_CITY_COUNTY
        if not pow_:
            name = voivodeships[woj] = name.lower()  # GUS writes voivodeships in capitals
        elif not gmi:
            counties[woj + pow_] = name
            if city:
                continue  # the city's county code; the JST is its gmina row
        try:
            teryt = Teryt(woj + pow_ + gmi + rodz)
            voivodeship = voivodeships[woj]
            county = None if city or not gmi else counties[woj + pow_]
        except InvalidTerytError as error:
            raise InvalidTerytError(f"TERC line {number}: {error}") from None
        except KeyError as missing:
            raise InvalidTerytError(
                f"TERC line {number}: unit {missing} is used before its own row"
            ) from None
        codes = (woj + pow_, teryt.code) if city else (teryt.code,)
        units.append(RegisteredUnit(teryt, name, description, county, voivodeship, codes))
    if len(dates) != 1:
        raise InvalidTerytError(f"a TERC register describes one day, not {sorted(dates)}")
    try:
        as_of = dt.date.fromisoformat(dates.pop())
    except ValueError as error:
        raise InvalidTerytError(f"the TERC register's date: {error}") from None
    return Register(as_of, provenance, tuple(sorted(units, key=lambda unit: unit.teryt)))


@cache
def terc_register() -> Register:
    """The register that ships with the library (GUS TERC, as of 1 January 2020).

    Read and checked the first time it is asked for, then kept.

    >>> terc_register() is terc_register()  # read once, then shared
    True
    """
    import gzip  # noqa: PLC0415 - only the first use of the register pays for these
    import hashlib  # noqa: PLC0415
    from importlib.resources import files  # noqa: PLC0415

    packed = files("investor_standard.jst").joinpath("data", "terc-2020-01-01.csv.gz")
    data = gzip.decompress(packed.read_bytes())
    if hashlib.sha256(data).hexdigest() != REGISTER_SHA256:
        raise InvalidTerytError("the shipped TERC register is damaged: its checksum differs")
    return Register.from_terc(data.decode("utf-8"), provenance=REGISTER_PROVENANCE)


def lookup_unit(code: Teryt | str) -> RegisteredUnit:
    """The registered unit a TERYT code names (either code of a city with county rights).

    >>> unit = lookup_unit("0664011")
    >>> unit.official_name, unit.kind.value
    ('Zamość', 'city_with_county_rights')
    """
    return terc_register().lookup(code)


def is_registered(code: Teryt | str) -> bool:
    """True when a (well-formed) TERYT code names a unit of the shipped register.

    >>> is_registered("0608011"), is_registered("0699011")
    (True, False)
    """
    return as_teryt(code).code in terc_register()


def find_units(name: str) -> tuple[RegisteredUnit, ...]:
    """The registered units with this name, in code order (see :meth:`Register.find`).

    >>> [str(unit.teryt) for unit in find_units("LUBARTOW")]  # case and accents ignored
    ['0608011', '0608072']
    >>> find_units("Atlantyda")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
        ...
    investor_standard.foundation.errors.UnknownUnitError: no unit of the register as of
    2020-01-01 is named 'Atlantyda'
    """
    return terc_register().find(name)


def resolve_unit(code_or_name: str) -> RegisteredUnit:
    """The one registered unit a code or an unambiguous name stands for.

    >>> resolve_unit("Lublin").code
    Traceback (most recent call last):
        ...
    AttributeError: 'RegisteredUnit' object has no attribute 'code'
    >>> resolve_unit("0608072").describe()
    'Lubartów (rural gmina, TERYT 0608072), powiat lubartowski, województwo lubelskie'
    """
    return terc_register().resolve(code_or_name)


def local_government(code_or_name: str) -> LocalGovernment:
    """A :class:`~investor_standard.jst.teryt.LocalGovernment` with its official name, from a
    code or an unambiguous name alone.

    >>> local_government("0608072")
    LocalGovernment(teryt=Teryt(code='0608072'), name='Lubartów')
    >>> local_government("Lublin").teryt.code
    '0663011'
    """
    return resolve_unit(code_or_name).local_government


def units_in(
    area: Teryt | str, kinds: JstKind | Iterable[JstKind] | None = None
) -> tuple[RegisteredUnit, ...]:
    """The registered units inside a voivodeship or county (see :meth:`Register.units_in`).

    >>> from investor_standard import JstKind
    >>> len(units_in("06")), len(units_in("06", JstKind.COUNTY))
    (234, 20)
    >>> [unit.official_name for unit in units_in("0608", JstKind.URBAN_GMINA)]
    ['Lubartów']
    """
    return terc_register().units_in(area, kinds)
