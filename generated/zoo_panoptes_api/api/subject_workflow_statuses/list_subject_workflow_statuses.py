from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subject_workflow_statuses_response import SubjectWorkflowStatusesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["id"] = id

    params["admin"] = admin

    params["subject_id"] = subject_id

    params["workflow_id"] = workflow_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/subject_workflow_statuses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubjectWorkflowStatusesResponse | None:
    if response.status_code == 200:
        response_200 = SubjectWorkflowStatusesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubjectWorkflowStatusesResponse]:
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
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SubjectWorkflowStatusesResponse]:
    """List subject workflow statuses

     Lists the classification count and retirement state of subjects in workflows, visible to users with
    rights on the workflow's project. The paging meta always reports `count` 0 and `page_count` 0.
    Includes: `subject`, `workflow`.

    Deviation from the published docs: the docs example nests the paging meta under
    `collection_preferences`; it is under `subject_workflow_statuses`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        subject_id (str | Unset):
        workflow_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectWorkflowStatusesResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        subject_id=subject_id,
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
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
) -> ErrorResponse | SubjectWorkflowStatusesResponse | None:
    """List subject workflow statuses

     Lists the classification count and retirement state of subjects in workflows, visible to users with
    rights on the workflow's project. The paging meta always reports `count` 0 and `page_count` 0.
    Includes: `subject`, `workflow`.

    Deviation from the published docs: the docs example nests the paging meta under
    `collection_preferences`; it is under `subject_workflow_statuses`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        subject_id (str | Unset):
        workflow_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectWorkflowStatusesResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        subject_id=subject_id,
        workflow_id=workflow_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
) -> Response[ErrorResponse | SubjectWorkflowStatusesResponse]:
    """List subject workflow statuses

     Lists the classification count and retirement state of subjects in workflows, visible to users with
    rights on the workflow's project. The paging meta always reports `count` 0 and `page_count` 0.
    Includes: `subject`, `workflow`.

    Deviation from the published docs: the docs example nests the paging meta under
    `collection_preferences`; it is under `subject_workflow_statuses`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        subject_id (str | Unset):
        workflow_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectWorkflowStatusesResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        subject_id=subject_id,
        workflow_id=workflow_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    workflow_id: str | Unset = UNSET,
) -> ErrorResponse | SubjectWorkflowStatusesResponse | None:
    """List subject workflow statuses

     Lists the classification count and retirement state of subjects in workflows, visible to users with
    rights on the workflow's project. The paging meta always reports `count` 0 and `page_count` 0.
    Includes: `subject`, `workflow`.

    Deviation from the published docs: the docs example nests the paging meta under
    `collection_preferences`; it is under `subject_workflow_statuses`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        subject_id (str | Unset):
        workflow_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectWorkflowStatusesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort=sort,
            include=include,
            id=id,
            admin=admin,
            subject_id=subject_id,
            workflow_id=workflow_id,
        )
    ).parsed
