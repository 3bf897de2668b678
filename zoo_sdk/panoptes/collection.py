"""Collection: a user's list of subjects.

>>> collection = Collection.find(slug="example/my-collection")   # doctest: +SKIP
>>> collection.add([Subject(1), 2])                              # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoo_payloads.panoptes_attributes import CollectionAttributes

from zoo_sdk.panoptes.objects import PanoptesObject, ids_of
from zoo_sdk.panoptes.paging import Paginator
from zoo_sdk.panoptes.subject import Subject

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import CollectionLinks


class Collection(PanoptesObject, CollectionAttributes):
    """A collection of subjects."""

    _api_slug = "collections"
    _singular = "collection"
    links: CollectionLinks

    @classmethod
    def find(cls, id: Any = None, slug: str | None = None, **kwargs: Any) -> Collection:
        """Find by id, or by ``slug`` (``"owner/name"``)."""
        if id in ("", None) and slug is not None:
            return super().find(None, slug=slug, **kwargs)
        return super().find(id, **kwargs)

    def add(self, subjects: Any) -> None:
        """Add subjects (ids or Subjects), 100 per request."""
        self.links.subjects.add(subjects)

    def remove(self, subjects: Any) -> None:
        """Remove subjects, 100 per request."""
        self.links.subjects.remove(subjects)

    def set_default_subject(self, subject: Any) -> None:
        """Show this subject's media as the collection's cover."""
        self.links.default_subject = ids_of(subject, "subjects")[0]
        self.save()

    @property
    def subjects(self) -> Paginator[Subject]:
        """The subjects of this collection, lazily, 100 per page."""
        return Subject.where(collection_id=self.id)
