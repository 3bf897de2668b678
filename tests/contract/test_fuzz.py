"""Contract fuzzing in CI: schemathesis against the emulator, one test per bundled spec.

Bounded (``CI_MAX_EXAMPLES`` cases per operation and phase, fixed seed: about 70 s for the three
specs on 2 cores); ``make fuzz`` runs the same harness 10x deeper. A spec is *gated* when its name
is in ``ZOO_FUZZ_GATE`` (comma list, ``all`` or ``none``; default: all three): its test fails with
every distinct finding and a curl reproduction (``$BASE``, ``$TOKEN``, ``$CF_KEY`` stand for the
emulator's base URL of that API and the seeded credentials). A spec left out of the gate (e.g.
``ZOO_FUZZ_GATE=caesar,crowdflower`` while Panoptes findings are being fixed) is reported as an
expected failure (xfail) listing its findings, and passes once it has none.
"""

from __future__ import annotations

import os

import pytest

from .fuzz import APIS, CI_MAX_EXAMPLES, DEFAULT_SEED, run

GATE_ENV = "ZOO_FUZZ_GATE"
DEFAULT_GATE = APIS


def gated_apis() -> set[str]:
    raw = os.environ.get(GATE_ENV)
    if raw is None:
        return set(DEFAULT_GATE)
    names = {n.strip() for n in raw.split(",") if n.strip()}
    if "all" in names:
        return set(APIS)
    return names & set(APIS)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("api", APIS)
def test_emulator_conforms_to_spec_under_fuzzing(api: str) -> None:
    (result,) = run([api], seed=DEFAULT_SEED, max_examples=CI_MAX_EXAMPLES)
    print(result.summary())
    assert result.requests > 10 * result.operations, "the fuzzer hardly sent anything"
    findings = sorted(result.gated(), key=lambda f: (f.check, f.path, f.method))
    problems = [f.render() for f in findings] + [f"error: {e}" for e in result.errors]
    if not problems:
        return
    report = f"{result.summary()}\n" + "\n".join(problems)
    if api not in gated_apis():
        pytest.xfail(f"{api} is not gated ({GATE_ENV}); {len(problems)} findings:\n{report}")
    pytest.fail(f"{len(problems)} contract findings for {api}:\n{report}", pytrace=False)
