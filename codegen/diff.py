"""API change report between two spec versions (entry files or bundled documents).

Operations are matched by method and path; parameters by (in, name); request-body and response
fields by dotted path (`projects.display_name`, `projects[].links.owner`), per 2xx status.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from codegen.bundle import bundle
from codegen.lint import operations

JSON_MEDIA_SUFFIX = "json"
MAX_DEPTH = 6


@dataclass(frozen=True)
class Change:
    breaking: bool
    operation: str
    message: str

    def text(self) -> str:
        return f"{'BREAKING' if self.breaking else 'ok':9}{self.operation}: {self.message}"


@dataclass(frozen=True)
class Field:
    type: str
    required: bool


class Spec:
    """A bundled document with ref resolution and the flattened views the diff needs."""

    def __init__(self, path: Path) -> None:
        self.document = bundle(path).document

    def resolve(self, node: Any) -> Any:
        for _ in range(20):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                break
            target: Any = self.document
            for segment in node["$ref"].lstrip("#/").split("/"):
                target = target.get(segment, {}) if isinstance(target, dict) else {}
            node = target
        return node

    def type_of(self, schema: Any, depth: int = 0) -> str:
        """A canonical type signature: `string`, `integer|null`, `array[string]`, `object`."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return "any"
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                members = sorted(self.type_of(m, depth + 1) for m in schema[key])
                return f"{key}({', '.join(members)})"
        if schema.get("allOf"):
            return "allOf(" + ", ".join(self.type_of(m, depth + 1) for m in schema["allOf"]) + ")"
        types = schema.get("type", "any")
        names = sorted([types] if isinstance(types, str) else types)
        text = "|".join(f"array[{self.type_of(schema.get('items'), depth + 1)}]" if n == "array"
                        else n for n in names)
        return f"{text}({schema['format']})" if "format" in schema else text

    def fields(self, schema: Any, prefix: str = "", depth: int = 0) -> dict[str, Field]:
        """Flattened properties of an object schema (allOf merged, arrays as `name[]`)."""
        schema = self.resolve(schema)
        out: dict[str, Field] = {}
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return out
        for part in schema.get("allOf") or []:
            out.update(self.fields(part, prefix, depth + 1))
        required = set(schema.get("required") or [])
        for name, prop in (schema.get("properties") or {}).items():
            key = f"{prefix}{name}"
            out[key] = Field(self.type_of(prop), name in required)
            resolved = self.resolve(prop)
            if isinstance(resolved, dict) and resolved.get("type") == "array":
                out.update(self.fields(resolved.get("items"), f"{key}[].", depth + 1))
            else:
                out.update(self.fields(resolved, f"{key}.", depth + 1))
        return out

    def json_schema(self, holder: Any) -> Any:
        content = (self.resolve(holder) or {}).get("content") or {}
        for media in sorted(content):
            if media.endswith(JSON_MEDIA_SUFFIX):
                return (content[media] or {}).get("schema")
        return None

    def operations(self) -> dict[str, dict[str, Any]]:
        return {f"{op.method.upper()} {op.path}": {**op.node, "_item": op.item}
                for op in operations(self.document)}

    def parameters(self, op: dict[str, Any]) -> dict[str, dict[str, Any]]:
        params = {}
        for raw in [*(op["_item"].get("parameters") or []), *(op.get("parameters") or [])]:
            param = self.resolve(raw)
            if isinstance(param, dict):
                params[f"{param.get('in')} {param.get('name')!r}"] = param
        return params


def _diff_parameters(old: Spec, new: Spec, name: str, a: dict[str, Any],
                     b: dict[str, Any]) -> list[Change]:
    changes = []
    pa, pb = old.parameters(a), new.parameters(b)
    for key in sorted(pb.keys() - pa.keys()):
        req = bool(pb[key].get("required"))
        changes.append(Change(req, name, f"parameter {key} added{' (required)' if req else ''}"))
    for key in sorted(pa.keys() - pb.keys()):
        changes.append(Change(True, name, f"parameter {key} removed"))
    for key in sorted(pa.keys() & pb.keys()):
        ta, tb = old.type_of(pa[key].get("schema")), new.type_of(pb[key].get("schema"))
        if ta != tb:
            changes.append(Change(True, name, f"parameter {key} retyped {ta} -> {tb}"))
        if pb[key].get("required") and not pa[key].get("required"):
            changes.append(Change(True, name, f"parameter {key} made required"))
    return changes


def _diff_fields(fa: dict[str, Field], fb: dict[str, Field], name: str, what: str,
                 request: bool) -> list[Change]:
    changes = []
    for key in sorted(fb.keys() - fa.keys()):
        breaking = request and fb[key].required
        changes.append(Change(breaking, name, f"{what} field {key} added"
                              + (" (required)" if fb[key].required and request else "")))
    for key in sorted(fa.keys() - fb.keys()):
        changes.append(Change(True, name, f"{what} field {key} removed"))
    for key in sorted(fa.keys() & fb.keys()):
        if fa[key].type != fb[key].type:
            changes.append(Change(True, name,
                                  f"{what} field {key} retyped {fa[key].type} -> {fb[key].type}"))
        if request and fb[key].required and not fa[key].required:
            changes.append(Change(True, name, f"{what} field {key} made required"))
    return changes


def _diff_operation(old: Spec, new: Spec, name: str, a: dict[str, Any],
                    b: dict[str, Any]) -> list[Change]:
    changes = _diff_parameters(old, new, name, a, b)
    body_a = old.fields(old.json_schema(a.get("requestBody")))
    body_b = new.fields(new.json_schema(b.get("requestBody")))
    changes += _diff_fields(body_a, body_b, name, "request body", request=True)
    ra, rb = a.get("responses") or {}, b.get("responses") or {}
    for status in sorted(set(ra) | set(rb)):
        if not str(status).startswith("2"):
            continue
        if status not in rb:
            changes.append(Change(True, name, f"response {status} removed"))
            continue
        if status not in ra:
            changes.append(Change(False, name, f"response {status} added"))
            continue
        fa = old.fields(old.json_schema(ra[status]))
        fb = new.fields(new.json_schema(rb[status]))
        changes += _diff_fields(fa, fb, name, f"response {status}", request=False)
    return changes


def diff(old_path: Path, new_path: Path) -> list[Change]:
    old, new = Spec(old_path), Spec(new_path)
    ops_a, ops_b = old.operations(), new.operations()
    changes = []
    for key in sorted(ops_a.keys() | ops_b.keys()):
        label = f"{key} ({(ops_b.get(key) or ops_a[key]).get('operationId', '?')})"
        if key not in ops_a:
            changes.append(Change(False, label, "operation added"))
        elif key not in ops_b:
            changes.append(Change(True, label, "operation removed"))
        else:
            changes += _diff_operation(old, new, label, ops_a[key], ops_b[key])
    return changes


def render(changes: list[Change], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([asdict(c) for c in changes], indent=2)
    if not changes:
        return "no API changes"
    breaking = sum(c.breaking for c in changes)
    lines = [c.text() for c in changes]
    lines.append(f"{len(changes)} change(s), {breaking} breaking")
    return "\n".join(lines)
