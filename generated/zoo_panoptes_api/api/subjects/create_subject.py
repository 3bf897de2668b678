from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subject_create_request import SubjectCreateRequest
from ...models.subjects_response import SubjectsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SubjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/subjects",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubjectsResponse | None:
    if response.status_code == 201:
        response_201 = SubjectsResponse.from_dict(response.json())

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

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SubjectsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | SubjectsResponse]:
    """Create a subject

     Creates a subject in the linked project. Each `locations` item is either a MIME type (Panoptes hosts
    the file: the answer's `locations` then hold signed PUT URLs, valid 20 minutes, in the same order;
    upload each file there with its `Content-Type` and `x-ms-blob-type: BlockBlob`) or an object
    `{"<mime>": "<url of a file you host>"}`. Callers over their subject upload limit get 403 (admins
    and allow-listed users are exempt). Requires the `subject` scope. `subjects` may also be a list: all
    are created in one request and transaction (bulk create), answered in the same order.

    Deviation from the published docs: the documented example nests an array of MIME types inside
    `locations`; the server accepts only strings or objects as items (422 otherwise).

    Args:
        admin (bool | Unset):
        body (SubjectCreateRequest): One subject, or a list of subjects to create in one request
            (bulk create: the server wraps the value in an array and creates them in order, in one
            transaction; the response lists them in the same order).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        admin=admin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SubjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | SubjectsResponse | None:
    """Create a subject

     Creates a subject in the linked project. Each `locations` item is either a MIME type (Panoptes hosts
    the file: the answer's `locations` then hold signed PUT URLs, valid 20 minutes, in the same order;
    upload each file there with its `Content-Type` and `x-ms-blob-type: BlockBlob`) or an object
    `{"<mime>": "<url of a file you host>"}`. Callers over their subject upload limit get 403 (admins
    and allow-listed users are exempt). Requires the `subject` scope. `subjects` may also be a list: all
    are created in one request and transaction (bulk create), answered in the same order.

    Deviation from the published docs: the documented example nests an array of MIME types inside
    `locations`; the server accepts only strings or objects as items (422 otherwise).

    Args:
        admin (bool | Unset):
        body (SubjectCreateRequest): One subject, or a list of subjects to create in one request
            (bulk create: the server wraps the value in an array and creates them in order, in one
            transaction; the response lists them in the same order).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | SubjectsResponse]:
    """Create a subject

     Creates a subject in the linked project. Each `locations` item is either a MIME type (Panoptes hosts
    the file: the answer's `locations` then hold signed PUT URLs, valid 20 minutes, in the same order;
    upload each file there with its `Content-Type` and `x-ms-blob-type: BlockBlob`) or an object
    `{"<mime>": "<url of a file you host>"}`. Callers over their subject upload limit get 403 (admins
    and allow-listed users are exempt). Requires the `subject` scope. `subjects` may also be a list: all
    are created in one request and transaction (bulk create), answered in the same order.

    Deviation from the published docs: the documented example nests an array of MIME types inside
    `locations`; the server accepts only strings or objects as items (422 otherwise).

    Args:
        admin (bool | Unset):
        body (SubjectCreateRequest): One subject, or a list of subjects to create in one request
            (bulk create: the server wraps the value in an array and creates them in order, in one
            transaction; the response lists them in the same order).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        admin=admin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | SubjectsResponse | None:
    """Create a subject

     Creates a subject in the linked project. Each `locations` item is either a MIME type (Panoptes hosts
    the file: the answer's `locations` then hold signed PUT URLs, valid 20 minutes, in the same order;
    upload each file there with its `Content-Type` and `x-ms-blob-type: BlockBlob`) or an object
    `{"<mime>": "<url of a file you host>"}`. Callers over their subject upload limit get 403 (admins
    and allow-listed users are exempt). Requires the `subject` scope. `subjects` may also be a list: all
    are created in one request and transaction (bulk create), answered in the same order.

    Deviation from the published docs: the documented example nests an array of MIME types inside
    `locations`; the server accepts only strings or objects as items (422 otherwise).

    Args:
        admin (bool | Unset):
        body (SubjectCreateRequest): One subject, or a list of subjects to create in one request
            (bulk create: the server wraps the value in an array and creates them in order, in one
            transaction; the response lists them in the same order).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            admin=admin,
        )
    ).parsed
