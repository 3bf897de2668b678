from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workflow_link_published_version_request import (
    WorkflowLinkPublishedVersionRequest,
)
from ...models.workflows_response import WorkflowsResponse
from ...types import Response


def _get_kwargs(
    workflow_id: str,
    *,
    body: WorkflowLinkPublishedVersionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/workflows/{workflow_id}/links/published_version".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowsResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowsResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | WorkflowsResponse]:
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
    body: WorkflowLinkPublishedVersionRequest,
) -> Response[ErrorResponse | WorkflowsResponse]:
    """Link the published version to a workflow

     Sets the published workflow version (one id). Answers with the updated workflow; no `If-Match`
    needed.

    Args:
        workflow_id (str):
        body (WorkflowLinkPublishedVersionRequest): The body key must equal the link relation,
            else 422 (also for a null value). A to-one link: one id (a list is not accepted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsResponse]
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
    body: WorkflowLinkPublishedVersionRequest,
) -> ErrorResponse | WorkflowsResponse | None:
    """Link the published version to a workflow

     Sets the published workflow version (one id). Answers with the updated workflow; no `If-Match`
    needed.

    Args:
        workflow_id (str):
        body (WorkflowLinkPublishedVersionRequest): The body key must equal the link relation,
            else 422 (also for a null value). A to-one link: one id (a list is not accepted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsResponse
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
    body: WorkflowLinkPublishedVersionRequest,
) -> Response[ErrorResponse | WorkflowsResponse]:
    """Link the published version to a workflow

     Sets the published workflow version (one id). Answers with the updated workflow; no `If-Match`
    needed.

    Args:
        workflow_id (str):
        body (WorkflowLinkPublishedVersionRequest): The body key must equal the link relation,
            else 422 (also for a null value). A to-one link: one id (a list is not accepted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsResponse]
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
    body: WorkflowLinkPublishedVersionRequest,
) -> ErrorResponse | WorkflowsResponse | None:
    """Link the published version to a workflow

     Sets the published workflow version (one id). Answers with the updated workflow; no `If-Match`
    needed.

    Args:
        workflow_id (str):
        body (WorkflowLinkPublishedVersionRequest): The body key must equal the link relation,
            else 422 (also for a null value). A to-one link: one id (a list is not accepted).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
