from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_default_subject_link_request import (
    CollectionDefaultSubjectLinkRequest,
)
from ...models.collections_response import CollectionsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    collection_id: str,
    *,
    body: CollectionDefaultSubjectLinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/collections/{collection_id}/links/default_subject".format(
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
    body: CollectionDefaultSubjectLinkRequest,
) -> Response[CollectionsResponse | ErrorResponse]:
    """Set a collection's default subject.

     Sets the subject whose first location is the collection's thumbnail (`default_subject_src`; without
    a default subject the first subject's). The body key must be `default_subject` with one subject id:
    a null value is answered with 422 (`Link relation default_subject must match body key`), like a
    missing key; clear the default subject with the DELETE route or a `PUT` of `links.default_subject:
    null`. Needs owner or edit rights; no `If-Match`.

    Args:
        collection_id (str):
        body (CollectionDefaultSubjectLinkRequest): The body key must be `default_subject` and
            hold one subject id. A null (or missing) value is answered with 422 `Link relation
            default_subject must match body key`; to clear the default subject use `DELETE
            .../links/default_subject/{id}` or `PUT` with `links.default_subject: null`. Example:
            {'default_subject': '1'}.

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
    body: CollectionDefaultSubjectLinkRequest,
) -> CollectionsResponse | ErrorResponse | None:
    """Set a collection's default subject.

     Sets the subject whose first location is the collection's thumbnail (`default_subject_src`; without
    a default subject the first subject's). The body key must be `default_subject` with one subject id:
    a null value is answered with 422 (`Link relation default_subject must match body key`), like a
    missing key; clear the default subject with the DELETE route or a `PUT` of `links.default_subject:
    null`. Needs owner or edit rights; no `If-Match`.

    Args:
        collection_id (str):
        body (CollectionDefaultSubjectLinkRequest): The body key must be `default_subject` and
            hold one subject id. A null (or missing) value is answered with 422 `Link relation
            default_subject must match body key`; to clear the default subject use `DELETE
            .../links/default_subject/{id}` or `PUT` with `links.default_subject: null`. Example:
            {'default_subject': '1'}.

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
    body: CollectionDefaultSubjectLinkRequest,
) -> Response[CollectionsResponse | ErrorResponse]:
    """Set a collection's default subject.

     Sets the subject whose first location is the collection's thumbnail (`default_subject_src`; without
    a default subject the first subject's). The body key must be `default_subject` with one subject id:
    a null value is answered with 422 (`Link relation default_subject must match body key`), like a
    missing key; clear the default subject with the DELETE route or a `PUT` of `links.default_subject:
    null`. Needs owner or edit rights; no `If-Match`.

    Args:
        collection_id (str):
        body (CollectionDefaultSubjectLinkRequest): The body key must be `default_subject` and
            hold one subject id. A null (or missing) value is answered with 422 `Link relation
            default_subject must match body key`; to clear the default subject use `DELETE
            .../links/default_subject/{id}` or `PUT` with `links.default_subject: null`. Example:
            {'default_subject': '1'}.

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
    body: CollectionDefaultSubjectLinkRequest,
) -> CollectionsResponse | ErrorResponse | None:
    """Set a collection's default subject.

     Sets the subject whose first location is the collection's thumbnail (`default_subject_src`; without
    a default subject the first subject's). The body key must be `default_subject` with one subject id:
    a null value is answered with 422 (`Link relation default_subject must match body key`), like a
    missing key; clear the default subject with the DELETE route or a `PUT` of `links.default_subject:
    null`. Needs owner or edit rights; no `If-Match`.

    Args:
        collection_id (str):
        body (CollectionDefaultSubjectLinkRequest): The body key must be `default_subject` and
            hold one subject id. A null (or missing) value is answered with 422 `Link relation
            default_subject must match body key`; to clear the default subject use `DELETE
            .../links/default_subject/{id}` or `PUT` with `links.default_subject: null`. Example:
            {'default_subject': '1'}.

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
