from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.extractor import Extractor
from ...models.extractor_create_request import ExtractorCreateRequest
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response


def _get_kwargs(
    workflow_id: int,
    *,
    body: ExtractorCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows/{workflow_id}/extractors".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Extractor | UnprocessableEntityError | None:
    if response.status_code == 200:
        response_200 = Extractor.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = UnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | Extractor | UnprocessableEntityError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    body: ExtractorCreateRequest,
) -> Response[Any | ErrorResponse | Extractor | UnprocessableEntityError]:
    """Add an extractor to a workflow.

     Creates an extractor of the given short `type` (`blank`, `external`, `question`, `survey`, `who`,
    `pluck_field`, `shape`) under a key unique within the workflow. Answers 200 (not 201) with the
    extractor, whose `type` is then the Rails class name. A validation failure answers 422 `{"errors":
    [{"message": ...}]}`, an unknown type 422 `{"error": "Unknown type X"}`. Deviation from the
    published docs: the response `type` is the STI class name (e.g. `Extractors::QuestionExtractor`),
    not the short name sent in the request; and the `sqs` extractor class exists but cannot be created
    through the API.

    Args:
        workflow_id (int):
        body (ExtractorCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Extractor | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    body: ExtractorCreateRequest,
) -> Any | ErrorResponse | Extractor | UnprocessableEntityError | None:
    """Add an extractor to a workflow.

     Creates an extractor of the given short `type` (`blank`, `external`, `question`, `survey`, `who`,
    `pluck_field`, `shape`) under a key unique within the workflow. Answers 200 (not 201) with the
    extractor, whose `type` is then the Rails class name. A validation failure answers 422 `{"errors":
    [{"message": ...}]}`, an unknown type 422 `{"error": "Unknown type X"}`. Deviation from the
    published docs: the response `type` is the STI class name (e.g. `Extractors::QuestionExtractor`),
    not the short name sent in the request; and the `sqs` extractor class exists but cannot be created
    through the API.

    Args:
        workflow_id (int):
        body (ExtractorCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Extractor | UnprocessableEntityError
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    body: ExtractorCreateRequest,
) -> Response[Any | ErrorResponse | Extractor | UnprocessableEntityError]:
    """Add an extractor to a workflow.

     Creates an extractor of the given short `type` (`blank`, `external`, `question`, `survey`, `who`,
    `pluck_field`, `shape`) under a key unique within the workflow. Answers 200 (not 201) with the
    extractor, whose `type` is then the Rails class name. A validation failure answers 422 `{"errors":
    [{"message": ...}]}`, an unknown type 422 `{"error": "Unknown type X"}`. Deviation from the
    published docs: the response `type` is the STI class name (e.g. `Extractors::QuestionExtractor`),
    not the short name sent in the request; and the `sqs` extractor class exists but cannot be created
    through the API.

    Args:
        workflow_id (int):
        body (ExtractorCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Extractor | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    body: ExtractorCreateRequest,
) -> Any | ErrorResponse | Extractor | UnprocessableEntityError | None:
    """Add an extractor to a workflow.

     Creates an extractor of the given short `type` (`blank`, `external`, `question`, `survey`, `who`,
    `pluck_field`, `shape`) under a key unique within the workflow. Answers 200 (not 201) with the
    extractor, whose `type` is then the Rails class name. A validation failure answers 422 `{"errors":
    [{"message": ...}]}`, an unknown type 422 `{"error": "Unknown type X"}`. Deviation from the
    published docs: the response `type` is the STI class name (e.g. `Extractors::QuestionExtractor`),
    not the short name sent in the request; and the `sqs` extractor class exists but cannot be created
    through the API.

    Args:
        workflow_id (int):
        body (ExtractorCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Extractor | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
