from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.users_response import UsersResponse
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
    login: str | Unset = UNSET,
    email: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["admin"] = admin

    params["id"] = id

    params["search"] = search

    params["login"] = login

    params["email"] = email

    params["project_id"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UsersResponse | None:
    if response.status_code == 200:
        response_200 = UsersResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | UsersResponse]:
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
    login: str | Unset = UNSET,
    email: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | UsersResponse]:
    """List users.

     Lists users. `search` matches an exact login, else fuzzy for 3 or more characters. Private
    attributes are only serialized for the caller's own record (or to admins). `include` accepts
    `classifications`, `project_preferences`, `collection_preferences`, `projects`, `collections`,
    `avatar`, `profile_header`; no sort keys.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        login (str | Unset):
        email (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsersResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        admin=admin,
        id=id,
        search=search,
        login=login,
        email=email,
        project_id=project_id,
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
    login: str | Unset = UNSET,
    email: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> ErrorResponse | UsersResponse | None:
    """List users.

     Lists users. `search` matches an exact login, else fuzzy for 3 or more characters. Private
    attributes are only serialized for the caller's own record (or to admins). `include` accepts
    `classifications`, `project_preferences`, `collection_preferences`, `projects`, `collections`,
    `avatar`, `profile_header`; no sort keys.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        login (str | Unset):
        email (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsersResponse
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
        login=login,
        email=email,
        project_id=project_id,
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
    login: str | Unset = UNSET,
    email: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> Response[ErrorResponse | UsersResponse]:
    """List users.

     Lists users. `search` matches an exact login, else fuzzy for 3 or more characters. Private
    attributes are only serialized for the caller's own record (or to admins). `include` accepts
    `classifications`, `project_preferences`, `collection_preferences`, `projects`, `collections`,
    `avatar`, `profile_header`; no sort keys.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        login (str | Unset):
        email (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsersResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        admin=admin,
        id=id,
        search=search,
        login=login,
        email=email,
        project_id=project_id,
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
    login: str | Unset = UNSET,
    email: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> ErrorResponse | UsersResponse | None:
    """List users.

     Lists users. `search` matches an exact login, else fuzzy for 3 or more characters. Private
    attributes are only serialized for the caller's own record (or to admins). `include` accepts
    `classifications`, `project_preferences`, `collection_preferences`, `projects`, `collections`,
    `avatar`, `profile_header`; no sort keys.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        login (str | Unset):
        email (str | Unset):
        project_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsersResponse
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
            login=login,
            email=email,
            project_id=project_id,
        )
    ).parsed
