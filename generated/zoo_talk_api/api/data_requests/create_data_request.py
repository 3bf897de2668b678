from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_data_request_response_500 import CreateDataRequestResponse500
from ...models.data_request_create_request import DataRequestCreateRequest
from ...models.data_requests_response import DataRequestsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DataRequestCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/data_requests",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateDataRequestResponse500 | DataRequestsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataRequestsResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = CreateDataRequestResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateDataRequestResponse500 | DataRequestsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DataRequestCreateRequest,
) -> Response[CreateDataRequestResponse500 | DataRequestsResponse | ErrorResponse]:
    """Request an export of a section's Talk comments or tags.

     Creates a `pending` data request for the signed-in user and queues the export worker; poll
    `list_data_requests` (same `section` and `kind`) until `state` is `finished` and download `url`.
    Answers **200** (not 201) with the new request in the RestPack envelope. The server sets `user_id`
    from the token. Checks run in this order: a body key the model does not have → 422; no signed-in
    user, or not an admin of the section (Talk's `admin` role of `project-<id>`, which Panoptes gives
    the project's owners and collaborators, or a Zooniverse admin) → 401; the JSON schema (both fields
    required, `kind` one of `comments`, `tags`, `votable_tags`, no other keys) → 422; a request of the
    same `section` and `kind` by the same user that has not expired yet (they last a day) → 400
    `Validation failed: Kind has already been created`.

    Args:
        body (DataRequestCreateRequest): Body of a data request create, under the plural root key.
            Example: {'data_requests': {'section': 'project-1234', 'kind': 'comments'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDataRequestResponse500 | DataRequestsResponse | ErrorResponse]
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
    body: DataRequestCreateRequest,
) -> CreateDataRequestResponse500 | DataRequestsResponse | ErrorResponse | None:
    """Request an export of a section's Talk comments or tags.

     Creates a `pending` data request for the signed-in user and queues the export worker; poll
    `list_data_requests` (same `section` and `kind`) until `state` is `finished` and download `url`.
    Answers **200** (not 201) with the new request in the RestPack envelope. The server sets `user_id`
    from the token. Checks run in this order: a body key the model does not have → 422; no signed-in
    user, or not an admin of the section (Talk's `admin` role of `project-<id>`, which Panoptes gives
    the project's owners and collaborators, or a Zooniverse admin) → 401; the JSON schema (both fields
    required, `kind` one of `comments`, `tags`, `votable_tags`, no other keys) → 422; a request of the
    same `section` and `kind` by the same user that has not expired yet (they last a day) → 400
    `Validation failed: Kind has already been created`.

    Args:
        body (DataRequestCreateRequest): Body of a data request create, under the plural root key.
            Example: {'data_requests': {'section': 'project-1234', 'kind': 'comments'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDataRequestResponse500 | DataRequestsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DataRequestCreateRequest,
) -> Response[CreateDataRequestResponse500 | DataRequestsResponse | ErrorResponse]:
    """Request an export of a section's Talk comments or tags.

     Creates a `pending` data request for the signed-in user and queues the export worker; poll
    `list_data_requests` (same `section` and `kind`) until `state` is `finished` and download `url`.
    Answers **200** (not 201) with the new request in the RestPack envelope. The server sets `user_id`
    from the token. Checks run in this order: a body key the model does not have → 422; no signed-in
    user, or not an admin of the section (Talk's `admin` role of `project-<id>`, which Panoptes gives
    the project's owners and collaborators, or a Zooniverse admin) → 401; the JSON schema (both fields
    required, `kind` one of `comments`, `tags`, `votable_tags`, no other keys) → 422; a request of the
    same `section` and `kind` by the same user that has not expired yet (they last a day) → 400
    `Validation failed: Kind has already been created`.

    Args:
        body (DataRequestCreateRequest): Body of a data request create, under the plural root key.
            Example: {'data_requests': {'section': 'project-1234', 'kind': 'comments'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDataRequestResponse500 | DataRequestsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DataRequestCreateRequest,
) -> CreateDataRequestResponse500 | DataRequestsResponse | ErrorResponse | None:
    """Request an export of a section's Talk comments or tags.

     Creates a `pending` data request for the signed-in user and queues the export worker; poll
    `list_data_requests` (same `section` and `kind`) until `state` is `finished` and download `url`.
    Answers **200** (not 201) with the new request in the RestPack envelope. The server sets `user_id`
    from the token. Checks run in this order: a body key the model does not have → 422; no signed-in
    user, or not an admin of the section (Talk's `admin` role of `project-<id>`, which Panoptes gives
    the project's owners and collaborators, or a Zooniverse admin) → 401; the JSON schema (both fields
    required, `kind` one of `comments`, `tags`, `votable_tags`, no other keys) → 422; a request of the
    same `section` and `kind` by the same user that has not expired yet (they last a day) → 400
    `Validation failed: Kind has already been created`.

    Args:
        body (DataRequestCreateRequest): Body of a data request create, under the plural root key.
            Example: {'data_requests': {'section': 'project-1234', 'kind': 'comments'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDataRequestResponse500 | DataRequestsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
