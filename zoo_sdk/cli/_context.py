"""What every command shares: the config file, the connection, output and confirmations.

The config file holds the endpoint and the username, never the password. The password comes
from ``PANOPTES_PASSWORD`` or a prompt, and only for commands that need to sign in.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeAlias

from zoo_sdk.errors import ZooError
from zoo_sdk.panoptes.client import DEFAULT_ENDPOINT, Panoptes

#: A command: takes the context and the parsed arguments, returns the exit code.
Handler = Callable[["Context", argparse.Namespace], int]
#: Where ``add_parser`` adds the commands of a group.
Groups: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class UsageError(ZooError):
    """The command line asks for something impossible (exit code 2)."""


def config_path() -> Path:
    """``$ZOO_CONFIG``, else ``~/.config/zoo-sdk/config.json``."""
    explicit = os.environ.get("ZOO_CONFIG")
    if explicit:
        return Path(explicit)
    return Path.home() / ".config" / "zoo-sdk" / "config.json"


def load_config() -> dict[str, str]:
    """The saved settings (empty if there is no config file)."""
    path = config_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the config file {path}: {exc}") from None
    return {k: str(v) for k, v in data.items() if k in ("endpoint", "username") and v}


def save_config(settings: Mapping[str, str]) -> Path:
    """Write the settings to the config file, readable by the owner only (mode 0600)."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(dict(settings), out, indent=2)
        out.write("\n")
    os.chmod(path, 0o600)
    return path


@dataclass
class Context:
    """The global options, the settings, and the connection the command uses."""

    endpoint: str
    username: str | None
    admin: bool = False
    json: bool = False
    login: bool = False
    #: True once the command read anonymously (a 404 may then mean "private": try --login).
    anonymous: bool = False
    _clients: list[Panoptes] = field(default_factory=list)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        config = load_config()
        endpoint = (
            args.endpoint
            or os.environ.get("PANOPTES_ENDPOINT")
            or config.get("endpoint")
            or DEFAULT_ENDPOINT
        )
        username = os.environ.get("PANOPTES_USERNAME") or config.get("username")
        return cls(endpoint.rstrip("/"), username, args.admin, args.json, args.login)

    # -- the connection ------------------------------------------------------------------

    def client(self, auth: bool) -> Panoptes:
        """A connection: signed in lazily (on its first request) when ``auth``, else anonymous."""
        if auth or self.login:
            client = Panoptes(
                endpoint=self.endpoint,
                username=self._username(),
                password=self._password(),
                admin=self.admin,
            )
        else:
            # Reading public data needs no sign-in, even with credentials in the environment.
            client = Panoptes(endpoint=self.endpoint, admin=self.admin, anonymous=True)
            self.anonymous = True
        self._clients.append(client)
        return client

    def close(self) -> None:
        for client in self._clients:
            client.close()
        self._clients.clear()

    def _username(self) -> str:
        if self.username:
            return self.username
        if sys.stdin.isatty():
            return input("Zooniverse username: ").strip()
        raise UsageError(
            "no username: run `zoo configure --username NAME` or set PANOPTES_USERNAME"
        )

    def _password(self) -> str:
        password = os.environ.get("PANOPTES_PASSWORD")
        if password:
            return password
        if sys.stdin.isatty():
            return getpass.getpass("Zooniverse password: ")
        raise UsageError("no password: set PANOPTES_PASSWORD (or run in a terminal to be asked)")

    # -- output --------------------------------------------------------------------------

    def out(self, text: str) -> None:
        print(text, file=sys.stdout, flush=True)

    def emit(self, record: Mapping[str, Any], line: str) -> None:
        """One result: ``record`` as a JSON line with --json, else the human ``line``."""
        self.out(json.dumps(record, sort_keys=True, default=str) if self.json else line)

    def emit_ids(self, ids: Iterable[Any]) -> None:
        """``-q/--quiet``: the ids only, on one line separated by spaces (as panoptescli)."""
        self.out(" ".join(str(i) for i in ids))

    def emit_details(self, record: Mapping[str, Any], keys: Iterable[str]) -> None:
        """An object's details: all of it as JSON with --json, else ``key: value`` lines."""
        if self.json:
            self.out(json.dumps(record, sort_keys=True, default=str))
            return
        for key in keys:
            value = record.get(key)
            if isinstance(value, dict | list):
                value = json.dumps(value, sort_keys=True)
            self.out(f"{key}: {'' if value is None else value}")


def list_found(ctx: Context, cls: Any, own_id: str | None, filters: Mapping[str, str | None],
               line: Callable[[Any], str], quiet: bool) -> int:
    """The `ls ID` / `ls --project-id P` body shared by the groups: one object by its id, else
    `cls.where(**filters)` with the given ones (the id among them); ids only with `quiet`.

    >>> # list_found(ctx, Workflow, "7", {"id": "7", "project_id": None}, line, False)
    """
    others = {k: v for k, v in filters.items() if v and k != "id"}
    found: Iterable[Any] = ([cls.find(own_id)] if own_id and not others else
                            cls.where(**{k: v for k, v in filters.items() if v}))
    if quiet:
        ctx.emit_ids(item.id for item in found)
        return 0
    for item in found:
        ctx.emit(item.raw, line(item))
    return 0


def status(message: str) -> None:
    """A note for the person at the terminal (stderr, so stdout stays parseable)."""
    print(message, file=sys.stderr, flush=True)


def confirm(args: argparse.Namespace, question: str) -> None:
    """Go on only with --force or a "y" at the terminal."""
    if args.force:
        return
    if not sys.stdin.isatty():
        raise UsageError("refusing to delete without --force (not a terminal)")
    if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes"):
        raise UsageError("cancelled")


# -- declaring commands ------------------------------------------------------------------------


def add_global_options(
    parser: argparse.ArgumentParser, short: bool = False, skip: tuple[str, ...] = ()
) -> None:
    """``--endpoint``, ``--admin``, ``--json`` and ``--login``, accepted before the group and after
    the command alike (``zoo --json project ls`` = ``zoo project ls --json``). No defaults here:
    the top-level parser sets them, so a value given after the command is not overwritten.
    ``short`` (the top-level parser): also panoptescli's ``-e`` and ``-a``, which commands use
    for their own options (``user info -e EMAIL``, ``project ls -a``). ``skip``: long names a
    command uses for its own option (``user info --login NAME``)."""
    parser.add_argument(
        *(("-e", "--endpoint") if short else ("--endpoint",)),
        default=argparse.SUPPRESS,
        help="the Panoptes URL (default: the configured one)",
    )
    parser.add_argument(
        *(("-a", "--admin") if short else ("--admin",)),
        action="store_true",
        default=argparse.SUPPRESS,
        help="act as an admin (admins only)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print JSON lines instead of text",
    )
    if "login" not in skip:
        parser.add_argument(
            "--login",
            action="store_true",
            default=argparse.SUPPRESS,
            help="sign in for read-only commands too (private data)",
        )


def add_group(groups: Groups, name: str, help: str) -> Groups:
    """A command group (``zoo project ...``); returns where its commands go."""
    parser = groups.add_parser(name, help=help, description=help)
    commands: Groups = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    return commands


def add_command(
    commands: Groups,
    name: str,
    handler: Handler,
    help: str,
    *,
    auth: bool | None = False,
    skip_globals: tuple[str, ...] = (),
) -> argparse.ArgumentParser:
    """One command. ``auth``: True signs in, False reads anonymously, None needs no connection."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help, description=help)
    add_global_options(parser, skip=skip_globals)
    parser.set_defaults(handler=handler, auth=auth)
    return parser


def add_ids(parser: argparse.ArgumentParser, name: str, help: str, nargs: str = "+") -> None:
    """Positional ids: one or more (``nargs="*"``: any number)."""
    parser.add_argument(name, nargs=nargs, type=object_id, help=help)


def add_force(parser: argparse.ArgumentParser) -> None:
    """``-f/--force``: delete without asking."""
    parser.add_argument("-f", "--force", action="store_true", help="do not ask for confirmation")


def add_quiet(parser: argparse.ArgumentParser, what: str) -> None:
    """``-q/--quiet``: print ids only."""
    parser.add_argument("-q", "--quiet", action="store_true", help=f"print {what} only")


def read_id_file(name: str) -> list[str]:
    """Ids from a file (``-``: stdin), one per line; blank lines are skipped, anything else that
    is not an id is refused (before any request).

    >>> read_id_file("ids.txt")   # doctest: +SKIP
    ['12', '34']
    """
    try:
        if name == "-":
            lines = sys.stdin.read().splitlines()
        else:
            with open(name, encoding="utf-8-sig") as handle:
                lines = handle.read().splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read the id file {name}: {exc.strerror or exc}") from None
    ids: list[str] = []
    for number, line in enumerate(lines, start=1):
        value = line.strip()
        if not value:
            continue
        if not value.isdigit():
            raise UsageError(f"{name}, line {number}: not an id: {value!r}")
        ids.append(value)
    return ids


def object_id(value: str) -> str:
    """An argparse type: a Panoptes id (digits)."""
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"not an id: {value!r}")
    return value
