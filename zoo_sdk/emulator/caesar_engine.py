"""Caesar's pipeline logic as pure functions: extractors, reducers, extract filters and grouping,
rule conditions. Ported from ``zooniverse/caesar@fd95f5e`` (each function names its file).

Values are JSON (dicts, lists, str, int, float, bool, None) and behave as Ruby's do where Caesar's
answer depends on it: truthiness (only nil and false are false: ``0`` and ``""`` are true),
``blank?``/``present?``, ``==`` (``true != 1``), ``<`` only between numbers or between strings,
``to_s`` of hash keys (``{0 => 1}`` is stored as ``{"0": 1}``), ``String#to_f``/``to_i``.
Whatever Ruby would raise on (``nil < 3``, a ``sum`` of no values) raises :class:`PipelineError`,
which the pipeline reports as the failure of that extractor, reducer or rule.

The I/O of the external extractor/reducer is a ``post`` callable given by the caller, so every
function here is deterministic::

    >>> extract({"type": "Extractors::QuestionExtractor", "key": "q", "config": {}},
    ...         classification_from({"id": 1, "annotations": [{"task": "T0", "value": 1}],
    ...                              "links": {"workflow": "2", "subjects": ["3"]}}))
    {'1': 1}
    >>> evaluate(["gte", ["lookup", "q.1", 0], ["const", 1]],
    ...          RuleBindings([{"reducer_key": "q", "data": {"1": 2}}], None))
    True
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeGuard

JSON = dict[str, Any]
#: ``post(url, payload) -> parsed JSON, or NO_DATA for an empty answer``: the HTTP of the
#: external extractor/reducer (``lib/http_operation.rb#http_post``), supplied by the pipeline.
Post = Callable[[str, Any], Any]


class PipelineError(Exception):
    """What a Ruby exception would be: the extractor, reducer, rule or effect failed."""


class _NoData:
    """``Extractor::NoData``: the extractor produced nothing (no extract is stored)."""

    def __repr__(self) -> str:
        return "NO_DATA"


NO_DATA: Any = _NoData()

#: ``panoptes_aggregation.__version__`` of aggregation-caesar (``append_version``).
AGGREGATION_VERSION = "5.3.1"

# ----- Ruby semantics -----------------------------------------------------------------------


def truthy(value: Any) -> bool:
    """Ruby truthiness: only nil and false are false."""
    return value is not None and value is not False


def blank(value: Any) -> bool:
    """ActiveSupport ``blank?``: nil, false, whitespace-only strings, empty arrays and hashes."""
    if value is None or value is False:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | dict) and not value


def present(value: Any) -> bool:
    return not blank(value)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def ruby_class(value: Any) -> str:
    """The Ruby class name of a JSON value (for messages)."""
    if value is None:
        return "nil"
    if isinstance(value, bool):
        return "true" if value else "false"
    return {int: "Integer", float: "Float", str: "String", list: "Array",
            dict: "Hash"}.get(type(value), type(value).__name__)


def ruby_float_str(number: float) -> str:
    """``Float#to_s``: ``1.0``, ``1.0e+20``, ``Infinity``, ``NaN``."""
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    text = repr(number)
    if "e" in text:
        mantissa, exponent = text.split("e")
        if "." not in mantissa:
            mantissa += ".0"
        return f"{mantissa}e{exponent}"
    return text


def ruby_str(value: Any) -> str:
    """``to_s`` as a JSON hash key becomes: nil → "", 1 → "1", 1.0 → "1.0", true → "true"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return ruby_float_str(value)
    if isinstance(value, int | str):
        return str(value)
    return json.dumps(value)


_FLOAT_PREFIX = re.compile(r"\s*([+-]?(?:\d[\d_]*)?(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)")
_INT_PREFIX = re.compile(r"\s*([+-]?\d[\d_]*)")


def ruby_to_f(value: Any) -> float:
    """``to_f``: numbers; a string's leading float (``"1.5x"`` → 1.5, ``"x"`` → 0.0); nil 0.0."""
    if _number(value):
        return float(value)
    if value is None:
        return 0.0
    if isinstance(value, str):
        match = _FLOAT_PREFIX.match(value)
        text = (match.group(1) if match else "").replace("_", "")
        try:
            return float(text)
        except ValueError:
            digits = re.match(r"[+-]?\d*\.?\d+", text)
            return float(digits.group(0)) if digits else 0.0
    raise PipelineError(f"undefined method 'to_f' for {ruby_class(value)}")


def ruby_to_i(value: Any) -> int:
    """``to_i``: integers, truncated floats, a string's leading integer (``"12x"`` → 12)."""
    if isinstance(value, bool):
        raise PipelineError(f"undefined method 'to_i' for {ruby_class(value)}")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise PipelineError(f"FloatDomainError: {ruby_float_str(value)}")
        return int(value)
    if value is None:
        return 0
    if isinstance(value, str):
        match = _INT_PREFIX.match(value)
        return int(match.group(1).replace("_", "")) if match else 0
    raise PipelineError(f"undefined method 'to_i' for {ruby_class(value)}")


def ruby_eq(a: Any, b: Any) -> bool:
    """Ruby ``==`` on JSON values: 1 == 1.0, but true != 1 and "1" != 1."""
    if _number(a) and _number(b):
        return bool(a == b)
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(ruby_eq(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(ruby_eq(a[k], b[k]) for k in a)
    if type(a) is not type(b):
        return False
    return bool(a == b)


def ruby_compare(op: str, a: Any, b: Any) -> bool:
    """``a < b`` (and ``<=``, ``>``, ``>=``): numbers with numbers, strings with strings."""
    if (_number(a) and _number(b)) or (isinstance(a, str) and isinstance(b, str)):
        if op == "<":
            return bool(a < b)
        if op == "<=":
            return bool(a <= b)
        if op == ">":
            return bool(a > b)
        return bool(a >= b)
    if a is None or isinstance(a, bool | list | dict) or not (_number(a) or isinstance(a, str)):
        raise PipelineError(f"undefined method '{op}' for {ruby_class(a)}")
    raise PipelineError(f"comparison of {ruby_class(a)} with {_inspect(b)} failed")


def _inspect(value: Any) -> str:
    return "nil" if value is None else json.dumps(value)


# ----- classifications (app/models/classification.rb, annotation.rb) -----------------------


def parse_annotations(annotations: Any) -> dict[str, list[Any]]:
    """``Annotation.parse``: flatten combo tasks (values that are lists of ``{task, ...}``) and
    nested values (lists of ``{value, ...}``, tagged with the outer task), then group by task."""
    if not isinstance(annotations, list):
        raise PipelineError(f"undefined method 'map' for {ruby_class(annotations)}")
    grouped: dict[str, list[Any]] = {}
    for item in _parse_helper(annotations):
        task = item.get("task") if isinstance(item, dict) else None
        grouped.setdefault(ruby_str(task), []).append(item)
    return grouped


def _parse_helper(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if not isinstance(item, dict):
            raise PipelineError(f"an annotation is not an object: {item!r}")
        value = item.get("value")
        if _nested(value, "task"):
            out.extend(_parse_helper(value))
        elif _nested(value, "value"):
            out.extend({**inner, "task": item.get("task")} for inner in value)
        else:
            out.append(item)
    return out


def _nested(value: Any, key: str) -> TypeGuard[list[Any]]:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value) and \
        any(key in v for v in value)


@dataclass
class Classification:
    """A classification as Caesar stores it (``Classification.upsert`` of the stream event):
    ``annotations`` parsed and grouped by task, the first subject, the user as an integer."""

    id: int | None
    project_id: int | None
    workflow_id: int | None
    subject_id: int | None
    user_id: int | None
    annotations: dict[str, list[Any]]
    metadata: JSON
    created_at: str | None = None
    updated_at: str | None = None
    #: ``subject.attributes`` of Caesar's subject cache: id, metadata, created_at, updated_at.
    subject: JSON | None = None

    @property
    def workflow_version(self) -> Any:
        return self.metadata.get("workflow_version") if isinstance(self.metadata, dict) else None

    def prepare(self) -> JSON:
        """``Classification#prepare``: the JSON an external extractor receives and the document
        ``pluck_field`` paths are evaluated on."""
        return {
            "id": self.id, "project_id": self.project_id, "workflow_id": self.workflow_id,
            "workflow_version": self.workflow_version, "subject_id": self.subject_id,
            "user_id": self.user_id, "annotations": copy.deepcopy(self.annotations),
            "metadata": copy.deepcopy(self.metadata), "subject": copy.deepcopy(self.subject),
            "created_at": self.created_at, "updated_at": self.updated_at,
        }


def _int_or_none(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def classification_from(data: JSON, subject: JSON | None = None) -> Classification:
    """A Caesar classification from the Panoptes event payload (``Classification.upsert``:
    ``links.subjects[0]``, ``links.user.to_i``, annotations parsed)."""
    links = data.get("links") or {}
    subjects = links.get("subjects") or []
    metadata = data.get("metadata")
    return Classification(
        id=_int_or_none(data.get("id")), project_id=_int_or_none(links.get("project")),
        workflow_id=_int_or_none(links.get("workflow")),
        subject_id=_int_or_none(subjects[0]) if subjects else None,
        user_id=_int_or_none(links.get("user")),
        annotations=parse_annotations(data.get("annotations") or []),
        metadata=metadata if isinstance(metadata, dict) else {},
        created_at=data.get("created_at"), updated_at=data.get("updated_at"), subject=subject)


# ----- versions (Extractor#too_old?: Gem::Version) ------------------------------------------

_GEM_VERSION = re.compile(r"[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?")


def gem_version(text: Any) -> list[int | str]:
    """``Gem::Version.new(text).canonical_segments``-like list (``"1.10"`` > ``"1.9"``)."""
    value = str(text).strip()
    if value == "":
        return [0]
    if not _GEM_VERSION.fullmatch(value):
        raise PipelineError(f"Malformed version number string {text}")
    parts: list[int | str] = [int(p) if p.isdigit() else p
                              for p in re.findall(r"[0-9]+|[a-zA-Z]+", value.replace("-", ".pre."))]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return parts


def version_less(a: Any, b: Any) -> bool:
    """``Gem::Version.new(a) < Gem::Version.new(b)``: a letter segment is a prerelease."""
    left, right = gem_version(a), gem_version(b)
    for index in range(max(len(left), len(right))):
        x = left[index] if index < len(left) else 0
        y = right[index] if index < len(right) else 0
        if x == y:
            continue
        if isinstance(x, str) and isinstance(y, int):
            return True
        if isinstance(x, int) and isinstance(y, str):
            return False
        return bool(x < y)  # type: ignore[operator]
    return False


# ----- extractors (app/models/extractors/*.rb) ----------------------------------------------

SHAPE_PARAMS: dict[str, tuple[str, ...]] = {
    # panoptes_aggregation/shape_tools.py SHAPE_LUT (the shapes Caesar's ShapeExtractor allows)
    "circle": ("x", "y", "r"),
    "column": ("x", "width"),
    "ellipse": ("x", "y", "rx", "ry", "angle"),
    "fullWidthLine": ("y",),
    "fullHeightLine": ("x",),
    "line": ("x1", "y1", "x2", "y2"),
    "point": ("x", "y"),
    "rectangle": ("x", "y", "width", "height"),
    "rotateRectangle": ("x", "y", "width", "height", "angle"),
    "triangle": ("x", "y", "r", "angle"),
    "fan": ("x", "y", "radius", "spread", "rotation"),
}


def short_type(sti: str) -> str:
    """``Extractors::QuestionExtractor`` → ``question`` (the request names)."""
    name = sti.rsplit("::", 1)[-1]
    name = re.sub(r"(Extractor|Reducer)$", "", name)
    special = {"PluckField": "pluck_field", "FirstExtract": "first_extract",
               "SummaryStatistics": "summary_stats", "UniqueCount": "unique_count"}
    return special.get(name, name.lower())


def extract(extractor: JSON, classification: Classification, post: Post | None = None) -> Any:
    """``Extractor#process``: the extract data of one classification, or :data:`NO_DATA`.

    ``NO_DATA`` also when the classification's workflow version is older than the extractor's
    ``minimum_workflow_version`` (``app/models/extractor.rb#too_old?``).
    """
    minimum = extractor.get("minimum_workflow_version")
    version = classification.workflow_version
    if present(version) and present(minimum) and version_less(version, minimum):
        return NO_DATA
    config = extractor.get("config") or {}
    kind = short_type(str(extractor.get("type", "")))
    if kind == "blank":
        return extract_blank(config, classification)
    if kind == "question":
        return extract_question(config, classification)
    if kind == "survey":
        return extract_survey(config, classification)
    if kind == "who":
        return {"user_id": classification.user_id}  # who_extractor.rb
    if kind == "pluck_field":
        return extract_pluck_field(config, classification)
    if kind == "shape":
        return extract_shape(config, classification)
    if kind == "external":
        url = config.get("url")
        if blank(url) or post is None:  # http_operation.rb: "Improperly configured endpoint"
            raise PipelineError("Improperly configured endpoint")
        result = post(str(url), classification.prepare())
        return NO_DATA if isinstance(result, str) else result
    raise PipelineError(f"Unknown type {extractor.get('type')}")


def extract_blank(config: JSON, classification: Classification) -> JSON:
    """``blank_extractor.rb``: ``{"blank": true}`` unless the task's first annotation has a
    present value."""
    task = config.get("task_key", "T0")
    annotations = classification.annotations
    first = (annotations.get(task) or [None])[0] if present(annotations) else None
    is_blank = not (present(annotations) and present(annotations.get(task)) and present(first)
                    and present(first.get("value") if isinstance(first, dict) else None))
    return {"blank": is_blank}


def extract_question(config: JSON, classification: Classification) -> Any:
    """``question_extractor.rb``: counts of the answers of task ``task_key`` (a list value
    counts each element); ``if_missing`` error (default) / ignore (``{}``) / reject (no
    extract)."""
    task = config.get("task_key", "T0")
    if task not in classification.annotations:
        mode = config.get("if_missing", "error")
        if mode == "ignore":
            return {}
        if mode == "reject":
            return NO_DATA
        raise PipelineError(f"No annotations for task {task}")
    counts: dict[str, Any] = {}
    for annotation in classification.annotations[task]:
        if not isinstance(annotation, dict) or "value" not in annotation:
            raise PipelineError("key not found: \"value\"")
        value = annotation["value"]
        for key in value if isinstance(value, list) else [value]:
            name = ruby_str(key)
            counts[name] = counts.get(name, 0) + 1
    return counts


def extract_survey(config: JSON, classification: Classification) -> JSON:
    """``survey_extractor.rb``: counts of the chosen species of task ``task_key``;
    ``nothing_here_choice`` when nothing was chosen; ``if_missing`` error / ignore /
    nothing_here."""
    task = config.get("task_key", "T0")
    nothing_here = config.get("nothing_here_choice")
    values = classification.annotations.get(task)
    if values is None:
        mode = config.get("if_missing", "error")
        if mode == "ignore":
            values = []
        elif mode == "nothing_here":
            values = [{"value": [{"choice": nothing_here}]}]
        else:
            raise PipelineError(f"No annotations for task {task}")
    choices: dict[str, int] = {}
    for value in values:
        if not isinstance(value, dict):
            raise PipelineError(f"undefined method 'fetch' for {ruby_class(value)}")
        marks = value.get("value", [])
        if not isinstance(marks, list):
            raise PipelineError(f"undefined method 'each' for {ruby_class(marks)}")
        for mark in marks:
            if not isinstance(mark, dict):
                raise PipelineError(f"undefined method '[]' for {ruby_class(mark)}")
            name = ruby_str(mark.get("choice"))
            choices[name] = choices.get(name, 0) + 1
    if not choices and truthy(nothing_here):
        choices[ruby_str(nothing_here)] = 1
    return choices


def extract_pluck_field(config: JSON, classification: Classification) -> Any:
    """``pluck_field_extractor.rb``: ``{name: value at JSONPath}`` over
    :meth:`Classification.prepare`; one match is the value, several a list; none is nil with
    ``if_missing: ignore``, no extract with ``reject``, else an error."""
    field_map = config.get("field_map")
    if not isinstance(field_map, dict):
        raise PipelineError(f"undefined method 'each' for {ruby_class(field_map)}")
    document = classification.prepare()
    mode = config.get("if_missing", "error")
    out: JSON = {}
    for name, path in field_map.items():
        matches = jsonpath(path, document)
        if not matches:
            if mode == "ignore":
                out[name] = None
                continue
            if mode == "reject":
                return NO_DATA
            raise PipelineError(f"no match for {path!r} (FailedMatch)")
        out[name] = matches[0] if len(matches) == 1 else matches
    return out


def extract_shape(config: JSON, classification: Classification) -> JSON:
    """The shape extractor. Caesar's ``ShapeExtractor`` POSTs the classification to
    aggregation-caesar (``shape_extractor?task_key=T0&shape=point``); the emulator computes what
    that service answers, ported from ``panoptes_aggregation/extractors/shape_extractor.py``:
    per frame, per ``<task>_tool<n>_<param>`` a list of the marks' values, plus
    ``aggregation_version`` (and ``classifier_version`` for classifier 2.0 annotations).

    Unlike the service (which reads ``task``, not ``task_key``, so gets all tasks), only the
    annotations of ``task_key`` are read: a question task next to the drawing would make the real
    service fail.
    """
    shape = config.get("shape")
    if shape not in SHAPE_PARAMS:
        raise PipelineError(f"`shape` must be one of {list(SHAPE_PARAMS)}")
    params = SHAPE_PARAMS[str(shape)]
    task = str(config.get("task_key", "T0"))
    annotations = [a for key, items in classification.annotations.items()
                   if key.split(".")[0] == task for a in items]
    raw_version = str(classification.metadata.get("classifier_version", "1.0"))
    try:
        v2 = not version_less(raw_version, "2.0")
    except PipelineError:
        v2 = False
    if v2:
        annotations = [a for a in annotations if isinstance(a, dict) and
                       a.get("taskType", "drawing") in ("drawing", "dataVisAnnotation")]
    out: JSON = {}
    for annotation in annotations:
        values = annotation.get("value") if isinstance(annotation, dict) else None
        if not isinstance(values, list):
            raise PipelineError(f"'{type(values).__name__}' object is not iterable")
        for value in values:
            if not isinstance(value, dict):
                raise PipelineError("Neither `tool` or `toolIndex` are in the annotation")
            if "tool" in value:
                key = f"{annotation.get('task')}_tool{_py_str(value['tool'])}"
            elif "toolIndex" in value:
                key = f"{annotation.get('task')}_toolIndex{_py_str(value['toolIndex'])}"
            else:
                raise PipelineError("Neither `tool` or `toolIndex` are in the annotation")
            frame = f"frame{_py_str(value.get('frame', 0))}"
            if all(p in value for p in params):
                marks = out.setdefault(frame, {})
                for p in params:
                    if value[p] is not None:
                        marks.setdefault(f"{key}_{p}", []).append(value[p])
                if not marks:
                    del out[frame]
    if v2:
        out["classifier_version"] = raw_version
    out["aggregation_version"] = AGGREGATION_VERSION
    return out


def _py_str(value: Any) -> str:
    """Python's ``'{0}'.format(value)`` (the aggregation service is Python)."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    return str(value)


# ----- JSONPath (the jsonpath gem, as pluck_field uses it) ----------------------------------

_SEGMENT = re.compile(
    r"""\.\.(?P<deep>\*|[^.\[\]]+)?|\.(?P<child>\*|[^.\[\]]+)|\[(?P<bracket>[^\]]*)\]""")


def jsonpath(path: Any, document: Any) -> list[Any]:
    """The values ``path`` selects in ``document`` (``$``, ``.name``, ``['name']``, ``[0]``,
    ``[-1]``, ``[*]``, ``.*``, ``..name``, ``[a,b]``, ``[1:3]``); filters (``[?(...)]``) and
    scripts are not emulated (PipelineError)."""
    if not isinstance(path, str):
        raise PipelineError(f"no implicit conversion of {ruby_class(path)} into String")
    text = path.strip()
    if text.startswith("$"):
        text = text[1:]
    elif text and not text.startswith((".", "[")):
        text = "." + text
    nodes: list[Any] = [document]
    position = 0
    while position < len(text):
        match = _SEGMENT.match(text, position)
        if match is None:
            raise PipelineError(f"unsupported JSONPath {path!r} at {text[position:]!r}")
        position = match.end()
        if match.group("bracket") is not None:
            nodes = [v for node in nodes for v in _select_bracket(node, match.group("bracket"),
                                                                  path)]
        elif match.group("child") is not None:
            nodes = [v for node in nodes for v in _select_name(node, match.group("child"))]
        else:
            name = match.group("deep") or "*"
            nodes = [v for node in nodes for d in _descendants(node)
                     for v in _select_name(d, name)]
    return nodes


def _descendants(node: Any) -> Iterable[Any]:
    yield node
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        yield from _descendants(child)


def _select_name(node: Any, name: str) -> list[Any]:
    if name == "*":
        return list(node.values()) if isinstance(node, dict) else \
            list(node) if isinstance(node, list) else []
    if isinstance(node, dict) and name in node:
        return [node[name]]
    if isinstance(node, list) and re.fullmatch(r"-?\d+", name):
        return _select_index(node, int(name))
    return []


def _select_index(node: list[Any], index: int) -> list[Any]:
    return [node[index]] if -len(node) <= index < len(node) else []


def _select_bracket(node: Any, inside: str, path: str) -> list[Any]:
    inside = inside.strip()
    if inside.startswith(("?", "(")):
        raise PipelineError(f"JSONPath filters and scripts are not emulated: {path!r}")
    if inside == "*":
        return _select_name(node, "*")
    if ":" in inside and not inside.startswith(("'", '"')):
        if not isinstance(node, list):
            return []
        bounds = [int(b) if b.strip() else None for b in inside.split(":")]
        start, stop = bounds[0], bounds[1] if len(bounds) > 1 else None
        step = bounds[2] if len(bounds) > 2 and bounds[2] else 1
        return node[slice(start, stop, step)]
    out: list[Any] = []
    for part in (p.strip() for p in inside.split(",")):
        if len(part) >= 2 and part[0] == part[-1] and part[0] in "'\"":
            out.extend(_select_name(node, part[1:-1]) if part[1:-1] != "*" else
                       ([node["*"]] if isinstance(node, dict) and "*" in node else []))
        elif re.fullmatch(r"-?\d+", part):
            out.extend(_select_index(node, int(part)) if isinstance(node, list) else [])
        else:
            out.extend(_select_name(node, part))
    return out


# ----- extract filters (app/models/extract_filter.rb, filters/*.rb) -------------------------


def _classification_groups(extracts: list[JSON]) -> list[list[JSON]]:
    """``ExtractsForClassification.from``: sorted by ``classification_at``, grouped by
    classification (in order of first appearance)."""
    ordered = sorted(extracts, key=lambda e: (str(e.get("classification_at") or ""), e["id"]))
    groups: dict[Any, list[JSON]] = {}
    for item in ordered:
        groups.setdefault(item.get("classification_id"), []).append(item)
    return list(groups.values())


def ruby_range_slice(items: list[Any], start: int, stop: int) -> list[Any] | None:
    """``array[start..stop]`` (inclusive; negative counts from the end; nil past the end)."""
    size = len(items)
    if start < 0:
        start += size
        if start < 0:
            return None
    if start > size:
        return None
    if stop < 0:
        stop += size
    stop = min(stop, size - 1)
    return items[start:stop + 1] if stop >= start else []


def apply_filters(extracts: list[JSON], filters: Mapping[str, Any],
                  subject_metadata: Callable[[Any], JSON | None] = lambda _: None) -> list[JSON]:
    """``ExtractFilter#apply``: group the extracts by classification, then in order
    ``repeated_classifications`` (keep_first, the default / keep_last / keep_all, per user and
    subject; anonymous classifications are all kept), ``extractor_keys`` (a string or list;
    blank keeps all), ``empty_extracts`` (keep_all / ignore_empty), ``training_behavior``
    (ignore_training / training_only / experiment_only, by subject metadata
    ``#training_subject``) and ``from``/``to`` (an inclusive range of classifications);
    classifications left without extracts are dropped after each step."""
    groups = _classification_groups(extracts)
    repeated = filters.get("repeated_classifications") or "keep_first"
    if repeated == "keep_first":
        groups = _keep_first(groups)
    elif repeated == "keep_last":
        groups = list(reversed(_keep_first(list(reversed(groups)))))
    elif repeated != "keep_all":
        raise PipelineError(f"invalid repeated_classifications {repeated!r}")
    keys = filters.get("extractor_keys") or []
    wanted = keys if isinstance(keys, list) else [keys]
    if present(wanted):
        groups = _nonempty([e for e in g if e.get("extractor_key") in wanted] for g in groups)
    empty = filters.get("empty_extracts") or "keep_all"
    if empty == "ignore_empty":
        groups = _nonempty([e for e in g if present(e.get("data"))] for g in groups)
    elif empty != "keep_all":
        raise PipelineError(f"invalid empty_extracts {empty!r}")
    training = filters.get("training_behavior") or "ignore_training"
    if training in ("training_only", "experiment_only"):
        keep = training == "training_only"
        groups = _nonempty([e for e in g if _training(subject_metadata(e.get("subject_id")))
                            == keep] for g in groups)
    elif training != "ignore_training":
        raise PipelineError(f"invalid training_behavior {training!r}")
    start = ruby_to_i(filters["from"]) if filters.get("from") is not None else 0
    stop = ruby_to_i(filters["to"]) if filters.get("to") is not None else -1
    sliced = ruby_range_slice(groups, start, stop)
    if sliced is None:  # ``extract_groups[subrange]`` is nil: nil.reject raises
        raise PipelineError("undefined method 'reject' for nil (from is past the extracts)")
    return [e for g in _nonempty(sliced) for e in g]


def _nonempty(groups: Iterable[list[JSON]]) -> list[list[JSON]]:
    return [g for g in groups if g]


def _keep_first(groups: list[list[JSON]]) -> list[list[JSON]]:
    """``FilterByRepeatedness#keep_first_user_classification``."""
    seen: dict[Any, set[Any]] = {}
    kept = []
    for group in groups:
        user, subject = group[0].get("user_id"), group[0].get("subject_id")
        if user is not None:
            users = seen.setdefault(subject, set())
            if user in users:
                continue
            users.add(user)
        kept.append(group)
    return kept


def _training(metadata: JSON | None) -> bool:
    """``Subject#training_subject?``."""
    return ruby_str((metadata or {}).get("#training_subject", "false")).lower() == "true"


def group_extracts(extracts: list[JSON],
                   grouping: Mapping[str, Any]) -> list[tuple[Any, list[JSON]]]:
    """``ExtractGrouping#to_h`` as (subgroup, extracts) pairs: ``("_default", extracts)``
    without grouping; else the extracts
    of each classification grouped by the value of ``field_name`` (``extractor_key.field``) in
    that classification's extract of that extractor. Classifications without it are dropped, or
    with ``if_missing: error`` fail the reducer."""
    if blank(grouping):
        return [("_default", extracts)]
    field_name = grouping.get("field_name")
    if not isinstance(field_name, str):
        raise PipelineError(f"undefined method 'split' for {ruby_class(field_name)}")
    parts = field_name.split(".")
    extractor = parts[0] if parts else None
    name = parts[1] if len(parts) > 1 else None
    by_classification: dict[Any, dict[Any, JSON]] = {}
    for item in extracts:
        by_classification.setdefault(item.get("classification_id"), {})[
            item.get("extractor_key")] = item

    def valid(group: dict[Any, JSON]) -> bool:
        data = group[extractor].get("data") if extractor in group else None
        return isinstance(data, dict) and name in data and data[name] is not None

    groups = list(by_classification.values())
    if grouping.get("if_missing") == "error" and not all(valid(g) for g in groups):
        raise PipelineError(f"Missing grouping field '{field_name}'")
    out: dict[str, list[JSON]] = {}
    values: dict[str, Any] = {}
    for group in groups:
        if not valid(group):
            continue
        value = group[extractor]["data"][name]
        token = json.dumps(value, sort_keys=True)  # group_by: 1 and 1.0 are different groups
        values.setdefault(token, value)
        out.setdefault(token, []).extend(group.values())
    return [(values[token], items) for token, items in out.items()]


# ----- reducers (app/models/reducer.rb, reducers/*.rb) --------------------------------------


@dataclass
class Reduction:
    """A reduction being computed: the stored record (None if new), its data and store, and
    the ids of the extracts it has taken in (running reduction)."""

    reducer_key: str
    subgroup: Any
    record: JSON | None = None
    data: Any = None
    store: Any = None
    extract_ids: set[int] = field(default_factory=set)


class ReductionFetcher(Protocol):
    def retrieve(self, reducer_key: str, subgroup: Any) -> Reduction: ...


@dataclass
class StoredReductions:
    """``SubjectReductionFetcher``/``UserReductionFetcher`` over stored records; ``links`` maps a
    reduction id to the ids of the extracts associated with it."""

    records: list[JSON]
    links: Mapping[int, set[int]] = field(default_factory=dict)

    def retrieve(self, reducer_key: str, subgroup: Any) -> Reduction:
        wanted = subgroup_column(subgroup)
        for record in self.records:
            if record.get("reducer_key") == reducer_key and record.get("subgroup") == wanted:
                return Reduction(reducer_key, subgroup, record, copy.deepcopy(record.get("data")),
                                 copy.deepcopy(record.get("store")),
                                 set(self.links.get(record["id"], ())))
        return Reduction(reducer_key, subgroup)


def subgroup_column(value: Any) -> str:
    """A subgroup value as the string column stores it (``true`` → ``"t"``, ``1`` → ``"1"``)."""
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, list | dict):
        return json.dumps(value)
    return ruby_str(value)


@dataclass
class Outbox:
    """What the emulator cannot deliver: the SQS reducer's messages, by queue."""

    sqs: dict[str, list[str]] = field(default_factory=dict)


def reduce(reducer: JSON, extracts: list[JSON], reductions: ReductionFetcher,
           relevant: list[JSON] | None = None, post: Post | None = None,
           subject_metadata: Callable[[Any], JSON | None] = lambda _: None,
           outbox: Outbox | None = None) -> list[Reduction]:
    """``Reducer#process``: group the extracts (``grouping``), then per group take the stored
    reduction (running reduction) or a fresh one (default reduction: data and store emptied),
    drop extracts it already took in, apply the ``filters``, and reduce. Reductions whose data
    is not present (placeholder, an empty first extract, an external 204) are not returned."""
    if not extracts:
        return []
    running = reducer.get("reduction_mode") == "running_reduction"
    out = []
    for key, grouped in group_extracts(extracts, reducer.get("grouping") or {}):
        reduction = reductions.retrieve(str(reducer["key"]), key)
        if running:
            reduction.data = reduction.data or {}
            reduction.store = reduction.store or {}
        else:
            reduction.data, reduction.store = {}, {}
        taken = [e for e in grouped if e["id"] not in reduction.extract_ids]
        filtered = apply_filters(taken, reducer.get("filters") or {}, subject_metadata)
        if not filtered:
            continue
        inputs = _with_relevant(filtered, relevant or [], reducer.get("topic"))
        if reduce_into(reducer, inputs, reduction, post, outbox) is None:
            continue
        if running:
            reduction.extract_ids.update(e["id"] for e in filtered)
        if present(reduction.data):  # ``select { |r| r&.data&.present? }``
            out.append(reduction)
    return out


def _with_relevant(extracts: list[JSON], relevant: list[JSON], topic: Any) -> list[JSON]:
    """``Reducer#add_relevant_reductions``: each extract's ``relevant_reduction``, the user
    reduction of its user (subject reducers) or the subject reduction of its subject."""
    by = "user_id" if topic in (None, "reduce_by_subject") else "subject_id"
    out = []
    for item in extracts:
        match = next((r for r in relevant if r.get(by) == item.get(by)), None)
        out.append({**item, "relevant_reduction": match})
    return out


def reduce_into(reducer: JSON, extracts: list[JSON], reduction: Reduction,
                post: Post | None = None, outbox: Outbox | None = None) -> Reduction | None:
    """One reducer type's ``reduce_into`` (mutates and returns ``reduction``; None when the
    external reducer answers nothing)."""
    config = reducer.get("config") or {}
    kind = short_type(str(reducer.get("type", "")))
    if kind == "count":
        _count(extracts, reduction)
    elif kind == "consensus":
        _consensus(config, extracts, reduction)
    elif kind == "placeholder":
        reduction.data = None  # placeholder_reducer.rb
    elif kind == "first_extract":
        if blank(reduction.data):  # first_extract_reducer.rb
            first = extracts[0].get("data") if extracts else None
            reduction.data = first if first is not None else {}
    elif kind == "stats":
        _stats(extracts, reduction)
    elif kind == "summary_stats":
        SummaryStatistics(config, extracts, reduction).run()
    elif kind == "unique_count":
        _unique_count(config, extracts, reduction)
    elif kind == "external":
        return _external(reducer, config, extracts, reduction, post)
    elif kind == "sqs":
        _sqs(config, extracts, reduction, outbox)
    elif kind == "rectangle":
        raise PipelineError(
            "the rectangle reducer is DBSCAN run by aggregation-caesar.zooniverse.org, which "
            "the offline emulator does not call")
    else:
        raise PipelineError(f"Unknown type {reducer.get('type')}")
    return reduction


def _count(extracts: list[JSON], reduction: Reduction) -> None:
    """``count_reducer.rb``: distinct classifications and extracts (added to the previous counts
    in running reduction)."""
    data = reduction.data if isinstance(reduction.data, dict) else {}
    previous = (data.get("classifications", 0), data.get("extracts", 0))
    if not all(_number(n) for n in previous):
        raise PipelineError("nil can't be coerced into Integer")
    reduction.data = {
        "classifications": len({e.get("classification_id") for e in extracts}) + previous[0],
        "extracts": len(extracts) + previous[1],
    }


def _consensus(config: JSON, extracts: list[JSON], reduction: Reduction) -> None:
    """``consensus_reducer.rb``: votes for each extract's sorted keys joined by ``+``; the most
    voted (the later one on a tie, as ``CountingHash#max``'s reduce), its votes, agreement."""
    counter: dict[str, Any] = dict(reduction.store) if isinstance(reduction.store, dict) else {}
    for item in extracts:
        data = item.get("data")
        if truthy(config.get("ignore_empty_extracts", False)) and blank(data):
            continue
        if not isinstance(data, dict):
            raise PipelineError(f"undefined method 'keys' for {ruby_class(data)}")
        key = "+".join(sorted(data))
        counter[key] = counter.get(key, 0) + 1
    best: tuple[Any, Any] = (None, 0)
    for index, entry in enumerate(counter.items()):
        best = entry if index == 0 or not best[1] > entry[1] else best
    reduction.store = counter
    most_likely, votes = best
    if votes > 0:
        reduction.data = {"most_likely": most_likely, "num_votes": votes,
                          "agreement": float(votes) / sum(counter.values())}
    else:
        reduction.data = {"num_votes": votes}


def _stats(extracts: list[JSON], reduction: Reduction) -> None:
    """``stats_reducer.rb``: the sum of each key over the extracts (true counts 1, false 0)."""
    totals: dict[str, Any] = dict(reduction.data) if isinstance(reduction.data, dict) else {}
    for item in extracts:
        data = item.get("data")
        if not isinstance(data, dict):
            raise PipelineError(f"undefined method 'each' for {ruby_class(data)}")
        for key, value in data.items():
            amount = (1 if value else 0) if isinstance(value, bool) else value
            if not _number(amount):
                raise PipelineError(f"{ruby_class(amount)} can't be coerced into Integer")
            current = totals.get(key, 0)
            if not _number(current):
                raise PipelineError(f"undefined method '+' for {ruby_class(current)}")
            totals[key] = current + amount
    reduction.data = totals


def _unique_count(config: JSON, extracts: list[JSON], reduction: Reduction) -> None:
    """``unique_count_reducer.rb``: the number of distinct values of ``field`` (a list value
    counts as its sorted elements joined by ``+``; an extract without it counts as nil)."""
    store = reduction.store if isinstance(reduction.store, dict) else {}
    items = list(store.get("items", []))
    name = config.get("field")
    for item in extracts:
        data = item.get("data")
        if not isinstance(data, dict):
            raise PipelineError(f"undefined method 'key?' for {ruby_class(data)}")
        value = None
        if name in data:
            value = data[name]
            if isinstance(value, list):
                try:
                    value = "+".join(ruby_str(v) for v in sorted(value))
                except TypeError:
                    raise PipelineError("comparison of Array elements failed") from None
        items.append(value)
    unique: dict[str, Any] = {}
    for value in items:
        unique.setdefault(json.dumps(value, sort_keys=True), value)
    reduction.store = {**store, "items": list(unique.values())}
    reduction.data = len(unique)


def _external(reducer: JSON, config: JSON, extracts: list[JSON], reduction: Reduction,
              post: Post | None) -> Reduction | None:
    """``external_reducer.rb`` + ``http_reduction.rb``: POST the extracts (running reduction:
    ``{extracts, store}``); the answer ``{data, store}`` or the data (with ``_store``)."""
    url = config.get("url")
    if blank(url) or post is None:
        raise PipelineError("Improperly configured endpoint")
    if reducer.get("reduction_mode") == "running_reduction":
        payload: Any = {"extracts": extracts, "store": reduction.store}
    else:
        payload = extracts
    result = post(str(url), payload)
    if result is NO_DATA or isinstance(result, str):
        result = None
    if isinstance(result, dict) and present(result) and sorted(result) == ["data", "store"]:
        reduction.data, reduction.store = result["data"], result["store"]
    else:
        reduction.data = result
        if isinstance(result, dict) and "_store" in result:
            reduction.store = result["_store"]
            reduction.data = {k: v for k, v in result.items() if k != "_store"}
    return reduction


def _sqs(config: JSON, extracts: list[JSON], reduction: Reduction, outbox: Outbox | None) -> None:
    """``sqs_reducer.rb``: each extract (without timestamps, key and workflow) is a message on
    the queue; the data is ``"dispatched"``."""
    queue = config.get("queue_url") or config.get("queue_name")
    if blank(queue):
        raise PipelineError("Please specify either a queue name or a queue url")
    for item in extracts:
        body = {k: v for k, v in item.items() if k not in (
            "created_at", "updated_at", "extractor_key", "workflow_id", "relevant_reduction")}
        if outbox is not None:
            outbox.sqs.setdefault(str(queue), []).append(json.dumps(body))
    if blank(reduction.data):
        reduction.data = "dispatched"


class SummaryStatistics:
    """``summary_statistics_reducer.rb``: ``operations`` (count, min, max, sum, product, mean,
    sse, variance, stdev, first, median, mode) over the numbers at ``summarize_field``
    (``extractor_key.field`` or ``field``); running reduction keeps its state in the store."""

    VALID = ("count", "min", "max", "sum", "product", "mean", "sse", "variance", "stdev",
             "first", "median", "mode")

    def __init__(self, config: JSON, extracts: list[JSON], reduction: Reduction) -> None:
        self.config, self.extracts, self.reduction = config, extracts, reduction
        self.old: JSON = reduction.store if isinstance(reduction.store, dict) else {}
        self.new: JSON = {}
        self.memo: JSON = {}
        self._values: list[float] | None = None

    def run(self) -> None:
        operations = self.config.get("operations")
        wanted = list(dict.fromkeys(operations)) if isinstance(operations, list) else [operations]
        result = {op: self.op(op) for op in wanted if op in self.VALID}
        self.reduction.store, self.reduction.data = self.new, result

    def op(self, name: str) -> Any:
        if name not in self.memo or self.memo[name] is None:
            self.memo[name] = getattr(self, f"_{name}")()
        return self.memo[name]

    def get(self, key: str, default: Any) -> Any:
        value = self.old.get(key, default)
        return default if value is None else value

    def put(self, key: str, value: Any) -> Any:
        self.new[key] = value
        return value

    @property
    def field_parts(self) -> tuple[str | None, str]:
        summarize = str(self.config.get("summarize_field") or "")
        if "." not in summarize:
            return None, summarize
        parts = summarize.split(".")
        return (parts[0] or None), (parts[1] if len(parts) > 1 else "")

    @property
    def values(self) -> list[float]:
        if self._values is None:
            extractor, name = self.field_parts
            relevant = [e for e in self.extracts
                        if extractor is None or e.get("extractor_key") == extractor]
            out = []
            for item in relevant:
                data = item.get("data")
                value = data.get(name) if isinstance(data, dict) else None
                if present(value) or _number(value):
                    out.append(ruby_to_f(value))
            self._values = out
        return self._values

    def _count(self) -> Any:
        return self.put("count", len(self.values) + self.get("count", 0))

    def _extreme(self, key: str, pick: Callable[[list[float]], float], better: str) -> Any:
        old = self.get(key, None)
        new = pick(self.values) if self.values else None
        if blank(old):
            value = new
        elif new is None:
            raise PipelineError(f"comparison of Float with nil failed ({key})")
        else:
            value = old if ruby_compare(better, old, new) else new
        return self.put(key, value)

    def _min(self) -> Any:
        return self._extreme("min", min, "<")

    def _max(self) -> Any:
        return self._extreme("max", max, ">")

    def _first(self) -> Any:
        old = self.get("first", None)
        return self.put("first", old if old is not None else
                        (self.values[0] if self.values else None))

    def _sum(self) -> Any:
        if not self.values:
            raise PipelineError("undefined method '+' for nil (no values to sum)")
        return self.put("sum", _ruby_sum(self.values) + self.get("sum", 0))

    def _product(self) -> Any:
        if not self.values:
            raise PipelineError("undefined method '*' for nil (no values to multiply)")
        product = 1.0
        for value in self.values:
            product *= value
        return self.put("product", product * self.get("product", 1))

    def _mean(self) -> Any:
        total, count = self.op("sum"), self.op("count")
        mean = None if total is None or count is None else _ruby_div(total, count)
        return self.put("mean", mean)

    def _sse(self) -> Any:
        sse = self.get("sse", 0)
        count = self.get("count", 0)
        mean = self.get("mean", 0)
        for value in self.values:
            count += 1
            delta = value - mean
            mean = mean + _ruby_div(delta, count)
            sse += delta * (value - mean)
        if "count" not in self.new:
            self.put("count", self.op("count"))
        self.put("mean", self.op("mean"))  # ``@new_store.key("mean")`` is Hash#key: always nil
        return self.put("sse", sse)

    def _variance(self) -> Any:
        sse, count = self.op("sse"), self.op("count")
        value = None if sse is None or count < 2 else _ruby_div(sse, count - 1)
        return self.put("variance", value)

    def _stdev(self) -> Any:
        variance = self.op("variance")
        if variance is None:
            return None
        if variance < 0:
            raise PipelineError("Numerical argument is out of domain - \"sqrt\"")
        return math.sqrt(variance)

    def _median(self) -> Any:
        count = self.op("count")
        if count < 1:
            return None
        ordered = self._sorted()
        try:
            return (ordered[(count - 1) // 2] + ordered[count // 2]) / 2.0
        except IndexError:
            raise PipelineError("undefined method '+' for nil (median of a partial store)") \
                from None

    def _sorted(self) -> list[float]:
        if "sorted_values" not in self.memo:
            previous = self.get("sorted_values", [])
            self.memo["sorted_values"] = sorted([*previous, *self.values])
        return self.put("sorted_values", self.memo["sorted_values"])  # type: ignore[no-any-return]

    def _mode(self) -> Any:
        frequencies = self._frequencies()
        if not frequencies:
            raise PipelineError("undefined method 'first' for nil (mode of no values)")
        ranked = sorted(frequencies.items(), key=lambda kv: kv[1])
        return self.put("mode", ruby_to_f(ranked[-1][0]))

    def _frequencies(self) -> dict[str, int]:
        if "frequencies" not in self.memo:
            merged = dict(self.get("frequencies", {}))
            for value in self.values:
                key = ruby_float_str(value)
                merged[key] = merged.get(key, 0) + 1
            self.memo["frequencies"] = merged
        return self.put("frequencies", self.memo["frequencies"])  # type: ignore[no-any-return]


def _ruby_sum(values: list[float]) -> float:
    total = values[0]
    for value in values[1:]:
        total += value
    return total


def _ruby_div(a: Any, b: Any) -> Any:
    """``a / b``: integer division for integers (floored), IEEE for floats."""
    if isinstance(a, int) and isinstance(b, int) and not isinstance(a, bool):
        if b == 0:
            raise PipelineError("divided by 0")
        return a // b
    a, b = float(a), float(b)
    if b == 0.0:
        if a == 0.0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


# ----- rule conditions (app/models/conditions/*.rb, rule_bindings.rb) ------------------------

_MISSING: Any = object()


@dataclass
class Bound:
    """What a rule binding names: a reduction (or the subject) with its ``data``."""

    data: Any
    record: JSON | None = None


class Bindings(Protocol):
    def fetch(self, key: Any, default: Any = _MISSING) -> Any: ...


class RuleBindings:
    """``RuleBindings``: reductions by reducer key (the last one of a key wins, as
    ``index_by``), plus ``subject`` (its metadata and ``zooniverse_subject_id``) for subject
    rules. ``fetch("key.field", default)`` is that reduction's data field (nil → default);
    ``fetch("key")`` the reduction itself."""

    def __init__(self, reductions: Iterable[JSON], subject: JSON | None) -> None:
        self.reductions: dict[Any, Bound] = {
            r.get("reducer_key"): Bound(r.get("data"), r) for r in reductions}
        if subject is not None:
            metadata = subject.get("metadata")
            self.reductions["subject"] = Bound(
                {**(metadata if isinstance(metadata, dict) else {}),
                 "zooniverse_subject_id": subject.get("id")})

    def fetch(self, key: Any, default: Any = None) -> Any:
        if default is _MISSING:
            default = None
        if not isinstance(key, str):
            raise PipelineError(f"undefined method 'split' for {ruby_class(key)}")
        parts = key.split(".")
        while parts and parts[-1] == "":  # Ruby's split drops trailing empty fields
            parts.pop()
        reducer_key = parts[0] if parts else None
        if reducer_key not in self.reductions:
            return default
        bound = self.reductions[reducer_key]
        if len(parts) < 2:
            return bound
        if not isinstance(bound.data, dict):
            raise PipelineError(f"undefined method 'fetch' for {ruby_class(bound.data)}")
        value = bound.data.get(parts[1], default)
        return default if value is None else value


class HashBindings:
    """The plain hash ``any``/``all`` bind each entry to: ``{"key" => k, "value" => v}``
    (``Hash#fetch``: a stored nil is returned; a missing key without default raises)."""

    def __init__(self, values: JSON) -> None:
        self.values = values

    def fetch(self, key: Any, default: Any = _MISSING) -> Any:
        if key in self.values:
            return self.values[key]
        if default is _MISSING:
            raise PipelineError(f"key not found: {_inspect(key)}")
        return default


def _at(config: Any, index: int) -> Any:
    if isinstance(config, list):
        return config[index] if index < len(config) else None
    raise PipelineError(f"undefined method '[]' for {ruby_class(config)}")


def evaluate(condition: Any, bindings: Bindings) -> Any:
    """``Conditions::FromConfig.build(condition).apply(bindings)`` with Ruby semantics: the
    value (a rule fires when it is truthy: anything but nil and false)."""
    op = ruby_str(_at(condition, 0))
    args: list[Any] = condition[1:]
    if op == "const":
        return _at(condition, 1)
    if op == "lookup":
        if len(args) != 2:
            raise PipelineError("Not enough arguments given to lookup")
        return bindings.fetch(args[0], args[1])
    if op == "not":
        return not truthy(evaluate(_at(condition, 1), bindings))
    if op == "and":
        memo: Any = True
        for item in args:
            if truthy(memo):
                memo = evaluate(item, bindings)
        return memo
    if op == "or":
        memo = False
        for item in args:
            if not truthy(memo):
                memo = evaluate(item, bindings)
        return memo
    if op in ("eq", "lt", "lte", "gt", "gte"):
        return _comparison(op, args, bindings)
    if op in ("any", "all"):
        return _quantifier(op, _at(condition, 1), _at(condition, 2), bindings)
    if op in ("+", "-", "*", "/", "%"):
        return _calculate(op, [evaluate(item, bindings) for item in args])
    if op in ("upcase", "downcase", "int", "to_i", "float", "to_f"):
        return _transform(op, evaluate(_at(condition, 1), bindings))
    raise PipelineError(f"Unknown rule type: {op} (in {json.dumps(condition)})")


def _comparison(op: str, args: list[Any], bindings: Bindings) -> bool:
    """``Conditions::Comparison``: a chain (``a < b < c``) evaluated lazily; one operand is its
    own truthiness, none is false."""
    symbol = {"lt": "<", "lte": "<=", "gt": ">", "gte": ">="}.get(op)
    if not args:
        return False
    memo = evaluate(args[0], bindings)
    for item in args[1:]:
        value = evaluate(item, bindings)
        ok = ruby_eq(memo, value) if symbol is None else ruby_compare(symbol, memo, value)
        if not ok:
            return False
        memo = value
    return truthy(memo)


def _quantifier(op: str, name: Any, inner: Any, bindings: Bindings) -> bool:
    """``Conditions::Any``/``All``: the condition over each entry of a reduction's data hash."""
    bound = bindings.fetch(name) if not isinstance(bindings, RuleBindings) else \
        bindings.fetch(name, None)
    if bound is None:
        raise PipelineError(f"key not found: {_inspect(name)}")
    data = bound.data if isinstance(bound, Bound) else _MISSING
    if data is _MISSING:
        raise PipelineError(f"undefined method 'data' for {ruby_class(bound)}")
    if not isinstance(data, dict):
        raise PipelineError(f"undefined method 'keys' for {ruby_class(data)}")
    results = (truthy(evaluate(inner, HashBindings({"key": k, "value": v})))
               for k, v in data.items())
    return any(results) if op == "any" else all(results)


def _calculate(op: str, values: list[Any]) -> Any:
    """``Conditions::Calculator``: a left fold (``/`` converts every value to a float)."""
    if not values:
        return None
    if op == "/":
        values = [ruby_to_f(v) for v in values]
    result = values[0]
    for value in values[1:]:
        result = _arithmetic(op, result, value)
    return result


def _arithmetic(op: str, a: Any, b: Any) -> Any:
    if _number(a) and _number(b):
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return _ruby_div(a, b)
        if b == 0:
            if isinstance(a, int) and isinstance(b, int):
                raise PipelineError("divided by 0")
            return math.nan
        return a % b
    if op == "+" and isinstance(a, str) and isinstance(b, str):
        return a + b
    if op == "+" and isinstance(a, list) and isinstance(b, list):
        return a + b
    if op == "-" and isinstance(a, list) and isinstance(b, list):
        return [x for x in a if not any(ruby_eq(x, y) for y in b)]
    if op == "*" and isinstance(a, str | list) and isinstance(b, int) and \
            not isinstance(b, bool):
        if b < 0:
            raise PipelineError("negative argument")
        return a * b
    if op == "*" and isinstance(a, list) and isinstance(b, str):
        return b.join(ruby_str(x) for x in a)
    if a is None or isinstance(a, bool):
        raise PipelineError(f"undefined method '{op}' for {ruby_class(a)}")
    raise PipelineError(f"{ruby_class(b)} can't be coerced into {ruby_class(a)} ({op})")


def _transform(op: str, value: Any) -> Any:
    """``Conditions::TextTransform``."""
    if op in ("upcase", "downcase"):
        if not isinstance(value, str):
            raise PipelineError(f"Cannot {op} for non-string type {ruby_class(value)}")
        return value.upper() if op == "upcase" else value.lower()
    if op in ("int", "to_i"):
        if not (isinstance(value, str) or (isinstance(value, int) and
                                           not isinstance(value, bool))):
            raise PipelineError(f"Cannot convert type {ruby_class(value)} to integer")
        return ruby_to_i(value)
    if not (isinstance(value, str) or _number(value)):
        raise PipelineError(
            f"Cannot run text transformation in rules for type {ruby_class(value)}")
    return ruby_to_f(value)


# ----- the CSV of data requests (app/models/exporters/csv_exporter.rb) ----------------------

#: ``attribute_names - %w[data store]`` of each exported model, in column order (db/schema.rb).
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "extracts": ("id", "classification_id", "classification_at", "extractor_key", "workflow_id",
                 "user_id", "subject_id", "created_at", "updated_at", "project_id",
                 "workflow_version", "machine_data"),
    "subject_reductions": ("id", "reducer_key", "workflow_id", "subject_id", "created_at",
                           "updated_at", "subgroup", "lock_version", "reducible_id",
                           "reducible_type"),
    "user_reductions": ("id", "reducer_key", "workflow_id", "user_id", "subgroup", "created_at",
                        "updated_at", "lock_version", "reducible_id", "reducible_type"),
}
_TIME_COLUMNS = frozenset({"classification_at", "created_at", "updated_at"})
_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z")


def csv_export(table: str, rows: list[JSON]) -> bytes:
    """``Exporters::CsvExporter#dump``: the model's columns, then ``data.<key>`` for every key
    of the rows' object data (sorted); rows by id. Cells as Ruby's CSV writes them
    (``format_item``): blank values (nil, "", [], {}) are ``""``, false stays ``false``, times
    are ``2024-01-02 03:04:05 UTC``, arrays and hashes JSON."""
    columns = CSV_COLUMNS[table]
    keys = sorted({k for r in rows if isinstance(r.get("data"), dict) for k in r["data"]})
    lines = [_csv_line([*columns, *(f"data.{k}" for k in keys)])]
    for row in sorted(rows, key=lambda r: r["id"]):
        data: JSON = row["data"] if isinstance(row.get("data"), dict) else {}
        cells = [_csv_cell(row.get(c), c in _TIME_COLUMNS) for c in columns]
        cells += [_csv_cell(data.get(k), False) for k in keys]
        lines.append(_csv_line(cells))
    return "".join(lines).encode()


def _csv_cell(value: Any, is_time: bool) -> str:
    if value is False:
        return "false"
    if blank(value):
        return ""
    if value is True:
        return "true"
    if isinstance(value, float):
        return ruby_float_str(value)
    if isinstance(value, list | dict):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    text = str(value)
    if is_time:
        match = _ISO.fullmatch(text)
        if match:
            return f"{match.group(1)} {match.group(2)} UTC"
    return text


def _csv_line(cells: list[str]) -> str:
    """One row as Ruby's CSV writes it: empty fields quoted (``quote_empty``), a field quoted
    when it holds a comma, quote or line break, rows ended by ``\\n``."""
    out = []
    for cell in cells:
        if cell == "" or any(ch in cell for ch in ',"\r\n'):
            out.append('"' + cell.replace('"', '""') + '"')
        else:
            out.append(cell)
    return ",".join(out) + "\n"
