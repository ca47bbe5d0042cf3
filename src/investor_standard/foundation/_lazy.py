"""Public names loaded on first use, listed once: in the package's type stub.

Every part of the library (and the package itself) lists its public names in one
place, the ``__init__.pyi`` stub beside its ``__init__.py``: one line
``from .module import Name as Name`` per name. Type checkers read that stub; at run
time :func:`attach_stub` reads the same lines and imports a name's module only when
the name is first used (PEP 562). So a tool that only checks TERYT codes does not
pay for the converter or the calendar, and there is no second table to keep in step.
This is the pattern of the Scientific Python ecosystem's SPEC 1 (lazy loading of
submodules and functions), written out here in a few lines rather than taken as a
dependency.
"""

from __future__ import annotations

import ast
import importlib
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["attach_stub", "stub_exports"]


def stub_exports(package: str, stub: str) -> dict[str, tuple[str, str]]:
    """Map each name the stub re-exports to (module, attribute) it comes from.

    Only ``from module import name as name`` lines count (the explicit re-export of
    PEP 484); the stub may hold nothing else but a docstring, which keeps it a list.

    >>> stub_exports("pkg", "from .a import X as X\\nfrom pkg.b import f as f")
    {'X': ('pkg.a', 'X'), 'f': ('pkg.b', 'f')}
    >>> stub_exports("pkg", "from .a import X")
    Traceback (most recent call last):
    ...
    ValueError: pkg's stub line 1: write 'X as X' to re-export a name
    """
    exports: dict[str, tuple[str, str]] = {}
    for node in ast.parse(stub).body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        if not isinstance(node, ast.ImportFrom):
            raise ValueError(f"{package}'s stub line {node.lineno}: only re-exports belong here")
        module = _absolute(package, node.level, node.module)
        for alias in node.names:
            if alias.asname != alias.name:
                raise ValueError(
                    f"{package}'s stub line {node.lineno}: "
                    f"write '{alias.name} as {alias.name}' to re-export a name"
                )
            exports[alias.name] = (module, alias.name)
    return exports


def _absolute(package: str, level: int, module: str | None) -> str:
    """The absolute name of ``from {'.' * level}{module} import`` written in ``package``.

    >>> _absolute("pkg.part", 0, "other.mod"), _absolute("pkg.part", 1, "mod")
    ('other.mod', 'pkg.part.mod')
    >>> _absolute("pkg.part", 2, "sibling"), _absolute("pkg.part", 2, None)
    ('pkg.sibling', 'pkg')
    """
    if level == 0:
        return module or ""
    base = package.rsplit(".", level - 1)[0]
    return f"{base}.{module}" if module else base


def attach_stub(
    package: str, init_file: str
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, from its stub.

    Called as ``__getattr__, __dir__ = attach_stub(__name__, __file__)``. The stub is
    read when the package is first asked for a name (its ``__all__`` included), not
    when it is imported: the library's own modules import each other directly, so a
    part whose names nobody asks for is never read. A name is imported from its module
    on first use and then kept in the package's namespace, so the second use costs an
    ordinary attribute look-up.
    """
    exports: dict[str, tuple[str, str]] = {}

    def read_stub() -> dict[str, tuple[str, str]]:
        if not exports:
            # open() rather than pathlib, which would add milliseconds to the first import
            with open(init_file.removesuffix(".py") + ".pyi", encoding="utf-8") as file:
                exports.update(stub_exports(package, file.read()))
        return exports

    def get_attribute(name: str) -> Any:
        if name == "__all__":
            value: Any = sorted(read_stub())
        else:
            try:
                module, attribute = read_stub()[name]
            except KeyError:
                raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
            value = getattr(importlib.import_module(module), attribute)
        setattr(sys.modules[package], name, value)
        return value

    def list_names() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(read_stub()))

    return get_attribute, list_names
