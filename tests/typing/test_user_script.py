"""``mypy --strict`` on a user's script: spec-typed attributes, links, Caesar and CrowdFlower
results are what user_script.py's comments say, and misspelt names are errors.

One mypy run per session; its cache lives in the system's temporary folder, so a second run
only re-checks what changed.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SCRIPT = HERE / "user_script.py"
CACHE = Path(tempfile.gettempdir()) / "zoo-sdk-typing-mypy-cache"
EXPECTATION = re.compile(r"\S  # (revealed|error): (.+?)\s*$")  # an inline comment after code
PREFIX = "zoo_sdk.panoptes."  # left out of the expected types, for short lines
REPORT = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<kind>note|error): (?P<text>.*)$")


def expectations() -> dict[int, tuple[str, str]]:
    """Line number → ("revealed", type) or ("error", code), from the script's comments."""
    found = {}
    for number, line in enumerate(SCRIPT.read_text(encoding="utf-8").splitlines(), 1):
        match = EXPECTATION.search(line)
        if match:
            found[number] = (match.group(1), match.group(2))
    return found


@pytest.fixture(scope="module")
def reports(monkeypatch_module: pytest.MonkeyPatch) -> dict[int, list[tuple[str, str]]]:
    """Line number → [(kind, text)] of what mypy says about the script."""
    monkeypatch_module.chdir(REPO)  # the config's mypy_path ("generated") is relative to it
    stdout, stderr, _status = mypy_api.run([
        "--config-file", str(REPO / "pyproject.toml"), "--strict", "--show-error-codes",
        "--no-error-summary", "--no-pretty", "--cache-dir", str(CACHE), str(SCRIPT),
    ])
    assert not stderr, stderr
    found: dict[int, list[tuple[str, str]]] = {}
    for line in stdout.splitlines():
        match = REPORT.match(line)
        assert match, f"unexpected mypy output: {line}"
        assert Path(match["file"]).name == SCRIPT.name, line
        found.setdefault(int(match["line"]), []).append((match["kind"], match["text"]))
    return found


@pytest.fixture(scope="module")
def monkeypatch_module() -> pytest.MonkeyPatch:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_revealed_types_are_the_expected_ones(reports: dict[int, list[tuple[str, str]]]) -> None:
    wanted = {n: t for n, (kind, t) in expectations().items() if kind == "revealed"}
    assert len(wanted) >= 20
    revealed = {n: text.removeprefix("Revealed type is ").strip('"').replace(PREFIX, "")
                for n, notes in reports.items() for kind, text in notes
                if kind == "note" and text.startswith("Revealed type is ")}
    assert revealed == wanted


def test_misspelt_names_and_wrong_values_are_errors(
    reports: dict[int, list[tuple[str, str]]],
) -> None:
    wanted = {n: code for n, (kind, code) in expectations().items() if kind == "error"}
    errors = {n: text for n, notes in reports.items() for kind, text in notes if kind == "error"}
    assert set(errors) == set(wanted), errors
    for number, code in wanted.items():
        assert errors[number].endswith(f"[{code}]"), (number, errors[number])
    script = SCRIPT.read_text(encoding="utf-8")
    assert "project.dispaly_name" in script and "project.links.workflwos" in script
