"""Drift check: regenerate into a temporary folder and compare with generated/ and dist/spec/."""

from __future__ import annotations

import difflib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from codegen.generate import CACHE_DIRS, PAYLOADS, build
from codegen.specs import APIS, REPO_ROOT, available_apis, client_package

DIFF_LINES = 12


@dataclass
class Drift:
    missing: list[str] = field(default_factory=list)  # would be generated, not in the repo
    stale: list[str] = field(default_factory=list)  # in the repo, would not be generated
    changed: dict[str, list[str]] = field(default_factory=dict)  # path -> first diff lines

    def __bool__(self) -> bool:
        return bool(self.missing or self.stale or self.changed)

    def report(self, limit: int = 20) -> str:
        lines = [f"{len(self.missing)} missing, {len(self.stale)} stale, "
                 f"{len(self.changed)} changed file(s)"]
        for label, paths in (("missing (not generated yet)", self.missing),
                             ("stale (no longer generated)", self.stale)):
            lines += [f"{label}: {p}" for p in paths[:limit]]
            if len(paths) > limit:
                lines.append(f"{label}: ... and {len(paths) - limit} more")
        for path, diff in list(self.changed.items())[:limit]:
            lines.append(f"changed: {path}")
            lines += [f"    {line}" for line in diff]
        if len(self.changed) > limit:
            lines.append(f"changed: ... and {len(self.changed) - limit} more")
        return "\n".join(lines)


def managed_files(root: Path) -> dict[str, Path]:
    """The files `generate` owns under a root, keyed by their relative path."""
    files: dict[str, Path] = {}
    folders = [root / "generated" / client_package(api) for api in APIS]
    folders.append(root / "generated" / PAYLOADS)
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not set(path.relative_to(root).parts) & set(CACHE_DIRS):
                files[path.relative_to(root).as_posix()] = path
    for path in (root / "dist" / "spec").glob("*.openapi.*"):
        files[path.relative_to(root).as_posix()] = path
    return files


def first_differences(old: Path, new: Path) -> list[str]:
    try:
        a = old.read_text(encoding="utf-8").splitlines()
        b = new.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        return ["(binary files differ)"]
    diff = list(difflib.unified_diff(a, b, "generated", "regenerated", n=1, lineterm=""))
    return diff[2:DIFF_LINES + 2] + (["..."] if len(diff) > DIFF_LINES + 2 else [])


def compare(expected_root: Path, actual_root: Path) -> Drift:
    expected, actual = managed_files(expected_root), managed_files(actual_root)
    drift = Drift(sorted(set(expected) - set(actual)), sorted(set(actual) - set(expected)))
    for rel in sorted(set(expected) & set(actual)):
        if expected[rel].read_bytes() != actual[rel].read_bytes():
            drift.changed[rel] = first_differences(actual[rel], expected[rel])
    return drift


def check(spec_root: Path = REPO_ROOT, out_root: Path = REPO_ROOT) -> Drift:
    """Regenerate every available API into a temp folder and compare with out_root."""
    with tempfile.TemporaryDirectory(prefix="zoo-codegen-check-") as tmp:
        stage = Path(tmp)
        build(available_apis(spec_root), spec_root, stage)
        return compare(stage, out_root)
