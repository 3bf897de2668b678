from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_preference_settings_response import (
    ProjectPreferenceSettingsResponse,
)
from ...models.project_preference_update_settings_request import (
    ProjectPreferenceUpdateSettingsRequest,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ProjectPreferenceUpdateSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/project_preferences/update_settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectPreferenceSettingsResponse | None:
    if response.status_code == 200:
        response_200 = ProjectPreferenceSettingsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ProjectPreferenceSettingsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectPreferenceUpdateSettingsRequest,
) -> Response[ErrorResponse | ProjectPreferenceSettingsResponse]:
    """Set a user's project settings

     Lets a project owner or collaborator (or an admin) merge `settings` into another user's preference
    for that project; 403 otherwise, 404 when that user has no preference for the project. `user_id` and
    `project_id` go inside the `project_preferences` body; `settings` accepts `workflow_id` and
    `designator`. No `If-Match` needed. Requires login with the `project` scope. Deviation from the
    published docs: the docs show `POST /api/project_preferencess?user_id=&project_id=` with the ids as
    query parameters and say `workflow_id` is the only accepted setting; the real route is
    `/api/project_preferences/update_settings`, the ids are read from the body and `designator` is
    accepted too.

    Args:
        body (ProjectPreferenceUpdateSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectPreferenceSettingsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ProjectPreferenceUpdateSettingsRequest,
) -> ErrorResponse | ProjectPreferenceSettingsResponse | None:
    """Set a user's project settings

     Lets a project owner or collaborator (or an admin) merge `settings` into another user's preference
    for that project; 403 otherwise, 404 when that user has no preference for the project. `user_id` and
    `project_id` go inside the `project_preferences` body; `settings` accepts `workflow_id` and
    `designator`. No `If-Match` needed. Requires login with the `project` scope. Deviation from the
    published docs: the docs show `POST /api/project_preferencess?user_id=&project_id=` with the ids as
    query parameters and say `workflow_id` is the only accepted setting; the real route is
    `/api/project_preferences/update_settings`, the ids are read from the body and `designator` is
    accepted too.

    Args:
        body (ProjectPreferenceUpdateSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectPreferenceSettingsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectPreferenceUpdateSettingsRequest,
) -> Response[ErrorResponse | ProjectPreferenceSettingsResponse]:
    """Set a user's project settings

     Lets a project owner or collaborator (or an admin) merge `settings` into another user's preference
    for that project; 403 otherwise, 404 when that user has no preference for the project. `user_id` and
    `project_id` go inside the `project_preferences` body; `settings` accepts `workflow_id` and
    `designator`. No `If-Match` needed. Requires login with the `project` scope. Deviation from the
    published docs: the docs show `POST /api/project_preferencess?user_id=&project_id=` with the ids as
    query parameters and say `workflow_id` is the only accepted setting; the real route is
    `/api/project_preferences/update_settings`, the ids are read from the body and `designator` is
    accepted too.

    Args:
        body (ProjectPreferenceUpdateSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectPreferenceSettingsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProjectPreferenceUpdateSettingsRequest,
) -> ErrorResponse | ProjectPreferenceSettingsResponse | None:
    """Set a user's project settings

     Lets a project owner or collaborator (or an admin) merge `settings` into another user's preference
    for that project; 403 otherwise, 404 when that user has no preference for the project. `user_id` and
    `project_id` go inside the `project_preferences` body; `settings` accepts `workflow_id` and
    `designator`. No `If-Match` needed. Requires login with the `project` scope. Deviation from the
    published docs: the docs show `POST /api/project_preferencess?user_id=&project_id=` with the ids as
    query parameters and say `workflow_id` is the only accepted setting; the real route is
    `/api/project_preferences/update_settings`, the ids are read from the body and `designator` is
    accepted too.

    Args:
        body (ProjectPreferenceUpdateSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectPreferenceSettingsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
