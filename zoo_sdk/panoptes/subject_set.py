"""SubjectSet: its subjects, membership, bulk upload, exports.

>>> subject_set.add([1, 2, 3])                 # doctest: +SKIP
>>> for subject in subject_set.subjects: ...   # pages of 100, prefetched
>>> subject_set.upload(items, concurrency=16, progress=print, journal="upload.jsonl")
>>> subject_set.download_media("imgs/", concurrency=16)   # every location, resumable
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from zoo_payloads.panoptes_attributes import SubjectSetAttributes

from zoo_sdk import errors
from zoo_sdk.panoptes.exports import Exportable
from zoo_sdk.panoptes.links import BATCH_SIZE, LinkCollection, batches
from zoo_sdk.panoptes.objects import PanoptesObject, ids_of
from zoo_sdk.panoptes.paging import Paginator
from zoo_sdk.panoptes.subject import Subject
from zoo_sdk.panoptes.uploads import (
    CREATE_BATCH,
    ROUNDS,
    BulkUpload,
    UploadProgress,
    UploadResult,
)

if TYPE_CHECKING:
    from zoo_sdk.panoptes.media_download import MediaDownloadResult, MediaFile, MediaProgress
    from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus


class SetMembers(LinkCollection):
    """``subject_set.links.subjects``: the server does not list member ids on the set, so
    iteration pages through the subjects and membership asks the server once per 100 ids."""

    def __init__(self, parent: PanoptesObject, slug: str = "subjects") -> None:
        super().__init__(Subject, slug, parent, [])

    def __iter__(self) -> Iterator[Subject]:
        return iter(Subject.where(subject_set_id=self._require_saved()))

    def __len__(self) -> int:
        return int(self._parent.raw.get("set_member_subjects_count") or 0)

    def __getitem__(self, index: int) -> Subject:
        raise TypeError("subject set members are not indexable; iterate them instead")

    def __contains__(self, obj: object) -> bool:
        try:
            wanted = ids_of(obj, "subjects")
        except (errors.ValidationError, errors.LinkTypeError):
            return False  # not a subject: never a member (request errors still raise)
        return bool(self._already_linked(wanted))

    def __repr__(self) -> str:
        return f"<SetMembers of SubjectSet {self._parent.id}>"

    def _already_linked(self, ids: list[str]) -> set[str]:
        from zoo_sdk.panoptes.set_member_subject import SetMemberSubject

        found: set[str] = set()
        for batch in batches(ids, BATCH_SIZE):
            for member in SetMemberSubject.where(
                subject_set_id=self._require_saved(), subject_id=",".join(batch)
            ):
                subject = member.raw.get("links", {}).get("subject")
                if subject is not None:
                    found.add(str(subject))
        return found


class SubjectSet(Exportable, SubjectSetAttributes):
    """A set of subjects, linked to a project and to workflows."""

    _api_slug = "subject_sets"
    _singular = "subject_set"
    _link_collections: ClassVar[dict[str, type[LinkCollection]]] = {"subjects": SetMembers}

    def add(self, subjects: Any) -> None:
        """Link subjects (ids or Subjects) to this set, 100 per request, skipping members."""
        self.links.subjects.add(subjects)

    def remove(self, subjects: Any) -> None:
        """Unlink subjects from this set, 100 per request."""
        self.links.subjects.remove(subjects)

    @property
    def subjects(self) -> Paginator[Subject]:
        """The subjects of this set, lazily, 100 per page (pages prefetched concurrently)."""
        return Subject.where(subject_set_id=self.id)

    def subject_workflow_statuses(self, workflow_id: Any) -> Iterator[SubjectWorkflowStatus]:
        """Statuses in one workflow of the subjects of this set."""
        from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus

        return iter(
            SubjectWorkflowStatus.where(
                subject_set_id=self.id, workflow_id=ids_of(workflow_id, "workflows")[0]
            )
        )

    def upload(
        self,
        items: Iterable[Any],
        *,
        concurrency: int = 8,
        progress: Callable[[UploadProgress], None] | None = None,
        journal: str | os.PathLike[str] | None = None,
        create_batch: int = CREATE_BATCH,
        rounds: int = ROUNDS,
    ) -> UploadResult:
        """Create subjects from ``items``, upload their media and link them to this set.

        Each item is a path/file object, a ``(locations, metadata)`` pair, or a dict with
        ``locations``, ``metadata`` and an optional stable ``key``. Every file is checked before
        any request. Subjects are created ``create_batch`` per request, their files uploaded
        with ``concurrency`` requests in flight, and they are linked in batches of 100 once their
        media is uploaded, so the set never holds a half-uploaded subject.
        A step that fails in a way worth retrying is tried again in up to ``rounds`` passes;
        a create whose reply was lost is first looked for on the server (see
        :mod:`zoo_sdk.panoptes.uploads`), so nothing is created twice.
        With ``journal`` (a file path) an interrupted upload resumes where it stopped, without
        duplicates: run the same call again. Raises UploadError if any item finally failed,
        after linking all the others.
        """
        return BulkUpload(
            self,
            items,
            concurrency=concurrency,
            progress=progress,
            journal=journal,
            create_batch=create_batch,
            rounds=rounds,
        ).run()

    def download_media(
        self,
        folder: str | os.PathLike[str],
        *,
        concurrency: int = 8,
        resume: bool = True,
        name: Callable[[MediaFile], str | os.PathLike[str]] | None = None,
        progress: Callable[[MediaProgress], None] | None = None,
    ) -> MediaDownloadResult:
        """Download every location of every subject of this set into ``folder``, ``concurrency``
        files at a time: ``{subject_id}_{location_index}.{ext}`` (or ``name(media_file)``),
        streamed, verified, renamed into place, recorded in ``folder/manifest.jsonl``. With
        ``resume`` a second run skips complete files and continues cut ones (``Range``). A file
        that fails is listed in the result's ``failed`` (nothing raised); see
        :mod:`zoo_sdk.panoptes.media_download`.

        >>> result = subject_set.download_media("imgs/", concurrency=16)   # doctest: +SKIP
        >>> result.downloaded[0].path, result.failed
        ('1001_0.png', [])
        """
        from zoo_sdk.panoptes.media_download import download_media

        if self.id is None:
            raise errors.ObjectNotSavedException(
                "save the subject set before downloading its media")
        return download_media(self.subjects, folder, concurrency=concurrency, resume=resume,
                              name=name, progress=progress)
