from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    translation_id: str,
    link_ids: str,
    *,
    translated_type: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["translated_type"] = translated_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/translations/{translation_id}/links/published_version/{link_ids}".format(
            translation_id=quote(str(translation_id), safe=""),
            link_ids=quote(str(link_ids), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    translation_id: str,
    link_ids: str,
    *,
    client: AuthenticatedClient,
    translated_type: str,
) -> Response[Any | ErrorResponse]:
    """Remove the published version from a translation

     Unlinks the comma-separated `link_ids` (the published version) from the translation. No `If-Match`
    needed. Requires login.

    Args:
        translation_id (str):
        link_ids (str):
        translated_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        translation_id=translation_id,
        link_ids=link_ids,
        translated_type=translated_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    translation_id: str,
    link_ids: str,
    *,
    client: AuthenticatedClient,
    translated_type: str,
) -> Any | ErrorResponse | None:
    """Remove the published version from a translation

     Unlinks the comma-separated `link_ids` (the published version) from the translation. No `If-Match`
    needed. Requires login.

    Args:
        translation_id (str):
        link_ids (str):
        translated_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        translation_id=translation_id,
        link_ids=link_ids,
        client=client,
        translated_type=translated_type,
    ).parsed


async def asyncio_detailed(
    translation_id: str,
    link_ids: str,
    *,
    client: AuthenticatedClient,
    translated_type: str,
) -> Response[Any | ErrorResponse]:
    """Remove the published version from a translation

     Unlinks the comma-separated `link_ids` (the published version) from the translation. No `If-Match`
    needed. Requires login.

    Args:
        translation_id (str):
        link_ids (str):
        translated_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        translation_id=translation_id,
        link_ids=link_ids,
        translated_type=translated_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    translation_id: str,
    link_ids: str,
    *,
    client: AuthenticatedClient,
    translated_type: str,
) -> Any | ErrorResponse | None:
    """Remove the published version from a translation

     Unlinks the comma-separated `link_ids` (the published version) from the translation. No `If-Match`
    needed. Requires login.

    Args:
        translation_id (str):
        link_ids (str):
        translated_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            translation_id=translation_id,
            link_ids=link_ids,
            client=client,
            translated_type=translated_type,
        )
    ).parsed
