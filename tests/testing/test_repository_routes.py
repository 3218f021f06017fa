"""Repository routes added from Docker's own clients, driven through the generated client.

Privacy (terraform provider), a team's permission on a repository (terraform provider),
webhook pipelines (the Hub web UI's one-request webhooks), the legacy namespace listing
(``hub-tool``) and the list filters the Hub accepts beyond Docker's reference.
"""

from __future__ import annotations

from dockerhub.testing import FakeHub
from dockerhub_client.api.repositories import (
    get_namespace_repository,
    list_legacy_namespace_repositories,
    list_namespace_repositories,
    set_repository_privacy,
)
from dockerhub_client.api.tags import list_namespace_repository_tags, list_tags
from dockerhub_client.api.teams import (
    get_team_repository_permission,
    grant_team_repository_access,
    revoke_team_repository_access,
    update_team_repository_permission,
)
from dockerhub_client.api.webhooks import (
    create_webhook_pipeline,
    delete_webhook_pipeline,
    get_webhook_pipeline,
    list_webhook_pipelines,
)
from dockerhub_client.models import (
    CreateWebhookPipelineRequest,
    CreateWebhookPipelineRequestWebhooksItem,
    GrantTeamRepositoryAccessRequest,
    Repository,
    RepositoryPage,
    SetRepositoryPrivacyRequest,
    TagPage,
    TeamRepositoryPermission,
    UpdateTeamRepositoryPermissionRequest,
    WebhookPipeline,
    WebhookPipelinePage,
)

from .conftest import generated_client


def test_privacy_hides_a_repository_from_anonymous_callers(fake: FakeHub) -> None:
    with generated_client(fake, "alice") as alice, generated_client(fake) as anonymous:
        before = get_namespace_repository.sync_detailed("alice", "web", client=anonymous)
        changed = set_repository_privacy.sync_detailed(
            "alice", "web", client=alice, body=SetRepositoryPrivacyRequest(is_private=True)
        )
        after = get_namespace_repository.sync_detailed("alice", "web", client=anonymous)
        own = get_namespace_repository.sync_detailed("alice", "web", client=alice)

    assert before.status_code == 200
    assert (changed.status_code, changed.content) == (200, b"")
    assert fake.requests[1].method == "POST"
    assert fake.requests[1].path == "/v2/repositories/alice/web/privacy"
    assert fake.requests[1].json == {"is_private": True}
    assert after.status_code == 404
    assert isinstance(own.parsed, Repository) and own.parsed.is_private is True


def test_privacy_needs_write_access(fake: FakeHub) -> None:
    with generated_client(fake, "carol") as carol:
        response = set_repository_privacy.sync_detailed(
            "alice", "web", client=carol, body=SetRepositoryPrivacyRequest(is_private=True)
        )
    assert response.status_code == 403
    assert fake.state.repos[("alice", "web")].is_private is False


def test_a_team_permission_is_read_changed_and_revoked(fake: FakeHub) -> None:
    developers = fake.state.orgs["acme"].teams["developers"].id
    with generated_client(fake, "alice") as owner, generated_client(fake, "carol") as member:
        granted = grant_team_repository_access.sync_detailed(
            "acme",
            "internal",
            client=owner,
            body=GrantTeamRepositoryAccessRequest(group_id=developers, permission="read"),
        )
        read = get_team_repository_permission.sync_detailed(
            "acme", "internal", developers, client=member
        )
        refused = update_team_repository_permission.sync_detailed(
            "acme",
            "internal",
            developers,
            client=member,
            body=UpdateTeamRepositoryPermissionRequest(permission="admin"),
        )
        changed = update_team_repository_permission.sync_detailed(
            "acme",
            "internal",
            developers,
            client=owner,
            body=UpdateTeamRepositoryPermissionRequest(permission="write"),
        )
        revoked = revoke_team_repository_access.sync_detailed(
            "acme", "internal", developers, client=owner
        )
        gone = get_team_repository_permission.sync_detailed(
            "acme", "internal", developers, client=owner
        )

    assert granted.status_code == 201
    expected = TeamRepositoryPermission(group_name="developers", group_id=developers)
    assert read.parsed == TeamRepositoryPermission(**{**expected.to_dict(), "permission": "read"})
    assert refused.status_code == 403
    assert changed.parsed == TeamRepositoryPermission(
        **{**expected.to_dict(), "permission": "write"}
    )
    assert fake.requests[3].path == f"/v2/repositories/acme/internal/groups/{developers}"
    assert fake.requests[3].json == {"permission": "write"}
    assert revoked.status_code == 204
    assert gone.status_code == 404
    assert fake.state.repos[("acme", "internal")].team_permissions == {}


def test_webhook_pipelines_are_created_whole_and_addressed_by_slug(fake: FakeHub) -> None:
    body = CreateWebhookPipelineRequest(
        name="Deploy to prod",
        expect_final_callback=False,
        webhooks=[
            CreateWebhookPipelineRequestWebhooksItem(
                name="deploy", hook_url="https://ci.example.com/deploy"
            )
        ],
        registry="registry-1.docker.io",
    )
    with generated_client(fake, "alice") as alice:
        created = create_webhook_pipeline.sync_detailed("alice", "web", client=alice, body=body)
        listed = list_webhook_pipelines.sync_detailed("alice", "web", client=alice)
        one = get_webhook_pipeline.sync_detailed("alice", "web", "deploy-to-prod", client=alice)
        deleted = delete_webhook_pipeline.sync_detailed(
            "alice", "web", "deploy-to-prod", client=alice
        )
        after = list_webhook_pipelines.sync_detailed("alice", "web", client=alice)

    assert fake.requests[0].json == {
        "name": "Deploy to prod",
        "expect_final_callback": False,
        "webhooks": [{"name": "deploy", "hook_url": "https://ci.example.com/deploy"}],
        "registry": "registry-1.docker.io",
    }
    assert created.status_code == 201
    pipeline = created.parsed
    assert isinstance(pipeline, WebhookPipeline)
    assert (pipeline.name, pipeline.slug, pipeline.registry) == (
        "Deploy to prod",
        "deploy-to-prod",
        "registry-1.docker.io",
    )
    assert [h.hook_url for h in pipeline.webhooks] == ["https://ci.example.com/deploy"]
    assert isinstance(listed.parsed, WebhookPipelinePage)
    assert (listed.parsed.count, listed.parsed.results) == (1, [pipeline])
    assert one.parsed == pipeline
    assert deleted.status_code == 204
    assert isinstance(after.parsed, WebhookPipelinePage) and after.parsed.results == []


def test_a_webhook_pipeline_needs_a_hook(fake: FakeHub) -> None:
    body = CreateWebhookPipelineRequest(name="empty", webhooks=[])
    with generated_client(fake, "alice") as alice:
        response = create_webhook_pipeline.sync_detailed("alice", "web", client=alice, body=body)
    assert response.status_code == 400
    assert fake.state.repos[("alice", "web")].webhook_pipelines == []


def _names(page: object) -> list[str]:
    assert isinstance(page, (RepositoryPage, TagPage))
    return [item.name for item in page.results]  # type: ignore[union-attr]


def test_the_legacy_namespace_list_answers_like_the_namespaced_one(fake: FakeHub) -> None:
    with generated_client(fake) as anonymous:
        legacy = list_legacy_namespace_repositories.sync_detailed(
            "library", client=anonymous, ordering="-pull_count", page_size=1
        )
        current = list_namespace_repositories.sync_detailed(
            "library", client=anonymous, ordering="-pull_count", page_size=1
        )
    assert fake.requests[0].path == "/v2/repositories/library/"
    assert fake.requests[0].query == {"ordering": ["-pull_count"], "page_size": ["1"]}
    assert _names(legacy.parsed) == _names(current.parsed) == ["nginx"]
    assert isinstance(legacy.parsed, RepositoryPage) and legacy.parsed.count == 2


def test_repositories_filter_by_content_and_media_type(fake: FakeHub) -> None:
    index = "application/vnd.oci.image.index.v1+json"
    with generated_client(fake, "alice") as alice:
        images = list_namespace_repositories.sync_detailed(
            "alice", client=alice, content_types="image,plugin"
        )
        indexes = list_namespace_repositories.sync_detailed("acme", client=alice, media_types=index)
        plugins = list_namespace_repositories.sync_detailed(
            "alice", client=alice, content_types="plugin"
        )
    assert fake.requests[0].query["content_types"] == ["image,plugin"]
    assert _names(images.parsed) == ["private-app", "web"]
    assert _names(indexes.parsed) == ["internal", "website"]
    assert _names(plugins.parsed) == []


def test_legacy_tags_filter_by_name_and_order(fake: FakeHub) -> None:
    with generated_client(fake) as anonymous:
        by_name = list_tags.sync_detailed("library", "alpine", client=anonymous, name="3.2")
        oldest = list_tags.sync_detailed(
            "library", "alpine", client=anonymous, ordering="-last_updated"
        )
        newest = list_tags.sync_detailed(
            "library", "alpine", client=anonymous, ordering="last_updated"
        )
        alphabetical = list_tags.sync_detailed(
            "library", "alpine", client=anonymous, ordering="name"
        )
    assert fake.requests[0].query == {"name": ["3.2"]}
    assert _names(by_name.parsed) == ["3.22", "3.21"]
    assert _names(oldest.parsed)[0] == "3.21"
    assert _names(newest.parsed)[0] == "edge"
    assert _names(alphabetical.parsed) == ["3.21", "3.22", "edge", "latest"]


def test_namespaced_tags_filter_by_platform(fake: FakeHub) -> None:
    with generated_client(fake) as anonymous:
        arm = list_namespace_repository_tags.sync_detailed(
            "library", "alpine", client=anonymous, architecture="arm64", os="linux"
        )
        windows = list_namespace_repository_tags.sync_detailed(
            "library", "alpine", client=anonymous, os="windows"
        )
    assert fake.requests[0].query == {"architecture": ["arm64"], "os": ["linux"]}
    assert _names(arm.parsed) == ["latest", "3.22"]
    assert _names(windows.parsed) == []
