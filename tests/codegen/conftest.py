"""Fixtures of the codegen tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from codegen_minispec import write_spec


@pytest.fixture
def mini_spec(tmp_path: Path) -> Path:
    return write_spec(tmp_path)
