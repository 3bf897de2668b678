"""``zoo inaturalist import-observations``."""

from __future__ import annotations

import argparse

from zoo_sdk.cli._context import Context, Groups, UsageError, add_command, add_group, object_id
from zoo_sdk.errors import ValidationError


def register(groups: Groups) -> None:
    commands = add_group(groups, "inaturalist", "iNaturalist imports")
    parser = add_command(
        commands,
        "import-observations",
        import_observations,
        "import the iNaturalist observations of a taxon into a subject set (in the background)",
        auth=True,
    )
    parser.add_argument("--taxon-id", required=True, type=object_id, help="iNaturalist taxon id")
    parser.add_argument(
        "--subject-set-id", required=True, type=object_id, help="the subject set to import into"
    )
    parser.add_argument(
        "--updated-since",
        metavar="DATE",
        help="only observations updated since this ISO date (default: all of them)",
    )


def import_observations(ctx: Context, args: argparse.Namespace) -> int:
    """Checks the date before any request; returns once Panoptes has queued the import."""
    from zoo_sdk.panoptes.inaturalist import Inaturalist, updated_since_text

    try:
        updated_since_text(args.updated_since)
    except ValidationError as exc:
        raise UsageError(f"--updated-since: {exc}") from None
    Inaturalist.inat_import(args.taxon_id, args.subject_set_id, args.updated_since)
    ctx.emit(
        {
            "taxon_id": args.taxon_id,
            "subject_set_id": args.subject_set_id,
            "updated_since": args.updated_since,
        },
        f"Importing taxon ID {args.taxon_id} into subject set {args.subject_set_id}.",
    )
    return 0
