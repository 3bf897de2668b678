from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.extractor_create import ExtractorCreate


T = TypeVar("T", bound="ExtractorCreateRequest")


@_attrs_define
class ExtractorCreateRequest:
    extractor: ExtractorCreate
    """ A new extractor. The type-specific settings are sent at the top level; the server only permits
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
    | `shape` | `shape`; `task_key` ("T0") via `config` | """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extractor = self.extractor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extractor": extractor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extractor_create import ExtractorCreate  # noqa: PLC0415

        d = dict(src_dict)
        extractor = ExtractorCreate.from_dict(d.pop("extractor"))

        extractor_create_request = cls(
            extractor=extractor,
        )

        extractor_create_request.additional_properties = d
        return extractor_create_request

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
