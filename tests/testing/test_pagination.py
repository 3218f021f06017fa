"""Page envelopes: absolute links, page-size cap, and pages past the end."""

from __future__ import annotations

import httpx

from dockerhub.testing import FakeHub

TAGS = "/v2/namespaces/library/repositories/nginx/tags"


def test_next_links_are_absolute_on_the_requested_host(fake: FakeHub) -> None:
    with httpx.Client(base_url="http://hub.example:8080", transport=fake.transport()) as http:
        page = http.get(TAGS, params={"page_size": 100}).json()
        assert page["count"] == 300
        assert page["previous"] is None
        assert page["next"] == f"http://hub.example:8080{TAGS}?page_size=100&page=2"

        names = [t["name"] for t in page["results"]]
        url = page["next"]
        while url:
            page = http.get(url).json()
            names += [t["name"] for t in page["results"]]
            url = page["next"]
        assert len(set(names)) == 300
        assert page["previous"] == f"http://hub.example:8080{TAGS}?page_size=100&page=2"


def test_default_page_size_is_ten(client: httpx.Client) -> None:
    page = client.get("/v2/repositories/library/nginx/tags/").json()
    assert len(page["results"]) == 10
    assert page["results"][0]["name"] == "latest"


def test_page_past_the_end_is_404(client: httpx.Client) -> None:
    response = client.get(TAGS, params={"page": 4, "page_size": 100})
    assert response.status_code == 404
    assert response.json() == {"detail": "Invalid page."}


def test_page_size_above_100_is_400(client: httpx.Client) -> None:
    assert client.get(TAGS, params={"page_size": 101}).status_code == 400


def test_empty_collection_first_page_is_200(client: httpx.Client) -> None:
    response = client.get("/v2/namespaces/nobody/repositories")
    assert response.status_code == 200
    assert response.json() == {"count": 0, "next": None, "previous": None, "results": []}


def test_audit_logs_default_to_25_per_page(fake: FakeHub, client: httpx.Client) -> None:
    headers = {"Authorization": f"Bearer {fake.token_for('alice')}"}
    for i in range(30):
        body = {"namespace": "alice", "name": f"repo{i}"}
        assert client.post("/v2/repositories/", headers=headers, json=body).status_code == 201
    page = client.get("/v2/auditlogs/alice", headers=headers).json()
    assert set(page) == {"logs"}  # no count, no links: the Hub's shape
    assert len(page["logs"]) == 25
    rest = client.get("/v2/auditlogs/alice", headers=headers, params={"page": 2}).json()
    assert [e["name"] for e in rest["logs"]] == [
        "alice/repo4",
        "alice/repo3",
        "alice/repo2",
        "alice/repo1",
        "alice/repo0",
    ]
    past = client.get("/v2/auditlogs/alice", headers=headers, params={"page": 3})
    assert (past.status_code, past.json()) == (200, {"logs": []})
