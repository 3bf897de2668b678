from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_update_request import ProjectUpdateRequest
from ...models.projects_response import ProjectsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: ProjectUpdateRequest,
    admin: bool | Unset = UNSET,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    params: dict[str, Any] = {}

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/projects/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectsResponse | None:
    if response.status_code == 200:
        response_200 = ProjectsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = ErrorResponse.from_dict(response.json())

        return response_412

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = ErrorResponse.from_dict(response.json())

        return response_428

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
    id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdateRequest,
    admin: bool | Unset = UNSET,
    if_match: str,
) -> Response[ErrorResponse | ProjectsResponse]:
    """Update a project

     Updates a project the caller owns or collaborates on; send only the changed fields. Admin-only
    fields need an admin caller. Setting `links.workflows`/`links.subject_sets` here replaces the
    relation (removed items are destroyed, added ones copied); prefer the `/links/` routes. Requires the
    `project` scope and `If-Match`.

    Args:
        id (str):
        admin (bool | Unset):
        if_match (str):
        body (ProjectUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        admin=admin,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdateRequest,
    admin: bool | Unset = UNSET,
    if_match: str,
) -> ErrorResponse | ProjectsResponse | None:
    """Update a project

     Updates a project the caller owns or collaborates on; send only the changed fields. Admin-only
    fields need an admin caller. Setting `links.workflows`/`links.subject_sets` here replaces the
    relation (removed items are destroyed, added ones copied); prefer the `/links/` routes. Requires the
    `project` scope and `If-Match`.

    Args:
        id (str):
        admin (bool | Unset):
        if_match (str):
        body (ProjectUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        admin=admin,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdateRequest,
    admin: bool | Unset = UNSET,
    if_match: str,
) -> Response[ErrorResponse | ProjectsResponse]:
    """Update a project

     Updates a project the caller owns or collaborates on; send only the changed fields. Admin-only
    fields need an admin caller. Setting `links.workflows`/`links.subject_sets` here replaces the
    relation (removed items are destroyed, added ones copied); prefer the `/links/` routes. Requires the
    `project` scope and `If-Match`.

    Args:
        id (str):
        admin (bool | Unset):
        if_match (str):
        body (ProjectUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        admin=admin,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdateRequest,
    admin: bool | Unset = UNSET,
    if_match: str,
) -> ErrorResponse | ProjectsResponse | None:
    """Update a project

     Updates a project the caller owns or collaborates on; send only the changed fields. Admin-only
    fields need an admin caller. Setting `links.workflows`/`links.subject_sets` here replaces the
    relation (removed items are destroyed, added ones copied); prefer the `/links/` routes. Requires the
    `project` scope and `If-Match`.

    Args:
        id (str):
        admin (bool | Unset):
        if_match (str):
        body (ProjectUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            admin=admin,
            if_match=if_match,
        )
    ).parsed
