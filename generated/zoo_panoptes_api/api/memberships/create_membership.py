from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.membership_create_request import MembershipCreateRequest
from ...models.memberships_response import MembershipsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: MembershipCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/memberships",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MembershipsResponse | None:
    if response.status_code == 201:
        response_201 = MembershipsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MembershipsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MembershipCreateRequest,
) -> Response[ErrorResponse | MembershipsResponse]:
    """Join a user group.

     Creates (or reactivates) the caller's membership of a group as `active`, given the group's
    `join_token`. `links.user` must be the caller. A wrong token, another user or an inactive group is
    answered with 403. Needs the `group` scope.

    Args:
        body (MembershipCreateRequest):  Example: {'memberships': {'join_token': 'decafbad',
            'links': {'user': '10', 'user_group': '11'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MembershipsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MembershipCreateRequest,
) -> ErrorResponse | MembershipsResponse | None:
    """Join a user group.

     Creates (or reactivates) the caller's membership of a group as `active`, given the group's
    `join_token`. `links.user` must be the caller. A wrong token, another user or an inactive group is
    answered with 403. Needs the `group` scope.

    Args:
        body (MembershipCreateRequest):  Example: {'memberships': {'join_token': 'decafbad',
            'links': {'user': '10', 'user_group': '11'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MembershipsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MembershipCreateRequest,
) -> Response[ErrorResponse | MembershipsResponse]:
    """Join a user group.

     Creates (or reactivates) the caller's membership of a group as `active`, given the group's
    `join_token`. `links.user` must be the caller. A wrong token, another user or an inactive group is
    answered with 403. Needs the `group` scope.

    Args:
        body (MembershipCreateRequest):  Example: {'memberships': {'join_token': 'decafbad',
            'links': {'user': '10', 'user_group': '11'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MembershipsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MembershipCreateRequest,
) -> ErrorResponse | MembershipsResponse | None:
    """Join a user group.

     Creates (or reactivates) the caller's membership of a group as `active`, given the group's
    `join_token`. `links.user` must be the caller. A wrong token, another user or an inactive group is
    answered with 403. Needs the `group` scope.

    Args:
        body (MembershipCreateRequest):  Example: {'memberships': {'join_token': 'decafbad',
            'links': {'user': '10', 'user_group': '11'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MembershipsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
