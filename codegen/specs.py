"""The APIs, where their files live, and YAML loading/dumping with ruamel.yaml."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver as Yaml11Resolver

REPO_ROOT = Path(__file__).resolve().parent.parent
CODEGEN_DIR = Path(__file__).resolve().parent
APIS: tuple[str, ...] = ("panoptes", "caesar", "crowdflower", "talk")


class CodegenError(Exception):
    """A problem the user must fix (bad spec, failed generator run)."""


def spec_dir(api: str, root: Path = REPO_ROOT) -> Path:
    return root / "spec" / api


def entry_file(api: str, root: Path = REPO_ROOT) -> Path:
    return spec_dir(api, root) / "openapi.yaml"


def bundle_files(api: str, out_root: Path = REPO_ROOT) -> tuple[Path, Path]:
    """The bundled YAML and JSON documents of one API."""
    folder = out_root / "dist" / "spec"
    return folder / f"{api}.openapi.yaml", folder / f"{api}.openapi.json"


def client_package(api: str) -> str:
    return f"zoo_{api}_api"


def available_apis(root: Path = REPO_ROOT) -> list[str]:
    """The APIs whose entry document exists."""
    return [api for api in APIS if entry_file(api, root).is_file()]


def select_apis(requested: Iterable[str], root: Path = REPO_ROOT) -> list[str]:
    """Validate the APIs named on the command line (default: every available one)."""
    names = list(requested)
    for name in names:
        if name not in APIS:
            raise CodegenError(f"unknown API {name!r} (known: {', '.join(APIS)})")
        if not entry_file(name, root).is_file():
            raise CodegenError(f"{entry_file(name, root)}: no such file")
    return names or available_apis(root)


def _represent_none(representer: Any, _data: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def round_trip_yaml() -> YAML:
    """The one ruamel configuration used to read and rewrite spec files (`null` stays `null`)."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    yaml.representer.add_representer(type(None), _represent_none)
    return yaml


_cache: dict[Path, tuple[float, Any]] = {}


def load_yaml(path: Path) -> Any:
    """Load a spec file round-trip (keeps line numbers in `node.lc`); cached by mtime."""
    path = path.resolve()
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        raise CodegenError(f"{path}: no such file") from None
    cached = _cache.get(path)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    try:
        data = round_trip_yaml().load(path.read_text(encoding="utf-8"))
    except Exception as exc:  # ruamel raises many error types
        raise CodegenError(f"{path}: invalid YAML: {exc}") from None
    _cache[path] = (mtime, data)
    return data


def line_of(node: Any, key: str | int | None = None) -> int:
    """1-based source line of a mapping key / sequence item (or of the node itself)."""
    try:
        if key is None:
            return int(node.lc.line) + 1
        if isinstance(node, CommentedMap):
            return int(node.lc.key(key)[0]) + 1
        if isinstance(node, CommentedSeq):
            return int(node.lc.item(key)[0]) + 1
    except (AttributeError, KeyError, IndexError, TypeError):
        pass
    return 0


def to_plain(value: Any) -> Any:
    """ruamel nodes → plain dict/list/str/int/float/bool/None (JSON-compatible)."""
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return bool(value) if value is not None else None
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


_YAML11 = Yaml11Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
_GO_YAML_V2_BOOLEANS = frozenset({"y", "Y", "n", "N"})  # YAML 1.1 booleans PyYAML leaves out


def _plain_is_not_a_string(text: str) -> bool:
    """True when a YAML 1.1 reader (PyYAML, SnakeYAML 1.x, Go yaml.v2) would read `text` written
    plain as something else: `on`/`Yes` as booleans, `0777` as octal, `1:20` as sexagesimal,
    `2014-02-13` as a date, `~` as null."""
    if text in _GO_YAML_V2_BOOLEANS:
        return True
    tag: str = _YAML11.resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return tag != _STR_TAG


def _portable(value: Any) -> Any:
    """Quote the strings (values and keys) that YAML 1.1 and 1.2 readers would read differently;
    multi-line strings become literal blocks."""
    if isinstance(value, dict):
        return {_portable(k): _portable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_portable(v) for v in value]
    if isinstance(value, str) and "\n" in value.rstrip("\n") and " \n" not in value:
        return LiteralScalarString(value)
    if isinstance(value, str) and _plain_is_not_a_string(value):
        return DoubleQuotedScalarString(value)
    return value


def dump_plain_yaml(data: Any) -> str:
    """Plain data → YAML text that YAML 1.1 and 1.2 readers load alike, deterministic.

    >>> dump_plain_yaml({"name": "on", "labels": ["Yes", "No"]})
    'name: "on"\nlabels:\n  - "Yes"\n  - "No"\n'
    """
    yaml = round_trip_yaml()
    buf = io.StringIO()
    yaml.dump(_portable(data), buf)
    return buf.getvalue()
