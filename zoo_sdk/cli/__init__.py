"""``zoo``: the command line of zoo-sdk, with the command groups of panoptescli.

    zoo configure --username alice           # saves endpoint and username, never the password
    zoo project ls galaxy                    # public data: no sign-in
    PANOPTES_PASSWORD=... zoo subject-set upload-subjects 42 manifest.csv

The commands and options of panoptescli 1.2.1, with its short options. Global options go before
the group: ``zoo [-e URL] [-a] [--json] [--login] ...`` (the long forms also after the command).
Errors print one line on stderr: exit code 1, or 2 for a wrong command line.
"""

from __future__ import annotations

import argparse
import sys

from zoo_sdk import __version__
from zoo_sdk.cli import basic, inaturalist, project, subject, subject_set, workflow
from zoo_sdk.cli._context import Context, Handler, UsageError, add_global_options
from zoo_sdk.errors import NotFoundError, ZooError

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command (building it makes no request)."""
    parser = argparse.ArgumentParser(
        prog="zoo", description="Manage Zooniverse projects from the command line."
    )
    parser.add_argument("--version", action="version", version=f"zoo-sdk {__version__}")
    add_global_options(parser, short=True)
    groups = parser.add_subparsers(dest="group", metavar="GROUP", required=True)
    parser.set_defaults(endpoint=None, admin=False, json=False, login=False)
    for module in (basic, project, subject, subject_set, workflow, inaturalist):
        module.register(groups)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 failed, 2 wrong usage, 130 interrupted)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version or a usage error (already printed)
        return exc.code if isinstance(exc.code, int) else 2
    context: Context | None = None
    try:
        context = Context.from_args(args)
        if args.auth is None:
            return run(context, args)
        with context.client(args.auth):
            return run(context, args)
    except UsageError as exc:
        print(f"zoo: error: {exc}", file=sys.stderr)
        return 2
    except ZooError as exc:
        hint = ""
        if isinstance(exc, NotFoundError) and context is not None and context.anonymous:
            hint = " (read without signing in: if it is private, add --login)"
        print(f"zoo: error: {exc}{hint}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            f"zoo: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr
        )
        return 1
    except KeyboardInterrupt:
        print("zoo: interrupted", file=sys.stderr)
        return 130
    finally:
        if context is not None:
            context.close()


def run(context: Context, args: argparse.Namespace) -> int:
    """Call the command's handler."""
    handler: Handler = args.handler
    return handler(context, args)
