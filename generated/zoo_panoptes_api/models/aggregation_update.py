from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggregationUpdate")


@_attrs_define
class AggregationUpdate:
    """Writable fields on update (normally sent by the aggregation service when a run ends). A status change triggers the
    completion email.

    """

    uuid: str | Unset = UNSET
    task_id: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values are `created`, `pending`, `completed` and `failed`. """

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        task_id = self.task_id

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        task_id = d.pop("task_id", UNSET)

        status = d.pop("status", UNSET)

        aggregation_update = cls(
            uuid=uuid,
            task_id=task_id,
            status=status,
        )

        return aggregation_update
