"""The filters every classification analysis needs, applied while the export streams.

Workflow ids, workflow version ranges, live-project only, one classification per volunteer and
subject, gold standard and expert classifications::

    keep = ClassificationFilter.of(workflow_id=1234, versions=">=12.3", live_only=True,
                                   deduplicate=True)
    rows = keep.rows(read_classifications("classifications.csv"))

Versions are written ``"12.10"`` (exactly that version), ``">=12"``, ``"<13"``, ``"12.3-14"``
(inclusive range) or as a ``(low, high)`` pair (either may be None); a major version alone
(``"12"``) means every minor version of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zoo_sdk.analysis.rows import ClassificationRow

#: A version selection: "12.10", ">=12", "<13.2", "12.3-14", (low, high), or None for all.
Versions = str | tuple[Any, Any] | None
_COMPARISON = re.compile(r"^\s*(>=|<=|>|<|==|=)?\s*(\d+(?:\.\d+)?)\s*$")
_RANGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class VersionRange:
    """Versions between ``low`` and ``high`` (inclusive; None: unbounded) as (major, minor)
    tuples; a bound given as a major version alone covers all of its minor versions.

    >>> r = VersionRange.parse(">=12.3"); r.contains((12, 10)), r.contains((12, 2))
    (True, False)
    >>> VersionRange.parse("12").contains((12, 7))
    True
    """

    low: tuple[int, int] | None = None
    high: tuple[int, int] | None = None
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def parse(cls, spec: Versions) -> VersionRange:
        if spec is None:
            return cls()
        if isinstance(spec, tuple):
            low, high = spec
            return cls(None if low is None else _bound(str(low), low=True),
                       None if high is None else _bound(str(high), low=False))
        text = str(spec)
        matched = _RANGE.match(text)
        if matched:
            return cls(_bound(matched[1], low=True), _bound(matched[2], low=False))
        matched = _COMPARISON.match(text)
        if not matched:
            raise ValueError(f"not a version selection: {spec!r} (try '12.10', '>=12', "
                             "'12.3-14' or (low, high))")
        op, number = matched[1] or "==", matched[2]
        if op in ("==", "="):
            return cls(_bound(number, low=True), _bound(number, low=False))
        if op == ">=":
            return cls(low=_bound(number, low=True))
        if op == ">":
            return cls(low=_bound(number, low=False), low_open=True)
        if op == "<=":
            return cls(high=_bound(number, low=False))
        return cls(high=_bound(number, low=True), high_open=True)

    def contains(self, version: tuple[int, int]) -> bool:
        if self.low is not None and (version <= self.low if self.low_open
                                     else version < self.low):
            return False
        return not (self.high is not None and (version >= self.high if self.high_open
                                               else version > self.high))

    @property
    def everything(self) -> bool:
        return self.low is None and self.high is None


def _bound(text: str, *, low: bool) -> tuple[int, int]:
    major, _, minor = text.partition(".")
    if minor:
        return int(major), int(minor)
    return (int(major), 0) if low else (int(major), 1 << 62)


@dataclass(frozen=True)
class ClassificationFilter:
    """Which classifications to keep; :meth:`rows` applies it to a stream of rows."""

    workflow_ids: frozenset[int] | None = None
    versions: VersionRange = VersionRange()
    live_only: bool = False
    deduplicate: bool = False
    gold_standard: bool | None = None
    expert: bool | None = None

    @classmethod
    def of(cls, *, workflow_id: int | Iterable[int] | None = None, versions: Versions = None,
           live_only: bool = False, deduplicate: bool = False,
           gold_standard: bool | None = None, expert: bool | None = None
           ) -> ClassificationFilter:
        """The filter of the keyword arguments the readers take (see the module's doc)."""
        ids: frozenset[int] | None = None
        if workflow_id is not None:
            ids = frozenset([int(workflow_id)] if isinstance(workflow_id, int | str)
                            else (int(w) for w in workflow_id))
        return cls(ids, VersionRange.parse(versions), live_only, deduplicate, gold_standard,
                   expert)

    @property
    def active(self) -> bool:
        return (self.workflow_ids is not None or not self.versions.everything or self.live_only
                or self.deduplicate or self.gold_standard is not None or self.expert is not None)

    def keeps(self) -> Callable[[int, tuple[int, int], dict[str, Any] | None, bool | None,
                                 str | None, str, list[int]], bool]:
        """A test of one classification's fields (what both readers have at hand):
        ``(workflow_id, version, metadata_or_None, gold_standard, expert, volunteer, subjects)``
        where ``volunteer`` is the user id or, for those not logged in, the hashed IP."""
        seen: set[tuple[str, tuple[int, ...]]] = set()
        ids, versions = self.workflow_ids, self.versions

        def keep(workflow_id: int, version: tuple[int, int], metadata: dict[str, Any] | None,
                 gold: bool | None, expert: str | None, volunteer: str,
                 subjects: list[int]) -> bool:
            if ids is not None and workflow_id not in ids:
                return False
            if not versions.contains(version):
                return False
            if self.live_only and (metadata or {}).get("live_project") is not True:
                return False
            if self.gold_standard is not None and bool(gold) != self.gold_standard:
                return False
            if self.expert is not None and bool(expert) != self.expert:
                return False
            if self.deduplicate:
                key = (volunteer, tuple(subjects))
                if key in seen:
                    return False
                seen.add(key)
            return True

        return keep

    def rows(self, rows: Iterable[ClassificationRow]) -> Iterator[ClassificationRow]:
        keep = self.keeps()
        for row in rows:
            volunteer = str(row.user_id) if row.user_id is not None else f"ip:{row.user_ip}"
            if keep(row.workflow_id, row.workflow_version, row.metadata, row.gold_standard,
                    row.expert, volunteer, row.subject_ids):
                yield row


__all__ = ["ClassificationFilter", "VersionRange", "Versions"]
