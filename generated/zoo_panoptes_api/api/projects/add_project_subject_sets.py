from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_link_subject_sets_request import ProjectLinkSubjectSetsRequest
from ...models.projects_response import ProjectsResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: ProjectLinkSubjectSetsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/projects/{project_id}/links/subject_sets".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectsResponse | None:
    if response.status_code == 200:
        response_200 = ProjectsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ProjectsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectLinkSubjectSetsRequest,
) -> Response[ErrorResponse | ProjectsResponse]:
    """Link subject sets to a project

     Links subject sets to the project. Subject sets that belong to another project are duplicated (with
    their subjects) and the copies are linked. Answers with the updated project; no `If-Match` needed.

    Args:
        project_id (str):
        body (ProjectLinkSubjectSetsRequest): The body key must equal the link relation, else 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectLinkSubjectSetsRequest,
) -> ErrorResponse | ProjectsResponse | None:
    """Link subject sets to a project

     Links subject sets to the project. Subject sets that belong to another project are duplicated (with
    their subjects) and the copies are linked. Answers with the updated project; no `If-Match` needed.

    Args:
        project_id (str):
        body (ProjectLinkSubjectSetsRequest): The body key must equal the link relation, else 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectsResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectLinkSubjectSetsRequest,
) -> Response[ErrorResponse | ProjectsResponse]:
    """Link subject sets to a project

     Links subject sets to the project. Subject sets that belong to another project are duplicated (with
    their subjects) and the copies are linked. Answers with the updated project; no `If-Match` needed.

    Args:
        project_id (str):
        body (ProjectLinkSubjectSetsRequest): The body key must equal the link relation, else 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectLinkSubjectSetsRequest,
) -> ErrorResponse | ProjectsResponse | None:
    """Link subject sets to a project

     Links subject sets to the project. Subject sets that belong to another project are duplicated (with
    their subjects) and the copies are linked. Answers with the updated project; no `If-Match` needed.

    Args:
        project_id (str):
        body (ProjectLinkSubjectSetsRequest): The body key must equal the link relation, else 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
