from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_configuration_type_0 import ProjectConfigurationType0
    from ..models.project_links import ProjectLinks
    from ..models.project_url import ProjectUrl


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project: a collection of subjects and task workflows that volunteers perform on the subjects, plus the texts
    describing them. Text fields (`title`, `description`, `introduction`, `workflow_description`, `researcher_quote`,
    `urls` labels) are served in the primary language.

        Example:
            {'id': '1', 'href': '/projects/1', 'display_name': 'Galaxy Zoo', 'title': 'Galaxy Zoo', 'description': 'A
                project about galaxies.', 'introduction': 'Help us classify galaxies.', 'workflow_description': '',
                'researcher_quote': '', 'primary_language': 'en', 'private': False, 'live': True, 'configuration': {'languages':
                ['en']}, 'urls': [{'label': 'Blog', 'url': 'https://blog.example.org'}], 'tags': ['space'], 'mobile_friendly':
                True, 'launch_requested': False, 'beta_requested': False, 'launch_approved': True, 'beta_approved': False,
                'experimental_tools': [], 'redirect': '', 'state': 'live', 'classifications_count': 1000000, 'subjects_count':
                10000, 'retired_subjects_count': 5000, 'classifiers_count': 2300, 'activity': 120, 'completeness': 0.5,
                'available_languages': ['en'], 'slug': 'zooniverse/galaxy-zoo', 'migrated': False, 'launch_date':
                '2014-03-24T10:42:21Z', 'created_at': '2014-03-24T10:42:21Z', 'updated_at': '2014-03-24T10:42:21Z', 'links':
                {'owner': {'id': '2', 'display_name': 'Owner 2', 'type': 'users', 'href': '/users/2'}, 'workflows': ['10'],
                'active_workflows': ['10'], 'subject_sets': ['20'], 'project_roles': ['30'], 'pages': ['40'], 'organizations':
                [], 'avatar': {'href': '/projects/1/avatar', 'type': 'avatars', 'id': '9'}, 'background': {'href':
                '/projects/1/background', 'type': 'backgrounds'}, 'attached_images': {'href': '/projects/1/attached_images',
                'type': 'attached_images', 'ids': []}}}

    """

    id: str
    """ Panoptes ids are always serialized as strings of digits. """
    href: str | Unset = UNSET
    """ Relative URL of the project without `/api`, e.g. `/projects/1`. """
    display_name: str | Unset = UNSET
    title: None | str | Unset = UNSET
    """ Alias of `display_name` kept in the translatable content. """
    description: None | str | Unset = UNSET
    introduction: None | str | Unset = UNSET
    workflow_description: None | str | Unset = UNSET
    researcher_quote: None | str | Unset = UNSET
    primary_language: str | Unset = UNSET
    """ ISO 639 language code, optionally with a region (`en`, `en-us`). """
    private: bool | Unset = UNSET
    live: bool | Unset = UNSET
    configuration: None | ProjectConfigurationType0 | Unset = UNSET
    """ Free-form settings (e.g. `languages`, `template`). """
    urls: list[ProjectUrl] | Unset = UNSET
    """ External links shown on the project page. """
    tags: list[str] | Unset = UNSET
    """ Tag names. """
    mobile_friendly: bool | Unset = UNSET
    launch_requested: bool | Unset = UNSET
    beta_requested: bool | Unset = UNSET
    launch_approved: bool | Unset = UNSET
    """ Set by admins only. """
    beta_approved: bool | Unset = UNSET
    """ Set by admins only. """
    featured: bool | Unset = UNSET
    """ Set by admins only. """
    run_subject_set_completion_events: bool | Unset = UNSET
    """ Set by admins only. """
    experimental_tools: list[str] | Unset = UNSET
    """ Set by admins only. """
    redirect: None | str | Unset = UNSET
    """ URL the project page redirects to (custom front end); set by admins only. """
    state: None | str | Unset = UNSET
    """ `paused` or `finished` when stored; otherwise computed as `live` or `development`. Other values may appear.
    """
    classifications_count: int | Unset = UNSET
    subjects_count: int | Unset = UNSET
    retired_subjects_count: int | Unset = UNSET
    classifiers_count: int | Unset = UNSET
    activity: int | Unset = UNSET
    completeness: float | Unset = UNSET
    """ Fraction of retired subjects, 0.0 to 1.0. """
    available_languages: list[str] | Unset = UNSET
    """ `primary_language` plus `configuration.languages`. """
    slug: str | Unset = UNSET
    """ `<owner login>/<project name>`, lower case. """
    migrated: bool | None | Unset = UNSET
    launch_date: datetime.datetime | None | Unset = UNSET
    """ Set when the project is launch-approved. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    avatar_src: str | Unset = UNSET
    """ Avatar URL; only serialized with `cards=true` (empty string when there is none). """
    links: ProjectLinks | Unset = UNSET
    """ Relations of a project. To-many relations are always present (possibly empty). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_configuration_type_0 import ProjectConfigurationType0  # noqa: PLC0415

        id = self.id

        href = self.href

        display_name = self.display_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        introduction: None | str | Unset
        if isinstance(self.introduction, Unset):
            introduction = UNSET
        else:
            introduction = self.introduction

        workflow_description: None | str | Unset
        if isinstance(self.workflow_description, Unset):
            workflow_description = UNSET
        else:
            workflow_description = self.workflow_description

        researcher_quote: None | str | Unset
        if isinstance(self.researcher_quote, Unset):
            researcher_quote = UNSET
        else:
            researcher_quote = self.researcher_quote

        primary_language = self.primary_language

        private = self.private

        live = self.live

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, ProjectConfigurationType0):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        mobile_friendly = self.mobile_friendly

        launch_requested = self.launch_requested

        beta_requested = self.beta_requested

        launch_approved = self.launch_approved

        beta_approved = self.beta_approved

        featured = self.featured

        run_subject_set_completion_events = self.run_subject_set_completion_events

        experimental_tools: list[str] | Unset = UNSET
        if not isinstance(self.experimental_tools, Unset):
            experimental_tools = self.experimental_tools

        redirect: None | str | Unset
        if isinstance(self.redirect, Unset):
            redirect = UNSET
        else:
            redirect = self.redirect

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        classifications_count = self.classifications_count

        subjects_count = self.subjects_count

        retired_subjects_count = self.retired_subjects_count

        classifiers_count = self.classifiers_count

        activity = self.activity

        completeness = self.completeness

        available_languages: list[str] | Unset = UNSET
        if not isinstance(self.available_languages, Unset):
            available_languages = self.available_languages

        slug = self.slug

        migrated: bool | None | Unset
        if isinstance(self.migrated, Unset):
            migrated = UNSET
        else:
            migrated = self.migrated

        launch_date: None | str | Unset
        if isinstance(self.launch_date, Unset):
            launch_date = UNSET
        elif isinstance(self.launch_date, datetime.datetime):
            launch_date = self.launch_date.isoformat()
        else:
            launch_date = self.launch_date

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

        avatar_src = self.avatar_src

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
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if introduction is not UNSET:
            field_dict["introduction"] = introduction
        if workflow_description is not UNSET:
            field_dict["workflow_description"] = workflow_description
        if researcher_quote is not UNSET:
            field_dict["researcher_quote"] = researcher_quote
        if primary_language is not UNSET:
            field_dict["primary_language"] = primary_language
        if private is not UNSET:
            field_dict["private"] = private
        if live is not UNSET:
            field_dict["live"] = live
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if urls is not UNSET:
            field_dict["urls"] = urls
        if tags is not UNSET:
            field_dict["tags"] = tags
        if mobile_friendly is not UNSET:
            field_dict["mobile_friendly"] = mobile_friendly
        if launch_requested is not UNSET:
            field_dict["launch_requested"] = launch_requested
        if beta_requested is not UNSET:
            field_dict["beta_requested"] = beta_requested
        if launch_approved is not UNSET:
            field_dict["launch_approved"] = launch_approved
        if beta_approved is not UNSET:
            field_dict["beta_approved"] = beta_approved
        if featured is not UNSET:
            field_dict["featured"] = featured
        if run_subject_set_completion_events is not UNSET:
            field_dict["run_subject_set_completion_events"] = run_subject_set_completion_events
        if experimental_tools is not UNSET:
            field_dict["experimental_tools"] = experimental_tools
        if redirect is not UNSET:
            field_dict["redirect"] = redirect
        if state is not UNSET:
            field_dict["state"] = state
        if classifications_count is not UNSET:
            field_dict["classifications_count"] = classifications_count
        if subjects_count is not UNSET:
            field_dict["subjects_count"] = subjects_count
        if retired_subjects_count is not UNSET:
            field_dict["retired_subjects_count"] = retired_subjects_count
        if classifiers_count is not UNSET:
            field_dict["classifiers_count"] = classifiers_count
        if activity is not UNSET:
            field_dict["activity"] = activity
        if completeness is not UNSET:
            field_dict["completeness"] = completeness
        if available_languages is not UNSET:
            field_dict["available_languages"] = available_languages
        if slug is not UNSET:
            field_dict["slug"] = slug
        if migrated is not UNSET:
            field_dict["migrated"] = migrated
        if launch_date is not UNSET:
            field_dict["launch_date"] = launch_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if avatar_src is not UNSET:
            field_dict["avatar_src"] = avatar_src
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_configuration_type_0 import ProjectConfigurationType0  # noqa: PLC0415
        from ..models.project_links import ProjectLinks  # noqa: PLC0415
        from ..models.project_url import ProjectUrl  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href", UNSET)

        display_name = d.pop("display_name", UNSET)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_introduction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        introduction = _parse_introduction(d.pop("introduction", UNSET))

        def _parse_workflow_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_description = _parse_workflow_description(d.pop("workflow_description", UNSET))

        def _parse_researcher_quote(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        researcher_quote = _parse_researcher_quote(d.pop("researcher_quote", UNSET))

        primary_language = d.pop("primary_language", UNSET)

        private = d.pop("private", UNSET)

        live = d.pop("live", UNSET)

        def _parse_configuration(data: object) -> None | ProjectConfigurationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = ProjectConfigurationType0.from_dict(data)

                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectConfigurationType0 | Unset, data)

        configuration = _parse_configuration(d.pop("configuration", UNSET))

        _urls = d.pop("urls", UNSET)
        urls: list[ProjectUrl] | Unset = UNSET
        if _urls is not UNSET:
            urls = []
            for urls_item_data in _urls:
                urls_item = ProjectUrl.from_dict(urls_item_data)

                urls.append(urls_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        mobile_friendly = d.pop("mobile_friendly", UNSET)

        launch_requested = d.pop("launch_requested", UNSET)

        beta_requested = d.pop("beta_requested", UNSET)

        launch_approved = d.pop("launch_approved", UNSET)

        beta_approved = d.pop("beta_approved", UNSET)

        featured = d.pop("featured", UNSET)

        run_subject_set_completion_events = d.pop("run_subject_set_completion_events", UNSET)

        experimental_tools = cast(list[str], d.pop("experimental_tools", UNSET))

        def _parse_redirect(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect = _parse_redirect(d.pop("redirect", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        classifications_count = d.pop("classifications_count", UNSET)

        subjects_count = d.pop("subjects_count", UNSET)

        retired_subjects_count = d.pop("retired_subjects_count", UNSET)

        classifiers_count = d.pop("classifiers_count", UNSET)

        activity = d.pop("activity", UNSET)

        completeness = d.pop("completeness", UNSET)

        available_languages = cast(list[str], d.pop("available_languages", UNSET))

        slug = d.pop("slug", UNSET)

        def _parse_migrated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        migrated = _parse_migrated(d.pop("migrated", UNSET))

        def _parse_launch_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                launch_date_type_0 = datetime.datetime.fromisoformat(data)

                return launch_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        launch_date = _parse_launch_date(d.pop("launch_date", UNSET))

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

        avatar_src = d.pop("avatar_src", UNSET)

        _links = d.pop("links", UNSET)
        links: ProjectLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ProjectLinks.from_dict(_links)

        project = cls(
            id=id,
            href=href,
            display_name=display_name,
            title=title,
            description=description,
            introduction=introduction,
            workflow_description=workflow_description,
            researcher_quote=researcher_quote,
            primary_language=primary_language,
            private=private,
            live=live,
            configuration=configuration,
            urls=urls,
            tags=tags,
            mobile_friendly=mobile_friendly,
            launch_requested=launch_requested,
            beta_requested=beta_requested,
            launch_approved=launch_approved,
            beta_approved=beta_approved,
            featured=featured,
            run_subject_set_completion_events=run_subject_set_completion_events,
            experimental_tools=experimental_tools,
            redirect=redirect,
            state=state,
            classifications_count=classifications_count,
            subjects_count=subjects_count,
            retired_subjects_count=retired_subjects_count,
            classifiers_count=classifiers_count,
            activity=activity,
            completeness=completeness,
            available_languages=available_languages,
            slug=slug,
            migrated=migrated,
            launch_date=launch_date,
            created_at=created_at,
            updated_at=updated_at,
            avatar_src=avatar_src,
            links=links,
        )

        project.additional_properties = d
        return project

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
