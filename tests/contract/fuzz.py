"""Contract fuzzing: schemathesis against the emulator, one bundled spec at a time.

    python -m tests.contract.fuzz                      # all three specs, the CI bound
    python -m tests.contract.fuzz --api caesar -n 50   # one spec, deeper
    python -m tests.contract.fuzz --failures 40        # list up to 40 distinct failures

For each spec in ``dist/spec`` an emulator is started (contract validation off: the fuzzer checks
the contract itself, on purpose with invalid traffic), seeded over HTTP (``seed.py``) and tested by
the schemathesis engine, stateless phases (examples, coverage, fuzzing), one worker, a fixed seed,
``--max-examples`` cases per operation and phase. Authentication and headers follow the spec:

- Panoptes: ``Authorization: Bearer <token>`` (password grant) and ``Accept`` from the spec's
  ``info["x-zoo-accept"]``;
- Caesar: the same bearer token and its own ``info["x-zoo-accept"]``;
- CrowdFlower: the ``key`` query parameter (the spec's ``apiKey`` security scheme).

Generated path ids are mapped onto the seeded ones four times in five (see :func:`map_ids`).

Gated checks (:data:`GATED_CHECKS`): a 5xx (except the 501 of Panoptes PATCH, documented in
the spec's ``info``, and a 5xx the operation itself documents: Caesar's rule writes), a body that
does not match its schema, an undocumented status code, an undocumented content type, missing or
malformed documented response headers. Checks about how the server treats invalid *input*
(``negative_data_rejection``, ``positive_data_acceptance``, ``unsupported_method``, ...) are not
gated: the real servers do not do what they expect (Caesar drops unknown keys silently; Rails and
CrowdFlower answer an unrouted method 404, never 405). ``--info-checks`` adds
``positive_data_acceptance`` (a 4xx to data the schema calls valid: a constraint the schema does
not state) as a report-only check. The exit status is 1 when a spec named by ``--gate`` (default:
all) has a gated finding.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import events, from_schema

from zoo_sdk.emulator import VALIDATE_ENV, Emulator

from .seed import ADMIN, OWNER, World, seed

ROOT = Path(__file__).resolve().parents[2]
SPEC_DIR = ROOT / "dist" / "spec"
APIS = ("panoptes", "caesar", "crowdflower", "talk")
GATED_CHECKS = ("not_a_server_error", "status_code_conformance", "content_type_conformance",
                "response_schema_conformance", "response_headers_conformance")
INFO_CHECKS = ("positive_data_acceptance",)
PHASES = ("examples", "coverage", "fuzzing")
#: Cases per operation and phase in CI (`make test`); `make fuzz` uses 10x.
CI_MAX_EXAMPLES = 10
DEFAULT_SEED = 20240601
CURL_LIMIT = 600


# ----- results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One distinct failure: operation, check and the first line of schemathesis' message."""

    method: str
    path: str
    check: str
    message: str
    status: int | None
    curl: str

    def render(self, curl_limit: int = CURL_LIMIT) -> str:
        head = f"{self.method} {self.path} [{self.check}] -> {self.status}: {self.message}"
        curl = self.curl if len(self.curl) <= curl_limit else \
            self.curl[:curl_limit] + f"... ({len(self.curl)} chars; --full-curl for all)"
        return head + "\n    " + curl.replace("\n", "\n    ")


@dataclass
class ApiResult:
    """What one spec's run did and found."""

    api: str
    operations: int
    seed: int
    max_examples: int
    requests: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    #: failing test cases per check (a case failing two checks counts once under each)
    failures: Counter[str] = field(default_factory=Counter)
    findings: dict[tuple[str, str, str, str], Finding] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    #: 5xx answers the spec documents (not failures), see :func:`documented_server_error`
    documented_5xx: int = 0
    seconds: float = 0.0

    def gated(self, checks: Iterable[str] = GATED_CHECKS) -> list[Finding]:
        wanted = set(checks)
        return [f for f in self.findings.values() if f.check in wanted]

    def summary(self) -> str:
        by_check = ", ".join(f"{k} {v}" for k, v in sorted(self.failures.items())) or "none"
        distinct = Counter(f.check for f in self.findings.values())
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(distinct.items())) or "none"
        codes = "  ".join(f"{k} {self.statuses.get(k, 0)}" for k in ("2xx", "3xx", "4xx", "5xx"))
        other = self.statuses.get("none", 0)
        lines = [
            f"== {self.api}: {self.operations} operations, seed {self.seed}, "
            f"max-examples {self.max_examples}, {self.seconds:.1f} s",
            f"   requests {self.requests}   {codes}" + (f"   no response {other}" if other else "")
            + (f"   (documented 5xx: {self.documented_5xx})" if self.documented_5xx else ""),
            f"   failing cases by check: {by_check}",
            f"   distinct failures by check: {kinds}",
        ]
        lines += [f"   error: {e}" for e in self.errors]
        return "\n".join(lines)


# ----- emulator and schemathesis set-up -----------------------------------------------------


@contextmanager
def fuzz_emulator() -> Iterator[tuple[Emulator, World]]:
    """A started, seeded emulator without contract validation (also under pytest)."""
    previous = os.environ.pop(VALIDATE_ENV, None)
    try:
        emu = Emulator(users=dict([OWNER]), admins=dict([ADMIN]), export_delay=0.05)
    finally:
        if previous is not None:
            os.environ[VALIDATE_ENV] = previous
    with emu:
        # uvicorn (configured on start) logs every malformed request the fuzzer sends
        # ("Invalid HTTP request received."): keep the output to the summary
        server_log = logging.getLogger("uvicorn.error")
        level = server_log.level
        server_log.setLevel(logging.ERROR)
        try:
            yield emu, seed(emu)
        finally:
            server_log.setLevel(level)


def load_spec(api: str) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads((SPEC_DIR / f"{api}.openapi.json").read_text())
    return raw


def base_url(api: str, emu: Emulator) -> str:
    return {"panoptes": emu.url, "caesar": emu.caesar_url,
            "crowdflower": emu.crowdflower_url, "talk": emu.talk_url}[api]


def config_for(api: str, raw: dict[str, Any], emu: Emulator, world: World, *, seed: int,
               max_examples: int, phases: Sequence[str], checks: Sequence[str]) -> dict[str, Any]:
    """The schemathesis configuration (the dict form of ``schemathesis.toml``)."""
    if api == "crowdflower":
        auth = {"apiKey": {"api_key": world.crowdflower_key}}
    else:
        auth = {"bearerAuth": {"bearer": world.token}}
    return {
        "seed": seed,
        "base-url": base_url(api, emu),
        "workers": 1,
        "headers": {"Accept": raw["info"]["x-zoo-accept"]},
        "auth": {"openapi": auth},
        "request-timeout": 10,
        "suppress-health-check": ["all"],
        "cache": {"enabled": False},  # no replay of other runs' crashes: same seed, same run
        "output": {"sanitization": {"enabled": False}},
        "generation": {"max-examples": max_examples, "database": "none", "no-shrink": True},
        "checks": {name: {"enabled": name in checks} for name in (
            *GATED_CHECKS, *INFO_CHECKS, "negative_data_rejection", "unsupported_method",
            "missing_required_header", "use_after_free", "ensure_resource_availability",
            "ignored_auth", "allow_header_conformance")},
        "phases": {name: {"enabled": name in phases}
                   for name in ("examples", "coverage", "fuzzing", "stateful")},
    }


def _pick(pool: Sequence[Any], value: Any, disposable: bool) -> Any:
    """The seeded id for a generated one: deterministic (crc32 of the value), one in five kept
    as generated (404 paths), DELETE aimed at the pool's last (disposable) id."""
    if not pool:
        return value
    digest = zlib.crc32(repr(value).encode())
    if digest % 5 == 0:
        return value
    if disposable and len(pool) > 1:
        return pool[-1]
    keep = pool[:-1] if len(pool) > 1 else pool
    return keep[(digest // 5) % len(keep)]


UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


def map_ids(api: str, world: World, name: str, value: Any, method: str) -> Any:
    """Map one generated path parameter onto the seeded pools of ``api``."""
    pools = world.pools.get(api, {})
    disposable = method.upper() == "DELETE"
    if api == "panoptes":
        if isinstance(value, str) and re.fullmatch(r"[0-9]+(,[0-9]+)*", value):
            return _pick(pools["*"], value, disposable)
        return value
    if api == "caesar" and name == "id" and isinstance(value, str) and UUID_RE.match(value):
        return _pick(pools["uuid"], value, disposable)
    pool = pools.get(name)
    if pool is None:
        return value
    if isinstance(value, bool):
        return value
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        return _pick(pool, value, disposable)
    if isinstance(value, str) and value and isinstance(pool[0], str):
        return _pick(pool, value, disposable)
    return value


def register_hooks(schema: Any, api: str, world: World) -> None:
    @schema.hook  # type: ignore[untyped-decorator]
    def map_case(context: Any, case: Any) -> Any:
        params = case.path_parameters
        if params:
            for name, value in list(params.items()):
                params[name] = map_ids(api, world, name, value, case.method)
        return case


# ----- running ------------------------------------------------------------------------------


def _status_class(code: int | None) -> str:
    return "none" if code is None else f"{code // 100}xx"


def _first_line(message: str) -> str:
    for line in message.strip().splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def documented_server_error(api: str, case: Any, status: int | None) -> bool:
    """A 5xx the spec documents, so not a failure of ``not_a_server_error``: the Panoptes PATCH
    501 (documented once, in ``info``, for every ``/api`` route), or a 5xx status the operation
    itself declares (Caesar's rule writes: Rails' 500 for a condition ``FromConfig`` trips over)."""
    if status is None or status < 500:
        return False
    if api == "panoptes" and status == 501 and case.method.upper() == "PATCH" \
            and case.path.startswith("/api"):
        return True
    return str(status) in case.operation.definition.raw.get("responses", {})


def run_api(api: str, emu: Emulator, world: World, *, seed: int = DEFAULT_SEED,
            max_examples: int = CI_MAX_EXAMPLES, phases: Sequence[str] = PHASES,
            checks: Sequence[str] = GATED_CHECKS) -> ApiResult:
    """Fuzz one spec against a seeded emulator; never raises on findings."""
    raw = load_spec(api)
    config = SchemathesisConfig.from_dict(config_for(
        api, raw, emu, world, seed=seed, max_examples=max_examples, phases=phases,
        checks=checks))
    schema = schemathesis.openapi.from_dict(raw, config=config)
    register_hooks(schema, api, world)
    operations = sum(1 for _ in schema.get_all_operations())
    result = ApiResult(api, operations, seed, max_examples)
    secrets = {world.token: "$TOKEN", world.crowdflower_key: "$CF_KEY",
               base_url(api, emu): "$BASE"}
    started = time.monotonic()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            _record(result, event.recorder, secrets)
        elif isinstance(event, events.NonFatalError):
            result.errors.append(f"{event.label}: {_first_line(str(event.value))}")
        elif isinstance(event, events.FatalError):
            result.errors.append(f"fatal: {event.exception!r}")
    result.seconds = time.monotonic() - started
    return result


def _record(result: ApiResult, recorder: Any, secrets: dict[str, str]) -> None:
    for interaction in recorder.interactions.values():
        result.requests += 1
        response = interaction.response
        result.statuses[_status_class(response.status_code if response else None)] += 1
    for case_id, checks in recorder.checks.items():
        node = recorder.cases.get(case_id)
        interaction = recorder.interactions.get(case_id)
        status = interaction.response.status_code if interaction and interaction.response \
            else None
        for check in checks:
            if check.failure_info is None:
                continue
            case = node.value if node else None
            method = case.method.upper() if case else "?"
            path = case.path if case else "?"
            if check.name == "not_a_server_error" and case is not None \
                    and documented_server_error(result.api, case, status):
                result.documented_5xx += 1
                continue
            result.failures[check.name] += 1
            failure = check.failure_info.failure
            message = _first_line(failure.title or "") or _first_line(failure.message or "")
            detail = _first_line(failure.message or "")
            if detail and detail != message:
                message = f"{message}: {detail}"
            key = (method, path, check.name, _normalise(message))
            if key not in result.findings:
                curl = check.failure_info.code_sample
                for secret, placeholder in secrets.items():
                    curl = curl.replace(secret, placeholder)
                result.findings[key] = Finding(method, path, check.name, message, status, curl)


def _normalise(message: str) -> str:
    """Group messages that differ only in numbers/ids."""
    return re.sub(r"\d+", "N", message)


def run(apis: Sequence[str], *, seed: int = DEFAULT_SEED, max_examples: int = CI_MAX_EXAMPLES,
        phases: Sequence[str] = PHASES, checks: Sequence[str] = GATED_CHECKS,
        ) -> list[ApiResult]:
    """Fuzz each API on a fresh seeded emulator (so one API's writes do not leak into another)."""
    results = []
    for api in apis:
        with fuzz_emulator() as (emu, world):
            results.append(run_api(api, emu, world, seed=seed, max_examples=max_examples,
                                   phases=phases, checks=checks))
    return results


def report(results: Sequence[ApiResult], limit: int, curl_limit: int = CURL_LIMIT) -> str:
    out = [r.summary() for r in results]
    for result in results:
        findings = sorted(result.findings.values(),
                          key=lambda f: (f.check, f.path, f.method, f.message))
        if not findings or limit <= 0:
            continue
        out.append(f"-- {result.api}: {len(findings)} distinct failures"
                   + (f" (first {limit})" if len(findings) > limit else ""))
        out += [f.render(curl_limit) for f in findings[:limit]]
    return "\n".join(out)


def _split(values: Sequence[str] | None, default: Sequence[str]) -> list[str]:
    if not values:
        return list(default)
    found = [v.strip() for value in values for v in value.split(",") if v.strip()]
    return list(default) if "all" in found else found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.contract.fuzz", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", action="append", choices=(*APIS, "all"),
                        help="spec to fuzz (repeatable; default all)")
    parser.add_argument("-n", "--max-examples", type=int, default=CI_MAX_EXAMPLES,
                        help=f"cases per operation and phase (default {CI_MAX_EXAMPLES})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--phases", action="append",
                        help=f"comma list of {', '.join(PHASES)}, stateful (default {PHASES})")
    parser.add_argument("--info-checks", action="store_true",
                        help="also run the report-only checks " + ", ".join(INFO_CHECKS))
    parser.add_argument("--gate", action="append", choices=(*APIS, "all", "none"),
                        help="specs whose failures make the exit status 1 (default all)")
    parser.add_argument("--failures", type=int, default=25,
                        help="distinct failures to list per spec (default 25)")
    parser.add_argument("--full-curl", action="store_true",
                        help="print reproductions in full (default: cut at 600 characters)")
    args = parser.parse_args(argv)
    apis = _split(args.api, APIS)
    checks = [*GATED_CHECKS, *(INFO_CHECKS if args.info_checks else ())]
    results = run(apis, seed=args.seed, max_examples=args.max_examples,
                  phases=_split(args.phases, PHASES), checks=checks)
    print(report(results, args.failures, 10**9 if args.full_curl else CURL_LIMIT))
    gate = [] if args.gate == ["none"] else _split(args.gate, APIS)
    failed = [r.api for r in results if r.api in gate and (r.gated() or r.errors)]
    if failed:
        print(f"gated failures in: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
