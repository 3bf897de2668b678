r"""Aggregation: a\ batch\ aggregation\ run\ of\ a\ workflow."""

from __future__ import annotations

from zoo_payloads.panoptes_attributes import AggregationAttributes

from zoo_sdk.panoptes.objects import PanoptesObject


class Aggregation(PanoptesObject, AggregationAttributes):
    r"""A\ batch\ aggregation\ run\ of\ a\ workflow.

    >>> Aggregation.where(page_size=10)   # doctest: +SKIP
    """

    _api_slug = "aggregations"
    _singular = "aggregation"
