from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_error import SessionError
from ...models.sign_in_request import SignInRequest
from ...models.users_response import UsersResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SignInRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/sign_in",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SessionError | UsersResponse | None:
    if response.status_code == 200:
        response_200 = UsersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = SessionError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SessionError | UsersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SignInRequest,
) -> Response[SessionError | UsersResponse]:
    """Sign in with login and password (cookie session)

     Second step of the cookie-session sign-in: send the CSRF token of `GET /users/sign_in` as
    `authenticity_token`, with the session cookie of that response and `Accept: application/json`. On
    success the response sets the signed-in session cookie and carries the user (with private
    attributes) in a `users` list; then `POST /oauth/token` with `grant_type=password` and only
    `client_id` turns the session into a bearer token. A missing or stale `authenticity_token` does not
    fail the request itself, but the session is not kept (Rails `null_session` forgery protection), so
    the following token request fails. Not in the published docs.

    Args:
        body (SignInRequest): Body of a cookie-session sign-in. Example: {'authenticity_token':
            '3q2+7w==', 'user': {'login': 'my_login', 'password': 'my_password', 'remember_me':
            True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SessionError | UsersResponse]
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
    body: SignInRequest,
) -> SessionError | UsersResponse | None:
    """Sign in with login and password (cookie session)

     Second step of the cookie-session sign-in: send the CSRF token of `GET /users/sign_in` as
    `authenticity_token`, with the session cookie of that response and `Accept: application/json`. On
    success the response sets the signed-in session cookie and carries the user (with private
    attributes) in a `users` list; then `POST /oauth/token` with `grant_type=password` and only
    `client_id` turns the session into a bearer token. A missing or stale `authenticity_token` does not
    fail the request itself, but the session is not kept (Rails `null_session` forgery protection), so
    the following token request fails. Not in the published docs.

    Args:
        body (SignInRequest): Body of a cookie-session sign-in. Example: {'authenticity_token':
            '3q2+7w==', 'user': {'login': 'my_login', 'password': 'my_password', 'remember_me':
            True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionError | UsersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SignInRequest,
) -> Response[SessionError | UsersResponse]:
    """Sign in with login and password (cookie session)

     Second step of the cookie-session sign-in: send the CSRF token of `GET /users/sign_in` as
    `authenticity_token`, with the session cookie of that response and `Accept: application/json`. On
    success the response sets the signed-in session cookie and carries the user (with private
    attributes) in a `users` list; then `POST /oauth/token` with `grant_type=password` and only
    `client_id` turns the session into a bearer token. A missing or stale `authenticity_token` does not
    fail the request itself, but the session is not kept (Rails `null_session` forgery protection), so
    the following token request fails. Not in the published docs.

    Args:
        body (SignInRequest): Body of a cookie-session sign-in. Example: {'authenticity_token':
            '3q2+7w==', 'user': {'login': 'my_login', 'password': 'my_password', 'remember_me':
            True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SessionError | UsersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SignInRequest,
) -> SessionError | UsersResponse | None:
    """Sign in with login and password (cookie session)

     Second step of the cookie-session sign-in: send the CSRF token of `GET /users/sign_in` as
    `authenticity_token`, with the session cookie of that response and `Accept: application/json`. On
    success the response sets the signed-in session cookie and carries the user (with private
    attributes) in a `users` list; then `POST /oauth/token` with `grant_type=password` and only
    `client_id` turns the session into a bearer token. A missing or stale `authenticity_token` does not
    fail the request itself, but the session is not kept (Rails `null_session` forgery protection), so
    the following token request fails. Not in the published docs.

    Args:
        body (SignInRequest): Body of a cookie-session sign-in. Example: {'authenticity_token':
            '3q2+7w==', 'user': {'login': 'my_login', 'password': 'my_password', 'remember_me':
            True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionError | UsersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
