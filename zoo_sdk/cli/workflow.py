"""``zoo workflow ls|info|retire-subjects|unretire-subjects|unretire-subject-sets|
add-subject-sets|remove-subject-sets|activate|deactivate|download-classifications|delete|
run-aggregation|get-batch-aggregation|get-batch-aggregation-status|get-batch-aggregation-links``."""

from __future__ import annotations

import argparse

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
    status,
)
from zoo_sdk.cli._transfer import add_analysis_options, add_export_options, download_export
from zoo_sdk.panoptes.aggregation import Aggregation
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
AGGREGATION_DETAILS = ("id", "status", "uuid", "task_id", "links", "created_at", "updated_at")


def register(groups: Groups) -> None:
    commands = add_group(groups, "workflow", "workflows")

    parser = add_command(commands, "ls", ls, "list workflows, one per line")
    parser.add_argument("workflow_id", nargs="?", type=object_id, help="one workflow")
    parser.add_argument("-p", "--project-id", type=object_id, help="the workflows of a project")
    parser.add_argument("--subject-set-id", type=object_id, help="the workflows of a set")
    add_quiet(parser, "workflow ids")

    parser = add_command(commands, "info", info, "show a workflow")
    parser.add_argument("workflow_id", type=object_id)

    parser = add_command(commands, "retire-subjects", retire_subjects, "retire subjects", auth=True)
    parser.add_argument("workflow_id", type=object_id)
    add_ids(parser, "subject_ids", "subject ids")
    parser.add_argument(
        "-r",
        "--reason",
        choices=sorted(RETIREMENT_REASONS),
        default="other",
        help="why (the server's reasons; blank is stored as nothing_here; default: other)",
    )

    parser = add_command(
        commands, "unretire-subjects", unretire_subjects, "un-retire subjects", auth=True
    )
    parser.add_argument("workflow_id", type=object_id)
    add_ids(parser, "subject_ids", "subject ids")

    parser = add_command(
        commands,
        "unretire-subject-sets",
        unretire_subject_sets,
        "un-retire every subject of some subject sets",
        auth=True,
    )
    parser.add_argument("workflow_id", type=object_id)
    add_ids(parser, "subject_set_ids", "subject set ids")

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
        "download the classifications export (CSV; .parquet: typed Parquet; --flatten: "
        "one table per task type)",
        auth=True,
    )
    parser.add_argument("workflow_id", type=object_id)
    add_export_options(parser)
    add_analysis_options(parser)

    parser = add_command(commands, "delete", delete, "delete workflows", auth=True)
    add_ids(parser, "workflow_ids", "the workflows to delete")
    add_force(parser)

    parser = add_command(
        commands, "run-aggregation", run_aggregation, "start a batch aggregation", auth=True
    )
    parser.add_argument("workflow_id", type=object_id)
    parser.add_argument(
        "-u", "--user-id", type=object_id, help="the user notified at the end (default: you)"
    )
    parser.add_argument(
        "-d", "--delete-if-exists", action="store_true", help="replace an existing aggregation"
    )
    add_wait_options(parser)

    parser = add_command(
        commands,
        "get-batch-aggregation",
        get_batch_aggregation,
        "show the workflow's batch aggregation",
        auth=True,
    )
    parser.add_argument("workflow_id", type=object_id)

    parser = add_command(
        commands,
        "get-batch-aggregation-status",
        get_batch_aggregation_status,
        "print the status of the workflow's batch aggregation",
        auth=True,
    )
    parser.add_argument("workflow_id", type=object_id)
    add_wait_options(parser)

    parser = add_command(
        commands,
        "get-batch-aggregation-links",
        get_batch_aggregation_links,
        "print the download links of the workflow's batch aggregation",
        auth=True,
    )
    parser.add_argument("workflow_id", type=object_id)


def add_wait_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--wait", action="store_true", help="wait until the aggregation completes or fails"
    )
    parser.add_argument(
        "--timeout", type=float, metavar="SECONDS", help="with --wait: give up after this long"
    )


def line(workflow: Workflow) -> str:
    state = "active" if workflow.active else "inactive"
    return f"{workflow.id}\t{state}\t{workflow.display_name}"


def ls(ctx: Context, args: argparse.Namespace) -> int:
    if not (args.workflow_id or args.project_id or args.subject_set_id):
        raise UsageError("give a WORKFLOW_ID, --project-id or --subject-set-id")
    filters = {"id": args.workflow_id, "project_id": args.project_id,
               "subject_set_id": args.subject_set_id}
    return list_found(ctx, Workflow, args.workflow_id, filters, line, args.quiet)


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


def unretire_subject_sets(ctx: Context, args: argparse.Namespace) -> int:
    Workflow(args.workflow_id).unretire_subjects_by_subject_set(args.subject_set_ids)
    ctx.emit(
        {"workflow": args.workflow_id, "unretired_subject_sets": args.subject_set_ids},
        f"Un-retired the subjects of {len(args.subject_set_ids)} subject set(s) in workflow "
        f"{args.workflow_id}",
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


def _check_wait(args: argparse.Namespace) -> None:
    if args.timeout is not None and not args.wait:
        raise UsageError("--timeout goes with --wait")
    if args.timeout is not None and args.timeout < 0:
        raise UsageError("--timeout must be >= 0")


def run_aggregation(ctx: Context, args: argparse.Namespace) -> int:
    _check_wait(args)
    aggregation = Workflow(args.workflow_id).run_aggregation(
        user=args.user_id, delete_if_exists=args.delete_if_exists
    )
    if args.wait:
        aggregation.wait(timeout=args.timeout)
    ctx.emit_details(aggregation.raw, AGGREGATION_DETAILS)
    return _exit_code(aggregation)


def get_batch_aggregation(ctx: Context, args: argparse.Namespace) -> int:
    ctx.emit_details(Workflow(args.workflow_id).get_batch_aggregation().raw, AGGREGATION_DETAILS)
    return 0


def get_batch_aggregation_status(ctx: Context, args: argparse.Namespace) -> int:
    _check_wait(args)
    aggregation: Aggregation = Workflow(args.workflow_id).get_batch_aggregation()
    if args.wait:
        aggregation.wait(timeout=args.timeout)
    ctx.emit({"id": aggregation.id, "status": aggregation.status}, str(aggregation.status))
    return _exit_code(aggregation)


def _exit_code(aggregation: Aggregation) -> int:
    """1 for a failed run (said on stderr), else 0."""
    if aggregation.status == "failed":
        status(f"zoo: error: aggregation {aggregation.id} failed")
        return 1
    return 0


def get_batch_aggregation_links(ctx: Context, args: argparse.Namespace) -> int:
    links = Workflow(args.workflow_id).get_batch_aggregation_links()
    ctx.emit_details(links, links)
    return 0
