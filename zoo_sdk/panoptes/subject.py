"""Subject: media locations, uploads on save, async saves, retirement status.

>>> with Subject.async_saves():                     # doctest: +SKIP
...     s = Subject()
...     s.links.project = 1234
...     s.add_location("cat.png")                   # type and size checked now
...     s.metadata["filename"] = "cat.png"
...     s.save()                                    # POST, then PUT each file (streamed)
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from zoo_payloads.panoptes_attributes import SubjectAttributes

from zoo_sdk import errors
from zoo_sdk.panoptes.client import Panoptes
from zoo_sdk.panoptes.media import Location
from zoo_sdk.panoptes.objects import PanoptesObject
from zoo_sdk.panoptes.uploads import AsyncSaves, upload_locations

if TYPE_CHECKING:
    from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus


class Subject(PanoptesObject, SubjectAttributes):
    """A piece of media (or several) for volunteers to classify."""

    _api_slug = "subjects"
    _singular = "subject"

    def __init__(self, raw: Any = None, etag: str | None = None) -> None:
        super().__init__(raw, etag)
        if raw is None:
            self._raw.setdefault("locations", [])
            self._raw.setdefault("metadata", {})
            self._changed.update({"locations", "metadata"})
        self.__dict__["_media"] = []
        self.__dict__["_future"] = None

    def add_location(self, location: Any) -> None:
        """Add a local file (path or binary file object) or a remote ``{mime: url}``.

        The media type is detected from the bytes and name, and checked with the size against
        what the API accepts: UnknownMediaException before any request, order kept.
        """
        checked = Location.from_source(location)
        if not self._loaded and self.id:
            self.reload()
        locations = self._raw.setdefault("locations", [])
        checked.index = len(locations)
        self._media.append(checked)
        locations.append(checked.to_request())
        self._changed.add("locations")

    def save(self, client: Panoptes | None = None) -> None:
        """Create or update the subject, then upload its local files in parallel.

        Inside ``Subject.async_saves()`` this queues the save (see ``async_save_result``).
        A file that cannot be uploaded after retries raises UploadError; calling ``save()``
        again retries the files not uploaded yet (the signed URLs last 20 minutes).
        """
        pool = AsyncSaves.current()
        if pool is not None:
            self.__dict__["_future"] = pool.submit(self, lambda: self._save_now(client))
            return
        self._save_now(client)

    def _save_now(self, client: Panoptes | None) -> None:
        with client or Panoptes.client() as active:
            if self.modified_attributes:
                self.save_without_upload()
            pending = [loc for loc in self._media if loc.is_local]
            if pending:
                upload_locations(self, self._media, active)
            self._media.clear()

    def _lost_create(
        self, exc: errors.AmbiguousWriteError, payload: dict[str, Any]
    ) -> errors.AmbiguousWriteError:
        """A subject create whose reply was lost: ``error.find()`` lists the subjects of the
        project, uploaded by this user, that match its metadata and media types."""
        project = (payload.get("links") or {}).get("project")
        client = Panoptes.client()
        user = client.logged_in_user_id

        def find() -> list[Subject]:
            filters: dict[str, Any] = {"project_id": project, "sort": "-id"}
            if user:
                filters["upload_user_id"] = user
            with client:
                newest = itertools.islice(Subject.where(**filters), LOST_CREATE_SCAN)
                return [s for s in newest if _same_subject(s.raw, payload)]

        user_filter = f", upload_user_id={user}" if user else ""
        return errors.AmbiguousWriteError(
            "the reply to creating this subject was lost: the subject may exist",
            hint=(
                "call .find() on this error (or look at Subject.where(project_id="
                f"{project}{user_filter}, sort='-id') for the same metadata) before saving again"
            ),
            find=find,
            method=exc.method,
            url=exc.url,
        )

    def save_without_upload(self) -> None:
        """Only the create/update request (uploads are the caller's job)."""
        PanoptesObject.save(self)

    @classmethod
    def async_saves(cls, workers: int = 8) -> AsyncSaves:
        """A context manager that saves subjects on ``workers`` threads.

        Leaving the block waits for every save and raises UploadError if any failed.
        """
        return AsyncSaves(workers)

    @property
    def async_save_result(self) -> bool:
        """True once the queued save succeeded; raises its error if it failed; else False."""
        future = self._future
        if future is None or not future.done():
            return False
        future.result()
        return True

    def subject_workflow_status(self, workflow_id: Any) -> SubjectWorkflowStatus:
        """This subject's status (classifications, retirement) in one workflow."""
        from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus

        return SubjectWorkflowStatus.find(subject_id=self.id, workflow_id=_as_id(workflow_id))


#: Newest subjects of the project searched by ``AmbiguousWriteError.find()`` after a lost create.
LOST_CREATE_SCAN = 500


def _same_subject(raw: dict[str, Any], payload: dict[str, Any]) -> bool:
    """True when a subject on the server is what ``payload`` asked to create."""
    asked = payload.get("locations") or []
    wanted = [loc if isinstance(loc, str) else next(iter(loc)) for loc in asked]
    types = [next(iter(loc)) for loc in raw.get("locations") or [] if isinstance(loc, dict)]
    return raw.get("metadata") == payload.get("metadata", {}) and types == wanted


def _as_id(obj: Any) -> str:
    from zoo_sdk.panoptes.objects import ids_of

    return ids_of(obj, "workflows")[0]
