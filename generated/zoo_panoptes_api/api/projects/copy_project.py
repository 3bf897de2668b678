from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_copy_request import ProjectCopyRequest
from ...models.projects_response import ProjectsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: ProjectCopyRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/projects/{project_id}/copy".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = ErrorResponse.from_dict(response.json())

        return response_405

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
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectCopyRequest | Unset = UNSET,
) -> Response[ErrorResponse | ProjectsResponse]:
    """Copy a template project

     Copies a template project (`configuration.template` set, not live) into a new project owned by the
    caller, optionally with a new empty subject set. The body is top-level, not wrapped in `projects`.
    Requires the `project` scope.

    Args:
        project_id (str):
        body (ProjectCopyRequest | Unset): Top-level body of the copy action (not wrapped in
            `projects`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectCopyRequest | Unset = UNSET,
) -> ErrorResponse | ProjectsResponse | None:
    """Copy a template project

     Copies a template project (`configuration.template` set, not live) into a new project owned by the
    caller, optionally with a new empty subject set. The body is top-level, not wrapped in `projects`.
    Requires the `project` scope.

    Args:
        project_id (str):
        body (ProjectCopyRequest | Unset): Top-level body of the copy action (not wrapped in
            `projects`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectsResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectCopyRequest | Unset = UNSET,
) -> Response[ErrorResponse | ProjectsResponse]:
    """Copy a template project

     Copies a template project (`configuration.template` set, not live) into a new project owned by the
    caller, optionally with a new empty subject set. The body is top-level, not wrapped in `projects`.
    Requires the `project` scope.

    Args:
        project_id (str):
        body (ProjectCopyRequest | Unset): Top-level body of the copy action (not wrapped in
            `projects`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectCopyRequest | Unset = UNSET,
) -> ErrorResponse | ProjectsResponse | None:
    """Copy a template project

     Copies a template project (`configuration.template` set, not live) into a new project owned by the
    caller, optionally with a new empty subject set. The body is top-level, not wrapped in `projects`.
    Requires the `project` scope.

    Args:
        project_id (str):
        body (ProjectCopyRequest | Unset): Top-level body of the copy action (not wrapped in
            `projects`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
