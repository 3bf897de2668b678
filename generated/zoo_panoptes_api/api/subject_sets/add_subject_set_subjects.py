from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subject_set_link_subjects_request import SubjectSetLinkSubjectsRequest
from ...models.subject_sets_response import SubjectSetsResponse
from ...types import Response


def _get_kwargs(
    subject_set_id: str,
    *,
    body: SubjectSetLinkSubjectsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/subject_sets/{subject_set_id}/links/subjects".format(
            subject_set_id=quote(str(subject_set_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubjectSetsResponse | None:
    if response.status_code == 200:
        response_200 = SubjectSetsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SubjectSetsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subject_set_id: str,
    *,
    client: AuthenticatedClient,
    body: SubjectSetLinkSubjectsRequest,
) -> Response[ErrorResponse | SubjectSetsResponse]:
    """Add subjects to a subject set

     Adds the given subjects to the set (the recommended way to manage a set's subjects). All subjects
    must exist and be active, else 422; subjects already in the set are ignored. Answers with the
    updated subject set; no `If-Match` needed.

    Args:
        subject_set_id (str):
        body (SubjectSetLinkSubjectsRequest): The body key must equal the link relation, else 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectSetsResponse]
    """

    kwargs = _get_kwargs(
        subject_set_id=subject_set_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subject_set_id: str,
    *,
    client: AuthenticatedClient,
    body: SubjectSetLinkSubjectsRequest,
) -> ErrorResponse | SubjectSetsResponse | None:
    """Add subjects to a subject set

     Adds the given subjects to the set (the recommended way to manage a set's subjects). All subjects
    must exist and be active, else 422; subjects already in the set are ignored. Answers with the
    updated subject set; no `If-Match` needed.

    Args:
        subject_set_id (str):
        body (SubjectSetLinkSubjectsRequest): The body key must equal the link relation, else 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectSetsResponse
    """

    return sync_detailed(
        subject_set_id=subject_set_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    subject_set_id: str,
    *,
    client: AuthenticatedClient,
    body: SubjectSetLinkSubjectsRequest,
) -> Response[ErrorResponse | SubjectSetsResponse]:
    """Add subjects to a subject set

     Adds the given subjects to the set (the recommended way to manage a set's subjects). All subjects
    must exist and be active, else 422; subjects already in the set are ignored. Answers with the
    updated subject set; no `If-Match` needed.

    Args:
        subject_set_id (str):
        body (SubjectSetLinkSubjectsRequest): The body key must equal the link relation, else 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectSetsResponse]
    """

    kwargs = _get_kwargs(
        subject_set_id=subject_set_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subject_set_id: str,
    *,
    client: AuthenticatedClient,
    body: SubjectSetLinkSubjectsRequest,
) -> ErrorResponse | SubjectSetsResponse | None:
    """Add subjects to a subject set

     Adds the given subjects to the set (the recommended way to manage a set's subjects). All subjects
    must exist and be active, else 422; subjects already in the set are ignored. Answers with the
    updated subject set; no `If-Match` needed.

    Args:
        subject_set_id (str):
        body (SubjectSetLinkSubjectsRequest): The body key must equal the link relation, else 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectSetsResponse
    """

    return (
        await asyncio_detailed(
            subject_set_id=subject_set_id,
            client=client,
            body=body,
        )
    ).parsed
