from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sign_in_options import SignInOptions
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/sign_in",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SignInOptions | None:
    if response.status_code == 200:
        response_200 = SignInOptions.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SignInOptions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SignInOptions]:
    """Start a sign-in (get the CSRF token)

     First step of the cookie-session sign-in used by the python client. With `Accept: application/json`
    the server answers a small JSON object (the sign-in paths; clients can ignore it), the CSRF token in
    the `X-CSRF-Token` response header (its form field name in `X-CSRF-Param`) and a session cookie.
    Keep the cookie and send the token as `authenticity_token` to `POST /users/sign_in`. Without
    `Accept: application/json` the server answers the HTML sign-in page. Not in the published docs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SignInOptions]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> SignInOptions | None:
    """Start a sign-in (get the CSRF token)

     First step of the cookie-session sign-in used by the python client. With `Accept: application/json`
    the server answers a small JSON object (the sign-in paths; clients can ignore it), the CSRF token in
    the `X-CSRF-Token` response header (its form field name in `X-CSRF-Param`) and a session cookie.
    Keep the cookie and send the token as `authenticity_token` to `POST /users/sign_in`. Without
    `Accept: application/json` the server answers the HTML sign-in page. Not in the published docs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SignInOptions
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SignInOptions]:
    """Start a sign-in (get the CSRF token)

     First step of the cookie-session sign-in used by the python client. With `Accept: application/json`
    the server answers a small JSON object (the sign-in paths; clients can ignore it), the CSRF token in
    the `X-CSRF-Token` response header (its form field name in `X-CSRF-Param`) and a session cookie.
    Keep the cookie and send the token as `authenticity_token` to `POST /users/sign_in`. Without
    `Accept: application/json` the server answers the HTML sign-in page. Not in the published docs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SignInOptions]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> SignInOptions | None:
    """Start a sign-in (get the CSRF token)

     First step of the cookie-session sign-in used by the python client. With `Accept: application/json`
    the server answers a small JSON object (the sign-in paths; clients can ignore it), the CSRF token in
    the `X-CSRF-Token` response header (its form field name in `X-CSRF-Param`) and a session cookie.
    Keep the cookie and send the token as `authenticity_token` to `POST /users/sign_in`. Without
    `Accept: application/json` the server answers the HTML sign-in page. Not in the published docs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SignInOptions
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
