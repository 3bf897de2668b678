from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_text import MessageText
    from ..models.order_meta_type_0 import OrderMetaType0


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """A debit order that sends units of a job to channels. Read-only except `job_id`. After a successful create the body
    may instead be the message `{"success": {"message": "Your job is now collecting judgments!"}}`.

    """

    id: int | Unset = UNSET
    job_id: int | Unset = UNSET
    user_id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    """ e.g. `Debit`. """
    meta: None | OrderMetaType0 | Unset = UNSET
    """ Order details (e.g. units count, channels); not documented. """
    created_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp with offset, e.g. `2018-08-03T20:02:36+00:00` (older responses used other formats, so no
    `format` is asserted). """
    updated_at: None | str | Unset = UNSET
    """ ISO 8601 timestamp with offset, e.g. `2018-08-03T20:02:36+00:00` (older responses used other formats, so no
    `format` is asserted). """
    success: MessageText | Unset = UNSET
    """ The inner message object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_meta_type_0 import OrderMetaType0  # noqa: PLC0415

        id = self.id

        job_id = self.job_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, OrderMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        success: dict[str, Any] | Unset = UNSET
        if not isinstance(self.success, Unset):
            success = self.success.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if meta is not UNSET:
            field_dict["meta"] = meta
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_text import MessageText  # noqa: PLC0415
        from ..models.order_meta_type_0 import OrderMetaType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        job_id = d.pop("job_id", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_meta(data: object) -> None | OrderMetaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = OrderMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderMetaType0 | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _success = d.pop("success", UNSET)
        success: MessageText | Unset
        if isinstance(_success, Unset):
            success = UNSET
        else:
            success = MessageText.from_dict(_success)

        order = cls(
            id=id,
            job_id=job_id,
            user_id=user_id,
            type_=type_,
            meta=meta,
            created_at=created_at,
            updated_at=updated_at,
            success=success,
        )

        order.additional_properties = d
        return order

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
