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
    subject_set_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/subject_sets/{subject_set_id}/classifications_export".format(
            subject_set_id=quote(str(subject_set_id), safe=""),
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
    subject_set_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | MediaResponse]:
    """Get the latest classifications export of a subject set

     Returns the latest classifications export medium of the subject set as a one-item `media` list.
    While the export job runs `metadata.state` is `creating`; once it is `ready` (older exports:
    `finished`) `src` is the download URL of the CSV file (signed and short-lived for private exports).
    Only an owner or collaborator of the subject set's project (or an admin) can read it: the server
    asks for no token here but looks the export up among what the caller may edit, so anonymous and
    other callers get 404. A subject set that was never exported is answered with 404.

    Args:
        subject_set_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaResponse]
    """

    kwargs = _get_kwargs(
        subject_set_id=subject_set_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subject_set_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | MediaResponse | None:
    """Get the latest classifications export of a subject set

     Returns the latest classifications export medium of the subject set as a one-item `media` list.
    While the export job runs `metadata.state` is `creating`; once it is `ready` (older exports:
    `finished`) `src` is the download URL of the CSV file (signed and short-lived for private exports).
    Only an owner or collaborator of the subject set's project (or an admin) can read it: the server
    asks for no token here but looks the export up among what the caller may edit, so anonymous and
    other callers get 404. A subject set that was never exported is answered with 404.

    Args:
        subject_set_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaResponse
    """

    return sync_detailed(
        subject_set_id=subject_set_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    subject_set_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | MediaResponse]:
    """Get the latest classifications export of a subject set

     Returns the latest classifications export medium of the subject set as a one-item `media` list.
    While the export job runs `metadata.state` is `creating`; once it is `ready` (older exports:
    `finished`) `src` is the download URL of the CSV file (signed and short-lived for private exports).
    Only an owner or collaborator of the subject set's project (or an admin) can read it: the server
    asks for no token here but looks the export up among what the caller may edit, so anonymous and
    other callers get 404. A subject set that was never exported is answered with 404.

    Args:
        subject_set_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaResponse]
    """

    kwargs = _get_kwargs(
        subject_set_id=subject_set_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subject_set_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | MediaResponse | None:
    """Get the latest classifications export of a subject set

     Returns the latest classifications export medium of the subject set as a one-item `media` list.
    While the export job runs `metadata.state` is `creating`; once it is `ready` (older exports:
    `finished`) `src` is the download URL of the CSV file (signed and short-lived for private exports).
    Only an owner or collaborator of the subject set's project (or an admin) can read it: the server
    asks for no token here but looks the export up among what the caller may edit, so anonymous and
    other callers get 404. A subject set that was never exported is answered with 404.

    Args:
        subject_set_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaResponse
    """

    return (
        await asyncio_detailed(
            subject_set_id=subject_set_id,
            client=client,
        )
    ).parsed
