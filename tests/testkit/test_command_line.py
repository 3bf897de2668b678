"""`python -m zoo_sdk.emulator` prints every endpoint and credential; without the [emulator]
extra it and `import zoo_sdk.emulator` say which extra to install."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx

from .test_plugin import BLOCKER


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(*args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "ZOO_EMULATOR_VALIDATE"}
    return subprocess.Popen([sys.executable, "-m", "zoo_sdk.emulator", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _stop(proc: subprocess.Popen[str]) -> int:
    proc.send_signal(signal.SIGINT)
    try:
        return proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_prints_every_endpoint_and_credential() -> None:
    port = _free_port()
    proc = _serve("--port", str(port), "--user", "alice:secret", "--admin", "root:pw")
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url == f"http://127.0.0.1:{port}"
        lines: list[str] = []
        while not lines or not lines[-1].startswith("Ctrl-C"):
            lines.append(proc.stdout.readline().rstrip())
    finally:
        assert _stop(proc) == 0
    text = "\n".join(lines)
    for expected in (f"Panoptes     {url}", "client id", "alice / secret", "root / pw  (admin)",
                     f"Talk         {url}/talk", f"Caesar       {url}/caesar",
                     f"CrowdFlower  {url}/crowdflower/v1", "API key",
                     f"export PANOPTES_ENDPOINT={url}"):
        assert expected in text, (expected, text)


def test_json_details_and_state_files(tmp_path: Path) -> None:
    saved = tmp_path / "saved.json"
    port = _free_port()
    proc = _serve("--port", str(port), "--user", "alice:secret", "--json", "--save-state",
                  str(saved), "--crowdflower-key", "mykey:20")
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        info = json.loads(proc.stdout.readline())
        assert info["panoptes"]["url"] == url and info["caesar"]["url"] == url + "/caesar"
        assert info["panoptes"]["users"] == [{"login": "alice", "password": "secret",
                                              "admin": False}]
        assert "mykey" in info["crowdflower"]["keys"]
        token = httpx.post(url + "/oauth/token", data={
            "grant_type": "password", "client_id": info["panoptes"]["client_id"],
            "login": "alice", "password": "secret"})
        assert token.status_code == 200
    finally:
        assert _stop(proc) == 0
    assert json.loads(saved.read_text())["format"] == "zoo-emulator-state"
    proc = _serve("--port", str(_free_port()), "--json", "--state-file", str(saved))
    try:
        assert proc.stdout is not None
        proc.stdout.readline()
        again = json.loads(proc.stdout.readline())
        assert again["panoptes"]["client_id"] == info["panoptes"]["client_id"]
        assert again["crowdflower"]["key"] == info["crowdflower"]["key"]
        assert [u["login"] for u in again["panoptes"]["users"]] == ["alice"]
    finally:
        assert _stop(proc) == 0
    missing = subprocess.run([sys.executable, "-m", "zoo_sdk.emulator", "--state-file",
                              str(tmp_path / "nope.json")], capture_output=True, text=True,
                             timeout=60)
    assert missing.returncode == 2 and "no state file" in missing.stderr


def _without_extra(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "sitecustomize.py").write_text(BLOCKER)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          timeout=60)


def test_without_the_extra_one_clear_line(tmp_path: Path) -> None:
    served = _without_extra(tmp_path, "-m", "zoo_sdk.emulator", "--port", "0")
    assert served.returncode == 1 and served.stdout == ""
    assert served.stderr.strip().splitlines() == [
        "error: zoo_sdk.emulator needs the optional [emulator] extra (starlette is missing): "
        "pip install 'zoo-sdk[emulator]'"]
    imported = _without_extra(tmp_path, "-c", "import zoo_sdk.emulator")
    assert imported.returncode == 1
    last = imported.stderr.strip().splitlines()[-1]
    assert last.startswith("zoo_sdk.emulator._extra.MissingExtraError: ")
    assert "pip install 'zoo-sdk[emulator]'" in last
    assert "During handling" not in imported.stderr  # no chained bare ModuleNotFoundError
    caught = _without_extra(tmp_path, "-c", (
        "import zoo_sdk, zoo_sdk.testing\n"
        "try:\n    import zoo_sdk.emulator\n"
        "except ModuleNotFoundError as e:\n    print(e.name)"))
    assert caught.returncode == 0 and caught.stdout.strip() == "starlette"
