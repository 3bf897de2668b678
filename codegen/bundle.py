"""Bundle a multi-file spec into one document.

Path items referenced from the entry are inlined; every other reference to another file (or to a
local `#/Foo` inside a non-entry file) is hoisted into `#/components/<section>/<Name>`, the
section chosen by where the reference is used and `Name` the last JSON-pointer segment.
The walk is structural (it knows a path item from an operation from a schema), so a schema
property called `parameters` is still a schema.  Every output node remembers its source
`file:line` in `Bundle.origins`, which `lint` uses to point at the YAML a problem comes from.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from codegen.specs import CodegenError, dump_plain_yaml, line_of, load_yaml, to_plain

JsonPath = tuple[str | int, ...]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
LITERAL_KEYS = frozenset({"example", "examples", "default", "const", "enum"})
SECTION_OF_KIND = {
    "parameter": "parameters",
    "response": "responses",
    "header": "headers",
    "requestBody": "requestBodies",
}

# Children of a node of one kind: key -> (kind of the child, "one" | "map" | "list").
CHILDREN: dict[str, dict[str, tuple[str, str]]] = {
    "pathitem": {
        **{method: ("operation", "one") for method in HTTP_METHODS},
        "parameters": ("parameter", "list"),
    },
    "operation": {
        "parameters": ("parameter", "list"),
        "requestBody": ("requestBody", "one"),
        "responses": ("response", "map"),
    },
    "parameter": {"schema": ("schema", "one"), "content": ("mediatype", "map")},
    "header": {"schema": ("schema", "one"), "content": ("mediatype", "map")},
    "requestBody": {"content": ("mediatype", "map")},
    "response": {"headers": ("header", "map"), "content": ("mediatype", "map")},
    "mediatype": {"schema": ("schema", "one")},
    "schema": {
        **{k: ("schema", "one") for k in ("items", "not", "additionalProperties", "contains",
                                          "if", "then", "else", "propertyNames",
                                          "unevaluatedProperties", "unevaluatedItems")},
        **{k: ("schema", "map") for k in ("properties", "patternProperties", "$defs",
                                          "dependentSchemas")},
        **{k: ("schema", "list") for k in ("allOf", "anyOf", "oneOf", "prefixItems")},
    },
    "components": {
        "schemas": ("schema", "map"),
        "parameters": ("parameter", "map"),
        "responses": ("response", "map"),
        "headers": ("header", "map"),
        "requestBodies": ("requestBody", "map"),
        "pathItems": ("pathitem", "map"),
    },
    "document": {"paths": ("pathitem", "map"), "components": ("components", "one"),
                 "webhooks": ("pathitem", "map")},
}


@dataclass
class Bundle:
    """A bundled document (plain JSON-compatible data) and where each node came from."""

    document: dict[str, Any]
    origins: dict[JsonPath, tuple[Path, int]] = field(default_factory=dict)

    def locate(self, path: JsonPath) -> str:
        """`file:line` of the deepest known ancestor of a JSON path in the bundled document."""
        for end in range(len(path), -1, -1):
            origin = self.origins.get(tuple(path[:end]))
            if origin is not None:
                return f"{_display(origin[0])}:{origin[1]}"
        return "?:0"

    def yaml_text(self) -> str:
        return dump_plain_yaml(self.document)

    def json_text(self) -> str:
        return json.dumps(self.document, indent=2, ensure_ascii=False) + "\n"


def _display(path: Path) -> str:
    """A path relative to the working directory when it is below it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def _pointer_get(data: Any, pointer: str, where: str) -> Any:
    node = data
    for raw in [s for s in pointer.split("/") if s]:
        segment = _unescape(raw)
        try:
            node = node[int(segment)] if isinstance(node, list) else node[segment]
        except (KeyError, IndexError, ValueError, TypeError):
            raise CodegenError(f"{where}: cannot resolve #{pointer}") from None
    return node


class Bundler:
    """Walks the entry document and the files it references; see the module docstring."""

    def __init__(self, entry: Path) -> None:
        self.entry = entry.resolve()
        self.components: dict[str, dict[str, Any]] = {}
        self.hoisted: dict[tuple[str, str], tuple[Path, str]] = {}
        self.origins: dict[JsonPath, tuple[Path, int]] = {}

    def run(self) -> Bundle:
        root = load_yaml(self.entry)
        if not isinstance(root, dict):
            raise CodegenError(f"{self.entry}: not a mapping")
        document = self._walk(root, self.entry, "document", ())
        for section, items in (document.get("components") or {}).items():
            for name, value in items.items():
                known = self.hoisted.get((section, name))
                if known is not None:
                    raise CodegenError(
                        f"{self.entry}: #/components/{section}/{name} is defined in the entry "
                        f"and also hoisted from {known[0]}#{known[1]}"
                    )
                self.components.setdefault(section, {})[name] = value
        document.pop("components", None)  # re-added last, sorted
        if self.components:
            document["components"] = {
                section: {name: self.components[section][name]
                          for name in sorted(self.components[section])}
                for section in sorted(self.components)
            }
        return Bundle(document, self.origins)

    def _record(self, node: Any, file: Path, path: JsonPath, key: str | int | None = None) -> None:
        line = line_of(node, key)
        if line:
            self.origins.setdefault(path if key is None else (*path, key), (file, line))

    def _walk(self, node: Any, file: Path, kind: str, path: JsonPath) -> Any:
        if isinstance(node, dict) and "$ref" in node and kind != "literal":
            self._record(node, file, path)
            reference = self._ref(node, file, kind, path)
            if kind == "schema" and len(node) > 1:  # 3.1: keywords beside $ref apply too
                siblings = {k: v for k, v in node.items() if k != "$ref"}
                return {**reference, **self._walk(siblings, file, kind, path)}
            return reference
        if isinstance(node, dict):
            self._record(node, file, path)
            out: dict[str, Any] = {}
            children = CHILDREN.get(kind, {})
            for key, value in node.items():
                key = str(key)
                self._record(node, file, path, key)
                child_kind, shape = children.get(key, ("literal" if key in LITERAL_KEYS else
                                                       "other", "one"))
                if kind == "schema" and key == "additionalProperties" and isinstance(value, bool):
                    child_kind = "literal"
                if shape == "map" and isinstance(value, dict) and "$ref" not in value:
                    self._record(value, file, (*path, key))
                    out[key] = {}
                    for k, v in value.items():
                        self._record(value, file, (*path, key), str(k))
                        out[key][str(k)] = self._walk(v, file, child_kind, (*path, key, str(k)))
                elif shape == "list" and isinstance(value, list):
                    self._record(value, file, (*path, key))
                    out[key] = []
                    for i, v in enumerate(value):
                        self._record(value, file, (*path, key), i)
                        out[key].append(self._walk(v, file, child_kind, (*path, key, i)))
                else:
                    out[key] = self._walk(value, file, child_kind, (*path, key))
            return out
        if isinstance(node, list):
            return [self._walk(v, file, kind, (*path, i)) for i, v in enumerate(node)]
        return to_plain(node)

    def _ref(self, node: Any, file: Path, kind: str, path: JsonPath) -> Any:
        ref = str(node["$ref"])
        target_part, _, pointer = ref.partition("#")
        if not target_part and file == self.entry:
            return to_plain(node)  # a local ref of the entry document stays as it is
        target = (file.parent / target_part).resolve() if target_part else file
        where = f"{file}:{line_of(node, '$ref')}"
        if not target.is_file():
            raise CodegenError(f"{where}: $ref {ref!r}: no such file {target}")
        value = _pointer_get(load_yaml(target), pointer, where)
        if kind == "pathitem" or kind == "mediatype":
            return self._walk(value, target, kind, path)
        section = SECTION_OF_KIND.get(kind, "schemas")
        segments = [s for s in pointer.split("/") if s]
        name = _unescape(segments[-1]) if segments else target.stem
        origin = (target, pointer)
        known = self.hoisted.get((section, name))
        if known is None:
            self.hoisted[(section, name)] = origin
            placeholder: dict[str, Any] = {}
            self.components.setdefault(section, {})[name] = placeholder
            placeholder.update(self._walk(value, target, kind, ("components", section, name)))
        elif known != origin:
            raise CodegenError(
                f"{where}: two different objects hoisted as #/components/{section}/{name}: "
                f"{known[0]}#{known[1]} and {target}#{pointer}"
            )
        return {"$ref": f"#/components/{section}/{name}"}


def bundle(entry: Path) -> Bundle:
    """Bundle one entry document (a bundled document passes through unchanged)."""
    return Bundler(entry).run()


def validate(result: Bundle) -> list[tuple[JsonPath, str]]:
    """openapi-spec-validator errors as (JSON path in the bundled document, message)."""
    errors = []
    for error in OpenAPIV31SpecValidator(result.document).iter_errors():
        path = tuple(getattr(error, "absolute_path", ()) or ())
        errors.append((path, str(getattr(error, "message", error))))
    return errors


def write_bundle(result: Bundle, yaml_path: Path, json_path: Path) -> None:
    yaml_path.parent.mkdir(parents=True, exist_ok=True)
    yaml_path.write_text(result.yaml_text(), encoding="utf-8")
    json_path.write_text(result.json_text(), encoding="utf-8")
