"""``zoo subject ls|info|delete|update-metadata``."""

from __future__ import annotations

import argparse

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
from zoo_sdk.panoptes.subject import Subject

DETAILS = ("id", "locations", "metadata", "links", "created_at", "updated_at")


def register(groups: Groups) -> None:
    commands = add_group(groups, "subject", "subjects")

    parser = add_command(commands, "ls", ls, "list subjects, one per line")
    parser.add_argument("--subject-set-id", type=object_id)
    parser.add_argument("--project-id", type=object_id)

    parser = add_command(commands, "info", info, "show a subject")
    parser.add_argument("subject_id", type=object_id)

    parser = add_command(commands, "delete", delete, "delete subjects", auth=True)
    add_ids(parser, "subject_ids", "the subjects to delete")
    parser.add_argument("--force", action="store_true", help="do not ask for confirmation")

    parser = add_command(
        commands, "update-metadata", update_metadata, "set metadata fields", auth=True
    )
    parser.add_argument("subject_id", type=object_id)
    parser.add_argument("fields", nargs="+", metavar="KEY=VALUE")
    parser.add_argument("--replace", action="store_true", help="drop the fields not given")


def line(subject: Subject) -> str:
    media = " ".join(url for location in subject.locations or [] for url in location.values())
    return f"{subject.id}\t{media}"


def ls(ctx: Context, args: argparse.Namespace) -> int:
    if not (args.subject_set_id or args.project_id):
        raise UsageError("give --subject-set-id or --project-id")
    filters = {"subject_set_id": args.subject_set_id, "project_id": args.project_id}
    for subject in Subject.where(**{k: v for k, v in filters.items() if v}):
        ctx.emit(subject.raw, line(subject))
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
    updates: dict[str, str] = {}
    for field in args.fields:
        key, sep, value = field.partition("=")
        if not sep or not key:
            raise UsageError(f"expected KEY=VALUE, got {field!r}")
        updates[key] = value
    subject = Subject.find(args.subject_id)
    subject.metadata = updates if args.replace else {**(subject.metadata or {}), **updates}
    subject.save()
    ctx.emit(subject.raw, line(subject))
    return 0
