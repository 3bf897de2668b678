"""``zoo subject ls|info|delete|update-metadata``."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from zoo_sdk.cli._context import (
    Context,
    Groups,
    UsageError,
    add_command,
    add_force,
    add_group,
    add_ids,
    add_quiet,
    confirm,
    object_id,
    status,
)
from zoo_sdk.cli._transfer import ProgressLine
from zoo_sdk.errors import NotFoundError, ZooError
from zoo_sdk.panoptes.links import batches
from zoo_sdk.panoptes.subject import Subject

DETAILS = ("id", "locations", "metadata", "links", "created_at", "updated_at")


def register(groups: Groups) -> None:
    commands = add_group(groups, "subject", "subjects")

    parser = add_command(commands, "ls", ls, "list subjects, one per line")
    add_ids(parser, "subject_ids", "these subjects", nargs="*")
    parser.add_argument("-s", "--subject-set-id", type=object_id, help="the subjects of a set")
    parser.add_argument("--project-id", type=object_id, help="the subjects of a project")
    add_quiet(parser, "subject ids")

    parser = add_command(commands, "info", info, "show a subject")
    parser.add_argument("subject_id", type=object_id)

    parser = add_command(commands, "delete", delete, "delete subjects", auth=True)
    add_ids(parser, "subject_ids", "the subjects to delete")
    add_force(parser)

    parser = add_command(
        commands,
        "update-metadata",
        update_metadata,
        "set metadata: SUBJECT_ID KEY=VALUE..., or a CSV file with a subject_id column",
        auth=True,
    )
    parser.add_argument(
        "target", metavar="SUBJECT_ID|METADATA_FILE", help="a subject id, or a CSV file"
    )
    parser.add_argument("fields", nargs="*", metavar="KEY=VALUE")
    parser.add_argument(
        "-r", "--replace", action="store_true", help="drop the fields not given (not merge)"
    )


def line(subject: Subject) -> str:
    media = " ".join(url for location in subject.locations or [] for url in location.values())
    return f"{subject.id}\t{media}"


def ls(ctx: Context, args: argparse.Namespace) -> int:
    if args.subject_ids and (args.subject_set_id or args.project_id):
        raise UsageError("give SUBJECT_IDS or a filter (--subject-set-id, --project-id), not both")
    if not (args.subject_ids or args.subject_set_id or args.project_id):
        raise UsageError("give SUBJECT_IDS, --subject-set-id or --project-id")
    if args.subject_ids:
        return _ls_ids(ctx, args)
    filters = {"subject_set_id": args.subject_set_id, "project_id": args.project_id}
    found = Subject.where(**{k: v for k, v in filters.items() if v})
    if args.quiet:
        ctx.emit_ids(subject.id for subject in found)
        return 0
    for subject in found:
        ctx.emit(subject.raw, line(subject))
    return 0


def _ls_ids(ctx: Context, args: argparse.Namespace) -> int:
    """The given subjects, in the given order (100 per request); NotFoundError for the missing."""
    wanted = list(dict.fromkeys(args.subject_ids))
    by_id: dict[str, Subject] = {}
    for batch in batches(wanted):
        for subject in Subject.where(id=",".join(batch)):
            by_id[str(subject.id)] = subject
    present = [by_id[i] for i in wanted if i in by_id]
    if args.quiet:
        ctx.emit_ids(subject.id for subject in present)
    else:
        for subject in present:
            ctx.emit(subject.raw, line(subject))
    missing = [i for i in wanted if i not in by_id]
    if missing:
        raise NotFoundError(f"no subject {', '.join(missing)}", status=404)
    return 0


def info(ctx: Context, args: argparse.Namespace) -> int:
    ctx.emit_details(Subject.find(args.subject_id).raw, DETAILS)
    return 0


def delete(ctx: Context, args: argparse.Namespace) -> int:
    confirm(args, f"Delete subject(s) {', '.join(args.subject_ids)}?")
    for subject_id in args.subject_ids:
        Subject(subject_id).delete()
        ctx.emit({"deleted": subject_id}, f"Deleted subject {subject_id}")
    return 0


def update_metadata(ctx: Context, args: argparse.Namespace) -> int:
    if not args.fields:
        return _update_from_csv(ctx, Path(args.target), args.replace)
    subject_id = args.target
    if not subject_id.isdigit():
        raise UsageError(f"not a subject id: {subject_id!r} (KEY=VALUE fields go with an id)")
    updates: dict[str, str] = {}
    for field in args.fields:
        key, sep, value = field.partition("=")
        if not sep or not key:
            raise UsageError(f"expected KEY=VALUE, got {field!r}")
        updates[key] = value
    subject = Subject.find(subject_id)
    _apply(subject, updates, args.replace)
    ctx.emit(subject.raw, line(subject))
    return 0


def read_metadata_csv(path: Path) -> list[tuple[str, dict[str, str]]]:
    """panoptescli's bulk file: a ``subject_id`` column, every other column a metadata key.
    Checked whole before any request."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None or "subject_id" not in reader.fieldnames:
                raise UsageError(f"{path} has no subject_id column")
            rows: list[tuple[str, dict[str, str]]] = []
            for row in reader:
                subject_id = (row.pop("subject_id") or "").strip()
                if not subject_id.isdigit():
                    raise UsageError(f"{path}, line {reader.line_num}: not a subject id: "
                                     f"{subject_id!r}")
                extra = row.pop(None, None)
                if extra:
                    raise UsageError(f"{path}, line {reader.line_num}: more cells than columns")
                rows.append((subject_id, {k: v or "" for k, v in row.items() if k}))
    except FileNotFoundError:
        raise UsageError(
            f"{path}: no such file (give SUBJECT_ID KEY=VALUE..., or a CSV file with a "
            "subject_id column)"
        ) from None
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (csv.Error, UnicodeDecodeError) as exc:
        raise UsageError(f"{path} is not a UTF-8 CSV file: {exc}") from None
    if not rows:
        raise UsageError(f"{path} has no rows")
    return rows


def _update_from_csv(ctx: Context, path: Path, replace: bool) -> int:
    """One GET and at most one PUT per row; a row that fails is reported and the rest go on."""
    rows = read_metadata_csv(path)
    progress = ProgressLine()
    failed = 0
    for done, (subject_id, updates) in enumerate(rows, start=1):
        try:
            subject = Subject.find(subject_id)
            _apply(subject, updates, replace)
        except ZooError as exc:
            failed += 1
            status(f"zoo: error: subject {subject_id}: {exc}")
        else:
            ctx.emit({"id": subject_id, "metadata": subject.metadata}, f"Updated {subject_id}")
        progress.show(f"{done}/{len(rows)} subjects ({failed} failed)", final=done == len(rows))
    if failed:
        raise ZooError(f"{failed} of {len(rows)} subjects were not updated")
    return 0


def _apply(subject: Subject, updates: dict[str, str], replace: bool) -> None:
    metadata = dict(updates) if replace else {**(subject.metadata or {}), **updates}
    if metadata != subject.metadata:
        subject.metadata = metadata
        subject.save()
