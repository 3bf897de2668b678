"""Links between objects: ``obj.links.<name>``.

- A to-one link returns a lazy object (no request): ``subject.links.project.id``.
- A to-many link returns a :class:`LinkCollection`: indexing, iteration, ``len`` and ``in``
  work from the ids the parent already carries (no request per item); ``add``/``remove`` send
  batches of 100 ids.
- A to-one link the record does not carry is None (``project.links.avatar`` without an avatar).
- A link without an SDK class (``project.links.attached_images``, ``project.links.pages``)
  returns the value the server sent (a dict, an id or a list of ids).
- Setting a link (``subject.links.project = 1234``) is recorded and sent by ``save()``.

``obj.links`` is typed per resource for IDEs and mypy (``ProjectLinks`` in
``zoo_payloads.panoptes_links``, generated from the spec): ``project.links.workflows`` is a
``LinkCollection[Workflow]``, and a misspelt link name is a type error.

>>> workflow.links.subject_sets.add([1, 2, 3])     # doctest: +SKIP
>>> 2 in workflow.links.subject_sets               # doctest: +SKIP
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from zoo_sdk import errors
from zoo_sdk._http import JSONBody
from zoo_sdk.panoptes.link_targets import LINK_TARGETS
from zoo_sdk.panoptes.objects import REGISTRY, Flow, PanoptesObject, Request, ids_of, run

T = TypeVar("T", bound=PanoptesObject)

#: Ids per link request: the server accepts more, but large batches time out and conflict.
BATCH_SIZE = 100


def batches(ids: list[str], size: int = BATCH_SIZE) -> Iterator[list[str]]:
    """Consecutive slices of at most ``size`` ids.

    >>> list(batches(["1", "2", "3"], 2))
    [['1', '2'], ['3']]
    """
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def class_for(name: str, value: Any = None) -> type[PanoptesObject]:
    """The class a link points at, by link name or (polymorphic links) by the value's type.

    >>> class_for("owner", {"id": "7", "type": "user_groups"}).__name__
    'UserGroup'
    """
    found = _class_or_none(name, value)
    if found is None:
        raise errors.ZooError(f"no class is known for links named {name!r}")
    return found


def _class_or_none(name: str, value: Any = None) -> type[PanoptesObject] | None:
    if not REGISTRY.get("workflow_versions"):
        import zoo_sdk

        zoo_sdk._register_all()
    if isinstance(value, dict) and value.get("type") in REGISTRY:
        return REGISTRY[value["type"]]
    return REGISTRY.get(LINK_TARGETS.get(name, (name,))[0])


class LinkResolver:
    """The ``links`` attribute of an object (typed per resource: ``ProjectLinks``, ...)."""

    _parent: PanoptesObject
    _changed: set[str]
    _collections: dict[str, LinkCollection[PanoptesObject]]

    def __init__(self, parent: PanoptesObject) -> None:
        object.__setattr__(self, "_parent", parent)
        object.__setattr__(self, "_changed", set())
        object.__setattr__(self, "_collections", {})

    if not TYPE_CHECKING:  # hidden from type checkers: only the spec's links type-check

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            return self._resolve(name)

    def _resolve(self, name: str) -> Any:
        """``obj.links.<name>``: a lazy object, a LinkCollection, None, or the raw value."""
        parent = self._parent
        special = getattr(type(parent), "_link_collections", {}).get(name)
        if special is not None:
            return special(parent, name)
        if name in self._collections:
            return self._collections[name]
        links = parent._raw.get("links", {})
        if name not in links and parent.id and not parent._loaded:
            links = parent.raw.get("links", {})
        if name not in links:
            if name in parent._to_one_links:  # a to-one link the record does not carry
                return None
            if parent.id is None:  # a new object: an empty collection that refuses changes
                return LinkCollection(class_for(name), name, parent, [])
            raise AttributeError(f"{type(parent).__name__} has no link {name!r}")
        value = links[name]
        if value is None:
            return None
        target = _class_or_none(name, value)
        if target is None:  # no SDK class (media, pages, ...): what the server sent
            return list(value) if isinstance(value, list) else value
        if isinstance(value, list):
            collection = LinkCollection(target, name, parent, value)
            self._collections[name] = collection
            return collection
        return target(value["id"] if isinstance(value, dict) else value)

    def __setattr__(self, name: str, value: Any) -> None:
        parent = self._parent
        try:
            expected: type[PanoptesObject] | None = class_for(name)
        except errors.ZooError:
            expected = None  # a link name we have no class for: ids are sent as given
        if isinstance(value, list | tuple | set) or (
            hasattr(value, "__iter__") and not isinstance(value, str | dict)
        ):
            stored: Any = ids_of(value, expected)
        elif isinstance(value, dict):
            stored = dict(value)
        elif value is None:
            stored = None
        else:
            stored = ids_of(value, expected)[0]
        parent._raw.setdefault("links", {})[name] = stored
        self._collections.pop(name, None)
        self._changed.add(name)

    def _savable(self, *, all_set: bool) -> dict[str, Any]:
        """Links to send: all that were set (new objects) or the changed ones (updates)."""
        links: dict[str, Any] = self._parent._raw.get("links", {})
        names = set(links) if all_set else set(self._changed)
        writable = self._parent._writable_links.get("new" if all_set else "update")
        if writable is not None:
            names &= writable | self._changed
        return {n: links[n] for n in names if links.get(n) is not None}


class LinkCollection(Generic[T]):
    """The objects of one class linked to a parent, as a sequence of lazy objects.

    Membership, indexing and iteration use the ids the parent carries: no requests.
    ``project.links.workflows`` is a ``LinkCollection[Workflow]``.
    """

    def __init__(self, cls: type[T], slug: str, parent: PanoptesObject, linked_ids: Any) -> None:
        self._cls = cls
        self._slug = slug
        self._parent = parent
        self._ids: list[str] = [str(i) for i in linked_ids]

    def __contains__(self, obj: object) -> bool:
        try:
            return ids_of(obj, self._cls)[0] in self._ids
        except (errors.ValidationError, errors.LinkTypeError):
            return False

    def __getitem__(self, index: int) -> T:
        return self._cls(self._ids[index])

    def __iter__(self) -> Iterator[T]:
        return (self._cls(i) for i in list(self._ids))

    def __len__(self) -> int:
        return len(self._ids)

    def __repr__(self) -> str:
        return "[" + ", ".join(f"<{self._cls.__name__} {i}>" for i in self._ids) + "]"

    @property
    def ids(self) -> list[str]:
        """The linked ids, as strings."""
        return list(self._ids)

    def add(self, objs: T | int | str | Iterable[T | int | str], known_new: bool = False) -> None:
        """Link ``objs`` (ids, objects, or a list of either); already-linked ones are skipped.
        ``known_new=True`` skips that check (the caller knows none is linked yet).

        >>> organization.links.projects.add([1234, Project(5678)])   # doctest: +SKIP
        """
        run(self._add_flow(objs, known_new))

    def remove(self, objs: T | int | str | Iterable[T | int | str]) -> None:
        """Unlink ``objs``; ones that are not linked are skipped."""
        run(self._remove_flow(objs))

    def _add_flow(self, objs: T | int | str | Iterable[T | int | str],
                  known_new: bool = False) -> Flow[None]:
        parent_id = self._require_saved()
        wanted = ids_of(objs, self._cls)
        linked = set() if known_new else self._already_linked(wanted)
        new = [i for i in wanted if i not in linked]
        module = self._parent._op(f"add_{self._parent._singular}_{self._slug}")
        for batch in batches(new):
            response = yield Request(module, {
                "idempotent": True, "body": JSONBody({self._slug: batch}),
                **_parent_id_kwargs(module, self._parent, parent_id)})
            self._ids.extend(batch)
            self._parent._changed_by_link_request(response)

    def _remove_flow(self, objs: T | int | str | Iterable[T | int | str]) -> Flow[None]:
        parent_id = self._require_saved()
        wanted = ids_of(objs, self._cls)
        linked = self._already_linked(wanted)
        gone = [i for i in wanted if i in linked]
        module = self._parent._op(f"remove_{self._parent._singular}_{self._slug}")
        for batch in batches(gone):
            response = yield Request(module, {
                "idempotent": True, "link_ids": ",".join(batch),
                **_parent_id_kwargs(module, self._parent, parent_id)})
            self._parent._changed_by_link_request(response)
            removed = set(batch)
            self._ids = [i for i in self._ids if i not in removed]

    def _already_linked(self, ids: list[str]) -> set[str]:
        return set(self._ids).intersection(ids)

    def _require_saved(self) -> str:
        if self._parent.id is None:
            raise errors.ObjectNotSavedException(
                "Links can not be modified before the object has been saved."
            )
        return self._parent.id


def _parent_id_kwargs(module: Any, parent: PanoptesObject, parent_id: str) -> dict[str, Any]:
    """The path parameter carrying the parent's id (``project_id``, ``subject_set_id``, ``id``)."""
    from zoo_sdk.panoptes.objects import _declared_params

    declared = _declared_params(module)
    for name in (f"{parent._singular}_id", "id"):
        if name in declared:
            return {name: parent_id}
    raise errors.ZooError(f"{module.__name__} takes no parent id")
