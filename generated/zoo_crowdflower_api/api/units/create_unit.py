from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unit import Unit
from ...models.unit_create import UnitCreate
from ...types import Response


def _get_kwargs(
    job_id: int | str,
    *,
    body: UnitCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/{job_id}/units.json".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

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
    *,
    client: AuthenticatedClient,
    body: UnitCreate,
) -> Response[ErrorResponse | Unit]:
    """Create one unit (row).

     Adds one row from `unit[data][<column>]` form fields (or `unit[data]` as a JSON string, as the Ruby
    gem sends it) and optionally `unit[golden]`. If the job has `auto_order` on, the unit is ordered as
    soon as it is created. To add many rows use `upload_job_units`.

    Args:
        job_id (int | str):
        body (UnitCreate): Form fields of a new unit. Send the columns either as one
            `unit[data][<column>]` field each (docs) or as `unit[data]` holding a JSON object string
            (Ruby gem).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Unit]
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
    body: UnitCreate,
) -> ErrorResponse | Unit | None:
    """Create one unit (row).

     Adds one row from `unit[data][<column>]` form fields (or `unit[data]` as a JSON string, as the Ruby
    gem sends it) and optionally `unit[golden]`. If the job has `auto_order` on, the unit is ordered as
    soon as it is created. To add many rows use `upload_job_units`.

    Args:
        job_id (int | str):
        body (UnitCreate): Form fields of a new unit. Send the columns either as one
            `unit[data][<column>]` field each (docs) or as `unit[data]` holding a JSON object string
            (Ruby gem).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Unit
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
    body: UnitCreate,
) -> Response[ErrorResponse | Unit]:
    """Create one unit (row).

     Adds one row from `unit[data][<column>]` form fields (or `unit[data]` as a JSON string, as the Ruby
    gem sends it) and optionally `unit[golden]`. If the job has `auto_order` on, the unit is ordered as
    soon as it is created. To add many rows use `upload_job_units`.

    Args:
        job_id (int | str):
        body (UnitCreate): Form fields of a new unit. Send the columns either as one
            `unit[data][<column>]` field each (docs) or as `unit[data]` holding a JSON object string
            (Ruby gem).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Unit]
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
    body: UnitCreate,
) -> ErrorResponse | Unit | None:
    """Create one unit (row).

     Adds one row from `unit[data][<column>]` form fields (or `unit[data]` as a JSON string, as the Ruby
    gem sends it) and optionally `unit[golden]`. If the job has `auto_order` on, the unit is ordered as
    soon as it is created. To add many rows use `upload_job_units`.

    Args:
        job_id (int | str):
        body (UnitCreate): Form fields of a new unit. Send the columns either as one
            `unit[data][<column>]` field each (docs) or as `unit[data]` holding a JSON object string
            (Ruby gem).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Unit
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
