"""Waiting for a server-side job (exports, aggregations, Caesar data requests): one backoff loop.

>>> poll_until(lambda: {"state": "ready"}, lambda r: r["state"] == "ready",
...            timed_out=lambda r: TimeoutError(r), timeout=5)
{'state': 'ready'}
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

from zoo_sdk import errors

T = TypeVar("T")


def delays(timeout: float | None = None, poll: float = 1.0, max_poll: float = 30.0,
           clock: Callable[[], float] = time.monotonic) -> Iterator[float]:
    """The waits between reads: ``poll`` doubling up to ``max_poll``, ending before the one
    that would pass ``timeout`` seconds from now (None: no limit). Checked at once.

    >>> list(itertools.islice(delays(poll=1, max_poll=4), 5))
    [1, 2, 4, 4, 4]
    """
    if timeout is not None and timeout < 0:
        raise errors.ValidationError(f"timeout must be >= 0, not {timeout}")
    if poll <= 0:
        raise errors.ValidationError(f"poll must be > 0, not {poll}")
    deadline = None if timeout is None else clock() + timeout

    def schedule() -> Iterator[float]:
        delay = poll
        while deadline is None or clock() + delay <= deadline:
            yield delay
            delay = min(max_poll, delay * 2)

    return schedule()


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
    """``read()`` until ``done(value)``, sleeping as :func:`delays` says; raises
    ``timed_out(last value)`` when the next sleep would pass ``timeout``. The first read
    happens at once."""
    waits = delays(timeout, poll, max_poll, clock)
    current = read()
    while not done(current):
        delay = next(waits, None)
        if delay is None:
            raise timed_out(current)
        sleep(delay)
        current = read()
    return current


async def apoll_until(
    read: Callable[[], Awaitable[T]],
    done: Callable[[T], bool],
    *,
    timed_out: Callable[[T], Exception],
    timeout: float | None = None,
    poll: float = 1.0,
    max_poll: float = 30.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> T:
    """:func:`poll_until` with an awaited ``read`` and sleep (the same schedule)."""
    import asyncio

    pause = sleep or asyncio.sleep
    waits = delays(timeout, poll, max_poll, clock)
    current = await read()
    while not done(current):
        delay = next(waits, None)
        if delay is None:
            raise timed_out(current)
        await pause(delay)
        current = await read()
    return current


__all__ = ["apoll_until", "delays", "poll_until"]
