from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tutorial_step_write import TutorialStepWrite
    from ..models.tutorial_update_configuration import TutorialUpdateConfiguration


T = TypeVar("T", bound="TutorialUpdate")


@_attrs_define
class TutorialUpdate:
    """Writable fields on update; `steps` replaces the whole list."""

    display_name: str | Unset = UNSET
    steps: list[TutorialStepWrite] | Unset = UNSET
    configuration: TutorialUpdateConfiguration | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if steps is not UNSET:
            field_dict["steps"] = steps
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tutorial_step_write import TutorialStepWrite  # noqa: PLC0415
        from ..models.tutorial_update_configuration import TutorialUpdateConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        _steps = d.pop("steps", UNSET)
        steps: list[TutorialStepWrite] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = TutorialStepWrite.from_dict(steps_item_data)

                steps.append(steps_item)

        _configuration = d.pop("configuration", UNSET)
        configuration: TutorialUpdateConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = TutorialUpdateConfiguration.from_dict(_configuration)

        tutorial_update = cls(
            display_name=display_name,
            steps=steps,
            configuration=configuration,
        )

        return tutorial_update
