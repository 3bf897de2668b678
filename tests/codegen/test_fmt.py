"""Formatting: operation key order, comments kept, idempotent, --check lists files."""

from __future__ import annotations

from pathlib import Path

from codegen.fmt import format_specs, format_text

MESSY = """\
# Path items of things.
things:
  get:
    responses:  # the answers
      '200':
        description: ok
    summary: List things.
    tags:
    - things
    operationId: list_things
    x-extra: null
"""


def test_orders_keys_keeps_comments_and_is_idempotent() -> None:
    path = Path("spec/panoptes/paths/things.yaml")
    once = format_text(path, MESSY)
    keys = [line.strip().split(":")[0] for line in once.splitlines() if line.startswith("    ")
            and not line.startswith("     ")]
    assert keys == ["operationId", "tags", "summary", "responses", "x-extra"]
    assert "# Path items of things." in once
    assert "# the answers" in once
    assert "x-extra: null" in once
    assert "    tags:\n      - things\n" in once
    assert format_text(path, once) == once


def test_check_lists_without_writing(tmp_path: Path) -> None:
    target = tmp_path / "spec/panoptes/paths/things.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(MESSY)
    changed, errors = format_specs(tmp_path, check=True)
    assert changed == [target] and errors == []
    assert target.read_text() == MESSY
    format_specs(tmp_path, check=False)
    assert format_specs(tmp_path, check=True) == ([], [])
