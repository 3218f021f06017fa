"""Cold start: ``from dockerhub import DockerHub`` against ``import httpx``.

Each statement runs in a fresh interpreter (``python -I -c ...``, the project's own
interpreter, bytecode already compiled by a warm-up run); the bare interpreter start
(``python -I -c pass``) is subtracted from both, runs of the three alternate, and the
ratio is the median over ``RUNS`` runs of each run's own ratio. ``python -X importtime``
says where the time goes when the target is missed. Target ≤ 1.3× (issue 16).

The same runs time ``dockerhub --help`` (the console script's entry point, interpreter
start included) against ``python -c pass``; its target is absolute: ≤ 200 ms.

Run ``python -m benchmarks.bench_import``. About 5 seconds.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from typing import Any

from ._common import Row, row

RUNS = 15
TARGET = 1.3
CLI_HELP_TARGET_MS = 200
STATEMENTS = {
    "bare": "pass",
    "httpx": "import httpx",
    "dockerhub": "from dockerhub import DockerHub",
    "cli_help": "import sys; sys.argv = ['dockerhub', '--help']; "
    "from dockerhub.cli import main; main()",
}


def _start(statement: str) -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, "-I", "-c", statement], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


def run(runs: int = RUNS) -> dict[str, Any]:
    """Time the three statements; return ``{"rows": [...], "median_s": {...}}``."""
    for statement in STATEMENTS.values():
        _start(statement)  # compile bytecode, fill the OS page cache
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(runs):
        for name, statement in STATEMENTS.items():
            samples[name].append(_start(statement))
    median = {name: statistics.median(times) for name, times in samples.items()}
    # Per run: the SDK's import time over httpx's, each less that run's bare start.
    paired = statistics.median(
        (sdk - bare) / (httpx - bare)
        for sdk, httpx, bare in zip(
            samples["dockerhub"], samples["httpx"], samples["bare"], strict=True
        )
    )
    ms = 1e3
    rows: list[Row] = [
        row(
            "cold import: from dockerhub import DockerHub ÷ import httpx (− bare start)",
            (median["dockerhub"] - median["bare"]) * ms,
            (median["httpx"] - median["bare"]) * ms,
            "ms",
            at_most=TARGET,
            ratio=paired,
        ),
        row(
            "dockerhub --help, interpreter start included ÷ python -c pass",
            median["cli_help"] * ms,
            median["bare"] * ms,
            "ms",
            within=CLI_HELP_TARGET_MS,
        ),
    ]
    return {"rows": rows, "median_s": median, "runs": runs}


if __name__ == "__main__":
    result = run()
    print(result["median_s"])
    for line in result["rows"]:
        print(line)
