from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.projects_response import ProjectsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    beta_requested: bool | Unset = UNSET,
    beta_approved: bool | Unset = UNSET,
    launch_requested: bool | Unset = UNSET,
    launch_approved: bool | Unset = UNSET,
    private: bool | Unset = UNSET,
    live: bool | Unset = UNSET,
    mobile_friendly: bool | Unset = UNSET,
    featured: bool | Unset = UNSET,
    state: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    languages: str | Unset = UNSET,
    cards: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["id"] = id

    params["admin"] = admin

    params["search"] = search

    params["owner"] = owner

    params["current_user_roles"] = current_user_roles

    params["display_name"] = display_name

    params["slug"] = slug

    params["beta_requested"] = beta_requested

    params["beta_approved"] = beta_approved

    params["launch_requested"] = launch_requested

    params["launch_approved"] = launch_approved

    params["private"] = private

    params["live"] = live

    params["mobile_friendly"] = mobile_friendly

    params["featured"] = featured

    params["state"] = state

    params["tags"] = tags

    params["organization_id"] = organization_id

    params["languages"] = languages

    params["cards"] = cards

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectsResponse | None:
    if response.status_code == 200:
        response_200 = ProjectsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ProjectsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    beta_requested: bool | Unset = UNSET,
    beta_approved: bool | Unset = UNSET,
    launch_requested: bool | Unset = UNSET,
    launch_approved: bool | Unset = UNSET,
    private: bool | Unset = UNSET,
    live: bool | Unset = UNSET,
    mobile_friendly: bool | Unset = UNSET,
    featured: bool | Unset = UNSET,
    state: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    languages: str | Unset = UNSET,
    cards: bool | Unset = UNSET,
) -> Response[ErrorResponse | ProjectsResponse]:
    """List projects

     Lists the projects visible to the caller (public ones, plus private ones the caller has a role on).
    Sort keys: `launch_date`, `activity`, `completeness`, `classifiers_count`, `updated_at`,
    `display_name` (default order: launched row order when `launch_approved` is given, beta row order
    when `beta_approved` is given). Includes: `workflows`, `active_workflows`, `subject_sets`, `owners`,
    `project_roles`, `pages`, `organizations`, `avatar`, `background`, `attached_images`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        search (str | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        beta_requested (bool | Unset):
        beta_approved (bool | Unset):
        launch_requested (bool | Unset):
        launch_approved (bool | Unset):
        private (bool | Unset):
        live (bool | Unset):
        mobile_friendly (bool | Unset):
        featured (bool | Unset):
        state (str | Unset):
        tags (str | Unset):
        organization_id (str | Unset):
        languages (str | Unset):
        cards (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        search=search,
        owner=owner,
        current_user_roles=current_user_roles,
        display_name=display_name,
        slug=slug,
        beta_requested=beta_requested,
        beta_approved=beta_approved,
        launch_requested=launch_requested,
        launch_approved=launch_approved,
        private=private,
        live=live,
        mobile_friendly=mobile_friendly,
        featured=featured,
        state=state,
        tags=tags,
        organization_id=organization_id,
        languages=languages,
        cards=cards,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    beta_requested: bool | Unset = UNSET,
    beta_approved: bool | Unset = UNSET,
    launch_requested: bool | Unset = UNSET,
    launch_approved: bool | Unset = UNSET,
    private: bool | Unset = UNSET,
    live: bool | Unset = UNSET,
    mobile_friendly: bool | Unset = UNSET,
    featured: bool | Unset = UNSET,
    state: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    languages: str | Unset = UNSET,
    cards: bool | Unset = UNSET,
) -> ErrorResponse | ProjectsResponse | None:
    """List projects

     Lists the projects visible to the caller (public ones, plus private ones the caller has a role on).
    Sort keys: `launch_date`, `activity`, `completeness`, `classifiers_count`, `updated_at`,
    `display_name` (default order: launched row order when `launch_approved` is given, beta row order
    when `beta_approved` is given). Includes: `workflows`, `active_workflows`, `subject_sets`, `owners`,
    `project_roles`, `pages`, `organizations`, `avatar`, `background`, `attached_images`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        search (str | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        beta_requested (bool | Unset):
        beta_approved (bool | Unset):
        launch_requested (bool | Unset):
        launch_approved (bool | Unset):
        private (bool | Unset):
        live (bool | Unset):
        mobile_friendly (bool | Unset):
        featured (bool | Unset):
        state (str | Unset):
        tags (str | Unset):
        organization_id (str | Unset):
        languages (str | Unset):
        cards (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectsResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        search=search,
        owner=owner,
        current_user_roles=current_user_roles,
        display_name=display_name,
        slug=slug,
        beta_requested=beta_requested,
        beta_approved=beta_approved,
        launch_requested=launch_requested,
        launch_approved=launch_approved,
        private=private,
        live=live,
        mobile_friendly=mobile_friendly,
        featured=featured,
        state=state,
        tags=tags,
        organization_id=organization_id,
        languages=languages,
        cards=cards,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    beta_requested: bool | Unset = UNSET,
    beta_approved: bool | Unset = UNSET,
    launch_requested: bool | Unset = UNSET,
    launch_approved: bool | Unset = UNSET,
    private: bool | Unset = UNSET,
    live: bool | Unset = UNSET,
    mobile_friendly: bool | Unset = UNSET,
    featured: bool | Unset = UNSET,
    state: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    languages: str | Unset = UNSET,
    cards: bool | Unset = UNSET,
) -> Response[ErrorResponse | ProjectsResponse]:
    """List projects

     Lists the projects visible to the caller (public ones, plus private ones the caller has a role on).
    Sort keys: `launch_date`, `activity`, `completeness`, `classifiers_count`, `updated_at`,
    `display_name` (default order: launched row order when `launch_approved` is given, beta row order
    when `beta_approved` is given). Includes: `workflows`, `active_workflows`, `subject_sets`, `owners`,
    `project_roles`, `pages`, `organizations`, `avatar`, `background`, `attached_images`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        search (str | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        beta_requested (bool | Unset):
        beta_approved (bool | Unset):
        launch_requested (bool | Unset):
        launch_approved (bool | Unset):
        private (bool | Unset):
        live (bool | Unset):
        mobile_friendly (bool | Unset):
        featured (bool | Unset):
        state (str | Unset):
        tags (str | Unset):
        organization_id (str | Unset):
        languages (str | Unset):
        cards (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        search=search,
        owner=owner,
        current_user_roles=current_user_roles,
        display_name=display_name,
        slug=slug,
        beta_requested=beta_requested,
        beta_approved=beta_approved,
        launch_requested=launch_requested,
        launch_approved=launch_approved,
        private=private,
        live=live,
        mobile_friendly=mobile_friendly,
        featured=featured,
        state=state,
        tags=tags,
        organization_id=organization_id,
        languages=languages,
        cards=cards,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    beta_requested: bool | Unset = UNSET,
    beta_approved: bool | Unset = UNSET,
    launch_requested: bool | Unset = UNSET,
    launch_approved: bool | Unset = UNSET,
    private: bool | Unset = UNSET,
    live: bool | Unset = UNSET,
    mobile_friendly: bool | Unset = UNSET,
    featured: bool | Unset = UNSET,
    state: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    languages: str | Unset = UNSET,
    cards: bool | Unset = UNSET,
) -> ErrorResponse | ProjectsResponse | None:
    """List projects

     Lists the projects visible to the caller (public ones, plus private ones the caller has a role on).
    Sort keys: `launch_date`, `activity`, `completeness`, `classifiers_count`, `updated_at`,
    `display_name` (default order: launched row order when `launch_approved` is given, beta row order
    when `beta_approved` is given). Includes: `workflows`, `active_workflows`, `subject_sets`, `owners`,
    `project_roles`, `pages`, `organizations`, `avatar`, `background`, `attached_images`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        search (str | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        beta_requested (bool | Unset):
        beta_approved (bool | Unset):
        launch_requested (bool | Unset):
        launch_approved (bool | Unset):
        private (bool | Unset):
        live (bool | Unset):
        mobile_friendly (bool | Unset):
        featured (bool | Unset):
        state (str | Unset):
        tags (str | Unset):
        organization_id (str | Unset):
        languages (str | Unset):
        cards (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            include=include,
            id=id,
            admin=admin,
            search=search,
            owner=owner,
            current_user_roles=current_user_roles,
            display_name=display_name,
            slug=slug,
            beta_requested=beta_requested,
            beta_approved=beta_approved,
            launch_requested=launch_requested,
            launch_approved=launch_approved,
            private=private,
            live=live,
            mobile_friendly=mobile_friendly,
            featured=featured,
            state=state,
            tags=tags,
            organization_id=organization_id,
            languages=languages,
            cards=cards,
        )
    ).parsed
