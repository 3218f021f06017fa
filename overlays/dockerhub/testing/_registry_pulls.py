"""Pull counting and Docker Hub's pull rate limit headers, for the fake registry.

A GET of a manifest that succeeds is one pull for its source (the account of the token,
or the client's address when anonymous); HEAD requests and blob downloads are free, as on
Docker Hub. Each source has a fixed window (``21600`` s by default): anonymous callers
get 100 pulls, accounts 200, unless :meth:`PullCounter.set_limit` says otherwise;
``None`` means unlimited (no headers, like a paid plan).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ANONYMOUS_SOURCE", "PullCounter"]

ANONYMOUS_SOURCE = "192.0.2.10"
"""The address the fake reports for anonymous callers (a documentation range)."""
WINDOW = 21600.0
DEFAULT_ANONYMOUS = 100
DEFAULT_ACCOUNT = 200


@dataclass
class _Window:
    start: float
    used: int = 0


class PullCounter:
    """Counts pulls per source in fixed windows and renders the limit headers."""

    def __init__(self) -> None:
        self._limits: dict[str | None, int | None] = {}
        self._windows: dict[str, _Window] = {}
        self.window = WINDOW
        #: Pulls counted per source, over the fake's life (until ``reset``).
        self.pulls: dict[str, int] = {}

    def clear(self) -> None:
        """Forget the counts and custom limits."""
        self._limits.clear()
        self._windows.clear()
        self.pulls.clear()
        self.window = WINDOW

    def set_limit(self, limit: int | None, *, account: str | None = None) -> None:
        """Pulls allowed per window for ``account`` (``None``: anonymous callers)."""
        if limit is not None and limit < 0:
            raise ValueError("limit must be >= 0 or None")
        self._limits[account] = limit

    def limit_for(self, account: str | None) -> int | None:
        """The limit for ``account``."""
        if account in self._limits:
            return self._limits[account]
        return DEFAULT_ANONYMOUS if account is None else DEFAULT_ACCOUNT

    @staticmethod
    def source_of(account: str | None) -> str:
        """What the limit is counted against for ``account``."""
        return ANONYMOUS_SOURCE if account is None else f"account:{account}"

    def _window(self, source: str, now: float) -> _Window:
        window = self._windows.get(source)
        if window is None or now >= window.start + self.window:
            window = self._windows[source] = _Window(now)
        return window

    def headers(self, account: str | None, now: float) -> dict[str, str]:
        """The ``ratelimit-*`` headers for ``account`` now (none when unlimited)."""
        limit = self.limit_for(account)
        if limit is None:
            return {}
        source = self.source_of(account)
        left = max(0, limit - self._window(source, now).used)
        window = int(self.window)
        return {
            "ratelimit-limit": f"{limit};w={window}",
            "ratelimit-remaining": f"{left};w={window}",
            "docker-ratelimit-source": source,
        }

    def exhausted(self, account: str | None, now: float) -> bool:
        """Whether another pull by ``account`` would exceed its limit."""
        limit = self.limit_for(account)
        if limit is None:
            return False
        return self._window(self.source_of(account), now).used >= limit

    def count(self, account: str | None, now: float) -> None:
        """Count one pull."""
        source = self.source_of(account)
        self._window(source, now).used += 1
        self.pulls[source] = self.pulls.get(source, 0) + 1
