"""Drive the TypeScript toolchain of tests/typescript: openapi-typescript, tsc and node.

The npm packages are pinned by tests/typescript/package-lock.json and installed by the Makefile
(`make test` runs `npm ci` in tests/typescript when the lockfile changes); nothing here installs
anything. A missing node, npm or node_modules fails the calling test with a message saying what
to do; it never skips.

`generate_types(spec_json, out_dir)` is the reusable part: it turns one OpenAPI document into a
`.d.ts` file with openapi-typescript and returns its path, so a test can prove that a change to a
spec shows up in the TypeScript types.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

TS_DIR = Path(__file__).resolve().parent
REPO = TS_DIR.parents[1]
SPEC_DIR = REPO / "dist" / "spec"
GENERATED_DIR = TS_DIR / "generated"
BUILD_DIR = TS_DIR / "build"
NODE_MODULES = TS_DIR / "node_modules"
BIN = NODE_MODULES / ".bin"
SPECS = ("panoptes", "caesar", "crowdflower")
INSTALL_HINT = "run make test (it runs npm ci in tests/typescript)"
TIMEOUT = 60


def require_toolchain() -> None:
    """Fail (never skip) unless node, npm and the locked node_modules are there."""
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{' and '.join(missing)} not found on PATH: the TypeScript client test needs "
                    "Node.js 20+ with npm (CI has them); install them, then "
                    f"{INSTALL_HINT}", pytrace=False)
    tools = [BIN / "openapi-typescript", BIN / "tsc", NODE_MODULES / "openapi-fetch"]
    absent = [str(path.relative_to(REPO)) for path in tools if not path.exists()]
    if absent:
        pytest.fail("tests/typescript/node_modules is missing or incomplete "
                    f"({', '.join(absent)}): {INSTALL_HINT}", pytrace=False)


def run_tool(args: Sequence[str | Path], what: str, env: Mapping[str, str] | None = None,
             check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run one command in tests/typescript; fail the test with its output if it fails."""
    try:
        result = subprocess.run([str(a) for a in args], cwd=TS_DIR, capture_output=True,
                                text=True, timeout=TIMEOUT, env=dict(env or os.environ),
                                check=False)
    except FileNotFoundError as exc:
        pytest.fail(f"{what}: cannot run {args[0]} ({exc}): {INSTALL_HINT}", pytrace=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what}: still running after {TIMEOUT} s", pytrace=False)
    if check and result.returncode != 0:
        pytest.fail(f"{what} failed (exit {result.returncode}):\n{result.stdout}{result.stderr}",
                    pytrace=False)
    return result


def types_name(spec_json: Path) -> str:
    """`panoptes.openapi.json` -> `panoptes.d.ts` (any other `x.json` -> `x.d.ts`)."""
    stem = spec_json.name.removesuffix(".json").removesuffix(".openapi")
    return f"{stem}.d.ts"


def generate_types(spec_json: Path, out_dir: Path) -> Path:
    """Run openapi-typescript on one OpenAPI JSON document; return the generated `.d.ts` path."""
    require_toolchain()
    spec_json = Path(spec_json).resolve()
    if not spec_json.is_file():
        pytest.fail(f"no OpenAPI document at {spec_json}", pytrace=False)
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / types_name(spec_json)
    out.unlink(missing_ok=True)
    run_tool([BIN / "openapi-typescript", spec_json, "--output", out],
             f"openapi-typescript {spec_json.name}")
    if not out.is_file() or out.stat().st_size == 0:
        pytest.fail(f"openapi-typescript wrote nothing to {out}", pytrace=False)
    return out


def generate_all(out_dir: Path = GENERATED_DIR) -> list[Path]:
    """Types for every published spec (dist/spec/*.openapi.json), as src/proof.ts imports them."""
    return [generate_types(SPEC_DIR / f"{name}.openapi.json", out_dir) for name in SPECS]


def compile_proof() -> Path:
    """`tsc --strict` (tsconfig.json has strict: true) over src/ and the generated types."""
    require_toolchain()
    run_tool([BIN / "tsc", "--project", TS_DIR / "tsconfig.json", "--strict"], "tsc --strict")
    program = BUILD_DIR / "proof.js"
    if not program.is_file():
        pytest.fail(f"tsc did not emit {program}", pytrace=False)
    return program
