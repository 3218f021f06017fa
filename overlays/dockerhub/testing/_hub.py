"""``FakeHub``: the stateful in-memory Docker Hub and the pipeline every request takes.

A request flows: record → rate limit → injected failure → route → authentication →
token scopes (``_scopes``) → handler, all under one lock, and always leaves with
``X-RateLimit-*`` headers. The
transports and the HTTP server only translate to and from :class:`FakeRequest`.
"""

from __future__ import annotations

import enum
import functools
import json
import re
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._context import Context
from ._faults import DEFAULT_RATE_LIMIT, FailureInjector, RateLimiter
from ._http import FakeRequest, FakeResponse, HubError, Router
from ._jwt import JwtError, JwtSigner
from ._recording import RecordedRequest, record
from ._registry import FakeRegistry
from ._routes_audit import router as _audit
from ._routes_auth import router as _auth
from ._routes_builds import router as _builds
from ._routes_collab import router as _collab
from ._routes_orgs import router as _orgs
from ._routes_pipelines import router as _pipelines
from ._routes_registry_access import router as _registry_access
from ._routes_repo_access import router as _repo_access
from ._routes_repos import router as _repos
from ._routes_scim import SCIM_PREFIX
from ._routes_scim import router as _scim
from ._routes_tags import router as _tags
from ._routes_teams import router as _teams
from ._routes_tokens import router as _tokens
from ._scopes import check_route
from ._seed import SeedSource, default_seed, load_seed
from ._state import Principal, State

if TYPE_CHECKING:
    import httpx

    from ._server import RunningServer

__all__ = ["DEFAULT_SEED", "FakeHub"]


class _Default(enum.Enum):
    SEED = "default"


#: Sentinel meaning "the packaged seed.json" for ``FakeHub(seed=...)``.
DEFAULT_SEED = _Default.SEED

_ROUTER = Router()
for _part in (_auth, _repos, _tags, _collab, _builds, _tokens, _orgs, _teams, _audit):
    _ROUTER.include(_part)
for _part in (_repo_access, _pipelines, _registry_access, _scim):  # beyond the reference
    _ROUTER.include(_part)


class FakeHub:
    """An in-memory, stateful, thread-safe Docker Hub for tests.

    ``seed`` is the packaged seed by default, ``None`` for an empty hub, or a path or
    mapping in the seed format. ``clock`` returns unix time and drives JWT expiry and
    rate-limit windows; ``token_lifetime`` is the JWT lifetime in seconds; ``latency``
    is slept before each request (``time.sleep`` or ``anyio.sleep`` for async).

    For assertions, ``requests`` lists every request received (credential-free) and
    ``state`` is the live data (``state.repos[("alice", "web")]``, ``state.users``...).
    Knobs: :meth:`fail_next`, :meth:`set_rate_limit`, :meth:`token_for`, :meth:`reset`.
    ``registry`` is the OCI registry served next to the API (registry hosts such as
    ``registry-1.docker.io`` are routed to it): ``registry.set_pull_limit()``,
    ``registry.tamper()``, ``registry.pulls.pulls``, ``registry.tokens.issued``.
    """

    def __init__(
        self,
        seed: SeedSource | _Default | None = DEFAULT_SEED,
        *,
        clock: Callable[[], float] = time.time,
        token_lifetime: float = 600.0,
        latency: float = 0.0,
    ) -> None:
        self._lock = threading.RLock()
        self._seed = seed
        self._signer = JwtSigner()
        self.clock = clock
        self.token_lifetime = token_lifetime
        self.latency = latency
        #: Every request received, oldest first (see :class:`RecordedRequest`).
        self.requests: list[RecordedRequest] = []
        self._failures = FailureInjector()
        self._limiter = RateLimiter(*DEFAULT_RATE_LIMIT)
        self.state = State()
        #: The OCI registry served next to the Hub API (tokens, pulls, limits; see
        #: :class:`~dockerhub.testing._registry.FakeRegistry`).
        self.registry = FakeRegistry()
        self._load()

    def __repr__(self) -> str:
        return f"FakeHub(users={len(self.state.users)}, repositories={len(self.state.repos)})"

    def _load(self) -> None:
        self.state = State()
        if self._seed is DEFAULT_SEED:
            load_seed(self.state, default_seed())
        elif self._seed is not None and not isinstance(self._seed, _Default):
            load_seed(self.state, self._seed)

    # ------------------------------------------------------------------ knobs
    def reset(self) -> None:
        """Reload the seed and forget requests, pending failures and rate-limit counts."""
        with self._lock:
            self._load()
            self.requests.clear()
            self._failures.clear()
            self._limiter.configure(self._limiter.limit, self._limiter.window)
            self.registry.reset()

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        path: str | None = None,
        body: Mapping[str, Any] | list[Any] | str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
        content_type: str | None = None,
    ) -> None:
        """Answer the next ``times`` matching requests with ``status`` instead.

        ``path`` is a prefix or a regular expression searched in the request path
        (None matches every request). ``body`` defaults to ``{"detail": <reason>}``; a
        str/bytes body (e.g. an HTML edge page) is sent as ``text/html`` unless
        ``content_type`` says otherwise. A 429 carries ``Retry-After: 1`` by default.
        """
        with self._lock:
            self._failures.add(
                status,
                times=times,
                path=path,
                body=body,
                headers=headers,
                content_type=content_type,
            )

    def set_rate_limit(self, limit: int, window_seconds: float) -> None:
        """Allow ``limit`` requests per fixed window of ``window_seconds``; then 429."""
        with self._lock:
            self._limiter.configure(limit, window_seconds)

    def token_for(self, username: str) -> str:
        """A valid session JWT for an existing user, skipping the login dance."""
        with self._lock:
            user = self.state.users[username]
            return self._context(_EMPTY_REQUEST, {}, None).issue(user.id, user.username)

    # ------------------------------------------------------------------ serving
    def transport(self) -> httpx.BaseTransport:
        """An ``httpx`` transport answering from this hub in-process (no socket)."""
        from ._transport import FakeHubTransport

        return FakeHubTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An ``httpx`` async transport answering from this hub in-process."""
        from ._transport import AsyncFakeHubTransport

        return AsyncFakeHubTransport(self)

    def serve(self, port: int = 0, host: str = "127.0.0.1") -> RunningServer:
        """Serve this hub over real HTTP in a background thread (``port=0``: any free)."""
        from ._server import start_server

        return start_server(self, host=host, port=port)

    # ------------------------------------------------------------------ pipeline
    def handle(self, request: FakeRequest) -> FakeResponse:
        """Answer one request (the whole pipeline, without the latency sleep)."""
        with self._lock:
            self.requests.append(record(request))
            now = self.clock()
            if self.registry.owns(request):
                failure = self._failures.take(request.path)
                response = failure or self.registry.handle(request, self.state, now)
            else:
                allowed, limit_headers = self._limiter.admit(now)
                if not allowed:
                    response = RateLimiter.rejection(limit_headers)
                else:
                    response = self._failures.take(request.path) or self._dispatch(request)
                    for name, value in limit_headers.items():
                        response.headers.setdefault(name, value)
            if request.method == "HEAD":
                response.body = b""
            return response

    def _dispatch(self, request: FakeRequest) -> FakeResponse:
        try:
            try:
                route, params = _ROUTER.resolve(request.method, request.path)
            except HubError as miss:
                operation = spec_operation(request.method, request.path)
                if operation is None:
                    raise
                raise HubError(
                    501, f"FakeHub does not implement {operation} ({request.method} {request.path})"
                ) from miss
            if request.path.startswith(SCIM_PREFIX):  # the SCIM routes check their own token
                return route.handler(self._context(request, params, None))
            principal = self._authenticate(request)
            self._check_scopes(request, route.method, route.template, params, principal)
            return route.handler(self._context(request, params, principal))
        except HubError as error:
            return error.to_response()
        except Exception as exc:  # a bug in the fake: say so loudly, as a 500
            return FakeResponse.json(500, {"detail": f"FakeHub internal error: {exc!r}"})

    def _context(
        self, request: FakeRequest, params: dict[str, str], principal: Principal | None
    ) -> Context:
        return Context(
            request=request,
            params=params,
            state=self.state,
            principal=principal,
            clock=self.clock,
            signer=self._signer,
            token_lifetime=self.token_lifetime,
        )

    def _check_scopes(
        self,
        request: FakeRequest,
        method: str,
        template: str,
        params: dict[str, str],
        principal: Principal | None,
    ) -> None:
        """403 when the caller's token may not use this route (see ``_scopes``)."""
        if principal is None or (principal.scopes is None and principal.org_token is None):
            return
        target = _target(request, params)
        repo = self.state.repos.get(target) if target is not None else None
        if repo is not None and not self.state.can_see(principal, repo):
            return  # hidden from this token: the handler answers 404, as the Hub does
        token = self.state.org_tokens.get(principal.org_token or "")
        check_route(
            method,
            template,
            pat_scopes=principal.scopes,
            oat_resources=token.resources if token is not None else None,
            target=target,
            public=repo is not None and not repo.is_private,
        )

    def _authenticate(self, request: FakeRequest) -> Principal | None:
        header = request.headers.get("authorization")
        if header is None:
            return None
        scheme, _, token = header.strip().partition(" ")
        token = token.strip()
        if scheme.lower() not in {"bearer", "jwt"} or not token:
            raise HubError(401, "Invalid Authorization header.")
        if token.startswith(("dckr_pat_", "dckr_oat_")):
            raise HubError(401, "Access tokens must be exchanged at /v2/auth/token first.")
        try:
            claims = self._signer.verify(token, now=self.clock())
        except JwtError as exc:
            raise HubError(401, str(exc)) from None
        jti, name, oat = claims.get("jti"), claims.get("username"), claims.get("oat")
        if claims.get("purpose") or not isinstance(jti, str) or jti in self.state.revoked:
            raise HubError(401, "Token is invalid or revoked.")
        if oat is not None:
            token_obj = self.state.org_tokens.get(str(oat))
            if token_obj is None or not token_obj.is_active:
                raise HubError(401, "Token is invalid or revoked.")
        elif name not in self.state.users:
            raise HubError(401, "Token is invalid or revoked.")
        scopes = claims.get("scopes")
        return Principal(
            str(name),
            jti,
            None if oat is None else str(oat),
            tuple(str(s) for s in scopes) if isinstance(scopes, list) else None,
        )

    @staticmethod
    def routes() -> list[tuple[str, str]]:
        """Every ``(method, path template)`` the fake serves (HEAD follows GET)."""
        return _ROUTER.templates()


@functools.cache
def _spec_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """The spec's operations as ``(METHOD, path regex, operationId)``."""
    from dockerhub_client.facade import SPEC_OPERATIONS

    found = []
    for method, path, name in SPEC_OPERATIONS:
        parts = re.split(r"\{\w+\}", path.rstrip("/"))
        pattern = "[^/]+".join(re.escape(part) for part in parts)
        found.append((method, re.compile(f"^{pattern}/?$"), name))
    return tuple(found)


def spec_operation(method: str, path: str) -> str | None:
    """The spec's operationId for ``method`` + ``path``, if the spec describes it."""
    wanted = "GET" if method == "HEAD" else method
    for candidate in dict.fromkeys((method, wanted)):
        for spec_method, pattern, name in _spec_patterns():
            if spec_method == candidate and pattern.match(path):
                return name
    return None


_EMPTY_REQUEST = FakeRequest("GET", "/", {}, {}, b"", "http://fake")


def _target(request: FakeRequest, params: dict[str, str]) -> tuple[str, str] | None:
    """The ``(namespace, name)`` a repository route acts on (a create's from its body)."""
    namespace = params.get("namespace")
    name = params.get("repository")
    if name is None and request.method == "POST":
        try:
            body = json.loads(request.body or b"null")
        except ValueError:
            body = None
        if isinstance(body, dict):
            namespace = namespace or body.get("namespace")
            name = body.get("name")
    if isinstance(namespace, str) and isinstance(name, str):
        return namespace, name
    return None
