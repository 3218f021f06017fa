"""Cancelling the requests of a sync walk that is left while pages are in flight.

A concurrent sync walk fetches pages on worker threads. When the caller leaves the walk
(``break``, ``close()``, an exception, ``KeyboardInterrupt``) it sets the walk's
:class:`threading.Event` and returns at once, without waiting for the workers. Each worker
runs with that event in a context variable, which the retry transport consults:
:func:`checkpoint` before every attempt refuses to send, and :func:`sleep` wakes up as soon
as the event is set, so no retry is waited for and no request leaves after the walk ended.
A request already on the wire cannot be taken back; its worker is a daemon thread whose
result is dropped.

``concurrent.futures.ThreadPoolExecutor`` is not used for the workers: its threads are
joined when the interpreter exits, so a page stuck on a silent server would hold the
process (and a Ctrl-C'd CLI) for a whole read timeout.
"""

from __future__ import annotations

import contextvars
import threading
import time
from contextvars import ContextVar
from typing import TYPE_CHECKING, TypeVar

from .errors import DockerHubError

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import Future

__all__ = ["Cancelled", "PageWorkers", "checkpoint", "sleep"]

T = TypeVar("T")

_WALK_EVENT: ContextVar[threading.Event | None] = ContextVar("dockerhub_walk_event", default=None)


class Cancelled(DockerHubError):
    """A page of a walk that was left; raised on its worker thread, never to the caller."""


def checkpoint() -> None:
    """Raise :class:`Cancelled` when the current worker's walk was left."""
    event = _WALK_EVENT.get()
    if event is not None and event.is_set():
        raise Cancelled("the walk was left; this request was not sent")


def sleep(seconds: float) -> None:
    """``time.sleep``, cut short with :class:`Cancelled` when the current walk is left."""
    event = _WALK_EVENT.get()
    if event is None:
        time.sleep(seconds)
    elif event.wait(seconds):
        raise Cancelled("the walk was left during a retry wait")


class PageWorkers:
    """Runs page fetches on daemon threads that share one cancellation event."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Start ``fn`` on a new worker thread, in a copy of the caller's context (so
        ``fresh()`` and the like still apply); its future holds the result."""
        # Imported here: most walks are sequential, and importing it costs start-up time.
        from concurrent.futures import Future

        future: Future[T] = Future()
        event = self.event
        context = contextvars.copy_context()

        def work() -> None:
            if not future.set_running_or_notify_cancel():
                return
            _WALK_EVENT.set(event)
            try:
                if event.is_set():
                    raise Cancelled("the walk was left before this page was requested")
                result = fn()
            except BaseException as exc:  # handed to the waiting walk, if any
                future.set_exception(exc)
            else:
                future.set_result(result)

        thread = threading.Thread(
            target=context.run, args=(work,), name="dockerhub-pages", daemon=True
        )
        thread.start()
        return future

    def cancel(self) -> None:
        """Stop every worker at its next request or retry wait; does not wait for them."""
        self.event.set()
