from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subject_set_create_request import SubjectSetCreateRequest
from ...models.subject_sets_response import SubjectSetsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SubjectSetCreateRequest,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/subject_sets",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubjectSetsResponse | None:
    if response.status_code == 201:
        response_201 = SubjectSetsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubjectSetsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubjectSetCreateRequest,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | SubjectSetsResponse]:
    """Create a subject set

     Creates a subject set in the linked project (caller needs update rights on it), optionally linked to
    workflows and filled with subjects, or with the subjects of a collection (`links.collection`).
    Requires the `project` scope.

    Deviation from the published docs: the docs show a singular `links.workflow` and a
    `set_member_subject_count` attribute; the server uses `links.workflows` (a list) and
    `set_member_subjects_count`.

    Args:
        admin (bool | Unset):
        body (SubjectSetCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectSetsResponse]
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
    body: SubjectSetCreateRequest,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | SubjectSetsResponse | None:
    """Create a subject set

     Creates a subject set in the linked project (caller needs update rights on it), optionally linked to
    workflows and filled with subjects, or with the subjects of a collection (`links.collection`).
    Requires the `project` scope.

    Deviation from the published docs: the docs show a singular `links.workflow` and a
    `set_member_subject_count` attribute; the server uses `links.workflows` (a list) and
    `set_member_subjects_count`.

    Args:
        admin (bool | Unset):
        body (SubjectSetCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectSetsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubjectSetCreateRequest,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | SubjectSetsResponse]:
    """Create a subject set

     Creates a subject set in the linked project (caller needs update rights on it), optionally linked to
    workflows and filled with subjects, or with the subjects of a collection (`links.collection`).
    Requires the `project` scope.

    Deviation from the published docs: the docs show a singular `links.workflow` and a
    `set_member_subject_count` attribute; the server uses `links.workflows` (a list) and
    `set_member_subjects_count`.

    Args:
        admin (bool | Unset):
        body (SubjectSetCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectSetsResponse]
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
    body: SubjectSetCreateRequest,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | SubjectSetsResponse | None:
    """Create a subject set

     Creates a subject set in the linked project (caller needs update rights on it), optionally linked to
    workflows and filled with subjects, or with the subjects of a collection (`links.collection`).
    Requires the `project` scope.

    Deviation from the published docs: the docs show a singular `links.workflow` and a
    `set_member_subject_count` attribute; the server uses `links.workflows` (a list) and
    `set_member_subjects_count`.

    Args:
        admin (bool | Unset):
        body (SubjectSetCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectSetsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            admin=admin,
        )
    ).parsed
