"""``Job``, as in everilae's ``crowdflower.job`` (``from zoo_sdk.crowdflower.job import Job``).

    job = client.get_job(123)
    job.title = "New title"
    job.update()
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any

from zoo_payloads.crowdflower_attributes import JobAttributes

from zoo_sdk.crowdflower.base import CFObject
from zoo_sdk.crowdflower.worker import Worker

if TYPE_CHECKING:
    from zoo_sdk.crowdflower.client import Client
    from zoo_sdk.crowdflower.judgment import Judgment, JudgmentAggregate
    from zoo_sdk.crowdflower.order import Order
    from zoo_sdk.crowdflower.unit import Unit, UnitPromise

__all__ = ["Job"]


class Job(CFObject, JobAttributes):
    """A CrowdFlower job (its attributes typed from the spec's ``Job``).

    >>> job = client.get_job(123)                  # doctest: +SKIP
    >>> job["title"] == job.title                  # doctest: +SKIP
    True
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
    uri: str | None
    """URL of a data feed to pull units from (write-only: records do not carry it)."""
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
        return [tag["name"] for tag in self.client.get_job_tags(self.id)]

    @tags.setter
    def tags(self, tags: Iterable[str]) -> None:
        self.client.set_job_tags(self.id, tags)

    def add_tag(self, tag: str) -> None:
        self.client.add_job_tag(self.id, tag)
