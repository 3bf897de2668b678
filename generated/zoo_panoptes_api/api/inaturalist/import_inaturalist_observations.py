from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.inaturalist_import_request import InaturalistImportRequest
from ...models.inaturalist_import_response import InaturalistImportResponse
from ...types import Response


def _get_kwargs(
    *,
    body: InaturalistImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/inaturalist/import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InaturalistImportResponse | None:
    if response.status_code == 200:
        response_200 = InaturalistImportResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InaturalistImportResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InaturalistImportRequest,
) -> Response[ErrorResponse | InaturalistImportResponse]:
    """Import iNaturalist observations

     Imports the iNaturalist observations of a taxon as subjects of a subject set, in the background. The
    body is top-level (not wrapped in a resource key). The caller must own or collaborate on the subject
    set's project (403 otherwise).

    Args:
        body (InaturalistImportRequest): Top-level body (not wrapped in a resource key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InaturalistImportResponse]
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
    body: InaturalistImportRequest,
) -> ErrorResponse | InaturalistImportResponse | None:
    """Import iNaturalist observations

     Imports the iNaturalist observations of a taxon as subjects of a subject set, in the background. The
    body is top-level (not wrapped in a resource key). The caller must own or collaborate on the subject
    set's project (403 otherwise).

    Args:
        body (InaturalistImportRequest): Top-level body (not wrapped in a resource key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InaturalistImportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InaturalistImportRequest,
) -> Response[ErrorResponse | InaturalistImportResponse]:
    """Import iNaturalist observations

     Imports the iNaturalist observations of a taxon as subjects of a subject set, in the background. The
    body is top-level (not wrapped in a resource key). The caller must own or collaborate on the subject
    set's project (403 otherwise).

    Args:
        body (InaturalistImportRequest): Top-level body (not wrapped in a resource key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InaturalistImportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InaturalistImportRequest,
) -> ErrorResponse | InaturalistImportResponse | None:
    """Import iNaturalist observations

     Imports the iNaturalist observations of a taxon as subjects of a subject set, in the background. The
    body is top-level (not wrapped in a resource key). The caller must own or collaborate on the subject
    set's project (403 otherwise).

    Args:
        body (InaturalistImportRequest): Top-level body (not wrapped in a resource key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InaturalistImportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
