from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.judgment_aggregates import JudgmentAggregates
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: int | str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    latest: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["latest"] = latest

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}/judgments.json".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JudgmentAggregates | None:
    if response.status_code == 200:
        response_200 = JudgmentAggregates.from_dict(response.json())

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
) -> Response[ErrorResponse | JudgmentAggregates]:
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
    latest: bool | Unset = UNSET,
) -> Response[ErrorResponse | JudgmentAggregates]:
    """List judgment aggregates of a job (paged).

     One page (at most 100) of judgment aggregates as an object **keyed by unit id**. Page until the
    server answers `{}`. The aggregate structure is undocumented and may change.

    Args:
        job_id (int | str):
        page (int | Unset):
        limit (int | Unset):
        latest (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JudgmentAggregates]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        page=page,
        limit=limit,
        latest=latest,
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
    latest: bool | Unset = UNSET,
) -> ErrorResponse | JudgmentAggregates | None:
    """List judgment aggregates of a job (paged).

     One page (at most 100) of judgment aggregates as an object **keyed by unit id**. Page until the
    server answers `{}`. The aggregate structure is undocumented and may change.

    Args:
        job_id (int | str):
        page (int | Unset):
        limit (int | Unset):
        latest (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JudgmentAggregates
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        page=page,
        limit=limit,
        latest=latest,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    latest: bool | Unset = UNSET,
) -> Response[ErrorResponse | JudgmentAggregates]:
    """List judgment aggregates of a job (paged).

     One page (at most 100) of judgment aggregates as an object **keyed by unit id**. Page until the
    server answers `{}`. The aggregate structure is undocumented and may change.

    Args:
        job_id (int | str):
        page (int | Unset):
        limit (int | Unset):
        latest (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JudgmentAggregates]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        page=page,
        limit=limit,
        latest=latest,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    latest: bool | Unset = UNSET,
) -> ErrorResponse | JudgmentAggregates | None:
    """List judgment aggregates of a job (paged).

     One page (at most 100) of judgment aggregates as an object **keyed by unit id**. Page until the
    server answers `{}`. The aggregate structure is undocumented and may change.

    Args:
        job_id (int | str):
        page (int | Unset):
        limit (int | Unset):
        latest (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JudgmentAggregates
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            page=page,
            limit=limit,
            latest=latest,
        )
    ).parsed
