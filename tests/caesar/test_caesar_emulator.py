"""Caesar routes of the emulator that the client does not wrap, over raw HTTP."""

from __future__ import annotations

import httpx

from zoo_sdk import Caesar, Panoptes, Workflow
from zoo_sdk.emulator import Emulator


def test_projects_user_reductions_and_legacy_routes(emu: Emulator, alice: Panoptes,
                                                     caesar: Caesar, workflow: Workflow) -> None:
    wid, pid = int(workflow.id), int(workflow.links.project.id)
    http = httpx.Client(base_url=emu.caesar_url, headers={
        "Authorization": f"Bearer {alice.get_bearer_token()}", "Accept": "application/json"})
    assert http.post("/workflows", json={"workflow": {"id": wid}}).status_code == 200
    assert http.post("/workflows", json={"workflow": {"id": wid}}).status_code == 302
    assert http.patch(f"/workflows/{wid}", json={"workflow": {"status": "paused"}}
                      ).status_code == 204
    assert http.put(f"/workflows/{wid}", json={"workflow": {"status": "x"}}).json() == {
        "errors": {"status": ["'x' is not a valid status"]}}

    config = {"a": {"type": "who"}, "b": {"type": "blank", "minimum_version": 2}}
    assert http.put(f"/workflows/{wid}", json={"workflow": {"extractors_config": config}}
                    ).status_code == 204
    keys = {e["key"]: e for e in http.get(f"/workflows/{wid}/extractors").json()}
    assert sorted(keys) == ["a", "b"] and keys["b"]["minimum_workflow_version"] == "2"

    created = http.post("/projects", json={"project": {"id": pid, "public_reductions": True}})
    assert created.status_code == 201 and created.json()["display_name"] == "Caesar project"
    assert http.put(f"/projects/{pid}", json={"project": {"status": "halted"}}).status_code == 204
    assert http.get(f"/projects/{pid}").json()["status"] == "halted"
    reducer = http.post(f"/projects/{pid}/reducers", json={"reducer": {
        "type": "unique_count", "key": "users", "field": "user_id"}}).json()
    assert reducer["reducible_type"] == "Project" and reducer["workflow_id"] is None
    assert http.put(f"/projects/{pid}/subject_reductions/users", json={
        "reduction": {"subject_id": 1, "data": {}}}).status_code == 404

    http.post(f"/workflows/{wid}/reducers", json={"reducer": {
        "type": "count", "key": "seen", "topic": "reduce_by_user"}})
    upserted = http.put(f"/workflows/{wid}/user_reductions/seen", json={
        "reduction": {"user_id": 5, "data": {"n": 1}}})
    assert upserted.status_code == 200 and upserted.json()["user_id"] == 5
    assert len(http.get(f"/workflows/{wid}/users/5/user_reductions").json()) == 1
    assert http.put(f"/workflows/{wid}/user_reductions/seen", json={
        "reduction": {"data": {}}}).json() == {"errors": {"user_id": ["can't be blank"]}}

    http.put(f"/workflows/{wid}/reducers/seen/reductions", json={
        "reduction": {"subject_id": 3, "data": {"k": 1}}})
    assert [r["subject_id"] for r in http.get(f"/workflows/{wid}/reducers/seen/reductions",
                                              params={"subject_id": 3}).json()] == [3]
    anonymous = httpx.get(f"{emu.caesar_url}/workflows/{wid}")
    assert (anonymous.status_code, anonymous.content) == (401, b"")
    http.close()
