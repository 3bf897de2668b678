"""Every Panoptes resource type the emulator serves, built from the spec.

What a resource has (attributes and their defaults, writable and required fields and links,
filters, sort keys, includes, routes, media, exports) comes from the bundled spec through the
generated `zoo_payloads.panoptes_model` (`codegen/emulator_model.py` reads it off the spec), so
after an edit of `spec/panoptes` and `make generate` the emulator serves the new API.
Only what a spec cannot say lives here, in `SEMANTICS`: where a to-many link is stored, link
targets that are not the link's name in the plural, and who may do what. The generic handlers in
`store.py` read only `TYPES`.

>>> TYPES["subject_sets"].attrs["display_name"], "project" in TYPES["subject_sets"].required_links
('', True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from zoo_payloads.panoptes_model import RESOURCES


@dataclass(frozen=True)
class HasMany:
    """A to-many link: rows of `via` whose `mine` field is the record; `other` the target."""

    target: str
    via: str
    mine: str
    other: str = "id"


@dataclass
class ResourceType:
    """One Panoptes resource: everything the generic handlers need to serve it."""

    plural: str
    singular: str
    attrs: dict[str, Any]
    create: frozenset[str] = frozenset()
    update: frozenset[str] = frozenset()
    required: frozenset[str] = frozenset()
    admin_only: frozenset[str] = frozenset()
    hidden: frozenset[str] = frozenset()
    belongs: dict[str, str] = field(default_factory=dict)
    hidden_links: frozenset[str] = frozenset()
    has_many: dict[str, HasMany] = field(default_factory=dict)
    create_links: frozenset[str] = frozenset()
    update_links: frozenset[str] = frozenset()
    required_links: frozenset[str] = frozenset()
    link_routes: frozenset[str] = frozenset()
    filters: frozenset[str] = frozenset()
    sortable: frozenset[str] = frozenset()
    includes: frozenset[str] = frozenset()
    no_count: bool = False
    owner: bool = False
    perm: str | None = None
    actions: frozenset[str] = frozenset({"index", "show", "create", "update", "delete"})
    media: dict[str, bool] = field(default_factory=dict)
    routed: bool = True
    search: tuple[str, ...] = ()
    search_exact: bool = False
    editors_only: bool = False


@dataclass(frozen=True)
class Semantics:
    """What the spec cannot say about one resource.

    `stored`: to-many link → `"<table>.<my column>"` (rows of that table point at me) or
    `"<join>.<my column>><other column>"`; `targets`: link → type when not the link's name in the
    plural; `unstated`: to-one links the server keeps but never serializes; `perm`: the link (or
    `self`/`user`) whose rights decide access; `owner`: owned by a user or group; `private`:
    attributes only the user themself sees; `admin_only`: fields only admins may write;
    `custom`: links `store.py` handles itself; `unserved`: links and attributes the emulator
    leaves out; `search`: the fields `search=` matches (every word, case-insensitive), and with
    `search_exact` an exact match of the whole text wins and fuzzy matching needs 3+ characters.
    """

    stored: dict[str, str] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)
    unstated: dict[str, str] = field(default_factory=dict)
    perm: str | None = None
    owner: bool = False
    no_count: bool = False
    private: frozenset[str] = frozenset()
    admin_only: frozenset[str] = frozenset()
    custom: frozenset[str] = frozenset()
    unserved: frozenset[str] = frozenset()
    search: tuple[str, ...] = ()
    search_exact: bool = False
    editors_only: bool = False


def _fs(*names: str) -> frozenset[str]:
    return frozenset(names)


def _role(resource: str) -> Semantics:
    return Semantics(perm=resource)


SEMANTICS: dict[str, Semantics] = {
    "projects": Semantics(
        unserved=_fs("avatar_src"),  # only with `cards=true`, which the emulator ignores
        search=("display_name",),
        stored={"workflows": "workflows.project", "active_workflows": "workflows.project",
                "subject_sets": "subject_sets.project", "project_roles": "project_roles.project",
                "pages": "project_pages.project",
                "organizations": "organization_projects.project>organization"},
        owner=True,
        admin_only=_fs("launch_approved", "beta_approved", "featured", "experimental_tools",
                       "redirect", "launched_row_order_position", "beta_row_order_position",
                       "run_subject_set_completion_events")),
    "workflows": Semantics(
        stored={"subject_sets": "workflow_subject_sets.workflow>subject_set",
                "workflow_versions": "workflow_versions.workflow"},
        targets={"tutorial_subject": "subjects", "published_version": "workflow_versions"},
        custom=_fs("tutorials", "retired_subjects"), perm="project"),
    "subjects": Semantics(
        stored={"collections": "collection_subjects.subject>collection",
                "subject_sets": "set_member_subjects.subject>subject_set"},
        unstated={"upload_user": "users"}, perm="project"),
    "subject_sets": Semantics(
        stored={"workflows": "workflow_subject_sets.subject_set>workflow"},
        custom=_fs("subjects", "collection"), perm="project"),
    "set_member_subjects": Semantics(custom=_fs("retired_workflows"), perm="subject_set"),
    "users": Semantics(
        search=("login", "display_name"), search_exact=True, perm="self", custom=_fs("user_groups"),
        admin_only=_fs("subject_limit", "upload_whitelist", "banned", "valid_email"),
        private=_fs("email", "languages", "global_email_communication",
                    "project_email_communication", "beta_email_communication",
                    "nasa_email_communication", "ux_testing_email_communication",
                    "intervention_notifications", "subject_limit", "upload_whitelist", "banned",
                    "valid_email", "uploaded_subjects_count", "admin", "login_prompt",
                    "zooniverse_id", "confirmed_at")),
    "user_groups": Semantics(
        stored={"memberships": "memberships.user_group",
                "users": "memberships.user_group>user"},
        perm="self", unserved=_fs("projects", "collections"), search=("display_name",),
        search_exact=True),
    "memberships": Semantics(perm="user_group"),
    "organizations": Semantics(
        stored={"organization_roles": "organization_roles.organization",
                "projects": "organization_projects.organization>project",
                "pages": "organization_pages.organization"},
        owner=True, search=("display_name",), search_exact=True),
    "project_roles": _role("project"),
    "organization_roles": _role("organization"),
    "collection_roles": _role("collection"),
    "project_preferences": Semantics(perm="user"),
    "collection_preferences": Semantics(perm="user"),
    "classifications": Semantics(
        stored={"subjects": "classification_subjects.classification>subject"},
        no_count=True, perm="user"),
    "collections": Semantics(
        stored={"collection_roles": "collection_roles.collection",
                "subjects": "collection_subjects.collection>subject",
                "projects": "collection_projects.collection>project"},
        targets={"default_subject": "subjects"}, custom=_fs("project"), owner=True,
        search=("display_name",)),
    "subject_workflow_statuses": Semantics(no_count=True, perm="workflow"),
    "workflow_versions": Semantics(perm="workflow"),
    "tags": Semantics(search=("name",)),
    "tutorials": Semantics(stored={"workflows": "tutorial_workflows.tutorial>workflow"},
                           perm="project"),
    "field_guides": Semantics(perm="project"),
    "translations": Semantics(  # links.<translated_type>: what it translates
        targets={"published_version": "translation_versions"},
        custom=_fs("project", "project_page", "organization", "organization_page", "field_guide",
                   "tutorial", "workflow")),
    "aggregations": Semantics(perm="workflow", editors_only=True),
    "subject_set_imports": Semantics(perm="subject_set"),
    "recents": Semantics(unstated={"user": "users"}, no_count=True, perm="user"),
    "media": Semantics(),
    "project_pages": Semantics(perm="project"),
    "organization_pages": Semantics(perm="organization"),
}

# Internal join tables (not routed): two belongs-to columns each.
JOINS: dict[str, tuple[str, str, str, str]] = {
    "workflow_subject_sets": ("workflow", "workflows", "subject_set", "subject_sets"),
    "collection_subjects": ("collection", "collections", "subject", "subjects"),
    "collection_projects": ("collection", "collections", "project", "projects"),
    "organization_projects": ("organization", "organizations", "project", "projects"),
    "tutorial_workflows": ("tutorial", "tutorials", "workflow", "workflows"),
    "classification_subjects": ("classification", "classifications", "subject", "subjects"),
}
# Links every resource may carry that are served by `store.py` itself, not stored as columns.
SPECIAL_LINKS = frozenset({"owner", "linked"})


class ModelError(Exception):
    """The spec names something the emulator has no rule for (say which rule is missing)."""


def _target(plural: str, link: str, sem: Semantics) -> str:
    target = sem.targets.get(link) or sem.unstated.get(link) or f"{link}s"
    if target not in RESOURCES and target not in sem.targets.values():
        raise ModelError(f"{plural}.links.{link}: no resource {target!r}; add the link's target "
                         f"to SEMANTICS[{plural!r}].targets")
    return target


def _has_many(plural: str, sem: Semantics) -> dict[str, HasMany]:
    out = {}
    for link, rule in sem.stored.items():
        table, _, columns = rule.partition(".")
        mine, _, other = columns.partition(">")
        out[link] = HasMany(f"{other}s" if other else table, table, mine, other or "id")
    return out


def resource_type(plural: str, model: dict[str, Any], sem: Semantics) -> ResourceType:
    """One resource type from its spec model and the semantics the spec cannot state."""
    media = dict(model["media"])
    special = SPECIAL_LINKS | set(media) | {f"{kind}_export" for kind in model["exports"]}
    served = {name: many for name, many in model["links"].items()
              if name not in special and name not in sem.custom}
    create_links = set(model["create_links"]) | set(model["parents"])
    to_one = [name for name, many in served.items() if not many]
    to_one += [name for name in create_links | set(model["update_links"])
               if name not in served and name not in model["create_links_many"]
               and name not in sem.custom and name not in special and name not in to_one]
    to_one += [name for name in sem.unstated if name not in to_one]
    belongs = {name: _target(plural, name, sem) for name in to_one}
    has_many = _has_many(plural, sem)
    missing = [name for name, many in served.items() if many and name not in has_many
               and name not in sem.custom and name not in sem.unserved]
    if missing:
        raise ModelError(f"{plural}: the spec's to-many links {missing} have no storage rule; "
                         f"add them to SEMANTICS[{plural!r}].stored (or .custom/.unserved)")
    if model["search"] and not sem.search:
        raise ModelError(f"{plural}: the spec lists it with search=; name the fields it matches "
                         f"in SEMANTICS[{plural!r}].search")
    attrs = {k: v for k, v in model["attributes"].items() if k not in sem.unserved}
    writable = set(model["create"]) | set(model["update"])
    return ResourceType(
        plural, model["singular"], attrs,
        create=frozenset(model["create"]), update=frozenset(model["update"]),
        required=frozenset(model["required"]), admin_only=sem.admin_only,
        hidden=frozenset(writable - set(attrs)) | sem.private,
        belongs=belongs, hidden_links=frozenset(belongs) - set(served),
        has_many={name: rel for name, rel in has_many.items() if name not in sem.unserved},
        create_links=frozenset(create_links), update_links=frozenset(model["update_links"]),
        required_links=frozenset(model["required_links"]),
        link_routes=frozenset(model["link_routes"]), filters=frozenset(model["filters"]),
        sortable=frozenset(model["sort"]), includes=frozenset(model["include"]),
        no_count=sem.no_count, owner=sem.owner, perm=sem.perm,
        actions=frozenset(model["actions"]) if model["routed"] else ResourceType.actions,
        media=media, routed=model["routed"],
        search=sem.search if model["search"] else (), search_exact=sem.search_exact,
        editors_only=sem.editors_only,
    )


def _build() -> dict[str, ResourceType]:
    unknown = sorted(set(RESOURCES) - set(SEMANTICS))
    if unknown:
        raise ModelError(f"the spec has resources {unknown} with no SEMANTICS entry (perm etc.)")
    types = {plural: resource_type(plural, model, SEMANTICS[plural])
             for plural, model in RESOURCES.items()}
    for name, (a, a_type, b, b_type) in JOINS.items():
        types[name] = ResourceType(name, name[:-1], {}, belongs={a: a_type, b: b_type},
                                   routed=False)
    return types


TYPES: dict[str, ResourceType] = _build()

# Per-type permission roots: types owned by a user-or-group "owner" link, or by themselves.
OWNED_TYPES = frozenset(plural for plural, sem in SEMANTICS.items() if sem.owner)
EDITOR_ROLES = frozenset({"owner", "collaborator"})
NESTED_MEDIA_PARENTS = frozenset(plural for plural, t in TYPES.items() if t.media)
EXPORT_TYPES = {plural: tuple(model["exports"]) for plural, model in RESOURCES.items()
                if model["exports"]}
RESERVED_PARAMS = frozenset(
    {
        "page",
        "page_size",
        "sort",
        "include",
        "admin",
        "http_cache",
        "search",
        "fields",
        "cards",
        "published",
        "complete",
        "translated_type",
        "last_id",
    }
)
