"""``--verbose``: one line on stderr per HTTP attempt, with its status and duration.

The transport sits under the SDK's retries and cache, so every attempt that reaches the
network (retries included) is shown and cached answers are not. Lines carry the method
and the URL (query values that look secret are masked), never headers or bodies, so no
credential is printed.
"""

from __future__ import annotations

import sys
import time

import httpx

from ..errors import DockerHubError

__all__ = ["VerboseTransport"]


def _shown(url: httpx.URL) -> str:
    # DockerHubError keeps URLs with userinfo dropped and secret-looking query values masked.
    return str(DockerHubError("", url=url).url)


class VerboseTransport(httpx.BaseTransport):
    """Wraps a transport and reports each request it sends on stderr."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def __repr__(self) -> str:
        return f"VerboseTransport({self._inner!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the wrapped transport, reporting the outcome."""
        started = time.monotonic()
        line = f"> {request.method} {_shown(request.url)}"
        try:
            response = self._inner.handle_request(request)
        except Exception as error:
            elapsed = time.monotonic() - started
            sys.stderr.write(f"{line} -> {type(error).__name__} after {elapsed:.2f} s\n")
            raise
        elapsed = time.monotonic() - started
        sys.stderr.write(f"{line} -> {response.status_code} in {elapsed:.2f} s\n")
        return response

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()
