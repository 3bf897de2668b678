from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.media_response import MediaResponse
from ...models.medium_update_request import MediumUpdateRequest
from ...types import Response


def _get_kwargs(
    user_id: str,
    *,
    body: MediumUpdateRequest,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/users/{user_id}/avatar".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MediaResponse | None:
    if response.status_code == 200:
        response_200 = MediaResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MediaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: MediumUpdateRequest,
    if_match: str,
) -> Response[ErrorResponse | MediaResponse]:
    """Update the metadata of the avatar of a user

     Replaces the `metadata` of the user's avatar (the only writable field). The response `src` is again
    a signed PUT URL (valid 20 minutes), not the public GET URL. Needs `If-Match` with the ETag of the
    last GET, and a bearer token with the `medium` scope held by the user themself (or an admin).

    Args:
        user_id (str):
        if_match (str):
        body (MediumUpdateRequest): Body of a media update (`PUT`). Example: {'media':
            {'metadata': {'filename': 'new-name.png'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: MediumUpdateRequest,
    if_match: str,
) -> ErrorResponse | MediaResponse | None:
    """Update the metadata of the avatar of a user

     Replaces the `metadata` of the user's avatar (the only writable field). The response `src` is again
    a signed PUT URL (valid 20 minutes), not the public GET URL. Needs `If-Match` with the ETag of the
    last GET, and a bearer token with the `medium` scope held by the user themself (or an admin).

    Args:
        user_id (str):
        if_match (str):
        body (MediumUpdateRequest): Body of a media update (`PUT`). Example: {'media':
            {'metadata': {'filename': 'new-name.png'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: MediumUpdateRequest,
    if_match: str,
) -> Response[ErrorResponse | MediaResponse]:
    """Update the metadata of the avatar of a user

     Replaces the `metadata` of the user's avatar (the only writable field). The response `src` is again
    a signed PUT URL (valid 20 minutes), not the public GET URL. Needs `If-Match` with the ETag of the
    last GET, and a bearer token with the `medium` scope held by the user themself (or an admin).

    Args:
        user_id (str):
        if_match (str):
        body (MediumUpdateRequest): Body of a media update (`PUT`). Example: {'media':
            {'metadata': {'filename': 'new-name.png'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: MediumUpdateRequest,
    if_match: str,
) -> ErrorResponse | MediaResponse | None:
    """Update the metadata of the avatar of a user

     Replaces the `metadata` of the user's avatar (the only writable field). The response `src` is again
    a signed PUT URL (valid 20 minutes), not the public GET URL. Needs `If-Match` with the ETag of the
    last GET, and a bearer token with the `medium` scope held by the user themself (or an admin).

    Args:
        user_id (str):
        if_match (str):
        body (MediumUpdateRequest): Body of a media update (`PUT`). Example: {'media':
            {'metadata': {'filename': 'new-name.png'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
