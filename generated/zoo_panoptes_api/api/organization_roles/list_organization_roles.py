from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.organization_roles_response import OrganizationRolesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_group_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["id"] = id

    params["organization_id"] = organization_id

    params["user_id"] = user_id

    params["user_group_id"] = user_group_id

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/organization_roles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrganizationRolesResponse | None:
    if response.status_code == 200:
        response_200 = OrganizationRolesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | OrganizationRolesResponse]:
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
    organization_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_group_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | OrganizationRolesResponse]:
    """List organization roles

     Lists the organization roles visible to the caller, paged (`meta.organization_roles`). No sort keys
    are whitelisted. Includable: user_group, resource.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        organization_id (str | Unset):
        user_id (str | Unset):
        user_group_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrganizationRolesResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        organization_id=organization_id,
        user_id=user_id,
        user_group_id=user_group_id,
        admin=admin,
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
    organization_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_group_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | OrganizationRolesResponse | None:
    """List organization roles

     Lists the organization roles visible to the caller, paged (`meta.organization_roles`). No sort keys
    are whitelisted. Includable: user_group, resource.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        organization_id (str | Unset):
        user_id (str | Unset):
        user_group_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrganizationRolesResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        organization_id=organization_id,
        user_id=user_id,
        user_group_id=user_group_id,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_group_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | OrganizationRolesResponse]:
    """List organization roles

     Lists the organization roles visible to the caller, paged (`meta.organization_roles`). No sort keys
    are whitelisted. Includable: user_group, resource.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        organization_id (str | Unset):
        user_id (str | Unset):
        user_group_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrganizationRolesResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        organization_id=organization_id,
        user_id=user_id,
        user_group_id=user_group_id,
        admin=admin,
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
    organization_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    user_group_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | OrganizationRolesResponse | None:
    """List organization roles

     Lists the organization roles visible to the caller, paged (`meta.organization_roles`). No sort keys
    are whitelisted. Includable: user_group, resource.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        organization_id (str | Unset):
        user_id (str | Unset):
        user_group_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrganizationRolesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            include=include,
            id=id,
            organization_id=organization_id,
            user_id=user_id,
            user_group_id=user_group_id,
            admin=admin,
        )
    ).parsed
