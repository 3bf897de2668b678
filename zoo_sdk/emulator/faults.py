"""Fault plans: seeded, repeatable injection of errors, broken replies and stalls per route.

A `FaultPlan` holds `FaultRule`s. For each request the first rule whose pattern matches
`"<METHOD> <path>"` (or the route template) rolls the plan's seeded RNG; on a hit the middleware
in `app.py` applies the rule's kind:

- `500`, `502`, `503`: that status with a JSON:API error body; the handler does not run.
- `429`: a JSON:API error with `Retry-After: <retry_after>`; the handler does not run.
- `reset`: the connection is dropped before any response byte; the handler does not run.
- `stall`: the request waits `stall_seconds`, then is served normally.
- `lost-reply`: the handler runs (the server acts), then the connection drops unanswered.
- `truncated`: the handler runs; status, headers (full Content-Length), half the body, drop.
- `stall-after`: the handler runs (the server acts), then its reply waits `stall_seconds`.
- `html-503`: a 503 HTML maintenance page (`text/html; charset=utf-8`); no handler.
- `html-200`: a 200 HTML page, as from a captive portal; no handler.
- `empty-200`: a 200 with the API's JSON type and an empty body (Content-Length: 0); no handler.
- `not-json`: a 200 with the API's JSON type and a cut-off body that does not parse; no handler.
- `wrong-shape`: a 200 JSON list (`[1, 2]`) where an object is expected; no handler.
- `redirect`: a 301 to the same path and query on `https://<host>`, empty body; no handler.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from collections import Counter
from dataclasses import dataclass, field

#: Kinds answered instead of the handler, and kinds that let the handler act first.
STATUS_KINDS = frozenset({"500", "502", "503", "429"})
PAGE_KINDS = frozenset({"html-503", "html-200", "empty-200", "not-json", "wrong-shape", "redirect"})
ACTING_KINDS = frozenset({"lost-reply", "truncated", "stall-after"})
KINDS = STATUS_KINDS | PAGE_KINDS | ACTING_KINDS | {"reset", "stall"}


@dataclass
class FaultRule:
    """Inject `kind` on requests matching `route` with probability `rate`, at most `times`."""

    route: str = "*"
    kind: str = "503"
    rate: float = 1.0
    times: int | None = None
    retry_after: int = 1
    stall_seconds: float = 5.0
    used: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {sorted(KINDS)}")

    def matches(self, method: str, path: str, template: str) -> bool:
        if self.route == "*":
            return True
        return fnmatch.fnmatchcase(f"{method} {path}", self.route) or fnmatch.fnmatchcase(
            f"{method} {template}", self.route)


@dataclass
class FaultPlan:
    """An ordered list of rules and a seeded RNG; `injected` counts faults by kind."""

    seed: int = 0
    rules: list[FaultRule] = field(default_factory=list)
    injected: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()

    def pick(self, method: str, path: str, template: str) -> FaultRule | None:
        """Return the rule to apply to this request, or None to serve it normally."""
        with self._lock:
            for rule in self.rules:
                if not rule.matches(method, path, template):
                    continue
                if rule.times is not None and rule.used >= rule.times:
                    continue
                if self._rng.random() < rule.rate:
                    rule.used += 1
                    self.injected[rule.kind] += 1
                    return rule
                return None
        return None

    @property
    def total(self) -> int:
        return sum(self.injected.values())

    @classmethod
    def uniform(cls, rate: float, kind: str = "503", seed: int = 0) -> FaultPlan:
        return cls(seed=seed, rules=[FaultRule("*", kind, rate)])
