from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_request import DataRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: int,
    *,
    subgroup: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subgroup"] = subgroup

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflows/{workflow_id}/data_requests".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[DataRequest] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DataRequest.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[DataRequest]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    subgroup: str | Unset = UNSET,
) -> Response[Any | list[DataRequest]]:
    """List a workflow's data requests (CSV exports).

     Returns a bare JSON array of the workflow's data requests, newest first, optionally only those of
    `subgroup`. A workflow unknown to Caesar answers 404 with an empty body.

    Args:
        workflow_id (int):
        subgroup (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[DataRequest]]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        subgroup=subgroup,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    subgroup: str | Unset = UNSET,
) -> Any | list[DataRequest] | None:
    """List a workflow's data requests (CSV exports).

     Returns a bare JSON array of the workflow's data requests, newest first, optionally only those of
    `subgroup`. A workflow unknown to Caesar answers 404 with an empty body.

    Args:
        workflow_id (int):
        subgroup (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[DataRequest]
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        subgroup=subgroup,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    subgroup: str | Unset = UNSET,
) -> Response[Any | list[DataRequest]]:
    """List a workflow's data requests (CSV exports).

     Returns a bare JSON array of the workflow's data requests, newest first, optionally only those of
    `subgroup`. A workflow unknown to Caesar answers 404 with an empty body.

    Args:
        workflow_id (int):
        subgroup (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[DataRequest]]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        subgroup=subgroup,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    subgroup: str | Unset = UNSET,
) -> Any | list[DataRequest] | None:
    """List a workflow's data requests (CSV exports).

     Returns a bare JSON array of the workflow's data requests, newest first, optionally only those of
    `subgroup`. A workflow unknown to Caesar answers 404 with an empty body.

    Args:
        workflow_id (int):
        subgroup (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[DataRequest]
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            subgroup=subgroup,
        )
    ).parsed
