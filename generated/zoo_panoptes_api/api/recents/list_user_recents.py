from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.recents_response import RecentsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users/{user_id}/recents".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RecentsResponse | None:
    if response.status_code == 200:
        response_200 = RecentsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RecentsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ErrorResponse | RecentsResponse]:
    """List a user's recently classified subjects.

     Lists the subjects the user classified recently, with their locations. Sortable by `created_at`;
    `include` accepts `project`, `workflow`, `subject`. Counts in `meta` are always 0. Policy-scoped: a
    caller who may not see them gets 404.

    Args:
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecentsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ErrorResponse | RecentsResponse | None:
    """List a user's recently classified subjects.

     Lists the subjects the user classified recently, with their locations. Sortable by `created_at`;
    `include` accepts `project`, `workflow`, `subject`. Counts in `meta` are always 0. Policy-scoped: a
    caller who may not see them gets 404.

    Args:
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecentsResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[ErrorResponse | RecentsResponse]:
    """List a user's recently classified subjects.

     Lists the subjects the user classified recently, with their locations. Sortable by `created_at`;
    `include` accepts `project`, `workflow`, `subject`. Counts in `meta` are always 0. Policy-scoped: a
    caller who may not see them gets 404.

    Args:
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RecentsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> ErrorResponse | RecentsResponse | None:
    """List a user's recently classified subjects.

     Lists the subjects the user classified recently, with their locations. Sortable by `created_at`;
    `include` accepts `project`, `workflow`, `subject`. Counts in `meta` are always 0. Policy-scoped: a
    caller who may not see them gets 404.

    Args:
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RecentsResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            include=include,
        )
    ).parsed
