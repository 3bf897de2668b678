"""Spec lint: openapi-spec-validator plus our own rules, reported as `file:line: RULE message`.

Rules run on the bundled document; `Bundle.origins` maps each finding back to the source YAML.
Each rule is a small function registered in `RULES`; a rule yields `(json_path, message)`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.bundle import HTTP_METHODS, Bundle, JsonPath, bundle, validate
from codegen.specs import CodegenError, entry_file

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
PANOPTES_SINGLE = re.compile(r"^/api/[^/{}]+/\{id\}$")
JSON_MEDIA = re.compile(r"^application/([a-z0-9.+-]+\+)?json$")


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    node: dict[str, Any]
    item: dict[str, Any]

    @property
    def where(self) -> JsonPath:
        return ("paths", self.path, self.method)


@dataclass(frozen=True)
class Finding:
    location: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.rule} {self.message}"


@dataclass(frozen=True)
class Context:
    api: str
    document: dict[str, Any]
    operations: list[Operation]

    def resolve(self, node: Any, path: JsonPath) -> tuple[Any, JsonPath]:
        """Follow local `#/...` refs; returns the target and its JSON path."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                break
            seen.add(ref)
            path = tuple(ref[2:].split("/"))
            node = self.document
            for segment in path:
                node = node.get(segment) if isinstance(node, dict) else None
        return node, path


Rule = Callable[[Context], Iterator[tuple[JsonPath, str]]]


def operations(document: dict[str, Any]) -> list[Operation]:
    result = []
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), dict):
                result.append(Operation(path, method, item[method], item))
    return result


def walk_schemas(ctx: Context, schema: Any, path: JsonPath,
                 seen: set[JsonPath] | None = None) -> Iterator[tuple[dict[str, Any], JsonPath]]:
    """Every schema object reachable from `schema` (through refs, properties, items, ...)."""
    seen = set() if seen is None else seen
    schema, path = ctx.resolve(schema, path)
    if not isinstance(schema, dict) or path in seen:
        return
    seen.add(path)
    yield schema, path
    for key in ("items", "additionalProperties", "not", "contains", "unevaluatedProperties"):
        if isinstance(schema.get(key), dict):
            yield from walk_schemas(ctx, schema[key], (*path, key), seen)
    for key in ("properties", "patternProperties", "$defs"):
        for name, sub in (schema.get(key) or {}).items():
            yield from walk_schemas(ctx, sub, (*path, key, name), seen)
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for i, sub in enumerate(schema.get(key) or []):
            yield from walk_schemas(ctx, sub, (*path, key, i), seen)


def request_schemas(ctx: Context, op: Operation) -> Iterator[tuple[dict[str, Any], JsonPath]]:
    body, body_path = ctx.resolve(op.node.get("requestBody"), (*op.where, "requestBody"))
    for media, content in ((body or {}).get("content") or {}).items():
        if isinstance(content, dict) and "schema" in content:
            schema_path = (*body_path, "content", media, "schema")
            yield from walk_schemas(ctx, content["schema"], schema_path)


def response_schemas(ctx: Context, op: Operation) -> Iterator[tuple[dict[str, Any], JsonPath]]:
    seen: set[JsonPath] = set()
    for status, response in (op.node.get("responses") or {}).items():
        response, rpath = ctx.resolve(response, (*op.where, "responses", status))
        for media, content in ((response or {}).get("content") or {}).items():
            if isinstance(content, dict) and "schema" in content:
                yield from walk_schemas(ctx, content["schema"],
                                        (*rpath, "content", media, "schema"), seen)


# --- the rules -------------------------------------------------------------------------------

def rule_operation_id(ctx: Context) -> Iterator[tuple[JsonPath, str]]:
    """operationId present, snake_case and unique."""
    first: dict[str, Operation] = {}
    for op in ctx.operations:
        op_id = op.node.get("operationId")
        if not op_id:
            yield op.where, f"{op.method.upper()} {op.path} has no operationId"
            continue
        if not SNAKE_CASE.match(str(op_id)):
            yield (*op.where, "operationId"), f"operationId {op_id!r} is not snake_case"
        if op_id in first:
            other = first[op_id]
            yield ((*op.where, "operationId"),
                   f"operationId {op_id!r} also used by {other.method.upper()} {other.path}")
        first.setdefault(str(op_id), op)


def rule_single_tag(ctx: Context) -> Iterator[tuple[JsonPath, str]]:
    """Exactly one tag, declared in the top-level tags."""
    declared = {t.get("name") for t in ctx.document.get("tags") or [] if isinstance(t, dict)}
    for op in ctx.operations:
        tags = op.node.get("tags") or []
        if len(tags) != 1:
            yield op.where, f"needs exactly one tag, has {len(tags)}"
        for tag in tags:
            if tag not in declared:
                yield (*op.where, "tags"), f"tag {tag!r} is not declared in the top-level tags"


def rule_summary_description(ctx: Context) -> Iterator[tuple[JsonPath, str]]:
    """summary and description present."""
    for op in ctx.operations:
        for key in ("summary", "description"):
            if not str(op.node.get(key) or "").strip():
                yield op.where, f"no {key}"


def rule_security(ctx: Context) -> Iterator[tuple[JsonPath, str]]:
    """`security` declared on every operation (top-level security is ignored by OPC)."""
    for op in ctx.operations:
        if "security" not in op.node:
            yield op.where, "no security (declare it on every operation)"


def rule_request_default(ctx: Context) -> Iterator[tuple[JsonPath, str]]:
    """No `default:` in request-body schemas (the generated client would send it)."""
    for op in ctx.operations:
        for schema, path in request_schemas(ctx, op):
            if "default" in schema:
                yield (*path, "default"), "default in a request-body schema (OPC sends it)"


def rule_response_enum(ctx: Context) -> Iterator[tuple[JsonPath, str]]:
    """No `enum` in response schemas (an unknown value fails the whole response)."""
    for op in ctx.operations:
        for schema, path in response_schemas(ctx, op):
            if "enum" in schema:
                yield (*path, "enum"), "enum in a response schema (describe values instead)"


def rule_response_closed(ctx: Context) -> Iterator[tuple[JsonPath, str]]:
    """No `additionalProperties: false` in response schemas."""
    for op in ctx.operations:
        for schema, path in response_schemas(ctx, op):
            if schema.get("additionalProperties") is False:
                yield (*path, "additionalProperties"), "additionalProperties: false in a response"


def rule_path_params(ctx: Context) -> Iterator[tuple[JsonPath, str]]:
    """Every `{param}` of the path template declared `in: path`, and vice versa."""
    for op in ctx.operations:
        in_template = set(re.findall(r"\{([^}]+)\}", op.path))
        declared: set[str] = set()
        for owner, where in ((op.item, ("paths", op.path)), (op.node, op.where)):
            for i, param in enumerate(owner.get("parameters") or []):
                param, _ = ctx.resolve(param, (*where, "parameters", i))
                if isinstance(param, dict) and param.get("in") == "path":
                    declared.add(str(param.get("name")))
        for name in sorted(in_template - declared):
            yield op.where, f"path parameter {{{name}}} is not declared"
        for name in sorted(declared - in_template):
            yield op.where, f"path parameter {name!r} is not in the path template"


def rule_if_match(ctx: Context) -> Iterator[tuple[JsonPath, str]]:
    """Panoptes: PUT/DELETE on /api/<res>/{id} declare an If-Match header parameter."""
    if ctx.api != "panoptes":
        return
    for op in ctx.operations:
        if op.method not in ("put", "delete") or not PANOPTES_SINGLE.match(op.path):
            continue
        params = [ctx.resolve(p, ())[0] for p in
                  [*(op.item.get("parameters") or []), *(op.node.get("parameters") or [])]]
        if not any(isinstance(p, dict) and p.get("in") == "header"
                   and str(p.get("name", "")).lower() == "if-match" for p in params):
            yield op.where, f"{op.method.upper()} {op.path} must declare the If-Match header"


def rule_success_response(ctx: Context) -> Iterator[tuple[JsonPath, str]]:
    """At least one 2xx response (except a `deprecated` operation the server has retired)."""
    for op in ctx.operations:
        if op.node.get("deprecated"):
            continue
        if not any(str(code).startswith("2") for code in op.node.get("responses") or {}):
            yield op.where, "no 2xx response"


def rule_success_schema(ctx: Context) -> Iterator[tuple[JsonPath, str]]:
    """Every 2xx JSON response has a schema."""
    for op in ctx.operations:
        for status, response in (op.node.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            response, rpath = ctx.resolve(response, (*op.where, "responses", status))
            for media, content in ((response or {}).get("content") or {}).items():
                if JSON_MEDIA.match(media) and not (content or {}).get("schema"):
                    yield (*rpath, "content", media), f"{status} {media} response has no schema"


RULES: dict[str, Rule] = {
    "operation-id": rule_operation_id,
    "single-tag": rule_single_tag,
    "summary-description": rule_summary_description,
    "security": rule_security,
    "request-default": rule_request_default,
    "response-enum": rule_response_enum,
    "response-closed": rule_response_closed,
    "path-params": rule_path_params,
    "if-match": rule_if_match,
    "success-response": rule_success_response,
    "success-schema": rule_success_schema,
}


def lint_bundle(api: str, result: Bundle) -> list[Finding]:
    findings = [Finding(result.locate(path), "openapi-spec-validator", message)
                for path, message in validate(result)]
    ctx = Context(api, result.document, operations(result.document))
    for rule_id, rule in RULES.items():
        findings += [Finding(result.locate(path), rule_id, message) for path, message in rule(ctx)]
    return findings


def lint_api(api: str, root: Path) -> list[Finding]:
    entry = entry_file(api, root)
    try:
        result = bundle(entry)
    except CodegenError as exc:
        return [Finding(str(entry), "bundle", str(exc))]
    return lint_bundle(api, result)
