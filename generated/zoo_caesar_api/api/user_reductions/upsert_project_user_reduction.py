from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...models.user_reduction import UserReduction
from ...models.user_reduction_upsert_request import UserReductionUpsertRequest
from ...types import Response


def _get_kwargs(
    project_id: int,
    reducer_key: str,
    *,
    body: UserReductionUpsertRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/projects/{project_id}/user_reductions/{reducer_key}".format(
            project_id=quote(str(project_id), safe=""),
            reducer_key=quote(str(reducer_key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | UnprocessableEntityError | UserReduction | None:
    if response.status_code == 200:
        response_200 = UserReduction.from_dict(response.json())

        return response_200

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
) -> Response[Any | ErrorResponse | UnprocessableEntityError | UserReduction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: int,
    reducer_key: str,
    *,
    client: AuthenticatedClient,
    body: UserReductionUpsertRequest,
) -> Response[Any | ErrorResponse | UnprocessableEntityError | UserReduction]:
    """Create or replace a project-level user reduction (currently answers 404).

     Meant to store `data` as the project-level reduction of `{reducer_key}` for the user and subgroup.
    The route is active, but the current server looks the parent up by `workflow_id`, which project
    routes do not carry, so it answers 404; use `upsert_workflow_user_reduction` for workflow
    reductions. PATCH is routed to the same action.

    Args:
        project_id (int):
        reducer_key (str):
        body (UserReductionUpsertRequest):  Example: {'reduction': {'user_id': 1001, 'data':
            {'skill': 0.92}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UnprocessableEntityError | UserReduction]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        reducer_key=reducer_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: int,
    reducer_key: str,
    *,
    client: AuthenticatedClient,
    body: UserReductionUpsertRequest,
) -> Any | ErrorResponse | UnprocessableEntityError | UserReduction | None:
    """Create or replace a project-level user reduction (currently answers 404).

     Meant to store `data` as the project-level reduction of `{reducer_key}` for the user and subgroup.
    The route is active, but the current server looks the parent up by `workflow_id`, which project
    routes do not carry, so it answers 404; use `upsert_workflow_user_reduction` for workflow
    reductions. PATCH is routed to the same action.

    Args:
        project_id (int):
        reducer_key (str):
        body (UserReductionUpsertRequest):  Example: {'reduction': {'user_id': 1001, 'data':
            {'skill': 0.92}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UnprocessableEntityError | UserReduction
    """

    return sync_detailed(
        project_id=project_id,
        reducer_key=reducer_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: int,
    reducer_key: str,
    *,
    client: AuthenticatedClient,
    body: UserReductionUpsertRequest,
) -> Response[Any | ErrorResponse | UnprocessableEntityError | UserReduction]:
    """Create or replace a project-level user reduction (currently answers 404).

     Meant to store `data` as the project-level reduction of `{reducer_key}` for the user and subgroup.
    The route is active, but the current server looks the parent up by `workflow_id`, which project
    routes do not carry, so it answers 404; use `upsert_workflow_user_reduction` for workflow
    reductions. PATCH is routed to the same action.

    Args:
        project_id (int):
        reducer_key (str):
        body (UserReductionUpsertRequest):  Example: {'reduction': {'user_id': 1001, 'data':
            {'skill': 0.92}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UnprocessableEntityError | UserReduction]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        reducer_key=reducer_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: int,
    reducer_key: str,
    *,
    client: AuthenticatedClient,
    body: UserReductionUpsertRequest,
) -> Any | ErrorResponse | UnprocessableEntityError | UserReduction | None:
    """Create or replace a project-level user reduction (currently answers 404).

     Meant to store `data` as the project-level reduction of `{reducer_key}` for the user and subgroup.
    The route is active, but the current server looks the parent up by `workflow_id`, which project
    routes do not carry, so it answers 404; use `upsert_workflow_user_reduction` for workflow
    reductions. PATCH is routed to the same action.

    Args:
        project_id (int):
        reducer_key (str):
        body (UserReductionUpsertRequest):  Example: {'reduction': {'user_id': 1001, 'data':
            {'skill': 0.92}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UnprocessableEntityError | UserReduction
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            reducer_key=reducer_key,
            client=client,
            body=body,
        )
    ).parsed
