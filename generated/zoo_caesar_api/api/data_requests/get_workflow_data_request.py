from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_request import DataRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    workflow_id: int,
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflows/{workflow_id}/data_requests/{id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DataRequest | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataRequest.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DataRequest | ErrorResponse]:
    """Get one data request of a workflow (poll its status).

     Returns the data request; `url` is set once `status` is `complete`.

    Args:
        workflow_id (int):
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataRequest | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | DataRequest | ErrorResponse | None:
    """Get one data request of a workflow (poll its status).

     Returns the data request; `url` is set once `status` is `complete`.

    Args:
        workflow_id (int):
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataRequest | ErrorResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DataRequest | ErrorResponse]:
    """Get one data request of a workflow (poll its status).

     Returns the data request; `url` is set once `status` is `complete`.

    Args:
        workflow_id (int):
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataRequest | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | DataRequest | ErrorResponse | None:
    """Get one data request of a workflow (poll its status).

     Returns the data request; `url` is set once `status` is `complete`.

    Args:
        workflow_id (int):
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataRequest | ErrorResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            id=id,
            client=client,
        )
    ).parsed
