"""Drive openapi-python-client deterministically and detect drift.

The generator always writes into a fresh temporary folder, with the pinned toolchain from
``generator/requirements.txt`` found next to the running interpreter, this folder's
``config.yml`` and the template overrides in ``templates/``, then adds the SDK's facade
methods (``facade.py``, see :mod:`generator.facade`). ``generate`` then swaps the
result in place of ``client/dockerhub_client``; ``check`` compares it file by file with the
committed copy and prints a unified diff when they differ.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.facade import FacadeError
from generator.facade import render as render_facade

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_DIR = ROOT / "generator"
SPEC = ROOT / "spec" / "dockerhub.yaml"
PACKAGE = "dockerhub_client"
TARGET = ROOT / "client" / PACKAGE

_IGNORED_PARTS = {"__pycache__", ".ruff_cache", ".mypy_cache"}


class GenerationError(RuntimeError):
    """The generator failed or reported problems with the spec."""


def generate_into(destination: Path, spec: Path = SPEC) -> Path:
    """Generate the client package into ``destination / PACKAGE`` and return that path.

    Fails with :class:`GenerationError` when the generator exits non-zero or prints any
    warning or error (a warning means an endpoint or model was dropped or degraded).
    """
    bin_dir = Path(sys.executable).parent
    executable = bin_dir / "openapi-python-client"
    if not executable.exists():
        raise GenerationError(
            f"{executable} not found: install generator/requirements.txt into this environment"
        )
    output = destination / PACKAGE
    env = dict(os.environ)
    # The post-hooks call `ruff`: make it the pinned one from this environment.
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env.pop("RUFF_CACHE_DIR", None)
    command = [
        str(executable),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(GENERATOR_DIR / "config.yml"),
        "--custom-template-path",
        str(GENERATOR_DIR / "templates"),
        "--meta",
        "none",
        "--output-path",
        str(output),
    ]
    result = subprocess.run(
        command, cwd=destination, env=env, capture_output=True, text=True, check=False
    )
    report = (result.stdout + result.stderr).strip()
    problems = [
        line
        for line in report.splitlines()
        if line.strip().lower().startswith(("warning", "error"))
    ]
    if result.returncode != 0 or problems or not output.is_dir():
        raise GenerationError(f"openapi-python-client failed:\n{report}")
    for leftover in output.rglob(".ruff_cache"):
        shutil.rmtree(leftover)
    (output / "py.typed").write_text("# Marker file for PEP 561\n")
    try:
        render_facade(spec, output / "facade.py")
    except (FacadeError, subprocess.CalledProcessError) as exc:
        raise GenerationError(f"generating the facade failed: {exc}") from exc
    return output


def _files(folder: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not _IGNORED_PARTS.intersection(path.parts):
            found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines turning ``actual`` (committed) into ``expected`` (fresh)."""
    fresh, committed = _files(expected), _files(actual)
    lines: list[str] = []
    for name in sorted(fresh.keys() | committed.keys()):
        before = committed.get(name, b"").decode(errors="replace").splitlines(keepends=True)
        after = fresh.get(name, b"").decode(errors="replace").splitlines(keepends=True)
        if before != after or (name in fresh) != (name in committed):
            lines.extend(
                difflib.unified_diff(
                    before,
                    after,
                    fromfile=f"committed/{name}" if name in committed else "/dev/null",
                    tofile=f"generated/{name}" if name in fresh else "/dev/null",
                )
            )
    return lines


def regenerate(target: Path = TARGET, spec: Path = SPEC) -> None:
    """Regenerate into a temporary folder, then replace ``target`` with the result."""
    with tempfile.TemporaryDirectory(prefix="dockerhub-gen-") as tmp:
        fresh = generate_into(Path(tmp), spec)
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.with_name(target.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(fresh, staging)
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)


def check(target: Path = TARGET, spec: Path = SPEC) -> list[str]:
    """Regenerate into a temporary folder and return the diff against ``target``."""
    with tempfile.TemporaryDirectory(prefix="dockerhub-gen-") as tmp:
        fresh = generate_into(Path(tmp), spec)
        return diff_trees(fresh, target)


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m generator``."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("command", choices=["generate", "check"])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--target", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            regenerate(args.target, args.spec)
            print(f"regenerated {args.target} from {args.spec}")
            return 0
        lines = check(args.target, args.spec)
    except GenerationError as exc:
        print(exc, file=sys.stderr)
        return 2
    if lines:
        sys.stdout.writelines(lines)
        print(
            f"\n{args.target} is out of date with {args.spec}: run `make generate` and commit.",
            file=sys.stderr,
        )
        return 1
    print("generated client is up to date")
    return 0
