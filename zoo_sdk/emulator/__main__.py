"""Command line: `python -m zoo_sdk.emulator --port 8765 --user alice:secret`.

Prints the URL (and the first-party client id) and serves until interrupted; Ctrl-C exits 0.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from . import Emulator
from .faults import FaultPlan


def _pair(text: str) -> tuple[str, str]:
    login, sep, password = text.partition(":")
    if not sep or not login:
        raise argparse.ArgumentTypeError(f"expected LOGIN:PASSWORD, got {text!r}")
    return login, password


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m zoo_sdk.emulator",
                                     description="Offline Panoptes emulator.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--user", type=_pair, action="append", default=[],
                        metavar="LOGIN:PASSWORD")
    parser.add_argument("--admin", type=_pair, action="append", default=[],
                        metavar="LOGIN:PASSWORD")
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--fault-rate", type=float, default=0.0,
                        help="inject 503s on all routes at this rate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--export-delay", type=float, default=0.5)
    parser.add_argument("--token-ttl", type=int, default=7200)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    faults = FaultPlan.uniform(args.fault_rate, seed=args.seed) if args.fault_rate else None
    emulator = Emulator(users=dict(args.user), admins=dict(args.admin),
                        latency_ms=args.latency_ms, faults=faults, seed=args.seed,
                        token_ttl=args.token_ttl, export_delay=args.export_delay,
                        host=args.host, port=args.port)
    stop = threading.Event()
    # Handle Ctrl-C and SIGTERM ourselves: a process started in the background of a
    # non-interactive shell inherits SIGINT as ignored, and Python would then never see it.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    with emulator:
        print(emulator.url, flush=True)
        print(f"client_id={emulator.client_id}", file=sys.stderr, flush=True)
        while not stop.wait(0.5):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
