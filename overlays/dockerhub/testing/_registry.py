"""The fake OCI registry that ``FakeHub`` serves next to the Hub API.

Which requests are the registry's is decided by host first, then by path:

==============================================  ======================================
request                                         answered by
==============================================  ======================================
host ``registry-1.docker.io``                   the registry (``/v2/...``)
host ``auth.docker.io``                         the token realm (``/token``)
host ``production.cloudflare.docker.com``       the blob storage ("CDN")
any other host: ``/v2/``, ``/v2/<name>/          the registry (a served fake on 127.0.0.1
manifests|blobs/<ref>``, ``/v2/<name>/tags/list``  is registry, realm and CDN at once)
any other host: ``/token``, ``/registry-cdn/...``  the realm, the CDN
==============================================  ======================================

The registry speaks the distribution API's read side: manifests (GET and HEAD, content
negotiation by ``Accept``), blobs (a redirect to the CDN, which refuses any request
carrying ``Authorization``), the tag list (``n``/``last`` with a ``Link`` header) and the
token challenge. Pulls are counted (see :mod:`._registry_pulls`); an exhausted limit gets
429 ``TOOMANYREQUESTS``. :meth:`FakeRegistry.tamper` makes one manifest arrive altered.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from ._http import FakeRequest, FakeResponse
from ._registry_auth import IssuedToken, RegistryTokens
from ._registry_images import Built, build_image, digest_of
from ._registry_pulls import PullCounter
from ._state import State

__all__ = ["AUTH_HOST", "CDN_HOST", "REGISTRY_HOSTS", "FakeRegistry"]

REGISTRY_HOSTS = frozenset({"registry-1.docker.io", "registry.hub.docker.com"})
AUTH_HOST = "auth.docker.io"
CDN_HOST = "production.cloudflare.docker.com"
SERVICE = "registry.docker.io"
_NAME = r"(?P<name>[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*)"
_ROUTES = [
    (re.compile(r"^/v2/?$"), "base"),
    (re.compile(rf"^/v2/{_NAME}/manifests/(?P<ref>[^/]+)$"), "manifest"),
    (re.compile(rf"^/v2/{_NAME}/blobs/(?P<ref>[^/]+)$"), "blob"),
    (re.compile(rf"^/v2/{_NAME}/tags/list$"), "tags"),
]
_CDN_PREFIX = "/registry-cdn/"
#: Repositories the registry has that the Hub API does not list (Docker's pull-limit probe).
EXTRA_IMAGES = {
    ("ratelimitpreview/test", "latest"): [{"architecture": "amd64", "os": "linux"}],
}


def _error(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> FakeResponse:
    response = FakeResponse.json(status, {"errors": [{"code": code, "message": message}]})
    response.headers.update(headers or {})
    return response


class FakeRegistry:
    """The registry side of one :class:`~dockerhub.testing.FakeHub` (shares its state).

    Attributes:
        tokens: the realm; ``tokens.issued`` lists every token given out.
        pulls: the pull counter; ``pulls.pulls`` maps each source to its pull count and
            :meth:`set_pull_limit` changes a limit.
    """

    def __init__(self) -> None:
        self.tokens = RegistryTokens()
        self.pulls = PullCounter()
        self._built: dict[tuple[str, str], Built] = {}
        self._tampered: set[tuple[str, str]] = set()

    def reset(self) -> None:
        """Forget tokens, pulls, limits, tampering and built content."""
        self.tokens.clear()
        self.pulls.clear()
        self._built.clear()
        self._tampered.clear()

    def set_pull_limit(self, limit: int | None, *, account: str | None = None) -> None:
        """Pulls allowed per window for ``account`` (default: anonymous callers)."""
        self.pulls.set_limit(limit, account=account)

    def tamper(self, repository: str, reference: str = "latest") -> None:
        """Serve ``repository:reference``'s manifest with one byte changed (the digest
        header still names the original): a client must refuse it."""
        self._tampered.add((repository, reference))

    # ------------------------------------------------------------------ routing
    def _kind(self, request: FakeRequest) -> tuple[str, dict[str, str]] | None:
        host = urlsplit(request.base_url).hostname or ""
        path = request.path
        if host == AUTH_HOST or (host not in REGISTRY_HOSTS and path == "/token"):
            return "token", {}
        if host == CDN_HOST or (host not in REGISTRY_HOSTS and path.startswith(_CDN_PREFIX)):
            return "cdn", {}
        for pattern, kind in _ROUTES:
            found = pattern.match(path)
            if found is not None:
                return kind, found.groupdict()
        return ("unsupported", {}) if host in REGISTRY_HOSTS else None

    def owns(self, request: FakeRequest) -> bool:
        """Whether ``request`` is for the registry, its realm or its CDN."""
        return self._kind(request) is not None

    def handle(self, request: FakeRequest, state: State, now: float) -> FakeResponse:
        """Answer a request :meth:`owns` says is the registry's."""
        kind, params = self._kind(request) or ("unsupported", {})
        if kind == "token":
            return self.tokens.issue(request, state, now)
        if kind == "cdn":
            return self._cdn(request)
        if kind == "unsupported":
            return _error(404, "UNSUPPORTED", "not a registry endpoint")
        return self._registry(kind, params, request, state, now)

    def _urls(self, request: FakeRequest) -> tuple[str, str]:
        """The realm and the CDN base for a request (dedicated hosts for Docker's)."""
        host = urlsplit(request.base_url).hostname or ""
        if host in REGISTRY_HOSTS:
            return f"https://{AUTH_HOST}/token", f"https://{CDN_HOST}{_CDN_PREFIX}"
        return f"{request.base_url}/token", f"{request.base_url}{_CDN_PREFIX}"

    def _challenge(self, request: FakeRequest, name: str | None, message: str) -> FakeResponse:
        realm, _ = self._urls(request)
        value = f'Bearer realm="{realm}",service="{SERVICE}"'
        if name is not None:
            value += f',scope="repository:{name}:pull"'
        return _error(401, "UNAUTHORIZED", message, {"WWW-Authenticate": value})

    # ------------------------------------------------------------------ content
    def _content(self, state: State, name: str, tag: str) -> Built | None:
        key = (name, tag)
        if key in self._built:
            return self._built[key]
        namespace, _, repository = name.partition("/")
        repo = state.repos.get((namespace, repository))
        if repo is not None and tag in repo.tags:
            found = repo.tags[tag]
            built = build_image(name, tag, found.images, found.last_updated)
        elif key in EXTRA_IMAGES:
            built = build_image(name, tag, EXTRA_IMAGES[key], "2025-01-01T00:00:00Z")
        else:
            return None
        self._built[key] = built
        return built

    def _known(self, state: State, name: str) -> bool:
        namespace, _, repository = name.partition("/")
        return (namespace, repository) in state.repos or any(k[0] == name for k in EXTRA_IMAGES)

    def _tags(self, state: State, name: str) -> list[str]:
        namespace, _, repository = name.partition("/")
        repo = state.repos.get((namespace, repository))
        names = list(repo.tags) if repo is not None else []
        names += [tag for (extra, tag) in EXTRA_IMAGES if extra == name]
        return sorted(names)

    def _find(self, state: State, name: str, reference: str) -> tuple[str, bytes] | None:
        if reference.startswith("sha256:"):
            for tag in self._tags(state, name):
                built = self._content(state, name, tag)
                if built is not None and reference in built.manifests:
                    return built.manifests[reference]
            return None
        built = self._content(state, name, reference)
        return built.manifests[built.digest] if built is not None else None

    # ------------------------------------------------------------------ handlers
    def _registry(
        self, kind: str, params: dict[str, str], request: FakeRequest, state: State, now: float
    ) -> FakeResponse:
        name = params.get("name")
        token = self.tokens.check(request.headers.get("authorization"), now)
        if token is None:
            return self._challenge(request, name, "authentication required")
        if kind == "base":
            return FakeResponse.json(200, {})
        assert name is not None
        if name not in token.pull:
            if token.account is not None and self._known(state, name):
                return _error(403, "DENIED", "requested access to the resource is denied")
            return self._challenge(request, name, "authentication required")
        if not self._known(state, name):
            return _error(404, "NAME_UNKNOWN", f"repository {name} not found")
        if kind == "tags":
            return self._tag_list(request, state, name)
        if kind == "blob":
            return self._blob(request, state, name, params["ref"])
        return self._manifest(request, state, name, params["ref"], token, now)

    def _manifest(
        self,
        request: FakeRequest,
        state: State,
        name: str,
        reference: str,
        token: IssuedToken,
        now: float,
    ) -> FakeResponse:
        limits = self.pulls.headers(token.account, now)
        found = self._find(state, name, reference)
        if found is None:
            return _error(404, "MANIFEST_UNKNOWN", "manifest unknown", limits)
        media_type, content = found
        accept = request.headers.get("accept", "")
        offered = {part.split(";")[0].strip() for part in accept.split(",")}
        if accept and media_type not in offered and "*/*" not in offered:
            message = f"{media_type} found, but the Accept header does not list it"
            return _error(404, "MANIFEST_UNKNOWN", message, limits)
        if request.method == "GET":
            if self.pulls.exhausted(token.account, now):
                message = "You have reached your pull rate limit."
                return _error(429, "TOOMANYREQUESTS", message, limits)
            self.pulls.count(token.account, now)
            limits = self.pulls.headers(token.account, now)
        digest = digest_of(content)
        if (name, reference) in self._tampered:
            content = content.replace(b'"size": ', b'"size":  ', 1)
        headers = {"Content-Type": media_type, "Docker-Content-Digest": digest, **limits}
        return FakeResponse(200, content, headers)

    def _blob(self, request: FakeRequest, state: State, name: str, digest: str) -> FakeResponse:
        for tag in self._tags(state, name):
            built = self._content(state, name, tag)
            if built is not None and digest in built.blobs:
                _, cdn = self._urls(request)
                location = f"{cdn}{digest}?expires=3600&signature=fake"
                return FakeResponse(307, b"", {"Location": location})
        return _error(404, "BLOB_UNKNOWN", "blob unknown to registry")

    def _cdn(self, request: FakeRequest) -> FakeResponse:
        if "authorization" in request.headers:
            body = b"<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed"
            return FakeResponse(400, body + b"</Message></Error>", {"Content-Type": "text/xml"})
        digest = request.path.removeprefix(_CDN_PREFIX)
        for built in self._built.values():
            if digest in built.blobs:
                content = built.blobs[digest]
                return FakeResponse(200, content, {"Content-Type": "application/octet-stream"})
        return FakeResponse(404, b"<Error><Code>NoSuchKey</Code></Error>", {})

    def _tag_list(self, request: FakeRequest, state: State, name: str) -> FakeResponse:
        names = self._tags(state, name)
        last = request.param("last")
        if last is not None:
            names = [tag for tag in names if tag > last]
        size = request.param("n")
        response = FakeResponse.json(200, {"name": name, "tags": names})
        if size is not None and size.isdigit() and 0 < int(size) < len(names):
            page = names[: int(size)]
            response = FakeResponse.json(200, {"name": name, "tags": page})
            query = f"n={size}&last={quote(page[-1])}"
            response.headers["Link"] = f'</v2/{name}/tags/list?{query}>; rel="next"'
        return response
