from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_create_request import ProjectCreateRequest
from ...models.projects_response import ProjectsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/projects",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectsResponse | None:
    if response.status_code == 201:
        response_201 = ProjectsResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

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
    body: ProjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | ProjectsResponse]:
    """Create a project

     Creates a project owned by the caller, or by the user group given in `links.owner`. Workflows and
    subject sets given in `links` are copied into the new project and the copies are linked. Requires
    the `project` scope.

    Deviation from the published docs: the documented example sends `name` and omits `display_name`; the
    server rejects `name` on create (422) and requires `display_name`, `description`, `primary_language`
    and `private`.

    Args:
        admin (bool | Unset):
        body (ProjectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        admin=admin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | ProjectsResponse | None:
    """Create a project

     Creates a project owned by the caller, or by the user group given in `links.owner`. Workflows and
    subject sets given in `links` are copied into the new project and the copies are linked. Requires
    the `project` scope.

    Deviation from the published docs: the documented example sends `name` and omits `display_name`; the
    server rejects `name` on create (422) and requires `display_name`, `description`, `primary_language`
    and `private`.

    Args:
        admin (bool | Unset):
        body (ProjectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | ProjectsResponse]:
    """Create a project

     Creates a project owned by the caller, or by the user group given in `links.owner`. Workflows and
    subject sets given in `links` are copied into the new project and the copies are linked. Requires
    the `project` scope.

    Deviation from the published docs: the documented example sends `name` and omits `display_name`; the
    server rejects `name` on create (422) and requires `display_name`, `description`, `primary_language`
    and `private`.

    Args:
        admin (bool | Unset):
        body (ProjectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        admin=admin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | ProjectsResponse | None:
    """Create a project

     Creates a project owned by the caller, or by the user group given in `links.owner`. Workflows and
    subject sets given in `links` are copied into the new project and the copies are linked. Requires
    the `project` scope.

    Deviation from the published docs: the documented example sends `name` and omits `display_name`; the
    server rejects `name` on create (422) and requires `display_name`, `description`, `primary_language`
    and `private`.

    Args:
        admin (bool | Unset):
        body (ProjectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            admin=admin,
        )
    ).parsed
