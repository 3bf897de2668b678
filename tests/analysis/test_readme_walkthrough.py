"""The README's analysis walkthrough, run as written against the emulator."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from testkit.helpers import OWNER, PASSWORD, world

from zoo_sdk import Panoptes
from zoo_sdk.emulator import Emulator

README = Path(__file__).resolve().parents[2] / "README.md"


def walkthrough() -> str:
    text = README.read_text()
    marker = text.index("<!-- walkthrough: tests/analysis/test_readme_walkthrough.py")
    found = re.search(r"```python\n(.*?)```", text[marker:], re.DOTALL)
    assert found, "the README lost its walkthrough block"
    return found.group(1)


def test_the_walkthrough_runs_and_gives_plot_ready_tables() -> None:
    code = walkthrough()
    assert "Project(1234)" in code
    with Emulator(export_delay=0.05) as emu:
        made = world(emu, subjects=10)
        emu.simulate(made.workflow, volunteers=8, classifications=40, seed=11,
                     answers={"T0": {"Yes": 0.6, "No": 0.4}})
        client = Panoptes.connect(endpoint=emu.url, username=OWNER, password=PASSWORD)
        try:
            scope: dict[str, Any] = {}
            exec(code.replace("Project(1234)", f"Project({made.project.id})"), scope)
        finally:
            Panoptes._default = None
            client.close()
    votes, marks = scope["votes"], scope["marks"]
    assert votes.index.name == "subject_id" and len(votes) == 10
    assert votes["fraction_yes"].between(0, 1).all()
    assert int(votes[["Yes", "No"]].to_numpy().sum()) == 40
    assert {"subject_id", "tool_label", "x", "y", "locations"} <= set(marks.columns)
    assert marks["locations"].map(len).min() >= 1
