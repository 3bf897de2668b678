from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.organizations_response import OrganizationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    listed: bool | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    search: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["id"] = id

    params["display_name"] = display_name

    params["slug"] = slug

    params["listed"] = listed

    params["owner"] = owner

    params["current_user_roles"] = current_user_roles

    params["tags"] = tags

    params["search"] = search

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/organizations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrganizationsResponse | None:
    if response.status_code == 200:
        response_200 = OrganizationsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | OrganizationsResponse]:
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
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    listed: bool | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    search: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | OrganizationsResponse]:
    """List organizations

     Lists the organizations visible to the caller, paged (`meta.organizations`). `search` matches the
    exact display name, else fuzzily for terms of 3 or more characters; `tag:<name>` terms filter by
    tag. No sort keys are whitelisted. Includable: organization_roles, projects, owners, pages (and the
    avatar, background and attached_images media).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        listed (bool | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        tags (str | Unset):
        search (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrganizationsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        display_name=display_name,
        slug=slug,
        listed=listed,
        owner=owner,
        current_user_roles=current_user_roles,
        tags=tags,
        search=search,
        admin=admin,
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
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    listed: bool | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    search: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | OrganizationsResponse | None:
    """List organizations

     Lists the organizations visible to the caller, paged (`meta.organizations`). `search` matches the
    exact display name, else fuzzily for terms of 3 or more characters; `tag:<name>` terms filter by
    tag. No sort keys are whitelisted. Includable: organization_roles, projects, owners, pages (and the
    avatar, background and attached_images media).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        listed (bool | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        tags (str | Unset):
        search (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrganizationsResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        display_name=display_name,
        slug=slug,
        listed=listed,
        owner=owner,
        current_user_roles=current_user_roles,
        tags=tags,
        search=search,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    listed: bool | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    search: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | OrganizationsResponse]:
    """List organizations

     Lists the organizations visible to the caller, paged (`meta.organizations`). `search` matches the
    exact display name, else fuzzily for terms of 3 or more characters; `tag:<name>` terms filter by
    tag. No sort keys are whitelisted. Includable: organization_roles, projects, owners, pages (and the
    avatar, background and attached_images media).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        listed (bool | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        tags (str | Unset):
        search (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrganizationsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        display_name=display_name,
        slug=slug,
        listed=listed,
        owner=owner,
        current_user_roles=current_user_roles,
        tags=tags,
        search=search,
        admin=admin,
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
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    listed: bool | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    search: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | OrganizationsResponse | None:
    """List organizations

     Lists the organizations visible to the caller, paged (`meta.organizations`). `search` matches the
    exact display name, else fuzzily for terms of 3 or more characters; `tag:<name>` terms filter by
    tag. No sort keys are whitelisted. Includable: organization_roles, projects, owners, pages (and the
    avatar, background and attached_images media).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        listed (bool | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        tags (str | Unset):
        search (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrganizationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            include=include,
            id=id,
            display_name=display_name,
            slug=slug,
            listed=listed,
            owner=owner,
            current_user_roles=current_user_roles,
            tags=tags,
            search=search,
            admin=admin,
        )
    ).parsed
