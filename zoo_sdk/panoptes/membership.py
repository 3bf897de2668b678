r"""Membership: a\ user's\ membership\ of\ a\ user\ group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoo_payloads.panoptes_attributes import MembershipAttributes

from zoo_sdk.panoptes.objects import PanoptesObject

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import MembershipLinks


class Membership(PanoptesObject, MembershipAttributes):
    r"""A\ user's\ membership\ of\ a\ user\ group.

    >>> Membership.where(page_size=10)   # doctest: +SKIP
    """

    _api_slug = "memberships"
    _singular = "membership"
    links: MembershipLinks
