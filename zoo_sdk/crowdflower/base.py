"""The base of the CrowdFlower resources: server JSON, attribute and item access, change tracking.

Attributes are read from the server JSON; writable ones are tracked when set (or edited in
place), and ``save()`` / ``update()`` send only what changed, as ``job[<attr>]`` form fields::

    job = client.get_job(123)
    job.title = "New title"                      # or job["title"] = "New title"
    job.options["req_ttl_in_seconds"] = 600
    job.update()          # PUT job[title]=...&job[options][req_ttl_in_seconds]=600

``job["title"]`` reads the server JSON (with local changes), as everilae's ``Base.__getitem__``
does: ``KeyError`` for a key the JSON does not have. Setting an attribute the API does not let
clients write (``job.units_count = 5``) raises ``ReadOnlyAttributeException``; a name the
resource does not have (``job.titel``), read or set, raises ``UnknownAttributeError`` (an
``AttributeError``) suggesting the nearest names.

The attributes are typed from the spec: each class mixes in the generated
``zoo_payloads.crowdflower_attributes`` class of its record (``JobAttributes``, ...), so IDEs
offer them and mypy reports a misspelt one (``job["title"]`` stays untyped item access).
"""

from __future__ import annotations

import copy
import difflib
import inspect
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from zoo_sdk import errors

if TYPE_CHECKING:
    from zoo_sdk.crowdflower.client import Client
    from zoo_sdk.crowdflower.job import Job

_MUTABLE = (dict, list)


class CFObject:
    """Base: server JSON in ``raw``, attribute and item access, tracking of writable attributes.

    >>> from zoo_sdk.crowdflower.job import Job
    >>> job = Job(None, id=1, title="T")
    >>> job["title"], job.title
    ('T', 'T')
    """

    #: Attributes clients may set (sent by ``update()``/``save()``), and the other names the
    #: resource has: the spec's (the annotations of the mixed-in ``<Record>Attributes``) plus
    #: the class's own ``_known``.
    _writable: ClassVar[frozenset[str]] = frozenset()
    _known: ClassVar[frozenset[str]] = frozenset()
    #: Instance state, kept in ``__dict__``.
    _raw: dict[str, Any]
    _changed: set[str]
    _snapshots: dict[str, Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        names = set(cls.__dict__.get("_known", cls._known))
        for klass in cls.__mro__:
            if not issubclass(klass, CFObject):  # the generated attribute classes
                names.update(n for n in getattr(klass, "__annotations__", {})
                             if not n.startswith("_"))
        cls._known = frozenset(names)

    def __init__(self, client: Client | None = None, **data: Any) -> None:
        state = self.__dict__
        state["_client"] = client
        state["_raw"] = dict(data)
        state["_changed"] = set()
        state["_snapshots"] = {}

    if not TYPE_CHECKING:  # hidden from type checkers: only declared attributes type-check

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            if name in self.__dict__["_raw"]:
                return self._read(name)
            if name in self._known or name in self._writable:
                return None
            raise self._unknown(name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        declared = inspect.getattr_static(type(self), name, None)
        if isinstance(declared, property) and declared.fset is None:
            raise errors.ReadOnlyAttributeException(f"{type(self).__name__}.{name} is read-only")
        if declared is not None:
            object.__setattr__(self, name, value)
        elif name in self.__dict__:
            raise errors.ReadOnlyAttributeException(f"{type(self).__name__}.{name} is read-only")
        else:
            self._write(name, value)

    def __getitem__(self, name: str) -> Any:
        """``job["title"]``: the value in the server JSON (with local changes).

        ``KeyError`` when the JSON has no such key (as everilae's ``Base.__getitem__``).
        """
        if not isinstance(name, str) or name not in self._raw:
            raise KeyError(name)
        return self._read(name)

    def __setitem__(self, name: str, value: Any) -> None:
        """``job["title"] = "T"``: the same as ``job.title = "T"`` for API attributes (tracked,
        sent by ``update()``); read-only and unknown names raise as for attributes."""
        if not isinstance(name, str) or name.startswith("_"):
            raise errors.UnknownAttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}"
            )
        self._write(name, value)

    def __contains__(self, name: object) -> bool:
        return name in self._raw

    def _read(self, name: str) -> Any:
        value = self._raw[name]
        if isinstance(value, _MUTABLE) and name in self._writable:
            self._snapshots.setdefault(name, copy.deepcopy(value))
        return value

    def _write(self, name: str, value: Any) -> None:
        if name in self._writable:
            self._raw[name] = value
            self._changed.add(name)
            self._snapshots.pop(name, None)
        elif name in self._known or name in self._raw:
            raise errors.ReadOnlyAttributeException(
                f"{type(self).__name__}.{name} is read-only: the API does not let clients set it"
            )
        else:
            raise self._unknown(name)

    def _unknown(self, name: str) -> errors.UnknownAttributeError:
        """The error for a name this resource does not have, with the nearest names."""
        names = sorted(self._known | self._writable | set(self._raw))
        close = difflib.get_close_matches(name, names, n=3)
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        return errors.UnknownAttributeError(
            f"{type(self).__name__!r} object has no attribute {name!r}{hint}"
        )

    @property
    def raw(self) -> dict[str, Any]:
        """The server representation (with local changes)."""
        return self._raw

    @property
    def id(self) -> Any:
        return self._raw.get("id")

    @property
    def changes(self) -> dict[str, Any]:
        """Writable attributes set or edited in place since the last load or save."""
        names = set(self._changed) | {n for n, snap in self._snapshots.items()
                                      if self._raw.get(n) != snap}
        return {n: self._raw[n] for n in sorted(names)}

    def _set_raw(self, data: Mapping[str, Any]) -> None:
        self.__dict__["_raw"] = dict(data)
        self._changed.clear()
        self._snapshots.clear()

    @property
    def client(self) -> Client:
        found = self.__dict__["_client"]
        if found is None:
            raise RuntimeError(f"{type(self).__name__} has no client")
        return found  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.id is not None and bool(self.id == other.id)

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))


class JobResource(CFObject):
    """A resource that belongs to a job: ``Unit(job, client=None, **data)`` (everilae's
    ``JobResource``); without ``client`` it uses the job's."""

    job: Job  # kept in __dict__, read-only

    def __init__(self, job: Job, client: Client | None = None, **data: Any) -> None:
        super().__init__(client if client is not None else job.__dict__["_client"], **data)
        self.__dict__["job"] = job
