from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggregations_response import AggregationsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["id"] = id

    params["project_id"] = project_id

    params["workflow_id"] = workflow_id

    params["user_id"] = user_id

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/aggregations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AggregationsResponse | Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AggregationsResponse.from_dict(response.json())

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
) -> Response[AggregationsResponse | Any | ErrorResponse]:
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
    project_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[AggregationsResponse | Any | ErrorResponse]:
    """List aggregations

     Lists the aggregations of projects the caller can edit, paged (`meta.aggregations`). Requires login
    with the `project` scope. Sort keys: id, workflow_id, project_id, status, created_at, updated_at.
    Includable: project, workflow, user. Deviation from the published docs: the docs type `status` as an
    integer and list workflow_id, project_id and user_id as attributes; `status` is a string and the ids
    appear only under `links`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        project_id (str | Unset):
        workflow_id (str | Unset):
        user_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AggregationsResponse | Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        project_id=project_id,
        workflow_id=workflow_id,
        user_id=user_id,
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
    project_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> AggregationsResponse | Any | ErrorResponse | None:
    """List aggregations

     Lists the aggregations of projects the caller can edit, paged (`meta.aggregations`). Requires login
    with the `project` scope. Sort keys: id, workflow_id, project_id, status, created_at, updated_at.
    Includable: project, workflow, user. Deviation from the published docs: the docs type `status` as an
    integer and list workflow_id, project_id and user_id as attributes; `status` is a string and the ids
    appear only under `links`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        project_id (str | Unset):
        workflow_id (str | Unset):
        user_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AggregationsResponse | Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        project_id=project_id,
        workflow_id=workflow_id,
        user_id=user_id,
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
    project_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[AggregationsResponse | Any | ErrorResponse]:
    """List aggregations

     Lists the aggregations of projects the caller can edit, paged (`meta.aggregations`). Requires login
    with the `project` scope. Sort keys: id, workflow_id, project_id, status, created_at, updated_at.
    Includable: project, workflow, user. Deviation from the published docs: the docs type `status` as an
    integer and list workflow_id, project_id and user_id as attributes; `status` is a string and the ids
    appear only under `links`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        project_id (str | Unset):
        workflow_id (str | Unset):
        user_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AggregationsResponse | Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        project_id=project_id,
        workflow_id=workflow_id,
        user_id=user_id,
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
    project_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> AggregationsResponse | Any | ErrorResponse | None:
    """List aggregations

     Lists the aggregations of projects the caller can edit, paged (`meta.aggregations`). Requires login
    with the `project` scope. Sort keys: id, workflow_id, project_id, status, created_at, updated_at.
    Includable: project, workflow, user. Deviation from the published docs: the docs type `status` as an
    integer and list workflow_id, project_id and user_id as attributes; `status` is a string and the ids
    appear only under `links`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        project_id (str | Unset):
        workflow_id (str | Unset):
        user_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AggregationsResponse | Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            include=include,
            id=id,
            project_id=project_id,
            workflow_id=workflow_id,
            user_id=user_id,
            admin=admin,
        )
    ).parsed
