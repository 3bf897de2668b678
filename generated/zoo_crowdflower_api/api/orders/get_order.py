from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order import Order
from ...types import Response


def _get_kwargs(
    job_id: int | str,
    order_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}/orders/{order_id}.json".format(
            job_id=quote(str(job_id), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Order | None:
    if response.status_code == 200:
        response_200 = Order.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | Order]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: int | str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | Order]:
    """Get an order of a job.

     One order of the job.

    Args:
        job_id (int | str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Order]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int | str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | Order | None:
    """Get an order of a job.

     One order of the job.

    Args:
        job_id (int | str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Order
    """

    return sync_detailed(
        job_id=job_id,
        order_id=order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | Order]:
    """Get an order of a job.

     One order of the job.

    Args:
        job_id (int | str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Order]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | Order | None:
    """Get an order of a job.

     One order of the job.

    Args:
        job_id (int | str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Order
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            order_id=order_id,
            client=client,
        )
    ).parsed
