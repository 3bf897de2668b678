"""``Order``, as in everilae's ``crowdflower.order``.

    from zoo_sdk.crowdflower.order import Order
    order = job.launch(100)                  # an Order; client.get_order(job, order.id)
"""

from __future__ import annotations

from zoo_sdk.crowdflower.base import JobResource

__all__ = ["Order"]


class Order(JobResource):
    """A debit order that launched a job.

    >>> job.launch(10)["type"]           # doctest: +SKIP
    'Debit'
    """

    _writable = frozenset({"job_id"})
    _known = frozenset({"created_at", "meta", "type", "updated_at", "user_id"})
