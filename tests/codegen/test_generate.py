"""Generation into tmp_path: determinism, drift detection, lazy models, a call through httpx."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from codegen_minispec import write_spec

from codegen.check import check
from codegen.generate import generate


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gen")
    write_spec(root)
    warnings = generate(["panoptes"], root, root)
    assert warnings == {"panoptes": ""}
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    files = {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()}
    return {rel: p.read_bytes() for rel, p in files.items()
            if not rel.startswith("spec/") and "__pycache__" not in rel}


def test_layout_and_determinism(generated: Path) -> None:
    files = snapshot(generated)
    for expected in ("dist/spec/panoptes.openapi.yaml", "dist/spec/panoptes.openapi.json",
                     "generated/zoo_panoptes_api/py.typed",
                     "generated/zoo_panoptes_api/api/projects/update_project.py",
                     "generated/zoo_payloads/panoptes.py",
                     "generated/zoo_payloads/panoptes_attributes.py",
                     "generated/zoo_payloads/__init__.py", "generated/zoo_payloads/py.typed"):
        assert expected in files
    assert not (generated / "dist" / ".tmp").exists()
    assert not check(generated, generated)
    generate(["panoptes"], generated, generated)
    assert snapshot(generated) == files


def test_check_reports_drift(generated: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    for rel, data in snapshot(generated).items():
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        (copy / rel).write_bytes(data)
    write_spec(copy)
    model = copy / "generated/zoo_panoptes_api/models/project.py"
    model.write_text(model.read_text().replace("display_name", "title", 1))
    (copy / "generated/zoo_payloads/panoptes.py").unlink()
    (copy / "generated/zoo_panoptes_api/api/projects/old_op.py").write_text("")
    drift = check(copy, copy)
    assert drift.missing == ["generated/zoo_payloads/panoptes.py"]
    assert drift.stale == ["generated/zoo_panoptes_api/api/projects/old_op.py"]
    assert list(drift.changed) == ["generated/zoo_panoptes_api/models/project.py"]
    report = drift.report()
    assert "changed: generated/zoo_panoptes_api/models/project.py" in report
    assert "-    title" in report or "title" in report


def test_attributes_module(generated: Path) -> None:
    text = (generated / "generated/zoo_payloads/panoptes_attributes.py").read_text()
    assert "class ProjectAttributes:" in text
    assert "    updated_at: str | None" in text
    assert "    links:" not in text and "    id:" not in text
    assert '"projects": frozenset({"classifications_count", "updated_at"})' in text
    assert '"projects": frozenset({"display_name", "launch_approved"})' in text
    mypy = Path(sys.executable).parent / "mypy"
    proc = subprocess.run([str(mypy), "--strict", "--no-incremental", "--cache-dir=/dev/null",
                           str(generated / "generated/zoo_payloads/panoptes_attributes.py")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout


def test_endpoint_import_does_not_load_all_models(generated: Path) -> None:
    code = ("import sys; import zoo_panoptes_api.api.projects.update_project; "
            "print(sorted(m for m in sys.modules if m.startswith('zoo_panoptes_api.models.')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=generated / "generated",
                         capture_output=True, text=True, check=True).stdout
    loaded = set(json.loads(out.replace("'", '"')))
    assert "zoo_panoptes_api.models.projects_response" in loaded
    assert "zoo_panoptes_api.models.project_create_request" not in loaded


@pytest.fixture
def isolated_modules() -> Iterator[None]:
    """Import the mini-spec package under the real package's name, then restore the real one."""
    saved = {k: v for k, v in sys.modules.items() if k.split(".")[0] == "zoo_panoptes_api"}
    for name in saved:
        del sys.modules[name]
    yield
    for name in [k for k in sys.modules if k.split(".")[0] == "zoo_panoptes_api"]:
        del sys.modules[name]
    sys.modules.update(saved)


def test_generated_client_call(
    generated: Path, monkeypatch: pytest.MonkeyPatch, isolated_modules: None
) -> None:
    monkeypatch.syspath_prepend(str(generated / "generated"))
    from zoo_panoptes_api import AuthenticatedClient  # type: ignore[import-not-found]
    from zoo_panoptes_api.api.projects import (  # type: ignore[import-not-found]
        list_projects,
        update_project,
    )
    from zoo_panoptes_api.models import (  # type: ignore[import-not-found]
        ProjectUpdate,
        ProjectUpdateRequest,
    )

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"projects": [{"id": "7", "display_name": "New", "extra": 1}]}
        return httpx.Response(200, json=body, headers={"content-type": "application/vnd.api+json"})

    client = AuthenticatedClient(base_url="https://example.test", token="tok")
    client.set_httpx_client(httpx.Client(base_url="https://example.test",
                                         transport=httpx.MockTransport(handler),
                                         headers={"Authorization": "Bearer tok"}))
    body = ProjectUpdateRequest(projects=ProjectUpdate(display_name="New"))
    parsed = update_project.sync(id="7", client=client, body=body, if_match='W/"abc"')
    request = seen[-1]
    assert request.method == "PUT"
    assert request.url.path == "/api/projects/7"
    assert request.headers["If-Match"] == 'W/"abc"'
    assert request.headers["Authorization"] == "Bearer tok"
    assert json.loads(request.content) == {"projects": {"display_name": "New"}}
    assert parsed.projects[0].display_name == "New"

    list_projects.sync(client=client, page=2, display_name="Galaxy Zoo")
    assert seen[-1].method == "GET"
    assert dict(seen[-1].url.params) == {"page": "2", "display_name": "Galaxy Zoo"}
