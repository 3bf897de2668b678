from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_message import ErrorMessage
    from ..models.unprocessable_entity_error_errors_type_1 import (
        UnprocessableEntityErrorErrorsType1,
    )


T = TypeVar("T", bound="UnprocessableEntityError")


@_attrs_define
class UnprocessableEntityError:
    """The 422 body. Its shape depends on where validation failed:

    - create of an extractor, reducer or effect: `{"errors": [{"message": "..."}]}`;
    - update through `respond_with`: `{"errors": {"<field>": ["<message>", ...]}}`;
    - unknown extractor/reducer type or a duplicate key (`RecordNotUnique`): `{"error": "..."}`;
    - `ActiveRecord::RecordInvalid` raised elsewhere: the bare model errors hash
      `{"<field>": ["<message>"]}` (hence unknown properties are allowed).

    """

    error: str | Unset = UNSET
    """ A single message (`Unknown type X`, duplicate key, ...). """
    errors: list[ErrorMessage] | UnprocessableEntityErrorErrorsType1 | Unset = UNSET
    """ A list of `{message}` objects (create) or a hash of field name to messages (update). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        errors: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_message import ErrorMessage  # noqa: PLC0415
        from ..models.unprocessable_entity_error_errors_type_1 import (
            UnprocessableEntityErrorErrorsType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        error = d.pop("error", UNSET)

        def _parse_errors(
            data: object,
        ) -> list[ErrorMessage] | UnprocessableEntityErrorErrorsType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = ErrorMessage.from_dict(errors_type_0_item_data)

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            errors_type_1 = UnprocessableEntityErrorErrorsType1.from_dict(data)

            return errors_type_1

        errors = _parse_errors(d.pop("errors", UNSET))

        unprocessable_entity_error = cls(
            error=error,
            errors=errors,
        )

        unprocessable_entity_error.additional_properties = d
        return unprocessable_entity_error

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
