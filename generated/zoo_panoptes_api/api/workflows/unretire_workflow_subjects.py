from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workflow_unretire_subjects_request import WorkflowUnretireSubjectsRequest
from ...types import Response


def _get_kwargs(
    workflow_id: str,
    *,
    body: WorkflowUnretireSubjectsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/workflows/{workflow_id}/unretire_subjects".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowUnretireSubjectsRequest,
) -> Response[Any | ErrorResponse]:
    """Un-retire subjects in a workflow

     Un-retires the given subjects, or every subject of the given subject sets, in this workflow. The
    body is top-level (not wrapped in `workflows`). Requires the `project` scope.

    Args:
        workflow_id (str):
        body (WorkflowUnretireSubjectsRequest): Top-level body (not wrapped in `workflows`). Give
            subjects (`subject_id`/`subject_ids`) or whole subject sets
            (`subject_set_id`/`subject_set_ids`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowUnretireSubjectsRequest,
) -> Any | ErrorResponse | None:
    """Un-retire subjects in a workflow

     Un-retires the given subjects, or every subject of the given subject sets, in this workflow. The
    body is top-level (not wrapped in `workflows`). Requires the `project` scope.

    Args:
        workflow_id (str):
        body (WorkflowUnretireSubjectsRequest): Top-level body (not wrapped in `workflows`). Give
            subjects (`subject_id`/`subject_ids`) or whole subject sets
            (`subject_set_id`/`subject_set_ids`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowUnretireSubjectsRequest,
) -> Response[Any | ErrorResponse]:
    """Un-retire subjects in a workflow

     Un-retires the given subjects, or every subject of the given subject sets, in this workflow. The
    body is top-level (not wrapped in `workflows`). Requires the `project` scope.

    Args:
        workflow_id (str):
        body (WorkflowUnretireSubjectsRequest): Top-level body (not wrapped in `workflows`). Give
            subjects (`subject_id`/`subject_ids`) or whole subject sets
            (`subject_set_id`/`subject_set_ids`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowUnretireSubjectsRequest,
) -> Any | ErrorResponse | None:
    """Un-retire subjects in a workflow

     Un-retires the given subjects, or every subject of the given subject sets, in this workflow. The
    body is top-level (not wrapped in `workflows`). Requires the `project` scope.

    Args:
        workflow_id (str):
        body (WorkflowUnretireSubjectsRequest): Top-level body (not wrapped in `workflows`). Give
            subjects (`subject_id`/`subject_ids`) or whole subject sets
            (`subject_set_id`/`subject_set_ids`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
