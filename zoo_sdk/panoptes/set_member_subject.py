"""SetMemberSubject: the membership row joining a subject to a subject set."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoo_payloads.panoptes_attributes import SetMemberSubjectAttributes

from zoo_sdk.panoptes.objects import PanoptesObject

if TYPE_CHECKING:
    from zoo_payloads.panoptes_links import SetMemberSubjectLinks


class SetMemberSubject(PanoptesObject, SetMemberSubjectAttributes):
    """``links.subject`` and ``links.subject_set`` of one membership.

    >>> SetMemberSubject.where(subject_set_id=5).count   # doctest: +SKIP
    """

    _api_slug = "set_member_subjects"
    _singular = "set_member_subject"
    links: SetMemberSubjectLinks
