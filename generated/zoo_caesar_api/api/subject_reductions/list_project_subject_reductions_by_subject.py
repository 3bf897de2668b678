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
    project_id: int,
    subject_id: int,
    *,
    reducer_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["reducer_key"] = reducer_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/subjects/{subject_id}/subject_reductions".format(
            project_id=quote(str(project_id), safe=""),
            subject_id=quote(str(subject_id), safe=""),
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
    project_id: int,
    subject_id: int,
    *,
    client: AuthenticatedClient,
    reducer_key: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[SubjectReduction]]:
    """List one subject's project-level reductions.

     Returns a bare JSON array of the subject's reductions by the project-level reducers, optionally only
    those of `reducer_key`. Readable by anyone when the project has `public_reductions`.

    Args:
        project_id (int):
        subject_id (int):
        reducer_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[SubjectReduction]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        subject_id=subject_id,
        reducer_key=reducer_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: int,
    subject_id: int,
    *,
    client: AuthenticatedClient,
    reducer_key: str | Unset = UNSET,
) -> Any | ErrorResponse | list[SubjectReduction] | None:
    """List one subject's project-level reductions.

     Returns a bare JSON array of the subject's reductions by the project-level reducers, optionally only
    those of `reducer_key`. Readable by anyone when the project has `public_reductions`.

    Args:
        project_id (int):
        subject_id (int):
        reducer_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[SubjectReduction]
    """

    return sync_detailed(
        project_id=project_id,
        subject_id=subject_id,
        client=client,
        reducer_key=reducer_key,
    ).parsed


async def asyncio_detailed(
    project_id: int,
    subject_id: int,
    *,
    client: AuthenticatedClient,
    reducer_key: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[SubjectReduction]]:
    """List one subject's project-level reductions.

     Returns a bare JSON array of the subject's reductions by the project-level reducers, optionally only
    those of `reducer_key`. Readable by anyone when the project has `public_reductions`.

    Args:
        project_id (int):
        subject_id (int):
        reducer_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[SubjectReduction]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        subject_id=subject_id,
        reducer_key=reducer_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: int,
    subject_id: int,
    *,
    client: AuthenticatedClient,
    reducer_key: str | Unset = UNSET,
) -> Any | ErrorResponse | list[SubjectReduction] | None:
    """List one subject's project-level reductions.

     Returns a bare JSON array of the subject's reductions by the project-level reducers, optionally only
    those of `reducer_key`. Readable by anyone when the project has `public_reductions`.

    Args:
        project_id (int):
        subject_id (int):
        reducer_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[SubjectReduction]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            subject_id=subject_id,
            client=client,
            reducer_key=reducer_key,
        )
    ).parsed
