from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.undocumented_result import UndocumentedResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: int | str,
    *,
    on: str,
    with_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["on"] = on

    params["with"] = with_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}/units/split".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UndocumentedResult | None:
    if response.status_code == 200:
        response_200 = UndocumentedResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | UndocumentedResult]:
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
    on: str,
    with_: str | Unset = UNSET,
) -> Response[ErrorResponse | UndocumentedResult]:
    """Split a column into multiple units.

     Splits the values of column `on` at the separator `with`, making one unit per piece (Ruby gem only;
    a GET that changes data; not documented publicly).

    Args:
        job_id (int | str):
        on (str):
        with_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UndocumentedResult]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        on=on,
        with_=with_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    on: str,
    with_: str | Unset = UNSET,
) -> ErrorResponse | UndocumentedResult | None:
    """Split a column into multiple units.

     Splits the values of column `on` at the separator `with`, making one unit per piece (Ruby gem only;
    a GET that changes data; not documented publicly).

    Args:
        job_id (int | str):
        on (str):
        with_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UndocumentedResult
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        on=on,
        with_=with_,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    on: str,
    with_: str | Unset = UNSET,
) -> Response[ErrorResponse | UndocumentedResult]:
    """Split a column into multiple units.

     Splits the values of column `on` at the separator `with`, making one unit per piece (Ruby gem only;
    a GET that changes data; not documented publicly).

    Args:
        job_id (int | str):
        on (str):
        with_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UndocumentedResult]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        on=on,
        with_=with_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    on: str,
    with_: str | Unset = UNSET,
) -> ErrorResponse | UndocumentedResult | None:
    """Split a column into multiple units.

     Splits the values of column `on` at the separator `with`, making one unit per piece (Ruby gem only;
    a GET that changes data; not documented publicly).

    Args:
        job_id (int | str):
        on (str):
        with_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UndocumentedResult
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            on=on,
            with_=with_,
        )
    ).parsed
