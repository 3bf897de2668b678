from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...models.workflow import Workflow
from ...models.workflow_create_request import WorkflowCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: WorkflowCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | UnprocessableEntityError | Workflow | None:
    if response.status_code == 200:
        response_200 = Workflow.from_dict(response.json())

        return response_200

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        response_422 = UnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | UnprocessableEntityError | Workflow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkflowCreateRequest,
) -> Response[Any | ErrorResponse | UnprocessableEntityError | Workflow]:
    """Register a Panoptes workflow with Caesar.

     Makes Caesar listen to the classifications of a Panoptes workflow the caller can access; the project
    id and names are fetched from Panoptes in the background. Answers 200 (not 201) with the workflow.
    If the workflow is already registered the server redirects (302) to it; use `update_workflow` to
    change its settings. Deviation from the published docs: the Caesar docs say `POST
    /workflows/?id=1234`; the server reads the id from the body (`{"workflow": {"id": 1234}}`) and
    ignores the query string.

    Args:
        body (WorkflowCreateRequest):  Example: {'workflow': {'id': 1234, 'public_extracts':
            False, 'public_reductions': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UnprocessableEntityError | Workflow]
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
    body: WorkflowCreateRequest,
) -> Any | ErrorResponse | UnprocessableEntityError | Workflow | None:
    """Register a Panoptes workflow with Caesar.

     Makes Caesar listen to the classifications of a Panoptes workflow the caller can access; the project
    id and names are fetched from Panoptes in the background. Answers 200 (not 201) with the workflow.
    If the workflow is already registered the server redirects (302) to it; use `update_workflow` to
    change its settings. Deviation from the published docs: the Caesar docs say `POST
    /workflows/?id=1234`; the server reads the id from the body (`{"workflow": {"id": 1234}}`) and
    ignores the query string.

    Args:
        body (WorkflowCreateRequest):  Example: {'workflow': {'id': 1234, 'public_extracts':
            False, 'public_reductions': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UnprocessableEntityError | Workflow
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkflowCreateRequest,
) -> Response[Any | ErrorResponse | UnprocessableEntityError | Workflow]:
    """Register a Panoptes workflow with Caesar.

     Makes Caesar listen to the classifications of a Panoptes workflow the caller can access; the project
    id and names are fetched from Panoptes in the background. Answers 200 (not 201) with the workflow.
    If the workflow is already registered the server redirects (302) to it; use `update_workflow` to
    change its settings. Deviation from the published docs: the Caesar docs say `POST
    /workflows/?id=1234`; the server reads the id from the body (`{"workflow": {"id": 1234}}`) and
    ignores the query string.

    Args:
        body (WorkflowCreateRequest):  Example: {'workflow': {'id': 1234, 'public_extracts':
            False, 'public_reductions': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UnprocessableEntityError | Workflow]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WorkflowCreateRequest,
) -> Any | ErrorResponse | UnprocessableEntityError | Workflow | None:
    """Register a Panoptes workflow with Caesar.

     Makes Caesar listen to the classifications of a Panoptes workflow the caller can access; the project
    id and names are fetched from Panoptes in the background. Answers 200 (not 201) with the workflow.
    If the workflow is already registered the server redirects (302) to it; use `update_workflow` to
    change its settings. Deviation from the published docs: the Caesar docs say `POST
    /workflows/?id=1234`; the server reads the id from the body (`{"workflow": {"id": 1234}}`) and
    ignores the query string.

    Args:
        body (WorkflowCreateRequest):  Example: {'workflow': {'id': 1234, 'public_extracts':
            False, 'public_reductions': True}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UnprocessableEntityError | Workflow
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
