"""``zoo configure``, ``zoo info`` and ``zoo user info|delete|token``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from urllib.parse import urlsplit

from zoo_sdk import __version__
from zoo_sdk.cli._context import (
    Context,
    Groups,
    UsageError,
    add_command,
    add_force,
    add_group,
    add_ids,
    config_path,
    confirm,
    load_config,
    object_id,
    save_config,
    status,
)
from zoo_sdk.errors import NotFoundError
from zoo_sdk.panoptes.client import Panoptes
from zoo_sdk.panoptes.user import User

USER_DETAILS = ("id", "login", "display_name", "email", "created_at")
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def register(groups: Groups) -> None:
    parser = add_command(
        groups,
        "configure",
        configure,
        "save the endpoint and username (never the password)",
        auth=None,
    )
    parser.add_argument("--username", help="your Zooniverse login")
    parser.add_argument(
        "-a",
        "--edit-all",
        action="store_true",
        help="at a terminal, ask for the endpoint too (not only the username)",
    )
    add_command(groups, "info", info, "show the endpoint, user, config file and version", auth=None)

    users = add_group(groups, "user", "user accounts")
    parser = add_command(
        users,
        "info",
        user_info,
        "show a user: by id, --login or --email (default: you)",
        auth=True,
        skip_globals=("login",),  # ``--login NAME`` is this command's (it always signs in)
    )
    parser.add_argument("user_id", nargs="?", type=object_id, help="a user id")
    parser.add_argument("-l", "--login", dest="user_login", metavar="LOGIN", help="by login")
    parser.add_argument(
        "-e", "--email", dest="user_email", metavar="EMAIL", help="by email address (admins)"
    )

    parser = add_command(
        users, "delete", user_delete, "delete (deactivate) user accounts (admins)", auth=True
    )
    add_ids(parser, "user_ids", "the users to delete")
    add_force(parser)

    add_command(users, "token", user_token, "print a bearer token for your account", auth=True)


def check_endpoint(url: str) -> str:
    """An https URL (plain http only for a local emulator), without a trailing slash."""
    parts = urlsplit(url)
    local = parts.scheme == "http" and (parts.hostname or "") in LOOPBACK
    if not parts.netloc or not (parts.scheme == "https" or local):
        raise UsageError(
            f"invalid endpoint {url!r}: it must be an https:// URL (http:// only on this machine)"
        )
    return url.rstrip("/")


def configure(ctx: Context, args: argparse.Namespace) -> int:
    """Merge ``--endpoint`` and ``--username`` (or answers at the terminal) into the config.

    At a terminal, with neither given, asks for the username (``--edit-all``: the endpoint too).
    """
    settings = load_config()
    endpoint, username = args.endpoint, args.username
    if sys.stdin.isatty() and (args.edit_all or not (endpoint or username)):
        if args.edit_all and not endpoint:
            endpoint = input(f"Endpoint [{ctx.endpoint}]: ").strip() or ctx.endpoint
        if not username:
            username = input(f"Username [{ctx.username or ''}]: ").strip() or ctx.username
    elif args.edit_all and not (endpoint or username):
        raise UsageError("--edit-all asks at a terminal: give --endpoint and --username instead")
    if endpoint:
        settings["endpoint"] = check_endpoint(endpoint)
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
    given = [v for v in (args.user_id, args.user_login, args.user_email) if v]
    if len(given) > 1:
        raise UsageError("give at most one of USER_ID, --login and --email")
    if args.user_id:
        user = User.find(args.user_id)
    elif args.user_login:
        user = _only(User.where(login=args.user_login), "login", args.user_login)
    elif args.user_email:
        user = _only(User.where(email=args.user_email), "email", args.user_email)
    else:
        user = User.me()
    ctx.emit_details(user.raw, USER_DETAILS)
    return 0


def _only(found: Iterable[User], key: str, value: str) -> User:
    """The user whose ``key`` is ``value`` (case-insensitively), else NotFoundError."""
    for user in found:
        if str(user.raw.get(key) or "").lower() == value.lower():
            return user
    raise NotFoundError(f"no user with {key} {value!r}", status=404)


def user_delete(ctx: Context, args: argparse.Namespace) -> int:
    confirm(args, f"Delete user(s) {', '.join(args.user_ids)}?")
    for user_id in args.user_ids:
        User(user_id).delete()
        ctx.emit({"deleted": user_id}, f"Deleted user {user_id}")
    return 0


def user_token(ctx: Context, args: argparse.Namespace) -> int:
    """The token is printed only because it was asked for: it grants your account's rights."""
    token = Panoptes.client().get_bearer_token()
    ctx.emit({"access_token": token}, token or "")
    return 0
