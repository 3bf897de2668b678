from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.media_response import MediaResponse
from ...models.medium_create_request import MediumCreateRequest
from ...types import Response


def _get_kwargs(
    subject_id: str,
    *,
    body: MediumCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/subjects/{subject_id}/attached_images".format(
            subject_id=quote(str(subject_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MediaResponse | None:
    if response.status_code == 201:
        response_201 = MediaResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MediaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subject_id: str,
    *,
    client: AuthenticatedClient,
    body: MediumCreateRequest,
) -> Response[ErrorResponse | MediaResponse]:
    """Attach an image to a subject

     Creates an attached-image medium of the subject. For a Panoptes-hosted file (no `src`,
    `external_link` false) the response `src` is a signed PUT URL valid for 20 minutes: PUT the file
    bytes there with `Content-Type` set to the `content_type` given here (the blob store also wants
    `x-ms-blob-type: BlockBlob`). Needs a bearer token with the `medium` scope, held by someone allowed
    to update the subject (its uploader, or an owner or collaborator of its project). Not in the
    published docs (seed 2024): the server routes subject attached images since 2025-09.

    Args:
        subject_id (str):
        body (MediumCreateRequest): Body of a media create (`POST /api/<parent>/{id}/<media
            name>`). Example: {'media': {'content_type': 'image/png', 'metadata': {'filename':
            'avatar.png'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaResponse]
    """

    kwargs = _get_kwargs(
        subject_id=subject_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subject_id: str,
    *,
    client: AuthenticatedClient,
    body: MediumCreateRequest,
) -> ErrorResponse | MediaResponse | None:
    """Attach an image to a subject

     Creates an attached-image medium of the subject. For a Panoptes-hosted file (no `src`,
    `external_link` false) the response `src` is a signed PUT URL valid for 20 minutes: PUT the file
    bytes there with `Content-Type` set to the `content_type` given here (the blob store also wants
    `x-ms-blob-type: BlockBlob`). Needs a bearer token with the `medium` scope, held by someone allowed
    to update the subject (its uploader, or an owner or collaborator of its project). Not in the
    published docs (seed 2024): the server routes subject attached images since 2025-09.

    Args:
        subject_id (str):
        body (MediumCreateRequest): Body of a media create (`POST /api/<parent>/{id}/<media
            name>`). Example: {'media': {'content_type': 'image/png', 'metadata': {'filename':
            'avatar.png'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaResponse
    """

    return sync_detailed(
        subject_id=subject_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    subject_id: str,
    *,
    client: AuthenticatedClient,
    body: MediumCreateRequest,
) -> Response[ErrorResponse | MediaResponse]:
    """Attach an image to a subject

     Creates an attached-image medium of the subject. For a Panoptes-hosted file (no `src`,
    `external_link` false) the response `src` is a signed PUT URL valid for 20 minutes: PUT the file
    bytes there with `Content-Type` set to the `content_type` given here (the blob store also wants
    `x-ms-blob-type: BlockBlob`). Needs a bearer token with the `medium` scope, held by someone allowed
    to update the subject (its uploader, or an owner or collaborator of its project). Not in the
    published docs (seed 2024): the server routes subject attached images since 2025-09.

    Args:
        subject_id (str):
        body (MediumCreateRequest): Body of a media create (`POST /api/<parent>/{id}/<media
            name>`). Example: {'media': {'content_type': 'image/png', 'metadata': {'filename':
            'avatar.png'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaResponse]
    """

    kwargs = _get_kwargs(
        subject_id=subject_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subject_id: str,
    *,
    client: AuthenticatedClient,
    body: MediumCreateRequest,
) -> ErrorResponse | MediaResponse | None:
    """Attach an image to a subject

     Creates an attached-image medium of the subject. For a Panoptes-hosted file (no `src`,
    `external_link` false) the response `src` is a signed PUT URL valid for 20 minutes: PUT the file
    bytes there with `Content-Type` set to the `content_type` given here (the blob store also wants
    `x-ms-blob-type: BlockBlob`). Needs a bearer token with the `medium` scope, held by someone allowed
    to update the subject (its uploader, or an owner or collaborator of its project). Not in the
    published docs (seed 2024): the server routes subject attached images since 2025-09.

    Args:
        subject_id (str):
        body (MediumCreateRequest): Body of a media create (`POST /api/<parent>/{id}/<media
            name>`). Example: {'media': {'content_type': 'image/png', 'metadata': {'filename':
            'avatar.png'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaResponse
    """

    return (
        await asyncio_detailed(
            subject_id=subject_id,
            client=client,
            body=body,
        )
    ).parsed
