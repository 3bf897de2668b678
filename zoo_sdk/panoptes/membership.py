r"""Membership: a\ user's\ membership\ of\ a\ user\ group."""

from __future__ import annotations

from zoo_payloads.panoptes_attributes import MembershipAttributes

from zoo_sdk.panoptes.objects import PanoptesObject


class Membership(PanoptesObject, MembershipAttributes):
    r"""A\ user's\ membership\ of\ a\ user\ group.

    >>> Membership.where(page_size=10)   # doctest: +SKIP
    """

    _api_slug = "memberships"
    _singular = "membership"
