"""Build, publish to a private index, install from it, and call the installed SDK.

Proves the packaging issue end to end, with nothing but loopback servers:

1. ``make dist`` builds a wheel and an sdist (into a temporary directory) that pass
   ``scripts/check_dist.py`` and ``twine check --strict``.
2. A throwaway ``pypiserver`` runs on 127.0.0.1 with an htpasswd file, no fallback to the
   public index, and authentication on upload, download and listing.
3. ``make publish`` uploads with the right password; a wrong password is refused and never
   echoed; publishing the same version again is refused.
4. A clean virtualenv installs ``dockerhub-sdk`` with ``pip install --index-url`` pointing at
   that index only (the runtime dependencies were put on the index beforehand, from
   ``pip download``, cached in ``.pytest_cache`` across runs), then starts the installed fake
   Hub and makes a typed call against it.

The only traffic beyond 127.0.0.1 is to the package registry: the build backend for
``python -m build`` and, on the first run only, the dependency wheels.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement

import dockerhub

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
USER = "publisher"
BIN = "Scripts" if os.name == "nt" else "bin"
# Inherited settings that would change what make or twine do: an outer `make test` passes
# its command-line variables down through MAKEFLAGS, and TWINE_*/INDEX_* could add
# credentials or another index.
_SCRUBBED = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "TWINE_", "INDEX_")


@dataclass(frozen=True)
class Index:
    """A running private index: where it is, who may write to it, where its files live."""

    url: str
    password: str
    packages: Path

    def simple_url(self, password: str | None = None) -> str:
        """The ``/simple/`` URL with credentials, as pip needs it for an authenticated index."""
        host = self.url.removeprefix("http://")
        return f"http://{USER}:{password or self.password}@{host}simple/"


def _clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without make/twine/index settings, plus ``extra``.

    pip settings (a mirror, a certificate) stay: ``make dist`` and the dependency download
    use the package registry the way the developer has configured it.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(_SCRUBBED)}
    return {**env, **extra}


def _private_pip_env() -> dict[str, str]:
    """An environment in which pip knows no index, cache or link but the ones it is given."""
    env = {k: v for k, v in _clean_env().items() if not k.startswith("PIP_")}
    return {**env, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


def _run(
    command: list[str], *, timeout: float, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with stdout and stderr merged, bounded by ``timeout`` seconds."""
    return subprocess.run(
        command,
        cwd=cwd,
        env=env if env is not None else _clean_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
        check=False,
    )


def _make(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``make`` in the project root, driving the interpreter that runs these tests."""
    # -o: the venv running the tests already has build and twine; never reinstall it here.
    venv = sys.prefix
    stamp = f"{venv}/.dev-stamp"
    command = ["make", "--no-print-directory", "-o", stamp, f"VENV={venv}", f"PY={sys.executable}"]
    return _run([*command, *args], env=env, timeout=300)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen[str]) -> None:
    """Terminate ``process`` and wait for it; kill it if it does not exit in time."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _wait_until_up(url: str, process: subprocess.Popen[str], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    pytest.fail(f"{url} not up after {timeout}s:\n{log.read_text()}")


def _first_url(process: subprocess.Popen[str], timeout: float) -> str:
    """The first ``http://127.0.0.1:PORT`` URL that ``process`` prints, within ``timeout``."""
    found: list[str] = []
    seen: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            seen.append(line)
            match = re.search(r"http://127\.0\.0\.1:\d+", line)
            if match:
                found.append(match.group(0))
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    if not found:
        pytest.fail(f"no URL printed within {timeout}s: {''.join(seen)!r}")
    return found[0]


def _runtime_requirements(wheel: Path) -> list[str]:
    """The wheel's ``Requires-Dist`` lines that apply without extras on this interpreter."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = HeaderParser().parsestr(archive.read(name).decode())
    environment = {**default_environment(), "extra": ""}
    requirements = []
    for line in metadata.get_all("Requires-Dist") or []:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate(environment):
            requirement.marker = None
            requirements.append(str(requirement))
    return requirements


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh ``make dist`` into a temporary directory (the work tree's dist/ is untouched)."""
    out = tmp_path_factory.mktemp("dist")
    result = _make("dist", f"DIST={out}")
    assert result.returncode == 0, result.stdout
    assert "check_dist: " in result.stdout and "are complete" in result.stdout, result.stdout
    assert result.stdout.count("PASSED") == 2, result.stdout
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    (found,) = dist.glob("*.whl")
    return found


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    """pypiserver on 127.0.0.1: htpasswd auth for everything, no fallback to the public index."""
    root = tmp_path_factory.mktemp("index")
    packages = root / "packages"
    packages.mkdir()
    password = secrets.token_hex(16)
    with warnings.catch_warnings():  # passlib 1.7.4 imports the deprecated `crypt` module
        warnings.simplefilter("ignore", DeprecationWarning)
        from passlib.apache import HtpasswdFile
    htpasswd = HtpasswdFile(str(root / "htpasswd"), new=True, default_scheme="apr_md5_crypt")
    htpasswd.set_password(USER, password)
    htpasswd.save()
    port = _free_port()
    log = root / "pypiserver.log"
    command = [
        *(sys.executable, "-m", "pypiserver", "run"),
        *("--host", "127.0.0.1", "--port", str(port)),
        *("--passwords", str(root / "htpasswd"), "--authenticate", "update,download,list"),
        *("--disable-fallback", "--server", "wsgiref", "--backend", "simple-dir"),
        str(packages),
    ]
    with log.open("w") as log_file:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT, text=True
        )
    try:
        _wait_until_up(f"http://127.0.0.1:{port}/health", process, log, timeout=30)
        yield Index(url=f"http://127.0.0.1:{port}/", password=password, packages=packages)
    finally:
        _stop(process)


@pytest.fixture(scope="module")
def published(index: Index, dist: Path) -> Index:
    """The index after a successful ``make publish`` (credentials on make's command line)."""
    result = _make(
        "publish",
        f"DIST={dist}",
        f"INDEX_URL={index.url}",
        f"INDEX_USER={USER}",
        f"INDEX_PASSWORD={index.password}",
    )
    assert result.returncode == 0, result.stdout
    assert index.password not in result.stdout
    assert sorted(p.name for p in index.packages.iterdir()) == sorted(
        p.name for p in dist.iterdir()
    )
    return index


@pytest.fixture(scope="module")
def dependency_wheels(request: pytest.FixtureRequest, wheel: Path) -> Path:
    """Wheels of the runtime dependencies, from the package registry once, then from a cache."""
    tag = f"py{sys.version_info.major}{sys.version_info.minor}"
    cache = request.config.cache.mkdir(f"e2e-dependency-wheels-{tag}")
    requirements = _runtime_requirements(wheel)
    download = [sys.executable, "-m", "pip", "download", "--only-binary=:all:", "-d", str(cache)]
    offline = _run([*download, "--no-index", "--find-links", str(cache), *requirements], timeout=60)
    if offline.returncode != 0:
        online = _run([*download, *requirements], timeout=240)
        assert online.returncode == 0, online.stdout
    return cache


def test_dist_version_is_the_single_source(wheel: Path, dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    assert wheel.name == f"dockerhub_sdk-{dockerhub.__version__}-py3-none-any.whl"
    assert sdist.name == f"dockerhub_sdk-{dockerhub.__version__}.tar.gz"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        spec = archive.read("dockerhub/spec/dockerhub.yaml")
    assert spec == (ROOT / "spec" / "dockerhub.yaml").read_bytes()
    assert {"dockerhub/py.typed", "dockerhub_client/py.typed"} <= names
    assert not any(n.startswith(("tests/", ".venv")) for n in names)


def test_publish_without_index_url_or_dist_fails_clearly(tmp_path: Path, dist: Path) -> None:
    missing_url = _make("publish", f"DIST={dist}")
    assert missing_url.returncode != 0
    assert "INDEX_URL is not set" in missing_url.stdout

    empty = tmp_path / "empty"
    empty.mkdir()
    no_files = _make("publish", f"DIST={empty}", env=_clean_env(INDEX_URL="http://127.0.0.1:9/"))
    assert no_files.returncode != 0
    assert "run `make dist` first" in no_files.stdout

    with_credentials = _make(
        "publish", f"DIST={dist}", env=_clean_env(INDEX_URL="http://u:hunter2@127.0.0.1:9/")
    )
    assert with_credentials.returncode != 0
    assert "must not contain credentials" in with_credentials.stdout
    assert "hunter2" not in with_credentials.stdout


def test_wrong_password_is_refused_and_not_echoed(index: Index, dist: Path) -> None:
    wrong = secrets.token_hex(16)
    before = sorted(index.packages.iterdir())
    env = _clean_env(INDEX_URL=index.url, INDEX_USER=USER, INDEX_PASSWORD=wrong)
    result = _make("publish", f"DIST={dist}", env=env)
    assert result.returncode != 0, result.stdout
    assert "refused the credentials" in result.stdout, result.stdout
    assert wrong not in result.stdout
    assert index.password not in result.stdout
    assert sorted(index.packages.iterdir()) == before


def test_republishing_the_same_version_is_refused(published: Index, dist: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in published.packages.iterdir()}
    env = _clean_env(INDEX_URL=published.url, INDEX_USER=USER, INDEX_PASSWORD=published.password)
    result = _make("publish", f"DIST={dist}", env=env)
    assert result.returncode != 0, result.stdout
    # pypiserver answers twine with 400 (as pypi.org does), naming the reason in the body.
    assert "already exists" in result.stdout, result.stdout
    assert "already on the index" in result.stdout
    assert published.password not in result.stdout
    assert {p.name: p.stat().st_mtime_ns for p in published.packages.iterdir()} == before


def test_install_from_the_private_index_and_call_the_fake_hub(
    published: Index, dependency_wheels: Path, tmp_path: Path
) -> None:
    for cached in dependency_wheels.glob("*.whl"):
        shutil.copy2(cached, published.packages / cached.name)
    venv = tmp_path / "venv"
    created = _run([sys.executable, "-m", "venv", str(venv)], env=_private_pip_env(), timeout=120)
    assert created.returncode == 0, created.stdout
    python = str(venv / BIN / "python")
    pip_install = [python, "-m", "pip", "install", "--no-input", "--no-cache-dir"]
    version = dockerhub.__version__

    # Without credentials the private index says no: downloads really are authenticated.
    anonymous = published.url + "simple/"
    refused = _run(
        [*pip_install, "--index-url", anonymous, "attrs"], env=_private_pip_env(), timeout=120
    )
    assert refused.returncode != 0

    install = _run(
        [*pip_install, "--index-url", published.simple_url(), f"dockerhub-sdk=={version}"],
        env=_private_pip_env(),
        timeout=240,
    )
    assert install.returncode == 0, install.stdout
    assert published.password not in install.stdout

    hub = subprocess.Popen(
        [python, "-m", "dockerhub.testing", "--host", "127.0.0.1", "--port", "0"],
        cwd=tmp_path,
        env=_private_pip_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = _first_url(hub, timeout=30)
        script = tmp_path / "call_hub.py"
        script.write_text(
            "import importlib.metadata, importlib.resources, sys\n"
            "import dockerhub\n"
            "from dockerhub import DockerHub\n"
            "from dockerhub.models import Repository\n"
            "assert sys.prefix != sys.base_prefix\n"
            f"assert dockerhub.__file__.startswith({str(venv)!r}), dockerhub.__file__\n"
            "assert dockerhub.__version__ == importlib.metadata.version('dockerhub-sdk')\n"
            "spec = importlib.resources.files('dockerhub') / 'spec' / 'dockerhub.yaml'\n"
            "assert spec.read_text().startswith('openapi'), spec\n"
            f"with DockerHub(base_url={url!r}) as hub:\n"
            "    r = hub.repository('library/nginx')\n"
            "assert isinstance(r, Repository), type(r)\n"
            "print(dockerhub.__version__, r.namespace, r.name)\n"
        )
        called = _run([python, str(script)], cwd=tmp_path, env=_private_pip_env(), timeout=60)
        assert called.returncode == 0, called.stdout
        assert called.stdout.split() == [version, "library", "nginx"]
    finally:
        _stop(hub)
