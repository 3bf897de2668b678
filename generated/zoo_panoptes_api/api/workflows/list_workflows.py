from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workflows_response import WorkflowsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    include: str | Unset = UNSET,
    id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
    project_id: str | Unset = UNSET,
    subject_set_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    tutorial_id: str | Unset = UNSET,
    tutorial_subject_id: str | Unset = UNSET,
    published_version_id: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    mobile_friendly: bool | Unset = UNSET,
    complete: bool | Unset = UNSET,
    published: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort"] = sort

    params["include"] = include

    params["id"] = id

    params["admin"] = admin

    params["project_id"] = project_id

    params["subject_set_id"] = subject_set_id

    params["subject_id"] = subject_id

    params["tutorial_id"] = tutorial_id

    params["tutorial_subject_id"] = tutorial_subject_id

    params["published_version_id"] = published_version_id

    params["active"] = active

    params["mobile_friendly"] = mobile_friendly

    params["complete"] = complete

    params["published"] = published

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/workflows",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowsResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkflowsResponse]:
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
    project_id: str | Unset = UNSET,
    subject_set_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    tutorial_id: str | Unset = UNSET,
    tutorial_subject_id: str | Unset = UNSET,
    published_version_id: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    mobile_friendly: bool | Unset = UNSET,
    complete: bool | Unset = UNSET,
    published: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkflowsResponse]:
    """List workflows

     Lists the workflows visible to the caller. Sort keys: `completeness`, `id` (default: the project's
    display order). Includes: `project`, `subject_sets`, `tutorial_subject`, `published_version`,
    `attached_images`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        project_id (str | Unset):
        subject_set_id (str | Unset):
        subject_id (str | Unset):
        tutorial_id (str | Unset):
        tutorial_subject_id (str | Unset):
        published_version_id (str | Unset):
        active (bool | Unset):
        mobile_friendly (bool | Unset):
        complete (bool | Unset):
        published (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        project_id=project_id,
        subject_set_id=subject_set_id,
        subject_id=subject_id,
        tutorial_id=tutorial_id,
        tutorial_subject_id=tutorial_subject_id,
        published_version_id=published_version_id,
        active=active,
        mobile_friendly=mobile_friendly,
        complete=complete,
        published=published,
        fields=fields,
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
    project_id: str | Unset = UNSET,
    subject_set_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    tutorial_id: str | Unset = UNSET,
    tutorial_subject_id: str | Unset = UNSET,
    published_version_id: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    mobile_friendly: bool | Unset = UNSET,
    complete: bool | Unset = UNSET,
    published: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | WorkflowsResponse | None:
    """List workflows

     Lists the workflows visible to the caller. Sort keys: `completeness`, `id` (default: the project's
    display order). Includes: `project`, `subject_sets`, `tutorial_subject`, `published_version`,
    `attached_images`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        project_id (str | Unset):
        subject_set_id (str | Unset):
        subject_id (str | Unset):
        tutorial_id (str | Unset):
        tutorial_subject_id (str | Unset):
        published_version_id (str | Unset):
        active (bool | Unset):
        mobile_friendly (bool | Unset):
        complete (bool | Unset):
        published (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        project_id=project_id,
        subject_set_id=subject_set_id,
        subject_id=subject_id,
        tutorial_id=tutorial_id,
        tutorial_subject_id=tutorial_subject_id,
        published_version_id=published_version_id,
        active=active,
        mobile_friendly=mobile_friendly,
        complete=complete,
        published=published,
        fields=fields,
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
    project_id: str | Unset = UNSET,
    subject_set_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    tutorial_id: str | Unset = UNSET,
    tutorial_subject_id: str | Unset = UNSET,
    published_version_id: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    mobile_friendly: bool | Unset = UNSET,
    complete: bool | Unset = UNSET,
    published: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkflowsResponse]:
    """List workflows

     Lists the workflows visible to the caller. Sort keys: `completeness`, `id` (default: the project's
    display order). Includes: `project`, `subject_sets`, `tutorial_subject`, `published_version`,
    `attached_images`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        project_id (str | Unset):
        subject_set_id (str | Unset):
        subject_id (str | Unset):
        tutorial_id (str | Unset):
        tutorial_subject_id (str | Unset):
        published_version_id (str | Unset):
        active (bool | Unset):
        mobile_friendly (bool | Unset):
        complete (bool | Unset):
        published (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort=sort,
        include=include,
        id=id,
        admin=admin,
        project_id=project_id,
        subject_set_id=subject_set_id,
        subject_id=subject_id,
        tutorial_id=tutorial_id,
        tutorial_subject_id=tutorial_subject_id,
        published_version_id=published_version_id,
        active=active,
        mobile_friendly=mobile_friendly,
        complete=complete,
        published=published,
        fields=fields,
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
    project_id: str | Unset = UNSET,
    subject_set_id: str | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    tutorial_id: str | Unset = UNSET,
    tutorial_subject_id: str | Unset = UNSET,
    published_version_id: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    mobile_friendly: bool | Unset = UNSET,
    complete: bool | Unset = UNSET,
    published: bool | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | WorkflowsResponse | None:
    """List workflows

     Lists the workflows visible to the caller. Sort keys: `completeness`, `id` (default: the project's
    display order). Includes: `project`, `subject_sets`, `tutorial_subject`, `published_version`,
    `attached_images`.

    Args:
        page (int | Unset):
        page_size (int | Unset):
        sort (str | Unset):
        include (str | Unset):
        id (str | Unset):
        admin (bool | Unset):
        project_id (str | Unset):
        subject_set_id (str | Unset):
        subject_id (str | Unset):
        tutorial_id (str | Unset):
        tutorial_subject_id (str | Unset):
        published_version_id (str | Unset):
        active (bool | Unset):
        mobile_friendly (bool | Unset):
        complete (bool | Unset):
        published (bool | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowsResponse
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
            project_id=project_id,
            subject_set_id=subject_set_id,
            subject_id=subject_id,
            tutorial_id=tutorial_id,
            tutorial_subject_id=tutorial_subject_id,
            published_version_id=published_version_id,
            active=active,
            mobile_friendly=mobile_friendly,
            complete=complete,
            published=published,
            fields=fields,
        )
    ).parsed
