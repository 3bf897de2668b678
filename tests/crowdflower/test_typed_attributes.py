"""CrowdFlower attributes typed from the spec: the generated ``<Record>Attributes`` are the names
each resource knows, and attribute and item access keep their run-time rules."""

from __future__ import annotations

import pytest
from zoo_payloads import crowdflower_attributes as spec

from zoo_sdk.crowdflower import Client, Job, Judgment, Order, Unit
from zoo_sdk.errors import ReadOnlyAttributeException, UnknownAttributeError


@pytest.mark.parametrize(("cls", "record"), [
    (Job, spec.JobAttributes), (Unit, spec.UnitAttributes),
    (Judgment, spec.JudgmentRecordAttributes), (Order, spec.OrderAttributes),
])
def test_known_names_are_the_spec_attributes(cls: type, record: type) -> None:
    assert set(record.__annotations__) <= cls._known
    assert cls._writable - cls._known <= {"uri"}  # the write-only data feed of a job


def test_attribute_and_item_access(client: Client, job: Job) -> None:
    assert job.title == job["title"] == "Label cats"
    assert job.language is None  # a spec attribute this job does not carry
    with pytest.raises(KeyError):
        _ = job["language"]
    with pytest.raises(UnknownAttributeError, match="did you mean 'title'"):
        _ = job.titel  # type: ignore[attr-defined]
    with pytest.raises(ReadOnlyAttributeException):
        job.units_count = 5
    unit = next(iter(job.units))
    full = client.get_unit(job, unit.id)
    assert full.state == unit.state
    with pytest.raises(ReadOnlyAttributeException):
        full.results = {}
