"""Shared pieces of the test-kit tests: a workflow of every task type, HTTP readers."""

from __future__ import annotations

import csv
import io
import json
import time
from typing import Any

import httpx

from zoo_sdk.emulator import Emulator
from zoo_sdk.emulator.seeding import (
    SeededWorld,
    combo,
    drawing,
    dropdown,
    multiple,
    question,
    slider,
    survey,
    text,
    tool,
)

ACCEPT = "application/vnd.api+json; version=1"
OWNER, PASSWORD = "alice", "secret"
TOOLS = ("point", "rectangle", "rotateRectangle", "circle", "ellipse", "triangle", "line",
         "polygon", "bezier", "column", "fullWidthLine", "fullHeightLine", "fan", "freehandLine")


def every_task() -> list[dict[str, Any]]:
    """One task of each type the simulator answers (T0..T7; T8 shortcut, T9/T10 combo parts)."""
    return [
        question("Is there a cat?", ["Yes", "No"], shortcut=["Nothing here"]),
        multiple("Which colours?", ["Black", "White", "Ginger"]),
        drawing("Mark the cats", [
            tool("point", "Eye", details=[question("Open?", ["Yes", "No"]), text("Colour?")]),
            *[tool(kind, kind.title()) for kind in TOOLS[1:]]]),
        survey(["Lion", "Zebra", "Red fox"], {"How many?": ["1", "2", "3+"],
                                               "Doing what?": ["Eating", "Resting"]},
               multiple_questions=["Doing what?"]),
        text("Transcribe the label"),
        combo(text("Where?"), question("Sure?", ["Yes", "No"])),
        dropdown("Country?", ["France", "Peru", "Kenya"], allow_create=True),
        slider("How sure?", min=0, max=10, step=1),
    ]


def world(emu: Emulator, tasks: list[dict[str, Any]] | None = None, subjects: int = 30,
          retirement: int | str | None = None) -> SeededWorld:
    return emu.seed.world(OWNER, tasks if tasks is not None else every_task(),
                          subjects=subjects, password=PASSWORD, retirement=retirement)


def token(emu: Emulator, login: str = OWNER, password: str = PASSWORD) -> str:
    response = httpx.post(emu.url + "/oauth/token", data={
        "grant_type": "password", "client_id": emu.client_id, "login": login,
        "password": password})
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def api(emu: Emulator, login: str = OWNER, password: str = PASSWORD) -> httpx.Client:
    """An HTTP client of the emulator's /api, signed in."""
    return httpx.Client(base_url=emu.url + "/api", headers={
        "Accept": ACCEPT, "Content-Type": "application/json",
        "Authorization": f"Bearer {token(emu, login, password)}"}, timeout=30)


def project_classifications(emu: Emulator, project_id: str) -> list[dict[str, Any]]:
    """Every classification of a project, read over HTTP as its owner."""
    out: list[dict[str, Any]] = []
    with api(emu) as client:
        page = 1
        while True:
            body = client.get("/classifications/project", params={
                "project_id": project_id, "page_size": 100, "page": page}).json()
            if not body["classifications"]:
                return sorted(out, key=lambda c: int(c["id"]))
            out += body["classifications"]
            page += 1


def export_rows(emu: Emulator, plural: str, rid: str) -> list[dict[str, str]]:
    """Generate a classification export over HTTP, wait for it and read the CSV."""
    with api(emu) as client:
        created = client.post(f"/{plural}/{rid}/classifications_export",
                              json={"media": {"content_type": "text/csv"}})
        assert created.status_code == 201, created.text
        deadline = time.monotonic() + 30
        while True:
            medium = client.get(f"/{plural}/{rid}/classifications_export").json()["media"][0]
            if medium["metadata"]["state"] == "ready":
                break
            assert time.monotonic() < deadline, "export never became ready"
            time.sleep(0.05)
        text_ = httpx.get(str(medium["src"]), timeout=30).text
    return list(csv.DictReader(io.StringIO(text_)))


def annotations_of(row: dict[str, str]) -> dict[str, Any]:
    return {a["task"]: a for a in json.loads(row["annotations"])}
