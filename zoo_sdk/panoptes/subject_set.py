"""SubjectSet: its subjects, membership, bulk upload, exports.

>>> subject_set.add([1, 2, 3])                 # doctest: +SKIP
>>> for subject in subject_set.subjects: ...   # pages of 100, prefetched
>>> subject_set.upload(items, concurrency=16, progress=print, journal="upload.jsonl")
>>> subject_set.download_media("imgs/", concurrency=16)   # every location, resumable
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
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
    from zoo_payloads.panoptes_links import SubjectSetLinks

    from zoo_sdk.panoptes.media_download import MediaDownloadResult, MediaFile, MediaProgress
    from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus

#: Membership lookups (100 ids each) in flight at once while adding subjects to a set.
MEMBERSHIP_LOOKUPS = 4


class SetMembers(LinkCollection[Subject]):
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
        """The ids among ``ids`` that are members: one lookup per 100, run concurrently."""
        from zoo_sdk.panoptes.set_member_subject import SetMemberSubject

        set_id = self._require_saved()
        lookups = [
            SetMemberSubject.where(subject_set_id=set_id, subject_id=",".join(batch))
            for batch in batches(ids, BATCH_SIZE)
        ]
        pages: list[list[SetMemberSubject]]
        if len(lookups) > 1:
            with ThreadPoolExecutor(min(len(lookups), MEMBERSHIP_LOOKUPS),
                                    thread_name_prefix="zoo-members") as pool:
                pages = list(pool.map(list, lookups))
        else:
            pages = [list(lookup) for lookup in lookups]
        links = (member.raw.get("links", {}).get("subject") for page in pages for member in page)
        return {str(subject) for subject in links if subject is not None}


class SubjectSet(Exportable, SubjectSetAttributes):
    """A set of subjects, linked to a project and to workflows."""

    _api_slug = "subject_sets"
    _singular = "subject_set"
    links: SubjectSetLinks
    _link_collections: ClassVar[dict[str, type[LinkCollection[Subject]]]] = {"subjects": SetMembers}

    def add(self, subjects: Any) -> None:
        """Link subjects (ids or Subjects) to this set, 100 per request, skipping members.

        Subjects still being saved by ``Subject.async_saves()`` are waited for, and linked 100
        at a time as their saves end (the others need not wait). A subject whose queued save
        failed (and that was not saved since) is not linked: UploadError names how many, after
        the others are linked.

        >>> with Subject.async_saves():                # doctest: +SKIP
        ...     subjects = [new_subject(path) for path in paths]   # each one saved
        ...     subject_set.add(subjects)              # linked as they are created
        """
        given = list(subjects) if isinstance(subjects, Iterable) and not isinstance(
            subjects, str | bytes) else [subjects]
        ready: list[Any] = []
        failed: list[BaseException] = []
        for subject in given:
            future = subject._future if isinstance(subject, Subject) else None
            if future is not None and not future.done():
                whole = len(ready) - len(ready) % BATCH_SIZE
                if whole:
                    self.links.subjects.add(ready[:whole])
                    del ready[:whole]
                wait([future])
            error = future.exception() if future is not None else None
            if error is not None and not _saved(subject):
                failed.append(error)
                continue
            ready.append(subject)
        if ready:
            self.links.subjects.add(ready)
        if failed:
            raise errors.UploadError(
                f"{len(failed)} of {len(given)} subjects were not linked: their saves failed "
                f"(first: {failed[0]}); save them again, then add them"
            ) from failed[0]

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


def _saved(subject: Subject) -> bool:
    """True when the subject exists with all its files uploaded."""
    return subject.id is not None and not any(loc.is_local for loc in subject._media)
