from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.regenerate_job_report_type import (
    RegenerateJobReportType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: int | str,
    *,
    type_: RegenerateJobReportType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/{job_id}/regenerate".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[ErrorResponse | str]:
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
    type_: RegenerateJobReportType | Unset = UNSET,
) -> Response[ErrorResponse | str]:
    """Regenerate a report before downloading it.

     Starts rebuilding the report of the given `type`; download it afterwards with `download_job_report`
    (which answers 202 until it is ready). Only the R client uses this route; the everilae client has no
    regenerate call.

    Args:
        job_id (int | str):
        type_ (RegenerateJobReportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    type_: RegenerateJobReportType | Unset = UNSET,
) -> ErrorResponse | str | None:
    """Regenerate a report before downloading it.

     Starts rebuilding the report of the given `type`; download it afterwards with `download_job_report`
    (which answers 202 until it is ready). Only the R client uses this route; the everilae client has no
    regenerate call.

    Args:
        job_id (int | str):
        type_ (RegenerateJobReportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    type_: RegenerateJobReportType | Unset = UNSET,
) -> Response[ErrorResponse | str]:
    """Regenerate a report before downloading it.

     Starts rebuilding the report of the given `type`; download it afterwards with `download_job_report`
    (which answers 202 until it is ready). Only the R client uses this route; the everilae client has no
    regenerate call.

    Args:
        job_id (int | str):
        type_ (RegenerateJobReportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    type_: RegenerateJobReportType | Unset = UNSET,
) -> ErrorResponse | str | None:
    """Regenerate a report before downloading it.

     Starts rebuilding the report of the given `type`; download it afterwards with `download_job_report`
    (which answers 202 until it is ready). Only the R client uses this route; the everilae client has no
    regenerate call.

    Args:
        job_id (int | str):
        type_ (RegenerateJobReportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            type_=type_,
        )
    ).parsed
