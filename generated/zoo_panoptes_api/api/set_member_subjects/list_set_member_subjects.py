from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.set_member_subjects_response import SetMemberSubjectsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    subject_set_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["id"] = id

    params["admin"] = admin

    params["subject_set_id"] = subject_set_id

    params["subject_id"] = subject_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/set_member_subjects",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SetMemberSubjectsResponse | None:
    if response.status_code == 200:
        response_200 = SetMemberSubjectsResponse.from_dict(response.json())

        return response_200

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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    subject_set_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SetMemberSubjectsResponse]:
    """List set member subjects

     Lists the memberships of subjects in subject sets visible to the caller. Includes: `subject_set`,
    `subject`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        subject_set_id (str | Unset):
        subject_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SetMemberSubjectsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        subject_set_id=subject_set_id,
        subject_id=subject_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    subject_set_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
) -> ErrorResponse | SetMemberSubjectsResponse | None:
    """List set member subjects

     Lists the memberships of subjects in subject sets visible to the caller. Includes: `subject_set`,
    `subject`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        subject_set_id (str | Unset):
        subject_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SetMemberSubjectsResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        subject_set_id=subject_set_id,
        subject_id=subject_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    subject_set_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SetMemberSubjectsResponse]:
    """List set member subjects

     Lists the memberships of subjects in subject sets visible to the caller. Includes: `subject_set`,
    `subject`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        subject_set_id (str | Unset):
        subject_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SetMemberSubjectsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        subject_set_id=subject_set_id,
        subject_id=subject_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    subject_set_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
) -> ErrorResponse | SetMemberSubjectsResponse | None:
    """List set member subjects

     Lists the memberships of subjects in subject sets visible to the caller. Includes: `subject_set`,
    `subject`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        subject_set_id (str | Unset):
        subject_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SetMemberSubjectsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            include=include,
            id=id,
            admin=admin,
            subject_set_id=subject_set_id,
            subject_id=subject_id,
        )
    ).parsed
