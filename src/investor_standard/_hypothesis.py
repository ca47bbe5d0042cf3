"""The Hypothesis entry point: registers the library's strategies for its types.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, for every
installed distribution that declares a ``hypothesis`` entry point; this module is
never imported by the library itself.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from investor_standard.strategies import register_type_strategies  # noqa: PLC0415

    register_type_strategies()
