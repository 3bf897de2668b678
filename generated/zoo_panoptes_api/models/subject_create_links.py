from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.owner_write import OwnerWrite


T = TypeVar("T", bound="SubjectCreateLinks")


@_attrs_define
class SubjectCreateLinks:
    project: int | str
    """ One id in a request body. The server accepts a string of digits or an integer (the panoptes-python-client
    sends strings, panoptescli integers); responses always carry strings. """
    subject_sets: list[int | str] | Unset = UNSET
    owner: OwnerWrite | Unset = UNSET
    """ Polymorphic owner in a request body. """

    def to_dict(self) -> dict[str, Any]:
        project: int | str
        project = self.project

        subject_sets: list[int | str] | Unset = UNSET
        if not isinstance(self.subject_sets, Unset):
            subject_sets = []
            for subject_sets_item_data in self.subject_sets:
                subject_sets_item: int | str
                subject_sets_item = subject_sets_item_data
                subject_sets.append(subject_sets_item)

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project": project,
            }
        )
        if subject_sets is not UNSET:
            field_dict["subject_sets"] = subject_sets
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.owner_write import OwnerWrite  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_project(data: object) -> int | str:
            return cast(int | str, data)

        project = _parse_project(d.pop("project"))

        _subject_sets = d.pop("subject_sets", UNSET)
        subject_sets: list[int | str] | Unset = UNSET
        if _subject_sets is not UNSET:
            subject_sets = []
            for subject_sets_item_data in _subject_sets:

                def _parse_subject_sets_item(data: object) -> int | str:
                    return cast(int | str, data)

                subject_sets_item = _parse_subject_sets_item(subject_sets_item_data)

                subject_sets.append(subject_sets_item)

        _owner = d.pop("owner", UNSET)
        owner: OwnerWrite | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = OwnerWrite.from_dict(_owner)

        subject_create_links = cls(
            project=project,
            subject_sets=subject_sets,
            owner=owner,
        )

        return subject_create_links
