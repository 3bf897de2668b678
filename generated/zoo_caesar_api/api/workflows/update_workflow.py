from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...models.workflow_update_request import WorkflowUpdateRequest
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: WorkflowUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/workflows/{id}".format(
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
    id: int,
    *,
    client: AuthenticatedClient,
    body: WorkflowUpdateRequest,
) -> Response[Any | ErrorResponse | UnprocessableEntityError]:
    """Change a workflow's settings, or re-run its extractors or reducers.

     Updates `public_extracts`, `public_reductions`, `status` and `rules_applied`; with `rerun` set it
    re-runs that pipeline stage instead. The legacy bulk keys `extractors_config` and `reducers_config`
    still work and replace all extractors/reducers. Answers 204 with no body. PATCH is routed to the
    same action and behaves identically. Deviation from the published docs: the Caesar docs show a bare
    body with `extractors_config`, `reducers_config` and `rules_config`; the server reads the keys under
    the `workflow` root key, and the legacy `rules_config` makes the current server fail (it calls a
    removed association), so it is left out: create subject or user rules instead.

    Args:
        id (int):
        body (WorkflowUpdateRequest):  Example: {'workflow': {'public_extracts': True,
            'public_reductions': True, 'status': 'active'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: WorkflowUpdateRequest,
) -> Any | ErrorResponse | UnprocessableEntityError | None:
    """Change a workflow's settings, or re-run its extractors or reducers.

     Updates `public_extracts`, `public_reductions`, `status` and `rules_applied`; with `rerun` set it
    re-runs that pipeline stage instead. The legacy bulk keys `extractors_config` and `reducers_config`
    still work and replace all extractors/reducers. Answers 204 with no body. PATCH is routed to the
    same action and behaves identically. Deviation from the published docs: the Caesar docs show a bare
    body with `extractors_config`, `reducers_config` and `rules_config`; the server reads the keys under
    the `workflow` root key, and the legacy `rules_config` makes the current server fail (it calls a
    removed association), so it is left out: create subject or user rules instead.

    Args:
        id (int):
        body (WorkflowUpdateRequest):  Example: {'workflow': {'public_extracts': True,
            'public_reductions': True, 'status': 'active'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UnprocessableEntityError
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: WorkflowUpdateRequest,
) -> Response[Any | ErrorResponse | UnprocessableEntityError]:
    """Change a workflow's settings, or re-run its extractors or reducers.

     Updates `public_extracts`, `public_reductions`, `status` and `rules_applied`; with `rerun` set it
    re-runs that pipeline stage instead. The legacy bulk keys `extractors_config` and `reducers_config`
    still work and replace all extractors/reducers. Answers 204 with no body. PATCH is routed to the
    same action and behaves identically. Deviation from the published docs: the Caesar docs show a bare
    body with `extractors_config`, `reducers_config` and `rules_config`; the server reads the keys under
    the `workflow` root key, and the legacy `rules_config` makes the current server fail (it calls a
    removed association), so it is left out: create subject or user rules instead.

    Args:
        id (int):
        body (WorkflowUpdateRequest):  Example: {'workflow': {'public_extracts': True,
            'public_reductions': True, 'status': 'active'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: WorkflowUpdateRequest,
) -> Any | ErrorResponse | UnprocessableEntityError | None:
    """Change a workflow's settings, or re-run its extractors or reducers.

     Updates `public_extracts`, `public_reductions`, `status` and `rules_applied`; with `rerun` set it
    re-runs that pipeline stage instead. The legacy bulk keys `extractors_config` and `reducers_config`
    still work and replace all extractors/reducers. Answers 204 with no body. PATCH is routed to the
    same action and behaves identically. Deviation from the published docs: the Caesar docs show a bare
    body with `extractors_config`, `reducers_config` and `rules_config`; the server reads the keys under
    the `workflow` root key, and the legacy `rules_config` makes the current server fail (it calls a
    removed association), so it is left out: create subject or user rules instead.

    Args:
        id (int):
        body (WorkflowUpdateRequest):  Example: {'workflow': {'public_extracts': True,
            'public_reductions': True, 'status': 'active'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
