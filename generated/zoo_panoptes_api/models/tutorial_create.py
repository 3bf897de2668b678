from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tutorial_create_configuration import TutorialCreateConfiguration
    from ..models.tutorial_create_links import TutorialCreateLinks
    from ..models.tutorial_step_write import TutorialStepWrite


T = TypeVar("T", bound="TutorialCreate")


@_attrs_define
class TutorialCreate:
    """Writable fields on create (JSON schema; unknown keys → 422)."""

    steps: list[TutorialStepWrite] | Unset = UNSET
    language: str | Unset = UNSET
    kind: str | Unset = UNSET
    """ Kind of tutorial, e.g. `tutorial` or `mini-course`. """
    display_name: str | Unset = UNSET
    configuration: TutorialCreateConfiguration | Unset = UNSET
    links: TutorialCreateLinks | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        language = self.language

        kind = self.kind

        display_name = self.display_name

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if steps is not UNSET:
            field_dict["steps"] = steps
        if language is not UNSET:
            field_dict["language"] = language
        if kind is not UNSET:
            field_dict["kind"] = kind
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tutorial_create_configuration import TutorialCreateConfiguration  # noqa: PLC0415
        from ..models.tutorial_create_links import TutorialCreateLinks  # noqa: PLC0415
        from ..models.tutorial_step_write import TutorialStepWrite  # noqa: PLC0415

        d = dict(src_dict)
        _steps = d.pop("steps", UNSET)
        steps: list[TutorialStepWrite] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = TutorialStepWrite.from_dict(steps_item_data)

                steps.append(steps_item)

        language = d.pop("language", UNSET)

        kind = d.pop("kind", UNSET)

        display_name = d.pop("display_name", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: TutorialCreateConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = TutorialCreateConfiguration.from_dict(_configuration)

        _links = d.pop("links", UNSET)
        links: TutorialCreateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = TutorialCreateLinks.from_dict(_links)

        tutorial_create = cls(
            steps=steps,
            language=language,
            kind=kind,
            display_name=display_name,
            configuration=configuration,
            links=links,
        )

        return tutorial_create
