"""CrowdFlower resources with the everilae API: Job, Unit, UnitPromise, Judgment,
JudgmentAggregate, Worker and Order.

Attributes read from the server JSON; writable ones are tracked when set (or edited in place),
and ``save()`` / ``update()`` send only what changed, as ``job[<attr>]`` form fields::

    job = client.get_job(123)
    job.title = "New title"
    job.options["req_ttl_in_seconds"] = 600
    job.update()          # PUT job[title]=...&job[options][req_ttl_in_seconds]=600

Setting an attribute the API does not let clients write (``job.units_count = 5``) raises
``ReadOnlyAttributeException``; a name the resource does not have (``job.titel``), read or set,
raises ``UnknownAttributeError`` (an ``AttributeError``) suggesting the nearest names.
"""

from __future__ import annotations

import copy
import difflib
import inspect
from collections.abc import Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any, ClassVar

from zoo_sdk import errors

if TYPE_CHECKING:
    from zoo_sdk.crowdflower.client import Client

_MUTABLE = (dict, list)


class CFObject:
    """Base: server JSON in ``raw``, attribute access, change tracking of writable attributes."""

    _writable: ClassVar[frozenset[str]] = frozenset()
    _known: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, client: Client | None = None, **data: Any) -> None:
        state = self.__dict__
        state["_client"] = client
        state["_raw"] = dict(data)
        state["_changed"] = set()
        state["_snapshots"] = {}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        raw = self.__dict__["_raw"]
        if name in raw:
            value = raw[name]
            if isinstance(value, _MUTABLE) and name in self._writable:
                self._snapshots.setdefault(name, copy.deepcopy(value))
            return value
        if name in self._known or name in self._writable:
            return None
        raise self._unknown(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        declared = inspect.getattr_static(type(self), name, None)
        if isinstance(declared, property) and declared.fset is None:
            raise errors.ReadOnlyAttributeException(f"{type(self).__name__}.{name} is read-only")
        if declared is not None:
            object.__setattr__(self, name, value)
        elif name in self._writable:
            self._raw[name] = value
            self._changed.add(name)
            self._snapshots.pop(name, None)
        elif name in self._known or name in self._raw or name in self.__dict__:
            raise errors.ReadOnlyAttributeException(
                f"{type(self).__name__}.{name} is read-only: the API does not let clients set it"
            )
        else:
            raise self._unknown(name)

    def _unknown(self, name: str) -> errors.UnknownAttributeError:
        """The error for a name this resource does not have, with the nearest names."""
        names = sorted(self._known | self._writable | set(self._raw))
        close = difflib.get_close_matches(name, names, n=3)
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        return errors.UnknownAttributeError(
            f"{type(self).__name__!r} object has no attribute {name!r}{hint}"
        )

    @property
    def raw(self) -> dict[str, Any]:
        """The server representation (with local changes)."""
        return self._raw  # type: ignore[no-any-return]

    @property
    def id(self) -> Any:
        return self._raw.get("id")

    @property
    def changes(self) -> dict[str, Any]:
        """Writable attributes set or edited in place since the last load or save."""
        names = set(self._changed) | {n for n, snap in self._snapshots.items()
                                      if self._raw.get(n) != snap}
        return {n: self._raw[n] for n in sorted(names)}

    def _set_raw(self, data: Mapping[str, Any]) -> None:
        self.__dict__["_raw"] = dict(data)
        self._changed.clear()
        self._snapshots.clear()

    @property
    def client(self) -> Client:
        found = self.__dict__["_client"]
        if found is None:
            raise RuntimeError(f"{type(self).__name__} has no client")
        return found  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.id is not None and bool(self.id == other.id)

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))


class Job(CFObject):
    """A CrowdFlower job.

    >>> job = client.get_job(123)                  # doctest: +SKIP
    >>> job.pause(); job.resume(); job.ping()      # doctest: +SKIP
    """

    _writable = frozenset({
        "title", "alias", "instructions", "cml", "js", "css", "auto_order",
        "auto_order_threshold", "auto_order_timeout", "confidence_fields", "excluded_countries",
        "expected_judgments_per_unit", "fields", "included_countries", "judgments_per_unit",
        "max_judgments_per_unit", "min_unit_confidence", "minimum_requirements", "options",
        "payment_cents", "support_email", "units_per_assignment", "units_remain_finalized",
        "variable_judgments_mode", "webhook_uri", "uri", "send_judgments_webhook",
    })
    _known = frozenset({
        "completed", "completed_at", "created_at", "crowd_costs", "gold", "gold_per_assignment",
        "golds_count", "judgments_count", "state", "units_count", "updated_at",
    })
    #: ``update()`` refuses to send changes unless the job has all three (see the seed).
    REQUIRED_FOR_UPDATE = ("title", "instructions", "cml")

    def __init__(self, client: Client | None = None, **data: Any) -> None:
        super().__init__(client, **data)

    # -- persistence -----------------------------------------------------------------------

    def update(self) -> None:
        """Send the changed attributes (only those) to CrowdFlower.

        Raises ``RuntimeError`` when ``title``, ``instructions`` or ``cml`` is missing both from
        the changes and from the job, since the API would silently persist nothing.
        """
        changes = self.changes
        if not changes:
            return
        missing = [n for n in self.REQUIRED_FOR_UPDATE if not self._raw.get(n)]
        if missing:
            raise RuntimeError(f"a job needs {', '.join(missing)} to be saved")
        self._set_raw(self.client.update_job(self.id, changes).raw)

    def save(self) -> Job:
        """Create the job (no id yet) or send the changes; returns ``self``.

        >>> job = Job(client); job.title = "Label cats"; job.save()   # doctest: +SKIP
        """
        if self.id is None:
            self._set_raw(self.client.create_job(self.changes).raw)
        else:
            changes = self.changes
            if changes:
                self._set_raw(self.client.update_job(self.id, changes).raw)
        return self

    def reload(self) -> Job:
        """Read the job again (discarding local changes)."""
        self._set_raw(self.client.get_job(self.id).raw)
        return self

    def delete(self) -> None:
        """Delete the job; this instance must not be used afterwards."""
        self.client.delete_job(self.id)

    def copy(self, all_units: bool = False, gold: bool = False) -> Job:
        """A new job copied from this one."""
        return self.client.copy_job(self.id, all_units, gold)

    # -- state -----------------------------------------------------------------------------

    def _command(self, name: str) -> Job:
        data = self.client.job_command(self.id, name)
        if isinstance(data, dict) and "id" in data:
            self._set_raw({**self._raw, **data})
        return self

    def pause(self) -> Job:
        """Temporarily stop judgments from coming in."""
        return self._command("pause")

    def resume(self) -> Job:
        """Resume a paused job."""
        return self._command("resume")

    def cancel(self) -> Job:
        """Cancel permanently; unreceived judgments are refunded."""
        return self._command("cancel")

    def ping(self) -> dict[str, Any]:
        """Status and progress counts."""
        result: dict[str, Any] = self.client.job_command(self.id, "ping")
        return result

    def legend(self) -> dict[str, Any]:
        """The generated keys submitted with the form."""
        result: dict[str, Any] = self.client.job_command(self.id, "legend")
        return result

    def launch(self, units_count: int, channels: Iterable[str] = ("on_demand",)) -> Order:
        """Order ``units_count`` units at ``channels`` (402 → ``PaymentRequiredError``)."""
        return self.client.debit_order(self, units_count, channels)

    # -- data ------------------------------------------------------------------------------

    def upload(self, data: Iterable[Mapping[str, Any]], force: bool = False) -> Job:
        """Upload rows as JSON lines to this job.

        >>> job.upload([{"url": "https://example.com/a.jpg"}])   # doctest: +SKIP
        """
        self._set_raw(self.client.upload_job(data, self.id, force).raw)
        return self

    def upload_file(self, file: str | IO[Any], type_: str | None = None,
                    force: bool = False) -> Job:
        """Upload a CSV / JSON-lines file (path or file object) to this job."""
        self._set_raw(self.client.upload_job_file(file, type_, self.id, force).raw)
        return self

    @property
    def units(self) -> list[UnitPromise]:
        """Every unit of the job as a :class:`UnitPromise` (all pages)."""
        return list(self.client.get_units(self))

    @property
    def judgment_aggregates(self) -> list[JudgmentAggregate]:
        """Every :class:`JudgmentAggregate` (pages of 100; slow on big jobs)."""
        return list(self.client.get_judgmentaggregates(self))

    def get_judgment(self, judgment_id: int) -> Judgment:
        return self.client.get_judgment(self, judgment_id)

    def get_results_report(self) -> list[Unit]:
        """The ``json`` report (waiting while it is generated) as a list of :class:`Unit`."""
        return self.client.get_report(self, "json")

    def get_worker(self, worker_id: int) -> Worker:
        return Worker(self, self.client, id=worker_id)

    def convert_test_questions(self) -> None:
        """Convert uploaded golden units to test questions."""
        self.client.convert_job_test_questions(self.id)

    # -- channels and tags -----------------------------------------------------------------

    @property
    def channels(self) -> list[str]:
        """Enabled channels; assigning a list enables them."""
        return list(self.client.get_job_channels(self.id)["enabled_channels"])

    @channels.setter
    def channels(self, channels: Iterable[str]) -> None:
        self.client.set_job_channels(self.id, channels)

    @property
    def tags(self) -> list[str]:
        """Tag names; assigning a list replaces them."""
        return self.client.get_job_tags(self.id)

    @tags.setter
    def tags(self, tags: Iterable[str]) -> None:
        self.client.set_job_tags(self.id, tags)

    def add_tag(self, tag: str) -> None:
        self.client.add_job_tag(self.id, tag)


class _JobChild(CFObject):
    """A resource that belongs to a job (``Unit(job, client, **data)``)."""

    def __init__(self, job: Job, client: Client | None = None, **data: Any) -> None:
        super().__init__(client if client is not None else job.__dict__["_client"], **data)
        self.__dict__["job"] = job


class Unit(_JobChild):
    """A unit (row) of a job; ``results`` once judged.

    >>> unit = client.get_unit(job, 5); unit.get_aggregate("sentiment")   # doctest: +SKIP
    """

    _writable = frozenset({"data", "state", "agreement", "difficulty", "missed_count", "job_id"})
    _known = frozenset({"created_at", "judgments_count", "updated_at", "results"})

    def get_aggregate(self, key: str, default: Any = None) -> Any:
        """The aggregated answer for ``key``, or ``default``."""
        results = self._raw.get("results") or {}
        entry = results.get(key)
        return entry.get("agg", default) if isinstance(entry, dict) else default

    def cancel(self) -> None:
        self.client.cancel_unit(self.job.id, self.id)


class UnitPromise(_JobChild):
    """A unit known by id and data; other attributes load the full :class:`Unit` once."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name in self._raw:
            return super().__getattr__(name)
        unit = self.__dict__.get("_unit")
        if unit is None:
            unit = self.__dict__["_unit"] = self.client.get_unit(self.job, self.id)
        return getattr(unit, name)


class Judgment(_JobChild):
    """One judgment of a unit."""

    _writable = frozenset({"webhook_sent_at", "reviewed", "missed", "tainted", "country",
                           "region", "city", "golden", "unit_state"})
    _known = frozenset({"started_at", "created_at", "job_id", "contributor_id", "worker_id",
                        "unit_id", "judgment", "external_type", "rejected", "ip", "data",
                        "unit_data", "trust", "worker_trust"})


class JudgmentAggregate(_JobChild):
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


class Worker(_JobChild):
    """A contributor, as seen from one job.

    >>> job.get_worker(77).bonus(50, reason="great work")   # doctest: +SKIP
    """

    def bonus(self, amount: int, reason: str | None = None) -> None:
        """Pay a bonus of ``amount`` cents (never retried: money moves)."""
        self.client.worker_command(self.job.id, self.id, "bonus", amount=amount, reason=reason)

    def notify(self, message: str) -> None:
        """Show ``message`` on the worker's dashboard."""
        self.client.worker_command(self.job.id, self.id, "notify", message=message)

    def flag(self, flag: str, persist: bool = False) -> None:
        """Stop the worker from working on this job (``persist``: on every job)."""
        self.client.worker_command(self.job.id, self.id, "flag", flag=flag, persist=persist)

    def deflag(self, deflag: str) -> None:
        """Lift a flag, giving a reason."""
        self.client.worker_command(self.job.id, self.id, "deflag", deflag=deflag)

    def reject(self) -> None:
        """Block the worker from the job and remove all their judgments."""
        self.client.worker_command(self.job.id, self.id, "reject")


class Order(_JobChild):
    """A debit order that launched a job."""

    _writable = frozenset({"job_id"})
    _known = frozenset({"created_at", "meta", "type", "updated_at", "user_id"})
