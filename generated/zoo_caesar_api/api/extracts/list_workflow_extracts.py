from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.extract import Extract
from ...types import UNSET, Response


def _get_kwargs(
    workflow_id: int,
    extractor_key: str,
    *,
    subject_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subject_id"] = subject_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflows/{workflow_id}/extractors/{extractor_key}/extracts".format(
            workflow_id=quote(str(workflow_id), safe=""),
            extractor_key=quote(str(extractor_key), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | list[Extract] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Extract.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | list[Extract]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    extractor_key: str,
    *,
    client: AuthenticatedClient,
    subject_id: int,
) -> Response[Any | ErrorResponse | list[Extract]]:
    """List a subject's extracts in a workflow.

     Returns a bare JSON array of the workflow's extracts for `subject_id`, each with its
    `relevant_reduction`. The `{extractor_key}` path segment is ignored: the extracts of every extractor
    are returned (filter on `extractor_key` client-side). Readable by anyone when the workflow has
    `public_extracts`. Deviation from the published docs: the Caesar docs describe an extract upsert
    (`POST .../extractors/{extractor_key}/extracts`); it is not routed, only this listing and
    `import_workflow_extracts` exist.

    Args:
        workflow_id (int):
        extractor_key (str):
        subject_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[Extract]]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        extractor_key=extractor_key,
        subject_id=subject_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    extractor_key: str,
    *,
    client: AuthenticatedClient,
    subject_id: int,
) -> Any | ErrorResponse | list[Extract] | None:
    """List a subject's extracts in a workflow.

     Returns a bare JSON array of the workflow's extracts for `subject_id`, each with its
    `relevant_reduction`. The `{extractor_key}` path segment is ignored: the extracts of every extractor
    are returned (filter on `extractor_key` client-side). Readable by anyone when the workflow has
    `public_extracts`. Deviation from the published docs: the Caesar docs describe an extract upsert
    (`POST .../extractors/{extractor_key}/extracts`); it is not routed, only this listing and
    `import_workflow_extracts` exist.

    Args:
        workflow_id (int):
        extractor_key (str):
        subject_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[Extract]
    """

    return sync_detailed(
        workflow_id=workflow_id,
        extractor_key=extractor_key,
        client=client,
        subject_id=subject_id,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    extractor_key: str,
    *,
    client: AuthenticatedClient,
    subject_id: int,
) -> Response[Any | ErrorResponse | list[Extract]]:
    """List a subject's extracts in a workflow.

     Returns a bare JSON array of the workflow's extracts for `subject_id`, each with its
    `relevant_reduction`. The `{extractor_key}` path segment is ignored: the extracts of every extractor
    are returned (filter on `extractor_key` client-side). Readable by anyone when the workflow has
    `public_extracts`. Deviation from the published docs: the Caesar docs describe an extract upsert
    (`POST .../extractors/{extractor_key}/extracts`); it is not routed, only this listing and
    `import_workflow_extracts` exist.

    Args:
        workflow_id (int):
        extractor_key (str):
        subject_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[Extract]]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        extractor_key=extractor_key,
        subject_id=subject_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    extractor_key: str,
    *,
    client: AuthenticatedClient,
    subject_id: int,
) -> Any | ErrorResponse | list[Extract] | None:
    """List a subject's extracts in a workflow.

     Returns a bare JSON array of the workflow's extracts for `subject_id`, each with its
    `relevant_reduction`. The `{extractor_key}` path segment is ignored: the extracts of every extractor
    are returned (filter on `extractor_key` client-side). Readable by anyone when the workflow has
    `public_extracts`. Deviation from the published docs: the Caesar docs describe an extract upsert
    (`POST .../extractors/{extractor_key}/extracts`); it is not routed, only this listing and
    `import_workflow_extracts` exist.

    Args:
        workflow_id (int):
        extractor_key (str):
        subject_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[Extract]
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            extractor_key=extractor_key,
            client=client,
            subject_id=subject_id,
        )
    ).parsed
