"""Entry point of ``python -m dockerhub.testing``."""

from __future__ import annotations

from ._cli import main

raise SystemExit(main())
