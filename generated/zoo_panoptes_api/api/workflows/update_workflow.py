from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workflow_update_request import WorkflowUpdateRequest
from ...models.workflows_response import WorkflowsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: WorkflowUpdateRequest,
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
        "url": "/api/workflows/{id}".format(
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
) -> ErrorResponse | WorkflowsResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkflowsResponse]:
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
    body: WorkflowUpdateRequest,
    admin: bool | Unset = UNSET,
    if_match: str,
) -> Response[ErrorResponse | WorkflowsResponse]:
    """Update a workflow

     Updates a workflow of a project the caller can edit; send only the changed fields. Changing `tasks`,
    `grouped`, `prioritized`, `pairwise` or `first_task` of an active workflow in a live project answers
    403. Requires the `project` scope and `If-Match`.

    Args:
        id (str):
        admin (bool | Unset):
        if_match (str):
        body (WorkflowUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsResponse]
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
    body: WorkflowUpdateRequest,
    admin: bool | Unset = UNSET,
    if_match: str,
) -> ErrorResponse | WorkflowsResponse | None:
    """Update a workflow

     Updates a workflow of a project the caller can edit; send only the changed fields. Changing `tasks`,
    `grouped`, `prioritized`, `pairwise` or `first_task` of an active workflow in a live project answers
    403. Requires the `project` scope and `If-Match`.

    Args:
        id (str):
        admin (bool | Unset):
        if_match (str):
        body (WorkflowUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsResponse
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
    body: WorkflowUpdateRequest,
    admin: bool | Unset = UNSET,
    if_match: str,
) -> Response[ErrorResponse | WorkflowsResponse]:
    """Update a workflow

     Updates a workflow of a project the caller can edit; send only the changed fields. Changing `tasks`,
    `grouped`, `prioritized`, `pairwise` or `first_task` of an active workflow in a live project answers
    403. Requires the `project` scope and `If-Match`.

    Args:
        id (str):
        admin (bool | Unset):
        if_match (str):
        body (WorkflowUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsResponse]
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
    body: WorkflowUpdateRequest,
    admin: bool | Unset = UNSET,
    if_match: str,
) -> ErrorResponse | WorkflowsResponse | None:
    """Update a workflow

     Updates a workflow of a project the caller can edit; send only the changed fields. Changing `tasks`,
    `grouped`, `prioritized`, `pairwise` or `first_task` of an active workflow in a live project answers
    403. Requires the `project` scope and `If-Match`.

    Args:
        id (str):
        admin (bool | Unset):
        if_match (str):
        body (WorkflowUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsResponse
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
