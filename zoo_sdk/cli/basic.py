"""``zoo configure``, ``zoo info`` and ``zoo user info|token``."""

from __future__ import annotations

import argparse
import sys

from zoo_sdk import __version__
from zoo_sdk.cli._context import (
    Context,
    Groups,
    add_command,
    add_group,
    config_path,
    load_config,
    object_id,
    save_config,
    status,
)
from zoo_sdk.panoptes.client import Panoptes
from zoo_sdk.panoptes.user import User


def register(groups: Groups) -> None:
    parser = add_command(
        groups,
        "configure",
        configure,
        "save the endpoint and username (never the password)",
        auth=None,
    )
    parser.add_argument("--username", help="your Zooniverse login")
    add_command(groups, "info", info, "show the endpoint, user, config file and version", auth=None)

    users = add_group(groups, "user", "user accounts")
    parser = add_command(users, "info", user_info, "show a user (default: you)", auth=True)
    parser.add_argument("user_id", nargs="?", type=object_id, help="a user id")
    add_command(users, "token", user_token, "print a bearer token for your account", auth=True)


def configure(ctx: Context, args: argparse.Namespace) -> int:
    """Merge ``--endpoint`` and ``--username`` (or answers at the terminal) into the config."""
    settings = load_config()
    endpoint, username = args.endpoint, args.username
    if not (endpoint or username) and sys.stdin.isatty():
        endpoint = input(f"Endpoint [{ctx.endpoint}]: ").strip() or ctx.endpoint
        username = input(f"Username [{ctx.username or ''}]: ").strip() or ctx.username
    if endpoint:
        settings["endpoint"] = endpoint.rstrip("/")
    if username:
        settings["username"] = username
    path = save_config(settings)
    status("The password is not stored: set PANOPTES_PASSWORD, or you will be asked for it.")
    ctx.emit({"config": str(path), **settings}, f"Saved {path}")
    return 0


def info(ctx: Context, args: argparse.Namespace) -> int:
    """Local facts only: no request."""
    record = {
        "endpoint": ctx.endpoint,
        "username": ctx.username,
        "config": str(config_path()),
        "version": __version__,
    }
    ctx.emit_details(record, record)
    return 0


def user_info(ctx: Context, args: argparse.Namespace) -> int:
    user = User.find(args.user_id) if args.user_id else User.me()
    ctx.emit_details(user.raw, ("id", "login", "display_name", "email", "created_at"))
    return 0


def user_token(ctx: Context, args: argparse.Namespace) -> int:
    """The token is printed only because it was asked for: it grants your account's rights."""
    token = Panoptes.client().get_bearer_token()
    ctx.emit({"access_token": token}, token or "")
    return 0
