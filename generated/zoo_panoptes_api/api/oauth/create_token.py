from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OAuthError | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | OAuthError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[Any | OAuthError | TokenResponse]:
    """Obtain or refresh a bearer token

     OAuth2 token endpoint. Takes a form-encoded body (see `TokenRequest` for the fields each
    grant needs; the server also accepts the same fields as JSON, which this spec leaves out so
    that generated clients send the form the python client sends) and answers a bearer token (a JWT,
    lifetime 7200 s) with a refresh
    token. The python client signs in with `GET`/`POST /users/sign_in` and then posts
    `grant_type=password&client_id=...` form-encoded without credentials (the session cookie
    identifies the user); with a client secret it uses `client_credentials`, whose tokens act as
    the owner of the OAuth application. Refresh with `grant_type=refresh_token` shortly before
    `expires_in` runs out.

    Errors use Doorkeeper's `{"error", "error_description"}` body, except that a grant the
    application's trust level does not allow, or scopes outside the application's scopes, get an
    empty 422. Deviation from the published docs: the docs show an HS256 sample token; real tokens
    are JWTs signed RS512, and wrong credentials or a bad refresh token get 401 (Panoptes patch;
    plain Doorkeeper answers 400).

    Args:
        body (TokenRequest): Token request (RFC 6749 section 4), sent form-encoded (as the python
            client does) or as JSON (as
            the published docs show). Which fields are needed depends on `grant_type`:

            - `password`: `client_id`, and `login` + `password`; without them the Devise session
            cookie of
              `POST /users/sign_in` identifies the user (the python client's flow).
            - `client_credentials`: `client_id` + `client_secret`; the token acts as the owner of the
            OAuth
              application.
            - `refresh_token`: `refresh_token` + `client_id` (+ `client_secret` for confidential
            apps).
            - `authorization_code`: `code`, `redirect_uri`, `client_id` (+ `client_secret`, or
              `code_verifier` for PKCE with S256). Example: {'grant_type': 'client_credentials',
            'client_id': 'YOUR_CLIENT_ID', 'client_secret': 'YOUR_CLIENT_SECRET'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthError | TokenResponse]
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
    body: TokenRequest,
) -> Any | OAuthError | TokenResponse | None:
    """Obtain or refresh a bearer token

     OAuth2 token endpoint. Takes a form-encoded body (see `TokenRequest` for the fields each
    grant needs; the server also accepts the same fields as JSON, which this spec leaves out so
    that generated clients send the form the python client sends) and answers a bearer token (a JWT,
    lifetime 7200 s) with a refresh
    token. The python client signs in with `GET`/`POST /users/sign_in` and then posts
    `grant_type=password&client_id=...` form-encoded without credentials (the session cookie
    identifies the user); with a client secret it uses `client_credentials`, whose tokens act as
    the owner of the OAuth application. Refresh with `grant_type=refresh_token` shortly before
    `expires_in` runs out.

    Errors use Doorkeeper's `{"error", "error_description"}` body, except that a grant the
    application's trust level does not allow, or scopes outside the application's scopes, get an
    empty 422. Deviation from the published docs: the docs show an HS256 sample token; real tokens
    are JWTs signed RS512, and wrong credentials or a bad refresh token get 401 (Panoptes patch;
    plain Doorkeeper answers 400).

    Args:
        body (TokenRequest): Token request (RFC 6749 section 4), sent form-encoded (as the python
            client does) or as JSON (as
            the published docs show). Which fields are needed depends on `grant_type`:

            - `password`: `client_id`, and `login` + `password`; without them the Devise session
            cookie of
              `POST /users/sign_in` identifies the user (the python client's flow).
            - `client_credentials`: `client_id` + `client_secret`; the token acts as the owner of the
            OAuth
              application.
            - `refresh_token`: `refresh_token` + `client_id` (+ `client_secret` for confidential
            apps).
            - `authorization_code`: `code`, `redirect_uri`, `client_id` (+ `client_secret`, or
              `code_verifier` for PKCE with S256). Example: {'grant_type': 'client_credentials',
            'client_id': 'YOUR_CLIENT_ID', 'client_secret': 'YOUR_CLIENT_SECRET'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[Any | OAuthError | TokenResponse]:
    """Obtain or refresh a bearer token

     OAuth2 token endpoint. Takes a form-encoded body (see `TokenRequest` for the fields each
    grant needs; the server also accepts the same fields as JSON, which this spec leaves out so
    that generated clients send the form the python client sends) and answers a bearer token (a JWT,
    lifetime 7200 s) with a refresh
    token. The python client signs in with `GET`/`POST /users/sign_in` and then posts
    `grant_type=password&client_id=...` form-encoded without credentials (the session cookie
    identifies the user); with a client secret it uses `client_credentials`, whose tokens act as
    the owner of the OAuth application. Refresh with `grant_type=refresh_token` shortly before
    `expires_in` runs out.

    Errors use Doorkeeper's `{"error", "error_description"}` body, except that a grant the
    application's trust level does not allow, or scopes outside the application's scopes, get an
    empty 422. Deviation from the published docs: the docs show an HS256 sample token; real tokens
    are JWTs signed RS512, and wrong credentials or a bad refresh token get 401 (Panoptes patch;
    plain Doorkeeper answers 400).

    Args:
        body (TokenRequest): Token request (RFC 6749 section 4), sent form-encoded (as the python
            client does) or as JSON (as
            the published docs show). Which fields are needed depends on `grant_type`:

            - `password`: `client_id`, and `login` + `password`; without them the Devise session
            cookie of
              `POST /users/sign_in` identifies the user (the python client's flow).
            - `client_credentials`: `client_id` + `client_secret`; the token acts as the owner of the
            OAuth
              application.
            - `refresh_token`: `refresh_token` + `client_id` (+ `client_secret` for confidential
            apps).
            - `authorization_code`: `code`, `redirect_uri`, `client_id` (+ `client_secret`, or
              `code_verifier` for PKCE with S256). Example: {'grant_type': 'client_credentials',
            'client_id': 'YOUR_CLIENT_ID', 'client_secret': 'YOUR_CLIENT_SECRET'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Any | OAuthError | TokenResponse | None:
    """Obtain or refresh a bearer token

     OAuth2 token endpoint. Takes a form-encoded body (see `TokenRequest` for the fields each
    grant needs; the server also accepts the same fields as JSON, which this spec leaves out so
    that generated clients send the form the python client sends) and answers a bearer token (a JWT,
    lifetime 7200 s) with a refresh
    token. The python client signs in with `GET`/`POST /users/sign_in` and then posts
    `grant_type=password&client_id=...` form-encoded without credentials (the session cookie
    identifies the user); with a client secret it uses `client_credentials`, whose tokens act as
    the owner of the OAuth application. Refresh with `grant_type=refresh_token` shortly before
    `expires_in` runs out.

    Errors use Doorkeeper's `{"error", "error_description"}` body, except that a grant the
    application's trust level does not allow, or scopes outside the application's scopes, get an
    empty 422. Deviation from the published docs: the docs show an HS256 sample token; real tokens
    are JWTs signed RS512, and wrong credentials or a bad refresh token get 401 (Panoptes patch;
    plain Doorkeeper answers 400).

    Args:
        body (TokenRequest): Token request (RFC 6749 section 4), sent form-encoded (as the python
            client does) or as JSON (as
            the published docs show). Which fields are needed depends on `grant_type`:

            - `password`: `client_id`, and `login` + `password`; without them the Devise session
            cookie of
              `POST /users/sign_in` identifies the user (the python client's flow).
            - `client_credentials`: `client_id` + `client_secret`; the token acts as the owner of the
            OAuth
              application.
            - `refresh_token`: `refresh_token` + `client_id` (+ `client_secret` for confidential
            apps).
            - `authorization_code`: `code`, `redirect_uri`, `client_id` (+ `client_secret`, or
              `code_verifier` for PKCE with S256). Example: {'grant_type': 'client_credentials',
            'client_id': 'YOUR_CLIENT_ID', 'client_secret': 'YOUR_CLIENT_SECRET'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
