from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.classification_create_request import ClassificationCreateRequest
from ...models.classifications_response import ClassificationsResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ClassificationCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/classifications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClassificationsResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = ClassificationsResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ClassificationsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ClassificationCreateRequest,
) -> Response[ClassificationsResponse | ErrorResponse]:
    """Create a classification.

     Records a volunteer's annotations of subjects in a workflow. `metadata` (with `started_at`,
    `finished_at`, `user_agent`, `user_language` and `workflow_version`), `annotations` and `links`
    (`project`, `workflow`, `subjects`) are required; unknown keys at the top level or in `links` are
    answered with 422. `completed` defaults to true; send false to keep a half-finished classification
    that can be resumed with PUT. Anonymous classifications are accepted; with a token (scope
    `classification`) the classification is attributed to the caller. `completed` and `gold_standard`
    are not serialized back.

    Args:
        body (ClassificationCreateRequest):  Example: {'classifications': {'completed': True,
            'metadata': {'started_at': '2014-08-24T22:20:21Z', 'finished_at': '2014-08-24T22:24:31Z',
            'user_agent': 'cURL', 'user_language': 'es_MX', 'workflow_version': '11.12', 'utc_offset':
            '0'}, 'annotations': [{'task': 'T0', 'value': 1}], 'links': {'project': '2', 'workflow':
            '81', 'subjects': ['11']}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassificationsResponse | ErrorResponse]
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
    body: ClassificationCreateRequest,
) -> ClassificationsResponse | ErrorResponse | None:
    """Create a classification.

     Records a volunteer's annotations of subjects in a workflow. `metadata` (with `started_at`,
    `finished_at`, `user_agent`, `user_language` and `workflow_version`), `annotations` and `links`
    (`project`, `workflow`, `subjects`) are required; unknown keys at the top level or in `links` are
    answered with 422. `completed` defaults to true; send false to keep a half-finished classification
    that can be resumed with PUT. Anonymous classifications are accepted; with a token (scope
    `classification`) the classification is attributed to the caller. `completed` and `gold_standard`
    are not serialized back.

    Args:
        body (ClassificationCreateRequest):  Example: {'classifications': {'completed': True,
            'metadata': {'started_at': '2014-08-24T22:20:21Z', 'finished_at': '2014-08-24T22:24:31Z',
            'user_agent': 'cURL', 'user_language': 'es_MX', 'workflow_version': '11.12', 'utc_offset':
            '0'}, 'annotations': [{'task': 'T0', 'value': 1}], 'links': {'project': '2', 'workflow':
            '81', 'subjects': ['11']}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassificationsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClassificationCreateRequest,
) -> Response[ClassificationsResponse | ErrorResponse]:
    """Create a classification.

     Records a volunteer's annotations of subjects in a workflow. `metadata` (with `started_at`,
    `finished_at`, `user_agent`, `user_language` and `workflow_version`), `annotations` and `links`
    (`project`, `workflow`, `subjects`) are required; unknown keys at the top level or in `links` are
    answered with 422. `completed` defaults to true; send false to keep a half-finished classification
    that can be resumed with PUT. Anonymous classifications are accepted; with a token (scope
    `classification`) the classification is attributed to the caller. `completed` and `gold_standard`
    are not serialized back.

    Args:
        body (ClassificationCreateRequest):  Example: {'classifications': {'completed': True,
            'metadata': {'started_at': '2014-08-24T22:20:21Z', 'finished_at': '2014-08-24T22:24:31Z',
            'user_agent': 'cURL', 'user_language': 'es_MX', 'workflow_version': '11.12', 'utc_offset':
            '0'}, 'annotations': [{'task': 'T0', 'value': 1}], 'links': {'project': '2', 'workflow':
            '81', 'subjects': ['11']}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassificationsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ClassificationCreateRequest,
) -> ClassificationsResponse | ErrorResponse | None:
    """Create a classification.

     Records a volunteer's annotations of subjects in a workflow. `metadata` (with `started_at`,
    `finished_at`, `user_agent`, `user_language` and `workflow_version`), `annotations` and `links`
    (`project`, `workflow`, `subjects`) are required; unknown keys at the top level or in `links` are
    answered with 422. `completed` defaults to true; send false to keep a half-finished classification
    that can be resumed with PUT. Anonymous classifications are accepted; with a token (scope
    `classification`) the classification is attributed to the caller. `completed` and `gold_standard`
    are not serialized back.

    Args:
        body (ClassificationCreateRequest):  Example: {'classifications': {'completed': True,
            'metadata': {'started_at': '2014-08-24T22:20:21Z', 'finished_at': '2014-08-24T22:24:31Z',
            'user_agent': 'cURL', 'user_language': 'es_MX', 'workflow_version': '11.12', 'utc_offset':
            '0'}, 'annotations': [{'task': 'T0', 'value': 1}], 'links': {'project': '2', 'workflow':
            '81', 'subjects': ['11']}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassificationsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
