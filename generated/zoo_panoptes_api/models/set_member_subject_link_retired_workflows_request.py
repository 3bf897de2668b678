from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetMemberSubjectLinkRetiredWorkflowsRequest")


@_attrs_define
class SetMemberSubjectLinkRetiredWorkflowsRequest:
    """The body key must equal the link relation, else 422. Values are workflow ids."""

    retired_workflows: int | list[int | str] | str
    """ One id or a list of ids. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retired_workflows: int | list[int | str] | str
        if isinstance(self.retired_workflows, list):
            retired_workflows = []
            for componentsschemas_link_ids_write_type_2_item_data in self.retired_workflows:
                componentsschemas_link_ids_write_type_2_item: int | str
                componentsschemas_link_ids_write_type_2_item = (
                    componentsschemas_link_ids_write_type_2_item_data
                )
                retired_workflows.append(componentsschemas_link_ids_write_type_2_item)

        else:
            retired_workflows = self.retired_workflows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "retired_workflows": retired_workflows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_retired_workflows(data: object) -> int | list[int | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_link_ids_write_type_2 = []
                _componentsschemas_link_ids_write_type_2 = data
                for (
                    componentsschemas_link_ids_write_type_2_item_data
                ) in _componentsschemas_link_ids_write_type_2:

                    def _parse_componentsschemas_link_ids_write_type_2_item(
                        data: object,
                    ) -> int | str:
                        return cast(int | str, data)

                    componentsschemas_link_ids_write_type_2_item = (
                        _parse_componentsschemas_link_ids_write_type_2_item(
                            componentsschemas_link_ids_write_type_2_item_data
                        )
                    )

                    componentsschemas_link_ids_write_type_2.append(
                        componentsschemas_link_ids_write_type_2_item
                    )

                return componentsschemas_link_ids_write_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | list[int | str] | str, data)

        retired_workflows = _parse_retired_workflows(d.pop("retired_workflows"))

        set_member_subject_link_retired_workflows_request = cls(
            retired_workflows=retired_workflows,
        )

        set_member_subject_link_retired_workflows_request.additional_properties = d
        return set_member_subject_link_retired_workflows_request

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
