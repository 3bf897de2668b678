"""Emit zoo_payloads/panoptes_attributes.py: annotation-only `<Singular>Attributes` classes.

For each resource schema used as the item of a `<Plural>Response` envelope's plural array, one
class with an annotation per property (skipping id/href/links), plus `ACCEPT` (the versioned
media type, `info.x-zoo-accept`), `READ_ONLY` (plural → readOnly property names),
`WRITABLE_CREATE` / `WRITABLE_UPDATE` (plural → properties of `<Singular>Create` /
`<Singular>Update`) and `LINKS_CREATE` / `LINKS_UPDATE` (plural → the link names those bodies
accept under `links`).
The handwritten resource objects mix these in for IDE completion; the file passes mypy --strict.
"""

from __future__ import annotations

import json
import keyword
from dataclasses import dataclass
from typing import Any

from codegen.specs import CodegenError

SKIPPED = frozenset({"id", "href", "links"})
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


@dataclass(frozen=True)
class Resource:
    plural: str
    singular: str  # the item schema's name, e.g. "Project"
    schema: dict[str, Any]


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
    return schemas


def _ref_name(node: Any) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _resolve(document: dict[str, Any], node: Any) -> Any:
    for _ in range(20):
        name = _ref_name(node)
        if name is None:
            break
        node = _schemas(document).get(name, {})
    return node


def resources(document: dict[str, Any]) -> list[Resource]:
    """Envelope items: `<Plural>Response.properties.<plural>.items.$ref`, sorted by plural."""
    found: dict[str, Resource] = {}
    for name, envelope in _schemas(document).items():
        if not name.endswith("Response") or not isinstance(envelope, dict):
            continue
        for plural, prop in (envelope.get("properties") or {}).items():
            if plural in ("links", "meta", "linked") or not isinstance(prop, dict):
                continue
            item = _ref_name(prop.get("items")) if prop.get("type") == "array" else None
            schema = _resolve(document, prop.get("items")) if item else None
            if item and isinstance(schema, dict) and schema.get("properties"):
                known = found.get(plural)
                if known is None or len(item) < len(known.singular):  # the plain resource wins
                    found[plural] = Resource(plural, item, schema)
    return [found[p] for p in sorted(found)]


def python_type(document: dict[str, Any], schema: Any, depth: int = 0) -> str:
    """JSON schema → annotation: str/int/float/bool, list[...], dict[str, Any], X | None, Any."""
    schema = _resolve(document, schema)
    if not isinstance(schema, dict) or depth > 5:
        return "Any"
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list) and members:
            others = [m for m in members if _resolve(document, m) != {"type": "null"}]
            if len(others) == 1:
                inner = python_type(document, others[0], depth + 1)
                return inner if inner == "Any" or len(others) == len(members) else f"{inner} | None"
            return "Any"
    allof = schema.get("allOf")
    if isinstance(allof, list) and len(allof) == 1:
        return python_type(document, allof[0], depth + 1)
    types = schema.get("type")
    names = [types] if isinstance(types, str) else list(types or [])
    nullable = "null" in names
    names = [n for n in names if n != "null"]
    if len(names) != 1:
        return "Any"
    kind = names[0]
    if kind in SCALARS:
        base = SCALARS[kind]
    elif kind == "array":
        base = f"list[{python_type(document, schema.get('items'), depth + 1)}]"
    elif kind == "object":
        base = "dict[str, Any]"
    else:
        return "Any"
    return f"{base} | None" if nullable else base


def _docline(text: Any) -> str:
    line = " ".join(str(text or "").split())
    return line.replace("\\", "\\\\").replace('"""', "'''").rstrip('"')


def _body_fields(document: dict[str, Any], resource: Resource, kind: str) -> list[str] | None:
    """Properties of `<Singular><kind>` (kind: Create or Update), unwrapped from the plural key."""
    body = _resolve(document, _schemas(document).get(f"{resource.singular}{kind}"))
    if not isinstance(body, dict) or "properties" not in body:
        return None
    props = body["properties"]
    wrapped = _resolve(document, props.get(resource.plural)) if len(props) == 1 else None
    if isinstance(wrapped, dict) and "properties" in wrapped:
        props = wrapped["properties"]
    return sorted(props)


def _link_fields(document: dict[str, Any], resource: Resource, kind: str) -> list[str] | None:
    """Link names accepted under `links` of `<Singular><kind>`."""
    body = _resolve(document, _schemas(document).get(f"{resource.singular}{kind}"))
    if not isinstance(body, dict):
        return None
    links = _resolve(document, (body.get("properties") or {}).get("links"))
    if not isinstance(links, dict):
        return None
    return sorted(links.get("properties") or {})


def _frozenset(names: list[str]) -> str:
    return "frozenset({" + ", ".join(f'"{n}"' for n in names) + "})" if names else "frozenset()"


def _class_lines(document: dict[str, Any], resource: Resource) -> list[str]:
    doc = _docline(resource.schema.get("description")) or f"A {resource.plural} resource."
    lines = ["", "", f"class {resource.singular}Attributes:",
             f'    """Attributes of `{resource.plural}`: {doc}"""']
    for name, prop in (resource.schema.get("properties") or {}).items():
        if name in SKIPPED or not name.isidentifier() or keyword.iskeyword(name):
            continue
        lines += ["", f"    {name}: {python_type(document, prop)}"]
        described = prop.get("description") or _resolve(document, prop).get("description")
        if described:
            lines.append(f'    """{_docline(described)}"""')
    return lines


def _read_only(document: dict[str, Any], resource: Resource) -> list[str]:
    props = resource.schema.get("properties") or {}
    return sorted(name for name, prop in props.items()
                  if prop.get("readOnly") or _resolve(document, prop).get("readOnly"))


def accept(document: dict[str, Any]) -> str:
    """`info.x-zoo-accept`: the versioned media type of the API's JSON responses."""
    value = (document.get("info") or {}).get("x-zoo-accept")
    if not isinstance(value, str) or not value:
        raise CodegenError("info.x-zoo-accept is missing: the media type clients send as Accept")
    return value


def render(document: dict[str, Any]) -> str:
    """The module text (already formatted; deterministic)."""
    found = resources(document)
    tables = ["READ_ONLY", "WRITABLE_CREATE", "WRITABLE_UPDATE", "LINKS_CREATE", "LINKS_UPDATE"]
    names = ["ACCEPT", *tables, *(f"{r.singular}Attributes" for r in found)]
    out = [
        '"""Attribute annotations of the Panoptes resources (generated by `python -m codegen`).',
        "",
        "Do not edit: generated from the bundled Panoptes spec. The handwritten resource objects",
        "mix these classes in for IDE completion.",
        '"""',
        "",
        "from typing import Any",
        "",
        "__all__ = [" + ", ".join(f'"{n}"' for n in names) + "]",
        "",
        f"ACCEPT = {json.dumps(accept(document))}",
        '"""The media type every `/api` request sends as `Accept` (`info.x-zoo-accept`)."""',
    ]
    for resource in found:
        out += _class_lines(document, resource)
    out += ["", "", "READ_ONLY: dict[str, frozenset[str]] = {"]
    out += [f'    "{r.plural}": {_frozenset(_read_only(document, r))},' for r in found]
    for table, pick, kind in (
        ("WRITABLE_CREATE", _body_fields, "Create"),
        ("WRITABLE_UPDATE", _body_fields, "Update"),
        ("LINKS_CREATE", _link_fields, "Create"),
        ("LINKS_UPDATE", _link_fields, "Update"),
    ):
        out += ["}", "", f"{table}: dict[str, frozenset[str]] = {{"]
        for resource in found:
            fields = pick(document, resource, kind)
            if fields is not None:
                out.append(f'    "{resource.plural}": {_frozenset(fields)},')
    out += ["}", ""]
    return "\n".join(out)
