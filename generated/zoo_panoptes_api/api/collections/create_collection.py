from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_create_request import CollectionCreateRequest
from ...models.collections_response import CollectionsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CollectionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/collections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionsResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CollectionsResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CollectionsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CollectionCreateRequest,
) -> Response[CollectionsResponse | ErrorResponse]:
    """Create a collection.

     Creates a collection; only `display_name` is required. The owner defaults to the caller;
    `links.owner` may name a user group the caller can act for. `private` defaults to true. Needs the
    `collection` scope. Deviation from the published docs: the seed's example sends `display_name` and
    `href` in `links.owner`; only `id` and `type` are permitted (422 otherwise).

    Args:
        body (CollectionCreateRequest):  Example: {'collections': {'display_name': 'flowers',
            'private': False, 'links': {'owner': {'id': '10', 'type': 'user_groups'}, 'subjects':
            ['1', '2']}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CollectionCreateRequest,
) -> CollectionsResponse | ErrorResponse | None:
    """Create a collection.

     Creates a collection; only `display_name` is required. The owner defaults to the caller;
    `links.owner` may name a user group the caller can act for. `private` defaults to true. Needs the
    `collection` scope. Deviation from the published docs: the seed's example sends `display_name` and
    `href` in `links.owner`; only `id` and `type` are permitted (422 otherwise).

    Args:
        body (CollectionCreateRequest):  Example: {'collections': {'display_name': 'flowers',
            'private': False, 'links': {'owner': {'id': '10', 'type': 'user_groups'}, 'subjects':
            ['1', '2']}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CollectionCreateRequest,
) -> Response[CollectionsResponse | ErrorResponse]:
    """Create a collection.

     Creates a collection; only `display_name` is required. The owner defaults to the caller;
    `links.owner` may name a user group the caller can act for. `private` defaults to true. Needs the
    `collection` scope. Deviation from the published docs: the seed's example sends `display_name` and
    `href` in `links.owner`; only `id` and `type` are permitted (422 otherwise).

    Args:
        body (CollectionCreateRequest):  Example: {'collections': {'display_name': 'flowers',
            'private': False, 'links': {'owner': {'id': '10', 'type': 'user_groups'}, 'subjects':
            ['1', '2']}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CollectionCreateRequest,
) -> CollectionsResponse | ErrorResponse | None:
    """Create a collection.

     Creates a collection; only `display_name` is required. The owner defaults to the caller;
    `links.owner` may name a user group the caller can act for. `private` defaults to true. Needs the
    `collection` scope. Deviation from the published docs: the seed's example sends `display_name` and
    `href` in `links.owner`; only `id` and `type` are permitted (422 otherwise).

    Args:
        body (CollectionCreateRequest):  Example: {'collections': {'display_name': 'flowers',
            'private': False, 'links': {'owner': {'id': '10', 'type': 'user_groups'}, 'subjects':
            ['1', '2']}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
