from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    user_group_id: str,
    link_ids: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/user_groups/{user_group_id}/links/users/{link_ids}".format(
            user_group_id=quote(str(user_group_id), safe=""),
            link_ids=quote(str(link_ids), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_group_id: str,
    link_ids: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorResponse]:
    """Remove users from a user group.

     Sets the memberships of the listed users to `inactive` (nothing is deleted); no `If-Match`.
    Deviation from the published docs: the seed shows the path without `/api`.

    Args:
        user_group_id (str):
        link_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_group_id=user_group_id,
        link_ids=link_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_group_id: str,
    link_ids: str,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorResponse | None:
    """Remove users from a user group.

     Sets the memberships of the listed users to `inactive` (nothing is deleted); no `If-Match`.
    Deviation from the published docs: the seed shows the path without `/api`.

    Args:
        user_group_id (str):
        link_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        user_group_id=user_group_id,
        link_ids=link_ids,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_group_id: str,
    link_ids: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorResponse]:
    """Remove users from a user group.

     Sets the memberships of the listed users to `inactive` (nothing is deleted); no `If-Match`.
    Deviation from the published docs: the seed shows the path without `/api`.

    Args:
        user_group_id (str):
        link_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_group_id=user_group_id,
        link_ids=link_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_group_id: str,
    link_ids: str,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorResponse | None:
    """Remove users from a user group.

     Sets the memberships of the listed users to `inactive` (nothing is deleted); no `If-Match`.
    Deviation from the published docs: the seed shows the path without `/api`.

    Args:
        user_group_id (str):
        link_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            user_group_id=user_group_id,
            link_ids=link_ids,
            client=client,
        )
    ).parsed
