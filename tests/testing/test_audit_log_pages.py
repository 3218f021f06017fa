"""Audit logs through the generated client: ``{logs}`` pages walked by page number.

The Hub answers ``GET /v2/auditlogs/{account}`` with ``{"logs": [...]}`` and no ``next``
or ``count``; the spec says so with ``x-dockerhub-paging: {items: logs, strategy:
page-number}``. These tests drive the generated endpoint function against the fake.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import httpx
import pytest

from dockerhub import DockerHub
from dockerhub.testing import FakeHub
from dockerhub_client import Client
from dockerhub_client.api.audit_logs import list_audit_logs
from dockerhub_client.models import AuditLogEvent, AuditLogPage

from .conftest import Clock, generated_client


@pytest.fixture
def api(fake: FakeHub) -> Iterator[Client]:
    with generated_client(fake, "alice") as client:
        yield client


def _create_repositories(fake: FakeHub, clock: Clock, count: int) -> None:
    """``count`` audited writes in alice's account, ten seconds apart."""
    headers = {"Authorization": f"Bearer {fake.token_for('alice')}"}
    with httpx.Client(base_url="https://hub.docker.com", transport=fake.transport()) as http:
        for i in range(count):
            clock.advance(10)
            body = {"namespace": "alice", "name": f"audited{i}"}
            assert http.post("/v2/repositories/", headers=headers, json=body).status_code == 201


def _walk(api: Client, page_size: int, **filters: object) -> tuple[list[AuditLogEvent], int]:
    """Every event by page number until a short or empty page; returns (events, requests)."""
    events: list[AuditLogEvent] = []
    page = 1
    while True:
        response = list_audit_logs.sync_detailed(
            "alice", client=api, page=page, page_size=page_size, **filters
        )
        assert response.status_code == 200
        assert isinstance(response.parsed, AuditLogPage)
        logs = list(response.parsed.logs)
        events += logs
        if len(logs) < page_size:
            return events, page
        page += 1


def test_three_pages_are_walked_by_page_number_without_next(
    fake: FakeHub, clock: Clock, api: Client
) -> None:
    _create_repositories(fake, clock, 45)
    fake.requests.clear()

    events, requests = _walk(api, 20)

    assert requests == 3
    assert [r.query["page"] for r in fake.requests] == [["1"], ["2"], ["3"]]
    first = list_audit_logs.sync_detailed("alice", client=api, page=1, page_size=20)
    assert set(first.parsed.to_dict()) == {"logs"}  # type: ignore[union-attr]
    assert [e.name for e in events] == [f"alice/audited{i}" for i in reversed(range(45))]
    assert {e.action for e in events} == {"repo.create"}


def test_a_page_past_the_end_is_empty_not_an_error(
    fake: FakeHub, clock: Clock, api: Client
) -> None:
    _create_repositories(fake, clock, 3)
    response = list_audit_logs.sync_detailed("alice", client=api, page=2, page_size=3)
    assert response.status_code == 200
    assert response.parsed == AuditLogPage(logs=[])


def test_from_to_action_and_name_filters_reach_the_hub(
    fake: FakeHub, clock: Clock, api: Client
) -> None:
    start = datetime.datetime.fromtimestamp(clock.now, datetime.UTC)
    _create_repositories(fake, clock, 10)  # event i at start + 10 * (i + 1) s
    with httpx.Client(base_url="https://hub.docker.com", transport=fake.transport()) as http:
        headers = {"Authorization": f"Bearer {fake.token_for('alice')}"}
        assert http.delete("/v2/repositories/alice/audited7/", headers=headers).status_code == 202
    fake.requests.clear()

    window, _ = _walk(
        api,
        2,
        from_=start + datetime.timedelta(seconds=30),
        to=start + datetime.timedelta(seconds=60),
    )
    deleted, _ = _walk(api, 25, action="repo.delete")
    named, _ = _walk(api, 25, name="alice/audited7")

    assert [e.name for e in window] == [f"alice/audited{i}" for i in (5, 4, 3, 2)]
    assert [(e.action, e.name) for e in deleted] == [("repo.delete", "alice/audited7")]
    assert [e.action for e in named] == ["repo.delete", "repo.create"]
    sent = fake.requests[0].query
    instants = [datetime.datetime.fromisoformat(sent[key][0]) for key in ("from", "to")]
    assert instants == [start + datetime.timedelta(seconds=s) for s in (30, 60)]


def test_the_facade_walks_the_logs_by_page_number(hub: DockerHub, fake_hub: FakeHub) -> None:
    hub.login("alice", "alice-password")
    for i in range(45):
        hub.create_repository("alice", f"walked{i}")
    fake_hub.requests.clear()

    events = hub.collect_audit_logs("alice", per_page=20, action="repo.create")

    assert [e.name for e in events] == [f"alice/walked{i}" for i in reversed(range(45))]
    pages = [r.query["page"] for r in fake_hub.requests if r.path == "/v2/auditlogs/alice"]
    assert pages == [["1"], ["2"], ["3"]]
