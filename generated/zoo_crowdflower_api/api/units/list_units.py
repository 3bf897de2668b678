from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unit_list import UnitList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: int | str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}/units.json".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UnitList | None:
    if response.status_code == 200:
        response_200 = UnitList.from_dict(response.json())

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
) -> Response[ErrorResponse | UnitList]:
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | UnitList]:
    """List the units of a job (paged).

     One page of units as an object **keyed by unit id** whose values are the units' `data` (columns),
    not a list. Page until the server answers `{}`. Get a full unit (state, results) with `get_unit`.

    Args:
        job_id (int | str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UnitList]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | UnitList | None:
    """List the units of a job (paged).

     One page of units as an object **keyed by unit id** whose values are the units' `data` (columns),
    not a list. Page until the server answers `{}`. Get a full unit (state, results) with `get_unit`.

    Args:
        job_id (int | str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UnitList
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | UnitList]:
    """List the units of a job (paged).

     One page of units as an object **keyed by unit id** whose values are the units' `data` (columns),
    not a list. Page until the server answers `{}`. Get a full unit (state, results) with `get_unit`.

    Args:
        job_id (int | str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UnitList]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | UnitList | None:
    """List the units of a job (paged).

     One page of units as an object **keyed by unit id** whose values are the units' `data` (columns),
    not a list. Page until the server answers `{}`. Get a full unit (state, results) with `get_unit`.

    Args:
        job_id (int | str):
        page (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UnitList
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            page=page,
            limit=limit,
        )
    ).parsed
