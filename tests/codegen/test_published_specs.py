"""The bundles in dist/spec as other languages' tools read them: YAML 1.1 and 1.2 readers see the
JSON document, `info` says who and under what licence, and the Accept media type is declared."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
from ruamel.yaml import YAML

from codegen.specs import APIS, bundle_files
from zoo_sdk.emulator import Emulator

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _json(api: str) -> dict:
    return json.loads(bundle_files(api)[1].read_text(encoding="utf-8"))


@pytest.mark.parametrize("api", APIS)
def test_every_yaml_reader_reads_the_json_document(api: str) -> None:
    """PyYAML (YAML 1.1, as SnakeYAML 1.x and Go yaml.v2) and ruamel (YAML 1.2) read the JSON."""
    yaml_path = bundle_files(api)[0]
    text = yaml_path.read_text(encoding="utf-8")
    assert yaml.safe_load(text) == _json(api)
    assert YAML(typ="safe", pure=True).load(text) == _json(api)


@pytest.mark.parametrize("api", APIS)
def test_the_yaml_bundle_passes_openapi_spec_validator_as_a_file(api: str) -> None:
    spec, _ = read_from_filename(str(bundle_files(api)[0]))
    validate(spec)  # raises on the first error


def test_strings_that_yaml_1_1_reads_as_other_types_stay_strings() -> None:
    document = _json("crowdflower")
    yaml_text = bundle_files("crowdflower")[0].read_text(encoding="utf-8")
    assert "name: on\n" not in yaml_text and 'name: "on"' in yaml_text
    names = [p.get("name") for op in _operations(document) for p in op.get("parameters", [])]
    names += [p.get("name") for p in document["components"].get("parameters", {}).values()]
    assert "on" in names


@pytest.mark.parametrize("api", APIS)
def test_info_has_licence_contact_and_accept(api: str) -> None:
    info = _json(api)["info"]
    assert info["license"]["identifier"] == "Apache-2.0"
    assert info["contact"]["name"]
    assert info["x-zoo-accept"]


def _operations(document: dict) -> list[dict]:
    return [op for item in document["paths"].values() for m, op in item.items()
            if m in HTTP_METHODS]


def _response_media_types(document: dict, path_prefix: str) -> set[str]:
    found: set[str] = set()
    responses = document["components"].get("responses", {})
    for path, item in document["paths"].items():
        if not path.startswith(path_prefix):
            continue
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            for response in op.get("responses", {}).values():
                if "$ref" in response:
                    response = responses[response["$ref"].rsplit("/", 1)[-1]]
                found.update(response.get("content", {}))
    return found


def test_every_panoptes_api_response_declares_the_versioned_media_type() -> None:
    """Tools that derive Accept from response media types send what the server routes."""
    document = _json("panoptes")
    accept = document["info"]["x-zoo-accept"]
    media = _response_media_types(document, "/api/")
    assert media - {"text/csv", "application/octet-stream"} == {accept}
    assert accept == "application/vnd.api+json; version=1"


def test_the_declared_media_type_is_the_one_the_emulator_routes() -> None:
    """Read from the published spec, not from a literal: it answers 200; the bare type 404s."""
    accept = _json("panoptes")["info"]["x-zoo-accept"]
    with Emulator(users={"alice": "secret"}) as emu:
        routed = httpx.get(f"{emu.url}/api/projects", headers={"Accept": accept})
        bare = httpx.get(f"{emu.url}/api/projects",
                         headers={"Accept": accept.split(";")[0]})
    assert routed.status_code == 200
    assert routed.headers["content-type"].startswith(accept)
    assert bare.status_code == 404


def test_talk_declares_json_and_the_emulated_talk_answers_it() -> None:
    document = _json("talk")
    assert "talk" in APIS and document["info"]["x-zoo-accept"] == "application/json"
    assert _response_media_types(document, "/data_requests") == {"application/json"}
    with Emulator(users={"alice": "secret"}) as emu:
        answer = httpx.get(f"{emu.talk_url}/data_requests", headers={"Accept": "application/json"})
    assert answer.status_code == 401  # no token
    assert answer.headers["content-type"].startswith("application/json")


def test_the_sdk_sends_the_spec_media_type() -> None:
    from zoo_payloads import panoptes_attributes

    from zoo_sdk.panoptes.client import ACCEPT

    assert ACCEPT == panoptes_attributes.ACCEPT == _json("panoptes")["info"]["x-zoo-accept"]
    assert Path(bundle_files("panoptes")[1]).is_file()
