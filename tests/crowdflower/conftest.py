"""Fixtures of the CrowdFlower tests: a client on the emulator with fast retries, and a job."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from zoo_sdk._http import RetryPolicy
from zoo_sdk.crowdflower import Client, Job
from zoo_sdk.emulator import Emulator

CML = '<cml:radios label="Cat?" name="answer" validates="required"/>'
FAST = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.02)


@pytest.fixture
def client(emu: Emulator) -> Iterator[Client]:
    with Client(emu.crowdflower_key, endpoint=emu.crowdflower_url, retry=FAST) as c:
        yield c


@pytest.fixture
def job(client: Client) -> Job:
    """A job with two units."""
    created = client.create_job({"title": "Label cats", "instructions": "Is it a cat?",
                                 "cml": CML, "judgments_per_unit": 1})
    created.upload([{"n": 1}, {"n": 2}])
    return created
