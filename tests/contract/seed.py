"""A little world for the fuzzer: users, Panoptes resources, Caesar pipeline, CrowdFlower jobs.

Everything is created over HTTP, through the public API of each emulated service (the emulator's
internals are not touched), so that the ids the fuzzer sends hit real resources often. The ids
created are returned as :class:`World` pools; ``tests.contract.fuzz`` maps generated path ids
onto them.

The last id of every pool is *disposable*: DELETE operations are pointed at it, so the ids the
other operations use stay alive for the whole run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from zoo_sdk.emulator import Emulator

OWNER = ("fuzzer", "fuzz-pass")
ADMIN = ("fuzz-admin", "fuzz-admin-pass")
PANOPTES_ACCEPT = "application/vnd.api+json; version=1"
CF_ALIAS = "fuzz-job"

#: Pools of path-parameter values, by API then by path-parameter name.
Pools = dict[str, list[Any]]


@dataclass
class World:
    """What was seeded: the bearer token (owner of everything) and the id pools per API."""

    token: str
    crowdflower_key: str
    pools: dict[str, Pools] = field(default_factory=dict)


def password_token(emu: Emulator, login: str, password: str) -> str:
    """A bearer token from the OAuth password grant (the emulator's first-party client id)."""
    response = httpx.post(f"{emu.url}/oauth/token", data={
        "grant_type": "password", "client_id": emu.client_id, "login": login,
        "password": password})
    response.raise_for_status()
    token: str = response.json()["access_token"]
    return token


def _check(response: httpx.Response) -> Any:
    if response.status_code >= 300:
        raise RuntimeError(f"seeding failed: {response.request.method} {response.request.url} "
                           f"-> {response.status_code} {response.text[:300]}")
    return response.json() if response.content else None


def seed_panoptes(http: httpx.Client) -> Pools:
    """Two projects with a workflow and a subject set each, subjects in the first set, a
    collection, a classification, a tutorial, a field guide and a user group."""

    def create(plural: str, attrs: dict[str, Any]) -> str:
        body = _check(http.post(f"/api/{plural}", json={plural: attrs}))
        rid: str = body[plural][0]["id"]
        return rid

    projects, workflows, subject_sets, subjects = [], [], [], []
    for n in (1, 2):
        project = create("projects", {"display_name": f"Fuzz project {n}", "description": "d",
                                      "primary_language": "en", "private": False})
        projects.append(project)
        workflows.append(create("workflows", {
            "display_name": f"Fuzz workflow {n}", "primary_language": "en",
            "tasks": {"T0": {"type": "single", "question": "Cat?", "answers": [
                {"label": "yes"}, {"label": "no"}]}}, "first_task": "T0",
            "links": {"project": project}}))
        subject_sets.append(create("subject_sets", {
            "display_name": f"Fuzz set {n}", "links": {"project": project}}))
    for n in (1, 2, 3):
        subjects.append(create("subjects", {
            "locations": ["image/png"], "metadata": {"n": n},
            "links": {"project": projects[0]}}))
    _check(http.post(f"/api/subject_sets/{subject_sets[0]}/links/subjects",
                     json={"subjects": subjects[:2]}))
    _check(http.post(f"/api/workflows/{workflows[0]}/links/subject_sets",
                     json={"subject_sets": [subject_sets[0]]}))
    collection = create("collections", {"display_name": "Fuzz collection", "private": False,
                                        "links": {"subjects": subjects[:1]}})
    create("classifications", {
        "annotations": [{"task": "T0", "value": 0}],
        "metadata": {"started_at": "2024-01-01T00:00:00Z", "finished_at": "2024-01-01T00:01:00Z",
                     "user_agent": "fuzz", "user_language": "en", "utc_offset": "0",
                     "workflow_version": "1.1"},
        "links": {"project": projects[0], "workflow": workflows[0], "subjects": subjects[:1]}})
    ids = sorted({*projects, *workflows, *subject_sets, *subjects, collection}, key=int)
    return {"*": ids}


def seed_caesar(http: httpx.Client, emu: Emulator, workflows: list[int],
                project: int) -> Pools:
    """Both Panoptes workflows and the first project registered, with extractors, reducers,
    rules with effects, reductions, an extract import and a data request on the first."""
    base = "/caesar"

    def post(path: str, body: dict[str, Any]) -> Any:
        return _check(http.post(base + path, json=body))

    for wid in workflows:
        post("/workflows", {"workflow": {"id": wid, "public_extracts": False,
                                         "public_reductions": False}})
    post("/projects", {"project": {"id": project, "public_reductions": False}})
    wf = f"/workflows/{workflows[0]}"
    for body in ({"type": "question", "key": "q", "task_key": "T0"},
                 {"type": "blank", "key": "blank", "task_key": "T0"},
                 {"type": "who", "key": "who"}):
        post(f"{wf}/extractors", {"extractor": body})
    for body in ({"type": "count", "key": "count"}, {"type": "stats", "key": "stats"},
                 {"type": "consensus", "key": "consensus"}):
        post(f"{wf}/reducers", {"reducer": body})
    post(f"/projects/{project}/reducers", {"reducer": {"type": "count", "key": "pcount"}})
    rules = [post(f"{wf}/subject_rules", {"subject_rule": {
        "condition": ["gte", ["lookup", "count.classifications", 0], ["const", n]]}})["id"]
        for n in (3, 30)]
    for rule in rules:
        post(f"{wf}/subject_rules/{rule}/subject_rule_effects", {"subject_rule_effect": {
            "action": "retire_subject", "config": {"reason": "consensus"}}})
    user_rules = [post(f"{wf}/user_rules", {"user_rule": {
        "condition": ["gte", ["lookup", "count.classifications", 0], ["const", n]]}})["id"]
        for n in (1, 2)]
    for rule in user_rules:
        post(f"{wf}/user_rules/{rule}/user_rule_effects", {"user_rule_effect": {
            "action": "promote_user", "config": {"workflow_id": workflows[1]}}})
    for subject in (1, 2):
        _check(http.put(f"{base}{wf}/subject_reductions/count", json={"reduction": {
            "subject_id": subject, "data": {"classifications": subject}}}))
    _check(http.put(f"{base}{wf}/user_reductions/count", json={"reduction": {
        "user_id": 1, "data": {"classifications": 4}}}))
    csv = b'extractor_key,subject_id,data\nq,1,"{""yes"": 1}"\nq,2,"{""no"": 1}"\n'
    emu.state.blobs.put("fuzz/extracts.csv", csv, "text/csv")
    _check(http.post(f"{base}{wf}/extracts/import",
                     json={"file": f"{emu.url}/blobs/fuzz/extracts.csv"}))
    data_requests = [post(f"{wf}/data_requests", {"data_request": {
        "requested_data": kind}})["id"] for kind in ("extracts", "subject_reductions")]
    return {
        "workflow_id": list(workflows), "project_id": [project], "id": [1, 2, 3],
        "uuid": data_requests, "extractor_key": ["q", "blank", "who"],
        "reducer_key": ["count", "stats", "consensus"], "subject_id": [1, 2, 3],
        "user_id": [1, 2], "subject_rule_id": rules, "user_rule_id": user_rules,
    }


def seed_crowdflower(emu: Emulator) -> Pools:
    """Three jobs (the first with an alias), units, an order, judgments and tags."""
    http = httpx.Client(base_url=emu.crowdflower_url, params={"key": emu.crowdflower_key},
                        headers={"Accept": "application/json"})
    cml = '<cml:radios label="Cat?" name="answer" validates="required">' \
          '<cml:radio label="Yes" value="yes"/><cml:radio label="No" value="no"/></cml:radios>'
    jobs, units, judgments, orders = [], [], [], []
    with http:
        for n in (1, 2, 3):
            form = {"job[title]": f"Fuzz job {n}", "job[instructions]": "Is it a cat?",
                    "job[cml]": cml, "job[judgments_per_unit]": "2", "job[payment_cents]": "1"}
            if n == 1:
                form["job[alias]"] = CF_ALIAS
            job = _check(http.post("/jobs.json", data=form))["id"]
            jobs.append(job)
            for m in (1, 2, 3):
                units.append(_check(http.post(f"/jobs/{job}/units.json", data={
                    "unit[data][text]": f"row {n}.{m}"}))["id"])
        orders.append(_check(http.post(f"/jobs/{jobs[0]}/orders.json", data={
            "debit[units_count]": "2", "channels[]": "on_demand"}))["id"])
        for worker in (7, 8):
            judgments.append(_check(http.post(f"/jobs/{jobs[0]}/judgments", data={
                "judgment[unit_id]": str(units[0]), "judgment[worker_id]": str(worker),
                "judgment[data][answer]": "yes"}))["id"])
        _check(http.post(f"/jobs/{jobs[0]}/tags", data={"tags": "cats"}))
    return {"job_id": jobs, "unit_id": units, "judgment_id": judgments, "order_id": orders,
            "worker_id": [7, 8, 9]}


def seed(emu: Emulator) -> World:
    """Seed all three services of a started emulator; returns the owner's token and the pools."""
    token = password_token(emu, *OWNER)
    headers = {"Authorization": f"Bearer {token}", "Accept": PANOPTES_ACCEPT,
               "Content-Type": "application/json"}
    world = World(token=token, crowdflower_key=emu.crowdflower_key)
    with httpx.Client(base_url=emu.url, headers=headers) as http:
        world.pools["panoptes"] = seed_panoptes(http)
        http.headers["Accept"] = "application/json"
        found = http.get("/api/workflows", headers={"Accept": PANOPTES_ACCEPT}).json()
        workflows = sorted(int(w["id"]) for w in found["workflows"])[:2]
        project = int(found["workflows"][0]["links"]["project"])
        world.pools["caesar"] = seed_caesar(http, emu, workflows, project)
    world.pools["crowdflower"] = seed_crowdflower(emu)
    return world
