"""The one redactor: every error text, ``repr`` and log line of the SDK passes through it.

It hides two kinds of secret:

- **known ones**: every password, personal or organization access token, JWT, refresh token
  and second-factor token the SDK has held or received in this process. :class:`HubAuth
  <dockerhub._auth.HubAuth>` and the error builder register them with :func:`register` the
  moment they are set or arrive, so a server echoing one back (``{"detail": "bad token
  ..."}``) or an httpx message quoting a header cannot show it;
- **shaped ones**: anything that looks like a JWT (three base64url parts, the first a JSON
  header), a Docker access token (``dckr_pat_``/``dckr_oat_`` followed by its body), or the
  value after ``Bearer``.

Each is replaced with ``***``. Known secrets are remembered process-wide (a bounded set of
the most recent ones; older JWTs still match by their shape), because an error may be
built far from the client that held the secret. Secrets shorter than
:data:`MIN_SECRET_LENGTH` are not registered: hiding every ``"ab"`` in a message would
destroy it while protecting nothing.

:class:`RedactingFilter` applies the same function to log records; :func:`install_log_filters`
puts it on the ``dockerhub`` and ``httpx`` loggers (idempotently), so httpx's own request
lines are covered too.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict

__all__ = [
    "MIN_SECRET_LENGTH",
    "PLACEHOLDER",
    "RedactingFilter",
    "install_log_filters",
    "redact",
    "register",
]

PLACEHOLDER = "***"
MIN_SECRET_LENGTH = 4
_MAX_KNOWN = 512

_SHAPES = re.compile(
    r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"  # a JWT: base64url({"...}).payload.sig
    r"|dckr_(?:pat|oat)_[A-Za-z0-9_-]+"  # a Docker personal or organization access token
    r"|(?<=Bearer )[^\s'\"]+",  # whatever follows "Bearer "
    re.IGNORECASE,
)

_lock = threading.Lock()
_known: OrderedDict[str, None] = OrderedDict()
_pattern: re.Pattern[str] | None = None


def register(*secrets: str | None) -> None:
    """Remember secrets to hide from now on (``None``, empty and too-short values are skipped).

    A secret with surrounding whitespace is also remembered stripped, so a token that
    arrived with a trailing newline is hidden in either form.
    """
    global _pattern
    added = False
    with _lock:
        for secret in secrets:
            if not isinstance(secret, str):
                continue
            for form in {secret, secret.strip()}:
                if len(form) < MIN_SECRET_LENGTH:
                    continue
                if form in _known:
                    _known.move_to_end(form)
                    continue
                _known[form] = None
                added = True
                while len(_known) > _MAX_KNOWN:
                    _known.popitem(last=False)
        if added:
            # Longest first, so a secret containing another is replaced whole.
            alternatives = sorted(_known, key=len, reverse=True)
            _pattern = re.compile("|".join(re.escape(s) for s in alternatives))


def redact(text: str) -> str:
    """``text`` with every known and secret-shaped value replaced by ``***``."""
    if not text:
        return text
    pattern = _pattern
    if pattern is not None:
        text = pattern.sub(PLACEHOLDER, text)
    return _SHAPES.sub(PLACEHOLDER, text)


class RedactingFilter(logging.Filter):
    """A logging filter that redacts a record's formatted message (it never drops records).

    The record's ``msg`` becomes the redacted message and ``args`` are emptied, so a handler
    formatting it later cannot bring the secret back.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact ``record`` in place; always keep it."""
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to logging's own error path
            return True
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = ()
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_FILTER = RedactingFilter()
# Filters apply to records logged on the logger itself, not on its children: name each.
_LOGGERS = (
    "dockerhub",
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)


def install_log_filters() -> None:
    """Put the redacting filter on the ``dockerhub``, ``httpx`` and ``httpcore`` loggers (once)."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
