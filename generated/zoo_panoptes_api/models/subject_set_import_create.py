from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_set_import_create_links import SubjectSetImportCreateLinks


T = TypeVar("T", bound="SubjectSetImportCreate")


@_attrs_define
class SubjectSetImportCreate:
    """Writable fields of a new import. Unknown keys are answered with 422. The manifest is a CSV with one row per subject
    and the columns `external_id`, `location:<n>` (media URLs, in order) and `metadata:<key>`.

    """

    links: SubjectSetImportCreateLinks
    source_url: str | Unset = UNSET
    """ Publicly readable URL of the manifest CSV (a malformed URL is answered with 422). """

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        source_url = self.source_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "links": links,
            }
        )
        if source_url is not UNSET:
            field_dict["source_url"] = source_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subject_set_import_create_links import SubjectSetImportCreateLinks  # noqa: PLC0415

        d = dict(src_dict)
        links = SubjectSetImportCreateLinks.from_dict(d.pop("links"))

        source_url = d.pop("source_url", UNSET)

        subject_set_import_create = cls(
            links=links,
            source_url=source_url,
        )

        return subject_set_import_create
