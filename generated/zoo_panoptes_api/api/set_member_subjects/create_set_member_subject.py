from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.set_member_subject_create_request import SetMemberSubjectCreateRequest
from ...models.set_member_subjects_response import SetMemberSubjectsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SetMemberSubjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/set_member_subjects",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SetMemberSubjectsResponse | None:
    if response.status_code == 201:
        response_201 = SetMemberSubjectsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SetMemberSubjectsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetMemberSubjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | SetMemberSubjectsResponse]:
    """Add a subject to a subject set

     Creates the membership of a subject in a subject set. The caller must see the subject and be able to
    edit the subject set's project. Queues subject workflow status creation for the set's workflows.
    Requires the `project` scope.

    Deviation from the published docs: the docs describe a `state` attribute (active, retired,
    inactive); it does not exist, and sending it is answered with 422.

    Args:
        admin (bool | Unset):
        body (SetMemberSubjectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SetMemberSubjectsResponse]
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
    body: SetMemberSubjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | SetMemberSubjectsResponse | None:
    """Add a subject to a subject set

     Creates the membership of a subject in a subject set. The caller must see the subject and be able to
    edit the subject set's project. Queues subject workflow status creation for the set's workflows.
    Requires the `project` scope.

    Deviation from the published docs: the docs describe a `state` attribute (active, retired,
    inactive); it does not exist, and sending it is answered with 422.

    Args:
        admin (bool | Unset):
        body (SetMemberSubjectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SetMemberSubjectsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetMemberSubjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | SetMemberSubjectsResponse]:
    """Add a subject to a subject set

     Creates the membership of a subject in a subject set. The caller must see the subject and be able to
    edit the subject set's project. Queues subject workflow status creation for the set's workflows.
    Requires the `project` scope.

    Deviation from the published docs: the docs describe a `state` attribute (active, retired,
    inactive); it does not exist, and sending it is answered with 422.

    Args:
        admin (bool | Unset):
        body (SetMemberSubjectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SetMemberSubjectsResponse]
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
    body: SetMemberSubjectCreateRequest,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | SetMemberSubjectsResponse | None:
    """Add a subject to a subject set

     Creates the membership of a subject in a subject set. The caller must see the subject and be able to
    edit the subject set's project. Queues subject workflow status creation for the set's workflows.
    Requires the `project` scope.

    Deviation from the published docs: the docs describe a `state` attribute (active, retired,
    inactive); it does not exist, and sending it is answered with 422.

    Args:
        admin (bool | Unset):
        body (SetMemberSubjectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SetMemberSubjectsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            admin=admin,
        )
    ).parsed
