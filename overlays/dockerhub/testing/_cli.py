"""``python -m dockerhub.testing``: run a fake Docker Hub until SIGTERM/SIGINT."""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Sequence
from types import FrameType

from ._hub import DEFAULT_SEED, FakeHub

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dockerhub.testing",
        description="Serve an in-memory fake Docker Hub. Prints its URL, then serves "
        "until interrupted (SIGINT) or terminated (SIGTERM).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to bind (0: any free port)")
    seed = parser.add_mutually_exclusive_group()
    seed.add_argument("--seed", metavar="FILE", help="load this seed JSON file instead")
    seed.add_argument("--no-seed", action="store_true", help="start with an empty hub")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, serve the fake Hub, print its URL, and block until a signal."""
    args = _parser().parse_args(argv)
    hub = FakeHub(seed=None if args.no_seed else (args.seed or DEFAULT_SEED))
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with hub.serve(port=args.port, host=args.host) as server:
            print(server.url, flush=True)
            while not stop.wait(0.2):
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
