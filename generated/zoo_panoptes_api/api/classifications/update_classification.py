from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.classification_update_request import ClassificationUpdateRequest
from ...models.classifications_response import ClassificationsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: ClassificationUpdateRequest,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/classifications/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClassificationsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClassificationsResponse.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = ErrorResponse.from_dict(response.json())

        return response_412

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = ErrorResponse.from_dict(response.json())

        return response_428

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClassificationsResponse | ErrorResponse]:
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
    body: ClassificationUpdateRequest,
    if_match: str,
) -> Response[ClassificationsResponse | ErrorResponse]:
    """Update an incomplete classification.

     Replaces the annotations (send the full array) and optionally `metadata` and `completed` of one of
    the caller's incomplete classifications. A completed classification cannot be changed (403). Needs
    the `classification` scope and `If-Match`.

    Args:
        id (str):
        if_match (str):
        body (ClassificationUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassificationsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ClassificationUpdateRequest,
    if_match: str,
) -> ClassificationsResponse | ErrorResponse | None:
    """Update an incomplete classification.

     Replaces the annotations (send the full array) and optionally `metadata` and `completed` of one of
    the caller's incomplete classifications. A completed classification cannot be changed (403). Needs
    the `classification` scope and `If-Match`.

    Args:
        id (str):
        if_match (str):
        body (ClassificationUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassificationsResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ClassificationUpdateRequest,
    if_match: str,
) -> Response[ClassificationsResponse | ErrorResponse]:
    """Update an incomplete classification.

     Replaces the annotations (send the full array) and optionally `metadata` and `completed` of one of
    the caller's incomplete classifications. A completed classification cannot be changed (403). Needs
    the `classification` scope and `If-Match`.

    Args:
        id (str):
        if_match (str):
        body (ClassificationUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassificationsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ClassificationUpdateRequest,
    if_match: str,
) -> ClassificationsResponse | ErrorResponse | None:
    """Update an incomplete classification.

     Replaces the annotations (send the full array) and optionally `metadata` and `completed` of one of
    the caller's incomplete classifications. A completed classification cannot be changed (403). Needs
    the `classification` scope and `If-Match`.

    Args:
        id (str):
        if_match (str):
        body (ClassificationUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassificationsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
