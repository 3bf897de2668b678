"""The generated clients send exactly what the specs say: method, path, query, headers, body.

These test generated code in isolation, so an httpx MockTransport stands in for the server.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Records the requests a generated client sends and answers with a canned response."""

    def __init__(self, status: int = 200, body: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.body = {} if body is None else body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.status == 204:
            return httpx.Response(204)
        return httpx.Response(self.status, json=self.body)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def client(package: str, base_url: str, recorder: Recorder) -> Any:
    module = __import__(package)
    api = module.Client(base_url=base_url)
    api.set_httpx_client(httpx.Client(base_url=base_url, transport=httpx.MockTransport(recorder)))
    return api


def query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query.decode())


# -- Panoptes ------------------------------------------------------------------------------

PANOPTES = "https://www.zooniverse.org"


def test_panoptes_list_subjects_sends_filters_and_paging() -> None:
    from zoo_panoptes_api.api.subjects import list_subjects

    rec = Recorder(body={"subjects": [], "meta": {"subjects": {"page": 1, "count": 0}}})
    response = list_subjects.sync_detailed(
        client=client("zoo_panoptes_api", PANOPTES, rec),
        subject_set_id="12",
        page_size=100,
        page=3,
        sort="-id",
    )
    assert response.status_code == 200
    assert rec.last.method == "GET"
    assert rec.last.url.path == "/api/subjects"
    assert query(rec.last) == {
        "subject_set_id": ["12"],
        "page_size": ["100"],
        "page": ["3"],
        "sort": ["-id"],
    }
    assert rec.last.content == b""


def test_panoptes_update_project_sends_if_match_and_wrapped_body() -> None:
    from zoo_panoptes_api.api.projects import update_project
    from zoo_panoptes_api.models.project_update_request import ProjectUpdateRequest

    rec = Recorder(body={"projects": [{"id": "5", "display_name": "New"}]})
    body = ProjectUpdateRequest.from_dict({"projects": {"display_name": "New"}})
    update_project.sync_detailed(
        "5", client=client("zoo_panoptes_api", PANOPTES, rec), body=body, if_match='W/"abc"'
    )
    assert rec.last.method == "PUT"
    assert rec.last.url.path == "/api/projects/5"
    assert rec.last.headers["If-Match"] == 'W/"abc"'
    assert rec.last.headers["Content-Type"] == "application/json"
    assert json.loads(rec.last.content) == {"projects": {"display_name": "New"}}


def test_panoptes_link_routes() -> None:
    from zoo_panoptes_api.api.subject_sets import (
        add_subject_set_subjects,
        remove_subject_set_subjects,
    )
    from zoo_panoptes_api.models.subject_set_link_subjects_request import (
        SubjectSetLinkSubjectsRequest,
    )

    rec = Recorder(body={"subject_sets": [{"id": "7"}]})
    api = client("zoo_panoptes_api", PANOPTES, rec)
    body = SubjectSetLinkSubjectsRequest.from_dict({"subjects": ["1", "2"]})
    add_subject_set_subjects.sync_detailed("7", client=api, body=body)
    assert (rec.last.method, rec.last.url.path) == ("POST", "/api/subject_sets/7/links/subjects")
    assert json.loads(rec.last.content) == {"subjects": ["1", "2"]}
    rec.status = 204
    remove_subject_set_subjects.sync_detailed("7", "1,2", client=api)
    assert rec.last.method == "DELETE"
    assert rec.last.url.raw_path in (
        b"/api/subject_sets/7/links/subjects/1,2",
        b"/api/subject_sets/7/links/subjects/1%2C2",
    )


def test_panoptes_token_request_is_form_encoded() -> None:
    from zoo_panoptes_api.api.oauth import create_token
    from zoo_panoptes_api.models.token_request import TokenRequest

    rec = Recorder(body={"access_token": "t", "token_type": "Bearer", "expires_in": 7200})
    body = TokenRequest.from_dict({"grant_type": "password", "client_id": "abc"})
    response = create_token.sync_detailed(
        client=client("zoo_panoptes_api", PANOPTES, rec), body=body
    )
    assert (rec.last.method, rec.last.url.path) == ("POST", "/oauth/token")
    assert rec.last.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(rec.last.content.decode()) == {"grant_type": ["password"], "client_id": ["abc"]}
    assert response.parsed is not None and response.parsed.access_token == "t"


def test_panoptes_export_creation() -> None:
    from zoo_panoptes_api.api.exports import create_project_classifications_export
    from zoo_panoptes_api.models.export_create_request import ExportCreateRequest

    rec = Recorder(status=201, body={"media": [{"id": "9", "metadata": {"state": "creating"}}]})
    body = ExportCreateRequest.from_dict({"media": {"content_type": "text/csv"}})
    create_project_classifications_export.sync_detailed(
        "3", client=client("zoo_panoptes_api", PANOPTES, rec), body=body
    )
    assert (rec.last.method, rec.last.url.path) == (
        "POST",
        "/api/projects/3/classifications_export",
    )
    assert json.loads(rec.last.content) == {"media": {"content_type": "text/csv"}}


# -- Caesar --------------------------------------------------------------------------------

CAESAR = "https://caesar.zooniverse.org"


def test_caesar_create_extractor_wraps_in_singular_key() -> None:
    from zoo_caesar_api.api.extractors import create_workflow_extractor
    from zoo_caesar_api.models.extractor_create_request import ExtractorCreateRequest

    rec = Recorder(body={"id": 1, "key": "complete", "type": "question"})
    body = ExtractorCreateRequest.from_dict(
        {"extractor": {"key": "complete", "type": "question", "config": {"task_key": "T1"}}}
    )
    create_workflow_extractor.sync_detailed(
        12, client=client("zoo_caesar_api", CAESAR, rec), body=body
    )
    assert (rec.last.method, rec.last.url.path) == ("POST", "/workflows/12/extractors")
    assert json.loads(rec.last.content) == {
        "extractor": {"key": "complete", "type": "question", "config": {"task_key": "T1"}}
    }


def test_caesar_subject_reductions_query() -> None:
    from zoo_caesar_api.api.subject_reductions import list_workflow_subject_reductions

    rec = Recorder(body=[])
    list_workflow_subject_reductions.sync_detailed(
        12, client=client("zoo_caesar_api", CAESAR, rec), subject_id=34, reducer_key="count"
    )
    assert (rec.last.method, rec.last.url.path) == ("GET", "/workflows/12/subject_reductions")
    assert query(rec.last) == {"subject_id": ["34"], "reducer_key": ["count"]}


# -- CrowdFlower ---------------------------------------------------------------------------

CROWDFLOWER = "https://api.crowdflower.com/v1"


def test_crowdflower_create_job_sends_bracket_form_fields() -> None:
    from zoo_crowdflower_api.api.jobs import create_job
    from zoo_crowdflower_api.models.job_create import JobCreate

    rec = Recorder(body={"id": 77, "title": "Cats"})
    body = JobCreate.from_dict({"job[title]": "Cats", "job[instructions]": "Find cats"})
    create_job.sync_detailed(client=client("zoo_crowdflower_api", CROWDFLOWER, rec), body=body)
    assert (rec.last.method, rec.last.url.path) == ("POST", "/v1/jobs.json")
    assert rec.last.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(rec.last.content.decode()) == {
        "job[title]": ["Cats"],
        "job[instructions]": ["Find cats"],
    }


def test_crowdflower_upload_sends_raw_bytes() -> None:
    from zoo_crowdflower_api.api.jobs import upload_job_units
    from zoo_crowdflower_api.types import File

    rec = Recorder(body={"id": 77})
    csv = b"url,sku\nhttps://example.com/a.jpg,1\n"
    upload_job_units.sync_detailed(
        77,
        client=client("zoo_crowdflower_api", CROWDFLOWER, rec),
        body=File(payload=csv, mime_type="text/csv"),
        force=True,
    )
    assert (rec.last.method, rec.last.url.path) == ("POST", "/v1/jobs/77/upload.json")
    assert rec.last.headers["Content-Type"] == "text/csv"
    assert rec.last.content == csv
    assert query(rec.last) == {"force": ["true"]}


@pytest.mark.parametrize(
    ("module", "args", "path"),
    [
        ("zoo_crowdflower_api.api.jobs.get_job", (77,), "/v1/jobs/77.json"),
        ("zoo_crowdflower_api.api.channels.list_job_channels", (77,), "/v1/jobs/77/channels"),
        ("zoo_crowdflower_api.api.units.get_unit", (77, 5), "/v1/jobs/77/units/5.json"),
    ],
)
def test_crowdflower_paths_keep_their_suffix_rules(
    module: str, args: tuple[Any, ...], path: str
) -> None:
    import importlib

    rec = Recorder(body={})
    importlib.import_module(module).sync_detailed(
        *args, client=client("zoo_crowdflower_api", CROWDFLOWER, rec)
    )
    assert (rec.last.method, rec.last.url.path) == ("GET", path)
