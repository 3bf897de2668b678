from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.judgment_record import JudgmentRecord
from ...models.unit_judgments_type_1 import UnitJudgmentsType1
from ...types import Response


def _get_kwargs(
    job_id: int | str,
    unit_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}/units/{unit_id}/judgments".format(
            job_id=quote(str(job_id), safe=""),
            unit_id=quote(str(unit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[JudgmentRecord] | UnitJudgmentsType1 | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[JudgmentRecord] | UnitJudgmentsType1:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_unit_judgments_type_0 = []
                _componentsschemas_unit_judgments_type_0 = data
                for (
                    componentsschemas_unit_judgments_type_0_item_data
                ) in _componentsschemas_unit_judgments_type_0:
                    componentsschemas_unit_judgments_type_0_item = JudgmentRecord.from_dict(
                        componentsschemas_unit_judgments_type_0_item_data
                    )

                    componentsschemas_unit_judgments_type_0.append(
                        componentsschemas_unit_judgments_type_0_item
                    )

                return componentsschemas_unit_judgments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_unit_judgments_type_1 = UnitJudgmentsType1.from_dict(data)

            return componentsschemas_unit_judgments_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorResponse | list[JudgmentRecord] | UnitJudgmentsType1]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: int | str,
    unit_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | list[JudgmentRecord] | UnitJudgmentsType1]:
    """List the judgments of one unit.

     The judgments of the unit (Ruby gem and R client; not documented publicly, the R client's path has a
    typo `jobs/{id}units/...`).

    Args:
        job_id (int | str):
        unit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[JudgmentRecord] | UnitJudgmentsType1]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        unit_id=unit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int | str,
    unit_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | list[JudgmentRecord] | UnitJudgmentsType1 | None:
    """List the judgments of one unit.

     The judgments of the unit (Ruby gem and R client; not documented publicly, the R client's path has a
    typo `jobs/{id}units/...`).

    Args:
        job_id (int | str):
        unit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[JudgmentRecord] | UnitJudgmentsType1
    """

    return sync_detailed(
        job_id=job_id,
        unit_id=unit_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: int | str,
    unit_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | list[JudgmentRecord] | UnitJudgmentsType1]:
    """List the judgments of one unit.

     The judgments of the unit (Ruby gem and R client; not documented publicly, the R client's path has a
    typo `jobs/{id}units/...`).

    Args:
        job_id (int | str):
        unit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[JudgmentRecord] | UnitJudgmentsType1]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        unit_id=unit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int | str,
    unit_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | list[JudgmentRecord] | UnitJudgmentsType1 | None:
    """List the judgments of one unit.

     The judgments of the unit (Ruby gem and R client; not documented publicly, the R client's path has a
    typo `jobs/{id}units/...`).

    Args:
        job_id (int | str):
        unit_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[JudgmentRecord] | UnitJudgmentsType1
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            unit_id=unit_id,
            client=client,
        )
    ).parsed
