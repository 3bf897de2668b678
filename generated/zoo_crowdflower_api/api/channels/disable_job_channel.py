from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.channel_disable import ChannelDisable
from ...models.channels_result import ChannelsResult
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    job_id: int | str,
    *,
    body: ChannelDisable,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/{job_id}/disable_channel".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChannelsResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChannelsResult.from_dict(response.json())

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
) -> Response[ChannelsResult | ErrorResponse]:
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
    body: ChannelDisable,
) -> Response[ChannelsResult | ErrorResponse]:
    """Disable one channel of a job.

     Disables the channel named by `channel_name` (Ruby gem form; the R client sends the same key as
    JSON). Not documented publicly and not used by the everilae client.

    Args:
        job_id (int | str):
        body (ChannelDisable):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelsResult | ErrorResponse]
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
    body: ChannelDisable,
) -> ChannelsResult | ErrorResponse | None:
    """Disable one channel of a job.

     Disables the channel named by `channel_name` (Ruby gem form; the R client sends the same key as
    JSON). Not documented publicly and not used by the everilae client.

    Args:
        job_id (int | str):
        body (ChannelDisable):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelsResult | ErrorResponse
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
    body: ChannelDisable,
) -> Response[ChannelsResult | ErrorResponse]:
    """Disable one channel of a job.

     Disables the channel named by `channel_name` (Ruby gem form; the R client sends the same key as
    JSON). Not documented publicly and not used by the everilae client.

    Args:
        job_id (int | str):
        body (ChannelDisable):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelsResult | ErrorResponse]
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
    body: ChannelDisable,
) -> ChannelsResult | ErrorResponse | None:
    """Disable one channel of a job.

     Disables the channel named by `channel_name` (Ruby gem form; the R client sends the same key as
    JSON). Not documented publicly and not used by the everilae client.

    Args:
        job_id (int | str):
        body (ChannelDisable):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelsResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
