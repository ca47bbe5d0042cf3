"""Local governments (JST) and their GUS TERYT codes.

A TERYT code of the TERC register names a unit of the territorial division:

* 2 digits: a voivodeship (województwo), coded by the even numbers 02-32;
* 4 digits: a county (powiat); county codes from 61 up are cities with county
  rights (miasto na prawach powiatu);
* 7 digits: a gmina, whose last digit is its type: 1 urban, 2 rural, 3 urban-rural.
  Types 4 and 5 (the town and the rural area *within* an urban-rural gmina), 8 (the
  districts of Warsaw) and 9 (the delegations of other cities with county rights)
  are statistical parts, not self-governing units, so the library refuses them.

A city with county rights is one unit with two codes: its county code and its gmina
code, which in the TERC register is always the county code followed by ``011``
(:attr:`Teryt.canonical` gives the gmina code for both).

>>> lubartow = Teryt("0608011")
>>> lubartow.voivodeship, lubartow.county, lubartow.kind
('06', '0608', <JstKind.URBAN_GMINA: 'urban_gmina'>)
>>> Teryt("0663011").kind
<JstKind.CITY_WITH_COUNTY_RIGHTS: 'city_with_county_rights'>

>>> import re
>>> bool(re.match(TERYT_PATTERN, "0608")), bool(re.match(GMINA_PATTERN, "0608"))
(True, False)
>>> VOIVODESHIPS["06"].pl, len(VOIVODESHIPS)
('lubelskie', 16)
>>> TERYT_PROVENANCE.sources[0].title[:40]
'GUS: the TERC part of the national offic'
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from investor_standard.foundation._enum import FastEnum
from investor_standard.foundation._plural import polish_form
from investor_standard.foundation._validate import non_blank, raising
from investor_standard.foundation.errors import InvalidTerytError
from investor_standard.foundation.provenance import Provenance, stated
from investor_standard.foundation.sources import GUS_TERYT
from investor_standard.foundation.text import Lang, Text

__all__ = [
    "GMINA_PATTERN",
    "TERYT_PATTERN",
    "TERYT_PROVENANCE",
    "VOIVODESHIPS",
    "JstKind",
    "LocalGovernment",
    "Teryt",
    "as_teryt",
]

#: Where the structure of TERYT codes comes from: GUS's description of the TERC register.
TERYT_PROVENANCE: Provenance = stated(
    GUS_TERYT,
    note="structure of TERC codes: voivodeship, county and gmina parts and the gmina type digit",
)

#: Voivodeship codes of the TERC register and their names (provenance: :data:`TERYT_PROVENANCE`).
VOIVODESHIPS: Mapping[str, Text] = MappingProxyType(
    {
        "02": Text("dolnośląskie", "Lower Silesian"),
        "04": Text("kujawsko-pomorskie", "Kuyavian-Pomeranian"),
        "06": Text("lubelskie", "Lublin"),
        "08": Text("lubuskie", "Lubusz"),
        "10": Text("łódzkie", "Łódź"),
        "12": Text("małopolskie", "Lesser Poland"),
        "14": Text("mazowieckie", "Masovian"),
        "16": Text("opolskie", "Opole"),
        "18": Text("podkarpackie", "Subcarpathian"),
        "20": Text("podlaskie", "Podlaskie"),
        "22": Text("pomorskie", "Pomeranian"),
        "24": Text("śląskie", "Silesian"),
        "26": Text("świętokrzyskie", "Holy Cross"),
        "28": Text("warmińsko-mazurskie", "Warmian-Masurian"),
        "30": Text("wielkopolskie", "Greater Poland"),
        "32": Text("zachodniopomorskie", "West Pomeranian"),
    }
)

_FIRST_CITY_COUNTY = 61

# The parts of a code, as regular expressions, for the patterns below.
_VOIVODESHIP_PART = f"({'|'.join(VOIVODESHIPS)})"
_COUNTY_PART = "(0[1-9]|[1-5][0-9]|60)"  # a county (powiat ziemski): 01 to 60
_CITY_PART = "(6[1-9]|[7-9][0-9])"  # a city with county rights: 61 and up
_GMINA_PART = "(0[1-9]|[1-9][0-9])"
#: The codes of self-governing units as one regular expression, in the dialect JSON
#: Schema's ``pattern`` and Python share: what :class:`Teryt` accepts, digit for digit.
#: (The ``(?!\\n)`` keeps Python's ``$`` from matching before a final line break.)
TERYT_PATTERN = (
    f"^{_VOIVODESHIP_PART}({_COUNTY_PART}({_GMINA_PART}[123])?|{_CITY_PART}({_GMINA_PART}1)?)?"
    r"(?!\n)$"
)
#: The codes of gminas only (seven digits), as :data:`TERYT_PATTERN` writes them.
GMINA_PATTERN = (
    f"^{_VOIVODESHIP_PART}({_COUNTY_PART}{_GMINA_PART}[123]|{_CITY_PART}{_GMINA_PART}1)(?!\\n)$"
)


class JstKind(FastEnum):
    """The kinds of self-governing local unit (jednostka samorządu terytorialnego).

    >>> Teryt("0608072").kind, JstKind.RURAL_GMINA.label.pl
    (<JstKind.RURAL_GMINA: 'rural_gmina'>, 'gmina wiejska')
    >>> JstKind.COUNTY.is_gmina, JstKind.CITY_WITH_COUNTY_RIGHTS.is_gmina
    (False, True)
    """

    URBAN_GMINA = "urban_gmina"
    RURAL_GMINA = "rural_gmina"
    URBAN_RURAL_GMINA = "urban_rural_gmina"
    CITY_WITH_COUNTY_RIGHTS = "city_with_county_rights"
    COUNTY = "county"
    VOIVODESHIP = "voivodeship"

    @property
    def label(self) -> Text:
        """The kind's name in Polish and English."""
        return _KIND_LABELS[self]

    @property
    def is_gmina(self) -> bool:
        """True for the kinds that are gminas (a city with county rights is one too)."""
        return self not in (JstKind.COUNTY, JstKind.VOIVODESHIP)


_KIND_LABELS: Mapping[JstKind, Text] = MappingProxyType(
    {
        JstKind.URBAN_GMINA: Text("gmina miejska", "urban gmina"),
        JstKind.RURAL_GMINA: Text("gmina wiejska", "rural gmina"),
        JstKind.URBAN_RURAL_GMINA: Text("gmina miejsko-wiejska", "urban-rural gmina"),
        JstKind.CITY_WITH_COUNTY_RIGHTS: Text(
            "miasto na prawach powiatu", "city with county rights"
        ),
        JstKind.COUNTY: Text("powiat", "county"),
        JstKind.VOIVODESHIP: Text("województwo", "voivodeship"),
    }
)

_GMINA_TYPES: Mapping[str, JstKind] = MappingProxyType(
    {"1": JstKind.URBAN_GMINA, "2": JstKind.RURAL_GMINA, "3": JstKind.URBAN_RURAL_GMINA}
)
_NOT_SELF_GOVERNING: Mapping[str, Text] = MappingProxyType(
    {
        "4": Text("miasto w gminie miejsko-wiejskiej", "the town within an urban-rural gmina"),
        "5": Text(
            "obszar wiejski w gminie miejsko-wiejskiej",
            "the rural area within an urban-rural gmina",
        ),
        "8": Text(
            "dzielnicę m.st. Warszawy", "a district (dzielnica) of the capital city of Warsaw"
        ),
        "9": Text(
            "delegaturę miasta na prawach powiatu innego niż Warszawa",
            "a delegation (delegatura) of a city with county rights other than Warsaw",
        ),
    }
)


def _problem(code: str) -> Text | None:  # noqa: PLR0911 - one return per rule reads best
    """Say what is wrong with ``code``, or return None when it names a self-governing unit."""
    if len(code) not in (2, 4, 7):
        many = polish_form(len(code), ("znak", "znaki", "znaków"))
        return Text(
            f"ma {len(code)} {many}; oczekiwano 2 (województwo), 4 (powiat) lub 7 (gmina) cyfr",
            f"it is {len(code)} character{'' if len(code) == 1 else 's'} long; "
            "expected 2 (voivodeship), 4 (county) or 7 (gmina) digits",
        )
    if not (code.isascii() and code.isdigit()):
        return Text("może składać się tylko z cyfr 0-9", "it must consist of the digits 0-9 only")
    if code[:2] not in VOIVODESHIPS:
        return Text(
            f"część wojewódzka {code[:2]!r} nie jest liczbą parzystą od 02 do 32",
            f"the voivodeship part {code[:2]!r} is not an even number from 02 to 32",
        )
    if len(code) == 2:
        return None
    if code[2:4] == "00":
        return Text(
            "część powiatowa '00' nie oznacza powiatu; powiaty są numerowane od 01",
            "the county part '00' is not a county; counties are numbered from 01",
        )
    if len(code) == 4:
        return None
    if code[4:6] == "00":
        return Text(
            "część gminna '00' nie oznacza gminy; gminy są numerowane od 01",
            "the gmina part '00' is not a gmina; gminas are numbered from 01",
        )
    kind_digit = code[6]
    if kind_digit in _NOT_SELF_GOVERNING:
        marks = _NOT_SELF_GOVERNING[kind_digit]
        return Text(
            f"cyfra rodzaju {kind_digit!r} oznacza {marks.pl}, która nie jest jednostką "
            "samorządu terytorialnego",
            f"the type digit {kind_digit!r} marks {marks.en}, which is not a self-governing unit",
        )
    if kind_digit not in _GMINA_TYPES:
        return Text(
            f"cyfra rodzaju {kind_digit!r} nie oznacza rodzaju gminy (1 miejska, 2 wiejska, "
            "3 miejsko-wiejska)",
            f"the type digit {kind_digit!r} is not a gmina type (1 urban, 2 rural, 3 urban-rural)",
        )
    if int(code[2:4]) >= _FIRST_CITY_COUNTY and kind_digit != "1":
        return Text(
            f"część powiatowa {code[2:4]!r} to miasto na prawach powiatu, czyli gmina miejska "
            f"(cyfra rodzaju 1), nie rodzaj {kind_digit!r}",
            f"county part {code[2:4]!r} is a city with county rights, which is an urban gmina "
            f"(type digit 1), not type {kind_digit!r}",
        )
    return None


def _kind_of(code: str) -> JstKind:
    """The kind of unit a valid code names."""
    if len(code) == 2:
        return JstKind.VOIVODESHIP
    if int(code[2:4]) >= _FIRST_CITY_COUNTY:
        return JstKind.CITY_WITH_COUNTY_RIGHTS
    if len(code) == 4:
        return JstKind.COUNTY
    return _GMINA_TYPES[code[6]]


def _validate_code(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidTerytError(
            f"a TERYT code must be a string, not {type(value).__name__}",
            pl=f"kod TERYT musi być tekstem, nie {type(value).__name__}",
        )
    problem = _problem(value)
    if problem is not None:
        raise InvalidTerytError(
            f"invalid TERYT code {value!r}: {problem.en}",
            pl=f"błędny kod TERYT {value!r}: {problem.pl}",
        )


@attrs.frozen(order=True)
class Teryt:
    """A validated TERYT (TERC) code of a self-governing unit.

    Codes order as their strings do, which keeps a voivodeship before its counties
    and a county before its gminas.

    >>> Teryt("0608072").kind
    <JstKind.RURAL_GMINA: 'rural_gmina'>
    >>> Teryt("0608072") == Teryt("0608011")
    False
    >>> Teryt("0608014")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    investor_standard.foundation.errors.InvalidTerytError: invalid TERYT code '0608014': ...
    """

    code: str = attrs.field(validator=_validate_code)
    _kind: JstKind = attrs.field(init=False, eq=False, order=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_kind", _kind_of(self.code))

    def __str__(self) -> str:
        return self.code

    @property
    def voivodeship(self) -> str:
        """The two-digit voivodeship code."""
        return self.code[:2]

    @property
    def voivodeship_name(self) -> Text:
        """The voivodeship's name, in Polish and English."""
        return VOIVODESHIPS[self.voivodeship]

    @property
    def county(self) -> str | None:
        """The four-digit county code, or None for a voivodeship."""
        return self.code[:4] if len(self.code) >= 4 else None

    @property
    def gmina(self) -> str | None:
        """The full seven-digit gmina code, or None for a county or voivodeship."""
        return self.code if len(self.code) == 7 else None

    @property
    def kind(self) -> JstKind:
        """The kind of self-governing unit the code names (derived once, when built)."""
        return self._kind

    @property
    def canonical(self) -> Teryt:
        """The one code the library counts a unit under: for a city with county rights,
        its gmina code (``0663`` and ``0663011`` are both Lublin); any other code itself.

        Every city with county rights in the TERC register has gmina number ``01`` of
        type ``1`` (a test checks this against the shipped register).

        >>> Teryt("0663").canonical, Teryt("0608").canonical
        (Teryt(code='0663011'), Teryt(code='0608'))
        """
        if len(self.code) == 4 and self._kind is JstKind.CITY_WITH_COUNTY_RIGHTS:
            return Teryt(self.code + "011")
        return self

    def contains(self, other: Teryt) -> bool:
        """True when ``other`` is this unit or lies inside it (a gmina in its county, ...).

        A code's parts nest (voivodeship, county, gmina), so this is a prefix test; a
        gmina's seven digits are a whole code, which only the gmina itself starts with.

        >>> Teryt("06").contains(Teryt("0608011")), Teryt("0608").contains(Teryt("0610"))
        (True, False)
        >>> Teryt("0608011").contains(Teryt("0608011"))
        True
        """
        return other.code.startswith(self.code)


def as_teryt(value: Teryt | str) -> Teryt:
    """``value`` as a :class:`Teryt`: a Teryt unchanged, a string parsed (and validated).

    >>> as_teryt("0608011")
    Teryt(code='0608011')
    >>> as_teryt(Teryt("06")).voivodeship_name.en
    'Lublin'
    """
    return value if isinstance(value, Teryt) else Teryt(value)


_NON_BLANK_NAME = non_blank(raising(InvalidTerytError))


@attrs.frozen(order=True)
class LocalGovernment:
    """A self-governing local unit (JST): its TERYT code and its proper name.

    ``teryt`` may be given as a :class:`Teryt` or its string; the kind is derived
    from the code, never stated separately, so the two cannot disagree.

    >>> town = LocalGovernment("0608011", "Lubartów")
    >>> town.kind.label.en
    'urban gmina'
    >>> town == LocalGovernment(Teryt("0608072"), "Lubartów")
    False
    """

    teryt: Teryt = attrs.field(converter=as_teryt)
    name: str = attrs.field(validator=_NON_BLANK_NAME)

    @property
    def kind(self) -> JstKind:
        """The unit's kind, derived from its TERYT code."""
        return self.teryt.kind

    def describe(self, lang: Lang | str = Lang.EN) -> str:
        """The unit's name, kind and code, as headings and reports show it.

        >>> LocalGovernment("0608011", "Lubartów").describe("pl")
        'Lubartów (gmina miejska, TERYT 0608011)'
        """
        return f"{self.name} ({self.kind.label.in_(lang)}, TERYT {self.teryt})"

    def __str__(self) -> str:
        return self.describe(Lang.EN)
