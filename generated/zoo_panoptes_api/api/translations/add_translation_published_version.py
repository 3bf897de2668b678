from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.translation_published_version_link_request import (
    TranslationPublishedVersionLinkRequest,
)
from ...models.translations_response import TranslationsResponse
from ...types import UNSET, Response


def _get_kwargs(
    translation_id: str,
    *,
    body: TranslationPublishedVersionLinkRequest,
    translated_type: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["translated_type"] = translated_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/translations/{translation_id}/links/published_version".format(
            translation_id=quote(str(translation_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TranslationsResponse | None:
    if response.status_code == 200:
        response_200 = TranslationsResponse.from_dict(response.json())

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
    translation_id: str,
    *,
    client: AuthenticatedClient,
    body: TranslationPublishedVersionLinkRequest,
    translated_type: str,
) -> Response[ErrorResponse | TranslationsResponse]:
    """Add the published version to a translation

     Links the published version to the translation. The body key must be `published_version` (else 422);
    the value is one id or a list of ids. No `If-Match` needed. Requires login. `translated_type` is
    required (else 404).

    Args:
        translation_id (str):
        translated_type (str):
        body (TranslationPublishedVersionLinkRequest): The body key must be `published_version`
            (the link relation), else 422 (also for a null value). A to-one link: one id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TranslationsResponse]
    """

    kwargs = _get_kwargs(
        translation_id=translation_id,
        body=body,
        translated_type=translated_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    translation_id: str,
    *,
    client: AuthenticatedClient,
    body: TranslationPublishedVersionLinkRequest,
    translated_type: str,
) -> ErrorResponse | TranslationsResponse | None:
    """Add the published version to a translation

     Links the published version to the translation. The body key must be `published_version` (else 422);
    the value is one id or a list of ids. No `If-Match` needed. Requires login. `translated_type` is
    required (else 404).

    Args:
        translation_id (str):
        translated_type (str):
        body (TranslationPublishedVersionLinkRequest): The body key must be `published_version`
            (the link relation), else 422 (also for a null value). A to-one link: one id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TranslationsResponse
    """

    return sync_detailed(
        translation_id=translation_id,
        client=client,
        body=body,
        translated_type=translated_type,
    ).parsed


async def asyncio_detailed(
    translation_id: str,
    *,
    client: AuthenticatedClient,
    body: TranslationPublishedVersionLinkRequest,
    translated_type: str,
) -> Response[ErrorResponse | TranslationsResponse]:
    """Add the published version to a translation

     Links the published version to the translation. The body key must be `published_version` (else 422);
    the value is one id or a list of ids. No `If-Match` needed. Requires login. `translated_type` is
    required (else 404).

    Args:
        translation_id (str):
        translated_type (str):
        body (TranslationPublishedVersionLinkRequest): The body key must be `published_version`
            (the link relation), else 422 (also for a null value). A to-one link: one id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TranslationsResponse]
    """

    kwargs = _get_kwargs(
        translation_id=translation_id,
        body=body,
        translated_type=translated_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    translation_id: str,
    *,
    client: AuthenticatedClient,
    body: TranslationPublishedVersionLinkRequest,
    translated_type: str,
) -> ErrorResponse | TranslationsResponse | None:
    """Add the published version to a translation

     Links the published version to the translation. The body key must be `published_version` (else 422);
    the value is one id or a list of ids. No `If-Match` needed. Requires login. `translated_type` is
    required (else 404).

    Args:
        translation_id (str):
        translated_type (str):
        body (TranslationPublishedVersionLinkRequest): The body key must be `published_version`
            (the link relation), else 422 (also for a null value). A to-one link: one id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TranslationsResponse
    """

    return (
        await asyncio_detailed(
            translation_id=translation_id,
            client=client,
            body=body,
            translated_type=translated_type,
        )
    ).parsed
