r"""UserGroup: a\ group\ of\ users."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoo_payloads.panoptes_attributes import UserGroupAttributes

from zoo_sdk.panoptes.objects import PanoptesObject

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import UserGroupLinks


class UserGroup(PanoptesObject, UserGroupAttributes):
    r"""A\ group\ of\ users.

    >>> UserGroup.where(page_size=10)   # doctest: +SKIP
    """

    _api_slug = "user_groups"
    _singular = "user_group"
    links: UserGroupLinks
