"""Emit zoo_payloads/panoptes_model.py: the emulator's Panoptes resource model, read off the spec.

For each resource (an item with an `id` in a `<Plural>Response` envelope) the bundled document
says:

- `attributes`: the serialized properties (not id/href/links/timestamps) with their `default`
  (a property without one starts as null);
- `create` / `update` / `required`: the properties of `<Singular>Create` / `<Singular>Update` (or
  of a shared `<Singular>Write`) and the create body's `required`; `create_links` /
  `update_links` / `required_links` likewise under `links`; `parents`: for a resource listed
  only under another one (`/api/projects/{id}/pages`), the link its path sets;
- `links`: the resource's `<Singular>Links` (name → True for a to-many link);
- `filters`: the list operation's query parameters that name an attribute; `search`: whether it
  takes `search=`;
- `sort` / `include`: `x-zoo-sort` / `x-zoo-include` of the operations listing the resource;
- `actions`, `link_routes`, `media` (name → True for a collection), `exports`: from the paths
  under `/api/<plural>`.

`zoo_sdk/emulator/registry.py` adds only what a spec cannot say (relations' storage, permissions).

>>> model({"paths": {}, "components": {"schemas": {}}})
{}
"""

from __future__ import annotations

import re
from typing import Any

from codegen.attributes import (
    Resource,
    _body_fields,
    _link_fields,
    _ref_name,
    _resolve,
    _schemas,
    resources,
)

TIMESTAMPS = frozenset({"id", "href", "links", "created_at", "updated_at"})
ACTION_OF = {("", "get"): "index", ("", "post"): "create", ("{}", "get"): "show",
             ("{}", "put"): "update", ("{}", "delete"): "delete"}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _envelopes(document: dict[str, Any]) -> dict[str, str]:
    """Envelope schema name → the plural key it lists."""
    found: dict[str, str] = {}
    for name, schema in _schemas(document).items():
        if not name.endswith("Response") or not isinstance(schema, dict):
            continue
        for plural, prop in (schema.get("properties") or {}).items():
            if plural not in ("links", "meta", "linked") and isinstance(prop, dict) \
                    and prop.get("type") == "array":
                found.setdefault(name, plural)
    return found


def _listing_operations(document: dict[str, Any], plural: str) -> list[tuple[str, dict[str, Any]]]:
    """GET operations on collection paths whose 200 answer is the `plural` envelope."""
    envelopes = _envelopes(document)
    out = []
    for path, item in document.get("paths", {}).items():
        op = item.get("get") if isinstance(item, dict) else None
        if not isinstance(op, dict) or path.endswith("}"):
            continue
        content = ((op.get("responses") or {}).get("200") or {}).get("content") or {}
        if any(envelopes.get(_ref_name(m.get("schema")) or "") == plural
               for m in content.values()):
            out.append((path, op))
    return out


def _parameters(document: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    params = (document.get("components") or {}).get("parameters") or {}
    out = []
    for p in op.get("parameters") or []:
        ref = _ref_name(p)
        out.append(params.get(ref, {}) if ref else p)
    return out


def _routes(document: dict[str, Any], plural: str) -> dict[str, Any]:
    """Actions, link routes, media and exports from the paths under /api/<plural>."""
    base = f"/api/{plural}"
    paths: dict[str, Any] = document.get("paths", {})
    actions: set[str] = set()
    link_routes: set[str] = set()
    exports: set[str] = set()
    media: dict[str, bool] = {}
    for path, item in paths.items():
        if not (path == base or path.startswith(base + "/")):
            continue
        rest = path[len(base):].strip("/").split("/") if path != base else []
        shape = "" if not rest else "{}" if len(rest) == 1 and rest[0].startswith("{") else None
        if shape is not None:
            actions.update(ACTION_OF[(shape, m)] for m in item if (shape, m) in ACTION_OF)
        elif len(rest) == 3 and rest[1] == "links":
            link_routes.add(rest[2])
        elif len(rest) == 2 and rest[1].endswith("_export"):
            exports.add(rest[1].removesuffix("_export"))
        elif len(rest) == 2 and _answers_media(document, item):
            media[rest[1]] = f"{path}/{{id}}" in paths or any(
                p.startswith(f"{path}/{{") for p in paths)
    return {"actions": sorted(actions), "link_routes": sorted(link_routes),
            "media": dict(sorted(media.items())), "exports": sorted(exports)}


def _answers_media(document: dict[str, Any], item: dict[str, Any]) -> bool:
    op = item.get("get") or {}
    content = ((op.get("responses") or {}).get("200") or {}).get("content") or {}
    return any(_ref_name(m.get("schema")) == "MediaResponse" for m in content.values())


def _links(document: dict[str, Any], singular: str) -> dict[str, bool]:
    schema = _resolve(document, _schemas(document).get(f"{singular}Links"))
    props = (schema or {}).get("properties") or {} if isinstance(schema, dict) else {}
    return {name: _is_many(document, prop) for name, prop in props.items()}


def _is_many(document: dict[str, Any], prop: Any) -> bool:
    schema = _resolve(document, prop)
    return isinstance(schema, dict) and schema.get("type") == "array"


def _body(document: dict[str, Any], singular: str, kind: str) -> Any:
    """`<Singular><kind>` (Create or Update), else the shared `<Singular>Write`."""
    schemas = _schemas(document)
    name = f"{singular}{kind}" if f"{singular}{kind}" in schemas else f"{singular}Write"
    return _resolve(document, schemas.get(name))


def _fields(document: dict[str, Any], resource: Resource, kind: str) -> list[str]:
    found = _body_fields(document, resource, kind)
    if found is None:  # only a `<Singular>Write`
        found = _body_fields(document, resource, "Write")
    return sorted(set(found or []) - {"links"})


def _link_names(document: dict[str, Any], resource: Resource, kind: str) -> list[str]:
    found = _link_fields(document, resource, kind)
    if found is None:
        found = _link_fields(document, resource, "Write")
    return found or []


def _parents(document: dict[str, Any], plural: str) -> list[str]:
    """For a resource listed only under another one (`/api/projects/{id}/pages`): the link to
    that parent, which the path sets (`project`)."""
    if f"/api/{plural}" in document.get("paths", {}):
        return []
    parents = {path.split("/")[2].removesuffix("s") for path, _ in
               _listing_operations(document, plural) if path.count("/") == 4}
    return sorted(parents) if len(parents) == 1 else []  # media: under many, set by the route


def _create_body(document: dict[str, Any], singular: str, plural: str) -> dict[str, Any]:
    body = _body(document, singular, "Create")
    if not isinstance(body, dict):
        return {}
    props = body.get("properties") or {}
    wrapped = _resolve(document, props.get(plural)) if len(props) == 1 else None
    return wrapped if isinstance(wrapped, dict) and "properties" in wrapped else body


def model(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """plural → the resource's model (see the module docstring); deterministic order."""
    out: dict[str, dict[str, Any]] = {}
    for resource in resources(document):
        plural, singular = resource.plural, resource.singular
        props = resource.schema.get("properties") or {}
        if "id" not in props:  # the error envelope
            continue
        attributes = {name: prop.get("default", _resolve(document, prop).get("default"))
                      for name, prop in props.items() if name not in TIMESTAMPS}
        create_body = _create_body(document, singular, plural)
        create_links_schema = _resolve(document, (create_body.get("properties") or {})
                                       .get("links")) or {}
        listing = _listing_operations(document, plural)
        query = {str(p.get("name")) for _, op in listing for p in _parameters(document, op)
                 if p.get("in") == "query"}
        filters = sorted(name for name in query if name in attributes)
        out[plural] = {
            "singular": _snake(singular),
            "attributes": attributes,
            "create": _fields(document, resource, "Create"),
            "update": _fields(document, resource, "Update"),
            "required": sorted(set(create_body.get("required") or []) - {"links"}),
            "links": _links(document, singular),
            "create_links": _link_names(document, resource, "Create"),
            "update_links": _link_names(document, resource, "Update"),
            "parents": _parents(document, plural),
            "required_links": sorted(create_links_schema.get("required") or []),
            "create_links_many": sorted(
                name for name, prop in (create_links_schema.get("properties") or {}).items()
                if _is_many(document, prop)),
            "filters": filters,
            "search": "search" in query,
            "sort": sorted({s for _, op in listing for s in op.get("x-zoo-sort") or []}),
            "include": sorted({s for _, op in listing for s in op.get("x-zoo-include") or []}),
            "routed": f"/api/{plural}" in document.get("paths", {}),
            **_routes(document, plural),
        }
    return dict(sorted(out.items()))


HEADER = '''"""The emulator's Panoptes resource model (generated by `python -m codegen`).

Do not edit: `codegen/emulator_model.py` reads it off the bundled Panoptes spec (see there for
what each key means); `zoo_sdk/emulator/registry.py` builds the emulator's resource types from it.
"""

from typing import Any

RESOURCES: dict[str, dict[str, Any]] = '''


def render(document: dict[str, Any]) -> str:
    """The module text (ruff formats it afterwards)."""
    return HEADER + repr(model(document)) + "\n"
