"""``Judgment`` and ``JudgmentAggregate``, as in everilae's ``crowdflower.judgment``.

    from zoo_sdk.crowdflower.judgment import JudgmentAggregate
    for aggregate in job.judgment_aggregates:
        print(aggregate.get_aggregate("answer"), aggregate["_agreement"])
"""

from __future__ import annotations

from typing import Any

from zoo_payloads.crowdflower_attributes import JudgmentRecordAttributes

from zoo_sdk.crowdflower.base import JobResource

__all__ = ["Judgment", "JudgmentAggregate"]


class Judgment(JobResource, JudgmentRecordAttributes):
    """One judgment of a unit (its attributes typed from the spec's ``JudgmentRecord``).

    >>> job.get_judgment(1500000001).worker_id     # doctest: +SKIP
    31415
    """

    _writable = frozenset({"webhook_sent_at", "reviewed", "missed", "tainted", "country",
                           "region", "city", "golden", "unit_state"})


class JudgmentAggregate(JobResource):
    """The aggregate of one unit's judgments (``GET judgments.json`` values).

    >>> for agg in job.judgment_aggregates: print(agg.get_aggregate("answer"))   # doctest: +SKIP
    """

    _known = frozenset({"unit_id", "_agreement", "_ids", "_state", "_updated_at"})

    def get_fields(self) -> dict[str, Any]:
        """Every field's ``{agg, res}`` dictionary."""
        return {k: v for k, v in self._raw.items()
                if not k.startswith("_") and isinstance(v, dict)}

    def get_aggregate(self, field: str) -> Any:
        """The answer CrowdFlower chose for ``field``."""
        return self._raw[field]["agg"]

    def get_results(self, field: str) -> Any:
        """Every answer given for ``field``."""
        return self._raw[field]["res"]

    @property
    def agreement(self) -> float | None:
        value = self._raw.get("_agreement")
        return float(value) if value is not None else None

    @property
    def judgments(self) -> list[Judgment]:
        """The aggregated :class:`Judgment` objects (one GET each)."""
        return [self.client.get_judgment(self.job, jid) for jid in self._raw.get("_ids", [])]
