from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_preferences_response import ProjectPreferencesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    non_null_activity_count: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["id"] = id

    params["user_id"] = user_id

    params["project_id"] = project_id

    params["non_null_activity_count"] = non_null_activity_count

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/project_preferences",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectPreferencesResponse | None:
    if response.status_code == 200:
        response_200 = ProjectPreferencesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ProjectPreferencesResponse]:
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
    user_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    non_null_activity_count: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | ProjectPreferencesResponse]:
    """List project preferences

     Lists the caller's project preferences, paged (`meta.project_preferences`). Requires login with the
    `project` scope. Sort keys: updated_at, display_name (the project's). Includable: user, project.
    Deviation from the published docs: the docs show the path without the `/api` prefix.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        user_id (str | Unset):
        project_id (str | Unset):
        non_null_activity_count (bool | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectPreferencesResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        user_id=user_id,
        project_id=project_id,
        non_null_activity_count=non_null_activity_count,
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
    user_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    non_null_activity_count: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | ProjectPreferencesResponse | None:
    """List project preferences

     Lists the caller's project preferences, paged (`meta.project_preferences`). Requires login with the
    `project` scope. Sort keys: updated_at, display_name (the project's). Includable: user, project.
    Deviation from the published docs: the docs show the path without the `/api` prefix.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        user_id (str | Unset):
        project_id (str | Unset):
        non_null_activity_count (bool | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectPreferencesResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        user_id=user_id,
        project_id=project_id,
        non_null_activity_count=non_null_activity_count,
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
    user_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    non_null_activity_count: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | ProjectPreferencesResponse]:
    """List project preferences

     Lists the caller's project preferences, paged (`meta.project_preferences`). Requires login with the
    `project` scope. Sort keys: updated_at, display_name (the project's). Includable: user, project.
    Deviation from the published docs: the docs show the path without the `/api` prefix.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        user_id (str | Unset):
        project_id (str | Unset):
        non_null_activity_count (bool | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectPreferencesResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        user_id=user_id,
        project_id=project_id,
        non_null_activity_count=non_null_activity_count,
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
    user_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    non_null_activity_count: bool | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | ProjectPreferencesResponse | None:
    """List project preferences

     Lists the caller's project preferences, paged (`meta.project_preferences`). Requires login with the
    `project` scope. Sort keys: updated_at, display_name (the project's). Includable: user, project.
    Deviation from the published docs: the docs show the path without the `/api` prefix.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        user_id (str | Unset):
        project_id (str | Unset):
        non_null_activity_count (bool | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectPreferencesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            include=include,
            id=id,
            user_id=user_id,
            project_id=project_id,
            non_null_activity_count=non_null_activity_count,
            admin=admin,
        )
    ).parsed
