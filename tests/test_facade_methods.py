"""Every API method of the facades: the exact request it sends and the value it returns.

One table row per call: the method and its arguments, the HTTP exchanges expected (method,
path, query, JSON body, whether it carries the token) with the canned answers, and a check
of the typed value returned. Each row runs anonymously and after ``set_login_token``, on
:class:`DockerHub` and on :class:`AsyncDockerHub`, and the two must send identical requests
and return equal values.
"""

from __future__ import annotations

import base64
import datetime
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import respx

from dockerhub import AsyncDockerHub, DockerHub, LoginResult
from dockerhub.models import (
    AccessToken,
    AuditLogActions,
    AuditLogEvent,
    Build,
    BuildDetails,
    BuildLink,
    BuildSettings,
    BuildTag,
    BuildTrigger,
    BuildTriggerHistoryEntry,
    BulkInviteResponse,
    Collaborator,
    Comment,
    CurrentUser,
    Org,
    OrgAccessToken,
    OrgAccessTokenResource,
    OrgInvite,
    OrgMember,
    OrgSettings,
    RegistryAccessManagement,
    RegistrySettings,
    Repository,
    RepositorySummary,
    RestrictedImages,
    ScimName,
    ScimResourceType,
    ScimResourceTypeList,
    ScimSchema,
    ScimSchemaList,
    ScimServiceProviderConfig,
    ScimUser,
    ScimUserList,
    StandardRegistry,
    Tag,
    Team,
    TeamMember,
    TeamRepositoryPermission,
    TriggeredBuild,
    UpdateOrgSettingsRequest,
    User,
    VerifyImmutableTagsResponse,
    Webhook,
    WebhookHook,
    WebhookPipeline,
)
from dockerhub_client.models import CreateWebhookPipelineRequestWebhooksItem

BASE = "https://hub.docker.com"


def _jwt(sub: str, exp: int = 4_102_444_800) -> str:
    def enc(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc({'sub': sub, 'exp': exp})}.c2ln"


TOKEN = _jwt("preset")  # given to set_login_token in the "token" mode
LOGIN_JWT = _jwt("alice")  # what the login endpoints answer
PAGE = {"page": "1", "page_size": "100"}
WHEN = datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)

# -- the table -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    """One request the call must send, and the canned answer."""

    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None  # the JSON body expected; None: no body at all
    status: int = 200
    reply: Any = None  # JSON answer; None: an empty body
    text: str | None = None  # a non-JSON answer
    authorized: bool = True  # carries the token (when there is one)
    content_type: str = "application/json"  # of the request body, when there is one


@dataclass(frozen=True)
class Case:
    id: str
    method: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    exchanges: tuple[Exchange, ...]
    check: Callable[[Any], None]
    modes: tuple[str, ...] = ("anonymous", "token")


def case(
    id: str,
    method: str,
    *args: Any,
    x: Exchange | tuple[Exchange, ...],
    check: Callable[[Any], None],
    modes: tuple[str, ...] = ("anonymous", "token"),
    **kwargs: Any,
) -> Case:
    return Case(id, method, args, kwargs, x if isinstance(x, tuple) else (x,), check, modes)


def model(cls: type[Any], **fields: Any) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        assert isinstance(value, cls), f"expected {cls.__name__}, got {value!r}"
        for name, expected in fields.items():
            assert getattr(value, name) == expected, name

    return check


def models(cls: type[Any], attr: str, values: list[Any]) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        assert isinstance(value, list), f"expected a list, got {value!r}"
        assert all(isinstance(item, cls) for item in value), value
        assert [getattr(item, attr) for item in value] == values

    return check


def is_none(value: Any) -> None:
    assert value is None


def equals(expected: Any) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        assert value == expected
        assert type(value) is type(expected)

    return check


def login_result(refreshable: bool) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        assert isinstance(value, LoginResult)
        assert value.token == LOGIN_JWT
        assert value.username == "alice"
        assert value.refreshable is refreshable
        assert value.expires_at == datetime.datetime(2100, 1, 1, tzinfo=datetime.UTC)

    return check


R = "/v2/repositories/alice/app"
NS = "/v2/namespaces/alice/repositories"
ORG = "/v2/orgs/acme"
NGINX = {"name": "nginx", "namespace": "library", "pull_count": 5}
FLAGS = {"enabled": False, "allow_official_images": True, "allow_verified_publishers": True}
SCIM = "/v2/scim/2.0"
USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User"
PIPELINE = {
    "name": "Deploy",
    "slug": "deploy",
    "webhooks": [{"name": "d", "hook_url": "https://x"}],
}
RAM = {"enabled": True, "standard_registries": [{"id": "DockerHub", "allowed": False}]}
APP = {"name": "app", "namespace": "alice", "description": "d"}

# The original library's flexible repository forms: all mean library/nginx.
FORMS = [
    (("nginx",), "bare"),
    (("library/nginx",), "slash"),
    (("_", "nginx"), "underscore"),
    (("library", "nginx"), "explicit"),
]

FLEXIBLE: list[Case] = []
for form, label in FORMS:
    FLEXIBLE += [
        case(
            f"repository-{label}",
            "repository",
            *form,
            x=Exchange("GET", "/v2/repositories/library/nginx/", reply=NGINX),
            check=model(Repository, name="nginx", namespace="library", pull_count=5),
        ),
        case(
            f"tags-{label}",
            "tags",
            *form,
            x=Exchange(
                "GET",
                "/v2/repositories/library/nginx/tags/",
                PAGE,
                reply={"count": 2, "results": [{"name": "latest"}, {"name": "1.27"}]},
            ),
            check=models(Tag, "name", ["latest", "1.27"]),
        ),
        case(
            f"comments-{label}",
            "comments",
            *form,
            x=Exchange(
                "GET",
                "/v2/repositories/library/nginx/comments/",
                PAGE,
                reply={"count": 1, "results": [{"id": 1, "comment": "nice"}]},
            ),
            check=models(Comment, "comment", ["nice"]),
        ),
        case(
            f"star_repository-{label}",
            "star_repository",
            *form,
            x=Exchange("POST", "/v2/repositories/library/nginx/stars/", body={}, status=201),
            check=is_none,
        ),
        case(
            f"unstar_repository-{label}",
            "unstar_repository",
            *form,
            x=Exchange("DELETE", "/v2/repositories/library/nginx/stars/", status=204),
            check=is_none,
        ),
        case(
            f"namespace_repository_tags-{label}",
            "namespace_repository_tags",
            *form,
            x=Exchange(
                "GET",
                "/v2/namespaces/library/repositories/nginx/tags",
                PAGE,
                reply={"results": [{"name": "latest"}]},
            ),
            check=models(Tag, "name", ["latest"]),
        ),
    ]

# Methods with arguments after the repository take the same forms, the rest moved left.
for form, label in FORMS:
    FLEXIBLE += [
        case(
            f"delete_tag-{label}",
            "delete_tag",
            *form,
            "1.27",
            x=Exchange("DELETE", "/v2/repositories/library/nginx/tags/1.27/", status=204),
            check=is_none,
        ),
        case(
            f"namespace_repository_tag-{label}",
            "namespace_repository_tag",
            *form,
            "latest",
            x=Exchange(
                "GET", "/v2/namespaces/library/repositories/nginx/tags/latest", reply={"name": "a"}
            ),
            check=model(Tag, name="a"),
        ),
    ]
FLEXIBLE += [
    case(
        "delete_webhook-slash",
        "delete_webhook",
        "alice/app",
        7,
        x=Exchange("DELETE", f"{R}/webhooks/7/", status=204),
        check=is_none,
    ),
    case(
        "delete_tag-slash-keyword",
        "delete_tag",
        "alice/app",
        tag="v1.0",
        x=Exchange("DELETE", f"{R}/tags/v1.0/", status=204),
        check=is_none,
    ),
    case(
        "save_build_tag-slash",
        "save_build_tag",
        "alice/app",
        3,
        name="edge",
        x=Exchange(
            "PUT",
            f"{R}/autobuild/tags/3/",
            body={
                "id": 3,
                "name": "edge",
                "dockerfile_location": "/",
                "source_type": "Branch",
                "source_name": "master",
            },
            reply={"id": 3, "name": "edge"},
        ),
        check=model(BuildTag, id=3, name="edge"),
    ),
]

CASES: list[Case] = [
    *FLEXIBLE,
    # -- auth --------------------------------------------------------------------------
    case(
        "login",
        "login",
        "alice",
        "hunter2-secret",
        x=Exchange(
            "POST",
            "/v2/auth/token",
            body={"identifier": "alice", "secret": "hunter2-secret"},
            reply={"access_token": LOGIN_JWT},
            authorized=False,
        ),
        check=login_result(refreshable=True),
    ),
    case(
        "login-otp",
        "login",
        "alice",
        "hunter2-secret",
        otp="123456",
        x=(
            Exchange(
                "POST",
                "/v2/users/login",
                query={"refresh_token": "true"},
                body={"username": "alice", "password": "hunter2-secret"},
                status=401,
                reply={
                    "detail": "Require secondary authentication on MFA enabled account",
                    "login_2fa_token": "t2",
                },
                authorized=False,
            ),
            Exchange(
                "POST",
                "/v2/users/2fa-login",
                body={"login_2fa_token": "t2", "code": "123456"},
                reply={"token": LOGIN_JWT},
                authorized=False,
            ),
        ),
        check=login_result(refreshable=False),
    ),
    case(
        "login-otp-without-2fa",
        "login",
        "alice",
        "hunter2-secret",
        otp="123456",
        x=Exchange(
            "POST",
            "/v2/users/login",
            query={"refresh_token": "true"},
            body={"username": "alice", "password": "hunter2-secret"},
            reply={"token": LOGIN_JWT},
            authorized=False,
        ),
        check=login_result(refreshable=False),
    ),
    case(
        "logout",
        "logout",
        x=Exchange("POST", "/v2/logout/", status=200),
        check=is_none,
        modes=("token",),
    ),
    # -- users -------------------------------------------------------------------------
    case(
        "logged_in_user",
        "logged_in_user",
        x=Exchange("GET", "/v2/user/", reply={"id": "u1", "username": "alice", "email": "a@b.c"}),
        check=model(CurrentUser, username="alice"),
    ),
    case(
        "user",
        "user",
        "alice",
        x=Exchange("GET", "/v2/users/alice/", reply={"username": "alice", "full_name": "Alice"}),
        check=model(User, username="alice", full_name="Alice"),
    ),
    case(
        "registry_settings",
        "registry_settings",
        x=(
            Exchange("GET", "/v2/user/", reply={"username": "alice"}),
            Exchange(
                "GET",
                "/v2/users/alice/registry-settings/",
                reply={"private_repo_limit": 3, "private_repo_used": 1},
            ),
        ),
        check=model(RegistrySettings, private_repo_limit=3, private_repo_used=1),
    ),
    case(
        "repositories",
        "repositories",
        "alice",
        x=Exchange(
            "GET",
            "/v2/users/alice/repositories/",
            reply=[{"namespace": "alice", "name": "app"}, {"namespace": "alice", "name": "db"}],
        ),
        check=models(RepositorySummary, "name", ["app", "db"]),
    ),
    case(
        "repositories_starred",
        "repositories_starred",
        "alice",
        x=Exchange(
            "GET",
            "/v2/users/alice/repositories/starred/",
            PAGE,
            reply={"count": 1, "next": None, "results": [NGINX]},
        ),
        check=models(Repository, "name", ["nginx"]),
    ),
    # -- repositories --------------------------------------------------------------------
    case(
        "create_repository",
        "create_repository",
        "alice",
        "app",
        description="d",
        full_description="long",
        is_private=True,
        x=Exchange(
            "POST",
            "/v2/repositories/",
            body={
                "namespace": "alice",
                "name": "app",
                "description": "d",
                "full_description": "long",
                "is_private": True,
            },
            status=201,
            reply=APP,
        ),
        check=model(Repository, name="app", namespace="alice"),
    ),
    case(
        "create_repository-defaults",
        "create_repository",
        "alice",
        "app",
        x=Exchange(
            "POST",
            "/v2/repositories/",
            body={"namespace": "alice", "name": "app", "is_private": False},
            status=201,
            reply=APP,
        ),
        check=model(Repository, name="app"),
    ),
    case(
        "delete_repository",
        "delete_repository",
        "alice",
        "app",
        x=Exchange("DELETE", f"{R}/", status=202),
        check=is_none,
    ),
    case(
        "set_repository_description",
        "set_repository_description",
        "alice",
        "app",
        short="s",
        full="f",
        x=Exchange(
            "PATCH",
            f"{R}/",
            body={"description": "s", "full_description": "f"},
            reply={**APP, "description": "s"},
        ),
        check=model(Repository, description="s"),
    ),
    case(
        "update_repository",
        "update_repository",
        "alice/app",
        description="s",
        x=Exchange("PATCH", f"{R}/", body={"description": "s"}, reply={**APP, "description": "s"}),
        check=model(Repository, description="s"),
    ),
    case(
        "set_repository_description-short",
        "set_repository_description",
        "alice",
        "app",
        short="s",
        x=Exchange("PATCH", f"{R}/", body={"description": "s"}, reply={**APP, "description": "s"}),
        check=model(Repository, description="s"),
    ),
    case(
        "delete_tag",
        "delete_tag",
        "alice",
        "app",
        "v1.0",
        x=Exchange("DELETE", f"{R}/tags/v1.0/", status=204),
        check=is_none,
    ),
    case(
        "collaborators",
        "collaborators",
        "alice",
        "app",
        x=Exchange("GET", f"{R}/collaborators/", PAGE, reply={"results": [{"user": "bob"}]}),
        check=models(Collaborator, "user", ["bob"]),
    ),
    case(
        "add_collaborator",
        "add_collaborator",
        "alice",
        "app",
        "bob",
        x=Exchange(
            "POST", f"{R}/collaborators/", body={"user": "bob"}, status=201, reply={"user": "bob"}
        ),
        check=model(Collaborator, user="bob"),
    ),
    case(
        "delete_collaborator",
        "delete_collaborator",
        "alice",
        "app",
        "bob",
        x=Exchange("DELETE", f"{R}/collaborators/bob/", status=204),
        check=is_none,
    ),
    case(
        "webhooks",
        "webhooks",
        "alice",
        "app",
        x=Exchange("GET", f"{R}/webhooks/", PAGE, reply={"results": [{"id": 7, "name": "ci"}]}),
        check=models(Webhook, "name", ["ci"]),
    ),
    case(
        "create_webhook",
        "create_webhook",
        "alice",
        "app",
        "ci",
        x=Exchange(
            "POST", f"{R}/webhooks/", body={"name": "ci"}, status=201, reply={"id": 7, "name": "ci"}
        ),
        check=model(Webhook, id=7, name="ci"),
    ),
    case(
        "create_webhook_hook",
        "create_webhook_hook",
        "alice",
        "app",
        7,
        "https://ci.example/h",
        x=Exchange(
            "POST",
            f"{R}/webhooks/7/hooks/",
            body={"hook_url": "https://ci.example/h"},
            status=201,
            reply={"id": 9, "hook_url": "https://ci.example/h"},
        ),
        check=model(WebhookHook, id=9, hook_url="https://ci.example/h"),
    ),
    case(
        "delete_webhook",
        "delete_webhook",
        "alice",
        "app",
        7,
        x=Exchange("DELETE", f"{R}/webhooks/7/", status=204),
        check=is_none,
    ),
    case(
        "namespace_repositories",
        "namespace_repositories",
        "alice",
        name="ap",
        ordering="-last_updated",
        x=Exchange(
            "GET",
            NS,
            {**PAGE, "name": "ap", "ordering": "-last_updated"},
            reply={"count": 1, "results": [APP]},
        ),
        check=models(Repository, "name", ["app"]),
    ),
    case(
        "namespace_repositories-defaults",
        "namespace_repositories",
        "alice",
        x=Exchange("GET", NS, PAGE, reply={"count": 0, "results": []}),
        check=models(Repository, "name", []),
    ),
    case(
        "create_namespace_repository",
        "create_namespace_repository",
        "alice",
        "app",
        description="d",
        x=Exchange(
            "POST",
            NS,
            body={"namespace": "alice", "name": "app", "description": "d", "is_private": False},
            status=201,
            reply=APP,
        ),
        check=model(Repository, name="app"),
    ),
    case(
        "namespace_repository",
        "namespace_repository",
        "alice",
        "app",
        x=Exchange("GET", f"{NS}/app", reply=APP),
        check=model(Repository, name="app"),
    ),
    case(
        "check_namespace_repository",
        "check_namespace_repository",
        "alice",
        "app",
        x=Exchange("HEAD", f"{NS}/app"),
        check=equals(True),
    ),
    case(
        "check_namespace_repository-missing",
        "check_namespace_repository",
        "alice",
        "app",
        x=Exchange("HEAD", f"{NS}/app", status=404),
        check=equals(False),
    ),
    case(
        "update_namespace_repository",
        "update_namespace_repository",
        "alice",
        "app",
        full_description="long",
        x=Exchange("PATCH", f"{NS}/app", body={"full_description": "long"}, reply=APP),
        check=model(Repository, name="app"),
    ),
    case(
        "check_namespace_repository_tags",
        "check_namespace_repository_tags",
        "alice",
        "app",
        x=Exchange("HEAD", f"{NS}/app/tags"),
        check=equals(True),
    ),
    case(
        "check_namespace_repository_tags-missing",
        "check_namespace_repository_tags",
        "alice",
        "app",
        x=Exchange("HEAD", f"{NS}/app/tags", status=404),
        check=equals(False),
    ),
    case(
        "namespace_repository_tag",
        "namespace_repository_tag",
        "alice",
        "app",
        "v1",
        x=Exchange("GET", f"{NS}/app/tags/v1", reply={"name": "v1", "full_size": 10}),
        check=model(Tag, name="v1", full_size=10),
    ),
    case(
        "check_namespace_repository_tag",
        "check_namespace_repository_tag",
        "alice",
        "app",
        "v1",
        x=Exchange("HEAD", f"{NS}/app/tags/v1"),
        check=equals(True),
    ),
    case(
        "check_namespace_repository_tag-missing",
        "check_namespace_repository_tag",
        "alice",
        "app",
        "v1",
        x=Exchange("HEAD", f"{NS}/app/tags/v1", status=404),
        check=equals(False),
    ),
    case(
        "update_immutable_tags",
        "update_immutable_tags",
        "alice",
        "app",
        immutable_tags=True,
        immutable_tags_rules=["v.*"],
        x=Exchange(
            "PATCH",
            f"{NS}/app/immutabletags",
            body={"immutable_tags": True, "immutable_tags_rules": ["v.*"]},
            reply=APP,
        ),
        check=model(Repository, name="app"),
    ),
    case(
        "verify_immutable_tags",
        "verify_immutable_tags",
        "alice",
        "app",
        regex="v.*",
        x=Exchange(
            "POST",
            f"{NS}/app/immutabletags/verify",
            body={"regex": "v.*"},
            reply={"tags": ["v1", "v2"]},
        ),
        check=model(VerifyImmutableTagsResponse, tags=["v1", "v2"]),
    ),
    case(
        "grant_team_repository_access",
        "grant_team_repository_access",
        "alice",
        "app",
        group_id=3,
        permission="write",
        x=Exchange(
            "POST",
            f"{R}/groups",
            body={"group_id": 3, "permission": "write"},
            reply={"group_id": 3, "group_name": "devs", "permission": "write"},
        ),
        check=model(TeamRepositoryPermission, group_name="devs", permission="write"),
    ),
    # -- builds ------------------------------------------------------------------------
    case(
        "build_settings",
        "build_settings",
        "alice",
        "app",
        x=Exchange("GET", f"{R}/autobuild/", reply={"provider": "github", "active": True}),
        check=model(BuildSettings, provider="github", active=True),
    ),
    case(
        "create_automated_build",
        "create_automated_build",
        "alice",
        "app",
        provider="github",
        vcs_repo_name="alice/app-src",
        x=Exchange(
            "POST",
            f"{R}/autobuild/",
            body={
                "name": "app",
                "namespace": "alice",
                "active": True,
                "dockerhub_repo_name": "alice/app",
                "provider": "github",
                "vcs_repo_name": "alice/app-src",
                "is_private": False,
                "description": "",
                "build_tags": [
                    {
                        "name": "latest",
                        "dockerfile_location": "/",
                        "source_type": "Branch",
                        "source_name": "master",
                    }
                ],
            },
            status=201,
            reply={"provider": "github"},
        ),
        check=model(BuildSettings, provider="github"),
    ),
    case(
        "create_build_tag",
        "create_build_tag",
        "alice",
        "app",
        x=Exchange(
            "POST",
            f"{R}/autobuild/tags/",
            body={
                "name": "latest",
                "dockerfile_location": "/",
                "source_type": "Branch",
                "source_name": "master",
            },
            status=201,
            reply={"id": 5, "name": "latest"},
        ),
        check=model(BuildTag, id=5, name="latest"),
    ),
    case(
        "save_build_tag",
        "save_build_tag",
        "alice",
        "app",
        5,
        name="edge",
        source_type="Tag",
        source_name="v1",
        x=Exchange(
            "PUT",
            f"{R}/autobuild/tags/5/",
            body={
                "id": 5,
                "name": "edge",
                "dockerfile_location": "/",
                "source_type": "Tag",
                "source_name": "v1",
            },
            reply={"id": 5, "name": "edge"},
        ),
        check=model(BuildTag, id=5, name="edge"),
    ),
    case(
        "delete_build_tag",
        "delete_build_tag",
        "alice",
        "app",
        5,
        x=Exchange("DELETE", f"{R}/autobuild/tags/5/", status=204),
        check=is_none,
    ),
    case(
        "trigger_build",
        "trigger_build",
        "alice",
        "app",
        x=Exchange(
            "POST",
            f"{R}/autobuild/trigger-build/",
            body={"dockerfile_location": "/", "source_type": "Branch", "source_name": "master"},
            status=202,
            reply=[{"build_code": "bxyz", "source_name": "master"}],
        ),
        check=models(TriggeredBuild, "build_code", ["bxyz"]),
    ),
    case(
        "trigger_build-nothing-matched",
        "trigger_build",
        "alice",
        "app",
        source_name="dev",
        x=Exchange(
            "POST",
            f"{R}/autobuild/trigger-build/",
            body={"dockerfile_location": "/", "source_type": "Branch", "source_name": "dev"},
            reply=[],
        ),
        check=models(TriggeredBuild, "build_code", []),
    ),
    case(
        "build_history",
        "build_history",
        "alice",
        "app",
        x=Exchange(
            "GET",
            f"{R}/buildhistory/",
            PAGE,
            reply={"results": [{"build_code": "bxyz", "status": 10}]},
        ),
        check=models(Build, "build_code", ["bxyz"]),
    ),
    case(
        "build_details",
        "build_details",
        "alice",
        "app",
        "bxyz",
        x=Exchange("GET", f"{R}/buildhistory/bxyz/", reply={"build_code": "bxyz"}),
        check=model(BuildDetails, build_code="bxyz"),
    ),
    case(
        "build_links",
        "build_links",
        "alice",
        "app",
        x=Exchange(
            "GET", f"{R}/links/", PAGE, reply={"results": [{"id": 4, "to_repo": "library/nginx"}]}
        ),
        check=models(BuildLink, "to_repo", ["library/nginx"]),
    ),
    case(
        "create_build_link",
        "create_build_link",
        "alice",
        "app",
        "nginx",
        x=Exchange(
            "POST",
            f"{R}/links/",
            body={"to_repo": "library/nginx"},
            status=201,
            reply={"id": 4, "to_repo": "library/nginx"},
        ),
        check=model(BuildLink, id=4),
    ),
    case(
        "create_build_link-underscore",
        "create_build_link",
        "alice",
        "app",
        "_/nginx",
        x=Exchange(
            "POST", f"{R}/links/", body={"to_repo": "library/nginx"}, status=201, reply={"id": 4}
        ),
        check=model(BuildLink, id=4),
    ),
    case(
        "create_build_link-namespaced",
        "create_build_link",
        "alice",
        "app",
        "bob/tool",
        x=Exchange(
            "POST", f"{R}/links/", body={"to_repo": "bob/tool"}, status=201, reply={"id": 4}
        ),
        check=model(BuildLink, id=4),
    ),
    case(
        "delete_build_link",
        "delete_build_link",
        "alice",
        "app",
        4,
        x=Exchange("DELETE", f"{R}/links/4/", status=204),
        check=is_none,
    ),
    case(
        "build_trigger",
        "build_trigger",
        "alice",
        "app",
        x=Exchange("GET", f"{R}/buildtrigger/", reply={"active": True, "trigger_url": "https://t"}),
        check=model(BuildTrigger, active=True),
    ),
    case(
        "build_trigger_history",
        "build_trigger_history",
        "alice",
        "app",
        x=Exchange(
            "GET",
            f"{R}/buildtrigger/history/",
            PAGE,
            reply={"results": [{"result": "ok", "build_code": "bxyz"}]},
        ),
        check=models(BuildTriggerHistoryEntry, "result", ["ok"]),
    ),
    # -- organizations -------------------------------------------------------------------
    case(
        "user_orgs",
        "user_orgs",
        x=Exchange("GET", "/v2/user/orgs/", PAGE, reply={"results": [{"orgname": "acme"}]}),
        check=models(Org, "orgname", ["acme"]),
    ),
    case(
        "org",
        "org",
        "acme",
        x=Exchange("GET", f"{ORG}/", reply={"orgname": "acme"}),
        check=model(Org, orgname="acme"),
    ),
    case(
        "org_members",
        "org_members",
        "acme",
        search="bo",
        type="member",
        role="editor",
        x=Exchange(
            "GET",
            f"{ORG}/members",
            {**PAGE, "search": "bo", "type": "member", "role": "editor"},
            reply={"results": [{"username": "bob"}]},
        ),
        check=models(OrgMember, "username", ["bob"]),
    ),
    case(
        "export_org_members",
        "export_org_members",
        "acme",
        x=Exchange("GET", f"{ORG}/members/export", text="username,role\nbob,member\n"),
        check=equals("username,role\nbob,member\n"),
    ),
    case(
        "update_org_member",
        "update_org_member",
        "acme",
        "bob",
        role="editor",
        x=Exchange("PUT", f"{ORG}/members/bob", body={"role": "editor"}, reply={"username": "bob"}),
        check=model(OrgMember, username="bob"),
    ),
    case(
        "remove_org_member",
        "remove_org_member",
        "acme",
        "bob",
        x=Exchange("DELETE", f"{ORG}/members/bob", status=204),
        check=is_none,
    ),
    case(
        "org_invites",
        "org_invites",
        "acme",
        x=Exchange("GET", f"{ORG}/invites", reply={"data": [{"id": "i1", "invitee": "c@d.e"}]}),
        check=models(OrgInvite, "invitee", ["c@d.e"]),
    ),
    case(
        "delete_invite",
        "delete_invite",
        "i1",
        x=Exchange("DELETE", "/v2/invites/i1", status=204),
        check=is_none,
    ),
    case(
        "resend_invite",
        "resend_invite",
        "i1",
        x=Exchange("PATCH", "/v2/invites/i1/resend", status=204),
        check=is_none,
    ),
    case(
        "bulk_invite",
        "bulk_invite",
        "acme",
        ["bob", "c@d.e"],
        team="devs",
        role="member",
        dry_run=True,
        x=Exchange(
            "POST",
            "/v2/invites/bulk",
            body={
                "org": "acme",
                "invitees": ["bob", "c@d.e"],
                "team": "devs",
                "role": "member",
                "dry_run": True,
            },
            status=202,
            reply={"invitees": [{"invitee": "bob", "status": "invited"}]},
        ),
        check=model(BulkInviteResponse),
    ),
    case(
        "org_settings",
        "org_settings",
        "acme",
        x=Exchange("GET", f"{ORG}/settings", reply={"restricted_images": {"enabled": True}}),
        check=model(OrgSettings),
    ),
    case(
        "update_org_settings",
        "update_org_settings",
        "acme",
        UpdateOrgSettingsRequest.from_dict({"restricted_images": FLAGS}),
        x=Exchange(
            "PUT",
            f"{ORG}/settings",
            body={"restricted_images": FLAGS},
            reply={"restricted_images": FLAGS},
        ),
        check=model(OrgSettings, restricted_images=RestrictedImages.from_dict(FLAGS)),
    ),
    case(
        "teams",
        "teams",
        "acme",
        x=Exchange("GET", f"{ORG}/groups", PAGE, reply={"results": [{"name": "devs", "id": 3}]}),
        check=models(Team, "name", ["devs"]),
    ),
    case(
        "create_team",
        "create_team",
        "acme",
        "devs",
        description="builders",
        x=Exchange(
            "POST",
            f"{ORG}/groups",
            body={"name": "devs", "description": "builders"},
            status=201,
            reply={"name": "devs", "id": 3},
        ),
        check=model(Team, name="devs", id=3),
    ),
    case(
        "team",
        "team",
        "acme",
        "devs",
        x=Exchange("GET", f"{ORG}/groups/devs", reply={"name": "devs"}),
        check=model(Team, name="devs"),
    ),
    case(
        "replace_team",
        "replace_team",
        "acme",
        "devs",
        name="ops",
        description="run",
        x=Exchange(
            "PUT",
            f"{ORG}/groups/devs",
            body={"name": "ops", "description": "run"},
            reply={"name": "ops"},
        ),
        check=model(Team, name="ops"),
    ),
    case(
        "update_team",
        "update_team",
        "acme",
        "devs",
        description="run",
        x=Exchange(
            "PATCH",
            f"{ORG}/groups/devs",
            body={"description": "run"},
            reply={"name": "devs", "description": "run"},
        ),
        check=model(Team, description="run"),
    ),
    case(
        "delete_team",
        "delete_team",
        "acme",
        "devs",
        x=Exchange("DELETE", f"{ORG}/groups/devs", status=204),
        check=is_none,
    ),
    case(
        "team_members",
        "team_members",
        "acme",
        "devs",
        search="b",
        x=Exchange(
            "GET",
            f"{ORG}/groups/devs/members",
            {**PAGE, "search": "b"},
            reply={"results": [{"username": "bob"}]},
        ),
        check=models(TeamMember, "username", ["bob"]),
    ),
    case(
        "add_team_member",
        "add_team_member",
        "acme",
        "devs",
        "bob",
        x=Exchange("POST", f"{ORG}/groups/devs/members", body={"member": "bob"}, status=201),
        check=is_none,
    ),
    case(
        "add_group_member",
        "add_group_member",
        "acme",
        "devs",
        "bob@example.com",
        x=Exchange(
            "POST", f"{ORG}/groups/devs/members", body={"member": "bob@example.com"}, reply={}
        ),
        check=is_none,
    ),
    case(
        "remove_team_member",
        "remove_team_member",
        "acme",
        "devs",
        "bob",
        x=Exchange("DELETE", f"{ORG}/groups/devs/members/bob", status=204),
        check=is_none,
    ),
    # -- access tokens and audit logs ----------------------------------------------------
    case(
        "access_tokens",
        "access_tokens",
        x=Exchange(
            "GET",
            "/v2/access-tokens",
            PAGE,
            reply={"count": 1, "active_count": 1, "results": [{"uuid": "u1", "token_label": "ci"}]},
        ),
        check=models(AccessToken, "uuid", ["u1"]),
    ),
    case(
        "create_access_token",
        "create_access_token",
        "ci",
        ["repo:read"],
        expires_at=WHEN,
        x=Exchange(
            "POST",
            "/v2/access-tokens",
            body={
                "token_label": "ci",
                "scopes": ["repo:read"],
                "expires_at": "2030-01-02T03:04:05Z",
            },
            status=201,
            reply={"uuid": "u1", "token": "dckr_pat_value"},
        ),
        check=model(AccessToken, uuid="u1", token="dckr_pat_value"),
    ),
    case(
        "access_token",
        "access_token",
        "u1",
        x=Exchange("GET", "/v2/access-tokens/u1", reply={"uuid": "u1"}),
        check=model(AccessToken, uuid="u1"),
    ),
    case(
        "update_access_token",
        "update_access_token",
        "u1",
        is_active=False,
        x=Exchange(
            "PATCH",
            "/v2/access-tokens/u1",
            body={"is_active": False},
            reply={"uuid": "u1", "is_active": False},
        ),
        check=model(AccessToken, is_active=False),
    ),
    case(
        "delete_access_token",
        "delete_access_token",
        "u1",
        x=Exchange("DELETE", "/v2/access-tokens/u1", status=204),
        check=is_none,
    ),
    case(
        "org_access_tokens",
        "org_access_tokens",
        "acme",
        x=Exchange(
            "GET",
            f"{ORG}/access-tokens",
            PAGE,
            reply={"total": 1, "results": [{"id": "o1", "label": "ci"}]},
        ),
        check=models(OrgAccessToken, "label", ["ci"]),
    ),
    case(
        "create_org_access_token",
        "create_org_access_token",
        "acme",
        "ci",
        description="d",
        resources=[OrgAccessTokenResource(type_="TYPE_REPO", path="acme/*", scopes=["repo-pull"])],
        x=Exchange(
            "POST",
            f"{ORG}/access-tokens",
            body={
                "label": "ci",
                "description": "d",
                "resources": [{"type": "TYPE_REPO", "path": "acme/*", "scopes": ["repo-pull"]}],
            },
            status=201,
            reply={"id": "o1", "label": "ci"},
        ),
        check=model(OrgAccessToken, id="o1"),
    ),
    case(
        "org_access_token",
        "org_access_token",
        "acme",
        "o1",
        x=Exchange("GET", f"{ORG}/access-tokens/o1", reply={"id": "o1"}),
        check=model(OrgAccessToken, id="o1"),
    ),
    case(
        "update_org_access_token",
        "update_org_access_token",
        "acme",
        "o1",
        label="cd",
        is_active=True,
        x=Exchange(
            "PATCH",
            f"{ORG}/access-tokens/o1",
            body={"label": "cd", "is_active": True},
            reply={"id": "o1", "label": "cd"},
        ),
        check=model(OrgAccessToken, label="cd"),
    ),
    case(
        "delete_org_access_token",
        "delete_org_access_token",
        "acme",
        "o1",
        x=Exchange("DELETE", f"{ORG}/access-tokens/o1", status=204),
        check=is_none,
    ),
    case(
        "audit_logs",
        "audit_logs",
        "acme",
        action="repo.create",
        from_=WHEN,
        x=Exchange(
            "GET",
            "/v2/auditlogs/acme",
            {
                "page": "1",
                "page_size": "25",
                "action": "repo.create",
                "from": "2030-01-02T03:04:05Z",
            },
            reply={"logs": [{"action": "repo.create", "actor": "bob"}]},
        ),
        check=models(AuditLogEvent, "actor", ["bob"]),
    ),
    case(
        "audit_log_actions",
        "audit_log_actions",
        "acme",
        x=Exchange(
            "GET",
            "/v2/auditlogs/acme/actions",
            reply={"actions": {"repo": {"label": "Repository", "actions": []}}},
        ),
        check=model(AuditLogActions),
    ),
]

# Operations from Docker's other clients and the SCIM API (issue 13).
CASES += [
    case(
        "legacy_namespace_repositories",
        "legacy_namespace_repositories",
        "library",
        ordering="-pull_count",
        x=Exchange(
            "GET",
            "/v2/repositories/library/",
            {**PAGE, "ordering": "-pull_count"},
            reply={"count": 1, "results": [NGINX]},
        ),
        check=models(Repository, "name", ["nginx"]),
    ),
    case(
        "set_repository_privacy",
        "set_repository_privacy",
        "alice/app",
        is_private=True,
        x=Exchange("POST", f"{R}/privacy", body={"is_private": True}),
        check=is_none,
    ),
    case(
        "team_repository_permission",
        "team_repository_permission",
        "acme",
        "internal",
        7,
        x=Exchange(
            "GET",
            "/v2/repositories/acme/internal/groups/7",
            reply={"group_id": 7, "group_name": "devs", "permission": "read"},
        ),
        check=model(TeamRepositoryPermission, group_name="devs", permission="read"),
    ),
    case(
        "update_team_repository_permission",
        "update_team_repository_permission",
        "acme",
        "internal",
        7,
        permission="write",
        x=Exchange(
            "PATCH",
            "/v2/repositories/acme/internal/groups/7",
            body={"permission": "write"},
            reply={"group_id": 7, "group_name": "devs", "permission": "write"},
        ),
        check=model(TeamRepositoryPermission, permission="write"),
    ),
    case(
        "revoke_team_repository_access",
        "revoke_team_repository_access",
        "acme",
        "internal",
        7,
        x=Exchange("DELETE", "/v2/repositories/acme/internal/groups/7", status=204),
        check=is_none,
    ),
    case(
        "webhook_pipelines",
        "webhook_pipelines",
        "alice/app",
        x=Exchange(
            "GET", f"{R}/webhook_pipeline/", PAGE, reply={"count": 1, "results": [PIPELINE]}
        ),
        check=models(WebhookPipeline, "slug", ["deploy"]),
    ),
    case(
        "create_webhook_pipeline",
        "create_webhook_pipeline",
        "alice/app",
        name="Deploy",
        webhooks=[CreateWebhookPipelineRequestWebhooksItem(name="d", hook_url="https://x")],
        registry="registry-1.docker.io",
        x=Exchange(
            "POST",
            f"{R}/webhook_pipeline/",
            body={
                "name": "Deploy",
                "webhooks": [{"name": "d", "hook_url": "https://x"}],
                "registry": "registry-1.docker.io",
            },
            status=201,
            reply=PIPELINE,
        ),
        check=model(WebhookPipeline, slug="deploy"),
    ),
    case(
        "webhook_pipeline",
        "webhook_pipeline",
        "alice",
        "app",
        "deploy",
        x=Exchange("GET", f"{R}/webhook_pipeline/deploy/", reply=PIPELINE),
        check=model(WebhookPipeline, name="Deploy"),
    ),
    case(
        "delete_webhook_pipeline",
        "delete_webhook_pipeline",
        "alice",
        "app",
        "deploy",
        x=Exchange("DELETE", f"{R}/webhook_pipeline/deploy/", status=204),
        check=is_none,
    ),
    case(
        "org_registry_access",
        "org_registry_access",
        "acme",
        x=Exchange("GET", f"{ORG}/settings/registry-access-management", reply=RAM),
        check=model(RegistryAccessManagement, enabled=True),
    ),
    case(
        "update_org_registry_access",
        "update_org_registry_access",
        "acme",
        enabled=True,
        standard_registries=[StandardRegistry(id="DockerHub", allowed=False)],
        x=Exchange("PUT", f"{ORG}/settings/registry-access-management", body=RAM, reply=RAM),
        check=model(
            RegistryAccessManagement,
            standard_registries=[StandardRegistry(id="DockerHub", allowed=False)],
        ),
    ),
    case(
        "scim_service_provider_config",
        "scim_service_provider_config",
        x=Exchange("GET", f"{SCIM}/ServiceProviderConfig", reply={"schemas": ["x"]}),
        check=model(ScimServiceProviderConfig, schemas=["x"]),
    ),
    case(
        "scim_resource_types",
        "scim_resource_types",
        x=Exchange(
            "GET",
            f"{SCIM}/ResourceTypes",
            reply={"totalResults": 1, "resources": [{"id": "User"}]},
        ),
        check=model(ScimResourceTypeList, total_results=1),
    ),
    case(
        "scim_resource_type",
        "scim_resource_type",
        "User",
        x=Exchange("GET", f"{SCIM}/ResourceTypes/User", reply={"id": "User", "schema": USER_URN}),
        check=model(ScimResourceType, schema=USER_URN),
    ),
    case(
        "scim_schemas",
        "scim_schemas",
        x=Exchange("GET", f"{SCIM}/Schemas", reply={"totalResults": 1, "resources": [{}]}),
        check=model(ScimSchemaList, total_results=1),
    ),
    case(
        "scim_schema",
        "scim_schema",
        USER_URN,
        x=Exchange(
            "GET",
            f"{SCIM}/Schemas/{USER_URN}",
            reply={"id": USER_URN, "name": "User"},
        ),
        check=model(ScimSchema, name="User"),
    ),
    case(
        "scim_users",
        "scim_users",
        start_index=11,
        count=10,
        filter='userName eq "bob@example.com"',
        sort_by="userName",
        sort_order="descending",
        x=Exchange(
            "GET",
            f"{SCIM}/Users",
            {
                "startIndex": "11",
                "count": "10",
                "filter": 'userName eq "bob@example.com"',
                "sortBy": "userName",
                "sortOrder": "descending",
            },
            reply={"totalResults": 11, "startIndex": 11, "resources": [{"userName": "b"}]},
        ),
        check=model(ScimUserList, total_results=11, start_index=11),
    ),
    case(
        "create_scim_user",
        "create_scim_user",
        schemas=[USER_URN],
        user_name="erin@example.com",
        name=ScimName(given_name="Erin"),
        x=Exchange(
            "POST",
            f"{SCIM}/Users",
            body={
                "schemas": [USER_URN],
                "userName": "erin@example.com",
                "name": {"givenName": "Erin"},
            },
            status=201,
            reply={"id": "u1", "userName": "erin@example.com", "active": True},
            content_type="application/scim+json",
        ),
        check=model(ScimUser, id="u1", active=True),
    ),
    case(
        "scim_user",
        "scim_user",
        "u1",
        x=Exchange("GET", f"{SCIM}/Users/u1", reply={"id": "u1", "displayName": "erin"}),
        check=model(ScimUser, display_name="erin"),
    ),
    case(
        "update_scim_user",
        "update_scim_user",
        "u1",
        schemas=[USER_URN],
        enabled=False,
        x=Exchange(
            "PUT",
            f"{SCIM}/Users/u1",
            body={"schemas": [USER_URN], "enabled": False},
            reply={"id": "u1", "active": False},
            content_type="application/scim+json",
        ),
        check=model(ScimUser, active=False),
    ),
]

# Public names of the facades that are not API calls; each is tested in another module.
LOCAL = {
    "base_url": "test_facade_lifecycle",
    "cache_info": "test_facade_lifecycle",
    "clear_cache": "test_facade_lifecycle",
    "close": "test_facade_lifecycle",
    "aclose": "test_facade_lifecycle",
    "from_env": "test_facade_secrets",
    "fresh": "test_cache_facade",
    "is_authenticated": "test_facade_lifecycle",
    "max_response_bytes": "reliability/test_limits",
    "rate_limit": "test_facade_lifecycle",
    "set_cache_options": "test_facade_lifecycle",
    "set_login_token": "test_auth",
    "username": "test_facade_lifecycle",
    "call": "test_low_level_door",
    "set_scim_token": "testing/test_scim",
    "paginate": "test_low_level_door",
    # The registry side: not Hub API operations; tested against the fake registry.
    "clear_registry_cache": "registry/test_manifests",
    "digest": "registry/test_manifests",
    "image_config": "registry/test_manifests",
    "iter_registry_tags": "registry/test_auth_errors_limits",
    "manifest": "registry/test_manifests",
    "platforms": "registry/test_manifests",
    "pull_rate_limit": "registry/test_auth_errors_limits",
    "registry_url": "registry/test_served",
}


def _params() -> list[Any]:
    return [pytest.param(c, mode, id=f"{c.id}[{mode}]") for c in CASES for mode in c.modes]


# -- running a row ------------------------------------------------------------------------

Seen = tuple[str, str, str | None, bytes]


def _mock(router: respx.MockRouter, exchanges: tuple[Exchange, ...]) -> list[respx.Route]:
    routes = []
    for ex in exchanges:
        if ex.text is not None:
            response = httpx.Response(ex.status, text=ex.text, headers={"content-type": "text/csv"})
        elif ex.reply is not None:
            response = httpx.Response(ex.status, json=ex.reply)
        else:
            response = httpx.Response(ex.status)
        routes.append(router.route(method=ex.method, path=ex.path).mock(return_value=response))
    return routes


def _check_requests(
    router: respx.MockRouter, exchanges: tuple[Exchange, ...], mode: str
) -> list[Seen]:
    sent = [call.request for call in router.calls]
    assert [(r.method, r.url.path) for r in sent] == [(x.method, x.path) for x in exchanges]
    seen: list[Seen] = []
    for request, ex in zip(sent, exchanges, strict=True):
        assert request.url.host == "hub.docker.com"
        pairs = request.url.params.multi_items()
        assert dict(pairs) == ex.query, f"query of {ex.method} {ex.path}"
        assert len(pairs) == len(ex.query), "a query parameter was sent twice"
        body = json.loads(request.content) if request.content else None
        assert body == ex.body, f"body of {ex.method} {ex.path}"
        if ex.body is not None:
            assert request.headers["content-type"] == ex.content_type
        authorization = request.headers.get("authorization")
        if mode == "token" and ex.authorized:
            assert authorization == f"Bearer {TOKEN}"
        else:
            assert authorization is None
        seen.append((request.method, str(request.url), authorization, request.content))
    return seen


def _run_sync(c: Case, mode: str) -> tuple[Any, list[Seen]]:
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        _mock(router, c.exchanges)
        with DockerHub(cache=False, retries=0) as hub:
            if mode == "token":
                hub.set_login_token(TOKEN)
            value = getattr(hub, c.method)(*c.args, **c.kwargs)
        return value, _check_requests(router, c.exchanges, mode)


async def _run_async(c: Case, mode: str) -> tuple[Any, list[Seen]]:
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        _mock(router, c.exchanges)
        async with AsyncDockerHub(cache=False, retries=0) as hub:
            if mode == "token":
                hub.set_login_token(TOKEN)
            value = await getattr(hub, c.method)(*c.args, **c.kwargs)
        return value, _check_requests(router, c.exchanges, mode)


# -- the tests ----------------------------------------------------------------------------


def _api_methods(cls: type[Any]) -> set[str]:
    return {n for n in dir(cls) if not n.startswith(("_", "iter_", "collect_")) and n not in LOCAL}


def _paginators(cls: type[Any]) -> set[str]:
    return {n for n in dir(cls) if n.startswith(("iter_", "collect_")) and n not in LOCAL}


@pytest.mark.parametrize("cls", [DockerHub, AsyncDockerHub])
def test_every_public_method_has_a_row_in_the_table(cls: type[Any]) -> None:
    in_table = {c.method for c in CASES}
    assert _api_methods(cls) - in_table == set()
    assert in_table - _api_methods(cls) == set(), "the table names a method that does not exist"
    walked = {f"{kind}_{name}" for name in WALKS for kind in ("iter", "collect")}
    assert _paginators(cls) == walked


def test_the_local_names_exist() -> None:
    public = {n for cls in (DockerHub, AsyncDockerHub) for n in dir(cls) if not n.startswith("_")}
    assert set(LOCAL) <= public


def test_sync_and_async_facades_offer_the_same_methods() -> None:
    public = {n for n in dir(DockerHub) if not n.startswith("_")}
    public_async = {n for n in dir(AsyncDockerHub) if not n.startswith("_")}
    assert public - {"close"} == public_async - {"aclose"}


def test_async_methods_are_coroutine_functions() -> None:
    hub = AsyncDockerHub(cache=False, retries=0)
    for name in {c.method for c in CASES}:
        assert inspect.iscoroutinefunction(getattr(hub, name)), name
        assert not inspect.iscoroutinefunction(getattr(DockerHub, name)), name


@pytest.mark.parametrize(("c", "mode"), _params())
def test_sync_request_and_result(c: Case, mode: str) -> None:
    value, _ = _run_sync(c, mode)
    c.check(value)


@pytest.mark.anyio
@pytest.mark.parametrize(("c", "mode"), _params())
async def test_async_sends_the_same_requests_and_returns_the_same_value(c: Case, mode: str) -> None:
    async_value, async_seen = await _run_async(c, mode)
    c.check(async_value)
    sync_value, sync_seen = _run_sync(c, mode)
    assert async_seen == sync_seen
    assert async_value == sync_value


# -- paging arguments ---------------------------------------------------------------------


def _paged_rows() -> list[Any]:
    rows = []
    seen = set()
    with DockerHub(cache=False, retries=0) as hub:
        for c in CASES:
            if c.method in seen:
                continue
            if "per_page" in inspect.signature(getattr(hub, c.method)).parameters:
                seen.add(c.method)
                rows.append(pytest.param(c, id=c.method))
    return rows


@pytest.mark.parametrize("c", _paged_rows())
def test_per_page_and_page_are_sent_as_page_size_and_page(c: Case) -> None:
    (ex,) = c.exchanges
    with respx.mock(base_url=BASE) as router:
        route = router.route(method=ex.method, path=ex.path).respond(200, json=ex.reply)
        with DockerHub(cache=False, retries=0) as hub:
            getattr(hub, c.method)(*c.args, **c.kwargs, per_page=7, page=3)
    params = route.calls.last.request.url.params
    assert (params["page_size"], params["page"]) == ("7", "3")


def test_the_paged_methods_include_the_original_librarys_lists() -> None:
    paged = {p.values[0].method for p in _paged_rows()}
    assert {
        "tags",
        "comments",
        "repositories_starred",
        "collaborators",
        "webhooks",
        "build_history",
        "build_links",
        "build_trigger_history",
    } <= paged


@pytest.mark.parametrize("status", [200, 201, 202, 204, 299])
def test_any_2xx_answer_to_a_delete_is_success(status: int) -> None:
    with respx.mock(base_url=BASE) as router:
        router.delete(f"{R}/").respond(status)
        with DockerHub(cache=False, retries=0) as hub:
            assert hub.delete_repository("alice", "app") is None


@pytest.mark.parametrize("status", [200, 201, 202, 299])
def test_any_2xx_answer_with_a_body_is_parsed(status: int) -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/v2/repositories/").respond(status, json=APP)
        with DockerHub(cache=False, retries=0) as hub:
            assert hub.create_repository("alice", "app").name == "app"


def test_a_200_answer_with_a_json_body_to_a_delete_is_success() -> None:
    with respx.mock(base_url=BASE) as router:
        router.delete(f"{R}/tags/v1/").respond(200, json={"detail": "deleted"})
        with DockerHub(cache=False, retries=0) as hub:
            assert hub.delete_tag("alice", "app", "v1") is None


# -- iter_* and collect_*: the first request and the items (paging itself: test_pagination) --

# noun -> (arguments, path, extra query, one item, attribute checked)
WALKS: dict[str, tuple[tuple[Any, ...], str, dict[str, str], dict[str, Any], str]] = {
    "tags": (
        ("nginx",),
        "/v2/repositories/library/nginx/tags/",
        {},
        {"name": "latest"},
        "name",
    ),
    "namespace_repository_tags": (
        ("library/nginx",),
        "/v2/namespaces/library/repositories/nginx/tags",
        {},
        {"name": "latest"},
        "name",
    ),
    "comments": (
        ("_", "nginx"),
        "/v2/repositories/library/nginx/comments/",
        {},
        {"comment": "nice"},
        "comment",
    ),
    "repositories_starred": (
        ("alice",),
        "/v2/users/alice/repositories/starred/",
        {},
        NGINX,
        "name",
    ),
    "namespace_repositories": (("alice",), NS, {}, APP, "name"),
    "webhooks": (("alice", "app"), f"{R}/webhooks/", {}, {"name": "ci"}, "name"),
    "collaborators": (("alice", "app"), f"{R}/collaborators/", {}, {"user": "bob"}, "user"),
    "build_history": (
        ("alice", "app"),
        f"{R}/buildhistory/",
        {},
        {"build_code": "b1"},
        "build_code",
    ),
    "build_links": (("alice", "app"), f"{R}/links/", {}, {"to_repo": "library/nginx"}, "to_repo"),
    "build_trigger_history": (
        ("alice", "app"),
        f"{R}/buildtrigger/history/",
        {},
        {"result": "ok"},
        "result",
    ),
    "access_tokens": ((), "/v2/access-tokens", {}, {"uuid": "u1"}, "uuid"),
    "org_access_tokens": (("acme",), f"{ORG}/access-tokens", {}, {"label": "ci"}, "label"),
    "audit_logs": (("acme",), "/v2/auditlogs/acme", {}, {"actor": "bob"}, "actor"),
    "user_orgs": ((), "/v2/user/orgs/", {}, {"orgname": "acme"}, "orgname"),
    "org_members": (("acme",), f"{ORG}/members", {}, {"username": "bob"}, "username"),
    "teams": (("acme",), f"{ORG}/groups", {}, {"name": "devs"}, "name"),
    "team_members": (
        ("acme", "devs"),
        f"{ORG}/groups/devs/members",
        {},
        {"username": "bob"},
        "username",
    ),
    "legacy_namespace_repositories": (
        ("library",),
        "/v2/repositories/library/",
        {},
        NGINX,
        "name",
    ),
    "webhook_pipelines": (("alice", "app"), f"{R}/webhook_pipeline/", {}, PIPELINE, "slug"),
}


def _envelope(noun: str, item: dict[str, Any]) -> dict[str, Any]:
    if noun == "audit_logs":
        return {"logs": [item, item], "count": 2, "next": None}
    if noun == "org_access_tokens":
        return {"results": [item, item], "total": 2, "next": None}
    return {"results": [item, item], "count": 2, "next": None}


@pytest.mark.parametrize("noun", sorted(WALKS))
def test_iter_and_collect_send_the_first_page_request_and_yield_the_items(noun: str) -> None:
    args, path, query, item, attr = WALKS[noun]
    with respx.mock(base_url=BASE) as router:
        route = router.get(path).respond(200, json=_envelope(noun, item))
        with DockerHub(cache=False, retries=0) as hub:
            hub.set_login_token(TOKEN)
            collected = getattr(hub, f"collect_{noun}")(*args)
            iterated = list(getattr(hub, f"iter_{noun}")(*args))
    assert [getattr(x, attr) for x in collected] == [item[attr]] * 2
    assert iterated == collected
    assert route.call_count == 2
    request = route.calls.last.request
    assert dict(request.url.params) == {**PAGE, **query}
    assert request.headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.anyio
@pytest.mark.parametrize("noun", sorted(WALKS))
async def test_async_iter_and_collect_agree_with_the_sync_ones(noun: str) -> None:
    args, path, _, item, _ = WALKS[noun]
    with respx.mock(base_url=BASE) as router:
        route = router.get(path).respond(200, json=_envelope(noun, item))
        async with AsyncDockerHub(cache=False, retries=0) as hub:
            collected = await getattr(hub, f"collect_{noun}")(*args)
            iterated = [x async for x in getattr(hub, f"iter_{noun}")(*args)]
        with DockerHub(cache=False, retries=0) as sync_hub:
            expected = getattr(sync_hub, f"collect_{noun}")(*args)
    assert collected == iterated == expected
    sent = [(c.request.method, str(c.request.url)) for c in route.calls]
    assert len(set(sent)) == 1
