from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collections_response import CollectionsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    favorite: bool | Unset = UNSET,
    project_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    default_subject_id: str | Unset = UNSET,
    min_subjects: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["admin"] = admin

    params["id"] = id

    params["search"] = search

    params["owner"] = owner

    params["current_user_roles"] = current_user_roles

    params["display_name"] = display_name

    params["slug"] = slug

    params["favorite"] = favorite

    params["project_id"] = project_id

    params["subject_id"] = subject_id

    params["default_subject_id"] = default_subject_id

    params["min_subjects"] = min_subjects

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/collections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CollectionsResponse.from_dict(response.json())

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
) -> Response[CollectionsResponse | ErrorResponse]:
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
    admin: bool | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    favorite: bool | Unset = UNSET,
    project_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    default_subject_id: str | Unset = UNSET,
    min_subjects: int | Unset = UNSET,
) -> Response[CollectionsResponse | ErrorResponse]:
    """List collections.

     Lists the collections visible to the caller (public ones, plus private ones the caller owns or holds
    a role on). Sortable by `display_name`; `include` accepts `owner`, `collection_roles`, `subjects`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        favorite (bool | Unset):
        project_id (str | Unset):
        subject_id (str | Unset):
        default_subject_id (str | Unset):
        min_subjects (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        admin=admin,
        id=id,
        search=search,
        owner=owner,
        current_user_roles=current_user_roles,
        display_name=display_name,
        slug=slug,
        favorite=favorite,
        project_id=project_id,
        subject_id=subject_id,
        default_subject_id=default_subject_id,
        min_subjects=min_subjects,
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
    admin: bool | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    favorite: bool | Unset = UNSET,
    project_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    default_subject_id: str | Unset = UNSET,
    min_subjects: int | Unset = UNSET,
) -> CollectionsResponse | ErrorResponse | None:
    """List collections.

     Lists the collections visible to the caller (public ones, plus private ones the caller owns or holds
    a role on). Sortable by `display_name`; `include` accepts `owner`, `collection_roles`, `subjects`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        favorite (bool | Unset):
        project_id (str | Unset):
        subject_id (str | Unset):
        default_subject_id (str | Unset):
        min_subjects (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        admin=admin,
        id=id,
        search=search,
        owner=owner,
        current_user_roles=current_user_roles,
        display_name=display_name,
        slug=slug,
        favorite=favorite,
        project_id=project_id,
        subject_id=subject_id,
        default_subject_id=default_subject_id,
        min_subjects=min_subjects,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    favorite: bool | Unset = UNSET,
    project_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    default_subject_id: str | Unset = UNSET,
    min_subjects: int | Unset = UNSET,
) -> Response[CollectionsResponse | ErrorResponse]:
    """List collections.

     Lists the collections visible to the caller (public ones, plus private ones the caller owns or holds
    a role on). Sortable by `display_name`; `include` accepts `owner`, `collection_roles`, `subjects`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        favorite (bool | Unset):
        project_id (str | Unset):
        subject_id (str | Unset):
        default_subject_id (str | Unset):
        min_subjects (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        admin=admin,
        id=id,
        search=search,
        owner=owner,
        current_user_roles=current_user_roles,
        display_name=display_name,
        slug=slug,
        favorite=favorite,
        project_id=project_id,
        subject_id=subject_id,
        default_subject_id=default_subject_id,
        min_subjects=min_subjects,
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
    admin: bool | Unset = UNSET,
    id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    current_user_roles: str | Unset = UNSET,
    display_name: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    favorite: bool | Unset = UNSET,
    project_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    default_subject_id: str | Unset = UNSET,
    min_subjects: int | Unset = UNSET,
) -> CollectionsResponse | ErrorResponse | None:
    """List collections.

     Lists the collections visible to the caller (public ones, plus private ones the caller owns or holds
    a role on). Sortable by `display_name`; `include` accepts `owner`, `collection_roles`, `subjects`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        admin (bool | Unset):
        id (str | Unset):
        search (str | Unset):
        owner (str | Unset):
        current_user_roles (str | Unset):
        display_name (str | Unset):
        slug (str | Unset):
        favorite (bool | Unset):
        project_id (str | Unset):
        subject_id (str | Unset):
        default_subject_id (str | Unset):
        min_subjects (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            include=include,
            admin=admin,
            id=id,
            search=search,
            owner=owner,
            current_user_roles=current_user_roles,
            display_name=display_name,
            slug=slug,
            favorite=favorite,
            project_id=project_id,
            subject_id=subject_id,
            default_subject_id=default_subject_id,
            min_subjects=min_subjects,
        )
    ).parsed
