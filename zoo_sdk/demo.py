"""``make demo``: a project builder's day against the embedded emulator, with visible progress.

Signs in, creates a project, a workflow and a subject set, uploads generated images concurrently,
links them, submits classifications, retires some subjects, then generates, waits for and reads
the classifications export. Run it with ``python -m zoo_sdk.demo [--subjects N] [--latency-ms MS]``.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import struct
import sys
import tempfile
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from zoo_sdk import Classification, Panoptes, Project, SubjectSet, UploadProgress, Workflow
from zoo_sdk.emulator import Emulator

ANSWERS = ["galaxy", "star", "artifact"]


def make_png(path: Path, seed: int, size: int = 32) -> None:
    """Write a small, valid, colourful PNG (no imaging library needed)."""
    rng = random.Random(seed)
    pixels = bytes(rng.randrange(256) for _ in range(size * 3))
    raw = b"".join(b"\x00" + pixels for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


class Steps:
    """Prints numbered steps with their duration."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.number = 0

    def __call__(self, text: str) -> _Step:
        self.number += 1
        return _Step(f"[{self.number}] {text}")


class _Step:
    def __init__(self, title: str) -> None:
        self.title = title

    def __enter__(self) -> _Step:
        print(f"{self.title} ...", flush=True)
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        print(f"    done in {time.perf_counter() - self.t0:.2f} s", flush=True)


def progress_bar(progress: UploadProgress) -> None:
    """A live bar on a terminal; a line per quarter otherwise (logs, CI)."""
    done = progress.uploaded + progress.linked
    if not sys.stdout.isatty():
        quarter = 4 * done // max(1, 2 * progress.total)
        if quarter > getattr(progress_bar, "shown", -1):
            progress_bar.shown = quarter  # type: ignore[attr-defined]
            print(f"    {progress}", flush=True)
        return
    width = 30
    filled = int(width * progress.uploaded / max(1, progress.total))
    bar = "#" * filled + "." * (width - filled)
    end = "\n" if progress.linked == progress.total else ""
    print(
        f"\r    [{bar}] {progress.uploaded}/{progress.total} uploaded, {progress.linked} linked",
        end=end,
        flush=True,
    )


def run(subjects: int, latency_ms: float, concurrency: int) -> int:
    steps = Steps()
    with (
        tempfile.TemporaryDirectory(prefix="zoo-demo-") as tmp,
        Emulator(users={"demo": "demo-password"}, latency_ms=latency_ms, export_delay=1.0) as emu,
    ):
        user = emu.store.get("users", emu.store.logins["demo"])
        assert user is not None
        user.attrs["upload_whitelist"] = True  # as Zooniverse does for project uploaders
        print(f"Emulator running at {emu.url} ({latency_ms:g} ms latency per request)\n")

        with steps("Signing in as 'demo'"):
            Panoptes.connect(username="demo", password="demo-password", endpoint=emu.url)

        with steps("Creating a project, a workflow and a subject set"):
            project = Project()
            project.display_name = "Galaxy Demo"
            project.description = "Classify the shapes of synthetic galaxies."
            project.primary_language = "en"
            project.private = True
            project.save()
            workflow = Workflow()
            workflow.display_name = "What is it?"
            workflow.primary_language = "en"
            workflow.tasks = {
                "T0": {"type": "single", "question": "What is it?", "answers": ANSWERS}
            }
            workflow.links.project = project
            workflow.save()
            subject_set = SubjectSet()
            subject_set.display_name = "Night one"
            subject_set.links.project = project
            subject_set.save()
            workflow.add_subject_sets(subject_set)
            print(f"    project {project.id}, workflow {workflow.id}, subject set {subject_set.id}")

        with steps(f"Generating {subjects} images"):
            folder = Path(tmp)
            items = []
            for i in range(subjects):
                path = folder / f"galaxy-{i:04d}.png"
                make_png(path, i)
                items.append({"locations": [path], "metadata": {"filename": path.name, "n": i}})

        emu.reset_requests()
        with steps(f"Uploading {subjects} subjects ({concurrency} at a time) and linking them"):
            result = subject_set.upload(items, concurrency=concurrency, progress=progress_bar)
            requests = emu.requests.total
            print(f"    {requests} requests: {requests / subjects:.2f} per subject")

        subject_ids = [result.subjects[str(i)] for i in range(subjects)]
        with steps("Submitting 3 classifications per subject"):
            rng = random.Random(7)

            def classify(subject_id: str) -> None:
                for _ in range(3):
                    classification = Classification()
                    classification.annotations = [{"task": "T0", "value": rng.randrange(3)}]
                    classification.metadata = {
                        "started_at": "2026-11-21T10:00:00Z",
                        "finished_at": "2026-11-21T10:00:04Z",
                        "user_agent": "zoo-sdk demo",
                        "user_language": "en",
                        "workflow_version": "1.1",
                    }
                    classification.links.project = project
                    classification.links.workflow = workflow
                    classification.links.subjects = [subject_id]
                    classification.save()

            client = Panoptes.client()

            def classify_as_demo(subject_id: str) -> None:
                with client:
                    classify(subject_id)

            with ThreadPoolExecutor(8) as pool:
                list(pool.map(classify_as_demo, subject_ids))

        retire = subject_ids[: max(1, subjects // 10)]
        with steps(f"Retiring {len(retire)} subjects"):
            workflow.retire_subjects(retire, reason="consensus")
            status = workflow.subject_workflow_status(retire[0])
            print(f"    subject {retire[0]}: retired_at={status.retired_at}")

        with steps("Generating the classifications export and waiting for it"):
            project.generate_export("classifications")
            ready = project.wait_export("classifications", timeout=60, poll=0.25)
            print(f"    state={ready['metadata'].get('state')}")

        with steps("Reading the export (streamed)"):
            per_answer: collections.Counter[str] = collections.Counter()
            per_subject: collections.Counter[str] = collections.Counter()
            rows = 0
            for row in project.get_export("classifications").csv_dictreader():
                rows += 1
                per_subject[row["subject_ids"]] += 1
                for annotation in json.loads(row["annotations"]):
                    per_answer[ANSWERS[int(annotation["value"])]] += 1
            print(f"    {rows} rows for {len(per_subject)} subjects")
            for answer, count in per_answer.most_common():
                print(f"      {answer:<9} {count:>5}")

        total = time.perf_counter() - steps.started
        print(f"\nDemo finished in {total:.1f} s. Try it on your own scripts:")
        print("    python -m zoo_sdk.emulator --port 8765 --user alice:secret")
        Panoptes._default = None
        return 0 if rows == 3 * subjects else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subjects", type=int, default=120)
    parser.add_argument("--latency-ms", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args(argv)
    return run(args.subjects, args.latency_ms, args.concurrency)


if __name__ == "__main__":
    sys.exit(main())
