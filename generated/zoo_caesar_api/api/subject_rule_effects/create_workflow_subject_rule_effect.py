from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subject_rule_effect import SubjectRuleEffect
from ...models.subject_rule_effect_create_request import SubjectRuleEffectCreateRequest
from ...models.unprocessable_entity_error import UnprocessableEntityError
from ...types import Response


def _get_kwargs(
    workflow_id: int,
    subject_rule_id: int,
    *,
    body: SubjectRuleEffectCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows/{workflow_id}/subject_rules/{subject_rule_id}/subject_rule_effects".format(
            workflow_id=quote(str(workflow_id), safe=""),
            subject_rule_id=quote(str(subject_rule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | SubjectRuleEffect | UnprocessableEntityError | None:
    if response.status_code == 200:
        response_200 = SubjectRuleEffect.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | SubjectRuleEffect | UnprocessableEntityError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: int,
    subject_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SubjectRuleEffectCreateRequest,
) -> Response[Any | ErrorResponse | SubjectRuleEffect | UnprocessableEntityError]:
    """Add an effect to a subject rule.

     Creates an effect (`action` + `config`) that runs, through Caesar's own Panoptes admin client, when
    the rule holds for a subject. Answers 200 (not 201) with the effect, or 422 `{"errors": [{"message":
    "Config Does not produce a valid effect"}]}` when the config does not fit the action. Deviation from
    the published docs: the python client docs offer the action `add_to_collection`; the server's name
    is `add_subject_to_collection` (the other is answered with 422). The Caesar docs' `external_effect`
    is `external`, and the server also has `external_with_basic_auth`, which the client docs omit.

    Args:
        workflow_id (int):
        subject_rule_id (int):
        body (SubjectRuleEffectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SubjectRuleEffect | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        subject_rule_id=subject_rule_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: int,
    subject_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SubjectRuleEffectCreateRequest,
) -> Any | ErrorResponse | SubjectRuleEffect | UnprocessableEntityError | None:
    """Add an effect to a subject rule.

     Creates an effect (`action` + `config`) that runs, through Caesar's own Panoptes admin client, when
    the rule holds for a subject. Answers 200 (not 201) with the effect, or 422 `{"errors": [{"message":
    "Config Does not produce a valid effect"}]}` when the config does not fit the action. Deviation from
    the published docs: the python client docs offer the action `add_to_collection`; the server's name
    is `add_subject_to_collection` (the other is answered with 422). The Caesar docs' `external_effect`
    is `external`, and the server also has `external_with_basic_auth`, which the client docs omit.

    Args:
        workflow_id (int):
        subject_rule_id (int):
        body (SubjectRuleEffectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | SubjectRuleEffect | UnprocessableEntityError
    """

    return sync_detailed(
        workflow_id=workflow_id,
        subject_rule_id=subject_rule_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: int,
    subject_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SubjectRuleEffectCreateRequest,
) -> Response[Any | ErrorResponse | SubjectRuleEffect | UnprocessableEntityError]:
    """Add an effect to a subject rule.

     Creates an effect (`action` + `config`) that runs, through Caesar's own Panoptes admin client, when
    the rule holds for a subject. Answers 200 (not 201) with the effect, or 422 `{"errors": [{"message":
    "Config Does not produce a valid effect"}]}` when the config does not fit the action. Deviation from
    the published docs: the python client docs offer the action `add_to_collection`; the server's name
    is `add_subject_to_collection` (the other is answered with 422). The Caesar docs' `external_effect`
    is `external`, and the server also has `external_with_basic_auth`, which the client docs omit.

    Args:
        workflow_id (int):
        subject_rule_id (int):
        body (SubjectRuleEffectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SubjectRuleEffect | UnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        subject_rule_id=subject_rule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: int,
    subject_rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SubjectRuleEffectCreateRequest,
) -> Any | ErrorResponse | SubjectRuleEffect | UnprocessableEntityError | None:
    """Add an effect to a subject rule.

     Creates an effect (`action` + `config`) that runs, through Caesar's own Panoptes admin client, when
    the rule holds for a subject. Answers 200 (not 201) with the effect, or 422 `{"errors": [{"message":
    "Config Does not produce a valid effect"}]}` when the config does not fit the action. Deviation from
    the published docs: the python client docs offer the action `add_to_collection`; the server's name
    is `add_subject_to_collection` (the other is answered with 422). The Caesar docs' `external_effect`
    is `external`, and the server also has `external_with_basic_auth`, which the client docs omit.

    Args:
        workflow_id (int):
        subject_rule_id (int):
        body (SubjectRuleEffectCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | SubjectRuleEffect | UnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            subject_rule_id=subject_rule_id,
            client=client,
            body=body,
        )
    ).parsed
