"""Normalise spec files in place: ruamel round-trip layout and a fixed key order in operations.

Comments and quoting are kept (ruamel round-trip). Caveat of ruamel: a comment line above a key
belongs to the previous key, so moving keys can carry such a comment along.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap

from codegen.bundle import HTTP_METHODS
from codegen.specs import APIS, CodegenError, round_trip_yaml, spec_dir

OPERATION_KEY_ORDER = ("operationId", "tags", "summary", "description", "security",
                       "parameters", "requestBody", "responses")


def spec_files(root: Path) -> list[Path]:
    return sorted(p for api in APIS for p in spec_dir(api, root).rglob("*.yaml"))


def order_operation(op: CommentedMap) -> None:
    """Known keys first in OPERATION_KEY_ORDER, then the rest in their current order."""
    rest = [k for k in op if k not in OPERATION_KEY_ORDER]
    for key in [k for k in OPERATION_KEY_ORDER if k in op] + rest:
        op.move_to_end(key)


def path_items(path: Path, data: Any) -> list[Any]:
    """Path items of an entry (`paths:` values) or of a paths/<resource>.yaml file."""
    if not isinstance(data, dict):
        return []
    if path.name == "openapi.yaml":
        return list((data.get("paths") or {}).values())
    if path.parent.name == "paths":
        return list(data.values())
    return []


def format_text(path: Path, text: str) -> str:
    yaml = round_trip_yaml()
    try:
        data = yaml.load(text)
    except Exception as exc:
        raise CodegenError(f"{path}: invalid YAML: {exc}") from None
    for item in path_items(path, data):
        for method in HTTP_METHODS:
            if isinstance(item, dict) and isinstance(item.get(method), CommentedMap):
                order_operation(item[method])
    if data is None:
        return text
    buf = io.StringIO()
    yaml.dump(data, buf)
    return buf.getvalue()


def format_specs(root: Path, check: bool) -> tuple[list[Path], list[str]]:
    """Rewrite (or, with check, only list) the spec files whose formatting changes.

    Returns the changed files and the errors (files that are not valid YAML are left alone).
    """
    changed, errors = [], []
    for path in spec_files(root):
        text = path.read_text(encoding="utf-8")
        try:
            new = format_text(path, text)
        except CodegenError as exc:
            errors.append(str(exc))
            continue
        if new != text:
            changed.append(path)
            if not check:
                path.write_text(new, encoding="utf-8")
    return changed, errors
