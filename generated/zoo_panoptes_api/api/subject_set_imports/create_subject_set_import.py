from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subject_set_import_create_request import SubjectSetImportCreateRequest
from ...models.subject_set_imports_response import SubjectSetImportsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SubjectSetImportCreateRequest,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/subject_set_imports",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubjectSetImportsResponse | None:
    if response.status_code == 201:
        response_201 = SubjectSetImportsResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SubjectSetImportsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubjectSetImportCreateRequest,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | SubjectSetImportsResponse]:
    """Import subjects from a manifest

     Starts a background import of the subjects listed in a manifest CSV (columns `external_id`,
    `location:<n>`, `metadata:<key>`) into a subject set. Poll the returned import for `progress`.
    Manifests over 10,000 rows answer 403 (admins excepted); a malformed URL answers 422. Requires the
    `project` scope.

    Args:
        admin (bool | Unset):
        body (SubjectSetImportCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectSetImportsResponse]
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
    body: SubjectSetImportCreateRequest,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | SubjectSetImportsResponse | None:
    """Import subjects from a manifest

     Starts a background import of the subjects listed in a manifest CSV (columns `external_id`,
    `location:<n>`, `metadata:<key>`) into a subject set. Poll the returned import for `progress`.
    Manifests over 10,000 rows answer 403 (admins excepted); a malformed URL answers 422. Requires the
    `project` scope.

    Args:
        admin (bool | Unset):
        body (SubjectSetImportCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectSetImportsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubjectSetImportCreateRequest,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | SubjectSetImportsResponse]:
    """Import subjects from a manifest

     Starts a background import of the subjects listed in a manifest CSV (columns `external_id`,
    `location:<n>`, `metadata:<key>`) into a subject set. Poll the returned import for `progress`.
    Manifests over 10,000 rows answer 403 (admins excepted); a malformed URL answers 422. Requires the
    `project` scope.

    Args:
        admin (bool | Unset):
        body (SubjectSetImportCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectSetImportsResponse]
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
    body: SubjectSetImportCreateRequest,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | SubjectSetImportsResponse | None:
    """Import subjects from a manifest

     Starts a background import of the subjects listed in a manifest CSV (columns `external_id`,
    `location:<n>`, `metadata:<key>`) into a subject set. Poll the returned import for `progress`.
    Manifests over 10,000 rows answer 403 (admins excepted); a malformed URL answers 422. Requires the
    `project` scope.

    Args:
        admin (bool | Unset):
        body (SubjectSetImportCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectSetImportsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            admin=admin,
        )
    ).parsed
