"""Volunteers on demand: realistic classifications of a workflow, deterministic for a seed.

``emu.simulate(workflow, volunteers=40, classifications=3000, seed=1)`` makes emulator users
(some not logged in, with ``anonymous=``) classify the subjects of the workflow's linked subject
sets the way the Zooniverse front end records it: the annotation shapes of each task type
(question, multiple, drawing marks with frame, tool and details, survey choices with answers,
text, combo, dropdown, slider, shortcut), the metadata (``started_at``, ``finished_at``,
``user_agent``, ``user_language``, ``workflow_version``, ``utc_offset``, ``viewport``,
``subject_dimensions``, ``session``, ``subject_selection_state``, ...), a few busy volunteers
and many occasional ones, sessions and task times, and no volunteer seeing a subject twice.
Classifications go through the store's create path, so retirement counts them and Caesar sees
them; retired subjects are not shown again, and the run stops early when all are retired.

Each subject has a hidden truth (an answer, marks, a species, a text) drawn from the seed, and
each volunteer an accuracy, so answers agree as real ones do. ``answers=`` biases them: per task
a fixed answer (a label, index, list, marks...), a distribution (``{"Yes": 0.8, "No": 0.2}``;
for drawings the mean number of marks per tool, for multiple questions each answer's chance)
or a callable of an :class:`AnswerContext`; :func:`per_subject` gives known answers per subject.

>>> result = emu.simulate(workflow, volunteers=40, classifications=3000, seed=1,
...                       answers={"T0": {"Yes": 0.7, "No": 0.3}})   # doctest: +SKIP
>>> len(result), result.exhausted   # doctest: +SKIP
(3000, False)
"""

from __future__ import annotations

import bisect
import hashlib
import math
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .seeding import SUBJECT_SIZES, Seeder, SeedError, image_size, ref
from .store import ANONYMOUS, Actor, ApiError, Rec, Store

if TYPE_CHECKING:
    from .app import EmulatorState

JSON = dict[str, Any]

USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:124.0) Gecko/20100101 Firefox/124.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
)
LANGUAGES = (("en", 0.78), ("es", 0.05), ("fr", 0.04), ("de", 0.04), ("pt", 0.02),
             ("it", 0.02), ("nl", 0.02), ("ja", 0.01), ("zh-cn", 0.01), ("pl", 0.01))
VIEWPORTS = ((1920, 969), (1536, 738), (1440, 789), (1366, 625), (1280, 631), (2560, 1289),
             (1680, 939), (390, 664), (412, 780))
UTC_OFFSETS = ("0", "-3600", "-7200", "18000", "21600", "25200", "28800", "14400", "-19800",
               "-32400", "-36000", "10800", "3600")
ADJECTIVES = ("amber", "brave", "bright", "calm", "cosmic", "curious", "eager", "gentle",
              "golden", "happy", "keen", "lucky", "mellow", "nimble", "quiet", "rapid", "silver",
              "stellar", "sunny", "swift", "tidy", "vivid", "wise", "witty", "zesty")
NOUNS = ("otter", "comet", "heron", "lynx", "nebula", "orca", "owl", "panda", "pulsar",
         "quasar", "raven", "robin", "seal", "sparrow", "tapir", "tiger", "vole", "wombat",
         "zebra", "badger", "beetle", "falcon", "gecko", "koala", "moth")
WORDS = ("the", "river", "north", "field", "sample", "collected", "specimen", "near", "road",
         "island", "valley", "station", "county", "creek", "forest", "upper", "lower", "bay",
         "hill", "lake", "plot", "dry", "wet", "grass", "rock", "shore", "spring", "summer",
         "winter", "autumn")
#: Median seconds a volunteer spends per task type (a classification sums its tasks).
TASK_SECONDS = {"single": 4.0, "multiple": 6.0, "drawing": 14.0, "survey": 16.0, "text": 20.0,
                "dropdown": 5.0, "slider": 4.0, "combo": 2.0, "shortcut": 1.0}
#: The password of the accounts the simulator makes (they can sign in like anyone else).
VOLUNTEER_PASSWORD = "volunteer"
SUPPORTED = ("single", "multiple", "drawing", "survey", "text", "combo", "dropdown", "slider",
             "shortcut")


class SimulationError(ValueError):
    """The simulation cannot run as asked (no such workflow, no subjects, an answer that the
    task does not have, a task type with no simulated behaviour...)."""


# ----- volunteers, contexts and results ------------------------------------------------------


@dataclass(frozen=True)
class Volunteer:
    """One simulated volunteer: an emulator user, or a visitor who is not logged in
    (``login`` None)."""

    login: str | None
    user_id: str | None
    password: str | None
    ip: str
    accuracy: float
    user_agent: str
    user_language: str
    utc_offset: str
    viewport: tuple[int, int]
    index: int = 0

    @property
    def anonymous(self) -> bool:
        return self.user_id is None


@dataclass(frozen=True)
class AnswerContext:
    """What an answer callable gets: the task, the subject, the volunteer and a random source.

    ``ctx.default()`` is the simulator's own answer (the subject's hidden truth, seen with the
    volunteer's accuracy), in the same form an answer callable returns.
    """

    task_key: str
    task: Mapping[str, Any]
    subject_id: str
    subject_metadata: Mapping[str, Any]
    volunteer: Volunteer
    rng: random.Random
    default: Callable[[], Any]


@dataclass
class SimulationResult:
    """What a simulation made (``len(result)`` is the number of classifications)."""

    workflow_id: str
    classification_ids: list[str] = field(default_factory=list)
    volunteers: list[Volunteer] = field(default_factory=list)
    retired_subject_ids: list[str] = field(default_factory=list)
    #: True when it stopped before the count asked: every subject retired or already seen.
    exhausted: bool = False

    def __len__(self) -> int:
        return len(self.classification_ids)


def per_subject(known: Mapping[Any, Any], *, accuracy: float = 1.0) -> Callable[
        [AnswerContext], Any]:
    """An answer callable: subjects in ``known`` (by id or seeded record) get that answer (with
    probability ``accuracy``, else the simulator's), the others the simulator's.

    >>> pick = per_subject({"5": "Yes"}, accuracy=1.0)
    >>> pick(AnswerContext("T0", {}, "5", {}, None, random.Random(1), lambda: 0))  # type: ignore
    'Yes'
    """
    if not 0 <= accuracy <= 1:
        raise SimulationError(f"accuracy must be between 0 and 1, not {accuracy!r}")
    table = {ref(k): v for k, v in known.items()}

    def answer(ctx: AnswerContext) -> Any:
        if ctx.subject_id in table and ctx.rng.random() < accuracy:
            return table[ctx.subject_id]
        return ctx.default()
    return answer


Answers = Callable[[AnswerContext], Any] | Mapping[str, Any] | None


# ----- helpers -------------------------------------------------------------------------------


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _poisson(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _weighted(rng: random.Random, weights: Sequence[float]) -> int:
    total = sum(weights)
    if total <= 0:
        return rng.randrange(len(weights))
    point = rng.random() * total
    acc = 0.0
    for i, w in enumerate(weights):
        acc += w
        if point < acc:
            return i
    return len(weights) - 1


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _num(text: Any, default: float) -> float:
    try:
        return float(text)
    except (TypeError, ValueError):
        return default


def _typo(rng: random.Random, words: str) -> str:
    if len(words) < 4:
        return words
    i = rng.randrange(len(words) - 1)
    kind = rng.random()
    if kind < 0.4:
        return words[:i] + words[i + 1] + words[i] + words[i + 2:]
    if kind < 0.7:
        return words[:i] + words[i + 1:]
    if kind < 0.85:
        return words.capitalize()
    return words + "."


# ----- the simulator -------------------------------------------------------------------------


class Simulator:
    """One simulation run over one workflow (``emu.simulate`` builds and runs it)."""

    def __init__(self, state: EmulatorState, seeder: Seeder, workflow: Any, *, volunteers: Any,
                 classifications: int, answers: Answers, seed: int, anonymous: float,
                 end: datetime | None, days: float,
                 progress: Callable[[int, int], None] | None) -> None:
        self.state = state
        self.store: Store = state.store
        self.seeder = seeder
        self.seed = seed
        self.answers = answers
        self.rng = random.Random(f"zoo-simulate:{seed}")
        self.wf = self._workflow(workflow)
        self.wid = str(self.wf.id)
        self.pid = self.wf.fks.get("project") or ""
        project = self.store.get("projects", self.pid)
        self.live = bool(project.attrs.get("live")) if project else False
        self.tasks: JSON = dict(self.wf.attrs.get("tasks") or {})
        if not self.tasks:
            raise SimulationError(
                f"workflow {self.wid} has no tasks; give it some, e.g. emu.seed.workflow("
                f"project, tasks=[question('Cat?', ['Yes', 'No'])])")
        first = self.wf.attrs.get("first_task") or ""
        self.first = first if first in self.tasks else (
            "T0" if "T0" in self.tasks else next(iter(self.tasks)))
        self._check_tasks()
        if not isinstance(classifications, int) or isinstance(classifications, bool) \
                or classifications < 0:
            raise SimulationError(f"classifications must be a count, not {classifications!r}")
        if not 0 <= anonymous <= 1:
            raise SimulationError(f"anonymous is the share of volunteers not logged in (0 to 1), "
                                  f"not {anonymous!r}")
        if days <= 0:
            raise SimulationError(f"days must be positive, not {days!r}")
        self.count = classifications
        self.end = (end or datetime.now(UTC)).astimezone(UTC)
        self.days = days
        self.progress = progress
        self.subjects = self._subjects()
        self.volunteers = self._volunteers(volunteers, anonymous)
        self._dims: dict[str, list[tuple[int, int] | None]] = {}
        self._truth: dict[tuple[str, str, Any], Any] = {}
        self._current = ""  # the subject being classified

    # -- setup --------------------------------------------------------------------------

    def _workflow(self, workflow: Any) -> Rec:
        try:
            wid = ref(workflow)
        except SeedError as exc:
            raise SimulationError(str(exc)) from None
        rec = self.store.get("workflows", wid)
        if rec is None:
            raise SimulationError(f"no workflow {wid!r} in this emulator")
        return rec

    def _check_tasks(self) -> None:
        for key, task in self.tasks.items():
            kind = task.get("type") if isinstance(task, Mapping) else None
            if kind not in SUPPORTED and not self._given(key):
                raise SimulationError(
                    f"task {key} of workflow {self.wid} is of type {kind!r}, which the simulator "
                    f"does not answer by itself ({', '.join(SUPPORTED)}); give its annotation "
                    f"value with answers={{{key!r}: ...}}")

    def _given(self, key: str) -> bool:
        return callable(self.answers) or (isinstance(self.answers, Mapping)
                                          and key in self.answers)

    def _subjects(self) -> list[str]:
        store = self.store
        with store.lock:
            set_ids = [r.fks["subject_set"] or "" for r in
                       store.where("workflow_subject_sets", "workflow", self.wid)]
            subjects = list(dict.fromkeys(store.subjects_of_sets(set_ids)))
        if not subjects:
            raise SimulationError(
                f"workflow {self.wid} has no subjects: link a subject set with subjects, e.g. "
                f"emu.seed.subject_set(project, subjects=20, workflows=[workflow])")
        return subjects

    def _volunteers(self, volunteers: Any, anonymous: float) -> list[Volunteer]:
        rng = random.Random(f"zoo-volunteers:{self.seed}")
        if isinstance(volunteers, bool) or not isinstance(volunteers, (int, Sequence)) \
                or isinstance(volunteers, str):
            raise SimulationError(f"volunteers is a count or a list of logins, not "
                                  f"{volunteers!r}")
        people: list[tuple[str | None, str | None, str | None]] = []
        if isinstance(volunteers, int):
            if volunteers < 1:
                raise SimulationError("volunteers must be at least 1")
            visitors = round(volunteers * anonymous)
            named = volunteers - visitors
            taken: set[str] = set()
            for _ in range(named):
                name = f"{rng.choice(ADJECTIVES)}_{rng.choice(NOUNS)}{rng.randrange(10, 1000)}"
                while name in taken:
                    name += str(rng.randrange(10))
                taken.add(name)
                found = self.store.logins.get(name.lower())
                if found is None:  # a new volunteer (an existing account is reused as it is)
                    found = self.seeder.user(name, VOLUNTEER_PASSWORD).id
                known = self.store.authenticate(name, VOLUNTEER_PASSWORD) == found
                people.append((name, found, VOLUNTEER_PASSWORD if known else None))
            people += [(None, None, None)] * visitors
        else:
            for given in volunteers:
                try:
                    found = self.seeder.user_id(given)
                except SeedError as exc:
                    raise SimulationError(str(exc)) from None
                rec = self.store.get("users", found)
                people.append((rec.attrs["login"] if rec else str(given), found, None))
            if not people:
                raise SimulationError("volunteers is an empty list")
        out = []
        for i, (login, uid, password) in enumerate(people):
            ip = f"{('198.51.100', '203.0.113', '192.0.2')[i % 3]}.{i // 3 + 1}" if i < 762 \
                else f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}"
            language = LANGUAGES[_weighted(rng, [w for _, w in LANGUAGES])][0]
            out.append(Volunteer(
                login, uid, password, ip, accuracy=min(0.99, max(0.35, rng.betavariate(8, 2))),
                user_agent=rng.choice(USER_AGENTS), user_language=language,
                utc_offset=rng.choice(UTC_OFFSETS), viewport=rng.choice(VIEWPORTS), index=i))
        return out

    # -- the schedule -------------------------------------------------------------------

    def _schedule(self) -> list[tuple[datetime, int]]:
        """(finish time, volunteer) per classification: a few busy volunteers and many
        occasional ones (Zipf), in sessions of a few minutes, over ``days`` ending at ``end``."""
        rng = self.rng
        n = len(self.volunteers)
        order = list(range(n))
        rng.shuffle(order)
        weights = [0.0] * n
        for rank, who in enumerate(order):
            weights[who] = 1.0 / (rank + 1)
        cap = len(self.subjects)
        counts = [0] * n
        cumulative = list(_accumulate(weights))
        for _ in range(self.count):
            for _attempt in range(20):
                who = bisect.bisect_left(cumulative, rng.random() * cumulative[-1])
                who = min(who, n - 1)
                if counts[who] < cap:
                    break
            counts[who] += 1
        span = self.days * 86400.0
        events: list[tuple[datetime, int]] = []
        per_task = sum(TASK_SECONDS.get(str(t.get("type")), 5.0) for t in self.tasks.values()
                       if isinstance(t, Mapping) and t.get("type") != "shortcut")
        for who, total in enumerate(counts):
            left = total
            while left > 0:
                size = min(left, 1 + _poisson(rng, 12))
                left -= size
                when = self.end - timedelta(seconds=rng.random() * span)
                for _ in range(size):
                    events.append((when, who))
                    step = rng.lognormvariate(math.log(per_task + 2.0), 0.6) + rng.random() * 3
                    when += timedelta(seconds=step)
        events.sort(key=lambda e: (e[0], e[1]))
        # sessions may run past `end`; shift everything back so the last one ends at `end`
        if events and events[-1][0] > self.end:
            shift = events[-1][0] - self.end
            events = [(when - shift, who) for when, who in events]
        return events

    # -- subjects: dimensions and truth -------------------------------------------------

    def dims(self, sid: str) -> list[tuple[int, int] | None]:
        """Natural (width, height) of each location of a subject (None for non-images)."""
        found = self._dims.get(sid)
        if found is not None:
            return found
        subject = self.store.get("subjects", sid)
        locations = subject.attrs.get("locations", []) if subject else []
        out: list[tuple[int, int] | None] = []
        for loc in locations or [{"image/png": ""}]:
            mime, url = next(iter(loc.items())) if isinstance(loc, Mapping) and loc else ("", "")
            if not str(mime).startswith("image/"):
                out.append(None)
                continue
            size = None
            marker = "/blobs/"
            if marker in str(url):
                blob = self.state.blobs.get(str(url).split(marker, 1)[1])
                size = image_size(blob.data) if blob is not None else None
            if size is None:
                digest = int(hashlib.md5(f"{sid}:{url}".encode()).hexdigest()[:8], 16)
                size = SUBJECT_SIZES[digest % len(SUBJECT_SIZES)]
            out.append(size)
        self._dims[sid] = out
        return out

    def truth_rng(self, sid: str, key: str) -> random.Random:
        return random.Random(f"zoo-truth:{self.seed}:{self.wid}:{sid}:{key}")

    def _answer_prior(self, key: str, n: int) -> list[float]:
        prior = random.Random(f"zoo-prior:{self.seed}:{self.wid}:{key}")
        return [prior.random() ** 2 + 0.05 for _ in range(n)]

    def truth(self, sid: str, key: str, task: Mapping[str, Any],
              override: Any = None) -> Any:
        """The hidden truth of a subject for a task (drawn once from the seed)."""
        cache_key = (sid, key, override)
        if cache_key in self._truth:
            return self._truth[cache_key]
        rng = self.truth_rng(sid, key)
        kind = task.get("type")
        value: Any
        if kind == "single":
            value = _weighted(rng, self._answer_prior(key, len(task.get("answers", [])) or 1))
        elif kind in ("multiple", "shortcut"):
            chance = 0.03 if kind == "shortcut" else 0.35
            value = [i for i in range(len(task.get("answers", []))) if rng.random() < chance]
            if kind == "multiple" and not value and task.get("answers"):
                value = [rng.randrange(len(task["answers"]))]
        elif kind == "drawing":
            value = self._drawing_truth(rng, sid, key, task, override)
        elif kind == "survey":
            order = list(task.get("choicesOrder") or list(task.get("choices", {})))
            weights = self._answer_prior(key, len(order))
            if "NOTHINGHERE" in order:
                weights[order.index("NOTHINGHERE")] = sum(weights) * 0.4
            choice = order[_weighted(rng, weights)] if order else None
            answers = {}
            for qid in task.get("questionsOrder") or list(task.get("questions", {})):
                question = task.get("questions", {}).get(qid, {})
                options = list(question.get("answersOrder") or question.get("answers", {}))
                if not options:
                    continue
                if question.get("multiple"):
                    picked = [o for o in options if rng.random() < 0.3] or [rng.choice(options)]
                    answers[qid] = picked
                else:
                    answers[qid] = options[min(len(options) - 1, _poisson(rng, 0.7))]
            value = (choice, answers)
        elif kind == "text":
            value = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6)))
        elif kind == "slider":
            low, high = _num(task.get("min"), 0.0), _num(task.get("max"), 1.0)
            value = low + rng.random() * (high - low)
        elif kind == "dropdown":
            value = []
            for select in task.get("selects", []):
                options = [o for group in (select.get("options") or {}).values() for o in group]
                value.append(rng.choice(options)["value"] if options else None)
        else:
            value = None
        self._truth[cache_key] = value
        return value

    def _drawing_truth(self, rng: random.Random, sid: str, key: str, task: Mapping[str, Any],
                       override: Any) -> list[JSON]:
        dims = self.dims(sid)
        frames = [i for i, d in enumerate(dims) if d is not None] or [0]
        objects: list[JSON] = []
        for index, spec in enumerate(task.get("tools", [])):
            mean = 1.5 if override is None else float(override[index])
            count = _poisson(rng, mean)
            if spec.get("max") is not None:
                count = min(count, int(spec["max"]))
            if spec.get("min") is not None:
                count = max(count, int(spec["min"]))
            for _ in range(count):
                frame = rng.choice(frames)
                width, height = dims[frame] or (1000, 1000)
                objects.append({
                    "tool": index, "frame": frame, "shape": _shape(rng, spec.get("type"),
                                                                   width, height),
                    "details": [self._detail_truth(rng, d) for d in spec.get("details", [])],
                    "size": (width, height)})
        return objects

    def _detail_truth(self, rng: random.Random, detail: Mapping[str, Any]) -> Any:
        kind = detail.get("type")
        answers = detail.get("answers", [])
        if kind == "single":
            return rng.randrange(len(answers)) if answers else None
        if kind == "multiple":
            return [i for i in range(len(answers)) if rng.random() < 0.35]
        if kind == "text":
            return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
        if kind == "slider":
            low, high = _num(detail.get("min"), 0.0), _num(detail.get("max"), 1.0)
            return low + rng.random() * (high - low)
        if kind == "dropdown":
            return [rng.choice(opts)["value"] if (opts := [
                o for g in (s.get("options") or {}).values() for o in g]) else None
                for s in detail.get("selects", [])]
        return None

    # -- what one volunteer answers -----------------------------------------------------

    def default_value(self, key: str, task: Mapping[str, Any], sid: str, vol: Volunteer,
                      rng: random.Random, override: Any = None) -> Any:
        """The simulator's annotation value: the truth, seen with the volunteer's accuracy."""
        kind = task.get("type")
        acc = vol.accuracy
        truth = self.truth(sid, key, task, override)
        if kind == "single":
            n = len(task.get("answers", []))
            if n == 0:
                return None
            if n == 1 or rng.random() < acc:
                return int(truth)
            return rng.choice([i for i in range(n) if i != truth])
        if kind in ("multiple", "shortcut"):
            flip = (1 - acc) / (2 if kind == "multiple" else 8)
            return [i for i in range(len(task.get("answers", [])))
                    if (i in truth) != (rng.random() < flip)]
        if kind == "drawing":
            return self._marks(task, truth, vol, rng, override)
        if kind == "survey":
            choice, answers = truth
            order = list(task.get("choicesOrder") or list(task.get("choices", {})))
            if choice is None:
                return []
            if rng.random() >= acc and len(order) > 1:
                choice = rng.choice([c for c in order if c != choice])
            return [self._survey_item(task, choice, answers, acc, rng)] + (
                [self._survey_item(task, rng.choice(order), {}, acc, rng)]
                if rng.random() < 0.04 and choice != "NOTHINGHERE" else [])
        if kind == "text":
            return truth if rng.random() < acc else _typo(rng, truth)
        if kind == "slider":
            low, high = _num(task.get("min"), 0.0), _num(task.get("max"), 1.0)
            step = _num(task.get("step"), 0.0)
            noisy = min(high, max(low, truth + rng.gauss(0, (high - low) * (1 - acc) * 0.5)))
            return round(round((noisy - low) / step) * step + low, 6) if step > 0 \
                else round(noisy, 6)
        if kind == "dropdown":
            out = []
            for select, wanted in zip(task.get("selects", []), truth, strict=False):
                options = [o for g in (select.get("options") or {}).values() for o in g]
                value = wanted
                if options and rng.random() >= acc:
                    value = rng.choice(options)["value"]
                if select.get("allowCreate") and rng.random() < 0.05:
                    out.append({"value": _typo(rng, rng.choice(WORDS)), "option": False})
                else:
                    out.append({"value": value, "option": value is not None})
            return out
        return None

    def _survey_item(self, task: Mapping[str, Any], choice: str, truth_answers: JSON,
                     acc: float, rng: random.Random) -> JSON:
        answers: JSON = {}
        info = task.get("choices", {}).get(choice, {})
        if not info.get("noQuestions") and choice != "NOTHINGHERE":
            for qid in task.get("questionsOrder") or list(task.get("questions", {})):
                question = task.get("questions", {}).get(qid, {})
                options = list(question.get("answersOrder") or question.get("answers", {}))
                if not options:
                    continue
                wanted = truth_answers.get(qid)
                if wanted is None or rng.random() >= acc:
                    wanted = [rng.choice(options)] if question.get("multiple") \
                        else rng.choice(options)
                answers[qid] = wanted
        return {"choice": choice, "answers": answers, "filters": {}}

    def _marks(self, task: Mapping[str, Any], truth: list[JSON], vol: Volunteer,
               rng: random.Random, means: Any = None) -> list[JSON]:
        tools = task.get("tools", [])
        marks = []
        recall = 0.55 + 0.4 * vol.accuracy
        for obj in truth:
            if rng.random() > recall:
                continue
            width, height = obj["size"]
            jitter = 0.004 + 0.02 * (1 - vol.accuracy)
            shape = _jittered(rng, obj["shape"], width * jitter, height * jitter)
            spec = tools[obj["tool"]] if obj["tool"] < len(tools) else {}
            details = []
            for detail, wanted in zip(spec.get("details", []), obj["details"], strict=False):
                value = wanted if rng.random() < vol.accuracy else self._detail_truth(rng, detail)
                details.append({"value": value})
            marks.append(_mark(obj["tool"], obj["frame"], spec.get("type"), shape, details))
        weights = list(means) if means is not None else [1.0] * len(tools)
        if sum(weights) > 0 and rng.random() < 0.12 * (1.3 - vol.accuracy):  # a stray mark
            index = _weighted(rng, weights)
            spec = tools[index]
            dims = [d for d in self.dims(self._current) if d] or [(1000, 1000)]
            frame = rng.randrange(len(dims))
            width, height = dims[frame]
            marks.append(_mark(index, frame, spec.get("type"), _shape(
                rng, spec.get("type"), width, height), [
                {"value": self._detail_truth(rng, d)} for d in spec.get("details", [])]))
        return marks

    # -- answers= -----------------------------------------------------------------------

    def value(self, key: str, task: Mapping[str, Any], sid: str, vol: Volunteer,
              rng: random.Random) -> Any:
        """The annotation value of one task, honouring ``answers=``."""
        kind = task.get("type")
        spec: Any = None
        given = False
        if callable(self.answers):
            spec, given = self.answers, True
        elif isinstance(self.answers, Mapping) and key in self.answers:
            spec, given = self.answers[key], True
        if not given:
            return self.default_value(key, task, sid, vol, rng)
        subject = self.store.get("subjects", sid)
        ctx = AnswerContext(key, task, sid, dict(subject.attrs.get("metadata", {})) if subject
                            else {}, vol, rng, lambda: self.plain_default(key, task, sid, vol, rng))
        if callable(spec):
            spec = spec(ctx)
        if kind == "drawing" and (isinstance(spec, Mapping) or _is_number(spec)):
            means = self._tool_means(key, task, spec)
            return self.default_value(key, task, sid, vol, rng, override=means)
        if isinstance(spec, Mapping):
            return self._from_distribution(key, task, spec, rng)
        return self.normalize(key, task, spec)

    def plain_default(self, key: str, task: Mapping[str, Any], sid: str, vol: Volunteer,
                      rng: random.Random) -> Any:
        """The default in the form a callable returns: labels for questions, else raw."""
        value = self.default_value(key, task, sid, vol, rng)
        kind = task.get("type")
        labels = [a.get("label") for a in task.get("answers", [])]
        if kind == "single" and value is not None:
            return labels[value]
        if kind in ("multiple", "shortcut"):
            return [labels[i] for i in value]
        return value

    def _tool_means(self, key: str, task: Mapping[str, Any], spec: Any) -> tuple[float, ...]:
        tools = task.get("tools", [])
        if _is_number(spec):
            return tuple([float(spec)] + [0.0] * (len(tools) - 1)) if tools else ()
        means = [0.0] * len(tools)
        for name, mean in spec.items():
            index = self._index(key, [t.get("label") for t in tools], name, "tool")
            if not _is_number(mean) or mean < 0:
                raise SimulationError(f"{key}: the mean number of {name!r} marks must be a "
                                      f"number >= 0, not {mean!r}")
            means[index] = float(mean)
        return tuple(means)

    def _from_distribution(self, key: str, task: Mapping[str, Any], spec: Mapping[Any, Any],
                           rng: random.Random) -> Any:
        for name, weight in spec.items():
            if not _is_number(weight) or weight < 0:
                raise SimulationError(f"{key}: the weight of {name!r} must be a number >= 0, "
                                      f"not {weight!r}")
        if not spec:
            raise SimulationError(f"{key}: an empty distribution")
        kind = task.get("type")
        names = list(spec)
        if kind in ("multiple", "shortcut"):
            picked = [n for n in names if rng.random() < float(spec[n])]
            return self.normalize(key, task, picked)
        chosen = names[_weighted(rng, [float(spec[n]) for n in names])]
        if kind == "survey":
            return self.normalize(key, task, [chosen])
        return self.normalize(key, task, chosen)

    def _index(self, key: str, labels: Sequence[Any], answer: Any, what: str = "answer") -> int:
        if _is_number(answer) and float(answer).is_integer() and 0 <= int(answer) < len(labels):
            return int(answer)
        for i, label in enumerate(labels):
            if str(label) == str(answer):
                return i
        lowered = str(answer).strip().lower()
        for i, label in enumerate(labels):
            if str(label).strip().lower() == lowered:
                return i
        shown = ", ".join(repr(x) for x in labels)
        raise SimulationError(f"task {key} has no {what} {answer!r} ({what}s: {shown}, or their "
                              f"indexes 0-{len(labels) - 1})")

    def normalize(self, key: str, task: Mapping[str, Any], answer: Any) -> Any:
        """A user's answer (labels, indexes, raw values) as the annotation value."""
        kind = task.get("type")
        labels = [a.get("label") for a in task.get("answers", [])]
        if answer is None:
            return [] if kind in ("multiple", "shortcut", "drawing", "survey") else None
        if kind == "single":
            return self._index(key, labels, answer)
        if kind in ("multiple", "shortcut"):
            items = answer if isinstance(answer, (list, tuple, set)) else [answer]
            return sorted({self._index(key, labels, a) for a in items})
        if kind == "survey":
            items = answer if isinstance(answer, (list, tuple)) else [answer]
            choices = task.get("choices", {})
            out = []
            for item in items:
                if isinstance(item, Mapping):
                    out.append(dict(item))
                    continue
                cid = str(item)
                if cid not in choices:
                    by_label = {str(c.get("label", "")).lower(): k for k, c in choices.items()}
                    if cid.lower() not in by_label:
                        raise SimulationError(f"task {key} has no survey choice {item!r} "
                                              f"(choices: {', '.join(choices)})")
                    cid = by_label[cid.lower()]
                out.append(self._survey_item(task, cid, {}, 1.0, self.rng))
            return out
        if kind == "drawing":
            if not isinstance(answer, (list, tuple)):
                raise SimulationError(f"task {key}: give drawing marks as a list of mark dicts, "
                                      f"a mean count or {{tool label: mean count}}")
            return [dict(m) if isinstance(m, Mapping) else m for m in answer]
        if kind == "slider":
            if not _is_number(answer):
                raise SimulationError(f"task {key}: a slider answer is a number, not {answer!r}")
            return answer
        if kind == "text":
            return str(answer)
        if kind == "dropdown":
            return self._dropdown(key, task, answer)
        return answer

    def _dropdown(self, key: str, task: Mapping[str, Any], answer: Any) -> list[JSON]:
        selects = task.get("selects", [])
        items = list(answer) if isinstance(answer, (list, tuple)) else [answer]
        out = []
        for select, item in zip(selects, items, strict=False):
            if isinstance(item, Mapping):
                out.append(dict(item))
                continue
            options = [o for g in (select.get("options") or {}).values() for o in g]
            found = next((o for o in options if str(item) in (str(o.get("value")),
                                                              str(o.get("label")))), None)
            if found is not None:
                out.append({"value": found["value"], "option": True})
            elif select.get("allowCreate"):
                out.append({"value": str(item), "option": False})
            else:
                shown = ", ".join(repr(o.get("label")) for o in options)
                raise SimulationError(f"task {key} has no dropdown option {item!r} "
                                      f"(options: {shown})")
        return out

    # -- one classification -------------------------------------------------------------

    def annotations(self, sid: str, vol: Volunteer, rng: random.Random) -> list[JSON]:
        """Walk the workflow from its first task, following answers' and tasks' ``next``."""
        self._current = sid
        out: list[JSON] = []
        key: str | None = self.first
        seen: set[str] = set()
        while key and key in self.tasks and key not in seen:
            seen.add(key)
            task = self.tasks[key]
            kind = task.get("type")
            if kind == "combo":
                parts = []
                for sub in task.get("tasks", []):
                    sub_task = self.tasks.get(sub)
                    if isinstance(sub_task, Mapping):
                        parts.append({"task": sub, "value": self.value(sub, sub_task, sid, vol,
                                                                       rng)})
                        seen.add(sub)
                out.append({"task": key, "value": parts})
                key = task.get("next")
                continue
            value = self.value(key, task, sid, vol, rng)
            out.append({"task": key, "value": value})
            shortcut = task.get("unlinkedTask")
            if isinstance(shortcut, str) and isinstance(self.tasks.get(shortcut), Mapping):
                pressed = self.value(shortcut, self.tasks[shortcut], sid, vol, rng)
                if pressed:
                    out.append({"task": shortcut, "value": pressed})
                    break
            if kind == "single" and isinstance(value, int) and \
                    0 <= value < len(task.get("answers", [])):
                key = task["answers"][value].get("next") or task.get("next")
            else:
                key = task.get("next")
        return out

    def metadata(self, sid: str, vol: Volunteer, started: datetime, finished: datetime,
                 session: str, rng: random.Random) -> JSON:
        width, height = vol.viewport
        dimensions: list[JSON | None] = []
        for size in self.dims(sid):
            if size is None:
                dimensions.append(None)
                continue
            natural_w, natural_h = size
            scale = min(1.0, (width * 0.62) / natural_w, (height * 0.8) / natural_h)
            dimensions.append({"clientWidth": round(natural_w * scale, 2),
                               "clientHeight": round(natural_h * scale, 2),
                               "naturalWidth": natural_w, "naturalHeight": natural_h})
        selected = started - timedelta(seconds=0.05 + rng.random() * 2)
        return {
            "source": "api",
            "session": session,
            "viewport": {"width": width, "height": height},
            "started_at": _stamp(started),
            "user_agent": vol.user_agent,
            "utc_offset": vol.utc_offset,
            "finished_at": _stamp(finished),
            "live_project": self.live,
            "user_language": vol.user_language,
            "user_group_ids": [],
            "subject_dimensions": dimensions,
            "subject_selection_state": {
                "retired": False, "selected_at": _stamp(selected), "already_seen": False,
                "selection_state": "normal", "finished_workflow": False,
                "user_has_finished_workflow": False},
            "workflow_version": self.wf.attrs.get("version", "1.1"),
        }

    # -- the run ------------------------------------------------------------------------

    def run(self) -> SimulationResult:
        result = SimulationResult(self.wid, volunteers=list(self.volunteers))
        store = self.store
        active = list(self.subjects)
        position = {sid: i for i, sid in enumerate(active)}
        seen: dict[int, set[str]] = {}
        finished: set[int] = set()
        sessions: dict[int, tuple[int, datetime]] = {}
        schedule = self._schedule()
        rng = self.rng
        retired_before = self._retired_now()

        def drop(sid: str) -> None:
            i = position.pop(sid, None)
            if i is None:
                return
            last = active.pop()
            if last != sid:
                active[i] = last
                position[last] = i

        for gone in retired_before:
            drop(gone)

        def pick(who: int) -> str | None:
            mine = seen.setdefault(who, set())
            for _ in range(24):
                if not active:
                    return None
                sid = active[rng.randrange(len(active))]
                if self._retired(sid):
                    drop(sid)
                    continue
                if sid not in mine:
                    return sid
            for sid in list(active):
                if self._retired(sid):
                    drop(sid)
                elif sid not in mine:
                    return sid
            return None

        total = len(schedule)
        for done, (when, who) in enumerate(schedule):
            if not active:
                result.exhausted = True
                break
            sid: str | None = pick(who) if who not in finished else None
            if sid is None:
                finished.add(who)
                others = [v for v in range(len(self.volunteers)) if v not in finished]
                while others:
                    who = rng.choice(others)
                    sid = pick(who)
                    if sid is not None:
                        break
                    finished.add(who)
                    others.remove(who)
                if sid is None:
                    result.exhausted = True
                    break
            vol = self.volunteers[who]
            number, last = sessions.get(who, (0, when))
            if when - last > timedelta(minutes=30):
                number += 1
            sessions[who] = (number, when)
            session = hashlib.sha256(f"{self.seed}:{vol.index}:{vol.ip}:{number}".encode()
                                     ).hexdigest()
            annotations = self.annotations(sid, vol, rng)
            seconds = sum(TASK_SECONDS.get(str(self.tasks.get(a["task"], {}).get("type")), 5.0)
                          for a in annotations)
            duration = timedelta(seconds=rng.lognormvariate(math.log(seconds + 1.5), 0.55))
            started = when - duration
            metadata = self.metadata(sid, vol, started, when, session, rng)
            created = when + timedelta(seconds=0.05 + rng.random() * 0.3)
            body = {"classifications": {
                "annotations": annotations, "metadata": metadata, "completed": True,
                "links": {"project": self.pid, "workflow": self.wid, "subjects": [sid]}}}
            actor = ANONYMOUS if vol.user_id is None else Actor(vol.user_id)
            with store.lock:
                try:
                    rec = store.create("classifications", body, actor)[0]
                except ApiError as exc:
                    raise SimulationError(f"the emulator refused a classification "
                                          f"({exc.status}): {exc.message}") from None
                stamp = _stamp(created)
                rec.extra["user_ip"] = vol.ip
                rec.created_at = rec.updated_at = stamp
                self._backdate_status(sid, stamp)
            result.classification_ids.append(str(rec.id))
            seen[who].add(sid)
            if self._retired(sid):
                result.retired_subject_ids.append(sid)
                drop(sid)
            if self.progress is not None:
                self.progress(done + 1, total)
        else:
            result.exhausted = len(result) < self.count
        return result

    def _backdate_status(self, sid: str, stamp: str) -> None:
        """Keep the subject's workflow status on the simulated clock: made, counted and retired
        when the classification was, not when the simulation ran."""
        for status in self.store.where("subject_workflow_statuses", "subject", sid):
            if status.fks.get("workflow") != self.wid:
                continue
            if status.created_at > stamp:
                status.created_at = stamp
            if status.updated_at > stamp:
                status.updated_at = stamp
            retired_at = status.attrs.get("retired_at")
            if isinstance(retired_at, str) and retired_at > stamp:
                status.attrs["retired_at"] = stamp

    def _retired(self, sid: str) -> bool:
        with self.store.lock:  # HTTP requests may be changing the statuses meanwhile
            return any(status.fks.get("workflow") == self.wid and status.attrs.get("retired_at")
                       for status in self.store.where("subject_workflow_statuses", "subject",
                                                      sid))

    def _retired_now(self) -> set[str]:
        with self.store.lock:
            return {s.fks.get("subject") or "" for s in self.store.where(
                "subject_workflow_statuses", "workflow", self.wid) if s.attrs.get("retired_at")}


def _accumulate(values: Sequence[float]) -> Iterator[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


# ----- marks ---------------------------------------------------------------------------------


def _shape(rng: random.Random, kind: Any, width: int, height: int) -> JSON:
    """A plausible mark of a drawing tool type in an image of this size."""
    x = round(width * (0.05 + 0.9 * rng.random()), 2)
    y = round(height * (0.05 + 0.9 * rng.random()), 2)
    small = min(width, height)
    size = small * (0.03 + 0.12 * rng.random())
    angle = round(rng.uniform(-90, 90), 2)
    if kind in ("rectangle", "rotateRectangle"):
        w, h = round(size * rng.uniform(0.6, 1.8), 2), round(size * rng.uniform(0.6, 1.8), 2)
        out: JSON = {"x": round(max(0.0, x - w / 2), 2), "y": round(max(0.0, y - h / 2), 2),
                     "width": w, "height": h}
        if kind == "rotateRectangle":
            out["angle"] = angle
        return out
    if kind in ("circle", "triangle"):
        return {"x": x, "y": y, "r": round(size, 2), "angle": angle if kind == "triangle" else 0}
    if kind == "ellipse":
        return {"x": x, "y": y, "rx": round(size * 1.3, 2), "ry": round(size * 0.7, 2),
                "angle": angle}
    if kind == "line":
        theta = rng.uniform(0, math.tau)
        length = size * 3
        return {"x1": x, "y1": y, "x2": round(x + length * math.cos(theta), 2),
                "y2": round(y + length * math.sin(theta), 2)}
    if kind in ("polygon", "bezier"):
        corners = rng.randint(4, 8)
        points = [{"x": round(x + size * math.cos(math.tau * i / corners) * rng.uniform(0.7, 1.3),
                              2),
                   "y": round(y + size * math.sin(math.tau * i / corners) * rng.uniform(0.7, 1.3),
                              2)} for i in range(corners)]
        return {"points": points, "closed": True} if kind == "bezier" else {"points": points}
    if kind == "column":
        return {"x": round(max(0.0, x - size / 2), 2), "width": round(size, 2)}
    if kind == "fullWidthLine":
        return {"y": y}
    if kind == "fullHeightLine":
        return {"x": x}
    if kind == "fan":
        return {"x": x, "y": y, "radius": round(size * 2, 2), "rotation": angle,
                "spread": round(rng.uniform(20, 90), 2)}
    if kind == "freehandLine":
        steps = rng.randint(8, 20)
        xs, ys = [x], [y]
        for _ in range(steps):
            xs.append(round(xs[-1] + rng.uniform(-size, size) / 3, 2))
            ys.append(round(ys[-1] + rng.uniform(-size, size) / 3, 2))
        return {"pathX": xs, "pathY": ys}
    return {"x": x, "y": y}


def _jittered(rng: random.Random, shape: JSON, dx: float, dy: float) -> JSON:
    out: JSON = {}
    for name, value in shape.items():
        if name in ("x", "x1", "x2"):
            out[name] = round(value + rng.gauss(0, dx), 2)
        elif name in ("y", "y1", "y2"):
            out[name] = round(value + rng.gauss(0, dy), 2)
        elif name in ("width", "height", "r", "rx", "ry", "radius"):
            out[name] = round(max(1.0, value * rng.gauss(1, 0.08)), 2)
        elif name in ("angle", "rotation", "spread"):
            out[name] = round(value + rng.gauss(0, 4), 2)
        elif name == "points":
            out[name] = [{"x": round(p["x"] + rng.gauss(0, dx), 2),
                          "y": round(p["y"] + rng.gauss(0, dy), 2)} for p in value]
        elif name == "pathX":
            out[name] = [round(v + rng.gauss(0, dx), 2) for v in value]
        elif name == "pathY":
            out[name] = [round(v + rng.gauss(0, dy), 2) for v in value]
        else:
            out[name] = value
    return out


def _mark(tool_index: int, frame: int, kind: Any, shape: JSON, details: list[JSON]) -> JSON:
    if kind == "freehandLine":  # the newer front end's shape (toolIndex/toolType)
        return {"frame": frame, **shape, "details": details, "toolType": kind,
                "toolIndex": tool_index}
    return {**shape, "tool": tool_index, "frame": frame, "details": details}


def simulate(state: EmulatorState, seeder: Seeder, workflow: Any, *, volunteers: Any = 40,
             classifications: int = 3000, answers: Answers = None, seed: int = 1,
             anonymous: float = 0.0, end: datetime | None = None, days: float = 7.0,
             progress: Callable[[int, int], None] | None = None) -> SimulationResult:
    """Run one simulation (see the module docstring; ``emu.simulate`` calls this)."""
    return Simulator(state, seeder, workflow, volunteers=volunteers,
                     classifications=classifications, answers=answers, seed=seed,
                     anonymous=anonymous, end=end, days=days, progress=progress).run()
