"""CrowdFlower (Figure Eight) API client, with the everilae ``crowdflower`` Python API.

Scripts written for ``crowdflower`` port by changing the import; the modules are everilae's
(``client``, ``job``, ``judgment``, ``unit``, ``worker``, ``order``)::

    from zoo_sdk.crowdflower import Client       # or: from zoo_sdk.crowdflower.client import Client
    from zoo_sdk.crowdflower.job import Job
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
    PathFactory,
    PaymentRequiredError,
    Report,
    ReportNotReadyError,
    ReportTimeoutError,
    flatten,
)
from zoo_sdk.crowdflower.job import Job
from zoo_sdk.crowdflower.judgment import Judgment, JudgmentAggregate
from zoo_sdk.crowdflower.order import Order
from zoo_sdk.crowdflower.unit import Unit, UnitPromise
from zoo_sdk.crowdflower.worker import Worker

__all__ = [
    "DEFAULT_ENDPOINT",
    "ApiError",
    "Client",
    "FormBody",
    "Job",
    "Judgment",
    "JudgmentAggregate",
    "Order",
    "PathFactory",
    "PaymentRequiredError",
    "Report",
    "ReportNotReadyError",
    "ReportTimeoutError",
    "Unit",
    "UnitPromise",
    "Worker",
    "flatten",
]
