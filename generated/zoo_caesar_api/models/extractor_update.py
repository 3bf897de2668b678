from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extractor_update_if_missing import (
    ExtractorUpdateIfMissing,
    check_extractor_update_if_missing,
)
from ..models.extractor_update_shape import (
    ExtractorUpdateShape,
    check_extractor_update_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extractor_update_field_map import ExtractorUpdateFieldMap
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ExtractorUpdate")


@_attrs_define
class ExtractorUpdate:
    """Changed extractor settings; every key is optional, but the object must not be empty (400). The type cannot change (a
    `type` key is ignored). Settings follow the same per-type rules as on create.

    """

    key: str | Unset = UNSET
    """ Unique per workflow. """
    minimum_workflow_version: str | Unset = UNSET
    """ Workflow version (must be > 0) below which classifications are not extracted. """
    task_key: str | Unset = UNSET
    """ Task of the workflow to read (blank, question, survey). """
    if_missing: ExtractorUpdateIfMissing | Unset = UNSET
    """ `error`, `ignore`, `reject` (question, pluck_field) or `nothing_here` (survey). """
    nothing_here_choice: str | Unset = UNSET
    """ Survey choice that means "nothing here" (survey). """
    url: str | Unset = UNSET
    """ HTTPS endpoint that receives each classification (external); `http` is answered 422. """
    field_map: ExtractorUpdateFieldMap | Unset = UNSET
    """ `{"<output name>": "<JSONPath into the classification>"}` (pluck_field). """
    shape: ExtractorUpdateShape | Unset = UNSET
    """ Shape tool to extract (shape). """
    config: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
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
        from ..models.extractor_update_field_map import ExtractorUpdateFieldMap  # noqa: PLC0415
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        minimum_workflow_version = d.pop("minimum_workflow_version", UNSET)

        task_key = d.pop("task_key", UNSET)

        _if_missing = d.pop("if_missing", UNSET)
        if_missing: ExtractorUpdateIfMissing | Unset
        if isinstance(_if_missing, Unset):
            if_missing = UNSET
        else:
            if_missing = check_extractor_update_if_missing(_if_missing)

        nothing_here_choice = d.pop("nothing_here_choice", UNSET)

        url = d.pop("url", UNSET)

        _field_map = d.pop("field_map", UNSET)
        field_map: ExtractorUpdateFieldMap | Unset
        if isinstance(_field_map, Unset):
            field_map = UNSET
        else:
            field_map = ExtractorUpdateFieldMap.from_dict(_field_map)

        _shape = d.pop("shape", UNSET)
        shape: ExtractorUpdateShape | Unset
        if isinstance(_shape, Unset):
            shape = UNSET
        else:
            shape = check_extractor_update_shape(_shape)

        _config = d.pop("config", UNSET)
        config: JsonObject | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = JsonObject.from_dict(_config)

        extractor_update = cls(
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

        extractor_update.additional_properties = d
        return extractor_update

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
