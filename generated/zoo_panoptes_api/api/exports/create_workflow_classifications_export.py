from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.export_create_request import ExportCreateRequest
from ...models.media_response import MediaResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
    *,
    body: ExportCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/workflows/{workflow_id}/classifications_export".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportCreateRequest | Unset = UNSET,
) -> Response[ErrorResponse | MediaResponse]:
    """Request a new classifications export of a workflow

     Starts a background job that writes a CSV of the classifications of the workflow and answers 201 at
    once with the export medium, whose `metadata.state` is `creating` (an existing export medium of the
    workflow is reused and reset). The export runs in the background: poll `GET` on this path (every few
    seconds) until `media[0].metadata.state` is `ready` (older exports say `finished`), then download
    `media[0].src`. The users in `metadata.recipients` (default: the caller) are emailed when it is
    ready. Send `{}` for the defaults; only `text/csv` exports exist. Needs a bearer token with the
    `project` scope, held by an owner or collaborator of the workflow's project (or an admin).

    Args:
        workflow_id (str):
        body (ExportCreateRequest | Unset): Optional body of an export create (`POST
            /api/<parent>/{id}/<type>_export`). The python client sends `{"media": {"content_type":
            "text/csv"}}`. Example: {'media': {'content_type': 'text/csv'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportCreateRequest | Unset = UNSET,
) -> ErrorResponse | MediaResponse | None:
    """Request a new classifications export of a workflow

     Starts a background job that writes a CSV of the classifications of the workflow and answers 201 at
    once with the export medium, whose `metadata.state` is `creating` (an existing export medium of the
    workflow is reused and reset). The export runs in the background: poll `GET` on this path (every few
    seconds) until `media[0].metadata.state` is `ready` (older exports say `finished`), then download
    `media[0].src`. The users in `metadata.recipients` (default: the caller) are emailed when it is
    ready. Send `{}` for the defaults; only `text/csv` exports exist. Needs a bearer token with the
    `project` scope, held by an owner or collaborator of the workflow's project (or an admin).

    Args:
        workflow_id (str):
        body (ExportCreateRequest | Unset): Optional body of an export create (`POST
            /api/<parent>/{id}/<type>_export`). The python client sends `{"media": {"content_type":
            "text/csv"}}`. Example: {'media': {'content_type': 'text/csv'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportCreateRequest | Unset = UNSET,
) -> Response[ErrorResponse | MediaResponse]:
    """Request a new classifications export of a workflow

     Starts a background job that writes a CSV of the classifications of the workflow and answers 201 at
    once with the export medium, whose `metadata.state` is `creating` (an existing export medium of the
    workflow is reused and reset). The export runs in the background: poll `GET` on this path (every few
    seconds) until `media[0].metadata.state` is `ready` (older exports say `finished`), then download
    `media[0].src`. The users in `metadata.recipients` (default: the caller) are emailed when it is
    ready. Send `{}` for the defaults; only `text/csv` exports exist. Needs a bearer token with the
    `project` scope, held by an owner or collaborator of the workflow's project (or an admin).

    Args:
        workflow_id (str):
        body (ExportCreateRequest | Unset): Optional body of an export create (`POST
            /api/<parent>/{id}/<type>_export`). The python client sends `{"media": {"content_type":
            "text/csv"}}`. Example: {'media': {'content_type': 'text/csv'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: ExportCreateRequest | Unset = UNSET,
) -> ErrorResponse | MediaResponse | None:
    """Request a new classifications export of a workflow

     Starts a background job that writes a CSV of the classifications of the workflow and answers 201 at
    once with the export medium, whose `metadata.state` is `creating` (an existing export medium of the
    workflow is reused and reset). The export runs in the background: poll `GET` on this path (every few
    seconds) until `media[0].metadata.state` is `ready` (older exports say `finished`), then download
    `media[0].src`. The users in `metadata.recipients` (default: the caller) are emailed when it is
    ready. Send `{}` for the defaults; only `text/csv` exports exist. Needs a bearer token with the
    `project` scope, held by an owner or collaborator of the workflow's project (or an admin).

    Args:
        workflow_id (str):
        body (ExportCreateRequest | Unset): Optional body of an export create (`POST
            /api/<parent>/{id}/<type>_export`). The python client sends `{"media": {"content_type":
            "text/csv"}}`. Example: {'media': {'content_type': 'text/csv'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
