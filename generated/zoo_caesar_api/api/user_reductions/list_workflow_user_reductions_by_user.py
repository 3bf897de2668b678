from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_reduction import UserReduction
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: int,
    user_id: int,
    *,
    reducer_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["reducer_key"] = reducer_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflows/{workflow_id}/users/{user_id}/user_reductions".format(
            workflow_id=quote(str(workflow_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | list[UserReduction] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserReduction.from_dict(response_200_item_data)

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
) -> Response[Any | ErrorResponse | list[UserReduction]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    reducer_key: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[UserReduction]]:
    """List one user's reductions in a workflow.

     Returns a bare JSON array of the user's reductions in the workflow, optionally only those of
    `reducer_key`. Readable by anyone when the workflow has `public_reductions`.

    Args:
        workflow_id (int):
        user_id (int):
        reducer_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[UserReduction]]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        user_id=user_id,
        reducer_key=reducer_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    reducer_key: str | Unset = UNSET,
) -> Any | ErrorResponse | list[UserReduction] | None:
    """List one user's reductions in a workflow.

     Returns a bare JSON array of the user's reductions in the workflow, optionally only those of
    `reducer_key`. Readable by anyone when the workflow has `public_reductions`.

    Args:
        workflow_id (int):
        user_id (int):
        reducer_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[UserReduction]
    """

    return sync_detailed(
        workflow_id=workflow_id,
        user_id=user_id,
        client=client,
        reducer_key=reducer_key,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    reducer_key: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | list[UserReduction]]:
    """List one user's reductions in a workflow.

     Returns a bare JSON array of the user's reductions in the workflow, optionally only those of
    `reducer_key`. Readable by anyone when the workflow has `public_reductions`.

    Args:
        workflow_id (int):
        user_id (int):
        reducer_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | list[UserReduction]]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        user_id=user_id,
        reducer_key=reducer_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    reducer_key: str | Unset = UNSET,
) -> Any | ErrorResponse | list[UserReduction] | None:
    """List one user's reductions in a workflow.

     Returns a bare JSON array of the user's reductions in the workflow, optionally only those of
    `reducer_key`. Readable by anyone when the workflow has `public_reductions`.

    Args:
        workflow_id (int):
        user_id (int):
        reducer_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | list[UserReduction]
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            user_id=user_id,
            client=client,
            reducer_key=reducer_key,
        )
    ).parsed
