"""Run every benchmark, print one table, write ``benchmarks/results.json``.

``python -m benchmarks`` (or ``make bench``). Each row is ``measured ÷ baseline``, both
taken in this run on this machine, so the ratio, not the absolute time, is the number to
compare between runs and machines. About 80 seconds.
"""

from __future__ import annotations

import json
import math
import platform
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from . import (
    bench_import,
    bench_loopback,
    bench_memory,
    bench_overhead,
    bench_pagination,
    bench_parsing,
    bench_redis,
    bench_walk,
)
from ._common import Row, row

RESULTS = Path(__file__).with_name("results.json")


def _pagination() -> dict[str, Any]:
    result = bench_pagination.run()
    floor, sequential_floor = result["floor_s"], result["sequential_floor_s"]
    rows: list[Row] = []
    for facade in ("sync", "async"):
        numbers = result[facade]
        rows.append(
            row(
                f"10,000 tags, 50 ms/page, {facade}: concurrency=8 ÷ floor",
                numbers["concurrent_s"],
                floor,
                "s",
                at_most=bench_pagination.TARGET,
            )
        )
        rows.append(
            row(
                f"10,000 tags, 50 ms/page, {facade}: concurrency=8 ÷ sequential",
                numbers["concurrent_s"],
                numbers["sequential_s"],
                "s",
            )
        )
        rows.append(
            row(
                f"10,000 tags, 50 ms/page, {facade}: sequential ÷ its floor",
                numbers["sequential_s"],
                sequential_floor,
                "s",
            )
        )
    return {"rows": rows, "raw": result}


SUITE = {
    "overhead": bench_overhead.run,
    "parsing": bench_parsing.run,
    "walk": bench_walk.run,
    "loopback": bench_loopback.run,
    "pagination": _pagination,
    "import": bench_import.run,
    "memory": bench_memory.run,
    "redis": bench_redis.run,
}


def _number(value: float) -> str:
    if math.isinf(value):
        return "inf"
    return f"{value:,.1f}" if value >= 10 else f"{value:.3g}"


def _table(rows: list[Row]) -> str:
    header = ("benchmark", "measured", "baseline", "ratio", "target", "met?")
    lines = [
        (
            r["benchmark"],
            f"{_number(r['measured'])} {r['unit']}",
            f"{_number(r['baseline'])} {r['unit']}",
            f"{r['ratio']:.2f}×",
            r["target"],
            "—" if r["met"] is None else ("yes" if r["met"] else "NO"),
        )
        for r in rows
    ]
    widths = [max(len(str(c)) for c in col) for col in zip(header, *lines, strict=True)]
    out = []
    for i, cells in enumerate([header, *lines]):
        left = cells[0].ljust(widths[0])
        rest = [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
        out.append("  ".join([left, *rest]))
        if i == 0:
            out.append("-" * len(out[0]))
    return "\n".join(out)


def main(names: list[str]) -> int:
    """Run the named benchmarks (all by default); print the table, write the JSON."""
    chosen = names or list(SUITE)
    unknown = [n for n in chosen if n not in SUITE]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(SUITE)}")
        return 2
    began = time.perf_counter()
    results: dict[str, Any] = {}
    rows: list[Row] = []
    for name in chosen:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        results[name] = SUITE[name]()
        rows.extend(results[name]["rows"])
    elapsed = time.perf_counter() - began
    print(_table(rows))
    missed = [r["benchmark"] for r in rows if r["met"] is False]
    print(
        f"\n{len(rows)} rows, {sum(r['met'] is True for r in rows)} targets met, "
        f"{len(missed)} missed, {elapsed:.0f} s"
    )
    RESULTS.write_text(
        json.dumps(
            {
                "python": sys.version.split()[0],
                "platform": platform.platform(),
                "httpx": httpx.__version__,
                "elapsed_s": round(elapsed, 1),
                "rows": rows,
                "details": {
                    k: {kk: vv for kk, vv in v.items() if kk != "rows"} for k, v in results.items()
                },
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
