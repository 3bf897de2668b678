from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message import Message
from ...models.worker_flag_or_deflag import WorkerFlagOrDeflag
from ...types import Response


def _get_kwargs(
    job_id: int | str,
    worker_id: int,
    *,
    body: WorkerFlagOrDeflag,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/jobs/{job_id}/workers/{worker_id}.json".format(
            job_id=quote(str(job_id), safe=""),
            worker_id=quote(str(worker_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: int | str,
    worker_id: int,
    *,
    client: AuthenticatedClient,
    body: WorkerFlagOrDeflag,
) -> Response[ErrorResponse | Message]:
    """Flag or de-flag a worker (command inferred from the body keys).

     The route the seed's client uses for both `Worker.flag` and `Worker.deflag`: `flag=<reason>` (with
    `persist=true` to flag the worker out of all your jobs) flags the worker, who then cannot work on
    the job (existing judgments stay); `deflag=<reason>` lifts the flag.
    Deviation from the published docs: the Ruby gem uses the sub-paths `PUT
    /jobs/{job_id}/workers/{worker_id}/flag` and `/deflag` with `reason` (`flag_worker`,
    `deflag_worker`), and the R client sends `unflag=` instead of `deflag=`. This route (everilae,
    citing the CrowdFlower request examples) is preferred.

    Args:
        job_id (int | str):
        worker_id (int):
        body (WorkerFlagOrDeflag): The server infers the command from the keys: send `flag` (and
            optionally `persist`) to flag, or `deflag` alone to de-flag. The R client sends `unflag`
            instead of `deflag`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Message]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        worker_id=worker_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int | str,
    worker_id: int,
    *,
    client: AuthenticatedClient,
    body: WorkerFlagOrDeflag,
) -> ErrorResponse | Message | None:
    """Flag or de-flag a worker (command inferred from the body keys).

     The route the seed's client uses for both `Worker.flag` and `Worker.deflag`: `flag=<reason>` (with
    `persist=true` to flag the worker out of all your jobs) flags the worker, who then cannot work on
    the job (existing judgments stay); `deflag=<reason>` lifts the flag.
    Deviation from the published docs: the Ruby gem uses the sub-paths `PUT
    /jobs/{job_id}/workers/{worker_id}/flag` and `/deflag` with `reason` (`flag_worker`,
    `deflag_worker`), and the R client sends `unflag=` instead of `deflag=`. This route (everilae,
    citing the CrowdFlower request examples) is preferred.

    Args:
        job_id (int | str):
        worker_id (int):
        body (WorkerFlagOrDeflag): The server infers the command from the keys: send `flag` (and
            optionally `persist`) to flag, or `deflag` alone to de-flag. The R client sends `unflag`
            instead of `deflag`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Message
    """

    return sync_detailed(
        job_id=job_id,
        worker_id=worker_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    worker_id: int,
    *,
    client: AuthenticatedClient,
    body: WorkerFlagOrDeflag,
) -> Response[ErrorResponse | Message]:
    """Flag or de-flag a worker (command inferred from the body keys).

     The route the seed's client uses for both `Worker.flag` and `Worker.deflag`: `flag=<reason>` (with
    `persist=true` to flag the worker out of all your jobs) flags the worker, who then cannot work on
    the job (existing judgments stay); `deflag=<reason>` lifts the flag.
    Deviation from the published docs: the Ruby gem uses the sub-paths `PUT
    /jobs/{job_id}/workers/{worker_id}/flag` and `/deflag` with `reason` (`flag_worker`,
    `deflag_worker`), and the R client sends `unflag=` instead of `deflag=`. This route (everilae,
    citing the CrowdFlower request examples) is preferred.

    Args:
        job_id (int | str):
        worker_id (int):
        body (WorkerFlagOrDeflag): The server infers the command from the keys: send `flag` (and
            optionally `persist`) to flag, or `deflag` alone to de-flag. The R client sends `unflag`
            instead of `deflag`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Message]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        worker_id=worker_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    worker_id: int,
    *,
    client: AuthenticatedClient,
    body: WorkerFlagOrDeflag,
) -> ErrorResponse | Message | None:
    """Flag or de-flag a worker (command inferred from the body keys).

     The route the seed's client uses for both `Worker.flag` and `Worker.deflag`: `flag=<reason>` (with
    `persist=true` to flag the worker out of all your jobs) flags the worker, who then cannot work on
    the job (existing judgments stay); `deflag=<reason>` lifts the flag.
    Deviation from the published docs: the Ruby gem uses the sub-paths `PUT
    /jobs/{job_id}/workers/{worker_id}/flag` and `/deflag` with `reason` (`flag_worker`,
    `deflag_worker`), and the R client sends `unflag=` instead of `deflag=`. This route (everilae,
    citing the CrowdFlower request examples) is preferred.

    Args:
        job_id (int | str):
        worker_id (int):
        body (WorkerFlagOrDeflag): The server infers the command from the keys: send `flag` (and
            optionally `persist`) to flag, or `deflag` alone to de-flag. The R client sends `unflag`
            instead of `deflag`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Message
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            worker_id=worker_id,
            client=client,
            body=body,
        )
    ).parsed
