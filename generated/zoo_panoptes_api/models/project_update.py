from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_update_configuration import ProjectUpdateConfiguration
    from ..models.project_update_links import ProjectUpdateLinks
    from ..models.project_url_write import ProjectUrlWrite


T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    """Writable fields of an existing project; send only what changes. Unknown keys are answered with 422; admin-only
    fields are answered with 422 for other callers.

    """

    display_name: str | Unset = UNSET
    name: str | Unset = UNSET
    """ Project name used in the slug (write-only). """
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    introduction: str | Unset = UNSET
    workflow_description: str | Unset = UNSET
    researcher_quote: str | Unset = UNSET
    primary_language: str | Unset = UNSET
    private: bool | Unset = UNSET
    live: bool | Unset = UNSET
    configuration: ProjectUpdateConfiguration | Unset = UNSET
    urls: list[ProjectUrlWrite] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    mobile_friendly: bool | Unset = UNSET
    launch_requested: bool | Unset = UNSET
    beta_requested: bool | Unset = UNSET
    state: str | Unset = UNSET
    """ `paused` or `finished` (or `live`/`development` to clear a stored state). """
    featured: bool | Unset = UNSET
    """ Admin only. """
    launch_approved: bool | Unset = UNSET
    """ Admin only. """
    beta_approved: bool | Unset = UNSET
    """ Admin only. """
    experimental_tools: list[str] | Unset = UNSET
    """ Admin only. """
    redirect: str | Unset = UNSET
    """ Admin only. """
    launched_row_order_position: int | Unset = UNSET
    """ Admin only (write-only). """
    beta_row_order_position: int | Unset = UNSET
    """ Admin only (write-only). """
    run_subject_set_completion_events: bool | Unset = UNSET
    """ Admin only. """
    links: ProjectUpdateLinks | Unset = UNSET
    """ Full replacement of the listed relations. Prefer the `/links/` routes: removing a workflow or subject set
    here destroys it, adding one copies it. """

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        name = self.name

        title = self.title

        description = self.description

        introduction = self.introduction

        workflow_description = self.workflow_description

        researcher_quote = self.researcher_quote

        primary_language = self.primary_language

        private = self.private

        live = self.live

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

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

        state = self.state

        featured = self.featured

        launch_approved = self.launch_approved

        beta_approved = self.beta_approved

        experimental_tools: list[str] | Unset = UNSET
        if not isinstance(self.experimental_tools, Unset):
            experimental_tools = self.experimental_tools

        redirect = self.redirect

        launched_row_order_position = self.launched_row_order_position

        beta_row_order_position = self.beta_row_order_position

        run_subject_set_completion_events = self.run_subject_set_completion_events

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if name is not UNSET:
            field_dict["name"] = name
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
        if state is not UNSET:
            field_dict["state"] = state
        if featured is not UNSET:
            field_dict["featured"] = featured
        if launch_approved is not UNSET:
            field_dict["launch_approved"] = launch_approved
        if beta_approved is not UNSET:
            field_dict["beta_approved"] = beta_approved
        if experimental_tools is not UNSET:
            field_dict["experimental_tools"] = experimental_tools
        if redirect is not UNSET:
            field_dict["redirect"] = redirect
        if launched_row_order_position is not UNSET:
            field_dict["launched_row_order_position"] = launched_row_order_position
        if beta_row_order_position is not UNSET:
            field_dict["beta_row_order_position"] = beta_row_order_position
        if run_subject_set_completion_events is not UNSET:
            field_dict["run_subject_set_completion_events"] = run_subject_set_completion_events
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_update_configuration import ProjectUpdateConfiguration  # noqa: PLC0415
        from ..models.project_update_links import ProjectUpdateLinks  # noqa: PLC0415
        from ..models.project_url_write import ProjectUrlWrite  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name", UNSET)

        name = d.pop("name", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        introduction = d.pop("introduction", UNSET)

        workflow_description = d.pop("workflow_description", UNSET)

        researcher_quote = d.pop("researcher_quote", UNSET)

        primary_language = d.pop("primary_language", UNSET)

        private = d.pop("private", UNSET)

        live = d.pop("live", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: ProjectUpdateConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = ProjectUpdateConfiguration.from_dict(_configuration)

        _urls = d.pop("urls", UNSET)
        urls: list[ProjectUrlWrite] | Unset = UNSET
        if _urls is not UNSET:
            urls = []
            for urls_item_data in _urls:
                urls_item = ProjectUrlWrite.from_dict(urls_item_data)

                urls.append(urls_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        mobile_friendly = d.pop("mobile_friendly", UNSET)

        launch_requested = d.pop("launch_requested", UNSET)

        beta_requested = d.pop("beta_requested", UNSET)

        state = d.pop("state", UNSET)

        featured = d.pop("featured", UNSET)

        launch_approved = d.pop("launch_approved", UNSET)

        beta_approved = d.pop("beta_approved", UNSET)

        experimental_tools = cast(list[str], d.pop("experimental_tools", UNSET))

        redirect = d.pop("redirect", UNSET)

        launched_row_order_position = d.pop("launched_row_order_position", UNSET)

        beta_row_order_position = d.pop("beta_row_order_position", UNSET)

        run_subject_set_completion_events = d.pop("run_subject_set_completion_events", UNSET)

        _links = d.pop("links", UNSET)
        links: ProjectUpdateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ProjectUpdateLinks.from_dict(_links)

        project_update = cls(
            display_name=display_name,
            name=name,
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
            state=state,
            featured=featured,
            launch_approved=launch_approved,
            beta_approved=beta_approved,
            experimental_tools=experimental_tools,
            redirect=redirect,
            launched_row_order_position=launched_row_order_position,
            beta_row_order_position=beta_row_order_position,
            run_subject_set_completion_events=run_subject_set_completion_events,
            links=links,
        )

        return project_update
