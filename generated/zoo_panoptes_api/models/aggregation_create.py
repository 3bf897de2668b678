from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aggregation_create_links import AggregationCreateLinks


T = TypeVar("T", bound="AggregationCreate")


@_attrs_define
class AggregationCreate:
    """Writable fields on create (JSON schema; unknown keys → 422). The server adds `links.project` from the workflow,
    calls the aggregation service and sets `task_id` and `status` (`pending`). Only one aggregation per workflow.

    """

    links: AggregationCreateLinks
    uuid: str | Unset = UNSET
    task_id: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values are `created`, `pending`, `completed` and `failed`. """

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        uuid = self.uuid

        task_id = self.task_id

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "links": links,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregation_create_links import AggregationCreateLinks  # noqa: PLC0415

        d = dict(src_dict)
        links = AggregationCreateLinks.from_dict(d.pop("links"))

        uuid = d.pop("uuid", UNSET)

        task_id = d.pop("task_id", UNSET)

        status = d.pop("status", UNSET)

        aggregation_create = cls(
            links=links,
            uuid=uuid,
            task_id=task_id,
            status=status,
        )

        return aggregation_create
