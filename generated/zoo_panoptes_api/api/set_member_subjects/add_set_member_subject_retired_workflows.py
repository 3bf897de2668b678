from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.set_member_subject_link_retired_workflows_request import (
    SetMemberSubjectLinkRetiredWorkflowsRequest,
)
from ...models.set_member_subjects_response import SetMemberSubjectsResponse
from ...types import Response


def _get_kwargs(
    set_member_subject_id: str,
    *,
    body: SetMemberSubjectLinkRetiredWorkflowsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/set_member_subjects/{set_member_subject_id}/links/retired_workflows".format(
            set_member_subject_id=quote(str(set_member_subject_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SetMemberSubjectsResponse | None:
    if response.status_code == 200:
        response_200 = SetMemberSubjectsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SetMemberSubjectsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    set_member_subject_id: str,
    *,
    client: AuthenticatedClient,
    body: SetMemberSubjectLinkRetiredWorkflowsRequest,
) -> Response[ErrorResponse | SetMemberSubjectsResponse]:
    """Mark a set member subject retired in workflows

     Adds workflows to the membership's retired workflows. Answers with the updated set member subject;
    no `If-Match` needed.

    Args:
        set_member_subject_id (str):
        body (SetMemberSubjectLinkRetiredWorkflowsRequest): The body key must equal the link
            relation, else 422. Values are workflow ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SetMemberSubjectsResponse]
    """

    kwargs = _get_kwargs(
        set_member_subject_id=set_member_subject_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    set_member_subject_id: str,
    *,
    client: AuthenticatedClient,
    body: SetMemberSubjectLinkRetiredWorkflowsRequest,
) -> ErrorResponse | SetMemberSubjectsResponse | None:
    """Mark a set member subject retired in workflows

     Adds workflows to the membership's retired workflows. Answers with the updated set member subject;
    no `If-Match` needed.

    Args:
        set_member_subject_id (str):
        body (SetMemberSubjectLinkRetiredWorkflowsRequest): The body key must equal the link
            relation, else 422. Values are workflow ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SetMemberSubjectsResponse
    """

    return sync_detailed(
        set_member_subject_id=set_member_subject_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    set_member_subject_id: str,
    *,
    client: AuthenticatedClient,
    body: SetMemberSubjectLinkRetiredWorkflowsRequest,
) -> Response[ErrorResponse | SetMemberSubjectsResponse]:
    """Mark a set member subject retired in workflows

     Adds workflows to the membership's retired workflows. Answers with the updated set member subject;
    no `If-Match` needed.

    Args:
        set_member_subject_id (str):
        body (SetMemberSubjectLinkRetiredWorkflowsRequest): The body key must equal the link
            relation, else 422. Values are workflow ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SetMemberSubjectsResponse]
    """

    kwargs = _get_kwargs(
        set_member_subject_id=set_member_subject_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    set_member_subject_id: str,
    *,
    client: AuthenticatedClient,
    body: SetMemberSubjectLinkRetiredWorkflowsRequest,
) -> ErrorResponse | SetMemberSubjectsResponse | None:
    """Mark a set member subject retired in workflows

     Adds workflows to the membership's retired workflows. Answers with the updated set member subject;
    no `If-Match` needed.

    Args:
        set_member_subject_id (str):
        body (SetMemberSubjectLinkRetiredWorkflowsRequest): The body key must equal the link
            relation, else 422. Values are workflow ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SetMemberSubjectsResponse
    """

    return (
        await asyncio_detailed(
            set_member_subject_id=set_member_subject_id,
            client=client,
            body=body,
        )
    ).parsed
