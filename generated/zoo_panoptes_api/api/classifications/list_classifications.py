from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.classifications_response import ClassificationsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    user_group_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["admin"] = admin

    params["id"] = id

    params["project_id"] = project_id

    params["user_id"] = user_id

    params["workflow_id"] = workflow_id

    params["user_group_id"] = user_group_id

    params["subject_id"] = subject_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/classifications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ClassificationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClassificationsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
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
) -> Response[Any | ClassificationsResponse | ErrorResponse]:
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
    project_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    user_group_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
) -> Response[Any | ClassificationsResponse | ErrorResponse]:
    """List the caller's completed classifications.

     Lists the classifications the caller has completed. Counts in `meta` are always 0 (the server does
    not count classifications), so page with `next_href` until a page comes back empty. Sortable by
    `created_at`; `include` accepts `project`, `user`, `user_group`, `workflow`. Needs a token with the
    `classification` scope.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        project_id (str | Unset):
        user_id (str | Unset):
        workflow_id (str | Unset):
        user_group_id (str | Unset):
        subject_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClassificationsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        admin=admin,
        id=id,
        project_id=project_id,
        user_id=user_id,
        workflow_id=workflow_id,
        user_group_id=user_group_id,
        subject_id=subject_id,
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
    project_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    user_group_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
) -> Any | ClassificationsResponse | ErrorResponse | None:
    """List the caller's completed classifications.

     Lists the classifications the caller has completed. Counts in `meta` are always 0 (the server does
    not count classifications), so page with `next_href` until a page comes back empty. Sortable by
    `created_at`; `include` accepts `project`, `user`, `user_group`, `workflow`. Needs a token with the
    `classification` scope.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        project_id (str | Unset):
        user_id (str | Unset):
        workflow_id (str | Unset):
        user_group_id (str | Unset):
        subject_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClassificationsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        admin=admin,
        id=id,
        project_id=project_id,
        user_id=user_id,
        workflow_id=workflow_id,
        user_group_id=user_group_id,
        subject_id=subject_id,
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
    project_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    user_group_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
) -> Response[Any | ClassificationsResponse | ErrorResponse]:
    """List the caller's completed classifications.

     Lists the classifications the caller has completed. Counts in `meta` are always 0 (the server does
    not count classifications), so page with `next_href` until a page comes back empty. Sortable by
    `created_at`; `include` accepts `project`, `user`, `user_group`, `workflow`. Needs a token with the
    `classification` scope.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        project_id (str | Unset):
        user_id (str | Unset):
        workflow_id (str | Unset):
        user_group_id (str | Unset):
        subject_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClassificationsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        admin=admin,
        id=id,
        project_id=project_id,
        user_id=user_id,
        workflow_id=workflow_id,
        user_group_id=user_group_id,
        subject_id=subject_id,
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
    project_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    user_group_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
) -> Any | ClassificationsResponse | ErrorResponse | None:
    """List the caller's completed classifications.

     Lists the classifications the caller has completed. Counts in `meta` are always 0 (the server does
    not count classifications), so page with `next_href` until a page comes back empty. Sortable by
    `created_at`; `include` accepts `project`, `user`, `user_group`, `workflow`. Needs a token with the
    `classification` scope.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        project_id (str | Unset):
        user_id (str | Unset):
        workflow_id (str | Unset):
        user_group_id (str | Unset):
        subject_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClassificationsResponse | ErrorResponse
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
            project_id=project_id,
            user_id=user_id,
            workflow_id=workflow_id,
            user_group_id=user_group_id,
            subject_id=subject_id,
        )
    ).parsed
