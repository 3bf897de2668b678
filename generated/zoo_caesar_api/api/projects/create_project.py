from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project import Project
from ...models.project_create_request import ProjectCreateRequest
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response


def _get_kwargs(
    *,
    body: ProjectCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Project | UnprocessableEntityError | None:
    if response.status_code == 201:
        response_201 = Project.from_dict(response.json())

        return response_201

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        response_422 = UnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | Project | UnprocessableEntityError]:
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
) -> Response[Any | ErrorResponse | Project | UnprocessableEntityError]:
    """Register a Panoptes project with Caesar.

     Registers a Panoptes project the caller can access (its display name is fetched from Panoptes).
    Answers 201 with the project; if it is already registered the server redirects (302) to it.

    Args:
        body (ProjectCreateRequest):  Example: {'project': {'id': 99, 'public_reductions':
            False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Project | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProjectCreateRequest,
) -> Any | ErrorResponse | Project | UnprocessableEntityError | None:
    """Register a Panoptes project with Caesar.

     Registers a Panoptes project the caller can access (its display name is fetched from Panoptes).
    Answers 201 with the project; if it is already registered the server redirects (302) to it.

    Args:
        body (ProjectCreateRequest):  Example: {'project': {'id': 99, 'public_reductions':
            False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Project | UnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectCreateRequest,
) -> Response[Any | ErrorResponse | Project | UnprocessableEntityError]:
    """Register a Panoptes project with Caesar.

     Registers a Panoptes project the caller can access (its display name is fetched from Panoptes).
    Answers 201 with the project; if it is already registered the server redirects (302) to it.

    Args:
        body (ProjectCreateRequest):  Example: {'project': {'id': 99, 'public_reductions':
            False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Project | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProjectCreateRequest,
) -> Any | ErrorResponse | Project | UnprocessableEntityError | None:
    """Register a Panoptes project with Caesar.

     Registers a Panoptes project the caller can access (its display name is fetched from Panoptes).
    Answers 201 with the project; if it is already registered the server redirects (302) to it.

    Args:
        body (ProjectCreateRequest):  Example: {'project': {'id': 99, 'public_reductions':
            False}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Project | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
