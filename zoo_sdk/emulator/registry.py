"""Data-driven description of every Panoptes resource type the emulator serves.

Each `ResourceType` names its plural key, serialized attributes with defaults, writable fields,
belongs-to and has-many relations, filters, sortable fields and includes. The generic handlers in
`store.py` read only this table, so adding a resource is adding an entry here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TS = None  # placeholder default of timestamp attributes


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


def _fs(*names: str) -> frozenset[str]:
    return frozenset(names)


READ_ONLY = _fs("index", "show")

PROJECT_ATTRS: dict[str, Any] = {
    "display_name": "",
    "title": "",
    "description": "",
    "introduction": "",
    "workflow_description": "",
    "researcher_quote": "",
    "primary_language": "en",
    "private": False,
    "live": False,
    "configuration": {},
    "urls": [],
    "tags": [],
    "mobile_friendly": False,
    "launch_requested": False,
    "beta_requested": False,
    "launch_approved": False,
    "beta_approved": False,
    "featured": False,
    "run_subject_set_completion_events": False,
    "experimental_tools": [],
    "redirect": "",
    "state": "development",
    "classifications_count": 0,
    "subjects_count": 0,
    "retired_subjects_count": 0,
    "classifiers_count": 0,
    "activity": 0,
    "completeness": 0.0,
    "available_languages": ["en"],
    "slug": "",
    "migrated": False,
    "launch_date": None,
}
PROJECT_ADMIN = _fs(
    "launch_approved",
    "beta_approved",
    "featured",
    "experimental_tools",
    "redirect",
    "launched_row_order_position",
    "beta_row_order_position",
    "run_subject_set_completion_events",
)
PROJECT_WRITE = (
    _fs(
        "display_name",
        "title",
        "description",
        "introduction",
        "workflow_description",
        "researcher_quote",
        "primary_language",
        "private",
        "configuration",
        "urls",
        "tags",
        "mobile_friendly",
        "launch_requested",
        "beta_requested",
    )
    | PROJECT_ADMIN
)

WORKFLOW_ATTRS: dict[str, Any] = {
    "display_name": "",
    "primary_language": "en",
    "tasks": {},
    "first_task": "",
    "steps": [],
    "retirement": {"criteria": "classification_count", "options": {"count": 15}},
    "configuration": {},
    "pairwise": False,
    "grouped": False,
    "prioritized": False,
    "active": True,
    "mobile_friendly": False,
    "public_gold_standard": False,
    "classifications_count": 0,
    "subjects_count": 0,
    "retired_set_member_subjects_count": 0,
    "version": "1.1",
    "content_language": "en",
    "finished_at": None,
    "completeness": 0.0,
}
WORKFLOW_WRITE = _fs(
    "display_name",
    "tasks",
    "first_task",
    "steps",
    "retirement",
    "configuration",
    "pairwise",
    "grouped",
    "prioritized",
    "active",
    "mobile_friendly",
    "public_gold_standard",
    "display_order_position",
)

USER_ATTRS: dict[str, Any] = {
    "login": "",
    "display_name": "",
    "credited_name": "",
    "email": "",
    "languages": [],
    "global_email_communication": False,
    "project_email_communication": False,
    "beta_email_communication": False,
    "nasa_email_communication": False,
    "ux_testing_email_communication": False,
    "intervention_notifications": True,
    "subject_limit": 100,
    "upload_whitelist": False,
    "banned": False,
    "valid_email": True,
    "uploaded_subjects_count": 0,
    "admin": False,
    "login_prompt": False,
    "zooniverse_id": "",
    "confirmed_at": None,
    "private_profile": True,
    "avatar_src": None,
    "type": "users",
}
USER_ME_ONLY = _fs(
    "email",
    "languages",
    "global_email_communication",
    "project_email_communication",
    "beta_email_communication",
    "nasa_email_communication",
    "ux_testing_email_communication",
    "intervention_notifications",
    "subject_limit",
    "upload_whitelist",
    "banned",
    "valid_email",
    "uploaded_subjects_count",
    "admin",
    "login_prompt",
    "zooniverse_id",
    "confirmed_at",
)

ROLE_LINKS = {"user": "users"}


def _role_type(plural: str, resource: str, target: str) -> ResourceType:
    return ResourceType(
        plural,
        plural[:-1],
        {"roles": []},
        create=_fs("roles"),
        update=_fs("roles"),
        belongs={resource: target, "user": "users"},
        hidden_links=_fs("user"),
        create_links=_fs(resource, "user"),
        required_links=_fs(resource, "user"),
        includes=_fs(resource),
        perm=resource,
    )


def _page_type(plural: str, parent: str, target: str) -> ResourceType:
    return ResourceType(
        plural,
        plural[:-1],
        {"url_key": "", "title": "", "language": "en", "content": "", "type": plural},
        create=_fs("url_key", "title", "language", "content"),
        update=_fs("url_key", "title", "language", "content"),
        belongs={parent: target},
        create_links=_fs(parent),
        includes=_fs(parent),
        perm=parent,
        routed=False,
    )


TYPES: dict[str, ResourceType] = {
    t.plural: t
    for t in [
        ResourceType(
            "projects",
            "project",
            PROJECT_ATTRS,
            create=PROJECT_WRITE,
            update=PROJECT_WRITE | _fs("live", "state", "name"),
            required=_fs("display_name", "description", "primary_language", "private"),
            admin_only=PROJECT_ADMIN,
            hidden=_fs("launched_row_order_position", "beta_row_order_position", "name"),
            has_many={
                "workflows": HasMany("workflows", "workflows", "project"),
                "active_workflows": HasMany("workflows", "workflows", "project"),
                "subject_sets": HasMany("subject_sets", "subject_sets", "project"),
                "project_roles": HasMany("project_roles", "project_roles", "project"),
                "pages": HasMany("project_pages", "project_pages", "project"),
                "organizations": HasMany(
                    "organizations", "organization_projects", "project", "organization"
                ),
            },
            create_links=_fs("owner", "workflows", "subject_sets"),
            update_links=_fs("workflows", "subject_sets"),
            link_routes=_fs("workflows", "subject_sets"),
            filters=_fs(
                "display_name",
                "slug",
                "beta_requested",
                "beta_approved",
                "launch_requested",
                "launch_approved",
                "private",
                "state",
                "live",
                "mobile_friendly",
                "featured",
            ),
            sortable=_fs(
                "launch_date",
                "activity",
                "completeness",
                "classifiers_count",
                "updated_at",
                "display_name",
            ),
            includes=_fs(
                "workflows",
                "active_workflows",
                "subject_sets",
                "owners",
                "project_roles",
                "pages",
                "organizations",
            ),
            owner=True,
            media={"avatar": False, "background": False, "attached_images": True},
        ),
        ResourceType(
            "workflows",
            "workflow",
            WORKFLOW_ATTRS,
            create=WORKFLOW_WRITE | _fs("primary_language", "serialize_with_project"),
            update=WORKFLOW_WRITE,
            required=_fs("display_name", "primary_language"),
            hidden=_fs("display_order_position", "serialize_with_project"),
            belongs={
                "project": "projects",
                "tutorial_subject": "subjects",
                "published_version": "workflow_versions",
            },
            has_many={
                "subject_sets": HasMany(
                    "subject_sets", "workflow_subject_sets", "workflow", "subject_set"
                )
            },
            create_links=_fs("project", "subject_sets", "tutorial_subject"),
            update_links=_fs("subject_sets", "tutorials", "tutorial_subject", "published_version"),
            required_links=_fs("project"),
            link_routes=_fs("subject_sets", "retired_subjects", "tutorials", "published_version"),
            filters=_fs("active", "mobile_friendly"),
            sortable=_fs("completeness"),
            includes=_fs("project", "subject_sets", "tutorial_subject", "published_version"),
            perm="project",
            media={"attached_images": True},
        ),
        ResourceType(
            "subjects",
            "subject",
            {"locations": [], "metadata": {}, "external_id": None, "zooniverse_id": None},
            create=_fs("locations", "metadata", "external_id"),
            update=_fs("locations", "metadata"),
            required=_fs("locations"),
            belongs={"project": "projects", "upload_user": "users"},
            hidden_links=_fs("upload_user"),
            has_many={
                "collections": HasMany(
                    "collections", "collection_subjects", "subject", "collection"
                ),
                "subject_sets": HasMany(
                    "subject_sets", "set_member_subjects", "subject", "subject_set"
                ),
            },
            create_links=_fs("project", "subject_sets", "owner"),
            update_links=_fs("subject_sets"),
            required_links=_fs("project"),
            includes=_fs("project", "collections", "subject_sets"),
            perm="project",
            media={"attached_images": True},
        ),
        ResourceType(
            "subject_sets",
            "subject_set",
            {
                "display_name": "",
                "metadata": {},
                "set_member_subjects_count": 0,
                "completeness": {},
            },
            create=_fs("display_name", "metadata", "expert_set"),
            update=_fs("display_name", "metadata", "expert_set"),
            required=_fs("display_name"),
            hidden=_fs("expert_set"),
            belongs={"project": "projects"},
            has_many={
                "workflows": HasMany(
                    "workflows", "workflow_subject_sets", "subject_set", "workflow"
                )
            },
            create_links=_fs("project", "workflows", "subjects", "collection"),
            update_links=_fs("workflows", "subjects"),
            required_links=_fs("project"),
            link_routes=_fs("subjects"),
            filters=_fs("display_name"),
            sortable=_fs("display_name"),
            includes=_fs("project", "workflows"),
            perm="project",
        ),
        ResourceType(
            "set_member_subjects",
            "set_member_subject",
            {"priority": None},
            create=_fs("priority"),
            update=_fs("priority"),
            belongs={"subject_set": "subject_sets", "subject": "subjects"},
            create_links=_fs("subject", "subject_set", "retired_workflows"),
            update_links=_fs("retired_workflows"),
            required_links=_fs("subject", "subject_set"),
            link_routes=_fs("retired_workflows"),
            includes=_fs("subject_set", "subject"),
            perm="subject_set",
        ),
        ResourceType(
            "users",
            "user",
            USER_ATTRS,
            update=_fs(
                "login",
                "display_name",
                "email",
                "credited_name",
                "global_email_communication",
                "project_email_communication",
                "beta_email_communication",
                "nasa_email_communication",
                "ux_testing_email_communication",
                "intervention_notifications",
                "languages",
                "subject_limit",
                "upload_whitelist",
                "banned",
                "valid_email",
            ),
            admin_only=_fs("subject_limit", "upload_whitelist", "banned", "valid_email"),
            hidden=USER_ME_ONLY,
            link_routes=_fs("user_groups"),
            filters=_fs("login", "email"),
            perm="self",
            actions=_fs("index", "show", "update", "delete"),
            media={"avatar": False, "profile_header": False},
        ),
        ResourceType(
            "user_groups",
            "user_group",
            {
                "name": "",
                "display_name": "",
                "stats_visibility": "private_agg_only",
                "classifications_count": 0,
                "join_token": "",
                "type": "user_groups",
            },
            create=_fs("name", "display_name", "private", "stats_visibility"),
            update=_fs("name", "display_name", "private", "stats_visibility"),
            required=_fs("display_name"),
            hidden=_fs("private"),
            has_many={
                "memberships": HasMany("memberships", "memberships", "user_group"),
                "users": HasMany("users", "memberships", "user_group", "user"),
            },
            create_links=_fs("users"),
            link_routes=_fs("users"),
            filters=_fs("name"),
            includes=_fs("memberships", "users"),
            perm="self",
        ),
        ResourceType(
            "memberships",
            "membership",
            {"state": "active", "roles": ["group_member"]},
            create=_fs("join_token"),
            update=_fs("state", "roles"),
            hidden=_fs("join_token"),
            belongs={"user": "users", "user_group": "user_groups"},
            create_links=_fs("user", "user_group"),
            required_links=_fs("user", "user_group"),
            includes=_fs("user", "user_group"),
            perm="user_group",
        ),
        ResourceType(
            "organizations",
            "organization",
            {
                "display_name": "",
                "title": "",
                "description": "",
                "introduction": "",
                "announcement": "",
                "primary_language": "en",
                "urls": [],
                "categories": [],
                "listed": False,
                "listed_at": None,
                "slug": "",
                "avatar_src": None,
            },
            create=_fs(
                "display_name",
                "primary_language",
                "description",
                "introduction",
                "announcement",
                "urls",
                "categories",
                "tags",
            ),
            update=_fs(
                "display_name",
                "primary_language",
                "description",
                "introduction",
                "announcement",
                "listed_at",
                "listed",
                "urls",
                "categories",
                "tags",
            ),
            hidden=_fs("tags"),
            has_many={
                "organization_roles": HasMany(
                    "organization_roles", "organization_roles", "organization"
                ),
                "projects": HasMany("projects", "organization_projects", "organization", "project"),
                "pages": HasMany("organization_pages", "organization_pages", "organization"),
            },
            link_routes=_fs("projects"),
            filters=_fs("display_name", "slug", "listed"),
            includes=_fs("organization_roles", "projects", "owners", "pages"),
            owner=True,
            media={"avatar": False, "background": False, "attached_images": True},
        ),
        _role_type("project_roles", "project", "projects"),
        _role_type("organization_roles", "organization", "organizations"),
        _role_type("collection_roles", "collection", "collections"),
        ResourceType(
            "project_preferences",
            "project_preference",
            {
                "email_communication": True,
                "preferences": {},
                "settings": {},
                "activity_count": 0,
                "activity_count_by_workflow": {},
            },
            create=_fs("email_communication", "preferences"),
            update=_fs("email_communication", "preferences", "settings"),
            belongs={"user": "users", "project": "projects"},
            create_links=_fs("project"),
            update_links=_fs("project"),
            required_links=_fs("project"),
            sortable=_fs("updated_at"),
            includes=_fs("user", "project"),
            perm="user",
            actions=_fs("index", "show", "create", "update"),
        ),
        ResourceType(
            "collection_preferences",
            "collection_preference",
            {"preferences": {}},
            create=_fs("preferences"),
            update=_fs("preferences"),
            belongs={"user": "users", "collection": "collections"},
            create_links=_fs("collection"),
            required_links=_fs("collection"),
            includes=_fs("user", "collection"),
            perm="user",
            actions=_fs("index", "show", "create", "update"),
        ),
        ResourceType(
            "classifications",
            "classification",
            {"annotations": [], "metadata": {}},
            create=_fs("annotations", "metadata", "completed", "gold_standard"),
            update=_fs("annotations", "metadata", "completed"),
            required=_fs("annotations", "metadata"),
            hidden=_fs("completed", "gold_standard"),
            belongs={
                "project": "projects",
                "user": "users",
                "user_group": "user_groups",
                "workflow": "workflows",
            },
            has_many={
                "subjects": HasMany(
                    "subjects", "classification_subjects", "classification", "subject"
                )
            },
            create_links=_fs("project", "workflow", "subjects", "user_group"),
            required_links=_fs("project", "workflow", "subjects"),
            sortable=_fs("created_at"),
            includes=_fs("project", "user", "user_group", "workflow"),
            no_count=True,
            perm="user",
        ),
        ResourceType(
            "collections",
            "collection",
            {
                "display_name": "",
                "name": "",
                "private": True,
                "favorite": False,
                "description": "",
                "slug": "",
                "default_subject_src": None,
            },
            create=_fs("display_name", "name", "private", "favorite", "description"),
            update=_fs("display_name", "name", "private", "description"),
            required=_fs("display_name"),
            belongs={"default_subject": "subjects"},
            has_many={
                "collection_roles": HasMany("collection_roles", "collection_roles", "collection"),
                "subjects": HasMany("subjects", "collection_subjects", "collection", "subject"),
                "projects": HasMany("projects", "collection_projects", "collection", "project"),
            },
            create_links=_fs("owner", "project", "projects", "subjects", "default_subject"),
            update_links=_fs("subjects", "default_subject"),
            link_routes=_fs("subjects", "default_subject"),
            filters=_fs("display_name", "slug", "favorite"),
            sortable=_fs("display_name"),
            includes=_fs("owner", "collection_roles", "subjects", "projects"),
            owner=True,
        ),
        ResourceType(
            "subject_workflow_statuses",
            "subject_workflow_status",
            {"classifications_count": 0, "retired_at": None, "retirement_reason": None},
            belongs={"subject": "subjects", "workflow": "workflows"},
            includes=_fs("subject", "workflow"),
            no_count=True,
            perm="workflow",
            actions=READ_ONLY,
        ),
        ResourceType(
            "workflow_versions",
            "workflow_version",
            {
                "major_number": 1,
                "minor_number": 1,
                "grouped": False,
                "pairwise": False,
                "prioritized": False,
                "tasks": {},
                "first_task": "",
                "strings": {},
            },
            belongs={"workflow": "workflows"},
            includes=_fs("workflow"),
            perm="workflow",
            actions=READ_ONLY,
        ),
        ResourceType(
            "tags", "tag", {"name": "", "popularity": 0}, actions=READ_ONLY, filters=_fs("name")
        ),
        ResourceType(
            "tutorials",
            "tutorial",
            {"steps": [], "language": "en", "kind": None, "display_name": "", "configuration": {}},
            create=_fs("steps", "language", "kind", "display_name", "configuration"),
            update=_fs("display_name", "steps", "configuration"),
            belongs={"project": "projects"},
            has_many={
                "workflows": HasMany("workflows", "tutorial_workflows", "tutorial", "workflow")
            },
            create_links=_fs("project", "workflows"),
            required_links=_fs("project"),
            filters=_fs("language", "kind"),
            includes=_fs("project", "workflows"),
            perm="project",
            media={"attached_images": True},
        ),
        ResourceType(
            "field_guides",
            "field_guide",
            {"items": [], "language": "en"},
            create=_fs("items", "language"),
            update=_fs("items"),
            belongs={"project": "projects"},
            create_links=_fs("project"),
            required_links=_fs("project"),
            filters=_fs("language"),
            includes=_fs("project"),
            perm="project",
            media={"attached_images": True},
        ),
        ResourceType(
            "translations",
            "translation",
            {
                "translated_id": None,
                "translated_type": "",
                "language": "",
                "strings": {},
                "string_versions": {},
            },
            create=_fs("language", "strings", "string_versions"),
            update=_fs("strings", "string_versions"),
            required=_fs("language", "strings"),
            belongs={"published_version": "translation_versions"},
            update_links=_fs("published_version"),
            link_routes=_fs("published_version"),
            filters=_fs("translated_type", "translated_id", "language"),
            actions=_fs("index", "show", "create", "update"),
        ),
        ResourceType(
            "aggregations",
            "aggregation",
            {"uuid": None, "task_id": None, "status": "created"},
            create=_fs("uuid", "task_id", "status"),
            update=_fs("uuid", "task_id", "status"),
            belongs={"project": "projects", "workflow": "workflows", "user": "users"},
            create_links=_fs("workflow", "user"),
            required_links=_fs("workflow"),
            filters=_fs("status"),
            sortable=_fs("workflow_id", "project_id", "status", "created_at", "updated_at"),
            includes=_fs("project", "workflow", "user"),
            perm="workflow",
        ),
        ResourceType(
            "subject_set_imports",
            "subject_set_import",
            {
                "source_url": "",
                "imported_count": 0,
                "failed_count": 0,
                "manifest_count": 0,
                "progress": 0.0,
                "failed_uuids": [],
            },
            create=_fs("source_url"),
            required=_fs("source_url"),
            belongs={"subject_set": "subject_sets", "user": "users"},
            create_links=_fs("subject_set"),
            required_links=_fs("subject_set"),
            includes=_fs("subject_set", "user"),
            perm="subject_set",
            actions=_fs("index", "show", "create"),
        ),
        ResourceType(
            "recents",
            "recent",
            {"locations": []},
            belongs={
                "project": "projects",
                "workflow": "workflows",
                "subject": "subjects",
                "user": "users",
            },
            hidden_links=_fs("user"),
            no_count=True,
            perm="user",
            actions=READ_ONLY,
            routed=False,
        ),
        ResourceType(
            "media",
            "medium",
            {
                "src": None,
                "content_type": "",
                "media_type": "",
                "external_link": False,
                "metadata": {},
            },
            create=_fs("src", "content_type", "external_link", "metadata"),
            update=_fs("metadata", "content_type", "src", "external_link"),
            required=_fs("content_type"),
            routed=False,
        ),
        _page_type("project_pages", "project", "projects"),
        _page_type("organization_pages", "organization", "organizations"),
    ]
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
for _name, (_a, _at, _b, _bt) in JOINS.items():
    TYPES[_name] = ResourceType(_name, _name[:-1], {}, belongs={_a: _at, _b: _bt}, routed=False)

# Per-type permission roots: types owned by a user-or-group "owner" link, or by themselves.
OWNED_TYPES = frozenset({"projects", "collections", "organizations"})
EDITOR_ROLES = frozenset({"owner", "collaborator"})
NESTED_MEDIA_PARENTS = frozenset(
    {"projects", "organizations", "users", "workflows", "subjects", "tutorials", "field_guides"}
)
EXPORT_TYPES = {
    "projects": ("classifications", "subjects", "workflows", "workflow_contents"),
    "workflows": ("classifications",),
    "subject_sets": ("classifications",),
}
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
