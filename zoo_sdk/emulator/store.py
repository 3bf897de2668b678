"""Thread-safe in-memory store and the generic Panoptes resource handlers.

Records live in per-type tables keyed by integer id (insertion order == id order). Every
belongs-to column is indexed, so has-many links, `<fk>_id` filters and set membership are
lookups, not scans. The handlers (`index`, `show`, `create`, `update`, `delete`, `add_links`,
`remove_links`) raise `ApiError` with the real server's status codes; `app.py` renders them.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .registry import (
    EDITOR_ROLES,
    OWNED_TYPES,
    RESERVED_PARAMS,
    TYPES,
    HasMany,
    ResourceType,
)

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 2**31  # Ruby pages any Integer; beyond this one every page is empty anyway
JSON = dict[str, Any]


class ApiError(Exception):
    """An error answered as `{"errors": [{"message": ...}]}` with `status`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Actor:
    """Who makes a request: a user id (None = anonymous) and whether admin mode is on."""

    user_id: str | None = None
    admin: bool = False


ANONYMOUS = Actor()
SYSTEM = Actor(None, True)


@dataclass
class Rec:
    """One stored record: attributes, belongs-to ids, private extras and a change counter."""

    id: int
    attrs: JSON
    fks: dict[str, str | None]
    extra: JSON = field(default_factory=dict)
    version: int = 1
    created_at: str = ""
    updated_at: str = ""

    def touch(self) -> None:
        self.version += 1
        self.updated_at = now_iso()


@dataclass
class Page:
    """One page of an index: the records and the meta block."""

    records: list[Rec]
    meta: JSON


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def etag_of(records: Iterable[Rec], plural: str) -> str:
    key = ";".join(f"{plural}/{r.id}-{r.version}" for r in records)
    return 'W/"' + hashlib.md5(key.encode()).hexdigest() + '"'


def parse_ids(text: str) -> list[str]:
    return [p.strip() for p in str(text).split(",") if p.strip()]


def _as_id_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v["id"] if isinstance(v, dict) else v) for v in value]
    if isinstance(value, dict):
        return [str(value["id"])] if "id" in value else []
    return [str(value)]


def _attr_in(key: str, wanted: list[Any], lower: bool) -> Callable[[Rec], bool]:
    if lower:
        return lambda r: str(r.attrs.get(key, "")).lower() in wanted
    return lambda r: r.attrs.get(key) in wanted


def to_i(text: str) -> int:
    """Ruby's `String#to_i`: the leading (signed) integer, else 0."""
    match = re.match(r"\s*([-+]?\d+)", str(text))
    return int(match.group(1)) if match else 0


def _coerce(text: str, sample: Any) -> Any:
    if isinstance(sample, bool):
        return text.lower() in ("true", "t", "1")
    return text


class Store:
    """The emulator's database: tables, foreign-key indexes, permissions and relation logic."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.tables: dict[str, dict[int, Rec]] = {p: {} for p in TYPES}
        self.next_id: dict[str, itertools.count[int]] = {p: itertools.count(1) for p in TYPES}
        self.idx: dict[tuple[str, str], dict[str, set[int]]] = {}
        self.passwords: dict[str, str] = {}
        self.logins: dict[str, str] = {}
        self.media_index: dict[tuple[str, str, str], list[int]] = {}
        self.on_retire: list[Callable[[Rec], None]] = []
        #: Called (under the lock) with each completed classification once it is created.
        self.on_classification: list[Callable[[Rec], None]] = []
        self.aggregation_delay = 0.5  # seconds the emulated aggregation service takes per run
        self.aggregation_outcome = "completed"  # or "failed"
        self._link_templates: dict[str, JSON] = {}
        self.base_url = ""

    # ----- low-level table access ------------------------------------------------------------

    def get(self, plural: str, rid: str | int) -> Rec | None:
        try:
            return self.tables[plural].get(int(rid))
        except (TypeError, ValueError):
            return None

    def all(self, plural: str) -> list[Rec]:
        with self.lock:
            return list(self.tables[plural].values())

    def where(self, plural: str, fk: str, value: str | int) -> list[Rec]:
        table = self.tables[plural]
        ids = self.idx.get((plural, fk), {}).get(str(value), set())
        return [table[i] for i in sorted(ids)]

    def insert(self, plural: str, attrs: Mapping[str, Any] | None = None,
               fks: Mapping[str, Any] | None = None, extra: JSON | None = None) -> Rec:
        """Add a record with defaults filled in; `fks` holds belongs-to ids."""
        rtype = TYPES[plural]
        with self.lock:
            values = copy.deepcopy(rtype.attrs)
            values.update(copy.deepcopy(dict(attrs or {})))
            links: dict[str, str | None] = {name: None for name in rtype.belongs}
            links.update({k: (None if v is None else str(v)) for k, v in (fks or {}).items()})
            stamp = now_iso()
            rec = Rec(next(self.next_id[plural]), values, links, extra or {}, 1, stamp, stamp)
            self.tables[plural][rec.id] = rec
            for name, value in links.items():
                if value is not None:
                    self.idx.setdefault((plural, name), {}).setdefault(value, set()).add(rec.id)
            return rec

    def set_fk(self, plural: str, rec: Rec, name: str, value: str | int | None) -> None:
        old = rec.fks.get(name)
        new = None if value is None else str(value)
        if old == new:
            return
        index = self.idx.setdefault((plural, name), {})
        if old is not None:
            index.get(old, set()).discard(rec.id)
        if new is not None:
            index.setdefault(new, set()).add(rec.id)
        rec.fks[name] = new
        rec.touch()

    def remove(self, plural: str, rec: Rec) -> None:
        with self.lock:
            self.tables[plural].pop(rec.id, None)
            for name, value in rec.fks.items():
                if value is not None:
                    self.idx.get((plural, name), {}).get(value, set()).discard(rec.id)

    def linked_ids(self, rtype: ResourceType, rec: Rec, rel: HasMany) -> list[str]:
        rows = self.where(rel.via, rel.mine, rec.id)
        if rel.other == "id":
            return [str(r.id) for r in rows]
        return [v for r in rows if (v := r.fks.get(rel.other)) is not None]

    # ----- users -----------------------------------------------------------------------------

    def add_user(self, login: str, password: str, admin: bool = False) -> str:
        with self.lock:
            if login.lower() in self.logins:
                raise ValueError(f"user {login!r} exists")
            rec = self.insert("users", {
                "login": login, "display_name": login, "credited_name": login,
                "email": f"{login}@example.org", "admin": admin, "confirmed_at": now_iso(),
            })
            rec.attrs["zooniverse_id"] = f"panoptes-{rec.id}"
            self.passwords[str(rec.id)] = password
            self.logins[login.lower()] = str(rec.id)
            return str(rec.id)

    def authenticate(self, login: str, password: str) -> str | None:
        uid = self.logins.get(str(login).lower())
        known = self.passwords.get(uid or "", "").encode()
        if uid is None or not secrets.compare_digest(known, str(password).encode()):
            return None
        return uid

    # ----- permissions -----------------------------------------------------------------------

    def root_of(self, plural: str, rec: Rec) -> tuple[str, Rec] | None:
        """Follow `perm` links up to the record that governs access (project, collection, ...)."""
        for _ in range(6):
            rtype = TYPES[plural]
            if plural in OWNED_TYPES or rtype.perm == "self" or rtype.perm is None:
                return plural, rec
            if rtype.perm == "user":
                return plural, rec
            target_plural = rtype.belongs[rtype.perm]
            target = self.get(target_plural, rec.fks.get(rtype.perm) or 0)
            if target is None:
                return None
            plural, rec = target_plural, target
        return None

    def roles_of(self, plural: str, rec: Rec, user_id: str) -> set[str]:
        role_table = {"projects": "project_roles", "collections": "collection_roles",
                      "organizations": "organization_roles"}[plural]
        resource = role_table[:-len("_roles")]
        roles: set[str] = set()
        for role in self.where(role_table, resource, rec.id):
            if role.fks.get("user") == user_id:
                roles.update(role.attrs.get("roles", []))
        return roles

    def can_edit(self, plural: str, rec: Rec, actor: Actor) -> bool:
        if actor.admin:
            return True
        if actor.user_id is None:
            return False
        root = self.root_of(plural, rec)
        if root is None:
            return False
        rplural, rrec = root
        rtype = TYPES[rplural]
        if rplural in OWNED_TYPES:
            if rrec.extra.get("owner") == actor.user_id:
                return True
            return bool(self.roles_of(rplural, rrec, actor.user_id) & EDITOR_ROLES)
        if rtype.perm == "self":
            if rplural == "users":
                return str(rrec.id) == actor.user_id
            if rplural == "user_groups":
                return any(m.fks.get("user") == actor.user_id and "group_admin" in
                           m.attrs.get("roles", []) for m in
                           self.where("memberships", "user_group", rrec.id))
        if rtype.perm == "user":
            return rrec.fks.get("user") == actor.user_id
        return False

    def can_read(self, plural: str, rec: Rec, actor: Actor) -> bool:
        if rec.extra.get("deactivated"):
            return False
        if actor.admin:
            return True
        root = self.root_of(plural, rec)
        if root is None:
            return plural in ("tags", "translations", "media")
        rplural, rrec = root
        if TYPES[plural].editors_only:
            return self.can_edit(plural, rec, actor)
        if rplural in ("projects", "collections") and rrec.attrs.get("private"):
            if actor.user_id is None:
                return False
            return rrec.extra.get("owner") == actor.user_id or bool(
                self.roles_of(rplural, rrec, actor.user_id))
        if TYPES[rplural].perm == "user":
            if rrec.fks.get("user") == actor.user_id and actor.user_id is not None:
                return True
            project = self.get("projects", rrec.fks.get("project") or 0)
            return project is not None and self.can_edit("projects", project, actor)
        return True

    def hidden_projects(self, actor: Actor) -> set[str]:
        """Private projects the actor may not see (used to filter indexes cheaply)."""
        if actor.admin:
            return set()
        return {str(p.id) for p in self.tables["projects"].values()
                if p.attrs.get("private") and not self.can_read("projects", p, actor)}

    def find_visible(self, plural: str, rid: str, actor: Actor) -> Rec:
        if plural == "aggregations":
            self.settle_aggregations()
        rec = self.get(plural, rid)
        if rec is None or not self.can_read(plural, rec, actor):
            raise ApiError(404, f"Could not find {plural} with id='{rid}'")
        return rec

    def require_edit(self, plural: str, rec: Rec, actor: Actor) -> None:
        if actor.user_id is None and not actor.admin:
            raise ApiError(401, "You must be logged in to access this resource.")
        if not self.can_edit(plural, rec, actor):
            raise ApiError(403, f"You are not authorized to modify {plural} with id='{rec.id}'")

    # ----- serialization ---------------------------------------------------------------------

    def owner_link(self, rec: Rec, with_name: bool = True) -> JSON | None:
        owner = self.get("users", rec.extra.get("owner") or 0)
        if owner is None:
            return None
        link: JSON = {"id": str(owner.id), "type": "users", "href": f"/users/{owner.id}"}
        if with_name:
            link["display_name"] = owner.attrs.get("display_name")
        return link

    def serialize(self, plural: str, rec: Rec, actor: Actor) -> JSON:
        rtype = TYPES[plural]
        out: JSON = {"id": str(rec.id)}
        hidden = rtype.hidden
        if plural == "users" and (actor.admin or actor.user_id == str(rec.id)):
            hidden = frozenset()
        for name, value in rec.attrs.items():
            if name not in hidden:
                out[name] = value
        out["href"] = rec.extra.get("href") or f"/{plural}/{rec.id}"
        out["created_at"] = rec.created_at
        out["updated_at"] = rec.updated_at
        links: JSON = {}
        if plural != "users":
            for name in rtype.belongs:
                if name not in rtype.hidden_links:
                    links[name] = rec.fks.get(name)
            for name, rel in rtype.has_many.items():
                links[name] = self.linked_ids(rtype, rec, rel)
            self._special_links(plural, rec, links)
        out["links"] = links
        if plural == "collections":  # the default subject's first location, else the first's
            subject = self.get("subjects", rec.fks.get("default_subject") or next(
                iter(links.get("subjects") or []), 0))
            locations = subject.attrs.get("locations") if subject is not None else None
            out["default_subject_src"] = next(iter(locations[0].values()), None) \
                if locations and isinstance(locations[0], dict) else None
        if plural == "workflows":
            out["subjects_count"] = sum(
                s.attrs["set_member_subjects_count"]
                for sid in links["subject_sets"] if (s := self.get("subject_sets", sid)))
        return out

    def _special_links(self, plural: str, rec: Rec, links: JSON) -> None:
        rtype = TYPES[plural]
        if rtype.owner:
            links["owner"] = self.owner_link(rec)
        if plural.endswith("_roles"):
            links.pop("user", None)
            user = self.get("users", rec.fks.get("user") or 0)
            links["owner"] = None if user is None else {
                "id": str(user.id), "type": "users", "href": f"/users/{user.id}"}
        if plural == "projects":
            links["active_workflows"] = [
                w for w in links["workflows"]
                if (wf := self.get("workflows", w)) and wf.attrs.get("active")]
        if plural == "set_member_subjects":
            links["retired_workflows"] = [
                s.fks["workflow"] for s in self.where(
                    "subject_workflow_statuses", "subject", rec.fks.get("subject") or 0)
                if s.attrs.get("retired_at")]
        if plural == "media":
            links["linked"] = rec.extra.get("linked")
        if plural == "translations" and rec.attrs.get("translated_type"):
            kind = re.sub(r"(?<!^)(?=[A-Z])", "_", rec.attrs["translated_type"]).lower()
            links[kind] = str(rec.attrs.get("translated_id"))
        for name, many in rtype.media.items():
            ids = self.media_index.get((plural, str(rec.id), name), [])
            href = f"/{plural}/{rec.id}/{name}"
            if many:
                links[name] = {"href": href, "type": "attached_images",
                               "ids": [str(i) for i in ids]}
            elif ids:
                links[name] = {"href": href, "type": f"{name}s", "id": str(ids[-1])}
        if plural in ("projects", "workflows"):
            for kind in ("classifications", "subjects"):
                ids = self.media_index.get((plural, str(rec.id), f"{kind}_export"), [])
                if ids:
                    links[f"{kind}_export"] = {"href": f"/{plural}/{rec.id}/{kind}_export",
                                               "type": f"{kind}_exports", "id": str(ids[-1])}

    def link_templates(self, plural: str) -> JSON:
        cached = self._link_templates.get(plural)
        if cached is not None:
            return cached
        rtype = TYPES[plural]
        out: JSON = {}
        for name, target in rtype.belongs.items():
            if name not in rtype.hidden_links:
                out[f"{plural}.{name}"] = {"href": f"/{target}/{{{plural}.{name}}}",
                                           "type": target}
        for name, rel in rtype.has_many.items():
            out[f"{plural}.{name}"] = {
                "href": f"/{rel.target}?{rtype.singular}_id={{{plural}.id}}", "type": rel.target}
        if rtype.owner:
            out[f"{plural}.owner"] = {"href": f"/{{{plural}.owner.href}}", "type": "owners"}
        for name in rtype.media:
            out[f"{plural}.{name}"] = {"href": f"/{plural}/{{{plural}.id}}/{name}",
                                       "type": "media"}
        self._link_templates[plural] = out
        return out

    # ----- index -----------------------------------------------------------------------------

    def index(self, plural: str, params: Mapping[str, str], actor: Actor,
              base: str | None = None, scope: Iterable[Rec] | None = None) -> Page:
        """Filter, sort and page `plural` (or `scope`) per the RestPack conventions."""
        rtype = TYPES[plural]
        page, page_size = self._paging(params)
        includes = self.check_includes(rtype, params.get("include"))
        if plural == "aggregations":
            self.settle_aggregations()
        with self.lock:
            candidates = self._filtered(rtype, params, actor, scope)
            sort = [s.strip() for s in params.get("sort", "").split(",") if s.strip()]
            sort = [s for s in sort if s.lstrip("-") in rtype.sortable | {"id"}]
            if sort:
                candidates = self._sorted(rtype, list(candidates), sort)
            if rtype.no_count:
                start = (page - 1) * page_size
                records = list(itertools.islice(candidates, start, start + page_size))
                count = 0
            else:
                seq = candidates if isinstance(candidates, list) else list(candidates)
                count = len(seq)
                records = seq[(page - 1) * page_size: page * page_size]
        meta = self._meta(rtype, params, page, page_size, count, len(records), includes, base,
                          sort)
        return Page(records, meta)

    def _paging(self, params: Mapping[str, str]) -> tuple[int, int]:
        # RestPack reads both with Ruby's `to_i` (`"2x"` → 2, `"null"` → 0); Kaminari treats a
        # page below 1 as the first and ignores a negative page size; 0 is refused.
        page = min(max(1, to_i(params.get("page", "1"))), MAX_PAGE)  # past it every page is empty
        page_size = to_i(params.get("page_size", str(DEFAULT_PAGE_SIZE)))
        if page_size < 0:
            page_size = DEFAULT_PAGE_SIZE
        if page_size == 0:
            raise ApiError(422, "Current page was incalculable. Perhaps you called .page "
                                "with a page_size of 0?")
        return page, min(page_size, MAX_PAGE_SIZE)

    def check_includes(self, rtype: ResourceType, include: str | None) -> list[str]:
        names = [n.strip() for n in (include or "").split(",") if n.strip()]
        for name in names:
            if name not in rtype.includes:
                raise ApiError(422, f"The {name} relation is not an allowed include "
                                    f"for {rtype.plural}")
        return names

    def _filtered(self, rtype: ResourceType, params: Mapping[str, str], actor: Actor,
                  scope: Iterable[Rec] | None) -> Iterator[Rec] | list[Rec]:
        plural = rtype.plural
        table = self.tables[plural]
        id_sets: list[set[int]] = []
        predicates: list[Callable[[Rec], bool]] = []
        if rtype.search and params.get("search", "").strip():
            predicates.append(self._search(rtype, params["search"]))
        for key, raw in params.items():
            if key in RESERVED_PARAMS:
                continue
            values = parse_ids(raw)
            if rtype.owner and key == "current_user_roles":
                predicates.append(self._holds_roles(rtype, set(values), actor))
                continue
            base = key[:-4] if key.endswith("_ids") else key[:-3] if key.endswith("_id") else None
            if key in ("id", "ids"):
                id_sets.append({int(v) for v in values if v.isdigit()})
            elif base is not None and base in rtype.belongs:
                index = self.idx.get((plural, base), {})
                id_sets.append(set().union(*(index.get(v, set()) for v in values)))
            elif base is not None and (rel := self._has_many_by_singular(rtype, base)):
                id_sets.append(self._via_filter(rel, values))
            elif custom := self._custom_filter(rtype, key, values, raw):
                kind, payload = custom
                if kind == "ids":
                    id_sets.append(payload)
                else:
                    predicates.append(payload)
            elif key in rtype.filters:
                sample = rtype.attrs.get(key)
                wanted = [_coerce(v, sample) for v in values]
                if isinstance(sample, str):
                    wanted = [w.lower() for w in wanted]
                    predicates.append(_attr_in(key, wanted, lower=True))
                else:
                    predicates.append(_attr_in(key, wanted, lower=False))
        hidden = self.hidden_projects(actor)
        if hidden and "project" in rtype.belongs:
            predicates.append(lambda r: r.fks.get("project") not in hidden)
        if plural in ("projects", "collections") and not actor.admin:
            predicates.append(lambda r: self.can_read(plural, r, actor))
        if (rtype.perm == "user" or rtype.editors_only) and not actor.admin:
            predicates.append(lambda r: self.can_read(plural, r, actor))
        if plural == "users":
            predicates.append(lambda r: not r.extra.get("deactivated"))
        ids = set.intersection(*id_sets) if id_sets else None
        if scope is not None:  # a handler's scope narrows the table; filters still apply
            rows: Iterable[Rec] = scope if ids is None else [r for r in scope if r.id in ids]
        elif ids is not None:
            rows = [table[i] for i in sorted(ids) if i in table]
        else:
            rows = table.values()
        if predicates:
            return [r for r in rows if all(p(r) for p in predicates)]
        return rows if isinstance(rows, list) else iter(list(rows)) if rtype.no_count \
            else list(rows)

    def _has_many_by_singular(self, rtype: ResourceType, base: str) -> HasMany | None:
        for name, rel in rtype.has_many.items():
            if TYPES[rel.target].singular == base or name.rstrip("s") == base:
                return rel
        return None

    def _via_filter(self, rel: HasMany, values: list[str]) -> set[int]:
        if rel.other == "id":
            return {int(v) for v in values if v.isdigit()}
        rows: set[int] = set()
        index = self.idx.get((rel.via, rel.other), {})
        for value in values:
            for rid in index.get(value, set()):
                mine = self.tables[rel.via][rid].fks.get(rel.mine)
                if mine is not None:
                    rows.add(int(mine))
        return rows

    def _search(self, rtype: ResourceType, text: str) -> Callable[[Rec], bool]:
        """`search=`: `tag:<name>` terms match tags; the other words must all appear in one of
        the type's search fields (with `search_exact`, an exact match of the whole text wins and
        fuzzy matching needs 3+ characters)."""
        terms = text.split()
        tags = {t.split(":", 1)[1].lower() for t in terms if t.lower().startswith("tag:")}
        words = [t.lower() for t in terms if not t.lower().startswith("tag:")]
        phrase = " ".join(words)
        fields = rtype.search

        def values(r: Rec) -> list[str]:
            return [str(r.attrs.get(f) or "").lower() for f in fields]

        exact: set[int] = set()
        if rtype.search_exact and phrase:
            exact = {r.id for r in self.tables[rtype.plural].values() if phrase in values(r)}
        fuzzy = not rtype.search_exact or len(phrase) >= 3

        def matches(r: Rec) -> bool:
            if tags and not tags & {t.lower() for t in r.attrs.get("tags") or []}:
                return False
            if not words:
                return True
            if exact:
                return r.id in exact
            return fuzzy and any(all(w in v for w in words) for v in values(r))
        return matches

    def _holds_roles(self, rtype: ResourceType, wanted: set[str],
                     actor: Actor) -> Callable[[Rec], bool]:
        """`current_user_roles=owner,collaborator`: resources where the caller has one of them."""
        def holds(r: Rec) -> bool:
            if actor.user_id is None:
                return False
            roles = self.roles_of(rtype.plural, r, actor.user_id)
            if r.extra.get("owner") == actor.user_id:
                roles.add("owner")
            return bool(roles & wanted)
        return holds

    def _custom_filter(self, rtype: ResourceType, key: str, values: list[str],
                       raw: str) -> tuple[str, Any] | None:
        plural = rtype.plural
        if plural == "subjects" and key in ("workflow_id", "workflow_ids"):
            sets = [str(r.fks["subject_set"]) for v in values
                    for r in self.where("workflow_subject_sets", "workflow", v)]
            return "ids", self._via_filter(TYPES["subjects"].has_many["subject_sets"], sets)
        if rtype.owner and key == "owner":
            names = {v.lower() for v in values}
            owners = {self.logins.get(n) for n in names}
            return "pred", lambda r: r.extra.get("owner") in owners
        if plural.endswith("_roles") and key in ("user_id", "user_ids"):
            index = self.idx.get((plural, "user"), {})
            return "ids", set().union(*(index.get(v, set()) for v in values))
        if plural == "subject_sets" and key.startswith("metadata."):
            name = key.split(".", 1)[1]
            return "pred", lambda r: str(r.attrs.get("metadata", {}).get(name)) == raw
        if plural == "projects" and key in ("organization_id", "organization_ids"):
            return "ids", {int(r.fks["project"] or 0) for v in values
                           for r in self.where("organization_projects", "organization", v)}
        if plural == "users" and key == "login":
            return "ids", {int(u) for v in values if (u := self.logins.get(v.lower()))}
        if plural == "projects" and key == "tags":
            wanted = {v.lower() for v in values}
            return "pred", lambda r: bool(wanted & {t.lower() for t in r.attrs.get("tags", [])})
        return None

    def _sorted(self, rtype: ResourceType, rows: list[Rec], sort: list[str]) -> list[Rec]:
        for spec in reversed(sort):
            name = spec.lstrip("-")

            def key(r: Rec, n: str = name) -> Any:
                if n == "id":
                    return r.id
                if n in ("created_at", "updated_at"):
                    return getattr(r, n)
                if n.endswith("_id"):
                    return int(r.fks.get(n[:-3]) or 0)
                value = r.attrs.get(n)
                return (value is None, value if value is not None else 0)
            rows.sort(key=key, reverse=spec.startswith("-"))
        return rows

    def _meta(self, rtype: ResourceType, params: Mapping[str, str], page: int, page_size: int,
              count: int, size: int, includes: list[str], base: str | None,
              sort: list[str]) -> JSON:
        if rtype.no_count:
            page_count = 0
            next_page = page + 1 if size > 0 else None
            last = 0
        else:
            page_count = max(1, -(-count // page_size)) if count else 0
            next_page = page + 1 if page < page_count else None
            last = page_count
        previous_page = page - 1 if page > 1 else None
        extra: list[str] = []
        if page_size != DEFAULT_PAGE_SIZE:
            extra.append(f"page_size={page_size}")
        if includes:
            extra.append("include=" + ",".join(includes))
        if sort:
            extra.append("sort=" + ",".join(sort))
        for key, value in params.items():
            if key not in RESERVED_PARAMS or key == "translated_type":
                extra.append(f"{key}={value}")
        path = base or f"/{rtype.plural}"

        def href(number: int | None) -> str | None:
            if number is None:
                return None
            parts = ([] if number == 1 else [f"page={number}"]) + extra
            return path + ("?" + "&".join(parts) if parts else "")

        return {rtype.plural: {
            "page": page, "page_size": page_size, "count": count, "include": includes,
            "page_count": page_count, "previous_page": previous_page, "next_page": next_page,
            "first_href": href(1), "previous_href": href(previous_page),
            "next_href": href(next_page), "last_href": href(last),
        }}

    def linked(self, plural: str, records: list[Rec], includes: list[str],
               actor: Actor) -> JSON:
        rtype = TYPES[plural]
        out: JSON = {}
        for name in includes:
            if name == "owners" or name == "owner":
                target = "users"
                ids = [r.extra.get("owner") for r in records]
            elif name in rtype.belongs:
                target = rtype.belongs[name]
                ids = [r.fks.get(name) for r in records]
            elif name in rtype.has_many:
                rel = rtype.has_many[name]
                target = rel.target
                ids = [i for r in records for i in self.linked_ids(rtype, r, rel)]
            else:
                continue
            seen: dict[str, JSON] = {}
            for rid in ids:
                if rid is None or rid in seen:
                    continue
                found = self.get(target, rid)
                if found is not None and self.can_read(target, found, actor):
                    seen[rid] = self.serialize(target, found, actor)
            out.setdefault("owners" if name in ("owners", "owner") else target, []).extend(
                seen.values())
        return out

    # ----- create / update / delete ----------------------------------------------------------

    def body_items(self, plural: str, body: Any, allow_list: bool) -> list[JSON]:
        if not isinstance(body, dict) or plural not in body or body[plural] in (None, "", {}, []):
            raise ApiError(422, f"param is missing or the value is empty: {plural}")
        payload = body[plural]
        items = payload if isinstance(payload, list) and allow_list else [payload]
        if not all(isinstance(i, dict) for i in items):
            raise ApiError(422, f"{plural} must be an object")
        # other top-level keys are ordinary request params the controller never reads
        return items

    def validate(self, rtype: ResourceType, item: JSON, allowed: frozenset[str],
                 allowed_links: frozenset[str], actor: Actor, creating: bool) -> None:
        for key, value in item.items():
            if key == "links":
                if not isinstance(value, dict):
                    raise ApiError(422, "links must be an object")
                extra = set(value) - allowed_links
                if extra:
                    raise ApiError(422, f"found unpermitted parameter: links.{sorted(extra)[0]}")
                continue
            if key not in allowed:
                raise ApiError(422, f"found unpermitted parameter: {key}")
            if key in rtype.admin_only and not actor.admin:
                raise ApiError(422, f"Only Admins may set field {key}")
            if key == "urls" and isinstance(value, list):  # items: {label*, url*} (JSON schema)
                for i, url in enumerate(value):
                    if not isinstance(url, dict):
                        raise ApiError(422, f"The property '#/urls/{i}' of type "
                                            f"{type(url).__name__} did not match the following "
                                            "type: object")
                    if missing := [k for k in ("label", "url") if k not in url]:
                        raise ApiError(422, f"The property '#/urls/{i}' did not contain a "
                                            f"required property of '{missing[0]}'")
            sample = rtype.attrs.get(key)
            if value is None or sample is None:
                continue
            kinds: dict[type, str] = {bool: "boolean", dict: "object", list: "array",
                                      str: "string"}
            for kind, label in kinds.items():
                if isinstance(sample, kind) and not isinstance(value, kind):
                    raise ApiError(422, f"The property '#/{key}' of type "
                                        f"{type(value).__name__} did not match type: {label}")
        if creating:
            missing = [k for k in sorted(rtype.required) if k not in item]
            links = item.get("links") or {}
            missing += [f"links.{k}" for k in sorted(rtype.required_links) if not links.get(k)]
            if missing:
                raise ApiError(422, f"The property '#/' did not contain a required property of "
                                    f"'{missing[0]}'")

    def resolve_link(self, target: str, rid: Any, actor: Actor) -> Rec:
        found = self.get(target, rid.get("id", 0) if isinstance(rid, dict) else rid)
        if found is None or not self.can_read(target, found, actor):
            raise ApiError(422, f"Couldn't find linked {target} for current user")
        return found

    def create(self, plural: str, body: Any, actor: Actor) -> list[Rec]:
        rtype = TYPES[plural]
        if actor.user_id is None and not actor.admin and plural != "classifications":
            raise ApiError(401, "You must be logged in to access this resource.")
        items = self.body_items(plural, body, allow_list=True)
        out: list[Rec] = []
        with self.lock:
            for item in items:
                self.validate(rtype, item, rtype.create, rtype.create_links, actor, True)
                out.append(self._create_one(rtype, item, actor))
        return out

    def _create_one(self, rtype: ResourceType, item: JSON, actor: Actor) -> Rec:
        plural = rtype.plural
        links = dict(item.get("links") or {})
        fks: dict[str, Any] = {}
        for name, target in rtype.belongs.items():
            if links.get(name) is not None:
                parent = self.resolve_link(target, links[name], actor)
                if name == rtype.perm and not self.can_edit(target, parent, actor) and \
                        plural not in ("classifications",):
                    raise ApiError(403, f"You are not authorized to link {target} "
                                        f"with id='{parent.id}'")
                fks[name] = parent.id
        if rtype.perm == "user":
            fks["user"] = actor.user_id
        if plural.endswith("_roles"):
            fks["user"] = self.resolve_link("users", links["user"], actor).id
            resource = plural[:-len("_roles")]
            if any(r.fks.get("user") == str(fks["user"]) for r in
                   self.where(plural, resource, fks[resource])):
                raise ApiError(422, f"Cannot create roles resource when one exists for the user "
                                    f"and {resource}")
        attrs = {k: v for k, v in item.items() if k != "links"}
        hook = getattr(self, f"_before_create_{plural}", None)
        extra: JSON = {}
        if hook is not None:
            hook(attrs, links, fks, extra, actor)
        rec = self.insert(plural, attrs, fks, extra)
        if rtype.owner:
            rec.extra.setdefault("owner", actor.user_id)
        after = getattr(self, f"_after_create_{plural}", None)
        if after is not None:
            after(rec, links, actor)
        for name in rtype.has_many:
            if name in links and name in rtype.link_routes | {"workflows", "subject_sets"}:
                self.add_links(plural, rec, name, {name: links[name]}, actor, check=False)
        return rec

    def update(self, plural: str, ids: list[str], body: Any, actor: Actor) -> list[Rec]:
        rtype = TYPES[plural]
        items = self.body_items(plural, body, allow_list=True)
        if len(items) == 1 and len(ids) > 1:
            items = items * len(ids)
        with self.lock:
            records = [self.find_visible(plural, rid, actor) for rid in ids]
            for rec, item in zip(records, items, strict=False):
                self.require_edit(plural, rec, actor)
                self.validate(rtype, item, rtype.update, rtype.update_links, actor, False)
                self._update_one(rtype, rec, item, actor)
        return records

    def _update_one(self, rtype: ResourceType, rec: Rec, item: JSON, actor: Actor) -> None:
        plural = rtype.plural
        if plural == "classifications" and rec.attrs.get("completed", True):
            raise ApiError(403, "Cannot update a completed classification")
        for key, value in item.items():
            if key != "links":
                rec.attrs[key] = copy.deepcopy(value)
        if plural == "subjects" and "locations" in item:
            rec.attrs["locations"] = self.prepare_locations(item["locations"], rec)
        if plural == "workflows" and {"tasks", "first_task", "grouped", "pairwise"} & set(item):
            self._bump_workflow_version(rec)
        for name, value in (item.get("links") or {}).items():
            if name in rtype.belongs:
                target = self.resolve_link(rtype.belongs[name], value, actor) if value else None
                self.set_fk(plural, rec, name, None if target is None else target.id)
            elif name in rtype.has_many or name in rtype.link_routes:
                wanted = set(_as_id_list(value))
                current = set(self.current_link_ids(plural, rec, name))
                if wanted - current:
                    self.add_links(plural, rec, name, {name: sorted(wanted - current)}, actor,
                                   check=False)
                if current - wanted:
                    self.remove_links(plural, rec, name, sorted(current - wanted), actor)
        rec.touch()

    def delete(self, plural: str, ids: list[str], actor: Actor) -> None:
        with self.lock:
            records = [self.find_visible(plural, rid, actor) for rid in ids]
            for rec in records:
                self.require_edit(plural, rec, actor)
                if plural == "classifications" and rec.attrs.get("completed", True):
                    raise ApiError(403, "Cannot delete a completed classification")
            for rec in records:
                if plural == "users":
                    self.deactivate_user(rec)
                else:
                    self.destroy(plural, rec)

    def deactivate_user(self, rec: Rec) -> None:
        """`UsersController#destroy` deactivates: the account can no longer sign in or be read,
        but what it owns keeps pointing at it."""
        rec.extra["deactivated"] = True
        self.logins.pop(str(rec.attrs.get("login", "")).lower(), None)
        self.passwords.pop(str(rec.id), None)
        rec.touch()

    def destroy(self, plural: str, rec: Rec) -> None:
        """Remove a record and the join rows and set memberships that point at it."""
        rtype = TYPES[plural]
        for rel in rtype.has_many.values():
            if rel.via != rel.target:
                for row in self.where(rel.via, rel.mine, rec.id):
                    self._remove_join(rel.via, row)
        if plural == "subjects":
            for sms in self.where("set_member_subjects", "subject", rec.id):
                self._remove_join("set_member_subjects", sms)
        self.remove(plural, rec)

    # ----- links -----------------------------------------------------------------------------

    def current_link_ids(self, plural: str, rec: Rec, rel: str) -> list[str]:
        rtype = TYPES[plural]
        if rel in rtype.has_many:
            return self.linked_ids(rtype, rec, rtype.has_many[rel])
        if plural == "subject_sets" and rel == "subjects":
            return [str(s.fks["subject"]) for s in self.where("set_member_subjects",
                                                               "subject_set", rec.id)]
        return []

    def add_links(self, plural: str, rec: Rec, rel: str, body: Any, actor: Actor,
                  check: bool = True) -> None:
        """POST /{plural}/{id}/links/{rel}: attach ids (creating join rows or copies)."""
        if check:
            # `check_relation`: a missing or null body key is refused (a null is not a reset)
            if not isinstance(body, dict) or body.get(rel) is None:
                raise ApiError(422, f"Link relation {rel} must match body key")
            self.require_edit(plural, rec, actor)
        value = body[rel]
        ids = _as_id_list(value)
        with self.lock:
            handler = getattr(self, f"_link_{plural}_{rel}", None)
            if handler is not None:
                handler(rec, ids, actor)
            elif rel in TYPES[plural].belongs:
                # a to-one link takes one id; "" finds nothing and so clears the link
                if isinstance(value, list):
                    raise ApiError(422, f"Link relation {rel} takes a single id")
                target = self.resolve_link(TYPES[plural].belongs[rel], value, actor) \
                    if value != "" else None
                self.set_fk(plural, rec, rel, None if target is None else target.id)
            else:
                rel_spec = TYPES[plural].has_many[rel]
                existing = set(self.current_link_ids(plural, rec, rel))
                for rid in ids:
                    target = self.resolve_link(rel_spec.target, rid, actor)
                    if str(target.id) not in existing:
                        self.insert(rel_spec.via, {}, {rel_spec.mine: rec.id,
                                                       rel_spec.other: target.id})
                        existing.add(str(target.id))
            rec.touch()

    def remove_links(self, plural: str, rec: Rec, rel: str, ids: list[str],
                     actor: Actor) -> None:
        """DELETE /{plural}/{id}/links/{rel}/{ids}: detach ids."""
        with self.lock:
            handler = getattr(self, f"_unlink_{plural}_{rel}", None)
            wanted = set(ids)
            if handler is not None:
                handler(rec, ids, actor)
            elif rel in TYPES[plural].belongs:
                if rec.fks.get(rel) in wanted:
                    self.set_fk(plural, rec, rel, None)
            else:
                rel_spec = TYPES[plural].has_many[rel]
                for row in self.where(rel_spec.via, rel_spec.mine, rec.id):
                    if rel_spec.via == rel_spec.target:
                        continue
                    if row.fks.get(rel_spec.other) in wanted:
                        self._remove_join(rel_spec.via, row)
            rec.touch()

    def _remove_join(self, via: str, row: Rec) -> None:
        if via == "set_member_subjects":
            sset = self.get("subject_sets", row.fks.get("subject_set") or 0)
            if sset is not None:
                sset.attrs["set_member_subjects_count"] -= 1
                sset.touch()
        self.remove(via, row)

    def _link_subject_sets_subjects(self, sset: Rec, ids: list[str], actor: Actor) -> None:
        existing = {s.fks["subject"] for s in self.where("set_member_subjects", "subject_set",
                                                          sset.id)}
        for sid in ids:
            subject = self.resolve_link("subjects", sid, actor)
            if str(subject.id) in existing:
                continue
            self.insert("set_member_subjects", {}, {"subject_set": sset.id, "subject": subject.id})
            existing.add(str(subject.id))
            sset.attrs["set_member_subjects_count"] += 1

    def _unlink_subject_sets_subjects(self, sset: Rec, ids: list[str], actor: Actor) -> None:
        wanted = set(ids)
        for sms in self.where("set_member_subjects", "subject_set", sset.id):
            if sms.fks.get("subject") in wanted:
                self._remove_join("set_member_subjects", sms)

    def _link_projects_workflows(self, project: Rec, ids: list[str], actor: Actor) -> None:
        self._adopt(project, "workflows", ids, actor)

    def _link_projects_subject_sets(self, project: Rec, ids: list[str], actor: Actor) -> None:
        self._adopt(project, "subject_sets", ids, actor)

    def _adopt(self, project: Rec, plural: str, ids: list[str], actor: Actor) -> None:
        """Linking a workflow/set of another project copies it into this one."""
        for rid in ids:
            source = self.resolve_link(plural, rid, actor)
            if source.fks.get("project") == str(project.id):
                continue
            if source.fks.get("project") is None:
                self.set_fk(plural, source, "project", project.id)
                continue
            attrs = copy.deepcopy(source.attrs)
            if plural == "subject_sets":
                attrs["set_member_subjects_count"] = 0
            else:
                attrs.update(classifications_count=0, retired_set_member_subjects_count=0)
            clone = self.insert(plural, attrs, {**source.fks, "project": project.id})
            if plural == "subject_sets":
                subjects = [s.fks["subject"] or "" for s in
                            self.where("set_member_subjects", "subject_set", source.id)]
                self._link_subject_sets_subjects(clone, subjects, SYSTEM)
            else:
                for row in self.where("workflow_subject_sets", "workflow", source.id):
                    self.insert("workflow_subject_sets", {}, {
                        "workflow": clone.id, "subject_set": row.fks["subject_set"]})
                self.insert("workflow_versions", {"tasks": attrs.get("tasks", {})},
                            {"workflow": clone.id})

    def _unlink_projects_workflows(self, project: Rec, ids: list[str], actor: Actor) -> None:
        for rid in ids:
            if (wf := self.get("workflows", rid)) and wf.fks.get("project") == str(project.id):
                self.destroy("workflows", wf)

    def _unlink_projects_subject_sets(self, project: Rec, ids: list[str], actor: Actor) -> None:
        for rid in ids:
            if (ss := self.get("subject_sets", rid)) and ss.fks.get("project") == str(project.id):
                self.destroy("subject_sets", ss)

    def _link_workflows_retired_subjects(self, wf: Rec, ids: list[str], actor: Actor) -> None:
        self.retire(wf, ids, "other", actor)

    def _unlink_workflows_retired_subjects(self, wf: Rec, ids: list[str], actor: Actor) -> None:
        self.unretire(wf, ids)

    def _link_workflows_tutorials(self, wf: Rec, ids: list[str], actor: Actor) -> None:
        existing = {r.fks["tutorial"] for r in self.where("tutorial_workflows", "workflow", wf.id)}
        for rid in ids:
            tutorial = self.resolve_link("tutorials", rid, actor)
            if str(tutorial.id) not in existing:
                self.insert("tutorial_workflows", {}, {"tutorial": tutorial.id, "workflow": wf.id})

    def _unlink_workflows_tutorials(self, wf: Rec, ids: list[str], actor: Actor) -> None:
        for row in self.where("tutorial_workflows", "workflow", wf.id):
            if row.fks.get("tutorial") in set(ids):
                self.remove("tutorial_workflows", row)

    def _link_set_member_subjects_retired_workflows(self, sms: Rec, ids: list[str],
                                                    actor: Actor) -> None:
        for wid in ids:
            wf = self.resolve_link("workflows", wid, actor)
            self.retire(wf, [sms.fks.get("subject") or ""], "other", actor)

    def _unlink_set_member_subjects_retired_workflows(self, sms: Rec, ids: list[str],
                                                      actor: Actor) -> None:
        for wid in ids:
            if (wf := self.get("workflows", wid)) is not None:
                self.unretire(wf, [sms.fks.get("subject") or ""])

    def _link_user_groups_users(self, group: Rec, ids: list[str], actor: Actor) -> None:
        for uid in ids:
            user = self.resolve_link("users", uid, actor)
            found = [m for m in self.where("memberships", "user_group", group.id)
                     if m.fks.get("user") == str(user.id)]
            if found:
                found[0].attrs["state"] = "active"
            else:
                self.insert("memberships", {"roles": ["group_member"]},
                            {"user": user.id, "user_group": group.id})

    def _unlink_user_groups_users(self, group: Rec, ids: list[str], actor: Actor) -> None:
        for m in self.where("memberships", "user_group", group.id):
            if m.fks.get("user") in set(ids):
                m.attrs["state"] = "inactive"
                m.touch()

    def _link_users_user_groups(self, user: Rec, ids: list[str], actor: Actor) -> None:
        for gid in ids:
            group = self.resolve_link("user_groups", gid, actor)
            self._link_user_groups_users(group, [str(user.id)], SYSTEM)

    def _unlink_users_user_groups(self, user: Rec, ids: list[str], actor: Actor) -> None:
        for m in self.where("memberships", "user", user.id):
            if m.fks.get("user_group") in set(ids):
                m.attrs["state"] = "inactive"

    # ----- per-type create hooks -------------------------------------------------------------

    def _before_create_projects(self, attrs: JSON, links: JSON, fks: JSON, extra: JSON,
                                actor: Actor) -> None:
        owner = links.get("owner")
        owner_id = str(owner["id"]) if isinstance(owner, dict) and owner.get("type") in (
            "users", "User") and actor.admin else actor.user_id
        extra["owner"] = owner_id
        name = attrs.get("display_name") or attrs.get("title") or ""
        attrs.setdefault("title", name)
        attrs.setdefault("display_name", name)
        login = (self.get("users", owner_id or 0) or Rec(0, {"login": "x"}, {})).attrs["login"]
        attrs["slug"] = f"{login}/{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
        langs = (attrs.get("configuration") or {}).get("languages") or []
        attrs["available_languages"] = sorted({attrs.get("primary_language", "en"), *langs})

    def _after_create_projects(self, rec: Rec, links: JSON, actor: Actor) -> None:
        self.insert("project_roles", {"roles": ["owner"]},
                    {"project": rec.id, "user": rec.extra.get("owner")})
        for tag in rec.attrs.get("tags", []):
            self._bump_tag(tag)

    def _bump_tag(self, name: str) -> None:
        for tag in self.tables["tags"].values():
            if tag.attrs["name"] == name:
                tag.attrs["popularity"] += 1
                return
        self.insert("tags", {"name": name, "popularity": 1})

    def _before_create_organizations(self, attrs: JSON, links: JSON, fks: JSON, extra: JSON,
                                     actor: Actor) -> None:
        extra["owner"] = actor.user_id
        attrs.setdefault("title", attrs.get("display_name", ""))
        attrs["slug"] = re.sub(r"[^a-z0-9]+", "-", str(attrs.get("display_name", "")).lower())

    def _after_create_organizations(self, rec: Rec, links: JSON, actor: Actor) -> None:
        self.insert("organization_roles", {"roles": ["owner"]},
                    {"organization": rec.id, "user": rec.extra.get("owner")})

    def _before_create_collections(self, attrs: JSON, links: JSON, fks: JSON, extra: JSON,
                                   actor: Actor) -> None:
        extra["owner"] = actor.user_id
        login = (self.get("users", actor.user_id or 0) or Rec(0, {"login": "x"}, {})).attrs["login"]
        name = str(attrs.get("display_name", ""))
        attrs["slug"] = f"{login}/{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
        if links.get("project") is not None:
            links["projects"] = [*_as_id_list(links.get("projects")), str(links.pop("project"))]

    def _after_create_collections(self, rec: Rec, links: JSON, actor: Actor) -> None:
        self.insert("collection_roles", {"roles": ["owner"]},
                    {"collection": rec.id, "user": rec.extra.get("owner")})
        for name in ("subjects", "projects"):
            if links.get(name):
                self.add_links("collections", rec, name, {name: links[name]}, actor, check=False)

    def _before_create_workflows(self, attrs: JSON, links: JSON, fks: JSON, extra: JSON,
                                 actor: Actor) -> None:
        attrs["content_language"] = attrs.get("primary_language", "en")

    def _after_create_workflows(self, rec: Rec, links: JSON, actor: Actor) -> None:
        self.insert("workflow_versions", {
            "tasks": rec.attrs["tasks"], "first_task": rec.attrs["first_task"]},
            {"workflow": rec.id})

    def _bump_workflow_version(self, rec: Rec) -> None:
        major, minor = (int(p) for p in rec.attrs.get("version", "1.1").split("."))
        rec.attrs["version"] = f"{major + 1}.{minor}"
        self.insert("workflow_versions", {
            "major_number": major + 1, "minor_number": minor, "tasks": rec.attrs["tasks"],
            "first_task": rec.attrs["first_task"]}, {"workflow": rec.id})

    def _before_create_subjects(self, attrs: JSON, links: JSON, fks: JSON, extra: JSON,
                                actor: Actor) -> None:
        fks["upload_user"] = actor.user_id
        if isinstance(attrs.get("metadata"), dict) and "#PRIORITY" in {
                k.upper() for k in attrs["metadata"]}:
            attrs["metadata"] = {("#priority" if k.upper() == "#PRIORITY" else k): v
                                 for k, v in attrs["metadata"].items()}
        user = self.get("users", actor.user_id or 0)
        if user is not None and not actor.admin and not user.attrs.get("upload_whitelist"):
            limit = user.attrs.get("subject_limit", 100)
            if limit and user.attrs["uploaded_subjects_count"] >= limit:
                raise ApiError(403, f"User has uploaded {user.attrs['uploaded_subjects_count']} "
                                    f"subjects of {limit} maximum")

    def _after_create_subjects(self, rec: Rec, links: JSON, actor: Actor) -> None:
        rec.attrs["locations"] = self.prepare_locations(rec.attrs["locations"], rec)
        project = self.get("projects", rec.fks.get("project") or 0)
        if project is not None:
            project.attrs["subjects_count"] += 1
        user = self.get("users", actor.user_id or 0)
        if user is not None:
            user.attrs["uploaded_subjects_count"] += 1
        if links.get("subject_sets"):
            for sid in _as_id_list(links["subject_sets"]):
                sset = self.resolve_link("subject_sets", sid, actor)
                self._link_subject_sets_subjects(sset, [str(rec.id)], actor)

    def prepare_locations(self, locations: Any, rec: Rec) -> list[JSON]:
        """Turn `["image/png", {...}]` into stored `{mime: url}`; remember uploads to sign."""
        if not isinstance(locations, list):
            raise ApiError(422, "locations must be an array")
        stored: list[JSON] = []
        pending: list[tuple[int, str, str]] = []
        for position, loc in enumerate(locations):
            if isinstance(loc, str):
                if "/" not in loc:
                    raise ApiError(400, f"Validation failed: Locations content type {loc} "
                                        "is not allowed")
                key = f"subject_location/{secrets.token_hex(16)}.{loc.split('/')[-1]}"
                pending.append((position, loc, key))
                stored.append({loc: f"{self.base_url}/blobs/{key}"})
            elif isinstance(loc, dict) and len(loc) == 1:
                stored.append(dict(loc))
            else:
                raise ApiError(422, "locations entries must be a mime type or {mime: url}")
        rec.extra["pending_uploads"] = pending
        return stored

    def _before_create_subject_sets(self, attrs: JSON, links: JSON, fks: JSON, extra: JSON,
                                    actor: Actor) -> None:
        name = attrs.get("display_name")
        for other in self.where("subject_sets", "project", fks["project"]):
            if other.attrs.get("display_name") == name:
                raise ApiError(400, "Validation failed: Display name has already been taken")

    def _after_create_subject_sets(self, rec: Rec, links: JSON, actor: Actor) -> None:
        if links.get("subjects"):
            self._link_subject_sets_subjects(rec, _as_id_list(links["subjects"]), actor)
        if links.get("collection"):
            coll = self.resolve_link("collections", links["collection"], actor)
            ids = [r.fks["subject"] or "" for r in self.where("collection_subjects", "collection",
                                                               coll.id)]
            self._link_subject_sets_subjects(rec, ids, actor)

    def _before_create_set_member_subjects(self, attrs: JSON, links: JSON, fks: JSON,
                                           extra: JSON, actor: Actor) -> None:
        if any(s.fks.get("subject") == str(fks["subject"]) for s in
               self.where("set_member_subjects", "subject_set", fks["subject_set"])):
            raise ApiError(422, "Subject is already a member of the subject set")

    def _after_create_set_member_subjects(self, rec: Rec, links: JSON, actor: Actor) -> None:
        sset = self.get("subject_sets", rec.fks["subject_set"] or 0)
        if sset is not None:
            sset.attrs["set_member_subjects_count"] += 1
            sset.touch()
        for wid in _as_id_list(links.get("retired_workflows")):
            if (wf := self.get("workflows", wid)) is not None:
                self.retire(wf, [rec.fks["subject"] or ""], "other", actor)

    def _before_create_user_groups(self, attrs: JSON, links: JSON, fks: JSON, extra: JSON,
                                   actor: Actor) -> None:
        attrs.setdefault("name", re.sub(r"\W+", "_", str(attrs.get("display_name", ""))))
        attrs["join_token"] = secrets.token_hex(8)

    def _after_create_user_groups(self, rec: Rec, links: JSON, actor: Actor) -> None:
        self.insert("memberships", {"roles": ["group_admin"]},
                    {"user": actor.user_id, "user_group": rec.id})
        for uid in _as_id_list(links.get("users")):
            if uid != actor.user_id:
                self._link_user_groups_users(rec, [uid], actor)

    def _before_create_memberships(self, attrs: JSON, links: JSON, fks: JSON, extra: JSON,
                                   actor: Actor) -> None:
        group = self.get("user_groups", fks["user_group"])
        if str(fks["user"]) != actor.user_id or group is None or \
                attrs.pop("join_token", None) != group.attrs["join_token"]:
            raise ApiError(403, "Invalid join token or user")

    def _before_create_project_preferences(self, attrs: JSON, links: JSON, fks: JSON,
                                           extra: JSON, actor: Actor) -> None:
        if any(p.fks.get("user") == actor.user_id for p in
               self.where("project_preferences", "project", fks["project"])):
            raise ApiError(422, "Validation failed: project preference already exists")

    def _before_create_aggregations(self, attrs: JSON, links: JSON, fks: JSON, extra: JSON,
                                    actor: Actor) -> None:
        wf = self.get("workflows", fks["workflow"])
        if self.where("aggregations", "workflow", fks["workflow"]):
            raise ApiError(400, "Validation failed: Workflow has already been taken")
        fks["project"] = wf.fks.get("project") if wf else None
        fks.setdefault("user", actor.user_id)
        attrs.update(status="pending", task_id=secrets.token_hex(8), uuid=None)
        extra["done_at"] = time.time() + self.aggregation_delay

    def settle_aggregations(self) -> None:
        """The aggregation service: a pending run ends `aggregation_delay` seconds after it was
        created, `completed` with a results `uuid` (or `failed`, per `aggregation_outcome`)."""
        now = time.time()
        with self.lock:
            for rec in self.tables["aggregations"].values():
                if rec.attrs.get("status") == "pending" and rec.extra.get("done_at", now) <= now:
                    outcome = self.aggregation_outcome
                    rec.attrs.update(status=outcome,
                                     uuid=secrets.token_hex(16) if outcome == "completed" else None)
                    rec.touch()

    def _before_create_subject_set_imports(self, attrs: JSON, links: JSON, fks: JSON,
                                           extra: JSON, actor: Actor) -> None:
        fks["user"] = actor.user_id
        if not re.match(r"^https?://", str(attrs.get("source_url", ""))):
            raise ApiError(422, "source_url is not a valid URL")
        attrs.update(progress=1.0)

    # ----- classifications and retirement ----------------------------------------------------

    def _before_create_classifications(self, attrs: JSON, links: JSON, fks: JSON, extra: JSON,
                                       actor: Actor) -> None:
        fks["user"] = actor.user_id
        wf = self.get("workflows", fks["workflow"])
        metadata = attrs.get("metadata") or {}
        for key in ("started_at", "finished_at", "user_agent", "user_language",
                    "workflow_version"):
            if key not in metadata:
                raise ApiError(422, f"The property '#/metadata' did not contain a required "
                                    f"property of '{key}'")
        if wf is not None and wf.fks.get("project") != str(fks["project"]):
            raise ApiError(422, "Classification workflow does not belong to the project")
        attrs.setdefault("completed", True)
        attrs.setdefault("gold_standard", None)
        extra["subjects"] = _as_id_list(links.get("subjects"))

    def _after_create_classifications(self, rec: Rec, links: JSON, actor: Actor) -> None:
        subject_ids = rec.extra["subjects"]
        for sid in subject_ids:
            self.resolve_link("subjects", sid, SYSTEM)
            self.insert("classification_subjects", {}, {"classification": rec.id, "subject": sid})
        if not rec.attrs.get("completed", True):
            return
        for hook in self.on_classification:
            hook(rec)
        wf = self.get("workflows", rec.fks["workflow"] or 0)
        project = self.get("projects", rec.fks["project"] or 0)
        if project is not None:
            project.attrs["classifications_count"] += 1
            if actor.user_id and not any(
                    c.fks.get("user") == actor.user_id and c.id != rec.id
                    for c in self.where("classifications", "project", project.id)):
                project.attrs["classifiers_count"] += 1
        if wf is None:
            return
        wf.attrs["classifications_count"] += 1
        wf.touch()
        retirement = wf.attrs.get("retirement") or {}
        limit = (retirement.get("options") or {}).get("count", 15)
        for sid in subject_ids:
            status = self.status_for(wf, sid)
            status.attrs["classifications_count"] += 1
            status.touch()
            subject = self.get("subjects", sid)
            if actor.user_id and subject is not None:
                self.insert("recents", {"locations": subject.attrs["locations"]}, {
                    "project": rec.fks["project"], "workflow": wf.id, "subject": sid,
                    "user": actor.user_id})
            if retirement.get("criteria", "classification_count") == "classification_count" \
                    and status.attrs["classifications_count"] >= limit:
                self.retire(wf, [sid], "classification_count", SYSTEM)

    def status_for(self, wf: Rec, subject_id: str) -> Rec:
        for status in self.where("subject_workflow_statuses", "subject", subject_id):
            if status.fks.get("workflow") == str(wf.id):
                return status
        return self.insert("subject_workflow_statuses", {}, {"subject": subject_id,
                                                             "workflow": wf.id})

    def retire(self, wf: Rec, subject_ids: list[str], reason: str | None, actor: Actor) -> None:
        """Mark subjects retired in a workflow; keeps the workflow's retired count."""
        allowed = {"classification_count", "flagged", "nothing_here", "consensus", "other",
                   "human"}
        if reason == "blank":  # the controller's alias
            reason = "nothing_here"
        if reason is not None and reason not in allowed:
            raise ApiError(422, f"Retirement reason {reason} is not valid")
        with self.lock:
            for sid in subject_ids:
                if self.get("subjects", sid) is None:
                    raise ApiError(422, "Couldn't find linked subjects for current user")
                status = self.status_for(wf, sid)
                if status.attrs["retired_at"] is None:
                    status.attrs["retired_at"] = now_iso()
                    status.attrs["retirement_reason"] = reason
                    status.touch()
                    wf.attrs["retired_set_member_subjects_count"] += 1
                    project = self.get("projects", wf.fks.get("project") or 0)
                    if project is not None:
                        project.attrs["retired_subjects_count"] += 1
            wf.touch()

    def unretire(self, wf: Rec, subject_ids: list[str]) -> None:
        with self.lock:
            for sid in subject_ids:
                for status in self.where("subject_workflow_statuses", "subject", sid):
                    if status.fks.get("workflow") == str(wf.id) and status.attrs["retired_at"]:
                        status.attrs.update(retired_at=None, retirement_reason=None)
                        status.touch()
                        wf.attrs["retired_set_member_subjects_count"] -= 1
                        project = self.get("projects", wf.fks.get("project") or 0)
                        if project is not None:
                            project.attrs["retired_subjects_count"] -= 1
            wf.touch()

    def subjects_of_sets(self, set_ids: Iterable[str]) -> list[str]:
        return [s.fks["subject"] or "" for sid in set_ids
                for s in self.where("set_member_subjects", "subject_set", sid)]

    # ----- media -----------------------------------------------------------------------------

    def add_medium(self, parent_plural: str, parent: Rec, name: str, attrs: JSON,
                   many: bool) -> Rec:
        key = (parent_plural, str(parent.id), name)
        with self.lock:
            if not many:
                for old in self.media_index.get(key, []):
                    if (rec := self.get("media", old)) is not None:
                        self.remove("media", rec)
                self.media_index[key] = []
            media_type = f"{parent_plural[:-1]}_{name[:-1] if many else name}"
            rec = self.insert("media", {**attrs, "media_type": media_type})
            href = f"/{parent_plural}/{parent.id}/{name}" + (f"/{rec.id}" if many else "")
            rec.extra.update(href=href, parent=key, linked={
                "href": f"/{parent_plural}/{parent.id}", "id": str(parent.id),
                "type": parent_plural})
            self.media_index.setdefault(key, []).append(rec.id)
            return rec

    def media_of(self, parent_plural: str, parent_id: str, name: str) -> list[Rec]:
        ids = self.media_index.get((parent_plural, str(parent_id), name), [])
        return [r for i in ids if (r := self.get("media", i)) is not None]

    def drop_medium(self, rec: Rec) -> None:
        with self.lock:
            key = rec.extra.get("parent")
            if key in self.media_index:
                self.media_index[key] = [i for i in self.media_index[key] if i != rec.id]
            self.remove("media", rec)


def dumps(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":"), default=str).encode()
