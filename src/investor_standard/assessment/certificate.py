"""The certificate made from a CERTIFIED decision, and who issues it.

The sources disagree on who issued the Lubelskie certificates, so both accounts
are kept (:data:`LUBELSKIE_ISSUERS`); no source gives a validity period, so by
default a certificate does not expire (derived, and settable).

>>> len(LUBELSKIE_ISSUERS), LUBELSKIE_ISSUERS[1].issuers[0].en
(2, 'Lubelskie Voivodeship')
>>> NO_STATED_VALIDITY.is_derived, NO_STATED_VALIDITY.note[:34]
(True, 'no source states a validity period')
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from investor_standard.assessment.certification import Decision, Outcome
from investor_standard.foundation._validate import instance_of, raising, sequence_of
from investor_standard.foundation.errors import CertificationError
from investor_standard.foundation.provenance import Provenance, derived, stated
from investor_standard.foundation.sources import MARKA_KONSKOWOLA_RECRUITMENT, NOWY_TYDZIEN_STAGES
from investor_standard.foundation.text import Text
from investor_standard.jst.teryt import LocalGovernment

__all__ = ["LUBELSKIE_ISSUERS", "NO_STATED_VALIDITY", "Certificate", "IssuerAccount"]


_CERT_FAIL = raising(CertificationError)


def _to_texts(value: object) -> tuple[Text, ...]:
    return sequence_of(value, Text, "IssuerAccount.issuers", _CERT_FAIL, non_empty=True)


@attrs.frozen
class IssuerAccount:
    """One source's account of who issues the certificate.

    >>> [account.issuers[0].en for account in LUBELSKIE_ISSUERS]
    ['Ministry of the Interior and Administration (MSWiA)', 'Lubelskie Voivodeship']
    """

    issuers: tuple[Text, ...] = attrs.field(converter=_to_texts)
    provenance: Provenance = attrs.field(validator=instance_of(Provenance, CertificationError))


_MSWIA = Text(
    "Ministerstwo Spraw Wewnętrznych i Administracji (MSWiA)",
    "Ministry of the Interior and Administration (MSWiA)",
)

#: The sources disagree on who issued the Lubelskie certificates; both accounts are kept.
LUBELSKIE_ISSUERS: tuple[IssuerAccount, ...] = (
    IssuerAccount(
        (
            _MSWIA,
            Text(
                "Polska Agencja Inwestycji i Handlu (PAIH)",
                "Polish Investment and Trade Agency (PAIH)",
            ),
        ),
        stated(MARKA_KONSKOWOLA_RECRUITMENT, note="recruitment texts, 2020"),
    ),
    IssuerAccount(
        (Text("Województwo Lubelskie", "Lubelskie Voivodeship"), _MSWIA),
        stated(NOWY_TYDZIEN_STAGES, note="the Włodawa weekly Nowy Tydzień, 2020"),
    ),
)

#: Why a certificate does not expire unless you say so: no source gives a validity period
#: (the default of a :class:`Certificate`'s ``validity_provenance``).
NO_STATED_VALIDITY = derived(
    "no source states a validity period or re-certification; by default a certificate "
    "does not expire"
)


def _to_issuers(value: object) -> tuple[IssuerAccount, ...]:
    return sequence_of(value, IssuerAccount, "Certificate.issuers", _CERT_FAIL, non_empty=True)


def _certified(instance: Certificate, attribute: object, decision: Any) -> None:
    if not isinstance(decision, Decision):
        raise CertificationError(f"a certificate needs a Decision, not {decision!r}")
    if decision.outcome is not Outcome.CERTIFIED:
        raise CertificationError(
            f"{decision.jst.name} ({decision.jst.teryt}) cannot be certified: the decision is "
            f"{decision.outcome.value}"
        )


@attrs.frozen
class Certificate:
    """A certificate of implementing the standard, made only from a CERTIFIED decision.

    ``issuers`` keeps every source's account of who issues it (they disagree for
    Lubelskie); ``valid_until`` is None (no expiry) unless you set it, because no
    source gives a validity period.

    >>> import datetime as dt
    >>> from investor_standard import LUBELSKIE_2019, Audit, Evidence, Finding
    >>> from investor_standard import LocalGovernment, decide
    >>> unit = LocalGovernment("0608011", "Lubartów")
    >>> proved = [
    ...     Finding(r.id, "met", [Evidence(r.evidence[0], "ref")])
    ...     for r in LUBELSKIE_2019.applicable_to(unit.kind)
    ... ]
    >>> decision = decide(Audit(unit, "LUBELSKIE-2019", dt.date(2023, 3, 8), proved))
    >>> certificate = Certificate(decision, issued_on=dt.date(2023, 6, 29))
    >>> certificate.jst.name, certificate.edition, certificate.is_valid_on(dt.date(2030, 1, 1))
    ('Lubartów', 'LUBELSKIE-2019', True)
    >>> len(certificate.issuers)  # two sources, two accounts of the issuer
    2
    """

    decision: Decision = attrs.field(validator=_certified)
    issued_on: dt.date = attrs.field(validator=instance_of(dt.date, CertificationError))
    issuers: tuple[IssuerAccount, ...] = attrs.field(
        default=LUBELSKIE_ISSUERS, converter=_to_issuers
    )
    valid_until: dt.date | None = attrs.field(
        default=None, validator=instance_of(dt.date, CertificationError, optional=True)
    )
    validity_provenance: Provenance = attrs.field(
        default=NO_STATED_VALIDITY, validator=instance_of(Provenance, CertificationError)
    )

    def __attrs_post_init__(self) -> None:
        if self.issued_on < self.decision.audited_on:
            raise CertificationError(
                f"a certificate issued on {self.issued_on} predates the audit of "
                f"{self.decision.audited_on}"
            )
        if self.valid_until is not None and self.valid_until < self.issued_on:
            raise CertificationError("a certificate cannot expire before it is issued")

    @property
    def jst(self) -> LocalGovernment:
        """The certified local government."""
        return self.decision.jst

    @property
    def edition(self) -> str:
        """The edition the local government was certified against."""
        return self.decision.edition

    def is_valid_on(self, day: dt.date) -> bool:
        """True from the issue date to ``valid_until`` (forever when that is None)."""
        return self.issued_on <= day and (self.valid_until is None or day <= self.valid_until)
