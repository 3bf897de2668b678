from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_group_users_link_request import UserGroupUsersLinkRequest
from ...models.user_groups_response import UserGroupsResponse
from ...types import Response


def _get_kwargs(
    user_group_id: str,
    *,
    body: UserGroupUsersLinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/user_groups/{user_group_id}/links/users".format(
            user_group_id=quote(str(user_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UserGroupsResponse | None:
    if response.status_code == 200:
        response_200 = UserGroupsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | UserGroupsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_group_id: str,
    *,
    client: AuthenticatedClient,
    body: UserGroupUsersLinkRequest,
) -> Response[ErrorResponse | UserGroupsResponse]:
    """Add users to a user group.

     Creates memberships for the listed users. The body key must be `users` (422 otherwise); no `If-
    Match`. Answers with the group. Deviation from the published docs: the seed shows the path without
    `/api`.

    Args:
        user_group_id (str):
        body (UserGroupUsersLinkRequest):  Example: {'users': ['123', '23']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserGroupsResponse]
    """

    kwargs = _get_kwargs(
        user_group_id=user_group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_group_id: str,
    *,
    client: AuthenticatedClient,
    body: UserGroupUsersLinkRequest,
) -> ErrorResponse | UserGroupsResponse | None:
    """Add users to a user group.

     Creates memberships for the listed users. The body key must be `users` (422 otherwise); no `If-
    Match`. Answers with the group. Deviation from the published docs: the seed shows the path without
    `/api`.

    Args:
        user_group_id (str):
        body (UserGroupUsersLinkRequest):  Example: {'users': ['123', '23']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserGroupsResponse
    """

    return sync_detailed(
        user_group_id=user_group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_group_id: str,
    *,
    client: AuthenticatedClient,
    body: UserGroupUsersLinkRequest,
) -> Response[ErrorResponse | UserGroupsResponse]:
    """Add users to a user group.

     Creates memberships for the listed users. The body key must be `users` (422 otherwise); no `If-
    Match`. Answers with the group. Deviation from the published docs: the seed shows the path without
    `/api`.

    Args:
        user_group_id (str):
        body (UserGroupUsersLinkRequest):  Example: {'users': ['123', '23']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UserGroupsResponse]
    """

    kwargs = _get_kwargs(
        user_group_id=user_group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_group_id: str,
    *,
    client: AuthenticatedClient,
    body: UserGroupUsersLinkRequest,
) -> ErrorResponse | UserGroupsResponse | None:
    """Add users to a user group.

     Creates memberships for the listed users. The body key must be `users` (422 otherwise); no `If-
    Match`. Answers with the group. Deviation from the published docs: the seed shows the path without
    `/api`.

    Args:
        user_group_id (str):
        body (UserGroupUsersLinkRequest):  Example: {'users': ['123', '23']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UserGroupsResponse
    """

    return (
        await asyncio_detailed(
            user_group_id=user_group_id,
            client=client,
            body=body,
        )
    ).parsed
