from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order import Order
from ...models.order_create import OrderCreate
from ...types import Response


def _get_kwargs(
    job_id: int | str,
    *,
    body: OrderCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/{job_id}/orders.json".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

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
) -> Response[ErrorResponse | Order]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> Response[ErrorResponse | Order]:
    """Launch a job by ordering units on channels.

     Creates a debit order for `debit[units_count]` units on the channels sent as repeated `channels[]`
    form fields; the job starts collecting judgments. On success the server redirects to the order (HTTP
    clients that follow redirects get the order JSON); the docs show the body `{"success": {"message":
    "Your job is now collecting judgments!"}}`. An account without enough funds gets 402.

    Args:
        job_id (int | str):
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Order]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> ErrorResponse | Order | None:
    """Launch a job by ordering units on channels.

     Creates a debit order for `debit[units_count]` units on the channels sent as repeated `channels[]`
    form fields; the job starts collecting judgments. On success the server redirects to the order (HTTP
    clients that follow redirects get the order JSON); the docs show the body `{"success": {"message":
    "Your job is now collecting judgments!"}}`. An account without enough funds gets 402.

    Args:
        job_id (int | str):
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Order
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> Response[ErrorResponse | Order]:
    """Launch a job by ordering units on channels.

     Creates a debit order for `debit[units_count]` units on the channels sent as repeated `channels[]`
    form fields; the job starts collecting judgments. On success the server redirects to the order (HTTP
    clients that follow redirects get the order JSON); the docs show the body `{"success": {"message":
    "Your job is now collecting judgments!"}}`. An account without enough funds gets 402.

    Args:
        job_id (int | str):
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Order]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    body: OrderCreate,
) -> ErrorResponse | Order | None:
    """Launch a job by ordering units on channels.

     Creates a debit order for `debit[units_count]` units on the channels sent as repeated `channels[]`
    form fields; the job starts collecting judgments. On success the server redirects to the order (HTTP
    clients that follow redirects get the order JSON); the docs show the body `{"success": {"message":
    "Your job is now collecting judgments!"}}`. An account without enough funds gets 402.

    Args:
        job_id (int | str):
        body (OrderCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Order
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
