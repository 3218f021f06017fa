"""Upload the built distributions to a package index with twine.

Usage (what ``make publish`` runs)::

    INDEX_URL=https://pypi.example.com/ INDEX_USER=ci INDEX_PASSWORD=... \\
        python scripts/publish.py [--dist DIST_DIR]

Everything comes from the environment, never from the command line, so that no secret
shows in ``ps``, a shell history or make's echo:

- ``INDEX_URL`` (required): the index's upload URL, passed to ``twine upload
  --repository-url``. It must not carry credentials (``https://user:pass@...``).
- ``INDEX_USER`` / ``INDEX_PASSWORD`` (optional): become ``TWINE_USERNAME`` /
  ``TWINE_PASSWORD`` for twine. When unset, ``TWINE_USERNAME`` / ``TWINE_PASSWORD``
  already in the environment are used as they are.

Fails with exit code 2 and one clear line when ``INDEX_URL`` is missing or the dist
directory holds no wheel or sdist; otherwise exits with twine's code, adding a hint when
the index refused the credentials or already has this version (twine runs with
``--verbose`` so the index's own reason is shown). Twine's output is passed
through with the password masked, in case anything ever echoes it.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote, urlsplit

USAGE_ERROR = 2
VERSION_FILE = "overlays/dockerhub/_version.py"


def _fail(message: str) -> int:
    print(f"publish: {message}", file=sys.stderr)
    return USAGE_ERROR


def _distributions(dist: Path) -> list[Path]:
    return sorted([*dist.glob("*.whl"), *dist.glob("*.tar.gz")])


def _twine_env() -> dict[str, str]:
    env = dict(os.environ)
    for source, target in (("INDEX_USER", "TWINE_USERNAME"), ("INDEX_PASSWORD", "TWINE_PASSWORD")):
        value = env.pop(source, "")
        if value:
            env[target] = value
    # Twine's own variables would otherwise override --repository-url or add a config.
    for name in ("TWINE_REPOSITORY", "TWINE_REPOSITORY_URL"):
        env.pop(name, None)
    return env


def _mask(line: str, secret: str) -> str:
    if not secret:
        return line
    for form in {secret, quote(secret, safe="")}:
        line = line.replace(form, "****")
    return line


def _hint(output: str) -> str | None:
    status = re.search(r"HTTPError: (\d{3})", output)
    code = status.group(1) if status else ""
    if code == "409" or "already exists" in output.lower():
        return (
            "this version is already on the index, which will not overwrite it; bump "
            f"__version__ in {VERSION_FILE}, then `make dist` and publish again"
        )
    if code in {"401", "403"}:
        return (
            "the index refused the credentials; check INDEX_USER / INDEX_PASSWORD "
            "(or TWINE_USERNAME / TWINE_PASSWORD)"
        )
    if "Credential not found" in output:
        return (
            "no credentials; set INDEX_USER and INDEX_PASSWORD (or TWINE_USERNAME / TWINE_PASSWORD)"
        )
    return None


def main(argv: list[str] | None = None) -> int:
    """Upload every wheel and sdist in the dist directory; return the process exit code."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dist", type=Path, default=Path("dist"), help="default: dist")
    args = parser.parse_args(argv)

    url = os.environ.get("INDEX_URL", "").strip()
    if not url:
        return _fail(
            "INDEX_URL is not set; run `make publish INDEX_URL=https://your-index/` "
            "(credentials in INDEX_USER / INDEX_PASSWORD or TWINE_USERNAME / TWINE_PASSWORD)"
        )
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return _fail("INDEX_URL must be an http(s) URL such as https://pypi.example.com/")
    if parts.username is not None or parts.password is not None:
        return _fail(
            "INDEX_URL must not contain credentials; put them in INDEX_USER / INDEX_PASSWORD"
        )
    files = _distributions(args.dist)
    if not files:
        return _fail(f"no wheel or sdist in {args.dist}/; run `make dist` first")

    env = _twine_env()
    secret = env.get("TWINE_PASSWORD", "")
    command = [
        sys.executable,
        "-m",
        "twine",
        "upload",
        "--non-interactive",
        "--disable-progress-bar",
        # Shows the index's own reason for a refusal (e.g. "already exists"), which most
        # indexes put in the response body; twine never prints the password.
        "--verbose",
        "--repository-url",
        url,
        *map(str, files),
    ]
    print(f"publish: uploading {', '.join(f.name for f in files)} to {url}", flush=True)
    process = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    output: list[str] = []
    for line in process.stdout:
        masked = _mask(line, secret)
        output.append(masked)
        sys.stdout.write(masked)
        sys.stdout.flush()
    code = process.wait()
    if code != 0:
        hint = _hint("".join(output))
        print(f"publish: upload to {url} failed" + (f": {hint}" if hint else ""), file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
