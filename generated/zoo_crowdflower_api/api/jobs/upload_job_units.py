from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job import Job
from ...models.job_upload_feed import JobUploadFeed
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    job_id: int | str,
    *,
    body: File | JobUploadFeed | Unset = UNSET,
    force: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/{job_id}/upload.json".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "text/csv"
    if isinstance(body, JobUploadFeed):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Job | None:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

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
) -> Response[ErrorResponse | Job]:
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
    body: File | JobUploadFeed | Unset = UNSET,
    force: bool | Unset = UNSET,
) -> Response[ErrorResponse | Job]:
    """Append uploaded data (units) to a job.

     Adds the uploaded rows as units of the job. Body as for `create_job_from_upload`: newline-delimited
    JSON objects (`application/json`), CSV (`text/csv`) or a `job[uri]` data feed. Rows whose columns do
    not match the job's existing data are refused unless `force=true`. The same route also accepts PUT
    (`upload_job_units_with_put`).

    Args:
        job_id (int | str):
        force (bool | Unset):
        body (File): The raw upload, sent unchanged. As declared: CSV with a header row, one unit
            per line, UTF-8. The server equally takes newline-delimited JSON objects (one unit per
            line, not a JSON array; the first object defines the columns) under `Content-Type:
            application/json`: send those bytes as this body with that header. (One raw media type is
            declared so that generated clients send the bytes unchanged; a string under
            `application/json` would be JSON-encoded.) Example: url,sku
            https://example.com/a.jpg,1
            .
        body (JobUploadFeed): Instead of a file, point the job at a data feed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        force=force,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    body: File | JobUploadFeed | Unset = UNSET,
    force: bool | Unset = UNSET,
) -> ErrorResponse | Job | None:
    """Append uploaded data (units) to a job.

     Adds the uploaded rows as units of the job. Body as for `create_job_from_upload`: newline-delimited
    JSON objects (`application/json`), CSV (`text/csv`) or a `job[uri]` data feed. Rows whose columns do
    not match the job's existing data are refused unless `force=true`. The same route also accepts PUT
    (`upload_job_units_with_put`).

    Args:
        job_id (int | str):
        force (bool | Unset):
        body (File): The raw upload, sent unchanged. As declared: CSV with a header row, one unit
            per line, UTF-8. The server equally takes newline-delimited JSON objects (one unit per
            line, not a JSON array; the first object defines the columns) under `Content-Type:
            application/json`: send those bytes as this body with that header. (One raw media type is
            declared so that generated clients send the bytes unchanged; a string under
            `application/json` would be JSON-encoded.) Example: url,sku
            https://example.com/a.jpg,1
            .
        body (JobUploadFeed): Instead of a file, point the job at a data feed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Job
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
        force=force,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    body: File | JobUploadFeed | Unset = UNSET,
    force: bool | Unset = UNSET,
) -> Response[ErrorResponse | Job]:
    """Append uploaded data (units) to a job.

     Adds the uploaded rows as units of the job. Body as for `create_job_from_upload`: newline-delimited
    JSON objects (`application/json`), CSV (`text/csv`) or a `job[uri]` data feed. Rows whose columns do
    not match the job's existing data are refused unless `force=true`. The same route also accepts PUT
    (`upload_job_units_with_put`).

    Args:
        job_id (int | str):
        force (bool | Unset):
        body (File): The raw upload, sent unchanged. As declared: CSV with a header row, one unit
            per line, UTF-8. The server equally takes newline-delimited JSON objects (one unit per
            line, not a JSON array; the first object defines the columns) under `Content-Type:
            application/json`: send those bytes as this body with that header. (One raw media type is
            declared so that generated clients send the bytes unchanged; a string under
            `application/json` would be JSON-encoded.) Example: url,sku
            https://example.com/a.jpg,1
            .
        body (JobUploadFeed): Instead of a file, point the job at a data feed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        force=force,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    body: File | JobUploadFeed | Unset = UNSET,
    force: bool | Unset = UNSET,
) -> ErrorResponse | Job | None:
    """Append uploaded data (units) to a job.

     Adds the uploaded rows as units of the job. Body as for `create_job_from_upload`: newline-delimited
    JSON objects (`application/json`), CSV (`text/csv`) or a `job[uri]` data feed. Rows whose columns do
    not match the job's existing data are refused unless `force=true`. The same route also accepts PUT
    (`upload_job_units_with_put`).

    Args:
        job_id (int | str):
        force (bool | Unset):
        body (File): The raw upload, sent unchanged. As declared: CSV with a header row, one unit
            per line, UTF-8. The server equally takes newline-delimited JSON objects (one unit per
            line, not a JSON array; the first object defines the columns) under `Content-Type:
            application/json`: send those bytes as this body with that header. (One raw media type is
            declared so that generated clients send the bytes unchanged; a string under
            `application/json` would be JSON-encoded.) Example: url,sku
            https://example.com/a.jpg,1
            .
        body (JobUploadFeed): Instead of a file, point the job at a data feed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Job
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
            force=force,
        )
    ).parsed
