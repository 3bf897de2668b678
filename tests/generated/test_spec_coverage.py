"""Every active route of the real servers is in the bundled specs, and nothing else.

The route inventory lives beside the repository (``../shared/api-facts``); where it is absent
(a user's clone) these tests are skipped.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT.parent / "shared" / "api-facts"
METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}

pytestmark = pytest.mark.skipif(not FACTS.is_dir(), reason="route inventory not available")


def spec_routes(api: str) -> set[tuple[str, str]]:
    document = json.loads((ROOT / "dist" / "spec" / f"{api}.openapi.json").read_text())
    return {
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method in item
        if method in METHODS
    }


def inventory(name: str) -> list[dict[str, str]]:
    with open(FACTS / name, newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_panoptes_covers_all_active_api_routes_plus_auth() -> None:
    active = {
        (r["method"], r["path"])
        for r in inventory("panoptes_endpoints.tsv")
        if r["route_status"] == "active" and r["path"].startswith("/api")
    }
    auth = {
        ("POST", "/oauth/token"),
        ("POST", "/oauth/revoke"),
        ("GET", "/oauth/token/info"),
        ("GET", "/users/sign_in"),
        ("POST", "/users/sign_in"),
        ("DELETE", "/users/sign_out"),
    }
    assert len(active) == 238
    assert spec_routes("panoptes") == active | auth


def test_caesar_covers_every_active_json_operation() -> None:
    excluded_paths = {"/", "/graphql", "/kinesis", "/session", "/auth/{provider}/callback"}
    active = {
        (r["method"], r["path"])
        for r in inventory("caesar_endpoints.tsv")
        if r["route_status"].startswith("active")  # "active (legacy)" routes are served too
        and r["method"] != "PATCH"
        and r["path"] not in excluded_paths
    }
    assert len(active) == 66
    assert spec_routes("caesar") == active


def test_crowdflower_covers_all_52_endpoints() -> None:
    endpoints = {
        (r["method"], r["path"])
        for r in inventory("crowdflower_endpoints.tsv")
        if r["path"].startswith("/")
    }
    assert len(endpoints) == 52
    assert spec_routes("crowdflower") == endpoints
