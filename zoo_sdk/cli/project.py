"""``zoo project ls|info|create|modify|download|delete``."""

from __future__ import annotations

import argparse
from collections.abc import Iterable

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
#: panoptescli's Talk exports: served by the Talk API, which zoo-sdk has no spec for yet.
TALK_EXPORT_TYPES = ("talk_comments", "talk_tags")


def register(groups: Groups) -> None:
    commands = add_group(groups, "project", "projects")

    parser = add_command(
        commands, "ls", ls, "list projects, one per line (* marks a private project)"
    )
    parser.add_argument("search", nargs="*", metavar="SEARCH", help="full-text search terms")
    parser.add_argument("--search", dest="search_option", help="same as SEARCH")
    parser.add_argument("-p", "--project-id", type=object_id, help="the project with this id")
    parser.add_argument("-n", "--display-name", help="projects with exactly this name")
    parser.add_argument("-s", "--slug", help="the project with this owner/name slug")
    parser.add_argument("--owner", help="projects of this user login")
    parser.add_argument(
        "-a", "--launch-approved", action="store_true", help="launched projects only"
    )
    add_quiet(parser, "project ids")

    parser = add_command(commands, "info", info, "show a project")
    parser.add_argument("project_id", type=object_id)

    parser = add_command(
        commands, "create", create, "create a project (private unless --public)", auth=True
    )
    parser.add_argument("display_name")
    parser.add_argument("description", nargs="?", default="")
    visibility = parser.add_mutually_exclusive_group()
    visibility.add_argument(
        "-p", "--public", dest="private", action="store_false", help="visible to everyone"
    )
    visibility.add_argument(
        "--private", dest="private", action="store_true", help="collaborators only (default)"
    )
    parser.set_defaults(private=True)
    parser.add_argument(
        "-l",
        "--primary-language",
        "--language",
        dest="language",
        default="en",
        help="primary language code (default: en)",
    )
    add_quiet(parser, "the new project's id")

    parser = add_command(commands, "modify", modify, "change a project", auth=True)
    parser.add_argument("project_id", type=object_id)
    parser.add_argument("-n", "--display-name")
    parser.add_argument("-d", "--description")
    parser.add_argument(
        "-l", "--primary-language", dest="language", help="primary language code"
    )
    visibility = parser.add_mutually_exclusive_group()
    visibility.add_argument("-p", "--public", dest="private", action="store_false", default=None)
    visibility.add_argument("-P", "--private", dest="private", action="store_true")

    parser = add_command(commands, "download", download, "download an export as CSV", auth=True)
    parser.add_argument("project_id", type=object_id)
    add_export_options(parser)
    parser.add_argument(
        "-t",
        "--data-type",
        choices=EXPORT_TYPES + TALK_EXPORT_TYPES,
        default="classifications",
    )

    parser = add_command(commands, "delete", delete, "delete projects", auth=True)
    add_ids(parser, "project_ids", "the projects to delete")
    add_force(parser)


def line(project: Project) -> str:
    private = "*" if project.private else ""
    return f"{private}{project.id}\t{project.slug or ''}\t{project.display_name}"


def ls(ctx: Context, args: argparse.Namespace) -> int:
    terms = [*args.search, *([args.search_option] if args.search_option else [])]
    filters: dict[str, object] = {
        "id": args.project_id,
        "search": " ".join(terms) or None,
        "display_name": args.display_name,
        "slug": args.slug,
        "owner": args.owner,
    }
    if args.launch_approved:
        filters["launch_approved"] = True
    found: Iterable[Project] = Project.where(
        **{k: v for k, v in filters.items() if v is not None}
    )
    if args.quiet:
        ctx.emit_ids(project.id for project in found)
        return 0
    for project in found:
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
    if args.quiet:
        ctx.out(str(project.id))
        return 0
    ctx.emit(project.raw, line(project))
    return 0


def modify(ctx: Context, args: argparse.Namespace) -> int:
    if all(v is None for v in (args.display_name, args.description, args.language, args.private)):
        raise UsageError("nothing to change: give --display-name, --description, "
                         "--primary-language, --public or --private")
    project = Project(args.project_id)
    if args.display_name is not None:
        project.display_name = args.display_name
    if args.description is not None:
        project.description = args.description
    if args.language is not None:
        project.primary_language = args.language
    if args.private is not None:
        project.private = args.private
    project.save()
    ctx.emit(project.raw, line(project))
    return 0


def download(ctx: Context, args: argparse.Namespace) -> int:
    if args.data_type in TALK_EXPORT_TYPES:
        raise UsageError(
            f"{args.data_type} exports come from the Talk API, which zoo does not support yet"
        )
    return download_export(ctx, Project(args.project_id), args.data_type, args)


def delete(ctx: Context, args: argparse.Namespace) -> int:
    confirm(args, f"Delete project(s) {', '.join(args.project_ids)} and all their data?")
    for project_id in args.project_ids:
        Project(project_id).delete()
        ctx.emit({"deleted": project_id}, f"Deleted project {project_id}")
    return 0
