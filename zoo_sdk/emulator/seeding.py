"""The seeding API: users, projects, roles, workflows, subject sets and subjects in one call each.

``emu.seed`` creates records through the emulator's own create path (the same hooks, counters
and defaults as an HTTP request), so tests need not reach into ``emu.store``::

    with Emulator() as emu:
        alice = emu.seed.user("alice", "secret", subject_limit=1000)
        project = emu.seed.project(owner="alice", display_name="Kitten Spotter")
        workflow = emu.seed.workflow(project, tasks=[
            question("Is there a cat?", ["Yes", "No"]),
            drawing("Mark every cat", [tool("point", "Cat")]),
        ], retirement=5)
        subject_set = emu.seed.subject_set(project, subjects=20, workflows=[workflow])

The task builders (:func:`question`, :func:`multiple`, :func:`drawing`, :func:`tool`,
:func:`survey`, :func:`text`, :func:`combo`, :func:`dropdown`, :func:`slider`) return the
workflow task dicts the Zooniverse front end writes; :meth:`Seeder.workflow` gives a list of them
the keys ``T0``, ``T1``, ... and chains their ``next``.

>>> question("Is there a cat?", ["Yes", "No"])["answers"]
[{'label': 'Yes'}, {'label': 'No'}]
"""

from __future__ import annotations

import copy
import functools
import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .store import SYSTEM, Actor, ApiError, Rec, Store

if TYPE_CHECKING:
    from .app import EmulatorState

JSON = dict[str, Any]

#: Image sizes the generated subjects cycle through (width, height).
SUBJECT_SIZES = ((1024, 768), (800, 600), (1200, 900), (640, 480), (1280, 720))
DRAWING_TOOLS = ("point", "rectangle", "rotateRectangle", "circle", "ellipse", "triangle",
                 "line", "polygon", "bezier", "column", "fullWidthLine", "fullHeightLine",
                 "fan", "freehandLine")


class SeedError(ValueError):
    """A seeding call names something that does not exist or is not valid (the message says
    what, and what would work)."""


# ----- what the seeding calls return ---------------------------------------------------------


@dataclass(frozen=True)
class SeededUser:
    """A user account: sign in with ``login`` and ``password``."""

    id: str
    login: str
    password: str
    admin: bool = False


@dataclass(frozen=True)
class SeededProject:
    """A project (``Project(project.id)`` in the SDK)."""

    id: str
    display_name: str
    slug: str
    owner: str


@dataclass(frozen=True)
class SeededWorkflow:
    """A workflow and the project it belongs to."""

    id: str
    project_id: str
    display_name: str
    first_task: str


@dataclass(frozen=True)
class SeededSubjectSet:
    """A subject set and the ids of the subjects seeded into it."""

    id: str
    project_id: str
    display_name: str
    subject_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class SeededSubject:
    """A subject (its locations are served by the emulator unless given as URLs)."""

    id: str
    project_id: str


@dataclass(frozen=True)
class SeededWorld:
    """What :meth:`Seeder.world` made: a project, its workflow, a linked subject set."""

    owner: SeededUser
    project: SeededProject
    workflow: SeededWorkflow
    subject_set: SeededSubjectSet

    @property
    def subject_ids(self) -> tuple[str, ...]:
        return self.subject_set.subject_ids


# ----- task builders -------------------------------------------------------------------------


def _answers(labels: Sequence[str]) -> list[JSON]:
    if isinstance(labels, str) or not labels:
        raise SeedError(f"answers must be a non-empty list of labels, not {labels!r}")
    return [{"label": str(label)} for label in labels]


def question(question: str, answers: Sequence[str], *, required: bool = True, help: str = "",
             shortcut: Sequence[str] = ()) -> JSON:
    """A single-answer question task; ``shortcut`` adds shortcut buttons (e.g. "Nothing here").

    >>> question("Cat?", ["Yes", "No"], shortcut=["Nothing here"])["unlinkedTask"]["type"]
    'shortcut'
    """
    task: JSON = {"type": "single", "question": question, "answers": _answers(answers),
                  "required": required, "help": help}
    if shortcut:
        task["unlinkedTask"] = {"type": "shortcut", "question": "", "answers": _answers(shortcut)}
    return task


def multiple(question: str, answers: Sequence[str], *, required: bool = False,
             help: str = "") -> JSON:
    """A multiple-answer question task.

    >>> multiple("Colours?", ["Red", "Blue"])["type"]
    'multiple'
    """
    return {"type": "multiple", "question": question, "answers": _answers(answers),
            "required": required, "help": help}


def tool(type: str, label: str, *, color: str = "#00ff00", details: Sequence[JSON] = (),
         min: int | None = None, max: int | None = None) -> JSON:
    """A drawing tool: ``point``, ``rectangle``, ``rotateRectangle``, ``circle``, ``ellipse``,
    ``triangle``, ``line``, ``polygon``, ``bezier``, ``column``, ``fullWidthLine``,
    ``fullHeightLine``, ``fan`` or ``freehandLine``; ``details`` are sub-tasks asked per mark.

    >>> tool("point", "Star", details=[question("Bright?", ["Yes", "No"])])["details"][0]["type"]
    'single'
    """
    if type not in DRAWING_TOOLS:
        raise SeedError(f"unknown drawing tool {type!r}; use one of {', '.join(DRAWING_TOOLS)}")
    out: JSON = {"type": type, "label": label, "color": color, "details": list(details)}
    if min is not None:
        out["min"] = min
    if max is not None:
        out["max"] = max
    return out


def drawing(instruction: str, tools: Sequence[JSON | tuple[str, str]], *,
            help: str = "") -> JSON:
    """A drawing task; ``tools`` are :func:`tool` dicts or ``(type, label)`` pairs.

    >>> task = drawing("Mark them", [("point", "Star"), ("circle", "Planet")])
    >>> [t["type"] for t in task["tools"]]
    ['point', 'circle']
    """
    built = [t if isinstance(t, Mapping) else tool(t[0], t[1]) for t in tools]
    if not built:
        raise SeedError("a drawing task needs at least one tool")
    return {"type": "drawing", "instruction": instruction, "tools": built, "help": help}


def survey(choices: Sequence[str] | Mapping[str, str],
           questions: Mapping[str, Sequence[str]] | None = None, *,
           multiple_questions: Sequence[str] = (), nothing_here: bool = True) -> JSON:
    """A survey task: ``choices`` are labels (ids are made from them, e.g. ``"Red fox"`` →
    ``"REDFOX"``) or ``{id: label}``; ``questions`` are ``{label: [answer labels]}`` asked of
    every choice (those in ``multiple_questions`` take several answers). ``nothing_here`` adds
    the ``NOTHINGHERE`` choice.

    >>> survey(["Lion", "Zebra"], {"How many?": ["1", "2", "3+"]})["choicesOrder"]
    ['LION', 'ZEBRA', 'NOTHINGHERE']
    """
    def ident(label: str) -> str:
        made = "".join(ch for ch in label.upper() if ch.isalnum())
        if not made:
            raise SeedError(f"cannot make a survey id from {label!r}; pass {{id: label}}")
        return made

    pairs = list(choices.items()) if isinstance(choices, Mapping) else \
        [(ident(label), label) for label in choices]
    if nothing_here and "NOTHINGHERE" not in dict(pairs):
        pairs.append(("NOTHINGHERE", "Nothing here"))
    built_questions: JSON = {}
    for label, answers in (questions or {}).items():
        built_questions[ident(label)] = {
            "label": label, "required": True, "multiple": label in multiple_questions,
            "answers": {ident(a): {"label": a} for a in answers},
            "answersOrder": [ident(a) for a in answers]}
    return {
        "type": "survey", "characteristics": {}, "characteristicsOrder": [],
        "choices": {cid: {"label": label, "description": "", "images": [],
                          "characteristics": {}, "confusionsOrder": [], "confusions": {},
                          "noQuestions": cid == "NOTHINGHERE"} for cid, label in pairs},
        "choicesOrder": [cid for cid, _ in pairs],
        "questions": built_questions, "questionsOrder": list(built_questions),
        "images": {}, "alwaysShowThumbnails": True,
    }


def text(instruction: str, *, required: bool = False, help: str = "") -> JSON:
    """A free-text task.

    >>> text("Transcribe the label")["type"]
    'text'
    """
    return {"type": "text", "instruction": instruction, "required": required, "help": help}


def combo(*tasks: JSON) -> JSON:
    """A combo task showing ``tasks`` on one page (they get their own keys in the workflow).

    >>> [t["type"] for t in combo(text("Name"), question("Sure?", ["Yes", "No"]))["tasks"]]
    ['text', 'single']
    """
    if not tasks:
        raise SeedError("a combo task needs at least one task")
    return {"type": "combo", "tasks": list(tasks)}


def dropdown(instruction: str, options: Sequence[str], *, title: str = "",
             allow_create: bool = False, required: bool = True) -> JSON:
    """A one-menu dropdown task (option values are made from the labels).

    >>> dropdown("Country?", ["France", "Peru"])["selects"][0]["options"]["*"][1]["label"]
    'Peru'
    """
    values = [{"label": label, "value": f"{abs(hash_label(label)):x}"} for label in options]
    return {"type": "dropdown", "instruction": instruction, "help": "",
            "selects": [{"id": f"{abs(hash_label(instruction)):x}", "title": title or instruction,
                         "required": required, "allowCreate": allow_create,
                         "options": {"*": values}}]}


def hash_label(label: str) -> int:
    """A stable (run-independent) number for a label, used for dropdown values."""
    return zlib.crc32(label.encode())


def slider(instruction: str, *, min: float = 0, max: float = 1, step: float = 0.1,
           default: float | None = None) -> JSON:
    """A slider task (the front end keeps its numbers as strings).

    >>> slider("How sure?", max=10, step=1)["max"]
    '10'
    """
    return {"type": "slider", "instruction": instruction, "help": "", "min": str(min),
            "max": str(max), "step": str(step),
            "defaultValue": str(default if default is not None else min)}


def build_tasks(tasks: Sequence[JSON] | Mapping[str, JSON]) -> tuple[JSON, str]:
    """Turn a list of tasks into ``({key: task}, first_task)``: keys ``T0``, ``T1``, ... in order,
    each task's ``next`` (and each answer's) pointing at the following task unless set; combo
    sub-tasks and shortcut tasks get keys after the main ones. A mapping is taken as it is.

    >>> tasks, first = build_tasks([question("A?", ["Yes", "No"]), text("Why?")])
    >>> first, tasks["T0"]["answers"][0]["next"], "next" in tasks["T1"]
    ('T0', 'T1', False)
    """
    if isinstance(tasks, Mapping):
        built = copy.deepcopy(dict(tasks))
        first = "T0" if "T0" in built else next(iter(built), "")
        return built, first
    main = [copy.deepcopy(dict(t)) for t in tasks]
    keys = [f"T{i}" for i in range(len(main))]
    out: JSON = dict(zip(keys, main, strict=True))
    counter = len(main)

    def new_key() -> str:
        nonlocal counter
        while f"T{counter}" in out:
            counter += 1
        key = f"T{counter}"
        counter += 1
        return key

    for i, key in enumerate(keys):
        task = out[key]
        following = keys[i + 1] if i + 1 < len(keys) else None
        if following is not None:
            if task.get("type") == "single":
                for answer in task.get("answers", []):
                    answer.setdefault("next", following)
            else:
                task.setdefault("next", following)
        if task.get("type") == "combo":
            names = []
            for sub in task.get("tasks", []):
                if isinstance(sub, Mapping):
                    sub_key = new_key()
                    out[sub_key] = dict(sub)
                    names.append(sub_key)
                else:
                    names.append(str(sub))
            task["tasks"] = names
        if isinstance(task.get("unlinkedTask"), Mapping):
            sub_key = new_key()
            out[sub_key] = dict(task["unlinkedTask"])
            task["unlinkedTask"] = sub_key
    return out, keys[0] if keys else ""


def retirement_rule(retirement: int | str | Mapping[str, Any] | None) -> JSON | None:
    """``5`` → retire after 5 classifications; ``"never"`` → never retire; a dict as it is.

    >>> retirement_rule(5)
    {'criteria': 'classification_count', 'options': {'count': 5}}
    """
    if retirement is None:
        return None
    if isinstance(retirement, Mapping):
        return dict(retirement)
    if retirement in ("never", "never_retire"):
        return {"criteria": "never_retire", "options": {}}
    if isinstance(retirement, int) and not isinstance(retirement, bool) and retirement > 0:
        return {"criteria": "classification_count", "options": {"count": retirement}}
    raise SeedError(f"retirement must be a positive count, 'never' or a dict, not {retirement!r}")


# ----- subject images ------------------------------------------------------------------------


@functools.lru_cache(maxsize=16)
def png(width: int, height: int, shade: int = 96) -> bytes:
    """A grey PNG of the given size (cached: subjects of one size share the bytes).

    >>> png(4, 3)[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
    True
    """
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes([shade]) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(
        b"IDAT", zlib.compress(row * height, 6)) + chunk(b"IEND", b"")


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of PNG, GIF or JPEG bytes, else None.

    >>> image_size(png(7, 5))
    (7, 5)
    """
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (0xC0, 0xC1, 0xC2):
                height, width = struct.unpack(">HH", data[i + 5:i + 9])
                return int(width), int(height)
            i += 2 + struct.unpack(">H", data[i + 2:i + 4])[0]
    return None


def _mime_of(data: bytes) -> str:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:2] == b"\xff\xd8":
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:1] in (b"{", b"["):
        return "application/json"
    return "text/plain"


_EXT_MIME = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
             "mp4": "video/mp4", "mp3": "audio/mpeg", "json": "application/json",
             "txt": "text/plain", "tif": "image/tiff", "tiff": "image/tiff"}


# ----- the seeder ----------------------------------------------------------------------------


def ref(value: Any) -> str:
    """The id of ``value``: a seeded record, an SDK object (anything with ``.id``), an int or
    a string id.

    >>> ref(SeededSubject("7", "1")), ref(12), ref("3")
    ('7', '12', '3')
    """
    found = getattr(value, "id", value)
    if found is None or isinstance(found, bool) or not isinstance(found, (int, str)):
        raise SeedError(f"expected an id, a seeded record or an SDK object, not {value!r}")
    return str(found)


class Seeder:
    """Creates emulator records through the store's create path (``emu.seed``).

    >>> emu.seed.user("bob", "pw", upload_whitelist=True).login   # doctest: +SKIP
    'bob'
    """

    def __init__(self, state: EmulatorState, base_url: Any) -> None:
        self._state = state
        self._base_url = base_url  # a callable: the emulator's URL now
        self.made_urls = False  # whether generated locations point at this emulator

    @property
    def store(self) -> Store:
        return self._state.store

    # -- users --------------------------------------------------------------------------

    def user(self, login: str, password: str = "password", *, admin: bool = False,
             subject_limit: int | None = None, upload_whitelist: bool | None = None,
             display_name: str | None = None, email: str | None = None,
             credited_name: str | None = None, banned: bool | None = None,
             languages: Sequence[str] | None = None, exist_ok: bool = False) -> SeededUser:
        """A user who can sign in; ``subject_limit`` (default 100) caps their uploads unless
        ``upload_whitelist``. With ``exist_ok`` an existing login gets this password instead.

        >>> emu.seed.user("carol", "pw", subject_limit=5000).id   # doctest: +SKIP
        '3'
        """
        if not login or not isinstance(login, str):
            raise SeedError(f"a login must be a non-empty string, not {login!r}")
        store = self.store
        with store.lock:
            uid = store.logins.get(login.lower())
            if uid is None:
                uid = store.add_user(login, password, admin)
            elif exist_ok:
                store.passwords[uid] = password
                user = store.get("users", uid)
                if user is not None and admin:
                    user.attrs["admin"] = True
            else:
                raise SeedError(f"user {login!r} exists (pass exist_ok=True to reuse it)")
            changes: JSON = {key: value for key, value in {
                "subject_limit": subject_limit, "upload_whitelist": upload_whitelist,
                "display_name": display_name, "email": email, "credited_name": credited_name,
                "banned": banned, "languages": list(languages) if languages is not None else None,
            }.items() if value is not None}
            if changes:
                self._call(store.update, "users", [uid], {"users": changes}, SYSTEM)
            user = store.get("users", uid)
            assert user is not None
            return SeededUser(uid, user.attrs["login"], password, bool(user.attrs["admin"]))

    def users(self, count: int, *, prefix: str = "volunteer", password: str = "password",
              exist_ok: bool = True) -> list[SeededUser]:
        """``count`` users named ``{prefix}1``, ``{prefix}2``, ...

        >>> [u.login for u in emu.seed.users(2)]   # doctest: +SKIP
        ['volunteer1', 'volunteer2']
        """
        return [self.user(f"{prefix}{i}", password, exist_ok=exist_ok)
                for i in range(1, count + 1)]

    def user_id(self, user: Any) -> str:
        """The id of a user given by login, id or record; SeedError if there is none."""
        if isinstance(user, SeededUser):
            return user.id
        key = ref(user)
        store = self.store
        uid = store.logins.get(key.lower())
        if uid is not None:
            return uid
        if key.isdigit() and (rec := store.get("users", key)) is not None \
                and not rec.extra.get("deactivated"):
            return key
        known = ", ".join(sorted(store.logins)) or "none yet"
        raise SeedError(f"no user {user!r} (users: {known}); add one with emu.seed.user(...)")

    # -- projects -----------------------------------------------------------------------

    def project(self, owner: Any, display_name: str = "Test project", *,
                description: str = "A project seeded for tests", private: bool = False,
                live: bool | None = None, primary_language: str = "en",
                tags: Sequence[str] = (), collaborators: Mapping[Any, Sequence[str]] | None = None,
                **attributes: Any) -> SeededProject:
        """A project owned by ``owner`` (login, id or SeededUser); ``collaborators`` maps users
        to roles (``collaborator``, ``expert``, ``scientist``, ``moderator``, ``tester``,
        ``translator``, ``museum``); other keyword arguments are project attributes.

        >>> emu.seed.project(owner="alice", display_name="Galaxy Zoo",
        ...                  collaborators={"bob": ["collaborator"]}).slug   # doctest: +SKIP
        'alice/galaxy-zoo'
        """
        owner_id = self.user_id(owner)
        body: JSON = {"display_name": display_name, "description": description,
                      "private": private, "primary_language": primary_language,
                      "tags": list(tags), **attributes}
        actor = Actor(owner_id, True)
        rec = self._create("projects", body, actor)
        updates = {"live": live} if live is not None else {}
        if updates:
            self._call(self.store.update, "projects", [str(rec.id)], {"projects": updates}, actor)
        for user, roles in (collaborators or {}).items():
            self.role(str(rec.id), user, roles)
        owner_rec = self.store.get("users", owner_id)
        return SeededProject(str(rec.id), rec.attrs["display_name"], rec.attrs["slug"],
                             owner_rec.attrs["login"] if owner_rec else owner_id)

    def role(self, project: Any, user: Any, roles: Sequence[str] = ("collaborator",)) -> str:
        """Give ``user`` these roles on ``project`` (replacing any they had); returns the
        project role's id.

        >>> emu.seed.role(project, "bob", ["expert"])   # doctest: +SKIP
        '2'
        """
        if isinstance(roles, str):
            roles = [roles]
        pid = ref(project)
        uid = self.user_id(user)
        store = self.store
        with store.lock:
            self._record("projects", pid)
            for row in store.where("project_roles", "project", pid):
                if row.fks.get("user") == uid:
                    row.attrs["roles"] = list(roles)
                    row.touch()
                    return str(row.id)
            rec = self._create("project_roles", {"roles": list(roles),
                                                 "links": {"project": pid, "user": uid}},
                               SYSTEM)
            return str(rec.id)

    # -- workflows ----------------------------------------------------------------------

    def workflow(self, project: Any, display_name: str = "Workflow",
                 tasks: Sequence[JSON] | Mapping[str, JSON] | None = None, *,
                 first_task: str | None = None, subject_sets: Iterable[Any] = (),
                 retirement: int | str | Mapping[str, Any] | None = None, active: bool = True,
                 **attributes: Any) -> SeededWorkflow:
        """A workflow of ``project`` with ``tasks`` (a list of task builders' dicts, keyed
        ``T0``... and chained, or a ``{key: task}`` mapping), linked to ``subject_sets``;
        ``retirement`` is a classification count, ``"never"`` or a rule dict.

        >>> emu.seed.workflow(project, tasks=[question("Cat?", ["Yes", "No"])],
        ...                   retirement=3).first_task   # doctest: +SKIP
        'T0'
        """
        pid = ref(project)
        owner = self._record("projects", pid).extra.get("owner")
        built, first = build_tasks(tasks or {})
        body: JSON = {"display_name": display_name, "primary_language": "en", "tasks": built,
                      "first_task": first_task if first_task is not None else first,
                      "active": active, **attributes, "links": {"project": pid}}
        rule = retirement_rule(retirement)
        if rule is not None:
            body["retirement"] = rule
        actor = Actor(owner, True)
        rec = self._create("workflows", body, actor)
        sets = [ref(s) for s in subject_sets]
        if sets:
            self.link(rec.id, *sets)
        return SeededWorkflow(str(rec.id), pid, rec.attrs["display_name"],
                              rec.attrs["first_task"])

    def link(self, workflow: Any, *subject_sets: Any) -> None:
        """Link subject sets to a workflow (its subjects become classifiable there).

        >>> emu.seed.link(workflow, subject_set)   # doctest: +SKIP
        """
        wid = ref(workflow)
        rec = self._record("workflows", wid)
        ids = [ref(s) for s in subject_sets]
        for sid in ids:
            self._record("subject_sets", sid)
        self._call(self.store.add_links, "workflows", rec, "subject_sets",
                   {"subject_sets": ids}, SYSTEM)

    # -- subject sets and subjects ------------------------------------------------------

    def subject_set(self, project: Any, display_name: str | None = None, *,
                    subjects: int | Sequence[Any] = 0, workflows: Iterable[Any] = (),
                    metadata: Mapping[str, Any] | None = None) -> SeededSubjectSet:
        """A subject set of ``project`` holding ``subjects`` (a count of generated image
        subjects, or specs as for :meth:`subjects`), linked to ``workflows``.

        >>> emu.seed.subject_set(project, subjects=50, workflows=[workflow]).subject_ids[:2]
        ... # doctest: +SKIP
        ('1', '2')
        """
        pid = ref(project)
        project_rec = self._record("projects", pid)
        store = self.store
        if display_name is None:
            taken = {s.attrs.get("display_name") for s in store.where("subject_sets", "project",
                                                                       pid)}
            n = 1
            while f"Subject set {n}" in taken:
                n += 1
            display_name = f"Subject set {n}"
        actor = Actor(project_rec.extra.get("owner"), True)
        rec = self._create("subject_sets", {"display_name": display_name,
                                            "metadata": dict(metadata or {}),
                                            "links": {"project": pid}}, actor)
        made = self.subjects(pid, subjects, subject_set=str(rec.id)) if subjects else []
        for wf in workflows:
            self.link(wf, str(rec.id))
        return SeededSubjectSet(str(rec.id), pid, display_name, tuple(s.id for s in made))

    def subjects(self, project: Any, subjects: int | Sequence[Any], *,
                 subject_set: Any | None = None, uploader: Any | None = None,
                 sizes: Sequence[tuple[int, int]] = SUBJECT_SIZES) -> list[SeededSubject]:
        """Subjects of ``project``: a count of generated grey PNG subjects (served by the
        emulator, sizes cycling through ``sizes``), or specs, each a mapping with ``locations``
        (``{mime: url}``, a URL, image bytes or a file path; several make a multi-frame subject)
        and ``metadata``. ``uploader`` (default: the owner) is who uploaded them.

        >>> emu.seed.subjects(project, [{"locations": ["https://example.org/a.jpg"],
        ...                              "metadata": {"name": "a"}}])   # doctest: +SKIP
        [SeededSubject(id='21', project_id='1')]
        """
        pid = ref(project)
        project_rec = self._record("projects", pid)
        uid = self.user_id(uploader) if uploader is not None else project_rec.extra.get("owner")
        if isinstance(subjects, bool) or (isinstance(subjects, int) and subjects < 0):
            raise SeedError(f"subjects must be a count or a list of specs, not {subjects!r}")
        store = self.store
        start = len(store.tables["subjects"]) + 1
        if isinstance(subjects, int):
            specs: list[Any] = [
                {"locations": [png(*sizes[(start + i) % len(sizes)])],
                 "metadata": {"Filename": f"subject_{start + i:05d}.png"}}
                for i in range(subjects)]
        else:
            specs = list(subjects)
        items = [self._subject_body(spec, n) for n, spec in enumerate(specs, start)]
        links: JSON = {"project": pid}
        if subject_set is not None:
            self._record("subject_sets", ref(subject_set))
            links["subject_sets"] = [ref(subject_set)]
        out: list[SeededSubject] = []
        for i in range(0, len(items), 500):
            batch = [{**item, "links": links} for item in items[i:i + 500]]
            with store.lock:
                for rec in self._call(store.create, "subjects", {"subjects": batch},
                                      Actor(uid, True)):
                    out.append(SeededSubject(str(rec.id), pid))
        return out

    def _subject_body(self, spec: Any, n: int) -> JSON:
        if not isinstance(spec, Mapping):
            spec = {"locations": [spec]}
        unknown = set(spec) - {"locations", "metadata", "external_id"}
        if unknown:
            raise SeedError(f"subject specs take locations, metadata and external_id, not "
                            f"{', '.join(sorted(unknown))}")
        locations = spec.get("locations")
        if isinstance(locations, (str, bytes, Path, Mapping)):
            locations = [locations]
        if not locations:
            raise SeedError(f"subject {n} has no locations")
        body: JSON = {"locations": [self._location(loc) for loc in locations],
                      "metadata": dict(spec.get("metadata") or {})}
        if spec.get("external_id") is not None:
            body["external_id"] = str(spec["external_id"])
        return body

    def _location(self, loc: Any) -> JSON:
        if isinstance(loc, Mapping):
            if len(loc) != 1:
                raise SeedError(f"a location mapping is {{mime: url}}, not {dict(loc)!r}")
            return dict(loc)
        if isinstance(loc, Path):
            if not loc.is_file():
                raise SeedError(f"no file {loc}")
            loc = loc.read_bytes()
        if isinstance(loc, (bytes, bytearray)):
            data = bytes(loc)
            mime = _mime_of(data)
            digest = f"{zlib.crc32(data):08x}{len(data):x}"
            key = f"subject_location/seeded-{digest}.{mime.split('/')[-1]}"
            if self._state.blobs.get(key) is None:
                self._state.blobs.put(key, data, mime)
            self.made_urls = True
            return {mime: f"{self._base_url()}/blobs/{key}"}
        if isinstance(loc, str) and "://" in loc:
            ext = loc.rsplit("?", 1)[0].rsplit(".", 1)[-1].lower()
            return {_EXT_MIME.get(ext, "image/jpeg"): loc}
        raise SeedError(f"a location is {{mime: url}}, a URL, bytes or a file path, not {loc!r}")

    # -- a whole project at once --------------------------------------------------------

    def world(self, owner: str = "owner", tasks: Sequence[JSON] | Mapping[str, JSON] | None = None,
              *, subjects: int | Sequence[Any] = 20, password: str | None = None,
              display_name: str = "Test project", workflow_name: str = "Workflow",
              retirement: int | str | Mapping[str, Any] | None = None) -> SeededWorld:
        """An owner (created unless they exist), a project, a workflow with ``tasks`` (default:
        one yes/no question) and a subject set of ``subjects`` linked to it. An existing owner
        keeps their password unless ``password`` is given; a new one gets ``password`` (default
        ``"password"``).

        >>> world = emu.seed.world("alice", [question("Cat?", ["Yes", "No"])], subjects=30)
        ... # doctest: +SKIP
        >>> len(world.subject_ids)   # doctest: +SKIP
        30
        """
        known = self.store.logins.get(owner.lower()) if isinstance(owner, str) else None
        if password is None and known is not None:
            user = SeededUser(known, owner, self.store.passwords.get(known, ""),
                              bool(self._record("users", known).attrs.get("admin")))
        else:
            user = self.user(owner, password or "password", exist_ok=True)
        project = self.project(user, display_name)
        workflow = self.workflow(project, workflow_name, tasks if tasks is not None else [
            question("Is there anything in this image?", ["Yes", "No"])], retirement=retirement)
        subject_set = self.subject_set(project, subjects=subjects, workflows=[workflow])
        return SeededWorld(user, project, workflow, subject_set)

    # -- plumbing -----------------------------------------------------------------------

    def _record(self, plural: str, rid: str) -> Rec:
        rec = self.store.get(plural, rid)
        if rec is None or rec.extra.get("deactivated"):
            raise SeedError(f"no {plural[:-1].replace('_', ' ')} {rid!r}")
        return rec

    def _create(self, plural: str, item: JSON, actor: Actor) -> Rec:
        with self.store.lock:
            made: list[Rec] = self._call(self.store.create, plural, {plural: item}, actor)
            return made[0]

    @staticmethod
    def _call(method: Any, *args: Any) -> Any:
        try:
            return method(*args)
        except ApiError as exc:
            raise SeedError(f"the emulator refused it ({exc.status}): {exc.message}") from None
