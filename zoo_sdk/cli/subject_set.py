"""``zoo subject-set ls|info|create|modify|upload-subjects|add-subjects|remove-subjects|delete|
download-classifications``."""

from __future__ import annotations

import argparse
from pathlib import Path

from zoo_sdk.cli._context import (
    Context,
    Groups,
    UsageError,
    add_command,
    add_group,
    add_ids,
    confirm,
    object_id,
)
from zoo_sdk.cli._transfer import (
    ProgressLine,
    add_export_options,
    download_export,
    read_manifest,
    upload_line,
)
from zoo_sdk.panoptes.subject_set import SubjectSet

DETAILS = (
    "id",
    "display_name",
    "set_member_subjects_count",
    "metadata",
    "links",
    "created_at",
    "updated_at",
)


def register(groups: Groups) -> None:
    commands = add_group(groups, "subject-set", "subject sets")

    parser = add_command(commands, "ls", ls, "list subject sets, one per line")
    parser.add_argument("--project-id", type=object_id)
    parser.add_argument("--workflow-id", type=object_id)

    parser = add_command(commands, "info", info, "show a subject set")
    parser.add_argument("subject_set_id", type=object_id)

    parser = add_command(commands, "create", create, "create a subject set", auth=True)
    parser.add_argument("project_id", type=object_id)
    parser.add_argument("display_name")

    parser = add_command(commands, "modify", modify, "rename a subject set", auth=True)
    parser.add_argument("subject_set_id", type=object_id)
    parser.add_argument("--display-name", required=True)

    parser = add_command(
        commands,
        "upload-subjects",
        upload_subjects,
        "create subjects from a CSV manifest (resumable)",
        auth=True,
    )
    parser.add_argument("subject_set_id", type=object_id)
    parser.add_argument("manifest", type=Path, help="CSV: file column(s), the rest is metadata")
    parser.add_argument(
        "--file-column",
        action="append",
        dest="file_columns",
        metavar="COLUMN",
        help="a column naming media files, relative to the manifest (repeatable; default: "
        "the first column naming an existing file)",
    )
    parser.add_argument("--concurrency", type=int, default=8, help="uploads in flight (8)")
    parser.add_argument(
        "--journal", type=Path, help="progress record for resuming (<manifest>.journal.jsonl)"
    )

    for name, handler, verb in (
        ("add-subjects", add_subjects, "link subjects to"),
        ("remove-subjects", remove_subjects, "unlink subjects from"),
    ):
        parser = add_command(commands, name, handler, f"{verb} a subject set", auth=True)
        parser.add_argument("subject_set_id", type=object_id)
        add_ids(parser, "subject_ids", "subject ids")

    parser = add_command(commands, "delete", delete, "delete subject sets", auth=True)
    add_ids(parser, "subject_set_ids", "the subject sets to delete")
    parser.add_argument("--force", action="store_true", help="do not ask for confirmation")

    parser = add_command(
        commands,
        "download-classifications",
        download_classifications,
        "download the classifications export as CSV",
        auth=True,
    )
    parser.add_argument("subject_set_id", type=object_id)
    add_export_options(parser)


def line(subject_set: SubjectSet) -> str:
    return f"{subject_set.id}\t{subject_set.display_name}"


def ls(ctx: Context, args: argparse.Namespace) -> int:
    if not (args.project_id or args.workflow_id):
        raise UsageError("give --project-id or --workflow-id")
    filters = {"project_id": args.project_id, "workflow_id": args.workflow_id}
    for subject_set in SubjectSet.where(**{k: v for k, v in filters.items() if v}):
        ctx.emit(subject_set.raw, line(subject_set))
    return 0


def info(ctx: Context, args: argparse.Namespace) -> int:
    ctx.emit_details(SubjectSet.find(args.subject_set_id).raw, DETAILS)
    return 0


def create(ctx: Context, args: argparse.Namespace) -> int:
    subject_set = SubjectSet()
    subject_set.display_name = args.display_name
    subject_set.links.project = args.project_id
    subject_set.save()
    ctx.emit(subject_set.raw, line(subject_set))
    return 0


def modify(ctx: Context, args: argparse.Namespace) -> int:
    subject_set = SubjectSet(args.subject_set_id)
    subject_set.display_name = args.display_name
    subject_set.save()
    ctx.emit(subject_set.raw, line(subject_set))
    return 0


def upload_subjects(ctx: Context, args: argparse.Namespace) -> int:
    """Check every file, then upload; the journal makes a second run resume, not duplicate."""
    items = read_manifest(args.manifest, args.file_columns)
    journal = args.journal or args.manifest.with_name(args.manifest.name + ".journal.jsonl")
    progress = ProgressLine()
    result = SubjectSet(args.subject_set_id).upload(
        items, concurrency=args.concurrency, progress=upload_line(progress), journal=journal
    )
    if result.progress is not None:
        progress.show(str(result.progress), final=True)
    done = result.progress.skipped if result.progress else 0
    ctx.emit(
        {"subject_set": args.subject_set_id, "subjects": result.subjects, "journal": str(journal)},
        f"{len(result.subjects)} subjects in subject set {args.subject_set_id} "
        f"({len(result.subjects) - done} new, {done} from an earlier run)",
    )
    return 0


def add_subjects(ctx: Context, args: argparse.Namespace) -> int:
    SubjectSet(args.subject_set_id).add(args.subject_ids)
    ctx.emit(
        {"subject_set": args.subject_set_id, "added": args.subject_ids},
        f"Linked {len(args.subject_ids)} subject(s) to subject set {args.subject_set_id}",
    )
    return 0


def remove_subjects(ctx: Context, args: argparse.Namespace) -> int:
    SubjectSet(args.subject_set_id).remove(args.subject_ids)
    ctx.emit(
        {"subject_set": args.subject_set_id, "removed": args.subject_ids},
        f"Unlinked {len(args.subject_ids)} subject(s) from subject set {args.subject_set_id}",
    )
    return 0


def delete(ctx: Context, args: argparse.Namespace) -> int:
    confirm(args, f"Delete subject set(s) {', '.join(args.subject_set_ids)}?")
    for subject_set_id in args.subject_set_ids:
        SubjectSet(subject_set_id).delete()
        ctx.emit({"deleted": subject_set_id}, f"Deleted subject set {subject_set_id}")
    return 0


def download_classifications(ctx: Context, args: argparse.Namespace) -> int:
    return download_export(ctx, SubjectSet(args.subject_set_id), "classifications", args)
