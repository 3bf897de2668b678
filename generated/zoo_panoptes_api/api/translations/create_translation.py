from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.translation_create_request import TranslationCreateRequest
from ...models.translations_response import TranslationsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: TranslationCreateRequest,
    translated_type: str,
    translated_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["translated_type"] = translated_type

    params["translated_id"] = translated_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/translations",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TranslationsResponse | None:
    if response.status_code == 201:
        response_201 = TranslationsResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | TranslationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TranslationCreateRequest,
    translated_type: str,
    translated_id: str,
) -> Response[ErrorResponse | TranslationsResponse]:
    """Create a translation

     Creates a translation of the resource given by the `translated_type` and `translated_id` query
    parameters. The caller needs the translator role (or edit rights) on the resource; the primary
    language cannot be created this way (404). Requires login with the `translation` scope.

    Args:
        translated_type (str):
        translated_id (str):
        body (TranslationCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TranslationsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        translated_type=translated_type,
        translated_id=translated_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TranslationCreateRequest,
    translated_type: str,
    translated_id: str,
) -> ErrorResponse | TranslationsResponse | None:
    """Create a translation

     Creates a translation of the resource given by the `translated_type` and `translated_id` query
    parameters. The caller needs the translator role (or edit rights) on the resource; the primary
    language cannot be created this way (404). Requires login with the `translation` scope.

    Args:
        translated_type (str):
        translated_id (str):
        body (TranslationCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TranslationsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        translated_type=translated_type,
        translated_id=translated_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TranslationCreateRequest,
    translated_type: str,
    translated_id: str,
) -> Response[ErrorResponse | TranslationsResponse]:
    """Create a translation

     Creates a translation of the resource given by the `translated_type` and `translated_id` query
    parameters. The caller needs the translator role (or edit rights) on the resource; the primary
    language cannot be created this way (404). Requires login with the `translation` scope.

    Args:
        translated_type (str):
        translated_id (str):
        body (TranslationCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TranslationsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        translated_type=translated_type,
        translated_id=translated_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TranslationCreateRequest,
    translated_type: str,
    translated_id: str,
) -> ErrorResponse | TranslationsResponse | None:
    """Create a translation

     Creates a translation of the resource given by the `translated_type` and `translated_id` query
    parameters. The caller needs the translator role (or edit rights) on the resource; the primary
    language cannot be created this way (404). Requires login with the `translation` scope.

    Args:
        translated_type (str):
        translated_id (str):
        body (TranslationCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TranslationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            translated_type=translated_type,
            translated_id=translated_id,
        )
    ).parsed
