"""Where ``dockerhub login`` keeps credentials: the OS keyring, else a private file.

One entry per base URL, so logging in to a fake Hub never replaces the real Hub's
credentials. An entry holds the username and the secret (password or access token), so the
CLI can exchange it for a fresh token on every run, plus the JWT the login produced: the
only thing usable after a second-factor login (then no secret is kept, as it could not be
exchanged without a new code) and what ``logout`` revokes.

The keyring is used when a real backend is available (not keyring's fail or null
backend) and ``DOCKERHUB_SDK_KEYRING`` is not ``0``. Otherwise entries go to
``credentials.json`` in ``$DOCKERHUB_SDK_CONFIG_DIR``, else
``$XDG_CONFIG_HOME/dockerhub-sdk``, else ``~/.config/dockerhub-sdk``; the directory is
created with mode 0700 and the file is written with mode 0600.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["StoredCredentials", "config_dir", "delete", "load", "save"]

_SERVICE = "dockerhub-sdk"
_FILE_NAME = "credentials.json"


@dataclass(frozen=True, slots=True)
class StoredCredentials:
    """One base URL's stored login (secrets hidden from ``repr``).

    Attributes:
        username: who logged in.
        secret: the password or access token, or ``None`` after a second-factor login.
        token: the JWT the login produced, when known.
        location: where the entry lives (``"keyring"`` or the file's path).
    """

    username: str
    secret: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    location: str = ""

    def to_json(self) -> dict[str, str]:
        """The entry as stored (without ``location``)."""
        data = {"username": self.username}
        if self.secret:
            data["secret"] = self.secret
        if self.token:
            data["token"] = self.token
        return data


def config_dir() -> Path:
    """The directory holding the credentials file (see the module docstring)."""
    override = os.environ.get("DOCKERHUB_SDK_CONFIG_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "dockerhub-sdk"


def _credentials_file() -> Path:
    return config_dir() / _FILE_NAME


def _keyring() -> Any | None:
    """The keyring module when a usable backend is configured, else ``None``."""
    if os.environ.get("DOCKERHUB_SDK_KEYRING", "1").strip().lower() in ("0", "false", "no"):
        return None
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except ImportError:  # pragma: no cover - keyring is part of the cli extra
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: fall back to the file
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return keyring


def _parse(raw: Any, location: str) -> StoredCredentials | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("username"), str):
        return None
    secret = raw.get("secret")
    token = raw.get("token")
    return StoredCredentials(
        username=raw["username"],
        secret=secret if isinstance(secret, str) and secret else None,
        token=token if isinstance(token, str) and token else None,
        location=location,
    )


def _read_file() -> dict[str, Any]:
    path = _credentials_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except ValueError as exc:
        raise ValueError(f"{path} is not valid JSON; remove it and log in again") from exc
    return data if isinstance(data, dict) else {}


def _write_file(entries: dict[str, Any]) -> Path:
    path = _credentials_file()
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # mkstemp creates the file with mode 0600; replacing keeps no window with wider rights.
    fd, tmp = tempfile.mkstemp(prefix=".credentials-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(entries, handle, indent=2, sort_keys=True)
            handle.write("\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def save(base_url: str, credentials: StoredCredentials) -> str:
    """Store ``credentials`` for ``base_url``; return where (``"keyring"`` or a path)."""
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.set_password(_SERVICE, base_url, json.dumps(credentials.to_json()))
        except keyring.errors.KeyringError:
            pass
        else:
            _forget_in_file(base_url)
            return "keyring"
    entries = _read_file()
    entries[base_url] = credentials.to_json()
    return str(_write_file(entries))


def load(base_url: str) -> StoredCredentials | None:
    """The credentials stored for ``base_url``, or ``None``."""
    keyring = _keyring()
    if keyring is not None:
        try:
            raw = keyring.get_password(_SERVICE, base_url)
        except keyring.errors.KeyringError:
            raw = None
        if raw:
            try:
                found = _parse(json.loads(raw), "keyring")
            except ValueError:
                found = None
            if found is not None:
                return found
    return _parse(_read_file().get(base_url), str(_credentials_file()))


def _forget_in_file(base_url: str) -> bool:
    try:
        entries = _read_file()
    except ValueError:
        return False
    if base_url not in entries:
        return False
    del entries[base_url]
    _write_file(entries)
    return True


def delete(base_url: str) -> bool:
    """Remove what is stored for ``base_url``; return whether anything was."""
    removed = False
    keyring = _keyring()
    if keyring is not None:
        try:
            if keyring.get_password(_SERVICE, base_url) is not None:
                keyring.delete_password(_SERVICE, base_url)
                removed = True
        except keyring.errors.KeyringError:
            pass
    return _forget_in_file(base_url) or removed
