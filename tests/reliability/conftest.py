"""Shared helpers of the reliability suite: fast retry options and scripted transports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import httpx
import pytest

from dockerhub import AsyncDockerHub, DockerHub, RetryOptions
from dockerhub.testing import FakeHub

BASE_URL = "https://hub.docker.com"

#: Real sleeps, but only milliseconds of them; a wait demand above 5 s is refused.
FAST = RetryOptions(max_retries=3, backoff_base=0.01, backoff_max=0.02, max_wait=5)

Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def _seed_bodies() -> dict[str, Any]:
    fake = FakeHub()
    with httpx.Client(base_url=BASE_URL, transport=fake.transport()) as client:
        repo = client.get("/v2/repositories/library/nginx/").json()
        tags = client.get("/v2/repositories/library/nginx/tags/", params={"page_size": 3}).json()
    return {"repository": repo, "tags": tags}


SEED = _seed_bodies()


class Script:
    """A MockTransport handler answering from a list of steps; the last one repeats."""

    def __init__(self, steps: Sequence[Step]) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps[min(len(self.requests), len(self.steps)) - 1]
        if isinstance(step, Exception):
            raise step
        if callable(step) and not isinstance(step, httpx.Response):
            return step(request)
        return httpx.Response(
            step.status_code, headers=step.headers, content=step.content, request=request
        )

    def count(self, method: str) -> int:
        return sum(1 for request in self.requests if request.method == method)


def sync_hub(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> DockerHub:
    kwargs.setdefault("retries", FAST)
    return DockerHub(BASE_URL, transport=httpx.MockTransport(handler), **kwargs)


def async_hub(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> AsyncDockerHub:
    kwargs.setdefault("retries", FAST)
    return AsyncDockerHub(BASE_URL, transport=httpx.MockTransport(handler), **kwargs)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run a test once through DockerHub and once through AsyncDockerHub."""
    return str(request.param)
