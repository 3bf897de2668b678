"""``zoo workflow ls|info|retire-subjects|unretire-subjects|add-subject-sets|
remove-subject-sets|activate|deactivate|download-classifications|delete``."""

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
from zoo_sdk.cli._transfer import add_export_options, download_export
from zoo_sdk.panoptes.workflow import RETIREMENT_REASONS, Workflow

DETAILS = (
    "id",
    "display_name",
    "active",
    "subjects_count",
    "retired_set_member_subjects_count",
    "classifications_count",
    "links",
    "created_at",
    "updated_at",
)


def register(groups: Groups) -> None:
    commands = add_group(groups, "workflow", "workflows")

    parser = add_command(commands, "ls", ls, "list workflows, one per line")
    parser.add_argument("--project-id", type=object_id)
    parser.add_argument("--subject-set-id", type=object_id)

    parser = add_command(commands, "info", info, "show a workflow")
    parser.add_argument("workflow_id", type=object_id)

    parser = add_command(commands, "retire-subjects", retire_subjects, "retire subjects", auth=True)
    parser.add_argument("workflow_id", type=object_id)
    add_ids(parser, "subject_ids", "subject ids")
    parser.add_argument("--reason", choices=sorted(RETIREMENT_REASONS), default="other")

    parser = add_command(
        commands, "unretire-subjects", unretire_subjects, "un-retire subjects", auth=True
    )
    parser.add_argument("workflow_id", type=object_id)
    add_ids(parser, "subject_ids", "subject ids")

    for name, handler, verb in (
        ("add-subject-sets", add_subject_sets, "link subject sets to"),
        ("remove-subject-sets", remove_subject_sets, "unlink subject sets from"),
    ):
        parser = add_command(commands, name, handler, f"{verb} a workflow", auth=True)
        parser.add_argument("workflow_id", type=object_id)
        add_ids(parser, "subject_set_ids", "subject set ids")

    for name, active in (("activate", True), ("deactivate", False)):
        parser = add_command(commands, name, set_active, f"{name} a workflow", auth=True)
        parser.add_argument("workflow_id", type=object_id)
        parser.set_defaults(active=active)

    parser = add_command(
        commands,
        "download-classifications",
        download_classifications,
        "download the classifications export as CSV",
        auth=True,
    )
    parser.add_argument("workflow_id", type=object_id)
    add_export_options(parser)

    parser = add_command(commands, "delete", delete, "delete workflows", auth=True)
    add_ids(parser, "workflow_ids", "the workflows to delete")
    parser.add_argument("--force", action="store_true", help="do not ask for confirmation")


def line(workflow: Workflow) -> str:
    state = "active" if workflow.active else "inactive"
    return f"{workflow.id}\t{state}\t{workflow.display_name}"


def ls(ctx: Context, args: argparse.Namespace) -> int:
    if not (args.project_id or args.subject_set_id):
        raise UsageError("give --project-id or --subject-set-id")
    filters = {"project_id": args.project_id, "subject_set_id": args.subject_set_id}
    for workflow in Workflow.where(**{k: v for k, v in filters.items() if v}):
        ctx.emit(workflow.raw, line(workflow))
    return 0


def info(ctx: Context, args: argparse.Namespace) -> int:
    ctx.emit_details(Workflow.find(args.workflow_id).raw, DETAILS)
    return 0


def retire_subjects(ctx: Context, args: argparse.Namespace) -> int:
    Workflow(args.workflow_id).retire_subjects(args.subject_ids, reason=args.reason)
    ctx.emit(
        {"workflow": args.workflow_id, "retired": args.subject_ids},
        f"Retired {len(args.subject_ids)} subject(s) in workflow {args.workflow_id}",
    )
    return 0


def unretire_subjects(ctx: Context, args: argparse.Namespace) -> int:
    Workflow(args.workflow_id).unretire_subjects(args.subject_ids)
    ctx.emit(
        {"workflow": args.workflow_id, "unretired": args.subject_ids},
        f"Un-retired {len(args.subject_ids)} subject(s) in workflow {args.workflow_id}",
    )
    return 0


def add_subject_sets(ctx: Context, args: argparse.Namespace) -> int:
    Workflow(args.workflow_id).add_subject_sets(args.subject_set_ids)
    ctx.emit(
        {"workflow": args.workflow_id, "added": args.subject_set_ids},
        f"Linked {len(args.subject_set_ids)} subject set(s) to workflow {args.workflow_id}",
    )
    return 0


def remove_subject_sets(ctx: Context, args: argparse.Namespace) -> int:
    Workflow(args.workflow_id).remove_subject_sets(args.subject_set_ids)
    ctx.emit(
        {"workflow": args.workflow_id, "removed": args.subject_set_ids},
        f"Unlinked {len(args.subject_set_ids)} subject set(s) from workflow {args.workflow_id}",
    )
    return 0


def set_active(ctx: Context, args: argparse.Namespace) -> int:
    workflow = Workflow(args.workflow_id)
    workflow.active = args.active
    workflow.save()
    ctx.emit(workflow.raw, line(workflow))
    return 0


def download_classifications(ctx: Context, args: argparse.Namespace) -> int:
    return download_export(ctx, Workflow(args.workflow_id), "classifications", args)


def delete(ctx: Context, args: argparse.Namespace) -> int:
    confirm(args, f"Delete workflow(s) {', '.join(args.workflow_ids)}?")
    for workflow_id in args.workflow_ids:
        Workflow(workflow_id).delete()
        ctx.emit({"deleted": workflow_id}, f"Deleted workflow {workflow_id}")
    return 0
