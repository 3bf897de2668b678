from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subject_reduction import SubjectReduction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: int,
    reducer_key: str,
    *,
    subject_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subject_id"] = subject_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflows/{workflow_id}/reducers/{reducer_key}/reductions".format(
            workflow_id=quote(str(workflow_id), safe=""),
            reducer_key=quote(str(reducer_key), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | list[SubjectReduction] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SubjectReduction.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | list[SubjectReduction]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    reducer_key: str,
    *,
    client: AuthenticatedClient,
    subject_id: int | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[SubjectReduction]]:
    """List the subject reductions of one reducer (legacy route).

     Legacy alias of `list_workflow_subject_reductions` with the reducer key in the path: returns a bare
    JSON array of the reducer's subject reductions, optionally only for `subject_id`.

    Args:
        workflow_id (int):
        reducer_key (str):
        subject_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[SubjectReduction]]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        reducer_key=reducer_key,
        subject_id=subject_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    reducer_key: str,
    *,
    client: AuthenticatedClient,
    subject_id: int | Unset = UNSET,
) -> Any | ErrorResponse | list[SubjectReduction] | None:
    """List the subject reductions of one reducer (legacy route).

     Legacy alias of `list_workflow_subject_reductions` with the reducer key in the path: returns a bare
    JSON array of the reducer's subject reductions, optionally only for `subject_id`.

    Args:
        workflow_id (int):
        reducer_key (str):
        subject_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[SubjectReduction]
    """

    return sync_detailed(
        workflow_id=workflow_id,
        reducer_key=reducer_key,
        client=client,
        subject_id=subject_id,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    reducer_key: str,
    *,
    client: AuthenticatedClient,
    subject_id: int | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[SubjectReduction]]:
    """List the subject reductions of one reducer (legacy route).

     Legacy alias of `list_workflow_subject_reductions` with the reducer key in the path: returns a bare
    JSON array of the reducer's subject reductions, optionally only for `subject_id`.

    Args:
        workflow_id (int):
        reducer_key (str):
        subject_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[SubjectReduction]]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        reducer_key=reducer_key,
        subject_id=subject_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    reducer_key: str,
    *,
    client: AuthenticatedClient,
    subject_id: int | Unset = UNSET,
) -> Any | ErrorResponse | list[SubjectReduction] | None:
    """List the subject reductions of one reducer (legacy route).

     Legacy alias of `list_workflow_subject_reductions` with the reducer key in the path: returns a bare
    JSON array of the reducer's subject reductions, optionally only for `subject_id`.

    Args:
        workflow_id (int):
        reducer_key (str):
        subject_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[SubjectReduction]
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            reducer_key=reducer_key,
            client=client,
            subject_id=subject_id,
        )
    ).parsed
