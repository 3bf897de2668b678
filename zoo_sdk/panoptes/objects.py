"""PanoptesObject: lazy loading, change tracking, save/delete/reload/find/where.

Rules that differ from panoptes_client (on purpose, see ../shared/notes/peers.md):

- ``Project(1234)`` makes no request; the first attribute read loads it (one GET).
- Setting an attribute never loads; ``save()`` sends only what changed (including in-place
  edits of dict and list values) with the object's *own* ETag, and reads nothing afterwards.
- Objects that came from a list carry no ETag (a list's ETag never matches a single resource);
  saving one first fetches its ETag and refuses to overwrite a record changed since it was read.

>>> p = Project(1234)     # doctest: +SKIP
>>> p.display_name = "New name"; p.save()   # GET (for the ETag) + PUT, nothing else
"""

from __future__ import annotations

import copy
import difflib
import inspect
from collections.abc import Generator, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import httpx
from zoo_payloads import panoptes_attributes as spec

from zoo_sdk import errors
from zoo_sdk._http import JSONBody, invalid_response, json_body
from zoo_sdk.panoptes._ops import op
from zoo_sdk.panoptes.client import Panoptes
from zoo_sdk.panoptes.paging import MAX_PAGE_SIZE, Page, Paginator, page_of, records_of

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import Links

    from zoo_sdk.panoptes.links import LinkResolver

T = TypeVar("T", bound="PanoptesObject")

#: Every resource class by plural (``projects``) and by link name (``project``, ``subject_sets``).
REGISTRY: dict[str, type[PanoptesObject]] = {}

_MUTABLE = (dict, list)


def call(
    module: ModuleType, *, idempotent: bool | None = None, ok: tuple[int, ...] = (), **kwargs: Any
) -> Any:
    """Send a generated operation with the current connection; extra query keys pass through.

    Keyword arguments the operation does not declare (filters the spec does not list) are sent
    as query parameters, like panoptes_client did.
    """
    return send(Request(module, {"idempotent": idempotent, "ok": ok, **kwargs}))


#: Arguments of a :class:`Request` that tell the transport how to send it (never query keys).
TRANSPORT_OPTIONS = frozenset({"idempotent", "ok", "content", "headers", "stream", "auth",
                               "timeout", "html_ok"})


def split_params(module: ModuleType, kwargs: Mapping[str, Any]
                 ) -> tuple[dict[str, Any], dict[str, Any]]:
    """An operation's own arguments and the transport's options, and the rest (sent as query
    parameters)."""
    known = _declared_params(module) | TRANSPORT_OPTIONS
    return ({k: v for k, v in kwargs.items() if k in known},
            {k: v for k, v in kwargs.items() if k not in known})


@dataclass(frozen=True)
class Request:
    """One request of a :data:`Flow`: a generated operation and its arguments (as for
    :func:`call`), or with ``module=None`` a plain request (``Request.plain("PUT", url, ...)``,
    the arguments of ``HTTP.request``: blobs and downloads, off the API)."""

    module: ModuleType | None
    kwargs: dict[str, Any]

    @classmethod
    def plain(cls, method: str, url: str, **options: Any) -> Request:
        """A request that no generated operation describes (a signed blob URL)."""
        return cls(None, {"method": method, "url": url, **options})


R = TypeVar("R")
#: An operation written once for sync and async: a generator yielding each :class:`Request`,
#: sent back its response (or thrown the error), returning the result. :func:`run` drives it
#: here; :func:`arun` awaits the same flows.
Flow = Generator[Request, Any, R]


def send(request: Request, client: Panoptes | None = None) -> httpx.Response:
    """Send one request of a flow with ``client`` (default: the current connection)."""
    http = (client or Panoptes.client()).http
    if request.module is None:
        return http.request(**request.kwargs)
    declared, extra = split_params(request.module, request.kwargs)
    return http.call(request.module, params=extra, **declared)


async def asend(request: Request, client: Panoptes | None = None) -> httpx.Response:
    """:func:`send`, awaited on the connection's async transport."""
    http = (client or Panoptes.client()).async_http
    if request.module is None:
        return await http.request(**request.kwargs)
    declared, extra = split_params(request.module, request.kwargs)
    return await http.call(request.module, params=extra, **declared)


def run(flow: Flow[R], client: Panoptes | None = None) -> R:
    """Drive a flow with ``client`` (default: the current connection).

    >>> run(Project(1)._reload_flow())   # doctest: +SKIP
    """
    try:
        request = next(flow)
        while True:
            try:
                response = send(request, client)
            except errors.ZooError as exc:
                request = flow.throw(exc)
            else:
                request = flow.send(response)
    except StopIteration as done:
        result: R = done.value
        return result


async def arun(flow: Flow[R], client: Panoptes | None = None) -> R:
    """Drive a flow with the async transport of ``client`` (default: the current connection).

    >>> await arun(Project(1)._reload_flow())   # doctest: +SKIP
    """
    try:
        request = next(flow)
        while True:
            try:
                response = await asend(request, client)
            except errors.ZooError as exc:
                request = flow.throw(exc)
            else:
                request = flow.send(response)
    except StopIteration as done:
        result: R = done.value
        return result


@cache
def _declared_params(module: ModuleType) -> frozenset[str]:
    return frozenset(inspect.signature(module._get_kwargs).parameters)


def _id_of(obj: Any) -> str:
    """The id of a PanoptesObject, int or str, as the string the API uses."""
    value = obj.id if isinstance(obj, PanoptesObject) else obj
    if value is None or isinstance(value, bool) or not str(value).isdigit():
        raise errors.ValidationError(f"not a Panoptes id: {value!r}")
    return str(value)


def ids_of(objs: Any, kind: type[PanoptesObject] | str | None = None) -> list[str]:
    """Ids from one object/id or an iterable of them, in order, without duplicates.

    With ``kind`` (a class or its plural, ``"subjects"``), objects of another resource class
    raise LinkTypeError: a Project is not a SubjectSet, even when its id is.

    >>> ids_of([1, "2", 2])
    ['1', '2']
    """
    items = objs if isinstance(objs, Iterable) and not isinstance(objs, str | bytes) else [objs]
    items = list(items)
    if kind is not None:
        plural = kind if isinstance(kind, str) else kind._api_slug
        for obj in items:
            if isinstance(obj, PanoptesObject) and obj._api_slug != plural:
                raise errors.LinkTypeError(
                    f"a {type(obj).__name__} was given where {plural} (objects or ids) are "
                    "expected"
                )
    return list(dict.fromkeys(_id_of(o) for o in items))


class PanoptesObject:
    """Base class of every Panoptes resource class (Project, Subject, ...).

    ``raw`` is the server representation; attributes read from it, loading on first access.
    Only the attributes the spec declares (the generated ``<Singular>Attributes`` mixed into
    each class) type-check; others raise UnknownAttributeError at run time.
    """

    _api_slug: ClassVar[str] = ""
    _link_slug: ClassVar[str] = ""
    _singular: ClassVar[str] = ""
    _tag: ClassVar[str] = ""
    #: Attributes and links the API lets clients write (from the spec's Create/Update bodies).
    _writable: ClassVar[dict[str, frozenset[str]]] = {}
    _writable_links: ClassVar[dict[str, frozenset[str]]] = {}
    #: The to-one links its records may carry (from the spec): None when a record has none.
    _to_one_links: ClassVar[frozenset[str]] = frozenset()
    _known: ClassVar[frozenset[str]] = frozenset()
    #: Instance state, kept in ``__dict__``.
    _raw: dict[str, Any]
    _etag: str | None
    _loaded: bool
    _changed: set[str]
    _snapshots: dict[str, Any]
    #: ``obj.links.<name>``: a LinkResolver, typed per resource (``links: ProjectLinks``).
    links: Links

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.__dict__.get("_api_slug"):
            return
        cls._tag = cls.__dict__.get("_tag") or cls._api_slug
        cls._link_slug = cls.__dict__.get("_link_slug") or cls._api_slug
        REGISTRY.setdefault(cls._api_slug, cls)
        REGISTRY.setdefault(cls._singular, cls)
        names: set[str] = set()
        for klass in cls.__mro__:
            names.update(getattr(klass, "__annotations__", {}))
        cls._known = frozenset(n for n in names if not n.startswith("_") and n != "links")
        plural = cls._api_slug
        cls._writable = {
            "new": spec.WRITABLE_CREATE.get(plural, frozenset()),
            "update": spec.WRITABLE_UPDATE.get(plural, frozenset()),
        }
        cls._writable_links = {
            "new": spec.LINKS_CREATE.get(plural, frozenset()),
            "update": spec.LINKS_UPDATE.get(plural, frozenset()),
        }
        cls._to_one_links = spec.LINKS_TO_ONE.get(plural, frozenset())

    def __init__(self, raw: Mapping[str, Any] | int | str | None = None, etag: str | None = None):
        from zoo_sdk.panoptes.links import LinkResolver

        state = self.__dict__
        state["_changed"] = set()
        state["_snapshots"] = {}
        state["links"] = LinkResolver(self)
        if isinstance(raw, Mapping):
            self.set_raw(dict(raw), etag)
        else:
            state["_raw"] = {"links": {}}
            state["_etag"] = etag
            state["_loaded"] = raw is None
            if raw is not None:
                state["_raw"]["id"] = _id_of(raw)

    # -- attribute access ------------------------------------------------------------------

    if not TYPE_CHECKING:  # hidden from type checkers: only declared attributes type-check

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            return self._read_attribute(name)

    def _read_attribute(self, name: str) -> Any:
        """An attribute from the representation (loading it first if needed)."""
        raw = self.__dict__["_raw"]
        if name not in raw and not self._loaded and raw.get("id"):
            self.reload()
            raw = self.__dict__["_raw"]
        if name in raw:
            value = raw[name]
            if isinstance(value, _MUTABLE) and name not in self._snapshots:
                self._snapshots[name] = copy.deepcopy(value)
            return value
        if name in self._known:
            return None
        raise self._unknown(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        if name == "links":
            raise errors.ReadOnlyAttributeException(
                "links is read-only: set one link instead, e.g. obj.links.project = 1234"
            )
        declared = inspect.getattr_static(type(self), name, None)
        if isinstance(declared, property):
            if declared.fset is None:
                raise errors.ReadOnlyAttributeException(f"{name} is read-only")
            object.__setattr__(self, name, value)
            return
        if name in self._known or name in self._raw:
            if name not in self._editable():
                raise errors.ReadOnlyAttributeException(f"{name} is read-only")
            self._raw[name] = value
            self._changed.add(name)
            self._snapshots.pop(name, None)
            return
        if declared is not None:
            object.__setattr__(self, name, value)
            return
        raise self._unknown(name)

    def _unknown(self, name: str) -> errors.UnknownAttributeError:
        """The error for an attribute this resource does not have, with the nearest names."""
        names = sorted(self._known | set(self.__dict__["_raw"]))
        close = difflib.get_close_matches(name, names, n=3)
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        return errors.UnknownAttributeError(
            f"{type(self).__name__!r} object has no attribute {name!r}{hint}"
        )

    def _editable(self) -> frozenset[str]:
        return self._writable.get("new" if self.id is None else "update", frozenset())

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PanoptesObject) or type(other)._api_slug != self._api_slug:
            return NotImplemented
        return self.id is not None and self.id == other.id

    def __hash__(self) -> int:
        return hash((self._api_slug, self.id))

    # -- state -----------------------------------------------------------------------------

    @property
    def id(self) -> str | None:
        value = self.__dict__["_raw"].get("id")
        return str(value) if value is not None else None

    @property
    def raw(self) -> dict[str, Any]:
        """The server representation (loaded on first access)."""
        if not self._loaded and self.id:
            self.reload()
        return self._raw

    @property
    def etag(self) -> str | None:
        return self.__dict__["_etag"]  # type: ignore[no-any-return]

    @property
    def _resolver(self) -> LinkResolver:
        """``links`` as what it is at run time."""
        resolver: LinkResolver = self.__dict__["links"]
        return resolver

    @property
    def modified_attributes(self) -> set[str]:
        """Names changed since the last load or save, including in-place edits."""
        changed = set(self._changed)
        changed.update(n for n, snap in self._snapshots.items() if self._raw.get(n) != snap)
        if self._resolver._changed:
            changed.add("links")
        return changed

    def set_raw(self, raw: dict[str, Any], etag: str | None = None, loaded: bool = True) -> None:
        """Replace the representation (discarding local changes)."""
        raw.setdefault("links", {})
        if raw.get("id") is not None:
            raw["id"] = str(raw["id"])
        state = self.__dict__
        state["_raw"] = raw
        state["_etag"] = etag
        state["_loaded"] = loaded
        state["_changed"] = set()
        state["_snapshots"] = {}
        self._resolver._changed.clear()

    # -- requests ----------------------------------------------------------------------------

    @classmethod
    def _op(cls, name: str) -> ModuleType:
        return op(cls._tag, name)  # type: ignore[no-any-return]

    @classmethod
    def _from_response(cls: type[T], response: Any, obj: T | None = None) -> T:
        items = records_of(response, cls._api_slug)
        if not items:
            raise invalid_response(response, f"the response carried no {cls._api_slug}")
        etag = response.headers.get("ETag")
        if obj is None:
            return cls(items[0], etag)
        obj.set_raw(items[0], etag)
        return obj

    def reload(self) -> None:
        """Re-read the object from the API, discarding local changes (no-op when new)."""
        run(self._reload_flow())

    def save(self) -> None:
        """Create the object if new, else send its changes (nothing to send: no request)."""
        run(self._save_flow())

    def _reload_flow(self) -> Flow[None]:
        if self.id is None:
            return
        response = yield Request(self._op(f"get_{self._singular}"), {"id": self.id})
        type(self)._from_response(response, self)

    def _save_flow(self) -> Flow[None]:
        if self.id is None:
            payload = self._payload(self._editable(), all_set=True)
            try:
                response = yield Request(self._op(f"create_{self._singular}"),
                                         {"body": JSONBody({self._api_slug: payload})})
            except errors.AmbiguousWriteError as exc:
                raise self._lost_create(exc, payload) from exc
            type(self)._from_response(response, self)
            return
        changed = self.modified_attributes
        if not changed:
            return
        payload = self._payload(changed & (self._editable() | {"links"}), all_set=False)
        etag = yield from self._current_etag_flow()
        response = yield Request(self._op(f"update_{self._singular}"), {
            "id": self.id, "if_match": etag, "body": JSONBody({self._api_slug: payload})})
        type(self)._from_response(response, self)

    def _lost_create(
        self, exc: errors.AmbiguousWriteError, payload: dict[str, Any]
    ) -> errors.AmbiguousWriteError:
        """The error for a create whose reply was lost: says that the record may exist."""
        name = type(self).__name__
        return errors.AmbiguousWriteError(
            f"the reply to creating this {name} was lost: it may have been created",
            hint=f"look for it (e.g. {name}.where(...) sorted by -id) before saving again",
            method=exc.method,
            url=exc.url,
        )

    def delete(self) -> None:
        """Delete the object (no-op when new)."""
        run(self._delete_flow())

    def _delete_flow(self) -> Flow[None]:
        if self.id is None:
            return
        etag = yield from self._current_etag_flow()
        yield Request(self._op(f"delete_{self._singular}"), {"id": self.id, "if_match": etag})

    def _payload(self, names: Iterable[str], *, all_set: bool) -> dict[str, Any]:
        """The body of a create (every attribute set) or an update (the changed ones)."""
        raw = self._raw
        payload = {
            n: raw[n]
            for n in names
            if n != "links" and n in raw and not (all_set and raw[n] is None)
        }
        links = self._resolver._savable(all_set=all_set)
        if links:
            payload["links"] = links
        return payload

    def _changed_by_link_request(self, response: Any) -> None:
        """A link request changed this record on the server: its ETag is no longer ours.

        Adding links answers with the record (so we keep an up-to-date copy); removing answers
        204, so the next save re-reads the ETag without the staleness check (we made the change).
        """
        items = records_of(response, self._api_slug, json_body(response, empty={}))
        fresh = items[0] if items else None
        if fresh is not None and not self.modified_attributes:
            self.set_raw(fresh, response.headers.get("ETag"))
            return
        self.__dict__["_etag"] = None
        if self._loaded:
            self._raw.pop("updated_at", None)

    def _current_etag(self) -> str:
        """This object's ETag; fetched (and checked against what we read) when we have none."""
        return run(self._current_etag_flow())

    def _current_etag_flow(self) -> Flow[str]:
        if self.etag:
            return self.etag
        response = yield Request(self._op(f"get_{self._singular}"), {"id": self.id})
        etag: str | None = response.headers.get("ETag")
        found = records_of(response, self._api_slug)
        if not found:
            raise invalid_response(response, f"the response carried no {self._api_slug}")
        current = found[0]
        ours = self._raw.get("updated_at")
        if self._loaded and ours and current.get("updated_at") not in (None, ours):
            raise errors.PreconditionFailedError(
                f"{type(self).__name__} {self.id} changed on the server since it was read; "
                "reload() and apply the change again",
                status=412,
            )
        if not etag:
            raise errors.APIError(f"the server sent no ETag for {type(self).__name__} {self.id}")
        if not self._loaded:
            merged = {**current, **{n: self._raw[n] for n in self._changed if n in self._raw}}
            merged["links"] = {**current.get("links", {}), **self._raw.get("links", {})}
            self.__dict__["_raw"] = merged
            self.__dict__["_loaded"] = True
        self.__dict__["_etag"] = etag
        return etag

    # -- finding -----------------------------------------------------------------------------

    @classmethod
    def find(cls: type[T], id: Any = None, **kwargs: Any) -> T:
        """The object with this id (one GET). Raises NotFoundError if there is none.

        >>> Project.find(1234)   # doctest: +SKIP
        """
        if id in (None, ""):
            filters = {k: v for k, v in kwargs.items() if v is not None}
            if not filters:
                raise errors.ValidationError(f"{cls.__name__}.find needs an id or a filter")
            for obj in cls.where(page_size=1, **filters):
                return obj
            raise errors.NotFoundError(f"Could not find {cls.__name__} with {filters}", status=404)
        return run(cls._find_flow(id))

    @classmethod
    def _find_flow(cls: type[T], id: Any) -> Flow[T]:
        response = yield Request(cls._op(f"get_{cls._singular}"), {"id": _id_of(id)})
        return cls._from_response(response)

    @classmethod
    def _where_filters(cls, filters: dict[str, Any]) -> dict[str, Any]:
        """``where`` filters as query values: objects by id, lists comma-joined, booleans as
        ``true``/``false``; 100 per page unless ``page_size``."""
        filters = dict(filters)
        filters.setdefault("page_size", MAX_PAGE_SIZE)
        for key, value in list(filters.items()):
            if isinstance(value, PanoptesObject):
                filters[key] = value.id
            elif isinstance(value, list | tuple | set):
                filters[key] = ",".join(str(getattr(v, "id", v)) for v in value)
            elif isinstance(value, bool):
                filters[key] = "true" if value else "false"
        return filters

    @classmethod
    def where(cls: type[T], **filters: Any) -> Paginator[T]:
        """Lazily iterate the objects matching ``filters`` (100 per page unless ``page_size``).

        >>> for project in Project.where(launch_approved=True): ...   # doctest: +SKIP
        """
        list_op = cls._op(f"list_{cls._api_slug}")
        filters = cls._where_filters(filters)
        plural = cls._api_slug
        client = Panoptes.client()

        def fetch(page: int) -> Page:
            with client:
                return page_of(call(list_op, **{**filters, "page": page}), plural)

        return Paginator(fetch, lambda raw, body: cls(raw))
