from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_job_report_type import (
    DownloadJobReportType,
)
from ...models.error_response import ErrorResponse
from ...models.notice_response import NoticeResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: int | str,
    *,
    type_: DownloadJobReportType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}.csv".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | NoticeResponse | str | None:
    if response.status_code == 200:
        response_200 = cast(str, response.content)
        return response_200

    if response.status_code == 202:
        response_202 = NoticeResponse.from_dict(response.json())

        return response_202

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
) -> Response[ErrorResponse | NoticeResponse | str]:
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
    type_: DownloadJobReportType | Unset = UNSET,
) -> Response[ErrorResponse | NoticeResponse | str]:
    """Download a results report (ZIP).

     A ZIP archive containing one file: the report of the requested `type`. While the report is being
    generated the server answers 202 with a `notice` message ("Try again in 10 seconds"): retry until
    200 (the Ruby gem retries every 10 s). Use `regenerate_job_report` to rebuild a stale report first.
    Deviation from the published docs: the legacy docs select the report with `full=true|false`; the
    clients send `type=` (everilae defaults to `json`, the Ruby gem to `full`).

    Args:
        job_id (int | str):
        type_ (DownloadJobReportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NoticeResponse | str]
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
    type_: DownloadJobReportType | Unset = UNSET,
) -> ErrorResponse | NoticeResponse | str | None:
    """Download a results report (ZIP).

     A ZIP archive containing one file: the report of the requested `type`. While the report is being
    generated the server answers 202 with a `notice` message ("Try again in 10 seconds"): retry until
    200 (the Ruby gem retries every 10 s). Use `regenerate_job_report` to rebuild a stale report first.
    Deviation from the published docs: the legacy docs select the report with `full=true|false`; the
    clients send `type=` (everilae defaults to `json`, the Ruby gem to `full`).

    Args:
        job_id (int | str):
        type_ (DownloadJobReportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NoticeResponse | str
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
    type_: DownloadJobReportType | Unset = UNSET,
) -> Response[ErrorResponse | NoticeResponse | str]:
    """Download a results report (ZIP).

     A ZIP archive containing one file: the report of the requested `type`. While the report is being
    generated the server answers 202 with a `notice` message ("Try again in 10 seconds"): retry until
    200 (the Ruby gem retries every 10 s). Use `regenerate_job_report` to rebuild a stale report first.
    Deviation from the published docs: the legacy docs select the report with `full=true|false`; the
    clients send `type=` (everilae defaults to `json`, the Ruby gem to `full`).

    Args:
        job_id (int | str):
        type_ (DownloadJobReportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | NoticeResponse | str]
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
    type_: DownloadJobReportType | Unset = UNSET,
) -> ErrorResponse | NoticeResponse | str | None:
    """Download a results report (ZIP).

     A ZIP archive containing one file: the report of the requested `type`. While the report is being
    generated the server answers 202 with a `notice` message ("Try again in 10 seconds"): retry until
    200 (the Ruby gem retries every 10 s). Use `regenerate_job_report` to rebuild a stale report first.
    Deviation from the published docs: the legacy docs select the report with `full=true|false`; the
    clients send `type=` (everilae defaults to `json`, the Ruby gem to `full`).

    Args:
        job_id (int | str):
        type_ (DownloadJobReportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | NoticeResponse | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            type_=type_,
        )
    ).parsed
