from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    workflow_id: int,
    subject_rule_id: int,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/workflows/{workflow_id}/subject_rules/{subject_rule_id}/subject_rule_effects/{id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
            subject_rule_id=quote(str(subject_rule_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    subject_rule_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorResponse]:
    """Remove an effect from a subject rule.

     Deletes the effect. Answers 204 with no body.

    Args:
        workflow_id (int):
        subject_rule_id (int):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        subject_rule_id=subject_rule_id,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    subject_rule_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorResponse | None:
    """Remove an effect from a subject rule.

     Deletes the effect. Answers 204 with no body.

    Args:
        workflow_id (int):
        subject_rule_id (int):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        subject_rule_id=subject_rule_id,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    subject_rule_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorResponse]:
    """Remove an effect from a subject rule.

     Deletes the effect. Answers 204 with no body.

    Args:
        workflow_id (int):
        subject_rule_id (int):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        subject_rule_id=subject_rule_id,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    subject_rule_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorResponse | None:
    """Remove an effect from a subject rule.

     Deletes the effect. Answers 204 with no body.

    Args:
        workflow_id (int):
        subject_rule_id (int):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            subject_rule_id=subject_rule_id,
            id=id,
            client=client,
        )
    ).parsed
