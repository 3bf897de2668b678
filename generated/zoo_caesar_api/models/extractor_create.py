from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extractor_create_if_missing import (
    ExtractorCreateIfMissing,
    check_extractor_create_if_missing,
)
from ..models.extractor_create_shape import (
    ExtractorCreateShape,
    check_extractor_create_shape,
)
from ..models.extractor_create_type import (
    ExtractorCreateType,
    check_extractor_create_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extractor_create_field_map import ExtractorCreateFieldMap
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ExtractorCreate")


@_attrs_define
class ExtractorCreate:
    """A new extractor. The type-specific settings are sent at the top level; the server only permits
    the fields the chosen type declares itself (others are dropped silently) and stores them in
    `config`. Settings a type inherits (e.g. `task_key` of `shape`) go inside `config` instead.

    | type | settings (server default) |
    |---|---|
    | `blank` | `task_key` ("T0") |
    | `external` | `url` (https; the classification is POSTed there, 200/201/202/204 expected) |
    | `question` | `task_key` ("T0"), `if_missing` (`error` default, `ignore`, `reject`) |
    | `survey` | `task_key` ("T0"), `if_missing` (`error`, `ignore`, `nothing_here`), `nothing_here_choice` |
    | `who` | none (extracts the user id) |
    | `pluck_field` | `field_map`, `if_missing` (`error`, `ignore`, `reject`) |
    | `shape` | `shape`; `task_key` ("T0") via `config` |

    """

    type_: ExtractorCreateType
    """ Short type name: `blank`, `external`, `question`, `survey`, `who`, `pluck_field` or `shape`. Any other value
    is answered with 422 `{"error": "Unknown type X"}`. """
    key: str
    """ Unique per workflow; used as `extractor_key` in extracts and filters. """
    minimum_workflow_version: str | Unset = UNSET
    """ Workflow version (e.g. `"12.34"`, must be > 0) below which classifications are not extracted. """
    task_key: str | Unset = UNSET
    """ Task of the workflow to read (blank, question, survey). Server default `T0`. """
    if_missing: ExtractorCreateIfMissing | Unset = UNSET
    """ What to do when the task has no annotation: `error` (server default), `ignore`, `reject` (question,
    pluck_field) or `nothing_here` (survey). """
    nothing_here_choice: str | Unset = UNSET
    """ Survey choice that means "nothing here" (survey). """
    url: str | Unset = UNSET
    """ HTTPS endpoint that receives each classification (external); `http` is answered 422. """
    field_map: ExtractorCreateFieldMap | Unset = UNSET
    """ `{"<output name>": "<JSONPath into the classification>"}` (pluck_field). """
    shape: ExtractorCreateShape | Unset = UNSET
    """ Shape tool to extract (shape): circle, column, ellipse, fullWidthLine, fullHeightLine, line, point,
    rectangle, rotateRectangle, triangle, fan. """
    config: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        key = self.key

        minimum_workflow_version = self.minimum_workflow_version

        task_key = self.task_key

        if_missing: str | Unset = UNSET
        if not isinstance(self.if_missing, Unset):
            if_missing = self.if_missing

        nothing_here_choice = self.nothing_here_choice

        url = self.url

        field_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_map, Unset):
            field_map = self.field_map.to_dict()

        shape: str | Unset = UNSET
        if not isinstance(self.shape, Unset):
            shape = self.shape

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "key": key,
            }
        )
        if minimum_workflow_version is not UNSET:
            field_dict["minimum_workflow_version"] = minimum_workflow_version
        if task_key is not UNSET:
            field_dict["task_key"] = task_key
        if if_missing is not UNSET:
            field_dict["if_missing"] = if_missing
        if nothing_here_choice is not UNSET:
            field_dict["nothing_here_choice"] = nothing_here_choice
        if url is not UNSET:
            field_dict["url"] = url
        if field_map is not UNSET:
            field_dict["field_map"] = field_map
        if shape is not UNSET:
            field_dict["shape"] = shape
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extractor_create_field_map import ExtractorCreateFieldMap  # noqa: PLC0415
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_extractor_create_type(d.pop("type"))

        key = d.pop("key")

        minimum_workflow_version = d.pop("minimum_workflow_version", UNSET)

        task_key = d.pop("task_key", UNSET)

        _if_missing = d.pop("if_missing", UNSET)
        if_missing: ExtractorCreateIfMissing | Unset
        if isinstance(_if_missing, Unset):
            if_missing = UNSET
        else:
            if_missing = check_extractor_create_if_missing(_if_missing)

        nothing_here_choice = d.pop("nothing_here_choice", UNSET)

        url = d.pop("url", UNSET)

        _field_map = d.pop("field_map", UNSET)
        field_map: ExtractorCreateFieldMap | Unset
        if isinstance(_field_map, Unset):
            field_map = UNSET
        else:
            field_map = ExtractorCreateFieldMap.from_dict(_field_map)

        _shape = d.pop("shape", UNSET)
        shape: ExtractorCreateShape | Unset
        if isinstance(_shape, Unset):
            shape = UNSET
        else:
            shape = check_extractor_create_shape(_shape)

        _config = d.pop("config", UNSET)
        config: JsonObject | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = JsonObject.from_dict(_config)

        extractor_create = cls(
            type_=type_,
            key=key,
            minimum_workflow_version=minimum_workflow_version,
            task_key=task_key,
            if_missing=if_missing,
            nothing_here_choice=nothing_here_choice,
            url=url,
            field_map=field_map,
            shape=shape,
            config=config,
        )

        extractor_create.additional_properties = d
        return extractor_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
