from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_links import UserLinks


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A volunteer's identity. Attributes marked "me only" are serialized only to the user themself (`GET /api/me`, or the
    own record) and to admins; they are absent otherwise.

        Example:
            {'id': '1', 'href': '/users/1', 'type': 'users', 'login': 'stuart', 'display_name': 'Stuart', 'credited_name':
                'Dr. Stuart Lynn', 'avatar_src': None, 'private_profile': False, 'created_at': '2014-03-20T00:15:47Z',
                'updated_at': '2014-09-30T10:20:32Z', 'email': 'stuart@zooniverse.org', 'languages': ['en-gb', 'es-mx'],
                'global_email_communication': True, 'project_email_communication': True, 'beta_email_communication': False,
                'zooniverse_id': '123432', 'links': {}}

    """

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    """ Relative path without `/api`, e.g. `/users/1`. """
    type_: str | Unset = UNSET
    """ Always `users`. """
    login: str | Unset = UNSET
    display_name: str | Unset = UNSET
    credited_name: None | str | Unset = UNSET
    """ Name used to credit the volunteer on papers and posters; serialized as `login` when blank or when it
    contains `@`. """
    avatar_src: None | str | Unset = UNSET
    """ URL of the avatar image, if any. """
    private_profile: bool | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    email: None | str | Unset = UNSET
    """ Me only. """
    languages: list[str] | Unset = UNSET
    """ Me only. Language codes, most preferred first. """
    global_email_communication: bool | None | Unset = UNSET
    """ Me only. """
    project_email_communication: bool | None | Unset = UNSET
    """ Me only. """
    beta_email_communication: bool | None | Unset = UNSET
    """ Me only. """
    nasa_email_communication: bool | None | Unset = UNSET
    """ Me only. """
    ux_testing_email_communication: bool | None | Unset = UNSET
    """ Me only. """
    intervention_notifications: bool | None | Unset = UNSET
    """ Me only. """
    subject_limit: int | None | Unset = UNSET
    """ Me only. Maximum number of subjects the user may upload (admins may change it). """
    upload_whitelist: bool | None | Unset = UNSET
    """ Me only. Exempt from the subject upload limit (admins may change it). """
    banned: bool | None | Unset = UNSET
    """ Me only (admins may change it). """
    valid_email: bool | None | Unset = UNSET
    """ Me only (admins may change it). """
    uploaded_subjects_count: int | None | Unset = UNSET
    """ Me only. """
    admin: bool | None | Unset = UNSET
    """ Me only. """
    login_prompt: bool | None | Unset = UNSET
    """ Me only. """
    zooniverse_id: None | str | Unset = UNSET
    """ Me only. """
    confirmed_at: datetime.datetime | None | Unset = UNSET
    """ Me only. """
    links: UserLinks | Unset = UNSET
    """ Always an empty object for users; use the top-level link templates instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        href = self.href

        type_ = self.type_

        login = self.login

        display_name = self.display_name

        credited_name: None | str | Unset
        if isinstance(self.credited_name, Unset):
            credited_name = UNSET
        else:
            credited_name = self.credited_name

        avatar_src: None | str | Unset
        if isinstance(self.avatar_src, Unset):
            avatar_src = UNSET
        else:
            avatar_src = self.avatar_src

        private_profile = self.private_profile

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        global_email_communication: bool | None | Unset
        if isinstance(self.global_email_communication, Unset):
            global_email_communication = UNSET
        else:
            global_email_communication = self.global_email_communication

        project_email_communication: bool | None | Unset
        if isinstance(self.project_email_communication, Unset):
            project_email_communication = UNSET
        else:
            project_email_communication = self.project_email_communication

        beta_email_communication: bool | None | Unset
        if isinstance(self.beta_email_communication, Unset):
            beta_email_communication = UNSET
        else:
            beta_email_communication = self.beta_email_communication

        nasa_email_communication: bool | None | Unset
        if isinstance(self.nasa_email_communication, Unset):
            nasa_email_communication = UNSET
        else:
            nasa_email_communication = self.nasa_email_communication

        ux_testing_email_communication: bool | None | Unset
        if isinstance(self.ux_testing_email_communication, Unset):
            ux_testing_email_communication = UNSET
        else:
            ux_testing_email_communication = self.ux_testing_email_communication

        intervention_notifications: bool | None | Unset
        if isinstance(self.intervention_notifications, Unset):
            intervention_notifications = UNSET
        else:
            intervention_notifications = self.intervention_notifications

        subject_limit: int | None | Unset
        if isinstance(self.subject_limit, Unset):
            subject_limit = UNSET
        else:
            subject_limit = self.subject_limit

        upload_whitelist: bool | None | Unset
        if isinstance(self.upload_whitelist, Unset):
            upload_whitelist = UNSET
        else:
            upload_whitelist = self.upload_whitelist

        banned: bool | None | Unset
        if isinstance(self.banned, Unset):
            banned = UNSET
        else:
            banned = self.banned

        valid_email: bool | None | Unset
        if isinstance(self.valid_email, Unset):
            valid_email = UNSET
        else:
            valid_email = self.valid_email

        uploaded_subjects_count: int | None | Unset
        if isinstance(self.uploaded_subjects_count, Unset):
            uploaded_subjects_count = UNSET
        else:
            uploaded_subjects_count = self.uploaded_subjects_count

        admin: bool | None | Unset
        if isinstance(self.admin, Unset):
            admin = UNSET
        else:
            admin = self.admin

        login_prompt: bool | None | Unset
        if isinstance(self.login_prompt, Unset):
            login_prompt = UNSET
        else:
            login_prompt = self.login_prompt

        zooniverse_id: None | str | Unset
        if isinstance(self.zooniverse_id, Unset):
            zooniverse_id = UNSET
        else:
            zooniverse_id = self.zooniverse_id

        confirmed_at: None | str | Unset
        if isinstance(self.confirmed_at, Unset):
            confirmed_at = UNSET
        elif isinstance(self.confirmed_at, datetime.datetime):
            confirmed_at = self.confirmed_at.isoformat()
        else:
            confirmed_at = self.confirmed_at

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if href is not UNSET:
            field_dict["href"] = href
        if type_ is not UNSET:
            field_dict["type"] = type_
        if login is not UNSET:
            field_dict["login"] = login
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if credited_name is not UNSET:
            field_dict["credited_name"] = credited_name
        if avatar_src is not UNSET:
            field_dict["avatar_src"] = avatar_src
        if private_profile is not UNSET:
            field_dict["private_profile"] = private_profile
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if email is not UNSET:
            field_dict["email"] = email
        if languages is not UNSET:
            field_dict["languages"] = languages
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
        if subject_limit is not UNSET:
            field_dict["subject_limit"] = subject_limit
        if upload_whitelist is not UNSET:
            field_dict["upload_whitelist"] = upload_whitelist
        if banned is not UNSET:
            field_dict["banned"] = banned
        if valid_email is not UNSET:
            field_dict["valid_email"] = valid_email
        if uploaded_subjects_count is not UNSET:
            field_dict["uploaded_subjects_count"] = uploaded_subjects_count
        if admin is not UNSET:
            field_dict["admin"] = admin
        if login_prompt is not UNSET:
            field_dict["login_prompt"] = login_prompt
        if zooniverse_id is not UNSET:
            field_dict["zooniverse_id"] = zooniverse_id
        if confirmed_at is not UNSET:
            field_dict["confirmed_at"] = confirmed_at
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_links import UserLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        type_ = d.pop("type", UNSET)

        login = d.pop("login", UNSET)

        display_name = d.pop("display_name", UNSET)

        def _parse_credited_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credited_name = _parse_credited_name(d.pop("credited_name", UNSET))

        def _parse_avatar_src(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_src = _parse_avatar_src(d.pop("avatar_src", UNSET))

        private_profile = d.pop("private_profile", UNSET)

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        def _parse_global_email_communication(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        global_email_communication = _parse_global_email_communication(
            d.pop("global_email_communication", UNSET)
        )

        def _parse_project_email_communication(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        project_email_communication = _parse_project_email_communication(
            d.pop("project_email_communication", UNSET)
        )

        def _parse_beta_email_communication(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        beta_email_communication = _parse_beta_email_communication(
            d.pop("beta_email_communication", UNSET)
        )

        def _parse_nasa_email_communication(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        nasa_email_communication = _parse_nasa_email_communication(
            d.pop("nasa_email_communication", UNSET)
        )

        def _parse_ux_testing_email_communication(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ux_testing_email_communication = _parse_ux_testing_email_communication(
            d.pop("ux_testing_email_communication", UNSET)
        )

        def _parse_intervention_notifications(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        intervention_notifications = _parse_intervention_notifications(
            d.pop("intervention_notifications", UNSET)
        )

        def _parse_subject_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subject_limit = _parse_subject_limit(d.pop("subject_limit", UNSET))

        def _parse_upload_whitelist(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        upload_whitelist = _parse_upload_whitelist(d.pop("upload_whitelist", UNSET))

        def _parse_banned(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        banned = _parse_banned(d.pop("banned", UNSET))

        def _parse_valid_email(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        valid_email = _parse_valid_email(d.pop("valid_email", UNSET))

        def _parse_uploaded_subjects_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        uploaded_subjects_count = _parse_uploaded_subjects_count(
            d.pop("uploaded_subjects_count", UNSET)
        )

        def _parse_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        admin = _parse_admin(d.pop("admin", UNSET))

        def _parse_login_prompt(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        login_prompt = _parse_login_prompt(d.pop("login_prompt", UNSET))

        def _parse_zooniverse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zooniverse_id = _parse_zooniverse_id(d.pop("zooniverse_id", UNSET))

        def _parse_confirmed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmed_at_type_0 = datetime.datetime.fromisoformat(data)

                return confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        confirmed_at = _parse_confirmed_at(d.pop("confirmed_at", UNSET))

        _links = d.pop("links", UNSET)
        links: UserLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = UserLinks.from_dict(_links)

        user = cls(
            id=id,
            href=href,
            type_=type_,
            login=login,
            display_name=display_name,
            credited_name=credited_name,
            avatar_src=avatar_src,
            private_profile=private_profile,
            created_at=created_at,
            updated_at=updated_at,
            email=email,
            languages=languages,
            global_email_communication=global_email_communication,
            project_email_communication=project_email_communication,
            beta_email_communication=beta_email_communication,
            nasa_email_communication=nasa_email_communication,
            ux_testing_email_communication=ux_testing_email_communication,
            intervention_notifications=intervention_notifications,
            subject_limit=subject_limit,
            upload_whitelist=upload_whitelist,
            banned=banned,
            valid_email=valid_email,
            uploaded_subjects_count=uploaded_subjects_count,
            admin=admin,
            login_prompt=login_prompt,
            zooniverse_id=zooniverse_id,
            confirmed_at=confirmed_at,
            links=links,
        )

        user.additional_properties = d
        return user

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
