"""``python -m investor_standard``: the same as the ``investor-standard`` command."""

from investor_standard.cli import main

raise SystemExit(main())
