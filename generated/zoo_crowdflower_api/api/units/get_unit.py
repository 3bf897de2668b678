from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unit import Unit
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: int | str,
    unit_id: int,
    *,
    simple: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["simple"] = simple

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}/units/{unit_id}.json".format(
            job_id=quote(str(job_id), safe=""),
            unit_id=quote(str(unit_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Unit | None:
    if response.status_code == 200:
        response_200 = Unit.from_dict(response.json())

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
) -> Response[ErrorResponse | Unit]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: int | str,
    unit_id: int,
    *,
    client: AuthenticatedClient,
    simple: bool | Unset = UNSET,
) -> Response[ErrorResponse | Unit]:
    """Get a unit, with its results once judged.

     The unit; `results` appears once trusted judgments exist.

    Args:
        job_id (int | str):
        unit_id (int):
        simple (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Unit]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        unit_id=unit_id,
        simple=simple,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int | str,
    unit_id: int,
    *,
    client: AuthenticatedClient,
    simple: bool | Unset = UNSET,
) -> ErrorResponse | Unit | None:
    """Get a unit, with its results once judged.

     The unit; `results` appears once trusted judgments exist.

    Args:
        job_id (int | str):
        unit_id (int):
        simple (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Unit
    """

    return sync_detailed(
        job_id=job_id,
        unit_id=unit_id,
        client=client,
        simple=simple,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    unit_id: int,
    *,
    client: AuthenticatedClient,
    simple: bool | Unset = UNSET,
) -> Response[ErrorResponse | Unit]:
    """Get a unit, with its results once judged.

     The unit; `results` appears once trusted judgments exist.

    Args:
        job_id (int | str):
        unit_id (int):
        simple (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Unit]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        unit_id=unit_id,
        simple=simple,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    unit_id: int,
    *,
    client: AuthenticatedClient,
    simple: bool | Unset = UNSET,
) -> ErrorResponse | Unit | None:
    """Get a unit, with its results once judged.

     The unit; `results` appears once trusted judgments exist.

    Args:
        job_id (int | str):
        unit_id (int):
        simple (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Unit
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            unit_id=unit_id,
            client=client,
            simple=simple,
        )
    ).parsed
