"""Subject: media locations, uploads on save, async saves, retirement status.

>>> with Subject.async_saves():                     # doctest: +SKIP
...     s = Subject()
...     s.links.project = 1234
...     s.add_location("cat.png")                   # type and size checked now
...     s.metadata["filename"] = "cat.png"
...     s.save()                                    # POST, then PUT each file (streamed)
>>> Subject(1234).save_attached_image("notes.txt", metadata={"about": "field notes"})
... # doctest: +SKIP
>>> Subject(1234).download_media("imgs/")     # its locations: 1234_0.png, ...  # doctest: +SKIP
"""

from __future__ import annotations

import copy
import itertools
import os
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from zoo_payloads.panoptes_attributes import SubjectAttributes

from zoo_sdk import errors
from zoo_sdk._http import JSONBody, check_json
from zoo_sdk.panoptes._ops import op
from zoo_sdk.panoptes.client import Panoptes
from zoo_sdk.panoptes.media import ATTACHED_MEDIA_TYPES, Location
from zoo_sdk.panoptes.objects import PanoptesObject, _id_of, call
from zoo_sdk.panoptes.paging import MAX_PAGE_SIZE, page_of, records_of
from zoo_sdk.panoptes.uploads import ASYNC_SAVE_WORKERS, AsyncSaves, put_blob, upload_locations

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import SubjectLinks

    from zoo_sdk.panoptes.media_download import MediaDownloadResult, MediaFile, MediaProgress
    from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus


class Subject(PanoptesObject, SubjectAttributes):
    """A piece of media (or several) for volunteers to classify."""

    _api_slug = "subjects"
    _singular = "subject"
    links: SubjectLinks
    _media: list[Location]  # instance state, kept in __dict__
    _future: Future[None] | None

    def __init__(self, raw: Any = None, etag: str | None = None) -> None:
        super().__init__(raw, etag)
        if raw is None:
            self._raw.setdefault("locations", [])
            self._raw.setdefault("metadata", {})
            self._changed.update({"locations", "metadata"})
        self.__dict__["_media"] = []
        self.__dict__["_future"] = None

    def add_location(self, location: Any, manual_mimetype: str | None = None) -> None:
        """Add a local file (path or binary file object) or a remote ``{mime: url}``.

        The media type is detected from the bytes and name, or given as ``manual_mimetype``
        (ignored for a remote ``{mime: url}``, as in panoptes_client), and checked with the size
        against what the API accepts: UnknownMediaException before any request, order kept.

        >>> subject.add_location("scan.bin", manual_mimetype="image/png")   # doctest: +SKIP
        """
        checked = Location.from_source(location, mime=manual_mimetype)
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
            self.__dict__["_future"] = pool.save(self, client)
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

    def _create_body(self) -> dict[str, Any]:
        """What creating this (new) subject sends, as it is now (a checked copy: later edits
        do not change a queued create)."""
        payload = self._payload(self._editable(), all_set=True)
        check_json(payload, "body.subjects")
        return copy.deepcopy(payload)

    def _take_created(self, raw: dict[str, Any], etag: str | None, sent: dict[str, Any]) -> None:
        """Take the server's record of this subject, created from ``sent`` (its body at
        ``save()``); attributes edited since stay, as changes for the next save."""
        now = dict(self._raw)  # a copy: the caller's thread may be editing the subject
        later = {name: value for name, value in now.items()
                 if name in sent and name != "links" and value != sent[name]}
        self.set_raw(raw, etag)
        for name, value in later.items():
            self._raw[name] = value
            self._changed.add(name)

    @classmethod
    def async_saves(cls, workers: int = ASYNC_SAVE_WORKERS) -> AsyncSaves:
        """A context manager that saves subjects on ``workers`` threads (requests in flight).

        New subjects are created several per request and their files uploaded as soon as each
        exists (see :mod:`zoo_sdk.panoptes.uploads`). Leaving the block waits for every save and
        raises UploadError if any failed; ``subject.id`` is set once its save is done.
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

    # -- attached images: media shown beside the subject on its Talk page -------------------

    @property
    def attached_images(self) -> list[dict[str, Any]]:
        """The media resources attached to this subject (every page), oldest first.

        Not to be confused with ``locations``, what volunteers classify: attached images are
        ancillary media shown on the subject's Talk page.

        >>> [image["content_type"] for image in Subject(1234).attached_images]   # doctest: +SKIP
        ['image/png', 'text/plain']
        """
        subject_id = self._saved_id()
        listing = op("media", "list_subject_attached_images")
        found: list[dict[str, Any]] = []
        page = 1
        while True:
            response = call(listing, subject_id=subject_id, page=page, page_size=MAX_PAGE_SIZE)
            records, meta, _ = page_of(response, "media")
            found += records
            if not records or not meta.get("next_page"):
                return found
            page = int(meta["next_page"])

    def save_attached_image(
        self,
        attached_media: Any,
        manual_mimetype: str | None = None,
        metadata: dict[str, Any] | None = None,
        client: Panoptes | None = None,
    ) -> Future[list[dict[str, Any]]]:
        """Attach media to this (saved) subject: a local file (path or binary file object),
        uploaded to Panoptes, or remote media ``{mime: url, ...}`` (one external link each).

        The names and arguments of panoptes_client's ``save_attached_image``. The type is
        detected from the bytes or given as ``manual_mimetype``; it, the size and ``metadata``
        (a JSON object stored with the medium) are checked before any request, against the types
        a Panoptes medium may have. Returns a Future of the created media resources: done on
        return (errors raised at once), or inside ``Subject.async_saves()`` queued on its pool
        (leaving the block raises if any failed).

        >>> subject.save_attached_image("field-notes.txt",
        ...                             metadata={"label": "notes"}).result()   # doctest: +SKIP
        [{'id': '12', 'content_type': 'text/plain', ...}]
        >>> subject.save_attached_image({"image/png": "https://example.org/map.png"})
        ... # doctest: +SKIP
        """
        subject_id = self._saved_id()
        if metadata is not None and not isinstance(metadata, Mapping):
            raise errors.ValidationError(
                f"metadata is a dict stored with the medium, not a {type(metadata).__name__}"
            )
        extra = dict(metadata or {})
        check_json(extra, "metadata")
        remote = isinstance(attached_media, Mapping)
        items = (
            _remote_media(attached_media)
            if remote
            else [Location.from_source(attached_media, mime=manual_mimetype,
                                       allowed=ATTACHED_MEDIA_TYPES)]
        )
        result: Future[list[dict[str, Any]]] = Future()

        def attach() -> None:
            with client or Panoptes.client() as active:
                created = [_attach(subject_id, item, extra, active) for item in items]
            result.set_result(created)

        pool = AsyncSaves.current()
        if pool is not None:

            def queued() -> None:
                try:
                    attach()
                except BaseException as exc:
                    result.set_exception(exc)
                    raise

            pool.submit(self, queued)
            return result
        attach()
        return result

    def delete_attached_image(self, attached_image: Any) -> None:
        """Delete one attached image of this subject, given as its id or its media resource
        (as listed by :attr:`attached_images`). Reads its ETag first (the server needs it).

        >>> for image in subject.attached_images:               # doctest: +SKIP
        ...     subject.delete_attached_image(image)
        """
        subject_id = self._saved_id()
        raw = attached_image.get("id") if isinstance(attached_image, Mapping) else attached_image
        image_id = _id_of(raw)
        found = call(op("media", "get_subject_attached_image"), subject_id=subject_id,
                     id=image_id)
        etag = found.headers.get("ETag")
        if not etag:
            raise errors.InvalidResponseError(
                "the server sent no ETag for the attached image", status=found.status_code
            )
        call(op("media", "delete_subject_attached_image"), subject_id=subject_id, id=image_id,
             if_match=etag)

    def _saved_id(self) -> str:
        if self.id is None:
            raise errors.ObjectNotSavedException(
                "save the subject before using its attached images"
            )
        return str(self.id)

    def download_media(
        self,
        folder: str | os.PathLike[str],
        *,
        concurrency: int = 8,
        resume: bool = True,
        name: Callable[[MediaFile], str | os.PathLike[str]] | None = None,
        progress: Callable[[MediaProgress], None] | None = None,
    ) -> MediaDownloadResult:
        """Download this (saved) subject's locations into ``folder`` as
        ``SubjectSet.download_media`` does (same names, manifest and resume).

        >>> Subject(1234).download_media("imgs/").downloaded[0].path   # doctest: +SKIP
        '1234_0.png'
        """
        from zoo_sdk.panoptes.media_download import check_output_folder, download_media

        if self.id is None:
            raise errors.ObjectNotSavedException("save the subject before downloading its media")
        check_output_folder(folder)  # before the reload: bad input costs no request
        if not self._loaded:
            self.reload()
        return download_media([self], folder, concurrency=concurrency, resume=resume, name=name,
                              progress=progress)

    def subject_workflow_status(self, workflow_id: Any) -> SubjectWorkflowStatus:
        """This subject's status (classifications, retirement) in one workflow."""
        from zoo_sdk.panoptes.subject_workflow_status import SubjectWorkflowStatus

        return SubjectWorkflowStatus.find(subject_id=self.id, workflow_id=_as_id(workflow_id))


def _remote_media(media: Mapping[Any, Any]) -> list[Location]:
    """``{mime: url, ...}`` of externally hosted attached media, checked."""
    if not media:
        raise errors.UnknownMediaException("remote media is at least one {mime: url} pair")
    items = []
    for mime, url in media.items():
        if not isinstance(mime, str) or mime not in ATTACHED_MEDIA_TYPES:
            raise errors.UnknownMediaException(
                f"media type {mime!r} is not accepted by Panoptes for attached media (allowed: "
                f"{', '.join(sorted(ATTACHED_MEDIA_TYPES))})"
            )
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise errors.UnknownMediaException(f"the {mime} media URL is not an http(s) URL: "
                                               f"{url!r}")
        items.append(Location(mime=mime, url=url))
    return items


def _attach(
    subject_id: str, item: Location, metadata: dict[str, Any], client: Panoptes
) -> dict[str, Any]:
    """Create one attached-image medium, then upload its file when Panoptes hosts it."""
    medium: dict[str, Any] = {
        "content_type": item.mime,
        "external_link": not item.is_local,
        "metadata": metadata,
    }
    if item.url:
        medium["src"] = item.url
    response = call(
        op("media", "create_subject_attached_image"),
        subject_id=subject_id,
        body=JSONBody({"media": medium}),
    )
    created = records_of(response, "media")
    if not created:
        raise errors.InvalidResponseError(
            "the server answered the attached image create with no medium",
            status=response.status_code,
        )
    record = dict(created[0])
    if item.is_local:
        upload_url = record.get("src")
        if not isinstance(upload_url, str) or not upload_url:
            raise errors.InvalidResponseError(
                "the server gave no upload URL for the attached image",
                status=response.status_code,
            )
        try:
            put_blob(upload_url, item, client)
        except errors.UploadError as exc:
            raise errors.UploadError(
                f"{exc}; the attached image {record.get('id')} exists without its file: delete it "
                f"with delete_attached_image({record.get('id')!r}) or save it again",
                status=exc.status, method=exc.method, url=exc.url,
            ) from exc
    return record


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
