from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.media_response import MediaResponse
from ...types import Response


def _get_kwargs(
    organization_id: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/organizations/{organization_id}/attached_images/{id}".format(
            organization_id=quote(str(organization_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MediaResponse | None:
    if response.status_code == 200:
        response_200 = MediaResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
    organization_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | MediaResponse]:
    """Get one attached image of a organization

     Returns one image attached to the organization, as a one-item `media` list, with an `ETag` to send
    back as `If-Match` on PUT and DELETE. Readable without login when the parent organization is
    publicly visible.

    Args:
        organization_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | MediaResponse | None:
    """Get one attached image of a organization

     Returns one image attached to the organization, as a one-item `media` list, with an `ETag` to send
    back as `If-Match` on PUT and DELETE. Readable without login when the parent organization is
    publicly visible.

    Args:
        organization_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | MediaResponse]:
    """Get one attached image of a organization

     Returns one image attached to the organization, as a one-item `media` list, with an `ETag` to send
    back as `If-Match` on PUT and DELETE. Readable without login when the parent organization is
    publicly visible.

    Args:
        organization_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | MediaResponse | None:
    """Get one attached image of a organization

     Returns one image attached to the organization, as a one-item `media` list, with an `ETag` to send
    back as `If-Match` on PUT and DELETE. Readable without login when the parent organization is
    publicly visible.

    Args:
        organization_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            id=id,
            client=client,
        )
    ).parsed
