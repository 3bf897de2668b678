from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_pages_response import ProjectPagesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/projects/{project_id}/pages/{id}".format(
            project_id=quote(str(project_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectPagesResponse | None:
    if response.status_code == 200:
        response_200 = ProjectPagesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ProjectPagesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | ProjectPagesResponse]:
    """Get a project page

     Returns one page of the project (still a one-element list under `project_pages`).

    Args:
        project_id (str):
        id (str):
        include (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectPagesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        include=include,
        admin=admin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | ProjectPagesResponse | None:
    """Get a project page

     Returns one page of the project (still a one-element list under `project_pages`).

    Args:
        project_id (str):
        id (str):
        include (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectPagesResponse
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        include=include,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | ProjectPagesResponse]:
    """Get a project page

     Returns one page of the project (still a one-element list under `project_pages`).

    Args:
        project_id (str):
        id (str):
        include (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectPagesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        include=include,
        admin=admin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | ProjectPagesResponse | None:
    """Get a project page

     Returns one page of the project (still a one-element list under `project_pages`).

    Args:
        project_id (str):
        id (str):
        include (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectPagesResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            include=include,
            admin=admin,
        )
    ).parsed
