from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_create_configuration import ProjectCreateConfiguration
    from ..models.project_create_links import ProjectCreateLinks
    from ..models.project_url_write import ProjectUrlWrite


T = TypeVar("T", bound="ProjectCreate")


@_attrs_define
class ProjectCreate:
    """Writable fields of a new project. Unknown keys are answered with 422. Fields marked admin-only are answered with 422
    (`Only Admins may set field ...`) for other callers.

    """

    display_name: str
    description: str
    primary_language: str
    """ ISO 639 language code, optionally with a region (`en`, `en-us`). """
    private: bool
    title: str | Unset = UNSET
    introduction: str | Unset = UNSET
    workflow_description: str | Unset = UNSET
    researcher_quote: str | Unset = UNSET
    configuration: ProjectCreateConfiguration | Unset = UNSET
    urls: list[ProjectUrlWrite] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    mobile_friendly: bool | Unset = UNSET
    launch_requested: bool | Unset = UNSET
    beta_requested: bool | Unset = UNSET
    redirect: str | Unset = UNSET
    """ Admin only. """
    launch_approved: bool | Unset = UNSET
    """ Admin only. """
    beta_approved: bool | Unset = UNSET
    """ Admin only. """
    featured: bool | Unset = UNSET
    """ Admin only. """
    experimental_tools: list[str] | Unset = UNSET
    """ Admin only. """
    launched_row_order_position: int | Unset = UNSET
    """ Admin only; position in the launched-projects ordering (write-only). """
    beta_row_order_position: int | Unset = UNSET
    """ Admin only; position in the beta-projects ordering (write-only). """
    run_subject_set_completion_events: bool | Unset = UNSET
    """ Admin only. """
    links: ProjectCreateLinks | Unset = UNSET
    """ Relations of a new project. Linked workflows and subject sets are copied into it. """

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        description = self.description

        primary_language = self.primary_language

        private = self.private

        title = self.title

        introduction = self.introduction

        workflow_description = self.workflow_description

        researcher_quote = self.researcher_quote

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

        redirect = self.redirect

        launch_approved = self.launch_approved

        beta_approved = self.beta_approved

        featured = self.featured

        experimental_tools: list[str] | Unset = UNSET
        if not isinstance(self.experimental_tools, Unset):
            experimental_tools = self.experimental_tools

        launched_row_order_position = self.launched_row_order_position

        beta_row_order_position = self.beta_row_order_position

        run_subject_set_completion_events = self.run_subject_set_completion_events

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "display_name": display_name,
                "description": description,
                "primary_language": primary_language,
                "private": private,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if introduction is not UNSET:
            field_dict["introduction"] = introduction
        if workflow_description is not UNSET:
            field_dict["workflow_description"] = workflow_description
        if researcher_quote is not UNSET:
            field_dict["researcher_quote"] = researcher_quote
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
        if redirect is not UNSET:
            field_dict["redirect"] = redirect
        if launch_approved is not UNSET:
            field_dict["launch_approved"] = launch_approved
        if beta_approved is not UNSET:
            field_dict["beta_approved"] = beta_approved
        if featured is not UNSET:
            field_dict["featured"] = featured
        if experimental_tools is not UNSET:
            field_dict["experimental_tools"] = experimental_tools
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
        from ..models.project_create_configuration import ProjectCreateConfiguration  # noqa: PLC0415
        from ..models.project_create_links import ProjectCreateLinks  # noqa: PLC0415
        from ..models.project_url_write import ProjectUrlWrite  # noqa: PLC0415

        d = dict(src_dict)
        display_name = d.pop("display_name")

        description = d.pop("description")

        primary_language = d.pop("primary_language")

        private = d.pop("private")

        title = d.pop("title", UNSET)

        introduction = d.pop("introduction", UNSET)

        workflow_description = d.pop("workflow_description", UNSET)

        researcher_quote = d.pop("researcher_quote", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: ProjectCreateConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = ProjectCreateConfiguration.from_dict(_configuration)

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

        redirect = d.pop("redirect", UNSET)

        launch_approved = d.pop("launch_approved", UNSET)

        beta_approved = d.pop("beta_approved", UNSET)

        featured = d.pop("featured", UNSET)

        experimental_tools = cast(list[str], d.pop("experimental_tools", UNSET))

        launched_row_order_position = d.pop("launched_row_order_position", UNSET)

        beta_row_order_position = d.pop("beta_row_order_position", UNSET)

        run_subject_set_completion_events = d.pop("run_subject_set_completion_events", UNSET)

        _links = d.pop("links", UNSET)
        links: ProjectCreateLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ProjectCreateLinks.from_dict(_links)

        project_create = cls(
            display_name=display_name,
            description=description,
            primary_language=primary_language,
            private=private,
            title=title,
            introduction=introduction,
            workflow_description=workflow_description,
            researcher_quote=researcher_quote,
            configuration=configuration,
            urls=urls,
            tags=tags,
            mobile_friendly=mobile_friendly,
            launch_requested=launch_requested,
            beta_requested=beta_requested,
            redirect=redirect,
            launch_approved=launch_approved,
            beta_approved=beta_approved,
            featured=featured,
            experimental_tools=experimental_tools,
            launched_row_order_position=launched_row_order_position,
            beta_row_order_position=beta_row_order_position,
            run_subject_set_completion_events=run_subject_set_completion_events,
            links=links,
        )

        return project_create
