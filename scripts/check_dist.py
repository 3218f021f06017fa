"""Check that a built wheel and sdist hold what dockerhub-sdk promises to ship.

Usage: ``python scripts/check_dist.py [DIST_DIR]`` (default ``dist``). Exactly one wheel
and one sdist must be there, both carrying the version in ``overlays/dockerhub/_version.py``.

The wheel must contain both import packages (``dockerhub_client``, ``dockerhub``) with a
``py.typed`` marker each, the OpenAPI document at ``dockerhub/spec/dockerhub.yaml`` and the
license under ``*.dist-info/licenses/``, and nothing from the work tree that does not
belong in an install (``tests/``, virtualenvs, byte code, VCS or tool caches). The sdist
must hold the sources the wheel is built from. Prints one line per problem and exits 1
when there is any, else prints a one-line summary and exits 0.
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
import zipfile
from email.parser import HeaderParser
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = ROOT / "overlays" / "dockerhub" / "_version.py"
DISTRIBUTION = "dockerhub_sdk"

WHEEL_REQUIRED = (
    "dockerhub_client/__init__.py",
    "dockerhub_client/py.typed",
    "dockerhub/__init__.py",
    "dockerhub/_version.py",
    "dockerhub/py.typed",
    "dockerhub/spec/dockerhub.yaml",
)
SDIST_REQUIRED = (
    "pyproject.toml",
    "PKG-INFO",
    "LICENSE",
    "README.md",
    "spec/dockerhub.yaml",
    "client/dockerhub_client/__init__.py",
    "client/dockerhub_client/py.typed",
    "overlays/dockerhub/__init__.py",
    "overlays/dockerhub/_version.py",
    "overlays/dockerhub/py.typed",
)
# Path parts that never belong in a wheel (``dockerhub/testing`` is the shipped fake Hub,
# not a test suite, so it is not matched by ``tests``).
FORBIDDEN_PARTS = frozenset(
    {
        "tests",
        ".venv",
        ".venv-3.12",
        "venv",
        "__pycache__",
        ".git",
        ".pytest_cache",
        ".mypy_cache",
        ".ruff_cache",
        ".hypothesis",
        "node_modules",
    }
)
FORBIDDEN_SUFFIXES = (".pyc", ".pyo")


def source_version() -> str:
    """The version written in ``overlays/dockerhub/_version.py``, read without importing."""
    match = re.search(
        r"""^__version__\s*=\s*["']([^"']+)["']""", VERSION_FILE.read_text(), re.MULTILINE
    )
    if match is None:
        raise SystemExit(f"check_dist: no __version__ in {VERSION_FILE}")
    return match.group(1)


def _forbidden(names: list[str]) -> list[str]:
    return sorted(
        name
        for name in names
        if FORBIDDEN_PARTS.intersection(PurePosixPath(name).parts)
        or name.endswith(FORBIDDEN_SUFFIXES)
    )


def check_wheel(path: Path, version: str) -> list[str]:
    """Problems found in the wheel at ``path`` (an empty list when it is complete)."""
    problems: list[str] = []
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
        dist_info = f"{DISTRIBUTION}-{version}.dist-info"
        problems += [f"wheel: missing {name}" for name in WHEEL_REQUIRED if name not in names]
        if f"{dist_info}/licenses/LICENSE" not in names:
            problems.append(f"wheel: missing {dist_info}/licenses/LICENSE")
        problems += [f"wheel: must not contain {name}" for name in _forbidden(names)]
        stray = sorted(
            {
                name.split("/", 1)[0]
                for name in names
                if name.split("/", 1)[0] not in {"dockerhub", "dockerhub_client", dist_info}
            }
        )
        problems += [f"wheel: unexpected top-level entry {entry!r}" for entry in stray]
        if f"{dist_info}/METADATA" in names:
            metadata = HeaderParser().parsestr(wheel.read(f"{dist_info}/METADATA").decode())
            if metadata["Version"] != version:
                problems.append(
                    f"wheel: METADATA says version {metadata['Version']}, _version.py says "
                    f"{version}"
                )
            if "LICENSE" not in (metadata.get_all("License-File") or []):
                problems.append("wheel: METADATA has no License-File: LICENSE")
        else:
            problems.append(f"wheel: missing {dist_info}/METADATA (wrong version in its name?)")
    return problems


def check_sdist(path: Path, version: str) -> list[str]:
    """Problems found in the sdist at ``path`` (an empty list when it is complete)."""
    problems: list[str] = []
    prefix = f"{DISTRIBUTION}-{version}/"
    with tarfile.open(path) as sdist:
        members = sdist.getnames()
        names = [name.removeprefix(prefix) for name in members if name.startswith(prefix)]
        if len(names) != len(members):
            problems.append(f"sdist: entries outside {prefix} (wrong version in its name?)")
        problems += [f"sdist: missing {name}" for name in SDIST_REQUIRED if name not in names]
        problems += [
            f"sdist: must not contain {name}"
            for name in _forbidden(names)
            # The sdist carries the test suite on purpose; only caches and venvs are wrong.
            if "tests" not in PurePosixPath(name).parts or name.endswith(FORBIDDEN_SUFFIXES)
        ]
        member = sdist.extractfile(prefix + "PKG-INFO") if prefix + "PKG-INFO" in members else None
        if member is not None:
            pkg_info = HeaderParser().parsestr(member.read().decode())
            if pkg_info["Version"] != version:
                problems.append(
                    f"sdist: PKG-INFO says version {pkg_info['Version']}, _version.py says "
                    f"{version}"
                )
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check the wheel and sdist in the given directory; return the process exit code."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("dist", nargs="?", type=Path, default=Path("dist"))
    args = parser.parse_args(argv)
    version = source_version()
    wheels = sorted(args.dist.glob("*.whl"))
    sdists = sorted(args.dist.glob("*.tar.gz"))
    problems: list[str] = []
    if len(wheels) != 1 or len(sdists) != 1:
        problems.append(
            f"{args.dist}: expected one wheel and one sdist, found {len(wheels)} wheel(s) "
            f"and {len(sdists)} sdist(s)"
        )
    expected_wheel = f"{DISTRIBUTION}-{version}-py3-none-any.whl"
    expected_sdist = f"{DISTRIBUTION}-{version}.tar.gz"
    for found, expected in ((wheels, expected_wheel), (sdists, expected_sdist)):
        if found and found[0].name != expected:
            problems.append(f"{found[0].name}: expected {expected} (version {version})")
    if wheels:
        problems += check_wheel(wheels[0], version)
    if sdists:
        problems += check_sdist(sdists[0], version)
    for problem in problems:
        print(f"check_dist: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"check_dist: {wheels[0].name} and {sdists[0].name} are complete (version {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
