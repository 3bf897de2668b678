"""``Unit`` and ``UnitPromise``, as in everilae's ``crowdflower.unit``.

    from zoo_sdk.crowdflower.unit import Unit
    unit = client.get_unit(job, 5)
    unit.data = {**unit.data, "url": "https://example.com/b.jpg"}
    unit.update()                 # PUT /jobs/{job}/units/5.json, only the changes
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoo_payloads.crowdflower_attributes import UnitAttributes

from zoo_sdk import errors
from zoo_sdk.crowdflower.base import JobResource

__all__ = ["Unit", "UnitPromise"]


class Unit(JobResource, UnitAttributes):
    """A unit (row) of a job (its attributes typed from the spec's ``Unit``); ``results`` once
    judged.

    >>> unit = client.get_unit(job, 5); unit.get_aggregate("sentiment")   # doctest: +SKIP
    >>> unit["state"]                                                      # doctest: +SKIP
    'finalized'
    """

    _writable = frozenset({"data", "state", "agreement", "difficulty", "missed_count", "job_id"})

    @property
    def results(self) -> dict[str, Any] | None:
        """The unit's results once judged (read-only): ``judgments`` and per field
        ``{"agg": ..., "confidence": ...}``."""
        found: dict[str, Any] | None = self._raw.get("results")
        return found

    @results.setter
    def results(self, value: dict[str, Any] | None) -> None:
        raise errors.ReadOnlyAttributeException("Unit.results is read-only")

    def get_aggregate(self, key: str, default: Any = None) -> Any:
        """The aggregated answer for ``key``, or ``default``."""
        results = self._raw.get("results") or {}
        entry = results.get(key)
        return entry.get("agg", default) if isinstance(entry, dict) else default

    def cancel(self) -> None:
        """Stop collecting judgments for this unit."""
        self.client.cancel_unit(self.job.id, self.id)

    def update(self) -> None:
        """Send the changed attributes (only those) as ``unit[...]`` fields; nothing to send,
        no request. Changing ``job_id`` moves the unit to that job.

        >>> unit.state = "canceled"; unit.update()          # doctest: +SKIP
        """
        changes = self.changes
        if changes:
            self._loaded(self.client.update_unit(self.job, self.id, changes))

    def save(self) -> Unit:
        """Create the unit (no id yet: from ``data``) or send the changes; returns ``self``.

        >>> Unit(job, data={"url": "https://example.com/a.jpg"}).save()   # doctest: +SKIP
        <Unit 9>
        """
        if self.id is None:
            data = self._raw.get("data")
            if not isinstance(data, dict):
                raise errors.ValidationError("a new unit needs data (a dict of its columns)")
            self._loaded(self.client.create_unit(self.job, data))
        else:
            self.update()
        return self

    def delete(self) -> None:
        """Delete the unit from its job; this instance must not be used afterwards."""
        self.client.delete_unit(self.job.id, self.id)

    def _loaded(self, unit: Unit) -> None:
        self._set_raw(unit.raw)
        if unit.job.id != self.job.id:
            self.__dict__["job"] = unit.job


class UnitPromise(JobResource, UnitAttributes):
    """A unit known by id and data; other attributes (and items) load the full :class:`Unit`
    once.

    >>> promise = job.units[0]; promise.data, promise.state    # doctest: +SKIP
    """

    if not TYPE_CHECKING:  # hidden from type checkers, as CFObject.__getattr__

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_") or name in self._raw:
                return super().__getattr__(name)
            return getattr(self._load(), name)

    def __getitem__(self, name: str) -> Any:
        if isinstance(name, str) and name in self._raw:
            return super().__getitem__(name)
        return self._load()[name]

    def _load(self) -> Unit:
        unit: Unit | None = self.__dict__.get("_unit")
        if unit is None:
            unit = self.__dict__["_unit"] = self.client.get_unit(self.job, self.id)
        return unit
