"""``login``, ``logout``, ``whoami``, ``rate-limit``, and where credentials come from."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from dockerhub.cli import _credentials
from dockerhub.testing import FakeHub

from .helpers import ALICE_PASSWORD, ALICE_PAT, Run, as_json, paths

FAKE_URL = "http://fake-hub.test:5000"


def _stored(config: Path) -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads((config / "credentials.json").read_text())
    return data


def test_login_with_password_stdin_stores_a_private_file(run: Run, cli_env: Path) -> None:
    result = run("login", "alice", "--password-stdin", input=f"{ALICE_PASSWORD}\n")

    assert result.exit_code == 0, result.stderr
    assert "Login Succeeded: alice" in result.stdout
    assert ALICE_PASSWORD not in result.stdout + result.stderr
    file = cli_env / "credentials.json"
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(cli_env.stat().st_mode) == 0o700
    entry = _stored(cli_env)["https://hub.docker.com"]
    assert entry["username"] == "alice"
    assert entry["secret"] == ALICE_PASSWORD
    assert str(file) in result.stderr


def test_login_with_hidden_prompt_and_username_option(run: Run, cli_env: Path) -> None:
    result = run("login", "--username", "alice", input=f"{ALICE_PAT}\n")

    assert result.exit_code == 0, result.stderr
    assert ALICE_PAT not in result.stdout + result.stderr
    assert _stored(cli_env)["https://hub.docker.com"]["secret"] == ALICE_PAT


def test_login_prompts_for_the_username_too(run: Run, cli_env: Path) -> None:
    result = run("login", input=f"alice\n{ALICE_PASSWORD}\n")

    assert result.exit_code == 0, result.stderr
    assert _stored(cli_env)["https://hub.docker.com"]["username"] == "alice"


def test_login_json_output_has_no_secret(run: Run) -> None:
    result = run("--format", "json", "login", "alice", "--password-stdin", input=ALICE_PAT)

    data = as_json(result)
    assert data["username"] == "alice"
    assert data["renewable"] is True
    assert ALICE_PAT not in result.stdout + result.stderr


def test_refused_login_exits_3_and_stores_nothing(run: Run, cli_env: Path) -> None:
    result = run("login", "alice", "--password-stdin", input="wrong-password")

    assert result.exit_code == 3
    assert "password or access token" in result.stderr
    assert "--otp" in result.stderr
    assert result.stderr.count("\n") == 1
    assert "wrong-password" not in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert not (cli_env / "credentials.json").exists()


def test_login_with_second_factor_keeps_only_the_token(run: Run, cli_env: Path) -> None:
    result = run("login", "bob", "--password-stdin", "--otp", "123456", input="bob-password")

    assert result.exit_code == 0, result.stderr
    entry = _stored(cli_env)["https://hub.docker.com"]
    assert "secret" not in entry
    assert entry["token"].count(".") == 2
    whoami = run("--format", "json", "whoami")
    assert as_json(whoami)["username"] == "bob"


def test_stored_credentials_are_used_and_kept_per_base_url(run: Run, fake: FakeHub) -> None:
    assert (
        run(
            "--base-url", FAKE_URL, "login", "alice", "--password-stdin", input=ALICE_PASSWORD
        ).exit_code
        == 0
    )

    same = run("--base-url", FAKE_URL + "/", "--format", "json", "whoami")
    other = run("whoami")  # https://hub.docker.com: nobody logged in there

    assert as_json(same)["username"] == "alice"
    assert other.exit_code == 3
    assert "Hint: run `dockerhub login`" in other.stderr


def test_base_url_from_the_environment(
    run: Run, fake: FakeHub, monkeypatch: pytest.MonkeyPatch, cli_env: Path
) -> None:
    monkeypatch.setenv("DOCKER_HUB_BASE_URL", FAKE_URL)

    result = run("login", "alice", "--password-stdin", input=ALICE_PASSWORD)

    assert result.exit_code == 0, result.stderr
    assert FAKE_URL in result.stdout
    assert list(_stored(cli_env)) == [FAKE_URL]
    assert fake.requests[-1].headers["host"] == "fake-hub.test:5000"


def test_environment_credentials_win_over_stored_ones(
    run: Run, as_alice: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _credentials.save(
        "https://hub.docker.com",
        _credentials.StoredCredentials(username="carol", secret="carol-password"),
    )

    assert as_json(run("--format", "json", "whoami"))["username"] == "alice"
    monkeypatch.delenv("DOCKER_HUB_USERNAME")
    monkeypatch.delenv("DOCKER_HUB_TOKEN")
    assert as_json(run("--format", "json", "whoami"))["username"] == "carol"


def test_logout_removes_credentials_and_revokes_the_token(
    run: Run, fake: FakeHub, cli_env: Path
) -> None:
    run("login", "alice", "--password-stdin", input=ALICE_PASSWORD)
    result = run("logout")

    assert result.exit_code == 0, result.stderr
    assert "Removed login credentials" in result.stdout
    assert _stored(cli_env) == {}
    assert "/v2/logout/" in paths(fake, "POST")
    assert len(fake.state.revoked) == 1  # the login's token no longer works
    assert run("whoami").exit_code == 3


def test_logout_when_not_logged_in(run: Run) -> None:
    result = run("--format", "json", "logout")

    assert as_json(result) == {"base_url": "https://hub.docker.com", "removed": False}


def test_logout_still_forgets_when_the_hub_refuses(run: Run, fake: FakeHub, cli_env: Path) -> None:
    run("login", "alice", "--password-stdin", input=ALICE_PASSWORD)
    fake.fail_next(500, path="/v2/logout")

    result = run("logout")

    assert result.exit_code == 0
    assert "did not confirm" in result.stderr
    assert _stored(cli_env) == {}


def test_whoami_table_and_json(run: Run, as_alice: None) -> None:
    table = run("whoami")
    data = as_json(run("--format", "json", "whoami"))

    assert table.exit_code == 0
    assert "alice@example.com" in table.stdout
    assert data["username"] == "alice"
    assert data["email"] == "alice@example.com"


def test_rate_limit_shows_the_headers_of_a_cheap_request(run: Run, fake: FakeHub) -> None:
    fake.set_rate_limit(100, 3600)

    table = run("rate-limit")
    data = as_json(run("--format", "json", "rate-limit", "--repo", "library/nginx"))

    assert table.exit_code == 0, table.stderr
    assert "Remaining" in table.stdout
    assert data["limit"] == 100
    assert data["remaining"] == 98
    assert data["reset_at"].endswith("+00:00")
    assert data["rate_limited"] is False
    assert data["retry_after"] is None
    assert fake.requests[-1].method == "HEAD"


def test_keyring_is_skipped_when_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _credentials._keyring() is None
    monkeypatch.setenv("DOCKERHUB_SDK_KEYRING", "1")
    # No usable backend in the test environment either: keyring's fail backend is refused.
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert _credentials._keyring() is None


def test_keyring_backend_is_used_when_available(
    monkeypatch: pytest.MonkeyPatch, cli_env: Path
) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            del self.items[(service, username)]

    memory = MemoryKeyring()
    monkeypatch.setenv("DOCKERHUB_SDK_KEYRING", "1")
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    monkeypatch.setattr(keyring, "set_password", memory.set_password)
    monkeypatch.setattr(keyring, "get_password", memory.get_password)
    monkeypatch.setattr(keyring, "delete_password", memory.delete_password)
    creds = _credentials.StoredCredentials(username="alice", secret=ALICE_PAT)

    assert _credentials.save("https://hub.docker.com", creds) == "keyring"
    loaded = _credentials.load("https://hub.docker.com")
    assert loaded is not None
    assert (loaded.username, loaded.secret, loaded.location) == ("alice", ALICE_PAT, "keyring")
    assert not (cli_env / "credentials.json").exists()
    assert ALICE_PAT not in repr(loaded)
    assert _credentials.delete("https://hub.docker.com") is True
    assert _credentials.load("https://hub.docker.com") is None


def test_config_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DOCKERHUB_SDK_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))

    assert _credentials.config_dir() == tmp_path / "xdg" / "dockerhub-sdk"
