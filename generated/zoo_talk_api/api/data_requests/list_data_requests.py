from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_requests_response import DataRequestsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    section: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["section"] = section

    params["kind"] = kind

    params["user_id"] = user_id

    params["id"] = id

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data_requests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataRequestsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataRequestsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataRequestsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    section: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[DataRequestsResponse | ErrorResponse]:
    """List the caller's data requests, newest first.

     Returns a page of data requests (RestPack envelope), by default sorted `-created_at`, so the first
    one is the newest. A Zooniverse admin (the `admin` role of the `zooniverse` section) sees
    everyone's, anyone else only their own (`DataRequestPolicy::Scope`). Filter with `section` and
    `kind` (panoptes-client 1.7.1 sends both, e.g. `section=project-1234` and `kind=comments`); each
    also takes a comma-separated list. Needs a signed-in user: without one (or with an unknown or
    expired token) the answer is 401. A page past the end is an empty list, never an error.

    Args:
        section (str | Unset):
        kind (str | Unset):
        user_id (str | Unset):
        id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataRequestsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        section=section,
        kind=kind,
        user_id=user_id,
        id=id,
        page=page,
        page_size=page_size,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    section: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> DataRequestsResponse | ErrorResponse | None:
    """List the caller's data requests, newest first.

     Returns a page of data requests (RestPack envelope), by default sorted `-created_at`, so the first
    one is the newest. A Zooniverse admin (the `admin` role of the `zooniverse` section) sees
    everyone's, anyone else only their own (`DataRequestPolicy::Scope`). Filter with `section` and
    `kind` (panoptes-client 1.7.1 sends both, e.g. `section=project-1234` and `kind=comments`); each
    also takes a comma-separated list. Needs a signed-in user: without one (or with an unknown or
    expired token) the answer is 401. A page past the end is an empty list, never an error.

    Args:
        section (str | Unset):
        kind (str | Unset):
        user_id (str | Unset):
        id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataRequestsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        section=section,
        kind=kind,
        user_id=user_id,
        id=id,
        page=page,
        page_size=page_size,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    section: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[DataRequestsResponse | ErrorResponse]:
    """List the caller's data requests, newest first.

     Returns a page of data requests (RestPack envelope), by default sorted `-created_at`, so the first
    one is the newest. A Zooniverse admin (the `admin` role of the `zooniverse` section) sees
    everyone's, anyone else only their own (`DataRequestPolicy::Scope`). Filter with `section` and
    `kind` (panoptes-client 1.7.1 sends both, e.g. `section=project-1234` and `kind=comments`); each
    also takes a comma-separated list. Needs a signed-in user: without one (or with an unknown or
    expired token) the answer is 401. A page past the end is an empty list, never an error.

    Args:
        section (str | Unset):
        kind (str | Unset):
        user_id (str | Unset):
        id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataRequestsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        section=section,
        kind=kind,
        user_id=user_id,
        id=id,
        page=page,
        page_size=page_size,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    section: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> DataRequestsResponse | ErrorResponse | None:
    """List the caller's data requests, newest first.

     Returns a page of data requests (RestPack envelope), by default sorted `-created_at`, so the first
    one is the newest. A Zooniverse admin (the `admin` role of the `zooniverse` section) sees
    everyone's, anyone else only their own (`DataRequestPolicy::Scope`). Filter with `section` and
    `kind` (panoptes-client 1.7.1 sends both, e.g. `section=project-1234` and `kind=comments`); each
    also takes a comma-separated list. Needs a signed-in user: without one (or with an unknown or
    expired token) the answer is 401. A page past the end is an empty list, never an error.

    Args:
        section (str | Unset):
        kind (str | Unset):
        user_id (str | Unset):
        id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataRequestsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            section=section,
            kind=kind,
            user_id=user_id,
            id=id,
            page=page,
            page_size=page_size,
            sort=sort,
        )
    ).parsed
