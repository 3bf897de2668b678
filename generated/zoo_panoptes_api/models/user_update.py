from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """Only the attributes to change. `subject_limit`, `upload_whitelist`, `banned` and `valid_email` are accepted from
    admins only (422 otherwise); unknown keys are answered with 422.

    """

    login: str | Unset = UNSET
    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    credited_name: str | Unset = UNSET
    global_email_communication: bool | Unset = UNSET
    project_email_communication: bool | Unset = UNSET
    beta_email_communication: bool | Unset = UNSET
    nasa_email_communication: bool | Unset = UNSET
    ux_testing_email_communication: bool | Unset = UNSET
    intervention_notifications: bool | Unset = UNSET
    languages: list[str] | Unset = UNSET
    subject_limit: int | Unset = UNSET
    """ Admins only. """
    upload_whitelist: bool | Unset = UNSET
    """ Admins only. """
    banned: bool | Unset = UNSET
    """ Admins only. """
    valid_email: bool | Unset = UNSET
    """ Admins only. """

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        display_name = self.display_name

        email = self.email

        credited_name = self.credited_name

        global_email_communication = self.global_email_communication

        project_email_communication = self.project_email_communication

        beta_email_communication = self.beta_email_communication

        nasa_email_communication = self.nasa_email_communication

        ux_testing_email_communication = self.ux_testing_email_communication

        intervention_notifications = self.intervention_notifications

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        subject_limit = self.subject_limit

        upload_whitelist = self.upload_whitelist

        banned = self.banned

        valid_email = self.valid_email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if login is not UNSET:
            field_dict["login"] = login
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if credited_name is not UNSET:
            field_dict["credited_name"] = credited_name
        if global_email_communication is not UNSET:
            field_dict["global_email_communication"] = global_email_communication
        if project_email_communication is not UNSET:
            field_dict["project_email_communication"] = project_email_communication
        if beta_email_communication is not UNSET:
            field_dict["beta_email_communication"] = beta_email_communication
        if nasa_email_communication is not UNSET:
            field_dict["nasa_email_communication"] = nasa_email_communication
        if ux_testing_email_communication is not UNSET:
            field_dict["ux_testing_email_communication"] = ux_testing_email_communication
        if intervention_notifications is not UNSET:
            field_dict["intervention_notifications"] = intervention_notifications
        if languages is not UNSET:
            field_dict["languages"] = languages
        if subject_limit is not UNSET:
            field_dict["subject_limit"] = subject_limit
        if upload_whitelist is not UNSET:
            field_dict["upload_whitelist"] = upload_whitelist
        if banned is not UNSET:
            field_dict["banned"] = banned
        if valid_email is not UNSET:
            field_dict["valid_email"] = valid_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login = d.pop("login", UNSET)

        display_name = d.pop("display_name", UNSET)

        email = d.pop("email", UNSET)

        credited_name = d.pop("credited_name", UNSET)

        global_email_communication = d.pop("global_email_communication", UNSET)

        project_email_communication = d.pop("project_email_communication", UNSET)

        beta_email_communication = d.pop("beta_email_communication", UNSET)

        nasa_email_communication = d.pop("nasa_email_communication", UNSET)

        ux_testing_email_communication = d.pop("ux_testing_email_communication", UNSET)

        intervention_notifications = d.pop("intervention_notifications", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        subject_limit = d.pop("subject_limit", UNSET)

        upload_whitelist = d.pop("upload_whitelist", UNSET)

        banned = d.pop("banned", UNSET)

        valid_email = d.pop("valid_email", UNSET)

        user_update = cls(
            login=login,
            display_name=display_name,
            email=email,
            credited_name=credited_name,
            global_email_communication=global_email_communication,
            project_email_communication=project_email_communication,
            beta_email_communication=beta_email_communication,
            nasa_email_communication=nasa_email_communication,
            ux_testing_email_communication=ux_testing_email_communication,
            intervention_notifications=intervention_notifications,
            languages=languages,
            subject_limit=subject_limit,
            upload_whitelist=upload_whitelist,
            banned=banned,
            valid_email=valid_email,
        )

        return user_update
