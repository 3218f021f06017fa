"""Reading Docker Hub's pull rate limit headers.

Docker Hub states the pull allowance on registry responses as ``ratelimit-limit:
100;w=21600`` (pulls per window of seconds), ``ratelimit-remaining: 76;w=21600`` and
``docker-ratelimit-source`` (the IP address or account counted). A registry that does not
limit the caller sends none of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ._models import UNLIMITED, PullRateLimit

__all__ = ["parse_pull_limit"]

_VALUE = re.compile(r"^\s*(\d{1,12})\s*(?:;\s*w\s*=\s*(\d{1,12})\s*)?$")


def _parse(value: str | None) -> tuple[int, int | None] | None:
    if value is None:
        return None
    # A header may repeat a policy list ("100, 100;w=21600"); the first policy is the one.
    found = _VALUE.match(value.split(",")[0])
    if found is None:
        return None
    window = found.group(2)
    return int(found.group(1)), int(window) if window is not None else None


def parse_pull_limit(headers: Mapping[str, str]) -> PullRateLimit:
    """The :class:`PullRateLimit` stated by ``headers`` (unlimited when they state none).

    A malformed value counts as absent rather than failing the call it came with.
    """
    source = headers.get("docker-ratelimit-source") or None
    limit = _parse(headers.get("ratelimit-limit"))
    if limit is None:
        return PullRateLimit(None, None, None, source) if source else UNLIMITED
    remaining = _parse(headers.get("ratelimit-remaining"))
    return PullRateLimit(
        limit=limit[0],
        remaining=remaining[0] if remaining is not None else None,
        window=limit[1] if limit[1] is not None else (remaining[1] if remaining else None),
        source=source,
    )
