from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.classification_gold_standards_response import (
    ClassificationGoldStandardsResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["id"] = id

    params["workflow_id"] = workflow_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/classifications/gold_standard",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClassificationGoldStandardsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClassificationGoldStandardsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClassificationGoldStandardsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
) -> Response[ClassificationGoldStandardsResponse | ErrorResponse]:
    """List public gold-standard annotations.

     Lists the gold-standard annotations of workflows that publish their gold standard
    (`public_gold_standard`). They are serialized under the `classifications` key, with the id of the
    source classification and a single subject id in `links.subjects`. No login needed. Counts in `meta`
    are always 0. Filter by `workflow_id` (and `id`).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        id (str | Unset):
        workflow_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassificationGoldStandardsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        id=id,
        workflow_id=workflow_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
) -> ClassificationGoldStandardsResponse | ErrorResponse | None:
    """List public gold-standard annotations.

     Lists the gold-standard annotations of workflows that publish their gold standard
    (`public_gold_standard`). They are serialized under the `classifications` key, with the id of the
    source classification and a single subject id in `links.subjects`. No login needed. Counts in `meta`
    are always 0. Filter by `workflow_id` (and `id`).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        id (str | Unset):
        workflow_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassificationGoldStandardsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        id=id,
        workflow_id=workflow_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
) -> Response[ClassificationGoldStandardsResponse | ErrorResponse]:
    """List public gold-standard annotations.

     Lists the gold-standard annotations of workflows that publish their gold standard
    (`public_gold_standard`). They are serialized under the `classifications` key, with the id of the
    source classification and a single subject id in `links.subjects`. No login needed. Counts in `meta`
    are always 0. Filter by `workflow_id` (and `id`).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        id (str | Unset):
        workflow_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassificationGoldStandardsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        id=id,
        workflow_id=workflow_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
) -> ClassificationGoldStandardsResponse | ErrorResponse | None:
    """List public gold-standard annotations.

     Lists the gold-standard annotations of workflows that publish their gold standard
    (`public_gold_standard`). They are serialized under the `classifications` key, with the id of the
    source classification and a single subject id in `links.subjects`. No login needed. Counts in `meta`
    are always 0. Filter by `workflow_id` (and `id`).

    Args:
        page (int | Unset):
        page_size (int | Unset):
        id (str | Unset):
        workflow_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassificationGoldStandardsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            id=id,
            workflow_id=workflow_id,
        )
    ).parsed
