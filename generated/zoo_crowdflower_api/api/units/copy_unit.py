from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.copy_unit_unitdata import CopyUnitUnitdata
from ...models.error_response import ErrorResponse
from ...models.unit import Unit
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: int | str,
    unit_id: int,
    *,
    unitjob_id: int | Unset = UNSET,
    unitdata: CopyUnitUnitdata | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["unit[job_id]"] = unitjob_id

    json_unitdata: dict[str, Any] | Unset = UNSET
    if not isinstance(unitdata, Unset):
        json_unitdata = unitdata.to_dict()
    if not isinstance(json_unitdata, Unset):
        params.update(json_unitdata)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}/units/{unit_id}/copy".format(
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
    unit_id: int,
    *,
    client: AuthenticatedClient,
    unitjob_id: int | Unset = UNSET,
    unitdata: CopyUnitUnitdata | Unset = UNSET,
) -> Response[ErrorResponse | Unit]:
    """Copy a unit to another job.

     Copies the unit into the job `unit[job_id]`, optionally overriding columns with
    `unit[data][<column>]` (query parameters; a GET that creates, as the Ruby gem sends it; not
    documented publicly).

    Args:
        job_id (int | str):
        unit_id (int):
        unitjob_id (int | Unset):
        unitdata (CopyUnitUnitdata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Unit]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        unit_id=unit_id,
        unitjob_id=unitjob_id,
        unitdata=unitdata,
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
    unitjob_id: int | Unset = UNSET,
    unitdata: CopyUnitUnitdata | Unset = UNSET,
) -> ErrorResponse | Unit | None:
    """Copy a unit to another job.

     Copies the unit into the job `unit[job_id]`, optionally overriding columns with
    `unit[data][<column>]` (query parameters; a GET that creates, as the Ruby gem sends it; not
    documented publicly).

    Args:
        job_id (int | str):
        unit_id (int):
        unitjob_id (int | Unset):
        unitdata (CopyUnitUnitdata | Unset):

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
        unitjob_id=unitjob_id,
        unitdata=unitdata,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    unit_id: int,
    *,
    client: AuthenticatedClient,
    unitjob_id: int | Unset = UNSET,
    unitdata: CopyUnitUnitdata | Unset = UNSET,
) -> Response[ErrorResponse | Unit]:
    """Copy a unit to another job.

     Copies the unit into the job `unit[job_id]`, optionally overriding columns with
    `unit[data][<column>]` (query parameters; a GET that creates, as the Ruby gem sends it; not
    documented publicly).

    Args:
        job_id (int | str):
        unit_id (int):
        unitjob_id (int | Unset):
        unitdata (CopyUnitUnitdata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Unit]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        unit_id=unit_id,
        unitjob_id=unitjob_id,
        unitdata=unitdata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    unit_id: int,
    *,
    client: AuthenticatedClient,
    unitjob_id: int | Unset = UNSET,
    unitdata: CopyUnitUnitdata | Unset = UNSET,
) -> ErrorResponse | Unit | None:
    """Copy a unit to another job.

     Copies the unit into the job `unit[job_id]`, optionally overriding columns with
    `unit[data][<column>]` (query parameters; a GET that creates, as the Ruby gem sends it; not
    documented publicly).

    Args:
        job_id (int | str):
        unit_id (int):
        unitjob_id (int | Unset):
        unitdata (CopyUnitUnitdata | Unset):

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
            unitjob_id=unitjob_id,
            unitdata=unitdata,
        )
    ).parsed
