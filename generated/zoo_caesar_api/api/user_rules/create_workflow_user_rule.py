from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.user_rule import UserRule
from ...models.user_rule_write_request import UserRuleWriteRequest
from ...types import Response


def _get_kwargs(
    workflow_id: int,
    *,
    body: UserRuleWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows/{workflow_id}/user_rules".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | UserRule | None:
    if response.status_code == 200:
        response_200 = UserRule.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | UserRule]:
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
    body: UserRuleWriteRequest,
) -> Response[Any | ErrorResponse | UserRule]:
    """Add a user rule to a workflow.

     Creates a rule from `condition` (a JSON array) or `condition_string` (the same array as a JSON
    string); see `RuleCondition` for the operators. The new rule is evaluated after the existing ones.
    Without any condition the server fails with 500. Deviation from the published docs: the server
    answers 200 even when validation fails (e.g. `Unknown rule type: ...`); the rule is then not saved
    and the returned `id` is null, so check `id` rather than the status code. The Caesar docs write
    `["lookup", key]` with one argument; the server requires the three-element form `["lookup",
    "<reducer_key>.<field>", default]`, where the lookups read the user's reductions.

    Args:
        workflow_id (int):
        body (UserRuleWriteRequest):  Example: {'user_rule': {'condition': ['gte', ['lookup',
            'skill.score', 0], ['const', 0.9]]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UserRule]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    body: UserRuleWriteRequest,
) -> Any | ErrorResponse | UserRule | None:
    """Add a user rule to a workflow.

     Creates a rule from `condition` (a JSON array) or `condition_string` (the same array as a JSON
    string); see `RuleCondition` for the operators. The new rule is evaluated after the existing ones.
    Without any condition the server fails with 500. Deviation from the published docs: the server
    answers 200 even when validation fails (e.g. `Unknown rule type: ...`); the rule is then not saved
    and the returned `id` is null, so check `id` rather than the status code. The Caesar docs write
    `["lookup", key]` with one argument; the server requires the three-element form `["lookup",
    "<reducer_key>.<field>", default]`, where the lookups read the user's reductions.

    Args:
        workflow_id (int):
        body (UserRuleWriteRequest):  Example: {'user_rule': {'condition': ['gte', ['lookup',
            'skill.score', 0], ['const', 0.9]]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UserRule
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    body: UserRuleWriteRequest,
) -> Response[Any | ErrorResponse | UserRule]:
    """Add a user rule to a workflow.

     Creates a rule from `condition` (a JSON array) or `condition_string` (the same array as a JSON
    string); see `RuleCondition` for the operators. The new rule is evaluated after the existing ones.
    Without any condition the server fails with 500. Deviation from the published docs: the server
    answers 200 even when validation fails (e.g. `Unknown rule type: ...`); the rule is then not saved
    and the returned `id` is null, so check `id` rather than the status code. The Caesar docs write
    `["lookup", key]` with one argument; the server requires the three-element form `["lookup",
    "<reducer_key>.<field>", default]`, where the lookups read the user's reductions.

    Args:
        workflow_id (int):
        body (UserRuleWriteRequest):  Example: {'user_rule': {'condition': ['gte', ['lookup',
            'skill.score', 0], ['const', 0.9]]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UserRule]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    *,
    client: AuthenticatedClient,
    body: UserRuleWriteRequest,
) -> Any | ErrorResponse | UserRule | None:
    """Add a user rule to a workflow.

     Creates a rule from `condition` (a JSON array) or `condition_string` (the same array as a JSON
    string); see `RuleCondition` for the operators. The new rule is evaluated after the existing ones.
    Without any condition the server fails with 500. Deviation from the published docs: the server
    answers 200 even when validation fails (e.g. `Unknown rule type: ...`); the rule is then not saved
    and the returned `id` is null, so check `id` rather than the status code. The Caesar docs write
    `["lookup", key]` with one argument; the server requires the three-element form `["lookup",
    "<reducer_key>.<field>", default]`, where the lookups read the user's reductions.

    Args:
        workflow_id (int):
        body (UserRuleWriteRequest):  Example: {'user_rule': {'condition': ['gte', ['lookup',
            'skill.score', 0], ['const', 0.9]]}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UserRule
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed
