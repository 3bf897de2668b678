from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.judgment_record import JudgmentRecord
from ...models.judgment_write import JudgmentWrite
from ...types import Response


def _get_kwargs(
    job_id: int | str,
    judgment_id: int,
    *,
    body: JudgmentWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/jobs/{job_id}/judgments/{judgment_id}".format(
            job_id=quote(str(job_id), safe=""),
            judgment_id=quote(str(judgment_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JudgmentRecord | None:
    if response.status_code == 200:
        response_200 = JudgmentRecord.from_dict(response.json())

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
) -> Response[ErrorResponse | JudgmentRecord]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: int | str,
    judgment_id: int,
    *,
    client: AuthenticatedClient,
    body: JudgmentWrite,
) -> Response[ErrorResponse | JudgmentRecord]:
    """Update a judgment (legacy docs only).

     Changes a judgment with `judgment[data][<field>]` / `judgment[<attr>]` form fields. Only the legacy
    judgments page documents this route (no `.json` suffix); no client uses it and the response is not
    documented.

    Args:
        job_id (int | str):
        judgment_id (int):
        body (JudgmentWrite): Legacy form fields of a judgment: answers as
            `judgment[data][<field>]`, attributes as `judgment[<attr>]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JudgmentRecord]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        judgment_id=judgment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int | str,
    judgment_id: int,
    *,
    client: AuthenticatedClient,
    body: JudgmentWrite,
) -> ErrorResponse | JudgmentRecord | None:
    """Update a judgment (legacy docs only).

     Changes a judgment with `judgment[data][<field>]` / `judgment[<attr>]` form fields. Only the legacy
    judgments page documents this route (no `.json` suffix); no client uses it and the response is not
    documented.

    Args:
        job_id (int | str):
        judgment_id (int):
        body (JudgmentWrite): Legacy form fields of a judgment: answers as
            `judgment[data][<field>]`, attributes as `judgment[<attr>]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JudgmentRecord
    """

    return sync_detailed(
        job_id=job_id,
        judgment_id=judgment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    judgment_id: int,
    *,
    client: AuthenticatedClient,
    body: JudgmentWrite,
) -> Response[ErrorResponse | JudgmentRecord]:
    """Update a judgment (legacy docs only).

     Changes a judgment with `judgment[data][<field>]` / `judgment[<attr>]` form fields. Only the legacy
    judgments page documents this route (no `.json` suffix); no client uses it and the response is not
    documented.

    Args:
        job_id (int | str):
        judgment_id (int):
        body (JudgmentWrite): Legacy form fields of a judgment: answers as
            `judgment[data][<field>]`, attributes as `judgment[<attr>]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JudgmentRecord]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        judgment_id=judgment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    judgment_id: int,
    *,
    client: AuthenticatedClient,
    body: JudgmentWrite,
) -> ErrorResponse | JudgmentRecord | None:
    """Update a judgment (legacy docs only).

     Changes a judgment with `judgment[data][<field>]` / `judgment[<attr>]` form fields. Only the legacy
    judgments page documents this route (no `.json` suffix); no client uses it and the response is not
    documented.

    Args:
        job_id (int | str):
        judgment_id (int):
        body (JudgmentWrite): Legacy form fields of a judgment: answers as
            `judgment[data][<field>]`, attributes as `judgment[<attr>]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JudgmentRecord
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            judgment_id=judgment_id,
            client=client,
            body=body,
        )
    ).parsed
