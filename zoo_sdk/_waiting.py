"""Waiting for a server-side job (exports, aggregations, Caesar data requests): one backoff loop.

>>> poll_until(lambda: {"state": "ready"}, lambda r: r["state"] == "ready",
...            timed_out=lambda r: TimeoutError(r), timeout=5)
{'state': 'ready'}
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from zoo_sdk import errors

T = TypeVar("T")


def poll_until(
    read: Callable[[], T],
    done: Callable[[T], bool],
    *,
    timed_out: Callable[[T], Exception],
    timeout: float | None = None,
    poll: float = 1.0,
    max_poll: float = 30.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """``read()`` until ``done(value)``, sleeping ``poll`` seconds doubling up to ``max_poll``;
    raises ``timed_out(last value)`` when the next sleep would pass ``timeout`` seconds (None:
    no limit). The first read happens at once."""
    if timeout is not None and timeout < 0:
        raise errors.ValidationError(f"timeout must be >= 0, not {timeout}")
    if poll <= 0:
        raise errors.ValidationError(f"poll must be > 0, not {poll}")
    deadline = None if timeout is None else clock() + timeout
    delay = poll
    current = read()
    while not done(current):
        if deadline is not None and clock() + delay > deadline:
            raise timed_out(current)
        sleep(delay)
        delay = min(max_poll, delay * 2)
        current = read()
    return current


__all__ = ["poll_until"]
