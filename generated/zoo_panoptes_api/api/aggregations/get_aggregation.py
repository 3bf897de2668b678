from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.aggregations_response import AggregationsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/aggregations/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AggregationsResponse | Any | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AggregationsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[AggregationsResponse | Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[AggregationsResponse | Any | ErrorResponse]:
    """Get an aggregation

     Returns one aggregation (still a one-element list under `aggregations`). Requires login with the
    `project` scope.

    Args:
        id (str):
        include (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AggregationsResponse | Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        admin=admin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> AggregationsResponse | Any | ErrorResponse | None:
    """Get an aggregation

     Returns one aggregation (still a one-element list under `aggregations`). Requires login with the
    `project` scope.

    Args:
        id (str):
        include (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AggregationsResponse | Any | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        include=include,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[AggregationsResponse | Any | ErrorResponse]:
    """Get an aggregation

     Returns one aggregation (still a one-element list under `aggregations`). Requires login with the
    `project` scope.

    Args:
        id (str):
        include (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AggregationsResponse | Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        admin=admin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> AggregationsResponse | Any | ErrorResponse | None:
    """Get an aggregation

     Returns one aggregation (still a one-element list under `aggregations`). Requires login with the
    `project` scope.

    Args:
        id (str):
        include (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AggregationsResponse | Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            include=include,
            admin=admin,
        )
    ).parsed
