"""``zoo subject-set ls|info|create|modify|upload-subjects|add-subjects|remove-subjects|delete|
download-classifications|download-media``."""

from __future__ import annotations

import argparse
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
    list_found,
    object_id,
    read_id_file,
    status,
)
from zoo_sdk.cli._manifest import column_number, read_manifests
from zoo_sdk.cli._transfer import ProgressLine, add_export_options, download_export, upload_line
from zoo_sdk.panoptes.media_download import (
    MediaProgress,
    OutputFolderError,
    check_output_folder,
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
    parser.add_argument("subject_set_id", nargs="?", type=object_id, help="one subject set")
    parser.add_argument("-p", "--project-id", type=object_id, help="the sets of a project")
    parser.add_argument("-w", "--workflow-id", type=object_id, help="the sets of a workflow")
    add_quiet(parser, "subject set ids")

    parser = add_command(commands, "info", info, "show a subject set")
    parser.add_argument("subject_set_id", type=object_id)

    parser = add_command(commands, "create", create, "create a subject set", auth=True)
    parser.add_argument("project_id", type=object_id)
    parser.add_argument("display_name")
    add_quiet(parser, "the new subject set's id")

    parser = add_command(commands, "modify", modify, "rename a subject set", auth=True)
    parser.add_argument("subject_set_id", type=object_id)
    parser.add_argument("-n", "--display-name", required=True)

    parser = add_command(
        commands,
        "upload-subjects",
        upload_subjects,
        "create subjects from CSV manifests (resumable)",
        auth=True,
    )
    parser.add_argument("subject_set_id", type=object_id)
    parser.add_argument(
        "manifests",
        nargs="+",
        type=Path,
        metavar="MANIFEST_FILE",
        help="CSV: every column is metadata; %%name columns become the set's indexFields",
    )
    parser.add_argument(
        "-f",
        "--file-column",
        action="append",
        dest="file_columns",
        metavar="COLUMN",
        help="a column (number from 1, or name) naming media files relative to the manifest "
        "(repeatable; default: every column naming an existing file)",
    )
    parser.add_argument(
        "-r",
        "--remote-location",
        action="append",
        dest="remote_locations",
        type=column_number,
        default=[],
        metavar="N",
        help="a column (number from 1) holding media URLs (repeatable)",
    )
    parser.add_argument(
        "-m",
        "--mime-type",
        action="append",
        dest="mime_types",
        metavar="TYPE",
        help="the MIME type of the remote locations: one for all, or one per -r in order "
        "(default: image/png)",
    )
    parser.add_argument(
        "-M",
        "--allow-missing",
        action="store_true",
        help="leave out missing or unacceptable files, and rows left without media",
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
        add_ids(parser, "subject_ids", "subject ids", nargs="*")
        parser.add_argument(
            "-f", "--id-file", metavar="FILE", help="subject ids, one per line (-: stdin)"
        )

    parser = add_command(commands, "delete", delete, "delete subject sets", auth=True)
    add_ids(parser, "subject_set_ids", "the subject sets to delete")
    add_force(parser)

    parser = add_command(
        commands,
        "download-classifications",
        download_classifications,
        "download the classifications export as CSV",
        auth=True,
    )
    parser.add_argument("subject_set_id", type=object_id)
    add_export_options(parser)

    parser = add_command(
        commands,
        "download-media",
        download_media,
        "download every subject's media files into a folder (resumable)",
    )
    parser.add_argument("subject_set_id", type=object_id)
    parser.add_argument(
        "output",
        metavar="OUTPUT_DIR",
        help="the folder (created if missing): {subject_id}_{location_index}.{ext} files and "
        "manifest.jsonl",
    )
    parser.add_argument("--concurrency", type=int, default=8, help="downloads in flight (8)")
    parser.add_argument(
        "--no-resume",
        dest="resume",
        action="store_false",
        help="download every file again (default: skip complete files, continue cut ones)",
    )


def line(subject_set: SubjectSet) -> str:
    return f"{subject_set.id}\t{subject_set.display_name}"


def ls(ctx: Context, args: argparse.Namespace) -> int:
    if not (args.subject_set_id or args.project_id or args.workflow_id):
        raise UsageError("give a SUBJECT_SET_ID, --project-id or --workflow-id")
    filters = {"id": args.subject_set_id, "project_id": args.project_id,
               "workflow_id": args.workflow_id}
    return list_found(ctx, SubjectSet, args.subject_set_id, filters, line, args.quiet)


def info(ctx: Context, args: argparse.Namespace) -> int:
    ctx.emit_details(SubjectSet.find(args.subject_set_id).raw, DETAILS)
    return 0


def create(ctx: Context, args: argparse.Namespace) -> int:
    subject_set = SubjectSet()
    subject_set.display_name = args.display_name
    subject_set.links.project = args.project_id
    subject_set.save()
    if args.quiet:
        ctx.out(str(subject_set.id))
        return 0
    ctx.emit(subject_set.raw, line(subject_set))
    return 0


def modify(ctx: Context, args: argparse.Namespace) -> int:
    subject_set = SubjectSet(args.subject_set_id)
    subject_set.display_name = args.display_name
    subject_set.save()
    ctx.emit(subject_set.raw, line(subject_set))
    return 0


def upload_subjects(ctx: Context, args: argparse.Namespace) -> int:
    """Check every manifest and file, then upload; the journal makes a second run resume, not
    duplicate. ``%`` columns set the subject set's ``indexFields`` first (as panoptescli)."""
    for manifest in args.manifests:
        if manifest.suffix.lower() in (".yaml", ".yml"):
            raise UsageError(
                f"{manifest} looks like a panoptescli upload state file: zoo resumes from its "
                "journal instead (run the same upload-subjects command again)"
            )
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    manifests = read_manifests(
        args.manifests,
        args.file_columns,
        args.remote_locations,
        args.mime_types,
        args.allow_missing,
    )
    for note in manifests.skipped:
        status(f"left out: {note}")
    first = args.manifests[0]
    journal = args.journal or first.with_name(first.name + ".journal.jsonl")
    subject_set = SubjectSet(args.subject_set_id)
    if manifests.index_fields:
        metadata = dict(subject_set.metadata or {})
        if metadata.get("indexFields") != manifests.index_fields:
            metadata["indexFields"] = manifests.index_fields
            subject_set.metadata = metadata
            subject_set.save()
    progress = ProgressLine()
    result = subject_set.upload(
        manifests.items,
        concurrency=args.concurrency,
        progress=upload_line(progress),
        journal=journal,
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


def subject_ids(args: argparse.Namespace) -> list[str]:
    """The ids given and those of ``--id-file``, in order, without repeats (checked first)."""
    ids = list(args.subject_ids)
    if args.id_file:
        ids += read_id_file(args.id_file)
    if not ids:
        raise UsageError("give SUBJECT_IDS or --id-file")
    return list(dict.fromkeys(ids))


def add_subjects(ctx: Context, args: argparse.Namespace) -> int:
    ids = subject_ids(args)
    SubjectSet(args.subject_set_id).add(ids)
    ctx.emit(
        {"subject_set": args.subject_set_id, "added": ids},
        f"Linked {len(ids)} subject(s) to subject set {args.subject_set_id}",
    )
    return 0


def remove_subjects(ctx: Context, args: argparse.Namespace) -> int:
    ids = subject_ids(args)
    SubjectSet(args.subject_set_id).remove(ids)
    ctx.emit(
        {"subject_set": args.subject_set_id, "removed": ids},
        f"Unlinked {len(ids)} subject(s) from subject set {args.subject_set_id}",
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


def download_media(ctx: Context, args: argparse.Namespace) -> int:
    """Progress on stderr, failed files on stderr, a one-line summary; exit 1 if any failed."""
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    try:
        check_output_folder(args.output)
    except OutputFolderError as exc:
        raise UsageError(str(exc)) from None
    subject_set = SubjectSet.find(args.subject_set_id)
    line = ProgressLine()
    latest: list[MediaProgress] = []

    def progress(counts: MediaProgress) -> None:
        latest[:] = [counts]
        line.show(str(counts))

    result = subject_set.download_media(
        args.output, concurrency=args.concurrency, resume=args.resume, progress=progress
    )
    if latest:
        line.show(str(latest[0]), final=True)
    for failure in result.failed:
        status(f"failed: subject {failure.subject_id} location {failure.location_index} "
               f"({failure.path or 'no file'}): {failure.error}")
    ctx.emit(
        {"subject_set": args.subject_set_id, "folder": result.folder,
         "manifest": result.manifest, "downloaded": len(result.downloaded),
         "skipped": len(result.skipped), "failed": len(result.failed), "bytes": result.bytes},
        f"subject set {args.subject_set_id}: {result}",
    )
    return 1 if result.failed else 0
