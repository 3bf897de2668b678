"""``Order``, as in everilae's ``crowdflower.order``.

    from zoo_sdk.crowdflower.order import Order
    order = job.launch(100)                  # an Order; client.get_order(job, order.id)
"""

from __future__ import annotations

from zoo_payloads.crowdflower_attributes import OrderAttributes

from zoo_sdk.crowdflower.base import JobResource

__all__ = ["Order"]


class Order(JobResource, OrderAttributes):
    """A debit order that launched a job (its attributes typed from the spec's ``Order``).

    >>> job.launch(10)["type"]           # doctest: +SKIP
    'Debit'
    """

    _writable = frozenset({"job_id"})
