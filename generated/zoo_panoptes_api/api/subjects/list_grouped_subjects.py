from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subjects_selected_response import SubjectsSelectedResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workflow_id: str,
    num_rows: int,
    num_columns: int,
    subject_set_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workflow_id"] = workflow_id

    params["num_rows"] = num_rows

    params["num_columns"] = num_columns

    params["subject_set_id"] = subject_set_id

    params["admin"] = admin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/subjects/grouped",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubjectsSelectedResponse | None:
    if response.status_code == 200:
        response_200 = SubjectsSelectedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SubjectsSelectedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    workflow_id: str,
    num_rows: int,
    num_columns: int,
    subject_set_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | SubjectsSelectedResponse]:
    """Select a grid of subjects

     Selects `num_rows` × `num_columns` subjects of a workflow and serves them as virtual subject groups
    for grid classification (at most 25 cells). Answers 503 when the feature is disabled.

    Args:
        workflow_id (str):
        num_rows (int):
        num_columns (int):
        subject_set_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectsSelectedResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        num_rows=num_rows,
        num_columns=num_columns,
        subject_set_id=subject_set_id,
        admin=admin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    workflow_id: str,
    num_rows: int,
    num_columns: int,
    subject_set_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | SubjectsSelectedResponse | None:
    """Select a grid of subjects

     Selects `num_rows` × `num_columns` subjects of a workflow and serves them as virtual subject groups
    for grid classification (at most 25 cells). Answers 503 when the feature is disabled.

    Args:
        workflow_id (str):
        num_rows (int):
        num_columns (int):
        subject_set_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectsSelectedResponse
    """

    return sync_detailed(
        client=client,
        workflow_id=workflow_id,
        num_rows=num_rows,
        num_columns=num_columns,
        subject_set_id=subject_set_id,
        admin=admin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    workflow_id: str,
    num_rows: int,
    num_columns: int,
    subject_set_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> Response[ErrorResponse | SubjectsSelectedResponse]:
    """Select a grid of subjects

     Selects `num_rows` × `num_columns` subjects of a workflow and serves them as virtual subject groups
    for grid classification (at most 25 cells). Answers 503 when the feature is disabled.

    Args:
        workflow_id (str):
        num_rows (int):
        num_columns (int):
        subject_set_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubjectsSelectedResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        num_rows=num_rows,
        num_columns=num_columns,
        subject_set_id=subject_set_id,
        admin=admin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    workflow_id: str,
    num_rows: int,
    num_columns: int,
    subject_set_id: str | Unset = UNSET,
    admin: bool | Unset = UNSET,
) -> ErrorResponse | SubjectsSelectedResponse | None:
    """Select a grid of subjects

     Selects `num_rows` × `num_columns` subjects of a workflow and serves them as virtual subject groups
    for grid classification (at most 25 cells). Answers 503 when the feature is disabled.

    Args:
        workflow_id (str):
        num_rows (int):
        num_columns (int):
        subject_set_id (str | Unset):
        admin (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubjectsSelectedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workflow_id=workflow_id,
            num_rows=num_rows,
            num_columns=num_columns,
            subject_set_id=subject_set_id,
            admin=admin,
        )
    ).parsed
