"""Classification: one volunteer's annotations of subjects.

>>> Classification.where(scope="project", project_id=123)   # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoo_payloads.panoptes_attributes import ClassificationAttributes

from zoo_sdk import errors
from zoo_sdk.panoptes.objects import PanoptesObject, call
from zoo_sdk.panoptes.paging import MAX_PAGE_SIZE, Paginator, page_of

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import ClassificationLinks

#: ``scope`` values of :meth:`Classification.where` and the list operation each uses.
SCOPES = {
    None: "list_classifications",
    "project": "list_project_classifications",
    "gold_standard": "list_gold_standard_classifications",
    "incomplete": "list_incomplete_classifications",
}


class Classification(PanoptesObject, ClassificationAttributes):
    """A classification (write-once: annotations, metadata, links to subjects)."""

    _api_slug = "classifications"
    _singular = "classification"
    links: ClassificationLinks

    @classmethod
    def where(cls, scope: str | None = None, **filters: Any) -> Paginator[Classification]:
        """Your classifications, or with ``scope='project'`` a project's (as its owner), or
        ``gold_standard`` / ``incomplete``."""
        if scope not in SCOPES:
            raise errors.ValidationError(f"unknown classification scope {scope!r}")
        if scope is None:
            return super().where(**filters)
        module = cls._op(SCOPES[scope])
        filters.setdefault("page_size", MAX_PAGE_SIZE)
        from zoo_sdk.panoptes.client import Panoptes

        client = Panoptes.client()

        def fetch(page: int) -> Any:
            with client:
                return page_of(call(module, **{**filters, "page": page}), cls._api_slug)

        return Paginator(fetch, lambda raw, body: cls(raw))
