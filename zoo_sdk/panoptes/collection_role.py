r"""CollectionRole: roles\ of\ a\ user\ or\ group\ on\ a\ collection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoo_payloads.panoptes_attributes import CollectionRoleAttributes

from zoo_sdk.panoptes.objects import PanoptesObject

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import CollectionRoleLinks


class CollectionRole(PanoptesObject, CollectionRoleAttributes):
    r"""Roles\ of\ a\ user\ or\ group\ on\ a\ collection.

    >>> CollectionRole.where(page_size=10)   # doctest: +SKIP
    """

    _api_slug = "collection_roles"
    _singular = "collection_role"
    links: CollectionRoleLinks
