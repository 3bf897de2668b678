from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job import Job
from ...models.job_create import JobCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: JobCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs.json",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Job | None:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Job]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobCreate | Unset = UNSET,
) -> Response[ErrorResponse | Job]:
    """Create a job, blank or with attributes.

     Creates a job from `job[<attr>]` form fields; an empty body creates a blank job (the docs' example
    sends `job[without_data]=true`). The Ruby gem sends the same fields as query parameters with an
    empty body. To create a job from data instead, use `create_job_from_upload`.

    Args:
        body (JobCreate | Unset): Writable job attributes as form fields `job[<attr>]`; nested
            values as `job[<attr>][<key>]` (the everilae client flattens nested dicts this way), lists
            as repeated `job[<attr>][]`. Every field is optional: an empty body creates a blank job.
            Attributes without an explicit property (`fields`, `included_countries`,
            `minimum_requirements`, other `options` keys) are sent through the bracket patterns, e.g.
            `job[fields][category]=...`. Any other attribute (unknown or read-only, e.g. `job[state]`)
            is answered 422, and so is a value of the wrong kind (a list or object where one value is
            expected, a number or boolean that does not parse).
            Deviation from the published docs: the seed (everilae `create_job` docstring) and the
            legacy jobs page also list `gold_per_assignment`, `language`, `pages_per_assignment`,
            `state`, `problem`, `custom_key` and `max_judgments_per_contributor` as read/write; the
            package's own `Job` class marks them read-only (or drops them) and the job JSON calls the
            last one `max_judgments_per_worker`. They are left to the bracket pattern.
            `send_judgments_webhook`, which the package marks read-only, is listed because the webhook
            docs set it with `PUT /jobs/{job_id}.json`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Job]
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
    body: JobCreate | Unset = UNSET,
) -> ErrorResponse | Job | None:
    """Create a job, blank or with attributes.

     Creates a job from `job[<attr>]` form fields; an empty body creates a blank job (the docs' example
    sends `job[without_data]=true`). The Ruby gem sends the same fields as query parameters with an
    empty body. To create a job from data instead, use `create_job_from_upload`.

    Args:
        body (JobCreate | Unset): Writable job attributes as form fields `job[<attr>]`; nested
            values as `job[<attr>][<key>]` (the everilae client flattens nested dicts this way), lists
            as repeated `job[<attr>][]`. Every field is optional: an empty body creates a blank job.
            Attributes without an explicit property (`fields`, `included_countries`,
            `minimum_requirements`, other `options` keys) are sent through the bracket patterns, e.g.
            `job[fields][category]=...`. Any other attribute (unknown or read-only, e.g. `job[state]`)
            is answered 422, and so is a value of the wrong kind (a list or object where one value is
            expected, a number or boolean that does not parse).
            Deviation from the published docs: the seed (everilae `create_job` docstring) and the
            legacy jobs page also list `gold_per_assignment`, `language`, `pages_per_assignment`,
            `state`, `problem`, `custom_key` and `max_judgments_per_contributor` as read/write; the
            package's own `Job` class marks them read-only (or drops them) and the job JSON calls the
            last one `max_judgments_per_worker`. They are left to the bracket pattern.
            `send_judgments_webhook`, which the package marks read-only, is listed because the webhook
            docs set it with `PUT /jobs/{job_id}.json`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Job
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobCreate | Unset = UNSET,
) -> Response[ErrorResponse | Job]:
    """Create a job, blank or with attributes.

     Creates a job from `job[<attr>]` form fields; an empty body creates a blank job (the docs' example
    sends `job[without_data]=true`). The Ruby gem sends the same fields as query parameters with an
    empty body. To create a job from data instead, use `create_job_from_upload`.

    Args:
        body (JobCreate | Unset): Writable job attributes as form fields `job[<attr>]`; nested
            values as `job[<attr>][<key>]` (the everilae client flattens nested dicts this way), lists
            as repeated `job[<attr>][]`. Every field is optional: an empty body creates a blank job.
            Attributes without an explicit property (`fields`, `included_countries`,
            `minimum_requirements`, other `options` keys) are sent through the bracket patterns, e.g.
            `job[fields][category]=...`. Any other attribute (unknown or read-only, e.g. `job[state]`)
            is answered 422, and so is a value of the wrong kind (a list or object where one value is
            expected, a number or boolean that does not parse).
            Deviation from the published docs: the seed (everilae `create_job` docstring) and the
            legacy jobs page also list `gold_per_assignment`, `language`, `pages_per_assignment`,
            `state`, `problem`, `custom_key` and `max_judgments_per_contributor` as read/write; the
            package's own `Job` class marks them read-only (or drops them) and the job JSON calls the
            last one `max_judgments_per_worker`. They are left to the bracket pattern.
            `send_judgments_webhook`, which the package marks read-only, is listed because the webhook
            docs set it with `PUT /jobs/{job_id}.json`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Job]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobCreate | Unset = UNSET,
) -> ErrorResponse | Job | None:
    """Create a job, blank or with attributes.

     Creates a job from `job[<attr>]` form fields; an empty body creates a blank job (the docs' example
    sends `job[without_data]=true`). The Ruby gem sends the same fields as query parameters with an
    empty body. To create a job from data instead, use `create_job_from_upload`.

    Args:
        body (JobCreate | Unset): Writable job attributes as form fields `job[<attr>]`; nested
            values as `job[<attr>][<key>]` (the everilae client flattens nested dicts this way), lists
            as repeated `job[<attr>][]`. Every field is optional: an empty body creates a blank job.
            Attributes without an explicit property (`fields`, `included_countries`,
            `minimum_requirements`, other `options` keys) are sent through the bracket patterns, e.g.
            `job[fields][category]=...`. Any other attribute (unknown or read-only, e.g. `job[state]`)
            is answered 422, and so is a value of the wrong kind (a list or object where one value is
            expected, a number or boolean that does not parse).
            Deviation from the published docs: the seed (everilae `create_job` docstring) and the
            legacy jobs page also list `gold_per_assignment`, `language`, `pages_per_assignment`,
            `state`, `problem`, `custom_key` and `max_judgments_per_contributor` as read/write; the
            package's own `Job` class marks them read-only (or drops them) and the job JSON calls the
            last one `max_judgments_per_worker`. They are left to the bracket pattern.
            `send_judgments_webhook`, which the package marks read-only, is listed because the webhook
            docs set it with `PUT /jobs/{job_id}.json`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Job
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
