from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_role_create_request import CollectionRoleCreateRequest
from ...models.collection_roles_response import CollectionRolesResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CollectionRoleCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/collection_roles",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectionRolesResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CollectionRolesResponse.from_dict(response.json())

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
) -> Response[CollectionRolesResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CollectionRoleCreateRequest,
) -> Response[CollectionRolesResponse | ErrorResponse]:
    """Give a user roles on a collection.

     Creates the role record of a user on a collection. A second record for the same user and collection
    is answered with 422; update the existing one instead. Needs the `collection` scope and edit rights
    on the collection. Deviation from the published docs: the seed shows this request as `POST
    /api/collection_roles/123`; create takes no id.

    Args:
        body (CollectionRoleCreateRequest):  Example: {'collection_roles': {'roles':
            ['collaborator'], 'links': {'collection': '1', 'user': '842'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionRolesResponse | ErrorResponse]
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
    body: CollectionRoleCreateRequest,
) -> CollectionRolesResponse | ErrorResponse | None:
    """Give a user roles on a collection.

     Creates the role record of a user on a collection. A second record for the same user and collection
    is answered with 422; update the existing one instead. Needs the `collection` scope and edit rights
    on the collection. Deviation from the published docs: the seed shows this request as `POST
    /api/collection_roles/123`; create takes no id.

    Args:
        body (CollectionRoleCreateRequest):  Example: {'collection_roles': {'roles':
            ['collaborator'], 'links': {'collection': '1', 'user': '842'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionRolesResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CollectionRoleCreateRequest,
) -> Response[CollectionRolesResponse | ErrorResponse]:
    """Give a user roles on a collection.

     Creates the role record of a user on a collection. A second record for the same user and collection
    is answered with 422; update the existing one instead. Needs the `collection` scope and edit rights
    on the collection. Deviation from the published docs: the seed shows this request as `POST
    /api/collection_roles/123`; create takes no id.

    Args:
        body (CollectionRoleCreateRequest):  Example: {'collection_roles': {'roles':
            ['collaborator'], 'links': {'collection': '1', 'user': '842'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectionRolesResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CollectionRoleCreateRequest,
) -> CollectionRolesResponse | ErrorResponse | None:
    """Give a user roles on a collection.

     Creates the role record of a user on a collection. A second record for the same user and collection
    is answered with 422; update the existing one instead. Needs the `collection` scope and edit rights
    on the collection. Deviation from the published docs: the seed shows this request as `POST
    /api/collection_roles/123`; create takes no id.

    Args:
        body (CollectionRoleCreateRequest):  Example: {'collection_roles': {'roles':
            ['collaborator'], 'links': {'collection': '1', 'user': '842'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectionRolesResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
