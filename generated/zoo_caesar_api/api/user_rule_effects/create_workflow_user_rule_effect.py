from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...models.user_rule_effect import UserRuleEffect
from ...models.user_rule_effect_create_request import UserRuleEffectCreateRequest
from ...types import Response


def _get_kwargs(
    workflow_id: int,
    user_rule_id: int,
    *,
    body: UserRuleEffectCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows/{workflow_id}/user_rules/{user_rule_id}/user_rule_effects".format(
            workflow_id=quote(str(workflow_id), safe=""),
            user_rule_id=quote(str(user_rule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | UnprocessableEntityError | UserRuleEffect | None:
    if response.status_code == 200:
        response_200 = UserRuleEffect.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | UnprocessableEntityError | UserRuleEffect]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    user_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: UserRuleEffectCreateRequest,
) -> Response[Any | ErrorResponse | UnprocessableEntityError | UserRuleEffect]:
    """Add an effect to a user rule.

     Creates an effect that runs, through Caesar's own Panoptes admin client, when the rule holds for a
    user. The only action is `promote_user` with `config.workflow_id` (the workflow the user is moved
    to, via their Panoptes project preferences). Answers 200 (not 201) with the effect, or 422
    `{"errors": [{"message": "Config Does not produce a valid effect"}]}`.

    Args:
        workflow_id (int):
        user_rule_id (int):
        body (UserRuleEffectCreateRequest):  Example: {'user_rule_effect': {'action':
            'promote_user', 'config': {'workflow_id': 4321}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UnprocessableEntityError | UserRuleEffect]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        user_rule_id=user_rule_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    user_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: UserRuleEffectCreateRequest,
) -> Any | ErrorResponse | UnprocessableEntityError | UserRuleEffect | None:
    """Add an effect to a user rule.

     Creates an effect that runs, through Caesar's own Panoptes admin client, when the rule holds for a
    user. The only action is `promote_user` with `config.workflow_id` (the workflow the user is moved
    to, via their Panoptes project preferences). Answers 200 (not 201) with the effect, or 422
    `{"errors": [{"message": "Config Does not produce a valid effect"}]}`.

    Args:
        workflow_id (int):
        user_rule_id (int):
        body (UserRuleEffectCreateRequest):  Example: {'user_rule_effect': {'action':
            'promote_user', 'config': {'workflow_id': 4321}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UnprocessableEntityError | UserRuleEffect
    """

    return sync_detailed(
        workflow_id=workflow_id,
        user_rule_id=user_rule_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    user_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: UserRuleEffectCreateRequest,
) -> Response[Any | ErrorResponse | UnprocessableEntityError | UserRuleEffect]:
    """Add an effect to a user rule.

     Creates an effect that runs, through Caesar's own Panoptes admin client, when the rule holds for a
    user. The only action is `promote_user` with `config.workflow_id` (the workflow the user is moved
    to, via their Panoptes project preferences). Answers 200 (not 201) with the effect, or 422
    `{"errors": [{"message": "Config Does not produce a valid effect"}]}`.

    Args:
        workflow_id (int):
        user_rule_id (int):
        body (UserRuleEffectCreateRequest):  Example: {'user_rule_effect': {'action':
            'promote_user', 'config': {'workflow_id': 4321}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | UnprocessableEntityError | UserRuleEffect]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        user_rule_id=user_rule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    user_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: UserRuleEffectCreateRequest,
) -> Any | ErrorResponse | UnprocessableEntityError | UserRuleEffect | None:
    """Add an effect to a user rule.

     Creates an effect that runs, through Caesar's own Panoptes admin client, when the rule holds for a
    user. The only action is `promote_user` with `config.workflow_id` (the workflow the user is moved
    to, via their Panoptes project preferences). Answers 200 (not 201) with the effect, or 422
    `{"errors": [{"message": "Config Does not produce a valid effect"}]}`.

    Args:
        workflow_id (int):
        user_rule_id (int):
        body (UserRuleEffectCreateRequest):  Example: {'user_rule_effect': {'action':
            'promote_user', 'config': {'workflow_id': 4321}}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | UnprocessableEntityError | UserRuleEffect
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            user_rule_id=user_rule_id,
            client=client,
            body=body,
        )
    ).parsed
