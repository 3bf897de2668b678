from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_request import DataRequest
from ...models.data_request_create_request import DataRequestCreateRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    workflow_id: int,
    *,
    body: DataRequestCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows/{workflow_id}/data_requests".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DataRequest | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = DataRequest.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DataRequest | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    body: DataRequestCreateRequest,
) -> Response[Any | DataRequest | ErrorResponse]:
    """Request a CSV export of a workflow's extracts or reductions.

     Creates a pending data request and queues the export; poll `get_workflow_data_request` until
    `status` is `complete` and download `url`. Answers 201 with the request. A caller who is not a
    collaborator gets 401 unless the requested data is public (`public_extracts` / `public_reductions`);
    an unknown `requested_data` is answered with an empty 422.

    Args:
        workflow_id (int):
        body (DataRequestCreateRequest):  Example: {'data_request': {'requested_data':
            'subject_reductions'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataRequest | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    body: DataRequestCreateRequest,
) -> Any | DataRequest | ErrorResponse | None:
    """Request a CSV export of a workflow's extracts or reductions.

     Creates a pending data request and queues the export; poll `get_workflow_data_request` until
    `status` is `complete` and download `url`. Answers 201 with the request. A caller who is not a
    collaborator gets 401 unless the requested data is public (`public_extracts` / `public_reductions`);
    an unknown `requested_data` is answered with an empty 422.

    Args:
        workflow_id (int):
        body (DataRequestCreateRequest):  Example: {'data_request': {'requested_data':
            'subject_reductions'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataRequest | ErrorResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    body: DataRequestCreateRequest,
) -> Response[Any | DataRequest | ErrorResponse]:
    """Request a CSV export of a workflow's extracts or reductions.

     Creates a pending data request and queues the export; poll `get_workflow_data_request` until
    `status` is `complete` and download `url`. Answers 201 with the request. A caller who is not a
    collaborator gets 401 unless the requested data is public (`public_extracts` / `public_reductions`);
    an unknown `requested_data` is answered with an empty 422.

    Args:
        workflow_id (int):
        body (DataRequestCreateRequest):  Example: {'data_request': {'requested_data':
            'subject_reductions'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataRequest | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    body: DataRequestCreateRequest,
) -> Any | DataRequest | ErrorResponse | None:
    """Request a CSV export of a workflow's extracts or reductions.

     Creates a pending data request and queues the export; poll `get_workflow_data_request` until
    `status` is `complete` and download `url`. Answers 201 with the request. A caller who is not a
    collaborator gets 401 unless the requested data is public (`public_extracts` / `public_reductions`);
    an unknown `requested_data` is answered with an empty 422.

    Args:
        workflow_id (int):
        body (DataRequestCreateRequest):  Example: {'data_request': {'requested_data':
            'subject_reductions'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataRequest | ErrorResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
