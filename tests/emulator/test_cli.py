"""The command line starts a server that serves until interrupted."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys

import httpx
from emu_helpers import ACCEPT


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_cli_serves_and_exits_zero_on_ctrl_c() -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "zoo_sdk.emulator", "--port", str(port), "--user", "alice:secret",
         "--admin", "root:pw", "--latency-ms", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url == f"http://127.0.0.1:{port}"
        token = httpx.post(url + "/oauth/token", data={
            "grant_type": "password", "client_id": "ce310d45f951de68c4cc8ef46ca38cc0a008f607a"
                                                   "2026680295757bfef99f43c",
            "login": "alice", "password": "secret"}).json()["access_token"]
        me = httpx.get(url + "/api/me", headers={"Accept": ACCEPT,
                                                 "Authorization": f"Bearer {token}"})
        assert me.json()["users"][0]["login"] == "alice"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_cli_fault_rate() -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "zoo_sdk.emulator", "--port", str(port), "--fault-rate", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert httpx.get(url + "/api/projects", headers={"Accept": ACCEPT}).status_code == 503
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
