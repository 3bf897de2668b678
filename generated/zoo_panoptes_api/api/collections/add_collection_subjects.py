from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_subjects_link_request import CollectionSubjectsLinkRequest
from ...models.collections_response import CollectionsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    collection_id: str,
    *,
    body: CollectionSubjectsLinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/collections/{collection_id}/links/subjects".format(
            collection_id=quote(str(collection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CollectionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionSubjectsLinkRequest,
) -> Response[CollectionsResponse | ErrorResponse]:
    """Add subjects to a collection.

     Adds one or more subjects. The body key must be `subjects` (422 otherwise). Needs owner or edit
    rights; no `If-Match`. Answers with the updated collection.

    Args:
        collection_id (str):
        body (CollectionSubjectsLinkRequest):  Example: {'subjects': ['1', '2']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionSubjectsLinkRequest,
) -> CollectionsResponse | ErrorResponse | None:
    """Add subjects to a collection.

     Adds one or more subjects. The body key must be `subjects` (422 otherwise). Needs owner or edit
    rights; no `If-Match`. Answers with the updated collection.

    Args:
        collection_id (str):
        body (CollectionSubjectsLinkRequest):  Example: {'subjects': ['1', '2']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionsResponse | ErrorResponse
    """

    return sync_detailed(
        collection_id=collection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionSubjectsLinkRequest,
) -> Response[CollectionsResponse | ErrorResponse]:
    """Add subjects to a collection.

     Adds one or more subjects. The body key must be `subjects` (422 otherwise). Needs owner or edit
    rights; no `If-Match`. Answers with the updated collection.

    Args:
        collection_id (str):
        body (CollectionSubjectsLinkRequest):  Example: {'subjects': ['1', '2']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        collection_id=collection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collection_id: str,
    *,
    client: AuthenticatedClient,
    body: CollectionSubjectsLinkRequest,
) -> CollectionsResponse | ErrorResponse | None:
    """Add subjects to a collection.

     Adds one or more subjects. The body key must be `subjects` (422 otherwise). Needs owner or edit
    rights; no `If-Match`. Answers with the updated collection.

    Args:
        collection_id (str):
        body (CollectionSubjectsLinkRequest):  Example: {'subjects': ['1', '2']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            collection_id=collection_id,
            client=client,
            body=body,
        )
    ).parsed
