"""Emit zoo_payloads/panoptes_attributes.py, panoptes_links.py and crowdflower_attributes.py:
annotation-only `<Singular>Attributes` classes, and the typed links of the Panoptes resources.

Panoptes: for each resource schema used as the item of a `<Plural>Response` envelope's plural
array, one class with an annotation per property (skipping id/href/links), plus
`ACCEPT` (the versioned media type, `info.x-zoo-accept`), `READ_ONLY` (plural → readOnly property
names), `WRITABLE_CREATE` / `WRITABLE_UPDATE` (plural → properties of `<Singular>Create` /
`<Singular>Update`), `LINKS_CREATE` / `LINKS_UPDATE` (plural → the link names those bodies
accept under `links`) and `LINKS_TO_ONE` (plural → the to-one links its records may carry: None
when absent). panoptes_links.py: per resource a `<Singular>Links` protocol, what
`obj.links` offers (to-many links as `LinkCollection[<Class>]`, to-one links as the lazy object or
None, a link without an SDK class as the raw value; see `links_of`), importing the SDK classes for
the type checker only. CrowdFlower: one `<Schema>Attributes` class per record schema (one with an
`id` property), its properties None when absent.
The handwritten resource objects mix these in for IDE completion; the files pass mypy --strict.
"""

from __future__ import annotations

import ast
import json
import keyword
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.specs import REPO_ROOT, CodegenError
from zoo_sdk.panoptes.link_targets import LINK_TARGETS

SKIPPED = frozenset({"id", "href", "links"})
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
#: Where the handwritten Panoptes resource classes live (read, never imported, by the generator).
RESOURCE_MODULES = REPO_ROOT / "zoo_sdk" / "panoptes"


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
    return lines + _annotation_lines(document, resource.schema)


def _annotation_lines(document: dict[str, Any], schema: dict[str, Any],
                      optional: bool = False) -> list[str]:
    """One annotation (and its description as a docstring) per property but id/href/links;
    `optional`: a property the schema does not require may be absent, read as None."""
    lines: list[str] = []
    required = set(schema.get("required") or [])
    for name, prop in (schema.get("properties") or {}).items():
        if name in SKIPPED or name.startswith("_") or not name.isidentifier() \
                or keyword.iskeyword(name):
            continue
        annotation = python_type(document, prop)
        if optional and name not in required and annotation != "Any" \
                and not annotation.endswith("| None"):
            annotation += " | None"
        lines += ["", f"    {name}: {annotation}"]
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


# -- typed links ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RuntimeClass:
    module: str  # e.g. "zoo_sdk.panoptes.project"
    name: str  # e.g. "Project"


def runtime_classes(folder: Path = RESOURCE_MODULES) -> dict[str, RuntimeClass]:
    """The SDK's resource classes by plural and by singular name, as `objects.REGISTRY` keys them.

    Read from the modules' source (never imported): every top-level class whose body assigns a
    string to `_api_slug` (and `_singular`).
    """
    found: dict[str, RuntimeClass] = {}
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            slugs = _string_assignments(node)
            if not slugs.get("_api_slug"):
                continue
            cls = RuntimeClass(f"zoo_sdk.panoptes.{path.stem}", node.name)
            for key in (slugs["_api_slug"], slugs.get("_singular")):
                if not key:
                    continue
                if key in found and found[key] != cls:
                    raise CodegenError(f"{found[key].name} and {cls.name} both claim {key!r}")
                found[key] = cls
    return found


def _string_assignments(node: ast.ClassDef) -> dict[str, str]:
    values: dict[str, str] = {}
    for stmt in node.body:
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
            else stmt.target if isinstance(stmt, ast.AnnAssign) else None
        value = getattr(stmt, "value", None)
        if isinstance(target, ast.Name) and isinstance(value, ast.Constant) \
                and isinstance(value.value, str):
            values[target.id] = value.value
    return values


@dataclass(frozen=True)
class Link:
    name: str
    many: bool  # to-many (an array of ids)
    raw: str  # the annotation of the value as the server sends it (no SDK class)
    description: str
    write_only: bool  # only in the Create/Update bodies, not in the resource's `links`


def _link_properties(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    links = _resolve(document, schema)
    props = links.get("properties") if isinstance(links, dict) else None
    return props if isinstance(props, dict) else {}


def _write_links(document: dict[str, Any], resource: Resource) -> dict[str, Any]:
    """Link schemas of `<Singular>Create` and `<Singular>Update` (Create first)."""
    found: dict[str, Any] = {}
    for kind in ("Create", "Update"):
        body = _resolve(document, _schemas(document).get(f"{resource.singular}{kind}"))
        props = (body.get("properties") or {}) if isinstance(body, dict) else {}
        wrapped = _resolve(document, props.get(resource.plural)) if len(props) == 1 else None
        if isinstance(wrapped, dict) and "properties" in wrapped:
            props = wrapped["properties"]
        for name, schema in _link_properties(document, props.get("links")).items():
            found.setdefault(name, schema)
    return found


def links_of(document: dict[str, Any], resource: Resource) -> list[Link]:
    """The links of a resource: those it serializes, then those only its bodies accept."""
    read = _link_properties(document, (resource.schema.get("properties") or {}).get("links"))
    write = _write_links(document, resource)
    found: list[Link] = []
    for name in [*read, *sorted(set(write) - set(read))]:
        if not name.isidentifier() or keyword.iskeyword(name):
            continue
        schema = _resolve(document, read.get(name, write.get(name)))
        kinds = schema.get("type") if isinstance(schema, dict) else None
        kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
        many = "array" in kinds
        raw = "list[str]" if many else "dict[str, Any] | None" if "object" in kinds \
            else "str | None"
        described = (read.get(name) or write.get(name) or {}).get("description") \
            or (schema.get("description") if isinstance(schema, dict) else None)
        found.append(Link(name, many, raw, _docline(described), name not in read))
    return found


def _targets(link: Link, classes: dict[str, RuntimeClass]) -> list[RuntimeClass]:
    """The classes a link points at (as `links.class_for` resolves them); [] if it has none."""
    names = LINK_TARGETS.get(link.name, (link.name,))
    if names[0] not in classes:
        return []
    return list(dict.fromkeys(classes[n] for n in names if n in classes))


def _link_lines(link: Link, classes: dict[str, RuntimeClass]) -> list[str]:
    """A property with its getter (what reading returns) and setter (what setting accepts)."""
    targets = _targets(link, classes)
    names = [t.name for t in targets]
    if not targets:
        getter = link.raw
        setter = "Iterable[int | str]" if link.many else \
            "dict[str, Any] | None" if link.raw.startswith("dict") else "int | str | None"
        note = "No SDK class: the value as the server sends it."
    elif link.many:
        getter = f"LinkCollection[{names[0]}]"
        setter = f"Iterable[{names[0]} | int | str]"
        note = f"The linked {names[0]} objects (lazy, from the ids the record carries)."
    else:
        getter = " | ".join([*names, "None"])
        setter = " | ".join([names[0], "int", "str", *(["dict[str, Any]"] if len(names) > 1
                                                       else []), "None"])
        note = "A lazy object (no request), or None."
        if len(names) > 1:
            note += ' Set another type as `{"id": ..., "type": ...}`.'
    if link.write_only:
        note += " Write-only in the spec: the records the server sends do not carry it."
    doc = f"{link.description} {note}".strip()
    return ["", "    @property", f"    def {link.name}(self) -> {getter}:", f'        """{doc}"""',
            "", f"    @{link.name}.setter",
            f"    def {link.name}(self, value: {setter}) -> None: ..."]


def _links_class_lines(document: dict[str, Any], resource: Resource,
                       classes: dict[str, RuntimeClass]) -> list[str]:
    links_schema = _resolve(document, (resource.schema.get("properties") or {}).get("links"))
    described = links_schema.get("description") if isinstance(links_schema, dict) else None
    doc = _docline(described) or f"Links of `{resource.plural}`."
    lines = ["", "", f"class {resource.singular}Links(Links, Protocol):",
             f'    """`.links` of `{resource.plural}`: {doc}"""']
    for link in links_of(document, resource):
        lines += _link_lines(link, classes)
    return lines


def _used_classes(document: dict[str, Any], found: list[Resource],
                  classes: dict[str, RuntimeClass]) -> list[RuntimeClass]:
    used = {t for r in found for link in links_of(document, r) for t in _targets(link, classes)}
    return sorted(used, key=lambda c: (c.module, c.name))


LINKS_BASE = [
    "",
    "",
    "class Links(Protocol):",
    '    """What `obj.links` offers the type checker: each resource narrows it (`ProjectLinks`).',
    "",
    "    At run time `obj.links` is a `zoo_sdk.panoptes.links.LinkResolver`; these protocols only",
    "    type it. A to-many link is a `LinkCollection` of the linked class, a to-one link the lazy",
    "    object or None; setting accepts objects or ids (sent by `save()`).",
    '    """',
]


def render(document: dict[str, Any]) -> str:
    """The module text (already formatted; deterministic)."""
    found = resources(document)
    tables = ["READ_ONLY", "WRITABLE_CREATE", "WRITABLE_UPDATE", "LINKS_CREATE", "LINKS_UPDATE",
              "LINKS_TO_ONE"]
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
    out += ["}", "", "LINKS_TO_ONE: dict[str, frozenset[str]] = {"]
    for resource in found:
        to_one = sorted(link.name for link in links_of(document, resource)
                        if not link.many and not link.write_only)
        out.append(f'    "{resource.plural}": {_frozenset(to_one)},')
    out += ["}", ""]
    return "\n".join(out)


def render_links(document: dict[str, Any], classes: dict[str, RuntimeClass] | None = None) -> str:
    """panoptes_links.py: the `<Singular>Links` protocols (deterministic). `classes`: the SDK's
    resource classes the links point at (default: read from zoo_sdk/panoptes)."""
    found = resources(document)
    classes = runtime_classes() if classes is None else classes
    names = ["Links", *(f"{r.singular}Links" for r in found)]
    used = [*_used_classes(document, found, classes),
            RuntimeClass("zoo_sdk.panoptes.links", "LinkCollection")]
    imports = [f"    from {c.module} import {c.name}" for c in sorted(used, key=lambda c: c.module)]
    out = [
        '"""Typed links of the Panoptes resources (generated by `python -m codegen`).',
        "",
        "Do not edit: generated from the bundled Panoptes spec and the names of the SDK's",
        "resource classes. Those classes annotate `links` with these protocols",
        "(`links: ProjectLinks`) and import this module for the type checker only: at run time",
        "`obj.links` is a `zoo_sdk.panoptes.links.LinkResolver`.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any, Protocol",
        "",
        "if TYPE_CHECKING:",
        "    from collections.abc import Iterable",
        "",
        *imports,
        "",
        "__all__ = [" + ", ".join(f'"{n}"' for n in names) + "]",
        *LINKS_BASE,
    ]
    for resource in found:
        out += _links_class_lines(document, resource, classes)
    out.append("")
    return "\n".join(out)


# -- CrowdFlower ----------------------------------------------------------------------------


def records(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """CrowdFlower's record schemas (those with an `id` property), sorted by name."""
    return sorted((name, schema) for name, schema in _schemas(document).items()
                  if isinstance(schema, dict) and "id" in (schema.get("properties") or {}))


def render_crowdflower(document: dict[str, Any]) -> str:
    """crowdflower_attributes.py: `<Schema>Attributes` per record schema (`JobAttributes`, ...).

    A property the record does not require is `X | None`: the resource classes read an absent
    attribute as None.
    """
    found = records(document)
    names = [f"{name}Attributes" for name, _ in found]
    out = [
        '"""Attribute annotations of the CrowdFlower records (generated by `python -m codegen`).',
        "",
        "Do not edit: generated from the bundled CrowdFlower spec. The handwritten resource",
        "classes (`zoo_sdk.crowdflower.job.Job`, ...) mix these classes in for IDE completion.",
        '"""',
        "",
        "from typing import Any",
        "",
        "__all__ = [" + ", ".join(f'"{n}"' for n in names) + "]",
    ]
    for name, schema in found:
        doc = _docline(schema.get("description")) or f"A {name}."
        out += ["", "", f"class {name}Attributes:", f'    """Attributes of `{name}`: {doc}"""']
        out += _annotation_lines(document, schema, optional=True)
    out.append("")
    return "\n".join(out)
