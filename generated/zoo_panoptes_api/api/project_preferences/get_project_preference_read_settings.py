from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_preference_settings_response import (
    ProjectPreferenceSettingsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: str,
    user_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["user_id"] = user_id

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/project_preferences/read_settings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectPreferenceSettingsResponse | None:
    if response.status_code == 200:
        response_200 = ProjectPreferenceSettingsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
    project_id: str,
    user_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | ProjectPreferenceSettingsResponse]:
    """Read users' project settings

     Lets a project owner or collaborator (or an admin) read the settings of the users' preferences for a
    project (403 otherwise). Only preferences with a non-null `email_communication` are returned; each
    carries only id, href, settings and timestamps. Requires login with the `project` scope.

    Args:
        project_id (str):
        user_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectPreferenceSettingsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        user_id=user_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    project_id: str,
    user_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | ProjectPreferenceSettingsResponse | None:
    """Read users' project settings

     Lets a project owner or collaborator (or an admin) read the settings of the users' preferences for a
    project (403 otherwise). Only preferences with a non-null `email_communication` are returned; each
    carries only id, href, settings and timestamps. Requires login with the `project` scope.

    Args:
        project_id (str):
        user_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectPreferenceSettingsResponse
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
        user_id=user_id,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    project_id: str,
    user_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | ProjectPreferenceSettingsResponse]:
    """Read users' project settings

     Lets a project owner or collaborator (or an admin) read the settings of the users' preferences for a
    project (403 otherwise). Only preferences with a non-null `email_communication` are returned; each
    carries only id, href, settings and timestamps. Requires login with the `project` scope.

    Args:
        project_id (str):
        user_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectPreferenceSettingsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        user_id=user_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    project_id: str,
    user_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | ProjectPreferenceSettingsResponse | None:
    """Read users' project settings

     Lets a project owner or collaborator (or an admin) read the settings of the users' preferences for a
    project (403 otherwise). Only preferences with a non-null `email_communication` are returned; each
    carries only id, href, settings and timestamps. Requires login with the `project` scope.

    Args:
        project_id (str):
        user_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectPreferenceSettingsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            user_id=user_id,
            page=page,
            page_size=page_size,
        )
    ).parsed
