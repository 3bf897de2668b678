from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reducer_update_request import ReducerUpdateRequest
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response


def _get_kwargs(
    project_id: int,
    id: int,
    *,
    body: ReducerUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/projects/{project_id}/reducers/{id}".format(
            project_id=quote(str(project_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | UnprocessableEntityError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = UnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | UnprocessableEntityError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: ReducerUpdateRequest,
) -> Response[Any | ErrorResponse | UnprocessableEntityError]:
    """Change a reducer's key, topic, filters, grouping or settings.

     Updates the reducer; the type cannot change and blank filter/grouping values are removed. Answers
    204 with no body, or 422 `{"errors": {"<field>": [...]}}`. PATCH is routed to the same action and
    behaves identically.

    Args:
        project_id (int):
        id (int):
        body (ReducerUpdateRequest):  Example: {'reducer': {'filters': {'extractor_keys':
            ['complete'], 'repeated_classifications': 'keep_last'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: ReducerUpdateRequest,
) -> Any | ErrorResponse | UnprocessableEntityError | None:
    """Change a reducer's key, topic, filters, grouping or settings.

     Updates the reducer; the type cannot change and blank filter/grouping values are removed. Answers
    204 with no body, or 422 `{"errors": {"<field>": [...]}}`. PATCH is routed to the same action and
    behaves identically.

    Args:
        project_id (int):
        id (int):
        body (ReducerUpdateRequest):  Example: {'reducer': {'filters': {'extractor_keys':
            ['complete'], 'repeated_classifications': 'keep_last'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UnprocessableEntityError
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: ReducerUpdateRequest,
) -> Response[Any | ErrorResponse | UnprocessableEntityError]:
    """Change a reducer's key, topic, filters, grouping or settings.

     Updates the reducer; the type cannot change and blank filter/grouping values are removed. Answers
    204 with no body, or 422 `{"errors": {"<field>": [...]}}`. PATCH is routed to the same action and
    behaves identically.

    Args:
        project_id (int):
        id (int):
        body (ReducerUpdateRequest):  Example: {'reducer': {'filters': {'extractor_keys':
            ['complete'], 'repeated_classifications': 'keep_last'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: int,
    id: int,
    *,
    client: AuthenticatedClient,
    body: ReducerUpdateRequest,
) -> Any | ErrorResponse | UnprocessableEntityError | None:
    """Change a reducer's key, topic, filters, grouping or settings.

     Updates the reducer; the type cannot change and blank filter/grouping values are removed. Answers
    204 with no body, or 422 `{"errors": {"<field>": [...]}}`. PATCH is routed to the same action and
    behaves identically.

    Args:
        project_id (int):
        id (int):
        body (ReducerUpdateRequest):  Example: {'reducer': {'filters': {'extractor_keys':
            ['complete'], 'repeated_classifications': 'keep_last'}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
