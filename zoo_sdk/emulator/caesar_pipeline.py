"""Caesar's pipeline in the emulator: classifications → extracts → reductions → rules → effects.

Every classification completed on the emulated Panoptes (over HTTP, or by ``Store.create``) is
handed to Caesar as Panoptes' event stream hands it to the real one (``StreamEvents::
ClassificationEvent``). A background worker (one thread, started when there is work and gone
when there is none) then does what Caesar's Sidekiq workers do, in the same order:

- ``ExtractWorker`` / ``RunsExtractors``: each extractor of the workflow (active workflows only;
  a paused workflow keeps the classification for when it is unpaused) → extracts. If any
  extractor fails, none of that classification's extracts is stored;
- ``ReduceWorker`` / ``RunsSubjectReducers`` / ``RunsUserReducers``: the workflow's (and its
  Caesar project's) reducers over the subject's / user's extracts → subject and user reductions;
- ``CheckSubjectRulesWorker`` / ``CheckUserRulesWorker`` / ``RunsSubjectRules``: the rules, in
  ``row_order``, as ``rules_applied`` says, when reductions changed (also after an external
  ``PUT`` of a reduction) → subject and user actions;
- ``PerformSubjectActionWorker``: the effects, done on the emulated Panoptes as Caesar's admin
  client would (``Store.retire``, the links of subject sets and collections, project
  preferences) or POSTed to an external URL.

The external extractor, reducer and effect reach **loopback addresses only** (127.0.0.0/8,
::1, ``localhost``) with a timeout (:attr:`CaesarPipeline.external_timeout`); any other host
fails like an unreachable endpoint, with a message saying why. Caesar accepts ``https`` URLs
only; on loopback the worker tries TLS (certificates not checked) and falls back to plain HTTP,
so a test's ``http.server`` on ``https://127.0.0.1:<port>/`` works. Failures are logged on
``zoo_sdk.emulator.caesar``, kept in :attr:`CaesarPipeline.errors` and counted by per-item
circuit breakers (Stoplight: red after 3 failures in a row, for 60 s), which the workflow's
``stoplight_status`` lists. Sidekiq's retries are not emulated.

Wait for the worker with :meth:`CaesarPipeline.wait_idle`::

    pipeline = caesar_pipeline(emu.state)
    ...  # classify over HTTP
    assert pipeline.wait_idle(5)
"""

from __future__ import annotations

import collections
import copy
import functools
import ipaddress
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from . import caesar_engine as engine
from .caesar_engine import NO_DATA, PipelineError
from .store import SYSTEM, ApiError, Rec, now_iso

if TYPE_CHECKING:
    from .app import EmulatorState
    from .caesar import CaesarDB

logger = logging.getLogger("zoo_sdk.emulator.caesar")
JSON = dict[str, Any]

#: Stoplight's defaults: a light turns red after this many failures in a row, for this long.
STOPLIGHT_THRESHOLD = 3
STOPLIGHT_COOL_OFF = 60.0


class JobQueue:
    """Caesar's Sidekiq queues as one FIFO worked by one thread, started on demand."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.jobs: collections.deque[Callable[[], None]] = collections.deque()
        self.enqueued = 0
        self.done = 0
        self.running = False

    def put(self, job: Callable[[], None]) -> int:
        """Queue a job; returns its number (1, 2, ...)."""
        with self.cond:
            self.jobs.append(job)
            self.enqueued += 1
            if not self.running:
                self.running = True
                threading.Thread(target=self._work, name="caesar-pipeline", daemon=True).start()
            return self.enqueued

    def _work(self) -> None:
        while True:
            with self.cond:
                if not self.jobs:
                    self.running = False
                    self.cond.notify_all()
                    return
                job = self.jobs.popleft()
            try:
                job()
            except Exception:  # a bug of the emulator: log it, keep working
                logger.exception("Caesar pipeline job failed")
            finally:
                with self.cond:
                    self.done += 1
                    self.cond.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every queued job (and what it queued) is done; False on timeout."""
        with self.cond:
            return self.cond.wait_for(lambda: self.done == self.enqueued, timeout)


class Stoplights:
    """Stoplight circuit breakers by name (``extractor-5``, ``reducer-2``, ``subject-rule-1``)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.failures: dict[str, tuple[int, float]] = {}

    def red(self, name: str) -> bool:
        with self.lock:
            count, last = self.failures.get(name, (0, 0.0))
        return count >= STOPLIGHT_THRESHOLD and time.monotonic() - last < STOPLIGHT_COOL_OFF

    def run(self, name: str, work: Callable[[], Any]) -> Any:
        if self.red(name):
            raise PipelineError(f"Stoplight::Error::RedLight: {name}")
        try:
            value = work()
        except Exception:
            with self.lock:
                count = self.failures.get(name, (0, 0.0))[0]
                self.failures[name] = (count + 1, time.monotonic())
            raise
        with self.lock:
            self.failures.pop(name, None)
        return value


@dataclass
class PipelineFailure:
    """One failure the worker logged: what failed (``extractor 3 (key q)``) and why."""

    what: str
    error: str
    at: str = field(default_factory=now_iso)

    def __str__(self) -> str:
        return f"{self.what}: {self.error}"


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() in ("localhost", "localhost.localdomain") or \
            host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class CaesarPipeline:
    """The extract → reduce → rules → effects workers of one emulator's Caesar."""

    def __init__(self, state: EmulatorState, db: CaesarDB) -> None:
        self.state = state
        self.store = state.store
        self.db = db
        self.queue = JobQueue()
        #: Tells this emulator's queue from another's (data requests of a loaded state file).
        self.token = uuid.uuid4().hex
        self.stoplights = Stoplights()
        self.outbox = engine.Outbox()
        #: Seconds an external extractor, reducer or effect may take.
        self.external_timeout = 10.0
        #: The most recent failures (extractors, reducers, rules, effects), oldest first.
        self.errors: collections.deque[PipelineFailure] = collections.deque(maxlen=200)
        #: Classifications received while their workflow was paused, by workflow id.
        self.paused: dict[int, list[JSON]] = {}
        self.store.on_classification.append(self.classification_created)

    # -- entry points --------------------------------------------------------------------

    def classification_created(self, rec: Rec) -> None:
        """The store hook (called under the store's lock): queue the classification if its
        workflow is registered with Caesar and not halted (``ClassificationEvent#enabled?``,
        decided as the event arrives). The worker reads the classification when it processes
        it, under the store's lock, so a creator that adjusts the record while still holding
        the lock (a simulator backdating ``created_at``) is seen as it left it."""
        # A plain dict read (atomic): taking the Caesar lock under the store's would invert the
        # order the Caesar handlers take them in.
        workflow = self.db.tables["workflows"].get(_int(rec.fks.get("workflow")))
        if workflow is None or workflow.get("status") == "halted":
            return
        self.enqueue(self.process_classification, {"rec": rec, "status": workflow.get("status")})

    def event_data(self, rec: Rec) -> JSON:
        """The classification as Panoptes publishes it (the stream event's ``data``)."""
        with self.store.lock:
            return {
                "id": str(rec.id),
                "annotations": copy.deepcopy(rec.attrs.get("annotations")),
                "metadata": copy.deepcopy(rec.attrs.get("metadata")),
                "created_at": rec.created_at, "updated_at": rec.updated_at,
                "links": {"project": rec.fks.get("project"), "workflow": rec.fks.get("workflow"),
                          "user": rec.fks.get("user"),
                          "subjects": [str(s) for s in rec.extra.get("subjects", [])]},
            }

    def enqueue(self, work: Callable[..., Any], *args: Any) -> int:
        return self.queue.put(lambda: work(*args))

    def wait_idle(self, timeout: float | None = 10.0) -> bool:
        """Wait until the worker has nothing left to do (True), or ``timeout`` passed (False).

        >>> caesar_pipeline(emu.state).wait_idle(5)   # doctest: +SKIP
        True
        """
        return self.queue.wait_idle(timeout)

    def failed(self, what: str, error: BaseException | str) -> None:
        failure = PipelineFailure(what, str(error) or type(error).__name__)
        self.errors.append(failure)
        logger.warning("Caesar pipeline: %s", failure)

    # -- extraction (stream_events/classification_event.rb, runs_extractors.rb) -----------

    def process_classification(self, event: JSON) -> None:
        data = self.event_data(event["rec"])
        wid = _int(data["links"].get("workflow"))
        with self.db.lock:
            workflow = self.db.tables["workflows"].get(wid)
            if workflow is None or workflow.get("status") == "halted":
                return  # ``enabled?``: Caesar does not even store it
            if "paused" in (workflow.get("status"), event.get("status")):
                self.paused.setdefault(workflow["id"], []).append({**event, "status": "active"})
                return  # kept: UnpauseWorkflowWorker extracts it later
            extractors = sorted((copy.deepcopy(e) for e in self.db.rows(
                "extractors", workflow_id=workflow["id"])), key=lambda e: e["id"])
            project_id = workflow.get("project_id")
        if not extractors:
            return
        try:
            subjects = data["links"].get("subjects") or []
            classification = engine.classification_from(
                data, self.subject_attributes(subjects[0]) if subjects else None)
        except PipelineError as exc:
            self.failed(f"classification {data.get('id')}", exc)
            return
        results: list[tuple[JSON, Any]] = []
        failures = 0
        for extractor in extractors:
            try:
                value = self.stoplights.run(
                    f"extractor-{extractor['id']}",
                    functools.partial(engine.extract, extractor, classification,
                                      self.post_for_data))
            except Exception as exc:
                failures += 1
                self.failed(f"extractor {extractor['id']} ({extractor['key']}) on classification "
                            f"{classification.id}", exc)
                continue
            results.append((extractor, value))
        if failures:  # ``raise ExtractionFailed, 'One or more extractors failed'``: none saved
            return
        ids = self.save_extracts(classification, results)
        if not ids:
            return
        with self.db.lock:
            has_reducers = bool(self.db.rows("reducers", reducible_id=wid,
                                             reducible_type="Workflow"))
            project = self.db.tables["projects"].get(classification.project_id)
            project_reducers = project is not None and bool(self.db.rows(
                "reducers", reducible_id=project["id"], reducible_type="Project"))
        if has_reducers:
            self.reduce("Workflow", wid, classification.subject_id, classification.user_id, ids)
        if project_reducers and project_id is not None:
            self.reduce("Project", classification.project_id, classification.subject_id,
                        classification.user_id, ids)

    def save_extracts(self, classification: engine.Classification,
                      results: list[tuple[JSON, Any]]) -> list[int]:
        """Upsert the extracts (one per classification and extractor key); their ids."""
        ids = []
        with self.db.lock:
            for extractor, value in results:
                if value is NO_DATA:
                    continue
                match = {"workflow_id": classification.workflow_id,
                         "subject_id": classification.subject_id,
                         "classification_id": classification.id,
                         "extractor_key": extractor["key"]}
                found = self.db.rows("extracts", **match)
                attrs = {"user_id": classification.user_id,
                         "classification_at": classification.created_at,
                         "project_id": classification.project_id,
                         "workflow_version": _string(classification.workflow_version),
                         "data": value}
                if found:
                    record = found[0]
                    if any(record.get(k) != v for k, v in attrs.items()):
                        record.update(attrs, updated_at=now_iso())
                else:
                    record = self.db.insert("extracts", {
                        "id": None, "classification_id": classification.id,
                        "classification_at": classification.created_at,
                        "extractor_key": extractor["key"],
                        "workflow_id": classification.workflow_id,
                        "user_id": classification.user_id,
                        "subject_id": classification.subject_id, "data": value,
                        "project_id": classification.project_id,
                        "workflow_version": _string(classification.workflow_version),
                        "machine_data": False, "relevant_reduction": None})
                ids.append(record["id"])
        return ids

    # -- reduction (runs_reducers.rb, runs_subject_reducers.rb, runs_user_reducers.rb) ----

    def reduce(self, kind: str, reducible_id: Any, subject_id: Any, user_id: Any,
               extract_ids: list[int], check_rules: bool = True,
               topics: tuple[str, ...] = ("subject", "user")) -> None:
        """``ReduceWorker``: the subject reducers, then the user reducers; each topic's rules
        when its reductions changed (workflows only)."""
        table = "workflows" if kind == "Workflow" else "projects"
        with self.db.lock:
            reducible = self.db.tables[table].get(reducible_id)
            if reducible is None or reducible.get("status") == "halted":
                return
            reducers = sorted((copy.deepcopy(r) for r in self.db.rows(
                "reducers", reducible_id=reducible_id, reducible_type=kind)),
                key=lambda r: r["id"])
        for topic, target in (("subject", subject_id), ("user", user_id)):
            if topic not in topics:
                continue
            mine = [r for r in reducers if (r.get("topic") or "reduce_by_subject")
                    == f"reduce_by_{topic}"]
            if not mine or target is None:
                continue
            try:
                changed = self.reduce_topic(topic, kind, reducible_id, mine, target, extract_ids)
            except Exception as exc:
                self.failed(f"{topic} reduction of {kind.lower()} {reducible_id} ({topic} "
                            f"{target})", exc)
                return  # the exception ends ReduceWorker: the user reducers do not run
            if changed and kind == "Workflow" and check_rules:
                self.check_rules(topic, reducible_id, target)

    def reduce_topic(self, topic: str, kind: str, reducible_id: Any, reducers: list[JSON],
                     target: Any, extract_ids: list[int]) -> list[engine.Reduction]:
        table, column = f"{topic}_reductions", f"{topic}_id"
        other, other_column = (("user_reductions", "user_id") if topic == "subject"
                               else ("subject_reductions", "subject_id"))
        minimal = all(r.get("reduction_mode") == "running_reduction" for r in reducers)
        with self.db.lock:
            extracts = self.fetch_extracts(topic, kind, reducible_id, target, extract_ids,
                                           minimal)
            stored = [copy.deepcopy(r) for r in self.db.rows(
                table, reducible_id=reducible_id, reducible_type=kind, **{column: target})]
            links = {r["id"]: set(self.db.links.get((table, r["id"]), ())) for r in stored}
            wanted = {e.get(other_column) for e in extracts}
            relevant = {}
            for reducer in reducers:
                keys = reducer.get(f"{'user' if topic == 'subject' else 'subject'}_reducer_keys")
                keys = keys if isinstance(keys, list) else [keys]
                relevant[reducer["id"]] = [copy.deepcopy(r) for r in self.db.rows(
                    other, reducible_id=reducible_id, reducible_type=kind)
                    if r.get(other_column) in wanted and r.get("reducer_key") in keys]
        fetcher = engine.StoredReductions(stored, links)
        results: list[engine.Reduction] = []
        for reducer in reducers:
            results.extend(self.stoplights.run(
                f"reducer-{reducer['id']}",
                functools.partial(engine.reduce, reducer, extracts, fetcher,
                                  relevant[reducer["id"]], self.post_for_data,
                                  self.subject_metadata, self.outbox)))
        with self.db.lock:
            for reduction in results:
                self.save_reduction(table, column, kind, reducible_id, target, reduction,
                                    running=any(r["key"] == reduction.reducer_key and
                                                r.get("reduction_mode") == "running_reduction"
                                                for r in reducers))
        return results

    def fetch_extracts(self, topic: str, kind: str, reducible_id: Any, target: Any,
                       extract_ids: list[int], minimal: bool) -> list[JSON]:
        """``FetchExtractsBySubject`` (with the ``previous_subject_ids`` of the subjects'
        metadata) / ``FetchExtractsByUser``; ``fetch_minimal`` when every reducer runs in
        running reduction mode."""
        scope = "workflow_id" if kind == "Workflow" else "project_id"
        rows = [e for e in self.db.tables["extracts"].values()
                if e.get(scope) == reducible_id]
        ids = set(extract_ids)
        if topic == "user":
            chosen = [e for e in rows if e.get("user_id") == target and
                      (not minimal or e["id"] in ids)]
        else:
            exact = {e.get("subject_id") for e in rows if e["id"] in ids} | {target}
            additional: set[Any] = set()
            for sid in exact:
                additional |= self.previous_subject_ids(sid)
            if minimal:
                chosen = [e for e in rows if (e.get("subject_id") == target and e["id"] in ids)
                          or e.get("subject_id") in additional]
            else:
                chosen = [e for e in rows if e.get("subject_id") in exact | additional]
        return [copy.deepcopy(e) for e in sorted(chosen, key=lambda e: e["id"])]

    def previous_subject_ids(self, subject_id: Any) -> set[Any]:
        """``Subject#additional_subject_ids_for_reduction``: metadata ``previous_subject_ids``
        (JSON text, as the docs have it, or a list)."""
        metadata = self.subject_metadata(subject_id) or {}
        value = metadata.get("previous_subject_ids")
        if not value:
            return set()
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                raise PipelineError(
                    f"subject {subject_id}: previous_subject_ids is not JSON: {value!r}") from None
        items = value if isinstance(value, list) else [value]
        return {_int(v) if _int(v) is not None else v for v in items}

    def save_reduction(self, table: str, column: str, kind: str, reducible_id: Any,
                       target: Any, reduction: engine.Reduction, running: bool) -> None:
        """``reduction.save!``: an update only when data or store changed (then
        ``lock_version`` and ``updated_at`` move), else nothing."""
        live = self.db.tables[table].get(reduction.record["id"]) if reduction.record else None
        if live is not None:
            if live.get("data") != reduction.data or live.get("store") != reduction.store:
                live.update(data=copy.deepcopy(reduction.data),
                            store=copy.deepcopy(reduction.store),
                            lock_version=int(live.get("lock_version") or 0) + 1,
                            updated_at=now_iso())
        else:
            live = self.db.insert(table, {
                "id": None, "reducer_key": reduction.reducer_key, "workflow_id": reducible_id,
                column: target, "data": copy.deepcopy(reduction.data),
                "subgroup": engine.subgroup_column(reduction.subgroup),
                "lock_version": 0, "store": copy.deepcopy(reduction.store),
                "reducible_id": reducible_id, "reducible_type": kind})
        if running:
            self.db.links[(table, live["id"])] = set(reduction.extract_ids)

    # -- rules (runs_subject_rules.rb, runs_user_rules.rb, subject_rule.rb) ---------------

    def check_rules(self, topic: str, workflow_id: Any, target: Any) -> None:
        """``CheckSubjectRulesWorker`` / ``CheckUserRulesWorker``: evaluate the rules in
        ``row_order`` (all matching, or only the first, per ``rules_applied``); each effect of a
        rule that holds becomes an action, performed at once."""
        actions: list[int] = []
        with self.db.lock:
            workflow = self.db.tables["workflows"].get(workflow_id)
            if workflow is None or workflow.get("status") == "halted" or target is None:
                return
            rules = sorted(self.db.rows(f"{topic}_rules", workflow_id=workflow_id),
                           key=lambda r: (r.get("row_order") or 0, r["id"]))
            if not rules:
                return
            subject = None
            if topic == "subject":
                subject = self.subject_attributes(target)
                if subject is None:  # ``Subject.find`` raises: the worker fails
                    self.failed(f"subject rules of workflow {workflow_id}",
                                f"Couldn't find Subject with 'id'={target}")
                    return
            reductions = [copy.deepcopy(r) for r in self.db.rows(
                f"{topic}_reductions", reducible_id=workflow_id, reducible_type="Workflow",
                **{f"{topic}_id": target})]
            bindings = engine.RuleBindings(reductions, subject)
            mode = workflow.get("rules_applied") or "all_matching_rules"
            if mode not in ("all_matching_rules", "first_matching_rule"):
                return
            for rule in rules:
                try:
                    holds = engine.truthy(self.stoplights.run(
                        f"{topic}-rule-{rule['id']}",
                        functools.partial(engine.evaluate, rule.get("condition"), bindings)))
                except Exception as exc:  # raised out of the worker: later rules do not run
                    self.failed(f"{topic} rule {rule['id']} for {topic} {target}", exc)
                    break
                if not holds:
                    continue
                effects = sorted(self.db.rows(f"{topic}_rule_effects",
                                              **{f"{topic}_rule_id": rule["id"]}),
                                 key=lambda e: e["id"])
                for effect in effects:
                    action = self.db.insert(f"{topic}_actions", {
                        "id": None, "workflow_id": workflow_id, f"{topic}_id": target,
                        "effect_type": effect["action"],
                        "config": copy.deepcopy(effect.get("config") or {}),
                        "status": "pending", "attempted_at": None, "completed_at": None,
                        "rule_id": rule["id"]})
                    actions.append(action["id"])
                if mode == "first_matching_rule":
                    break
        for action_id in actions:
            self.perform_action(topic, action_id)

    # -- effects (effects/*.rb, subject_action.rb, user_action.rb) ------------------------

    def perform_action(self, topic: str, action_id: int) -> None:
        table = f"{topic}_actions"
        with self.db.lock:
            action = self.db.tables[table].get(action_id)
            if action is None:
                return
            workflow = self.db.tables["workflows"].get(action["workflow_id"])
            if workflow is None or workflow.get("status") == "halted":
                return  # stays pending, as PerformSubjectActionWorker leaves it
            action = copy.deepcopy(action)
            reductions = [copy.deepcopy(r) for r in self.db.rows(
                "subject_reductions", workflow_id=action["workflow_id"],
                subject_id=action.get("subject_id"),
                reducer_key=(action["config"] or {}).get("reducer_key"))] \
                if topic == "subject" else []
            project_id = workflow.get("project_id")
        try:
            self.perform_effect(action, reductions, project_id)
            status = "completed"
        except Exception as exc:
            status = "failed"
            self.failed(f"{topic} action {action_id} ({action['effect_type']}) for {topic} "
                        f"{action.get(f'{topic}_id')}", exc)
        with self.db.lock:
            live = self.db.tables[table].get(action_id)
            if live is not None:
                stamp = now_iso()
                live.update(status=status, updated_at=stamp)
                if status == "completed":
                    live["completed_at"] = stamp

    def perform_effect(self, action: JSON, reductions: list[JSON], project_id: Any) -> None:
        kind, config = action["effect_type"], action.get("config") or {}
        wid = action["workflow_id"]
        if kind == "retire_subject":
            workflow = self.store.get("workflows", wid)
            if workflow is None:
                raise PipelineError(f"Panoptes: Couldn't find workflow {wid}")
            self._panoptes(lambda: self.store.retire(
                workflow, [str(action["subject_id"])], config.get("reason") or "other", SYSTEM))
        elif kind in ("add_subject_to_set", "add_subject_to_collection"):
            plural = "subject_sets" if kind == "add_subject_to_set" else "collections"
            target_id = config.get("subject_set_id" if plural == "subject_sets" else
                                   "collection_id")
            target = self.store.get(plural, target_id or 0)
            if target is None:
                raise PipelineError(f"Panoptes: Couldn't find {plural} {target_id}")
            self._panoptes(lambda: self.store.add_links(
                plural, target, "subjects", {"subjects": [str(action["subject_id"])]}, SYSTEM))
        elif kind in ("external", "external_with_basic_auth"):
            if len(reductions) != 1:
                raise PipelineError("Incorrect number of reductions found")
            auth = (str(config.get("username")), str(config.get("password"))) \
                if kind == "external_with_basic_auth" else None
            response = self.post(str(config.get("url")), self.reduction_payload(reductions[0]),
                                 auth)
            ok = (200, 201, 204) if auth else tuple(range(200, 300))
            if response.status_code not in ok:
                raise PipelineError(f"ExternalEffectFailed (HTTP {response.status_code})")
        elif kind == "promote_user":
            self._panoptes(lambda: self.promote_user(action["user_id"], project_id,
                                                     config.get("workflow_id")))
        else:
            raise PipelineError(f"Don't know what to do with {kind}")

    def _panoptes(self, call: Callable[[], None]) -> None:
        """A Panoptes call of Caesar's admin client; its error fails the action."""
        try:
            with self.store.lock:
                call()
        except ApiError as exc:
            raise PipelineError(f"Panoptes {exc.status}: {exc.message}") from None

    def promote_user(self, user_id: Any, project_id: Any, workflow_id: Any) -> None:
        """panoptes-client's ``promote_user_to_workflow``: the user's project preferences get
        ``settings: {workflow_id: ...}`` (``PUT /project_preferences/{id}``)."""
        prefs = [p for p in self.store.where("project_preferences", "user", str(user_id))
                 if p.fks.get("project") == str(project_id)]
        if not prefs:
            raise PipelineError(f"user {user_id} has no project preferences for project "
                                f"{project_id} (undefined method '[]' for nil)")
        prefs[0].attrs["settings"] = {"workflow_id": workflow_id}
        prefs[0].touch()

    def reduction_payload(self, reduction: JSON) -> JSON:
        """``SubjectReduction#prepare``: what the external effect POSTs."""
        return {"id": reduction["id"],
                "reducible": {"id": reduction.get("reducible_id"),
                              "type": reduction.get("reducible_type")},
                "data": reduction.get("data"),
                "subject": self.subject_attributes(reduction.get("subject_id")),
                "reducer_key": reduction.get("reducer_key"),
                "created_at": reduction.get("created_at"),
                "updated_at": reduction.get("updated_at")}

    # -- reruns and unpausing (workflow.rb, is_reducible.rb, unpause_workflow_worker.rb) --

    def rerun_reducers(self, kind: str, reducible_id: Any) -> None:
        """``rerun_reducers``: re-reduce every subject (and user) that has extracts."""
        scope = "workflow_id" if kind == "Workflow" else "project_id"
        with self.db.lock:
            extracts = sorted((e for e in self.db.tables["extracts"].values()
                               if e.get(scope) == reducible_id), key=lambda e: e["id"])
        by_subject: dict[Any, list[int]] = {}
        by_user: dict[Any, list[int]] = {}
        for item in extracts:
            by_subject.setdefault(item.get("subject_id"), []).append(item["id"])
            if item.get("user_id") is not None:
                by_user.setdefault(item["user_id"], []).append(item["id"])
        for subject_id, ids in by_subject.items():
            self.reduce(kind, reducible_id, subject_id, None, ids, topics=("subject",))
        for user_id, ids in by_user.items():
            self.reduce(kind, reducible_id, None, user_id, ids, topics=("user",))

    def rerun_extractors(self, workflow_id: Any) -> None:
        """``rerun_extractors``: fetch the Panoptes classifications of every subject that has
        extracts and extract (and reduce) them again."""
        with self.db.lock:
            workflow = self.db.tables["workflows"].get(workflow_id)
            if workflow is None or workflow.get("status") == "paused":
                return
            subject_ids = {str(e.get("subject_id")) for e in self.db.rows(
                "extracts", workflow_id=workflow_id)}
        with self.store.lock:
            records = [rec for rec in sorted(self.store.tables["classifications"].values(),
                                             key=lambda r: r.id)
                       if rec.fks.get("workflow") == str(workflow_id) and
                       rec.attrs.get("completed", True) and
                       set(map(str, rec.extra.get("subjects", []))) & subject_ids]
        for rec in records:
            self.enqueue(self.process_classification, {"rec": rec, "status": "active"})

    def unpause(self, workflow_id: Any) -> None:
        """``UnpauseWorkflowWorker``: extract what arrived while the workflow was paused."""
        with self.db.lock:
            events = self.paused.pop(workflow_id, [])
        for event in events:
            self.enqueue(self.process_classification, event)

    # -- Panoptes data and HTTP ----------------------------------------------------------

    def subject_attributes(self, subject_id: Any) -> JSON | None:
        """Caesar's subject cache: ``{id, metadata, created_at, updated_at}`` of the Panoptes
        subject (None when Panoptes has no such subject)."""
        rec = self.store.get("subjects", subject_id) if subject_id is not None else None
        if rec is None:
            return None
        return {"id": rec.id, "metadata": copy.deepcopy(rec.attrs.get("metadata") or {}),
                "created_at": rec.created_at, "updated_at": rec.updated_at}

    def subject_metadata(self, subject_id: Any) -> JSON | None:
        attrs = self.subject_attributes(subject_id)
        return None if attrs is None else attrs["metadata"]

    def post_for_data(self, url: str, payload: Any) -> Any:
        """``HttpOperation#http_post``: 200/201/202 with a body → its JSON; 204 → no data;
        anything else fails."""
        response = self.post(url, payload)
        if response.status_code in (200, 201, 202) and response.content.strip():
            try:
                return response.json()
            except ValueError:
                raise PipelineError(f"{url} answered {response.status_code} with a body that "
                                    "is not JSON") from None
        if response.status_code == 204:
            return NO_DATA
        if response.status_code == 404:
            raise PipelineError(f"404 Not Found: {url}")
        raise PipelineError(f"Endpoint failed with HTTP {response.status_code}")

    def post(self, url: str, payload: Any, auth: tuple[str, str] | None = None) -> httpx.Response:
        """POST JSON to a loopback URL (``https`` tried first, then plain HTTP); any other host
        is refused, as the emulator never leaves the machine."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PipelineError(f"URL could not be parsed: {url!r}")
        if not is_loopback(parts.hostname):
            raise PipelineError(
                f"the offline emulator only calls loopback URLs (127.0.0.1, ::1, localhost), "
                f"not {parts.hostname}: {url} (on Zooniverse, Caesar would POST there)")
        body = json.dumps(payload, default=str).encode()
        headers = {"Content-Type": "application/json", "Accept": "application/json",
                   "User-Agent": "caesar-emulator"}
        attempts = [url] if parts.scheme == "http" else \
            [url, urlunsplit(("http", *parts[1:]))]
        for index, target in enumerate(attempts):
            try:
                with httpx.Client(verify=False, timeout=self.external_timeout,
                                  follow_redirects=False) as client:
                    return client.post(target, content=body, headers=headers,
                                       auth=auth or httpx.USE_CLIENT_DEFAULT)
            except httpx.ConnectError as exc:
                if index + 1 < len(attempts) and _tls_failure(exc):
                    continue  # a plain HTTP server on loopback: speak HTTP
                raise PipelineError(f"could not reach {url}: {exc}") from None
            except httpx.TimeoutException:
                raise PipelineError(
                    f"{url} did not answer within {self.external_timeout} s") from None
            except httpx.HTTPError as exc:
                raise PipelineError(f"POST {url} failed: {exc}") from None
        raise PipelineError(f"could not reach {url}")  # pragma: no cover

    # -- data requests (data_request_worker.rb, exporters/csv_exporter.rb) ----------------

    def export(self, record: JSON, exportable: JSON, kind: str) -> bytes:
        """The CSV of a data request (``Exporters::CsvExporter`` scopes)."""
        table = record["requested_data"]
        if table == "extracts":
            if record.get("subgroup") is not None:  # extracts have no subgroup column
                raise PipelineError("PG::UndefinedColumn: column extracts.subgroup does not "
                                    "exist")
            rows = self.db.rows("extracts", workflow_id=exportable["id"])
        else:
            rows = self.db.rows(table, reducible_id=exportable["id"], reducible_type=kind)
            if record.get("subgroup") is not None:
                rows = [r for r in rows if r.get("subgroup") == record["subgroup"]]
        if record.get("user_id") is not None and table != "subject_reductions":
            rows = [r for r in rows if r.get("user_id") == record["user_id"]]
        return engine.csv_export(table, rows)


def _tls_failure(exc: BaseException) -> bool:
    text = f"{exc} {exc.__cause__ or ''} {exc.__context__ or ''}".lower()
    return "ssl" in text or "tls" in text or "wrong version" in text or "handshake" in text


def _int(value: Any) -> Any:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _string(value: Any) -> str | None:
    """A value in a string column (``workflow_version``)."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value)
