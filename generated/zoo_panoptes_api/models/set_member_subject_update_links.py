from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetMemberSubjectUpdateLinks")


@_attrs_define
class SetMemberSubjectUpdateLinks:
    retired_workflows: list[int | str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        retired_workflows: list[int | str] | Unset = UNSET
        if not isinstance(self.retired_workflows, Unset):
            retired_workflows = []
            for retired_workflows_item_data in self.retired_workflows:
                retired_workflows_item: int | str
                retired_workflows_item = retired_workflows_item_data
                retired_workflows.append(retired_workflows_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if retired_workflows is not UNSET:
            field_dict["retired_workflows"] = retired_workflows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _retired_workflows = d.pop("retired_workflows", UNSET)
        retired_workflows: list[int | str] | Unset = UNSET
        if _retired_workflows is not UNSET:
            retired_workflows = []
            for retired_workflows_item_data in _retired_workflows:

                def _parse_retired_workflows_item(data: object) -> int | str:
                    return cast(int | str, data)

                retired_workflows_item = _parse_retired_workflows_item(retired_workflows_item_data)

                retired_workflows.append(retired_workflows_item)

        set_member_subject_update_links = cls(
            retired_workflows=retired_workflows,
        )

        return set_member_subject_update_links
