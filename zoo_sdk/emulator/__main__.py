"""Command line: `python -m zoo_sdk.emulator --port 8765 --user alice:secret`.

Prints the URL on the first line, then every endpoint and credential a client needs (Panoptes
and its OAuth client id, the users, Talk, Caesar, CrowdFlower and its API key, and the shell
`export` lines for the SDK's environment variables), and serves until interrupted; Ctrl-C exits
0. `--state-file` starts from a saved state, `--save-state` writes one on exit.

    $ python -m zoo_sdk.emulator --user alice:secret --state-file tests/zoo.json
    http://127.0.0.1:8765
    Panoptes     http://127.0.0.1:8765  (Panoptes.connect(endpoint=..., username=, password=))
    ...
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from typing import Any

from . import Emulator
from .faults import FaultPlan
from .statefile import StateFileError


def _pair(text: str) -> tuple[str, str]:
    login, sep, password = text.partition(":")
    if not sep or not login:
        raise argparse.ArgumentTypeError(f"expected LOGIN:PASSWORD, got {text!r}")
    return login, password


def _key(text: str) -> tuple[str, float]:
    key, sep, balance = text.partition(":")
    if not key:
        raise argparse.ArgumentTypeError(f"expected KEY or KEY:DOLLARS, got {text!r}")
    try:
        return key, float(balance) if sep else 100.0
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected KEY:DOLLARS, got {text!r}") from None


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m zoo_sdk.emulator",
                                     description="Offline Zooniverse emulator (Panoptes, Talk, "
                                                 "Caesar, CrowdFlower).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--user", type=_pair, action="append", default=[],
                        metavar="LOGIN:PASSWORD")
    parser.add_argument("--admin", type=_pair, action="append", default=[],
                        metavar="LOGIN:PASSWORD")
    parser.add_argument("--crowdflower-key", type=_key, action="append", default=[],
                        metavar="KEY[:DOLLARS]", help="another CrowdFlower account")
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--fault-rate", type=float, default=0.0,
                        help="inject 503s on all routes at this rate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--export-delay", type=float, default=0.5)
    parser.add_argument("--token-ttl", type=int, default=7200)
    parser.add_argument("--state-file", metavar="PATH",
                        help="start from a state saved with emu.save_state(PATH)")
    parser.add_argument("--save-state", metavar="PATH", help="save the state here on exit")
    parser.add_argument("--json", action="store_true",
                        help="print the connection details as one JSON object after the URL")
    return parser.parse_args(argv)


def connection_info(emulator: Emulator, users: dict[str, str],
                    admins: dict[str, str]) -> dict[str, Any]:
    """Everything a client needs to reach this emulator.

    >>> connection_info(emu, {"alice": "secret"}, {})["panoptes"]["users"]   # doctest: +SKIP
    [{'login': 'alice', 'password': 'secret', 'admin': False}]
    """
    people = [{"login": k, "password": v, "admin": False} for k, v in users.items()]
    people += [{"login": k, "password": v, "admin": True} for k, v in admins.items()]
    named = set(users) | set(admins)
    others = sorted(login for login in emulator.store.logins if login not in
                    {n.lower() for n in named})
    people += [{"login": login, "password": None, "admin": None} for login in others]
    return {
        "panoptes": {"url": emulator.url, "client_id": emulator.client_id, "users": people},
        "talk": {"url": emulator.talk_url},
        "caesar": {"url": emulator.caesar_url},
        "crowdflower": {"url": emulator.crowdflower_url, "key": emulator.crowdflower_key,
                        "keys": sorted(emulator.crowdflower.accounts)},
        "environment": {"PANOPTES_ENDPOINT": emulator.url,
                        "PANOPTES_TALK_ENDPOINT": emulator.talk_url,
                        "PANOPTES_CLIENT_ID": emulator.client_id},
    }


def describe(info: dict[str, Any]) -> list[str]:
    """The human-readable lines for :func:`connection_info`."""
    panoptes = info["panoptes"]
    lines = [
        f"Panoptes     {panoptes['url']}  (Panoptes.connect(endpoint=..., username=, password=))",
        f"  client id  {panoptes['client_id']}  (first-party OAuth app: password grant)",
    ]
    users = panoptes["users"]
    if not users:
        lines.append("  users      none (add some with --user LOGIN:PASSWORD)")
    for i, user in enumerate(users):
        label = "  users      " if i == 0 else "             "
        password = user["password"] if user["password"] is not None else "(from the state file)"
        lines.append(f"{label}{user['login']} / {password}" + ("  (admin)" if user["admin"]
                                                              else ""))
    crowdflower = info["crowdflower"]
    lines += [
        f"Talk         {info['talk']['url']}  (Panoptes(talk_endpoint=...))",
        f"Caesar       {info['caesar']['url']}  (Caesar(endpoint=...); Panoptes tokens)",
        f"CrowdFlower  {crowdflower['url']}  (crowdflower.Client(key, endpoint=...))",
        f"  API key    {crowdflower['key']}",
    ]
    lines += [f"  other key  {key}" for key in crowdflower["keys"] if key != crowdflower["key"]]
    lines.append("Shell:")
    lines += [f"  export {name}={value}" for name, value in info["environment"].items()]
    lines.append("Ctrl-C stops the emulator.")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    faults = FaultPlan.uniform(args.fault_rate, seed=args.seed) if args.fault_rate else None
    try:
        emulator = Emulator(users=dict(args.user), admins=dict(args.admin),
                            latency_ms=args.latency_ms, faults=faults, seed=args.seed,
                            token_ttl=args.token_ttl, export_delay=args.export_delay,
                            host=args.host, port=args.port,
                            crowdflower_keys=dict(args.crowdflower_key),
                            state_file=args.state_file)
    except StateFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()
    # Handle Ctrl-C and SIGTERM ourselves: a process started in the background of a
    # non-interactive shell inherits SIGINT as ignored, and Python would then never see it.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    with emulator:
        print(emulator.url, flush=True)
        info = connection_info(emulator, dict(args.user), dict(args.admin))
        if args.json:
            print(json.dumps(info), flush=True)
        else:
            print("\n".join(describe(info)), flush=True)
        print(f"client_id={emulator.client_id}", file=sys.stderr, flush=True)
        while not stop.wait(0.5):
            pass
        if args.save_state:
            path = emulator.save_state(args.save_state)
            print(f"state saved to {path}", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
