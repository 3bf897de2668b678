from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_groups_response import UserGroupsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["admin"] = admin

    params["id"] = id

    params["search"] = search

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/user_groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserGroupsResponse | None:
    if response.status_code == 200:
        response_200 = UserGroupsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UserGroupsResponse]:
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
    admin: bool | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[ErrorResponse | UserGroupsResponse]:
    """List user groups.

     Lists the user groups visible to the caller. `search` matches an exact display name, else fuzzy for
    3 or more characters. `join_token` is only serialized to group admins. `include` accepts
    `memberships`, `users`, `projects`, `collections`; no sort keys.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserGroupsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        admin=admin,
        id=id,
        search=search,
        name=name,
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
    admin: bool | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> ErrorResponse | UserGroupsResponse | None:
    """List user groups.

     Lists the user groups visible to the caller. `search` matches an exact display name, else fuzzy for
    3 or more characters. `join_token` is only serialized to group admins. `include` accepts
    `memberships`, `users`, `projects`, `collections`; no sort keys.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserGroupsResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        admin=admin,
        id=id,
        search=search,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[ErrorResponse | UserGroupsResponse]:
    """List user groups.

     Lists the user groups visible to the caller. `search` matches an exact display name, else fuzzy for
    3 or more characters. `join_token` is only serialized to group admins. `include` accepts
    `memberships`, `users`, `projects`, `collections`; no sort keys.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserGroupsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        admin=admin,
        id=id,
        search=search,
        name=name,
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
    admin: bool | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> ErrorResponse | UserGroupsResponse | None:
    """List user groups.

     Lists the user groups visible to the caller. `search` matches an exact display name, else fuzzy for
    3 or more characters. `join_token` is only serialized to group admins. `include` accepts
    `memberships`, `users`, `projects`, `collections`; no sort keys.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserGroupsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            include=include,
            admin=admin,
            id=id,
            search=search,
            name=name,
        )
    ).parsed
