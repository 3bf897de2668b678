from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.token_revoke_request import TokenRevokeRequest
from ...models.token_revoke_response import TokenRevokeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRevokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/revoke",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | TokenRevokeResponse | None:
    if response.status_code == 200:
        response_200 = TokenRevokeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OAuthError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthError | TokenRevokeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRevokeRequest,
) -> Response[OAuthError | TokenRevokeResponse]:
    """Revoke an access or refresh token

     Revokes a token (RFC 7009), form-encoded (the server also accepts JSON). Revoking a token that does
    not exist (or was already revoked) succeeds too. The client credentials go in the body. Not in the
    published docs.

    Args:
        body (TokenRevokeRequest): Token revocation request (RFC 7009), form-encoded or JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | TokenRevokeResponse]
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
    body: TokenRevokeRequest,
) -> OAuthError | TokenRevokeResponse | None:
    """Revoke an access or refresh token

     Revokes a token (RFC 7009), form-encoded (the server also accepts JSON). Revoking a token that does
    not exist (or was already revoked) succeeds too. The client credentials go in the body. Not in the
    published docs.

    Args:
        body (TokenRevokeRequest): Token revocation request (RFC 7009), form-encoded or JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | TokenRevokeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRevokeRequest,
) -> Response[OAuthError | TokenRevokeResponse]:
    """Revoke an access or refresh token

     Revokes a token (RFC 7009), form-encoded (the server also accepts JSON). Revoking a token that does
    not exist (or was already revoked) succeeds too. The client credentials go in the body. Not in the
    published docs.

    Args:
        body (TokenRevokeRequest): Token revocation request (RFC 7009), form-encoded or JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | TokenRevokeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRevokeRequest,
) -> OAuthError | TokenRevokeResponse | None:
    """Revoke an access or refresh token

     Revokes a token (RFC 7009), form-encoded (the server also accepts JSON). Revoking a token that does
    not exist (or was already revoked) succeeds too. The client credentials go in the body. Not in the
    published docs.

    Args:
        body (TokenRevokeRequest): Token revocation request (RFC 7009), form-encoded or JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | TokenRevokeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
