r"""SubjectSetImport: an\ import\ of\ subjects\ from\ a\ manifest\ URL."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoo_payloads.panoptes_attributes import SubjectSetImportAttributes

from zoo_sdk.panoptes.objects import PanoptesObject

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import SubjectSetImportLinks


class SubjectSetImport(PanoptesObject, SubjectSetImportAttributes):
    r"""An\ import\ of\ subjects\ from\ a\ manifest\ URL.

    >>> SubjectSetImport.where(page_size=10)   # doctest: +SKIP
    """

    _api_slug = "subject_set_imports"
    _singular = "subject_set_import"
    links: SubjectSetImportLinks
