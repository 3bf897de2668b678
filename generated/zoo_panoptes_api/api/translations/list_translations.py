from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.translations_response import TranslationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    translated_type: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    translated_id: str | Unset = UNSET,
    language: str | Unset = UNSET,
    published_version_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["translated_type"] = translated_type

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["id"] = id

    params["translated_id"] = translated_id

    params["language"] = language

    params["published_version_id"] = published_version_id

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/translations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TranslationsResponse | None:
    if response.status_code == 200:
        response_200 = TranslationsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
    translated_type: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    translated_id: str | Unset = UNSET,
    language: str | Unset = UNSET,
    published_version_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | TranslationsResponse]:
    """List translations

     Lists the translations of one resource type (`translated_type` is required, else 404), paged
    (`meta.translations`). No sort keys are whitelisted. Includable: translated, published_version.

    Args:
        translated_type (str):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        translated_id (str | Unset):
        language (str | Unset):
        published_version_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TranslationsResponse]
    """

    kwargs = _get_kwargs(
        translated_type=translated_type,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        translated_id=translated_id,
        language=language,
        published_version_id=published_version_id,
        admin=admin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    translated_type: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    translated_id: str | Unset = UNSET,
    language: str | Unset = UNSET,
    published_version_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | TranslationsResponse | None:
    """List translations

     Lists the translations of one resource type (`translated_type` is required, else 404), paged
    (`meta.translations`). No sort keys are whitelisted. Includable: translated, published_version.

    Args:
        translated_type (str):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        translated_id (str | Unset):
        language (str | Unset):
        published_version_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TranslationsResponse
    """

    return sync_detailed(
        client=client,
        translated_type=translated_type,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        translated_id=translated_id,
        language=language,
        published_version_id=published_version_id,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    translated_type: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    translated_id: str | Unset = UNSET,
    language: str | Unset = UNSET,
    published_version_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | TranslationsResponse]:
    """List translations

     Lists the translations of one resource type (`translated_type` is required, else 404), paged
    (`meta.translations`). No sort keys are whitelisted. Includable: translated, published_version.

    Args:
        translated_type (str):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        translated_id (str | Unset):
        language (str | Unset):
        published_version_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TranslationsResponse]
    """

    kwargs = _get_kwargs(
        translated_type=translated_type,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        translated_id=translated_id,
        language=language,
        published_version_id=published_version_id,
        admin=admin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    translated_type: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    translated_id: str | Unset = UNSET,
    language: str | Unset = UNSET,
    published_version_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | TranslationsResponse | None:
    """List translations

     Lists the translations of one resource type (`translated_type` is required, else 404), paged
    (`meta.translations`). No sort keys are whitelisted. Includable: translated, published_version.

    Args:
        translated_type (str):
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        translated_id (str | Unset):
        language (str | Unset):
        published_version_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TranslationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            translated_type=translated_type,
            page=page,
            page_size=page_size,
            sort=sort,
            include=include,
            id=id,
            translated_id=translated_id,
            language=language,
            published_version_id=published_version_id,
            admin=admin,
        )
    ).parsed
