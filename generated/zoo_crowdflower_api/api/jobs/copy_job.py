from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job import Job
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: int | str,
    *,
    all_units: bool | Unset = UNSET,
    gold: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["all_units"] = all_units

    params["gold"] = gold

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/{job_id}/copy.json".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    all_units: bool | Unset = UNSET,
    gold: bool | Unset = UNSET,
) -> Response[ErrorResponse | Job]:
    """Copy a job into a new job.

     Creates a new job with the settings of this one; with `all_units=true` all units are copied, with
    `gold=true` only the gold units. The flags are query parameters (docs, TSV); one version of the
    everilae client sends them as form fields of the POST body instead.
    Deviation from the published docs: the Ruby gem and the R client call this with GET
    (`/jobs/{job_id}/copy` and `.json`); the everilae client and the docs use POST, which is followed
    here.

    Args:
        job_id (int | str):
        all_units (bool | Unset):
        gold (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        all_units=all_units,
        gold=gold,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    all_units: bool | Unset = UNSET,
    gold: bool | Unset = UNSET,
) -> ErrorResponse | Job | None:
    """Copy a job into a new job.

     Creates a new job with the settings of this one; with `all_units=true` all units are copied, with
    `gold=true` only the gold units. The flags are query parameters (docs, TSV); one version of the
    everilae client sends them as form fields of the POST body instead.
    Deviation from the published docs: the Ruby gem and the R client call this with GET
    (`/jobs/{job_id}/copy` and `.json`); the everilae client and the docs use POST, which is followed
    here.

    Args:
        job_id (int | str):
        all_units (bool | Unset):
        gold (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Job
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        all_units=all_units,
        gold=gold,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    all_units: bool | Unset = UNSET,
    gold: bool | Unset = UNSET,
) -> Response[ErrorResponse | Job]:
    """Copy a job into a new job.

     Creates a new job with the settings of this one; with `all_units=true` all units are copied, with
    `gold=true` only the gold units. The flags are query parameters (docs, TSV); one version of the
    everilae client sends them as form fields of the POST body instead.
    Deviation from the published docs: the Ruby gem and the R client call this with GET
    (`/jobs/{job_id}/copy` and `.json`); the everilae client and the docs use POST, which is followed
    here.

    Args:
        job_id (int | str):
        all_units (bool | Unset):
        gold (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        all_units=all_units,
        gold=gold,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    *,
    client: AuthenticatedClient,
    all_units: bool | Unset = UNSET,
    gold: bool | Unset = UNSET,
) -> ErrorResponse | Job | None:
    """Copy a job into a new job.

     Creates a new job with the settings of this one; with `all_units=true` all units are copied, with
    `gold=true` only the gold units. The flags are query parameters (docs, TSV); one version of the
    everilae client sends them as form fields of the POST body instead.
    Deviation from the published docs: the Ruby gem and the R client call this with GET
    (`/jobs/{job_id}/copy` and `.json`); the everilae client and the docs use POST, which is followed
    here.

    Args:
        job_id (int | str):
        all_units (bool | Unset):
        gold (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Job
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            all_units=all_units,
            gold=gold,
        )
    ).parsed
