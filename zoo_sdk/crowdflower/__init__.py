"""CrowdFlower (Figure Eight) API client, with the everilae ``crowdflower`` Python API.

Scripts written for ``crowdflower`` port by changing the import::

    from zoo_sdk.crowdflower import Client
    client = Client("yourapikey")
    job = client.get_job(123123)
    job.title = "New Title"
    job.update()

Against the offline emulator: ``Client(emu.crowdflower_key, endpoint=emu.crowdflower_url)``.
"""

from zoo_sdk.crowdflower.client import (
    DEFAULT_ENDPOINT,
    ApiError,
    Client,
    FormBody,
    PaymentRequiredError,
    Report,
    ReportNotReadyError,
    ReportTimeoutError,
    flatten,
)
from zoo_sdk.crowdflower.resources import (
    Job,
    Judgment,
    JudgmentAggregate,
    Order,
    Unit,
    UnitPromise,
    Worker,
)

__all__ = [
    "DEFAULT_ENDPOINT",
    "ApiError",
    "Client",
    "FormBody",
    "Job",
    "Judgment",
    "JudgmentAggregate",
    "Order",
    "PaymentRequiredError",
    "Report",
    "ReportNotReadyError",
    "ReportTimeoutError",
    "Unit",
    "UnitPromise",
    "Worker",
    "flatten",
]
