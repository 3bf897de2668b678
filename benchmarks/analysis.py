"""``python -m benchmarks.analysis``: the analysis layer's targets, as ``make bench`` rows.

Row 4 flattens a classifications export of N rows (a workflow of a question T0, a drawing task
T1 with point and rectangle tools and a survey T2) two ways, each in a fresh interpreter that
reports its own time and peak RSS: as the zooniverse/Data-digging scripts do it
(``pandas.read_csv``, ``json.loads`` per row, a loop over ``iterrows()`` appending a dict per
flattened row, ``pandas.DataFrame``), and with ``flatten_annotations(...)`` then
``.to_pandas()``. Both must give the same question and drawing tables (checked, sorted, column
by column); zoo_sdk must be at least 3x faster with at most half the peak RSS.

Rows 5a/5b stream a synthetic classification export of N/5 and N rows from an emulator in its
own process through ``Export.to_parquet`` in a fresh interpreter: peak RSS may grow at most
200 MB, whatever the size::

    .venv/bin/python -m benchmarks.analysis --rows 1000000
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.report import Check, Report, Row
from benchmarks.world import clear_panoptes_env
from zoo_sdk import Panoptes, Project, flatten_annotations
from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.seeding import drawing, question, survey, tool

if TYPE_CHECKING:
    import pandas

#: ``make bench``'s export size (``--analysis-rows``).
ANALYSIS_ROWS = 1_000_000
#: Targets: zoo_sdk at least this many times faster, at most this fraction of the peak RSS.
MIN_SPEEDUP = 3.0
MAX_MEMORY_FRACTION = 0.5
#: Target: ``Export.to_parquet`` grows the peak RSS by less than this, whatever the size.
MAX_PARQUET_GROWTH_MB = 200.0
#: Classifications simulated once; the export of N rows repeats them with fresh ids.
SAMPLE_CLASSIFICATIONS = 2000
#: Part of the cache key: bump it when the generated data changes.
RECIPE = "v1"
LOGIN, PASSWORD = "alice", "secret"
QUESTION_TASK, DRAWING_TASK = "T0", "T1"
#: The columns compared, by table, and how each is compared (id, text or number).
COMPARED: dict[str, dict[str, str]] = {
    "question": {"classification_id": "id", "subject_id": "id", "user_name": "text",
                 "task": "text", "answer": "text"},
    "drawing": {"classification_id": "id", "subject_id": "id", "task": "text",
                "tool_label": "text", "x": "number", "y": "number", "width": "number",
                "height": "number"},
}
REPO = Path(__file__).resolve().parents[1]


# -- the test data ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportFiles:
    """A classifications export of ``rows`` rows and the workflows export labelling it."""

    classifications: Path
    workflows: Path
    rows: int


def workflow_tasks() -> list[dict[str, Any]]:
    """T0 a question, T1 a drawing task (point and rectangle tools), T2 a survey."""
    return [
        question("Is there a galaxy?", ["Yes", "No"]),
        drawing("Mark the stars and the boxes", [tool("point", "Star"),
                                                 tool("rectangle", "Box")]),
        survey(["Lion", "Zebra", "Red fox"], {"How many?": ["1", "2", "3+"],
                                               "Doing what?": ["Eating", "Resting"]},
               multiple_questions=["Doing what?"]),
    ]


def default_cache() -> Path:
    return Path(tempfile.gettempdir()) / "zoo-bench-analysis"


def export_files(rows: int, *, sample: int = SAMPLE_CLASSIFICATIONS,
                 cache: Path | None = None, log: Callable[[str], None] | None = None
                 ) -> ExportFiles:
    """The test exports for ``rows`` classifications, made once and kept under ``cache``
    (keyed by size, sample and recipe): ``sample`` simulated classifications exported by an
    emulator, repeated with fresh increasing classification ids.

    >>> export_files(50_000).classifications.stat().st_size   # doctest: +SKIP
    74279850
    """
    cache = cache or default_cache()
    seed_folder = cache / f"sample-{sample}-{RECIPE}"
    seed_csv, workflows = seed_folder / "classifications.csv", seed_folder / "workflows.csv"
    if not (seed_csv.exists() and workflows.exists()):
        if log:
            log(f"simulating {sample:,} classifications in an emulator")
        seed_folder.mkdir(parents=True, exist_ok=True)
        _simulate_exports(seed_csv, workflows, sample)
    target = cache / f"{rows}-rows-from-{sample}-{RECIPE}" / "classifications.csv"
    if not target.exists():
        if log:
            log(f"writing a {rows:,}-row classifications export (kept in {target.parent})")
        target.parent.mkdir(parents=True, exist_ok=True)
        _repeat_rows(seed_csv, target, rows)
    return ExportFiles(target, workflows, rows)


def _simulate_exports(classifications: Path, workflows: Path, count: int) -> None:
    """Volunteers classify in an emulator; its two exports are downloaded through the SDK."""
    with Emulator(export_delay=0.05) as emu:
        made = emu.seed.world(LOGIN, workflow_tasks(), subjects=300, password=PASSWORD,
                              retirement="never")
        emu.simulate(made.workflow, volunteers=60, classifications=count, seed=1,
                     anonymous=0.1)
        with _signed_in(emu.url):
            project = Project(made.project.id)
            project.get_export("workflows", generate=True, wait_timeout=120).save(workflows)
            project.get_export("classifications", generate=True,
                               wait_timeout=120).save(classifications)


@contextmanager
def _signed_in(url: str) -> Iterator[Panoptes]:
    """A connection set as the default for the block (the previous default put back)."""
    previous = Panoptes._default
    client = Panoptes.connect(endpoint=url, username=LOGIN, password=PASSWORD)
    try:
        yield client
    finally:
        Panoptes._default = previous
        client.close()


def _repeat_rows(sample: Path, target: Path, rows: int) -> None:
    """``rows`` rows of ``sample`` over and over, ids 1..rows, written atomically."""
    with open(sample, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        base = list(reader)
    if not base:
        raise ValueError(f"the sample export {sample} has no rows")
    id_column = header.index("classification_id")
    partial = target.with_name(target.name + ".part")
    with open(partial, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for number in range(1, rows + 1):
            row = base[(number - 1) % len(base)]
            row[id_column] = str(number)
            writer.writerow(row)
    os.replace(partial, target)


# -- the two approaches (each run in its own interpreter) -------------------------------------


def flatten_like_data_digging(classifications: Path, workflows: Path
                              ) -> tuple[pandas.DataFrame, pandas.DataFrame]:
    """The question answers and drawing marks, as the zooniverse/Data-digging scripts get them
    (``zoomarks_csvextract.py``, ``extract_line_drawings.py``, ``csvextract.py``): the whole CSV
    read by pandas, the annotations decoded row by row, ``iterrows()`` appending a dict per
    flattened row, then a DataFrame of the list. Task ids are known to the script (``T0``,
    ``T1``); the labels are those the export writes. ``workflows`` is not needed.
    """
    import pandas as pd

    classifications_df = pd.read_csv(classifications)
    classifications_df["annotations_json"] = [json.loads(q)
                                              for q in classifications_df.annotations]
    classifications_df["subject_id"] = [str(q).split(";")[0]
                                        for q in classifications_df.subject_ids]
    answers: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    for _, c in classifications_df.iterrows():
        for annotation in c.annotations_json:
            if annotation["task"] not in (QUESTION_TASK, DRAWING_TASK):
                continue
            common = {"classification_id": c.classification_id, "subject_id": c.subject_id,
                      "user_name": c.user_name, "user_id": c.user_id,
                      "created_at": c.created_at, "workflow_id": c.workflow_id,
                      "workflow_version": c.workflow_version, "task": annotation["task"],
                      "task_label": annotation["task_label"]}
            if annotation["task"] == QUESTION_TASK:
                answers.append({**common, "answer": annotation["value"]})
            else:
                for mark in annotation["value"]:
                    marks.append({**common, "tool": mark["tool"],
                                  "tool_label": mark["tool_label"], "frame": mark["frame"],
                                  "x": mark["x"], "y": mark["y"], "width": mark.get("width"),
                                  "height": mark.get("height")})
    return pd.DataFrame(answers), pd.DataFrame(marks)


def flatten_with_zoo_sdk(classifications: Path, workflows: Path
                         ) -> tuple[pandas.DataFrame, pandas.DataFrame]:
    """``flatten_annotations`` (which also builds the survey table), then ``.to_pandas()``."""
    tables = flatten_annotations(classifications, workflows=workflows)
    return tables.question.to_pandas(), tables.drawing.to_pandas()


APPROACHES: dict[str, Callable[[Path, Path], tuple[Any, Any]]] = {
    "data-digging": flatten_like_data_digging,
    "zoo_sdk": flatten_with_zoo_sdk,
}


def comparable(frame: pandas.DataFrame, kind: str) -> pandas.DataFrame:
    """The compared columns of a ``question`` or ``drawing`` table, in one type per column
    (ids Int64, texts string, numbers float64), sorted by all of them."""
    import pandas as pd

    columns: dict[str, Any] = {}
    for name, how in COMPARED[kind].items():
        values = frame[name] if name in frame.columns else pd.Series([None] * len(frame))
        values = values.reset_index(drop=True)
        if how == "id":
            columns[name] = pd.to_numeric(values).astype("Int64")
        elif how == "number":
            columns[name] = pd.to_numeric(values).astype("float64")
        else:
            columns[name] = values.astype("string")
    out = pd.DataFrame(columns)
    return out.sort_values(list(out.columns), kind="mergesort").reset_index(drop=True)


def differences(left: pandas.DataFrame, right: pandas.DataFrame, kind: str) -> str | None:
    """None when two comparable tables hold the same values, else the first difference."""
    if len(left) != len(right):
        return f"{kind}: {len(left):,} rows vs {len(right):,}"
    for name in COMPARED[kind]:
        a, b = left[name], right[name]
        same = (a == b).fillna(False).astype(bool) | (a.isna() & b.isna())
        if not same.all():
            at = int((~same).to_numpy().argmax())
            return (f"{kind}.{name}: {int((~same).sum()):,} rows differ, first at sorted row "
                    f"{at:,}: {a.iloc[at]!r} vs {b.iloc[at]!r}")
    return None


def run_child_flatten(approach: str, classifications: Path, workflows: Path,
                      out: Path) -> dict[str, Any]:
    """In the child: flatten, time it, read the peak RSS, then write the comparable tables."""
    flatten = APPROACHES[approach]
    start_mb = _current_rss_mb()
    started = time.perf_counter()
    answers, marks = flatten(classifications, workflows)
    seconds = time.perf_counter() - started
    peak_mb = _peak_rss_mb()
    for kind, frame in (("question", answers), ("drawing", marks)):
        comparable(frame, kind).to_parquet(out / f"{approach}-{kind}.parquet")
    return {"seconds": seconds, "peak_mb": peak_mb, "start_mb": start_mb,
            "rows": {"question": len(answers), "drawing": len(marks)}}


def run_child_parquet(url: str, project_id: str, out: Path) -> dict[str, Any]:
    """In the child: open the project's classification export, then ``to_parquet`` it,
    reading the RSS just before and the peak after. The libraries ``to_parquet`` uses are
    loaded before the first reading (they cost the same whatever the size)."""
    import orjson  # noqa: F401
    import pyarrow.csv
    import pyarrow.parquet  # noqa: F401

    with _signed_in(url):
        export = Project(project_id).get_export("classifications", generate=True,
                                                wait_timeout=600)
        before_mb = _current_rss_mb()
        started = time.perf_counter()
        written = export.to_parquet(out)
        seconds = time.perf_counter() - started
        peak_mb = _peak_rss_mb()
    return {"seconds": seconds, "before_mb": before_mb, "peak_mb": peak_mb, "rows": written}


def _peak_rss_mb() -> float:
    """This process's peak RSS: Linux's VmHWM (``ru_maxrss`` would report the parent's peak
    when it was higher: a child started with vfork inherits it at exec)."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def _current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as handle:
            resident = int(handle.read().split()[1])
    except (OSError, IndexError, ValueError):
        return _peak_rss_mb()
    return resident * os.sysconf("SC_PAGE_SIZE") / (1 << 20)


def _child(*args: str) -> dict[str, Any]:
    """Run ``python -m benchmarks.analysis --approach ...`` in a fresh interpreter; its
    report (the last line it prints, JSON)."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.analysis", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=4 * 3600)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child {' '.join(args[:2])} failed "
                           f"(exit {done.returncode}):\n{done.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


# -- row 4: flattening ------------------------------------------------------------------------


def run_flatten(files: ExportFiles, repeats: int = 1,
                log: Callable[[str], None] | None = None) -> Row:
    """Both approaches ``repeats`` times each, interleaved, each in a fresh interpreter
    (medians reported); then their tables compared."""
    import pandas as pd

    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in APPROACHES}
    with tempfile.TemporaryDirectory(prefix="zoo-bench-analysis-") as scratch:
        for number in range(repeats):
            for approach in APPROACHES:
                if log:
                    log(f"flattening {files.rows:,} rows with {approach} "
                        f"(run {number + 1} of {repeats})")
                runs[approach].append(_child(
                    "--approach", approach, "--classifications", str(files.classifications),
                    "--workflows", str(files.workflows), "--out", scratch))
        found = [differences(pd.read_parquet(Path(scratch) / f"data-digging-{kind}.parquet"),
                             pd.read_parquet(Path(scratch) / f"zoo_sdk-{kind}.parquet"), kind)
                 for kind in COMPARED]
    problems = [text for text in found if text]
    peer, zoo = runs["data-digging"], runs["zoo_sdk"]
    peer_s, zoo_s = _median(peer, "seconds"), _median(zoo, "seconds")
    peer_mb, zoo_mb = _median(peer, "peak_mb"), _median(zoo, "peak_mb")
    counts = zoo[-1]["rows"]
    runs_text = "1 run each" if repeats == 1 else f"median of {repeats} runs"
    row = Row("4", f"Flatten {files.rows:,} classifications to DataFrames ({runs_text}; "
              "peer = Data-digging pandas scripts)", peer_s, None, zoo_s, None)
    same = not problems
    speedup, fraction = peer_s / zoo_s, zoo_mb / peer_mb
    suffix = "" if same else " (tables differ)"
    row.checks += [
        Check(f"zoo >= {MIN_SPEEDUP:g}x faster", f"{speedup:.1f}x{suffix}",
              same and speedup >= MIN_SPEEDUP),
        Check(f"zoo peak RSS <= {MAX_MEMORY_FRACTION:g}x peer",
              f"{zoo_mb:,.0f} MB vs {peer_mb:,.0f} MB ({fraction:.2f}x){suffix}",
              same and fraction <= MAX_MEMORY_FRACTION),
        Check("same question + drawing tables",
              f"{counts['question']:,} + {counts['drawing']:,} rows equal" if same
              else "; ".join(problems), same),
    ]
    row.note = (f"row 4: RSS at start (interpreter + imports) {peer[-1]['start_mb']:,.0f} MB "
                f"peer, {zoo[-1]['start_mb']:,.0f} MB zoo; zoo_sdk also builds the survey "
                "table, which the peer does not")
    return row


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(run[key] for run in runs))


# -- rows 5a/5b: streaming an export into Parquet ---------------------------------------------


class SyntheticExportServer:
    """An emulator in its own process whose classification exports stream ``rows`` generated
    rows, with one project owned by ``LOGIN``; ``violations`` (contract findings, when
    validation is on) are read when it stops."""

    def __init__(self, rows: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve_exports, args=(child, rows), daemon=True)
        self._process.start()
        self.url, self.project_id = self._conn.recv()
        self.violations: list[str] = []

    def __enter__(self) -> SyntheticExportServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.send("stop")
        self.violations = self._conn.recv()
        self._process.join(timeout=15)


def _serve_exports(conn: Connection, rows: int) -> None:
    with Emulator(synthetic_export_rows=rows, export_delay=0) as emu:
        made = emu.seed.world(LOGIN, subjects=1, password=PASSWORD)
        conn.send((emu.url, made.project.id))
        conn.recv()
        conn.send([str(v) for v in emu.contract_violations])


def run_parquet(sizes: tuple[int, ...], log: Callable[[str], None] | None = None) -> list[Row]:
    """One row per size: ``Export.to_parquet`` of a synthetic export of that many rows."""
    rows: list[Row] = []
    growths: list[float] = []
    for index, size in enumerate(sizes):
        if log:
            log(f"streaming a {size:,}-row export into Parquet")
        with tempfile.TemporaryDirectory(prefix="zoo-bench-parquet-") as scratch, \
                SyntheticExportServer(size) as server:
            got = _child("--approach", "parquet", "--url", server.url, "--project",
                         str(server.project_id), "--out", str(Path(scratch) / "cls.parquet"))
        growth = got["peak_mb"] - got["before_mb"]
        growths.append(growth)
        row = Row(f"5{chr(ord('a') + index)}", f"Export.to_parquet: {size:,}-row export "
                  "streamed from the emulator", None, None, got["seconds"], None)
        row.checks += [
            Check(f"peak RSS growth < {MAX_PARQUET_GROWTH_MB:g} MB",
                  f"+{growth:,.0f} MB ({got['before_mb']:,.0f} -> {got['peak_mb']:,.0f} MB)",
                  growth < MAX_PARQUET_GROWTH_MB),
            Check(f"{size:,} rows written", f"{got['rows']:,}", got["rows"] == size),
        ]
        if server.violations:
            row.checks.append(Check("emulator traffic within the spec",
                                    "; ".join(server.violations[:3]), False))
        if index:
            row.checks.append(Check("(informational)", f"growth {growth - growths[0]:+,.0f} MB "
                                    f"vs {sizes[0]:,} rows", None))
        rows.append(row)
    return rows


# -- all rows ---------------------------------------------------------------------------------


def parquet_sizes(rows: int) -> tuple[int, int]:
    """The two export sizes of rows 5a/5b: a fifth of ``rows``, and ``rows``."""
    return max(1, rows // 5), rows


def run_analysis(rows: int, *, repeats: int = 1, sample: int = SAMPLE_CLASSIFICATIONS,
                 cache: Path | None = None, log: Callable[[str], None] | None = None
                 ) -> list[Row]:
    """Rows 4, 5a and 5b for an export of ``rows`` classifications."""
    files = export_files(rows, sample=sample, cache=cache, log=log)
    return [run_flatten(files, repeats, log), *run_parquet(parquet_sizes(rows), log)]


def environment(rows: int, repeats: int = 1) -> dict[str, str]:
    """What the analysis rows measure, for the report's header."""
    runs = "once each" if repeats == 1 else f"{repeats} times each (medians)"
    return {
        "analysis": f"{rows:,}-row classifications export (question, drawing, survey; "
        f"{SAMPLE_CLASSIFICATIONS:,} simulated rows repeated), each approach {runs} in a fresh "
        "interpreter reporting its own time and peak RSS (VmHWM)",
        "parquet": f"synthetic exports of {' and '.join(f'{n:,}' for n in parquet_sizes(rows))}"
        " rows from an emulator in its own process; growth = peak - RSS before to_parquet",
    }


def _progress(message: str) -> None:
    print(f"... {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.analysis", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=ANALYSIS_ROWS,
                        help="classifications in the export (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=1,
                        help="runs per approach, median reported (default: %(default)s)")
    parser.add_argument("--sample", type=int, default=SAMPLE_CLASSIFICATIONS,
                        help="classifications simulated, then repeated (default: %(default)s)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="where the generated exports are kept (default: a temp folder)")
    parser.add_argument("--json", type=Path, default=None, help="also write the report as JSON")
    child = parser.add_argument_group("one measurement, in a fresh interpreter (internal)")
    child.add_argument("--approach", choices=[*APPROACHES, "parquet"], default=None)
    child.add_argument("--classifications", type=Path)
    child.add_argument("--workflows", type=Path)
    child.add_argument("--url")
    child.add_argument("--project")
    child.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    if args.approach == "parquet":
        print(json.dumps(run_child_parquet(args.url, args.project, args.out)))
        return 0
    if args.approach is not None:
        print(json.dumps(run_child_flatten(args.approach, args.classifications, args.workflows,
                                           args.out)))
        return 0
    clear_panoptes_env()
    started = time.perf_counter()
    report = Report(environment(args.rows, args.repeats),
                    title="zoo_sdk analysis layer vs the Data-digging scripts' approach")
    report.rows = run_analysis(args.rows, repeats=args.repeats, sample=args.sample,
                               cache=args.cache, log=_progress)
    report.notes += [row.note for row in report.rows if row.note]
    report.notes.append(f"whole run took {time.perf_counter() - started:.0f} s")
    print(report.render())
    if args.json is not None:
        args.json.write_text(report.to_json() + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
