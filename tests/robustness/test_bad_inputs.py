"""The bad-input corpus: every case ends in a typed zoo_sdk error or a correct result, never a raw
exception, a hang or a silently wrong result. Over HTTP against one emulator; server-side shapes
(HTML pages, empty, cut-short or wrong-shaped bodies, redirects, lost replies) come from its
fault injection.

Each case is ``(name, action, expected)``: ``expected`` is the ZooError subclass the action must
raise, or a predicate its result must satisfy.
"""

from __future__ import annotations

import datetime
import decimal
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from panoptes.helpers import make_project, make_subject_set, make_workflow, png_bytes

from zoo_sdk import Collection, Panoptes, Project, Subject, SubjectSet, Workflow, errors
from zoo_sdk._http import RetryPolicy
from zoo_sdk.emulator import Emulator, FaultPlan, FaultRule

FAST = RetryPolicy(max_attempts=3, backoff_base=0.01, backoff_max=0.02)


@dataclass
class World:
    """What the cases act on: a signed-in client and saved resources on one emulator."""

    emu: Emulator
    client: Panoptes
    project: Project
    subject_set: SubjectSet
    workflow: Workflow
    folder: Path

    def file(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        return path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with Emulator(users={"alice": "secret"}) as emu:
        client = Panoptes.connect(username="alice", password="secret", endpoint=emu.url,
                                  retry=FAST, timeout=2.0)
        try:
            project = make_project()
            yield World(emu, client, project, make_subject_set(project), make_workflow(project),
                        tmp_path_factory.mktemp("inputs"))
        finally:
            Panoptes._default = None
            client.close()


Action = Callable[[World], Any]


@dataclass
class Case:
    name: str
    action: Action
    expected: type[BaseException] | Callable[[Any], bool]
    faults: tuple[FaultRule, ...] = ()
    offline: bool = False
    """True when the input must be refused before any request."""


def offline(cases: list[Case]) -> list[Case]:
    for case in cases:
        case.offline = True
    return cases


def _subject(w: World, **metadata: Any) -> Subject:
    subject = Subject()
    subject.links.project = w.project
    subject.add_location({"image/png": "https://example.org/x.png"})
    subject.metadata.update(metadata)
    return subject


def _save_with_metadata(value: Any) -> Action:
    def act(w: World) -> None:
        _subject(w, value=value).save()

    return act


def _set_attr(obj: Callable[[World], Any], name: str, value: Any) -> Action:
    def act(w: World) -> None:
        setattr(obj(w), name, value)

    return act


def _location(source: Callable[[World], Any]) -> Action:
    def act(w: World) -> Any:
        subject = Subject()
        subject.add_location(source(w))
        return subject.raw["locations"][-1]

    return act


def _find_project(w: World) -> Any:
    return Project.find(w.project.id)


def _list_projects(w: World) -> Any:
    return list(Project.where(owner="alice"))


def _create_project(w: World) -> Project:
    return make_project("Created under a fault")


def _update_project(w: World) -> None:
    project = Project.find(w.project.id)
    project.description = "changed"
    project.save()


def _delete_subject(w: World) -> None:
    subject = _subject(w)
    subject.save()
    w.emu.faults = FaultPlan(rules=[FaultRule("DELETE /api/subjects/*", "html-200")])
    subject.delete()


def _closed_client(w: World) -> None:
    client = Panoptes(username="alice", password="secret", endpoint=w.emu.url)
    client.close()
    with client:
        Project.find(w.project.id)


def _stale_save(w: World) -> None:
    mine = Project.find(w.project.id)
    theirs = Project.find(w.project.id)
    theirs.description = "theirs"
    theirs.save()
    mine.description = "mine"
    mine.save()


def _is_png_location(value: Any) -> bool:
    return value == "image/png"


PNG = png_bytes(1)
GET_PROJECT = "GET /api/projects/*"
LIST_PROJECTS = "GET /api/projects"


def _response_cases() -> list[Case]:
    """Bodies that are not what the API promises, on reads, lists, creates and updates."""
    cases = []
    shapes = {
        "html-200": errors.InvalidResponseError,
        "empty-200": errors.InvalidResponseError,
        "not-json": errors.InvalidResponseError,
        "wrong-shape": errors.InvalidResponseError,
        "redirect": errors.InvalidResponseError,
        "html-503": errors.ServerError,
        "503": errors.ServerError,
        "500": errors.ServerError,
        "429": errors.RateLimitedError,
        "truncated": errors.TransportError,
        "reset": errors.TransportError,
    }
    for kind, error in shapes.items():
        rule = FaultRule(GET_PROJECT, kind, retry_after=0)
        cases.append(Case(f"find over {kind}", _find_project, error, (rule,)))
        listing = FaultRule(LIST_PROJECTS, kind, retry_after=0)
        cases.append(Case(f"where over {kind}", _list_projects, error, (listing,)))
    for kind in ("html-200", "empty-200", "not-json", "wrong-shape", "redirect"):
        cases.append(Case(f"update over {kind}", _update_project, errors.InvalidResponseError,
                          (FaultRule("PUT /api/projects/*", kind),)))
        cases.append(Case(f"create over {kind}", _create_project, errors.InvalidResponseError,
                          (FaultRule("POST /api/projects", kind),)))
    for kind in ("lost-reply", "truncated", "reset"):
        cases.append(Case(f"create over {kind}", _create_project, errors.AmbiguousWriteError,
                          (FaultRule("POST /api/projects", kind),)))
    cases.append(Case("create over stall-after", _create_project, errors.AmbiguousWriteError,
                      (FaultRule("POST /api/projects", "stall-after", stall_seconds=3),)))
    cases.append(Case("delete answered by an HTML page", _delete_subject,
                      errors.InvalidResponseError))
    return cases


def _panoptes_input_cases() -> list[Case]:
    """Bad values given to the Panoptes client: all refused before any request."""
    ids = [("abc", errors.ValidationError), (-1, errors.ValidationError),
           (True, errors.ValidationError), (None, errors.ValidationError),
           ("", errors.ValidationError), (1.5, errors.ValidationError),
           ("1; DROP", errors.ValidationError), ([1], errors.ValidationError),
           (10**9, errors.NotFoundError)]
    cases = [Case(f"Project.find({value!r})", lambda w, v=value: Project.find(v), error)
             for value, error in ids]
    metadata = [float("nan"), float("inf"), -float("inf"), datetime.datetime(2026, 1, 1),
                datetime.date(2026, 1, 1), {1, 2}, b"bytes", decimal.Decimal("1.5"), object(),
                {1: "non-string key"}, [float("nan")], {"deep": {"deeper": {3}}}, 1 + 2j]
    cases += offline([Case(f"metadata {value!r}", _save_with_metadata(value),
                           errors.ValidationError) for value in metadata])
    cases += offline([
        Case("misspelt attribute", _set_attr(lambda w: w.project, "dispaly_name", "x"),
             errors.UnknownAttributeError),
        Case("id assignment", _set_attr(lambda w: w.project, "id", 5),
             errors.ReadOnlyAttributeException),
        Case("read-only attribute", _set_attr(lambda w: w.project, "created_at", "x"),
             errors.ReadOnlyAttributeException),
        Case("etag assignment", _set_attr(lambda w: w.project, "etag", "x"),
             errors.ReadOnlyAttributeException),
        Case("a Project as a subject set",
             lambda w: w.workflow.links.subject_sets.add(w.project), errors.LinkTypeError),
        Case("a Workflow as a subject",
             lambda w: w.subject_set.links.subjects.add(w.workflow), errors.LinkTypeError),
        Case("a Workflow as a subject's project",
             _set_attr(lambda w: _subject(w).links, "project", Workflow(1)),
             errors.LinkTypeError),
        Case("a non-id link", lambda w: w.workflow.links.subject_sets.add("abc"),
             errors.ValidationError),
        Case("a None link", lambda w: w.workflow.links.subject_sets.add(None),
             errors.ValidationError),
        Case("an unsaved subject as a link",
             lambda w: w.subject_set.links.subjects.add(Subject()), errors.ValidationError),
        Case("links of an unsaved object",
             lambda w: SubjectSet().links.subjects.add([1]), errors.ObjectNotSavedException),
        Case("a Subject in a collection's projects",
             lambda w: Collection({"id": "1", "links": {"projects": []}}).links.projects.add(
                 Subject(1)), errors.LinkTypeError),
        Case("an unknown retirement reason",
             lambda w: w.workflow.retire_subjects([1], reason="bored"), errors.ValidationError),
    ])
    cases += [
        Case("unknown attribute read", lambda w: Project.find(w.project.id).dispaly_name,
             errors.UnknownAttributeError),
        Case("an empty password",
             lambda w: Panoptes(username="alice", password="", endpoint=w.emu.url),
             errors.ConfigurationError),
        Case("an empty username",
             lambda w: Panoptes(username="", password="x", endpoint=w.emu.url),
             errors.ConfigurationError),
        Case("a password without username",
             lambda w: Panoptes(password="x", endpoint=w.emu.url, anonymous=True),
             errors.ConfigurationError),
        Case("a wrong password",
             lambda w: Panoptes(username="alice", password="nope", endpoint=w.emu.url).login(),
             errors.UnauthorizedError),
        Case("an endpoint nobody listens on",
             lambda w: Panoptes(username="alice", password="secret", endpoint="http://127.0.0.1:9",
                                retry=FAST).login(), errors.TransportError),
        Case("a closed client", _closed_client, errors.ClientClosedError),
        Case("a save over a newer change", _stale_save, errors.PreconditionFailedError),
        Case("a subject without a project", lambda w: Subject().save(), errors.ValidationError),
        Case("a project without a name", lambda w: Project().save(), errors.ValidationError),
        Case("find with no id or filter", lambda w: Project.find(), errors.ValidationError),
        Case("an export type that does not exist",
             lambda w: w.project.get_export("nonsense"), errors.ValidationError),
    ]
    return cases


def _media_cases() -> list[Case]:
    """Media given to ``add_location`` and to bulk uploads: checked from the bytes."""
    cases = offline([
        Case("text named .png", _location(lambda w: w.file("t.png", b"plain text")),
             errors.UnknownMediaException),
        Case("random bytes named .jpg", _location(lambda w: w.file("r.jpg", bytes(range(256)))),
             errors.UnknownMediaException),
        Case("an executable", _location(lambda w: w.file("a.exe", b"MZ\x90\x00\x03\x00")),
             errors.UnknownMediaException),
        Case("an empty file", _location(lambda w: w.file("e.png", b"")),
             errors.UnknownMediaException),
        Case("a missing file", _location(lambda w: w.folder / "missing.png"),
             errors.UnknownMediaException),
        Case("a folder", _location(lambda w: w.folder), errors.UnknownMediaException),
        Case("a text-mode file", _location(lambda w: io.StringIO("text")),
             errors.UnknownMediaException),
        Case("two types in one remote location",
             _location(lambda w: {"image/png": "a", "image/jpeg": "b"}),
             errors.UnknownMediaException),
        Case("a remote location of no type", _location(lambda w: {}),
             errors.UnknownMediaException),
        Case("a number as a location", _location(lambda w: 42), errors.UnknownMediaException),
        Case("a PDF", _location(lambda w: w.file("d.pdf", b"%PDF-1.4\n\x00\x01")),
             errors.UnknownMediaException),
        Case("a PNG named .txt", _location(lambda w: w.file("p.txt", PNG)), _is_png_location),
        Case("a PNG file object", _location(lambda w: io.BytesIO(PNG)), _is_png_location),
        Case("bulk upload with repeated keys",
             lambda w: w.subject_set.upload([{"key": "a", "locations": [w.file("k.png", PNG)]},
                                             {"key": "a", "locations": [w.file("k.png", PNG)]}]),
             errors.ValidationError),
        Case("bulk upload of an item without media",
             lambda w: w.subject_set.upload([{"locations": []}]), errors.UnknownMediaException),
        Case("bulk upload with NaN metadata",
             lambda w: w.subject_set.upload([{"locations": [w.file("n.png", PNG)],
                                              "metadata": {"x": float("nan")}}]),
             errors.ValidationError),
        Case("bulk upload to an unsaved set",
             lambda w: SubjectSet().upload([w.file("u.png", PNG)]),
             errors.ObjectNotSavedException),
    ])
    return cases


CASES = _response_cases() + _panoptes_input_cases() + _media_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_ends_in_a_typed_error_or_a_correct_result(world: World, case: Case) -> None:
    world.emu.faults = FaultPlan(rules=list(case.faults)) if case.faults else None
    before = world.emu.requests.total
    try:
        if isinstance(case.expected, type):
            with pytest.raises(case.expected) as raised:
                case.action(world)
            assert isinstance(raised.value, errors.ZooError)
            assert "secret" not in str(raised.value)
            if case.offline:
                assert world.emu.requests.total == before  # refused before any request
        else:
            assert case.expected(case.action(world))
    finally:
        world.emu.faults = None


def test_the_corpus_has_at_least_100_cases() -> None:
    assert len(CASES) >= 100
