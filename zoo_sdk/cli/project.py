"""``zoo project ls|info|create|modify|download|delete``."""

from __future__ import annotations

import argparse

from zoo_sdk.cli._context import (
    Context,
    Groups,
    add_command,
    add_group,
    add_ids,
    confirm,
    object_id,
)
from zoo_sdk.cli._transfer import add_export_options, download_export
from zoo_sdk.panoptes.project import Project

DETAILS = (
    "id",
    "slug",
    "display_name",
    "description",
    "private",
    "live",
    "launch_approved",
    "subjects_count",
    "classifications_count",
    "created_at",
    "updated_at",
)
EXPORT_TYPES = ("classifications", "subjects", "workflows", "workflow_contents")


def register(groups: Groups) -> None:
    commands = add_group(groups, "project", "projects")

    parser = add_command(commands, "ls", ls, "list projects, one per line")
    parser.add_argument("--search", help="projects whose name matches")
    parser.add_argument("--slug", help="the project with this owner/name slug")
    parser.add_argument("--owner", help="projects of this user login")
    parser.add_argument("--launch-approved", action="store_true", help="launched projects only")

    parser = add_command(commands, "info", info, "show a project")
    parser.add_argument("project_id", type=object_id)

    parser = add_command(commands, "create", create, "create a project", auth=True)
    parser.add_argument("display_name")
    parser.add_argument("description", nargs="?", default="")
    parser.add_argument("--private", action="store_true", help="visible to collaborators only")
    parser.add_argument("--language", default="en", help="primary language (default: en)")

    parser = add_command(commands, "modify", modify, "change a project", auth=True)
    parser.add_argument("project_id", type=object_id)
    parser.add_argument("--display-name")
    parser.add_argument("--description")
    visibility = parser.add_mutually_exclusive_group()
    visibility.add_argument("--private", dest="private", action="store_true", default=None)
    visibility.add_argument("--public", dest="private", action="store_false")

    parser = add_command(commands, "download", download, "download an export as CSV", auth=True)
    parser.add_argument("project_id", type=object_id)
    add_export_options(parser)
    parser.add_argument("--data-type", choices=EXPORT_TYPES, default="classifications")

    parser = add_command(commands, "delete", delete, "delete projects", auth=True)
    add_ids(parser, "project_ids", "the projects to delete")
    parser.add_argument("--force", action="store_true", help="do not ask for confirmation")


def line(project: Project) -> str:
    return f"{project.id}\t{project.slug or ''}\t{project.display_name}"


def ls(ctx: Context, args: argparse.Namespace) -> int:
    filters = {"search": args.search, "slug": args.slug, "owner": args.owner}
    if args.launch_approved:
        filters["launch_approved"] = True
    for project in Project.where(**{k: v for k, v in filters.items() if v is not None}):
        ctx.emit(project.raw, line(project))
    return 0


def info(ctx: Context, args: argparse.Namespace) -> int:
    ctx.emit_details(Project.find(args.project_id).raw, DETAILS)
    return 0


def create(ctx: Context, args: argparse.Namespace) -> int:
    project = Project()
    project.display_name = args.display_name
    project.description = args.description
    project.primary_language = args.language
    project.private = args.private
    project.save()
    ctx.emit(project.raw, line(project))
    return 0


def modify(ctx: Context, args: argparse.Namespace) -> int:
    project = Project(args.project_id)
    if args.display_name is not None:
        project.display_name = args.display_name
    if args.description is not None:
        project.description = args.description
    if args.private is not None:
        project.private = args.private
    project.save()
    ctx.emit(project.raw, line(project))
    return 0


def download(ctx: Context, args: argparse.Namespace) -> int:
    return download_export(ctx, Project(args.project_id), args.data_type, args)


def delete(ctx: Context, args: argparse.Namespace) -> int:
    confirm(args, f"Delete project(s) {', '.join(args.project_ids)} and all their data?")
    for project_id in args.project_ids:
        Project(project_id).delete()
        ctx.emit({"deleted": project_id}, f"Deleted project {project_id}")
    return 0
