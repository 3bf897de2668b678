"""``python -m benchmarks.reliability``: the fault matrix of the bulk upload, printed as a table.

Each scenario uploads the same items (subjects x files) to a fresh emulator under one kind of
fault, with a journal, running the upload again (a resume) while it reports failures, at most
three times. The kill -9 scenario runs the upload in a child process, kills it at random
moments and resumes. Then the emulator's state is checked: one subject per item, every file's
bytes as on disk, every subject linked to the set, nothing orphaned::

    .venv/bin/python -m benchmarks.reliability --subjects 300 --files 2
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from benchmarks.world import clear_panoptes_env, write_pngs
from zoo_sdk import Panoptes, Project, Subject, SubjectSet
from zoo_sdk._http import RetryPolicy
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule
from zoo_sdk.errors import UploadError
from zoo_sdk.panoptes.uploads import JOURNAL_KEY

LOGIN, PASSWORD = "alice", "secret"
#: Quick backoff so a matrix run takes seconds, not minutes (the policy's shape is unchanged).
RETRY = RetryPolicy(max_attempts=5, backoff_base=0.05, backoff_max=0.5)
CREATE = "POST /api/subjects"
LINK = "POST /api/subject_sets/*/links/subjects"


@dataclass
class Scenario:
    """One row of the matrix: a fault and the requests it hits."""

    fault: str
    operation: str
    rules: list[FaultRule] = field(default_factory=list)
    token_ttl: int = 7200
    timeout: float | None = None
    kills: int = 0
    latency_ms: float = 0.0


def scenarios() -> list[Scenario]:
    """Every fault kind the issue names, each on the operation where it hurts most."""
    return [
        Scenario("500", "create", [FaultRule(CREATE, "500", rate=0.3)]),
        Scenario("503 HTML page", "every request", [FaultRule("*", "html-503", rate=0.1)]),
        Scenario(
            "429 + Retry-After", "every request", [FaultRule("*", "429", rate=0.2, retry_after=0)]
        ),
        Scenario("reset before send", "every request", [FaultRule("*", "reset", rate=0.05)]),
        Scenario("lost reply", "create", [FaultRule(CREATE, "lost-reply", rate=0.3)]),
        Scenario("truncated reply", "create", [FaultRule(CREATE, "truncated", rate=0.3)]),
        Scenario("lost reply", "link", [FaultRule(LINK, "lost-reply", rate=0.5)]),
        Scenario(
            "stall (timeout)",
            "blob upload",
            [FaultRule("PUT /blobs/*", "stall", rate=0.03, stall_seconds=1.5)],
            timeout=1.0,
        ),
        Scenario(
            "stall after acting",
            "create",
            [FaultRule(CREATE, "stall-after", rate=0.2, stall_seconds=1.5)],
            timeout=1.0,
        ),
        Scenario("token rotation (2 s tokens)", "every request", token_ttl=2, latency_ms=25),
        Scenario("kill -9, then resume", "random moments", kills=3),
    ]


@dataclass
class Row:
    """What one scenario ended with."""

    fault: str
    operation: str
    items: int
    created: int
    linked: int
    duplicates: int
    lost: int
    orphaned: int
    bad_bytes: int
    runs: int
    faults: int
    retries: int
    seconds: float

    @property
    def ok(self) -> bool:
        return (self.created == self.linked == self.items) and not (
            self.duplicates or self.lost or self.orphaned or self.bad_bytes
        )


# -- running one scenario -----------------------------------------------------------------------


def run_scenario(
    scenario: Scenario, subjects: int, files: int, concurrency: int = 8, seed: int = 1,
    max_runs: int = 3,
) -> Row:
    """Upload ``subjects`` items of ``files`` PNGs under ``scenario``; check the result."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp, Emulator(
        users={LOGIN: PASSWORD}, token_ttl=scenario.token_ttl, latency_ms=scenario.latency_ms
    ) as emu:
        user = emu.store.get("users", emu.store.logins[LOGIN])
        assert user is not None
        user.attrs["upload_whitelist"] = True
        groups = write_pngs(Path(tmp) / "media", subjects, files)
        journal = Path(tmp) / "upload.jsonl"
        client = Panoptes(
            username=LOGIN, password=PASSWORD, endpoint=emu.url, retry=RETRY,
            timeout=scenario.timeout,
        ).login()
        with client:
            project, subject_set = _project_and_set()
        emu.faults = FaultPlan(seed=seed, rules=list(scenario.rules))
        with _counting_retries() as retries:
            if scenario.kills:
                runs = _killed_and_resumed(emu, subject_set.id, groups, journal, scenario, seed)
            else:
                runs = _resumed_until_done(client, subject_set, groups, journal, max_runs)
        injected = emu.faults.total
        emu.faults = None
        with client:
            row = _check(scenario, project, subject_set, groups)
        client.close()
    row.runs, row.faults, row.retries = runs, injected, retries[0]
    row.seconds = time.monotonic() - started
    return row


def _project_and_set() -> tuple[Project, SubjectSet]:
    project = Project()
    project.display_name = "Fault matrix"
    project.description = "reliability"
    project.primary_language = "en"
    project.private = False
    project.save()
    subject_set = SubjectSet()
    subject_set.display_name = "Uploads"
    subject_set.links.project = project
    subject_set.save()
    return project, subject_set


def _items(groups: list[list[Path]]) -> list[dict[str, object]]:
    return [
        {"key": str(i), "locations": group, "metadata": {"name": group[0].stem}}
        for i, group in enumerate(groups)
    ]


def _resumed_until_done(
    client: Panoptes, subject_set: SubjectSet, groups: list[list[Path]], journal: Path,
    max_runs: int,
) -> int:
    for run in range(1, max_runs + 1):
        try:
            with client:
                SubjectSet.find(subject_set.id).upload(
                    _items(groups), concurrency=8, journal=journal
                )
            return run
        except UploadError:
            if run == max_runs:
                return run
    return max_runs


def _killed_and_resumed(
    emu: Emulator, set_id: str | None, groups: list[list[Path]], journal: Path,
    scenario: Scenario, seed: int,
) -> int:
    """Run the upload in a child; kill it ``scenario.kills`` times at random moments."""
    folder = groups[0][0].parent
    args = [sys.executable, "-m", "benchmarks.reliability", "--child", emu.url, str(set_id),
            str(folder), str(journal), str(len(groups[0]))]
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for _ in range(scenario.kills):
        child = subprocess.Popen(args, stdout=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.3, 1.5))
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
    finished = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600)
    if finished.returncode != 0:
        raise RuntimeError(f"the resumed upload failed: {finished.stderr[-2000:]}")
    return scenario.kills + 1


def _child(url: str, set_id: str, folder: str, journal: str, files: int) -> None:
    """The upload a kill -9 scenario interrupts (same items as the in-process runs)."""
    Panoptes.connect(username=LOGIN, password=PASSWORD, endpoint=url, retry=RETRY)
    paths = sorted(Path(folder).glob("*.png"))
    groups = [paths[i : i + files] for i in range(0, len(paths), files)]
    SubjectSet.find(set_id).upload(_items(groups), concurrency=8, journal=journal)


@contextmanager
def _counting_retries() -> Iterator[list[int]]:
    """Count the client's retry log lines (one per resent request)."""
    counted = [0]

    class Counter(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("retrying"):
                counted[0] += 1

    logger = logging.getLogger("zoo_sdk")
    handler, level = Counter(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield counted
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _check(
    scenario: Scenario, project: Project, subject_set: SubjectSet, groups: list[list[Path]]
) -> Row:
    """Compare the emulator's state with the items: counts, links and every file's bytes."""
    subjects = list(Subject.where(project_id=project.id))
    members = {s.id for s in Subject.where(subject_set_id=subject_set.id)}
    by_key: dict[str, list[Subject]] = {}
    for subject in subjects:
        marker = str((subject.metadata or {}).get(JOURNAL_KEY, ":"))
        by_key.setdefault(marker.split(":", 1)[1], []).append(subject)
    bad_bytes = 0
    with httpx.Client(timeout=30) as http:
        for key, found in by_key.items():
            expected = [p.read_bytes() for p in groups[int(key)]] if key.isdigit() else []
            for subject in found:
                urls = [next(iter(loc.values())) for loc in subject.locations or []]
                got = [http.get(url).content for url in urls]
                bad_bytes += got != expected
    keys_linked = {k for k, found in by_key.items() if any(s.id in members for s in found)}
    return Row(
        fault=scenario.fault,
        operation=scenario.operation,
        items=len(groups),
        created=len(subjects),
        linked=len(members),
        duplicates=sum(len(found) - 1 for found in by_key.values()),
        lost=len(groups) - len(keys_linked),
        orphaned=sum(s.id not in members for s in subjects),
        bad_bytes=bad_bytes,
        runs=0,
        faults=0,
        retries=0,
        seconds=0.0,
    )


# -- the table ----------------------------------------------------------------------------------

COLUMNS = ("fault", "operation", "items", "created", "linked", "duplicates", "lost",
           "orphaned", "bad bytes", "runs", "faults", "retries", "seconds", "verdict")


def render(rows: list[Row]) -> str:
    """The matrix as a Markdown table (the README quotes it)."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        cells = [r.fault, r.operation, r.items, r.created, r.linked, r.duplicates, r.lost,
                 r.orphaned, r.bad_bytes, r.runs, r.faults, r.retries, f"{r.seconds:.1f}",
                 "PASS" if r.ok else "FAIL"]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reliability", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subjects", type=int, default=300, help="items (default: %(default)s)")
    parser.add_argument("--files", type=int, default=2, help="files per item (default: 2)")
    parser.add_argument("--seed", type=int, default=1, help="fault plan seed (default: 1)")
    parser.add_argument("--only", help="run the scenarios whose fault contains this text")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    clear_panoptes_env()
    if args.child:
        url, set_id, folder, journal, files = args.child
        _child(url, set_id, folder, journal, int(files))
        return 0
    rows = []
    for scenario in scenarios():
        if args.only and args.only not in scenario.fault:
            continue
        rows.append(run_scenario(scenario, args.subjects, args.files, seed=args.seed))
        print(f"{scenario.fault} / {scenario.operation}: done", file=sys.stderr, flush=True)
    print(render(rows))
    return 0 if all(r.ok for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
