"""The CrowdFlower client: one HTTP transport per API key, the everilae ``Client`` methods.

    from zoo_sdk.crowdflower import Client
    client = Client("yourapikey")                      # https://api.crowdflower.com/v1
    job = client.create_job({"title": "Tag images", "instructions": "...", "cml": "..."})
    job.upload([{"url": "https://example.com/a.jpg"}])
    job.launch(1)

Every request of a ``Client`` method is built by a generated ``zoo_crowdflower_api`` endpoint
module and sent through :class:`zoo_sdk._http.HTTP` (timeouts; retries only where safe). The
everilae escape hatches for other paths, :meth:`Client.call`, :meth:`Client.paged_call` and
:class:`PathFactory` (``client.jobs[42].units.ping(_suffix=None)``), go through the same
transport. The key travels as the ``key`` query parameter and is redacted from errors, reprs and
logs.

Ids are checked before any request (``ValidationError``: job ids are positive integers or
aliases, other ids positive integers), and every JSON answer is checked by
:func:`zoo_sdk._http.json_body`: HTML, empty or wrong-shaped bodies raise
``InvalidResponseError``, as does a report download that is not a ZIP archive.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import mimetypes
import os
import reprlib
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import IO, Any, Literal, overload

import httpx
from zoo_crowdflower_api.api.account import get_account
from zoo_crowdflower_api.api.channels import (
    disable_job_channel,
    enable_job_channels,
    list_job_channels,
)
from zoo_crowdflower_api.api.gold import convert_job_test_questions
from zoo_crowdflower_api.api.jobs import (
    cancel_job,
    copy_job,
    create_job,
    create_job_from_upload,
    delete_job,
    get_job,
    get_job_legend,
    get_job_status,
    list_jobs,
    pause_job,
    resume_job,
    update_job,
    upload_job_units,
)
from zoo_crowdflower_api.api.judgments import (
    create_judgment,
    get_judgment,
    list_judgments,
)
from zoo_crowdflower_api.api.orders import create_order, get_order
from zoo_crowdflower_api.api.reports import download_job_report, regenerate_job_report
from zoo_crowdflower_api.api.tags import add_job_tags, list_job_tags, replace_job_tags
from zoo_crowdflower_api.api.units import (
    cancel_unit,
    create_unit,
    delete_unit,
    get_unit,
    list_units,
    update_unit,
)
from zoo_crowdflower_api.api.workers import (
    bonus_worker,
    notify_worker,
    reject_worker,
    update_worker,
)
from zoo_crowdflower_api.types import File

from zoo_sdk import errors
from zoo_sdk._http import (
    HTTP,
    RetryPolicy,
    check_json,
    error_messages,
    invalid_response,
    json_body,
)
from zoo_sdk.crowdflower.job import Job
from zoo_sdk.crowdflower.judgment import Judgment, JudgmentAggregate
from zoo_sdk.crowdflower.order import Order
from zoo_sdk.crowdflower.unit import Unit, UnitPromise

DEFAULT_ENDPOINT = "https://api.crowdflower.com/v1"
JSON_LINES = "application/json"
CSV = "text/csv"
_CHUNK = 64 * 1024


# ----- errors ------------------------------------------------------------------------------


class PaymentRequiredError(errors.APIError):
    """402: the account's funds do not cover the order (never retried).

    >>> try: job.launch(1000)                      # doctest: +SKIP
    ... except PaymentRequiredError as e: print(e.messages[0])
    """


class ReportNotReadyError(errors.APIError):
    """202: the report is still being generated (``download_report(wait=False)``)."""


class ReportTimeoutError(errors.TimeoutError):
    """The report was not ready before ``timeout`` seconds passed."""


#: The everilae name of the error class (``except ApiError`` keeps working).
ApiError = errors.APIError

#: The ``unit[...]`` attributes a unit update may send (spec: ``UnitUpdate``).
UNIT_FIELDS = frozenset(
    {"data", "golden", "state", "agreement", "difficulty", "missed_count", "job_id"}
)

#: ``Client.call`` methods (everilae: "GET, POST, PUT or DELETE").
CALL_METHODS = ("get", "post", "put", "delete")


# ----- magic paths -------------------------------------------------------------------------


class PathFactory:
    """Magic attribute/item syntax for :meth:`Client.call` (everilae's ``PathFactory``).

    >>> client.jobs[42].units.ping(_suffix=None)      # GET jobs/42/units/ping   # doctest: +SKIP
    >>> list(client.jobs.pages(sentinel=[]))          # GET jobs.json?page=1...  # doctest: +SKIP
    >>> PathFactory(None, ("jobs",))[42].units
    <PathFactory jobs/42/units>
    """

    SUFFIX = ".json"

    def __init__(self, client: Client | None, name: tuple[str, ...] = ()) -> None:
        self._client = client
        self._name = tuple(name)

    def __getattr__(self, name: str) -> PathFactory:
        if name.startswith("_"):
            raise AttributeError(name)
        return type(self)(self._client, (*self._name, name))

    def __getitem__(self, name: object) -> PathFactory:
        return type(self)(self._client, (*self._name, str(name)))

    def __repr__(self) -> str:
        return f"<PathFactory {'/'.join(self._name)}>"

    def _path(self, suffix: str | None) -> str:
        return "/".join(self._name) + (suffix or "")

    def _bound(self) -> Client:
        if self._client is None:
            raise RuntimeError("this PathFactory has no client")
        return self._client

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """:meth:`Client.call` of this path plus ``_suffix`` (default ``SUFFIX``; None: none)."""
        path = self._path(kwargs.pop("_suffix", self.SUFFIX))
        return self._bound().call(path, *args, **kwargs)

    def pages(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        """:meth:`Client.paged_call` of this path plus ``_suffix``."""
        path = self._path(kwargs.pop("_suffix", self.SUFFIX))
        return self._bound().paged_call(path, *args, **kwargs)


# ----- form bodies -------------------------------------------------------------------------


class FormBody:
    """A form body for a generated endpoint: already flattened to bracket keys.

    >>> FormBody.of("job", {"title": "T", "options": {"a": 1}}).to_dict()
    {'job[title]': 'T', 'job[options][a]': '1'}
    """

    __slots__ = ("fields",)

    def __init__(self, fields: Mapping[str, Any]) -> None:
        self.fields = dict(fields)

    @classmethod
    def of(cls, root: str, attrs: Mapping[str, Any]) -> FormBody:
        return cls(flatten(root, attrs))

    def to_dict(self) -> dict[str, Any]:
        return self.fields


def flatten(root: str, value: Any) -> dict[str, Any]:
    """Bracket form fields, CrowdFlower style (lists as repeated ``name[]``).

    >>> flatten("job", {"title": "T", "fields": {"x": True}, "confidence_fields": ["a", "b"]})
    {'job[title]': 'T', 'job[fields][x]': 'true', 'job[confidence_fields][]': ['a', 'b']}
    """
    out: dict[str, Any] = {}
    if isinstance(value, Mapping):
        for key, item in value.items():
            out.update(flatten(f"{root}[{key}]" if root else str(key), item))
    elif isinstance(value, list | tuple):
        out[f"{root}[]"] = [_scalar(v) for v in value]
    elif value is not None:
        out[root] = _scalar(value)
    return out


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value)
    return str(value)


# ----- reports -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Report:
    """A downloaded report: the ZIP archive and helpers to read its (single) member.

    >>> report = client.download_report(job_id, type_="full")     # doctest: +SKIP
    >>> for row in report.rows(): print(row["_unit_id"])          # doctest: +SKIP
    """

    content: bytes

    @property
    def names(self) -> list[str]:
        with zipfile.ZipFile(io.BytesIO(self.content)) as archive:
            return archive.namelist()

    def read(self, name: str | None = None) -> str:
        """The text of member ``name`` (default: the first one)."""
        with zipfile.ZipFile(io.BytesIO(self.content)) as archive:
            return archive.read(name or archive.namelist()[0]).decode("utf-8-sig")

    def rows(self) -> list[dict[str, str]]:
        """The CSV rows of the report (``full``, ``aggregated``, ``source``, ...)."""
        return list(csv.DictReader(io.StringIO(self.read())))

    def records(self) -> list[dict[str, Any]]:
        """The JSON lines of a ``json`` report (``InvalidResponseError`` for a line that is
        not a JSON object)."""
        found = []
        for number, line in enumerate(self.read().splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if not isinstance(record, dict):
                raise errors.InvalidResponseError(
                    f"line {number} of the json report is not a JSON object", snippet=line[:200]
                )
            found.append(record)
        return found


# ----- the client --------------------------------------------------------------------------


class Client:
    """CrowdFlower API client for one API key.

    >>> client = Client("yourapikey")                                       # doctest: +SKIP
    >>> client = Client(emu.crowdflower_key, endpoint=emu.crowdflower_url)  # doctest: +SKIP
    >>> [job.title for job in client.get_jobs()]                            # doctest: +SKIP
    """

    def __init__(
        self,
        key: str,
        endpoint: str | None = None,
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        check_key(key)
        self.endpoint = (endpoint or DEFAULT_ENDPOINT).rstrip("/")
        self.http = HTTP(
            self.endpoint,
            params={"key": key},
            headers={"Accept": "application/json"},
            timeout=timeout,
            retry=retry,
            transport=transport,
        )
        #: everilae's magic path root: ``client.jobs[42].units()`` calls ``jobs/42/units.json``.
        self.jobs = PathFactory(self, ("jobs",))

    def __repr__(self) -> str:
        return f"<crowdflower.Client {self.endpoint}>"

    def close(self) -> None:
        """Close the connection pool."""
        self.http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sending ---------------------------------------------------------------------------

    def send(
        self,
        module: ModuleType,
        *,
        idempotent: bool | None = None,
        headers: Mapping[str, str] | None = None,
        ok: Iterable[int] = (),
        content: Callable[[], Iterable[bytes]] | bytes | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send the request a generated endpoint module builds; map 402 to its own error."""
        with _payment_errors():
            return self.http.call(
                module, idempotent=idempotent, headers=headers, ok=ok, content=content, **kwargs
            )

    def json(self, module: ModuleType, expect: type = dict, **kwargs: Any) -> Any:
        """:meth:`send`, then the JSON body, which must be a JSON ``expect`` (dict or list)."""
        return json_body(self.send(module, **kwargs), expect)

    def paged(
        self, module: ModuleType, *, sentinel: Any, limit: int = 100, page: int = 1, **kwargs: Any
    ) -> Iterator[Any]:
        """Each page's JSON until the server answers ``sentinel`` (``[]`` or ``{}``): a list of
        objects, or objects keyed by (unit) id; ``InvalidResponseError`` for anything else.

        A short page does not end the iteration; only the sentinel (or an empty answer) does.
        """

        def fetch(number: int) -> Any:
            response = self.send(module, page=number, limit=limit, **kwargs)
            body = json_body(response, type(sentinel))
            if body and body != sentinel:
                items = body.values() if isinstance(body, dict) else body
                keys_ok = not isinstance(body, dict) or all(
                    k.isascii() and k.isdigit() for k in body
                )
                if not keys_ok or not all(isinstance(item, dict) for item in items):
                    raise invalid_response(response, "the server answered a page of another shape")
            return body

        return _pages(fetch, lambda body: body == sentinel or not body, page)

    # -- the everilae escape hatches -------------------------------------------------------

    @overload
    def call(
        self,
        path: str,
        data: str | bytes | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        method: str = "get",
        files: Mapping[str, Any] | None = None,
        as_json: Literal[True] = True,
    ) -> Any: ...

    @overload
    def call(
        self,
        path: str,
        data: str | bytes | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        method: str = "get",
        files: Mapping[str, Any] | None = None,
        *,
        as_json: Literal[False],
    ) -> httpx.Response: ...

    @overload
    def call(
        self,
        path: str,
        data: str | bytes | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        method: str = "get",
        files: Mapping[str, Any] | None = None,
        as_json: bool = True,
    ) -> Any: ...

    def call(
        self,
        path: str,
        data: str | bytes | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        method: str = "get",
        files: Mapping[str, Any] | None = None,
        as_json: bool = True,
    ) -> Any:
        """Call ``path`` (relative to the endpoint, e.g. ``"jobs/42/units/ping"``): everilae's
        generic call, for what the SDK has no method for. Returns the JSON answer, or the
        ``httpx.Response`` with ``as_json=False``.

        ``data``: bytes, a str (sent as UTF-8) or a dict of form fields (bracket keys, see
        :func:`flatten`); ``files``: multipart files. A ``get`` with data or files is sent as a
        ``post``, as in everilae. Same transport as every method: the key, timeouts, retries for
        GET/PUT/DELETE only, typed errors (a JSON object answer with ``error``/``errors`` is an
        ``ApiError`` too). Bad arguments raise ``ValidationError`` before any request.

        >>> client.call("jobs/42/units/ping")                               # doctest: +SKIP
        {'count': 2, 'new': 2}
        >>> client.call("jobs/42/tags", {"tags": "a, b"}, method="put")      # doctest: +SKIP
        """
        path = _call_path(path)
        verb = _call_method(method)
        if not isinstance(as_json, bool):
            raise errors.ValidationError(f"as_json must be True or False, got {as_json!r}")
        params = _call_query(query)
        sent_headers = _call_headers(headers)
        body = _call_body(data, files)
        if verb == "get" and body:
            verb = "post"
        with _payment_errors():
            response = self.http.request(verb, path, params=params, headers=sent_headers, **body)
        if not as_json:
            return response
        answer = json_body(response, None)
        if isinstance(answer, dict) and ("error" in answer or "errors" in answer):
            messages = error_messages(response)
            raise errors.APIError(
                "; ".join(messages),
                status=response.status_code,
                messages=messages,
                method=response.request.method,
                url=str(response.request.url),
            )
        return answer

    def paged_call(
        self,
        path: str,
        data: str | bytes | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        method: str = "get",
        files: Mapping[str, Any] | None = None,
        as_json: bool = True,
        *,
        page: int = 1,
        limit: int = 100,
        sentinel: Any = None,
    ) -> Iterator[Any]:
        """:meth:`call` for ``page``, ``page + 1``, ... (``page`` and ``limit`` query
        parameters), yielding each answer until one equals ``sentinel`` (or, if ``sentinel``
        is a function, until ``sentinel(answer)`` is true). An empty answer (``[]``, ``{}``)
        also ends it, so paging always stops; a short page does not.

        >>> for page in client.paged_call("jobs.json", sentinel=[]):    # doctest: +SKIP
        ...     print(len(page))
        """
        first = positive_int(page, "page")
        size = positive_int(limit, "limit")
        if not as_json and not callable(sentinel):
            raise errors.ValidationError(
                "with as_json=False, sentinel must be a function of the response (when to stop)"
            )
        base = dict(query or {})
        _call_path(path)
        _call_query(base)

        def fetch(number: int) -> Any:
            return self.call(
                path, data, headers, {**base, "page": number, "limit": size}, method, files,
                as_json,
            )

        def done(answer: Any) -> bool:
            if callable(sentinel):
                return bool(sentinel(answer))
            return bool(answer == sentinel or (isinstance(answer, list | dict) and not answer))

        return _pages(fetch, done, first)

    # -- jobs ------------------------------------------------------------------------------

    def get_jobs(self, limit: int = 100) -> Iterator[Job]:
        """Every job of the account (pages of ``limit``), lazily.

        >>> titles = [job.title for job in client.get_jobs()]   # doctest: +SKIP
        """
        for page in self.paged(list_jobs, sentinel=[], limit=limit):
            for data in page:
                yield Job(self, **data)

    def get_job(self, job_id: int | str) -> Job:
        """Job ``job_id`` (an id or an alias)."""
        return Job(self, **self.json(get_job, job_id=job_ref(job_id)))

    def create_job(self, attrs: Mapping[str, Any] | None = None) -> Job:
        """Create a job from ``attrs`` (title, instructions, cml, js, css, options, ...).

        Never retried on 5xx (a retry could create a second job).

        >>> job = client.create_job({"title": "Label cats"})  # doctest: +SKIP
        """
        body = FormBody.of("job", dict(attrs or {})) if attrs else None
        kwargs: dict[str, Any] = {"body": body} if body else {}
        return Job(self, **self.json(create_job, **kwargs))

    def update_job(self, job_id: int | str, attrs: Mapping[str, Any]) -> Job:
        """Send ``attrs`` as ``job[...]`` fields; returns the updated job."""
        return Job(
            self,
            **self.json(update_job, job_id=job_ref(job_id), body=FormBody.of("job", dict(attrs))),
        )

    def delete_job(self, job_id: int | str) -> None:
        """Delete job ``job_id``."""
        self.send(delete_job, job_id=job_ref(job_id))

    def copy_job(self, job_id: int | str, all_units: bool = False, gold: bool = False) -> Job:
        """A new job copied from ``job_id`` (all units, or only gold units, or none)."""
        return Job(
            self, **self.json(copy_job, job_id=job_ref(job_id), all_units=all_units, gold=gold)
        )

    def job_command(self, job_id: int | str, command: str) -> Any:
        """``pause``, ``resume``, ``cancel``, ``ping`` or ``legend``; the JSON answer."""
        modules = {
            "pause": pause_job,
            "resume": resume_job,
            "cancel": cancel_job,
            "ping": get_job_status,
            "legend": get_job_legend,
        }
        return self.json(modules[command], job_id=job_ref(job_id))

    # -- uploads ---------------------------------------------------------------------------

    def upload_job(
        self,
        data: Iterable[Mapping[str, Any]],
        job_id: int | str | None = None,
        force: bool = False,
    ) -> Job:
        """Upload rows (dicts) as JSON lines: to job ``job_id``, or into a new job.

        >>> job = client.upload_job([{"text": "a"}, {"text": "b"}])   # doctest: +SKIP
        """
        rows = list(data)

        def lines() -> Iterator[bytes]:
            for row in rows:
                yield (json.dumps(row, ensure_ascii=False) + "\n").encode()

        return self._upload(lines, JSON_LINES, job_id, force)

    def upload_job_file(
        self,
        file: str | os.PathLike[str] | IO[Any],
        type_: str | None = None,
        job_id: int | str | None = None,
        force: bool = False,
    ) -> Job:
        """Upload a CSV or JSON-lines file (a path, streamed; or a file object).

        The type is guessed from a path's extension unless ``type_`` is given; it is required
        for file objects. Text file objects are encoded to UTF-8.

        >>> job = client.upload_job_file("units.csv")                        # doctest: +SKIP
        >>> job = client.upload_job_file(fobj, type_="text/csv", job_id=42)  # doctest: +SKIP
        """
        if isinstance(file, str | os.PathLike):
            path = os.fspath(file)
            type_ = type_ or _guess_type(path)

            def read_path() -> Iterator[bytes]:
                with open(path, "rb") as handle:
                    while chunk := handle.read(_CHUNK):
                        yield chunk

            return self._upload(read_path, type_, job_id, force)
        if not type_:
            raise ValueError("type_ is required for file objects (text/csv or application/json)")
        handle = file

        def read_handle() -> Iterator[bytes]:
            while chunk := handle.read(_CHUNK):
                yield chunk.encode() if isinstance(chunk, str) else chunk

        return self._upload(read_handle, type_, job_id, force)

    def _upload(
        self, body: Callable[[], Iterator[bytes]], type_: str, job_id: int | str | None, force: bool
    ) -> Job:
        if type_ not in (JSON_LINES, CSV):
            raise ValueError(f"unsupported upload type {type_!r}: use {CSV} or {JSON_LINES}")
        target = None if job_id is None else job_ref(job_id)
        placeholder = File(payload=io.BytesIO(b""), mime_type=type_)
        headers = {"Content-Type": type_}
        if job_id is None:
            data = self.json(
                create_job_from_upload,
                body=placeholder,
                force=force or None,
                headers=headers,
                content=body,
            )
        else:
            data = self.json(
                upload_job_units,
                job_id=target,
                body=placeholder,
                force=force or None,
                headers=headers,
                content=body,
            )
        return Job(self, **data)

    # -- units -----------------------------------------------------------------------------

    def get_units(self, job: Job | int | str, limit: int = 1000) -> Iterator[UnitPromise]:
        """Unit promises (id and data) of a job, every page, lazily."""
        owner = self._job(job)
        for page in self.paged(list_units, sentinel={}, limit=limit, job_id=owner.id):
            for unit_id, data in page.items():
                yield UnitPromise(owner, self, id=int(unit_id), data=data)

    def get_unit(self, job: Job | int | str, unit_id: int) -> Unit:
        """Unit ``unit_id`` of ``job``, with ``results`` once judged."""
        owner = self._job(job)
        return Unit(
            owner,
            self,
            **self.json(get_unit, job_id=owner.id, unit_id=positive_int(unit_id, "unit_id")),
        )

    def create_unit(
        self, job: Job | int | str, data: Mapping[str, Any], golden: bool = False
    ) -> Unit:
        """Create one unit (never retried on 5xx)."""
        owner = self._job(job)
        body = FormBody({**flatten("unit[data]", dict(data)), "unit[golden]": _scalar(golden)})
        return Unit(owner, self, **self.json(create_unit, job_id=owner.id, body=body))

    def cancel_unit(self, job_id: int | str, unit_id: int) -> None:
        """Cancel a unit (safe to repeat)."""
        self.send(
            cancel_unit,
            job_id=job_ref(job_id),
            unit_id=positive_int(unit_id, "unit_id"),
            idempotent=True,
        )

    def update_unit(
        self, job: Job | int | str, unit_id: int, attrs: Mapping[str, Any]
    ) -> Unit:
        """Send ``attrs`` as ``unit[...]`` fields (``data`` as one JSON object, so values keep
        their types); returns the updated unit. Keys: ``data``, ``golden``, ``state``,
        ``agreement``, ``difficulty``, ``missed_count``, ``job_id`` (moves the unit).

        >>> client.update_unit(job, 5, {"golden": True}).state     # doctest: +SKIP
        'golden'
        """
        owner = self._job(job)
        unit = positive_int(unit_id, "unit_id")
        unknown = sorted(set(attrs) - UNIT_FIELDS)
        if unknown:
            raise errors.ValidationError(
                f"a unit has no writable attribute {', '.join(map(repr, unknown))} (writable: "
                f"{', '.join(sorted(UNIT_FIELDS))})"
            )
        fields: dict[str, Any] = {}
        for name, value in attrs.items():
            if name == "data":
                if not isinstance(value, Mapping):
                    raise errors.ValidationError(
                        f"unit data must be a dict of columns, got {type(value).__name__}"
                    )
                check_json(dict(value), "unit data")
                fields["unit[data]"] = json.dumps(dict(value), ensure_ascii=False)
            elif name == "job_id":
                fields["unit[job_id]"] = str(positive_int(value, "job_id"))
            elif value is not None:
                fields[f"unit[{name}]"] = _scalar(value)
        if not fields:
            raise errors.ValidationError("nothing to update: attrs is empty")
        data = self.json(update_unit, job_id=owner.id, unit_id=unit, body=FormBody(fields))
        moved = data.get("job_id")
        if isinstance(moved, int) and moved != owner.id:
            owner = Job(self, id=moved)
        return Unit(owner, self, **data)

    def delete_unit(self, job_id: int | str, unit_id: int) -> None:
        """Delete a unit (retried like every DELETE; a unit already gone: ``NotFoundError``).

        >>> client.delete_unit(42, 5)                       # doctest: +SKIP
        """
        self.send(delete_unit, job_id=job_ref(job_id), unit_id=positive_int(unit_id, "unit_id"))

    def unit_from_json(self, data: Mapping[str, Any]) -> Unit:
        """A :class:`Unit` from a unit JSON object (e.g. a line of a ``json`` report)."""
        return Unit(Job(self, id=data.get("job_id")), self, **data)

    # -- judgments -------------------------------------------------------------------------

    def get_judgmentaggregates(
        self, job: Job | int | str, limit: int = 100
    ) -> Iterator[JudgmentAggregate]:
        """One aggregate per judged unit (pages of at most 100), lazily."""
        owner = self._job(job)
        for page in self.paged(list_judgments, sentinel={}, limit=min(limit, 100), job_id=owner.id):
            for unit_id, data in page.items():
                yield JudgmentAggregate(owner, self, unit_id=int(unit_id), **data)

    def get_judgment(self, job: Job | int | str, judgment_id: int) -> Judgment:
        """Judgment ``judgment_id`` of ``job``."""
        owner = self._job(job)
        judgment = positive_int(judgment_id, "judgment_id")
        return Judgment(
            owner, self, **self.json(get_judgment, job_id=owner.id, judgment_id=judgment)
        )

    def create_judgment(
        self,
        job: Job | int | str,
        unit_id: int,
        worker_id: int,
        data: Mapping[str, Any],
        **attrs: Any,
    ) -> Judgment:
        """Record a judgment (legacy docs' call; useful against the emulator)."""
        owner = self._job(job)
        fields = {
            "unit_id": positive_int(unit_id, "unit_id"),
            "worker_id": positive_int(worker_id, "worker_id"),
            "data": dict(data),
            **attrs,
        }
        return Judgment(
            owner,
            self,
            **self.json(create_judgment, job_id=owner.id, body=FormBody.of("judgment", fields)),
        )

    # -- orders ----------------------------------------------------------------------------

    def debit_order(
        self, job: Job | int | str, units_count: int, channels: Iterable[str] = ("on_demand",)
    ) -> Order:
        """Order ``units_count`` units on ``channels``. 402 → :class:`PaymentRequiredError`.

        Never retried on 5xx: a retry could pay twice.
        """
        owner = self._job(job)
        count = positive_int(units_count, "units_count")
        body = FormBody({"debit[units_count]": str(count), "channels[]": list(channels)})
        return Order(owner, self, **self.json(create_order, job_id=owner.id, body=body))

    def get_order(self, job: Job | int | str, order_id: int) -> Order:
        owner = self._job(job)
        order = positive_int(order_id, "order_id")
        return Order(owner, self, **self.json(get_order, job_id=owner.id, order_id=order))

    # -- channels, tags, gold --------------------------------------------------------------

    def get_job_channels(self, job_id: int | str) -> dict[str, list[str]]:
        """``{"enabled_channels": [...], "available_channels": [...]}``."""
        result: dict[str, list[str]] = self.json(list_job_channels, job_id=job_ref(job_id))
        return result

    def set_job_channels(self, job_id: int | str, channels: Iterable[str]) -> dict[str, Any]:
        """Enable ``channels`` (``PUT channels[]=...``)."""
        result: dict[str, Any] = self.json(
            enable_job_channels,
            job_id=job_ref(job_id),
            body=FormBody({"channels[]": list(channels)}),
        )
        return result

    def disable_job_channel(self, job_id: int | str, channel: str) -> dict[str, Any]:
        """Disable one channel (safe to repeat)."""
        result: dict[str, Any] = self.json(
            disable_job_channel,
            job_id=job_ref(job_id),
            idempotent=True,
            body=FormBody({"channel_name": channel}),
        )
        return result

    def get_job_tags(self, job_id: int | str) -> list[dict[str, Any]]:
        """The job's tags as the API answers them (everilae): ``[{"name": "images"}, ...]``;
        ``Job.tags`` has the names.

        >>> [tag["name"] for tag in client.get_job_tags(42)]      # doctest: +SKIP
        ['images']
        """
        response = self.send(list_job_tags, job_id=job_ref(job_id))
        tags = json_body(response, list)
        if not all(isinstance(t, dict) and isinstance(t.get("name"), str) for t in tags):
            raise invalid_response(response, "the server answered tags without names")
        found: list[dict[str, Any]] = tags
        return found

    def set_job_tags(self, job_id: int | str, tags: Iterable[str]) -> None:
        """Replace every tag of the job."""
        self.send(
            replace_job_tags, job_id=job_ref(job_id), body=FormBody({"tags": ", ".join(tags)})
        )

    def add_job_tag(self, job_id: int | str, tag: str) -> None:
        """Add one tag (adding twice is harmless, so this is retried)."""
        self.send(
            add_job_tags, job_id=job_ref(job_id), idempotent=True, body=FormBody({"tags": tag})
        )

    def convert_job_test_questions(self, job_id: int | str) -> None:
        """Turn uploaded gold rows into test questions."""
        self.send(convert_job_test_questions, job_id=job_ref(job_id))

    # -- workers ---------------------------------------------------------------------------

    def worker_command(self, job_id: int | str, worker_id: int, command: str, **fields: Any) -> Any:
        """``bonus`` / ``notify`` (POST, not retried), ``flag`` / ``deflag`` / ``reject``."""
        path: dict[str, Any] = {
            "job_id": job_ref(job_id),
            "worker_id": positive_int(worker_id, "worker_id"),
        }
        body = FormBody({k: _scalar(v) for k, v in fields.items() if v is not None})
        modules = {
            "bonus": bonus_worker,
            "notify": notify_worker,
            "flag": update_worker,
            "deflag": update_worker,
        }
        if command == "reject":
            return self.json(reject_worker, **path)
        return self.json(modules[command], body=body, **path)

    # -- reports and account ---------------------------------------------------------------

    def download_report(
        self,
        job_id: int | str,
        type_: str = "json",
        *,
        wait: bool = True,
        timeout: float = 300.0,
        poll_interval: float = 0.5,
        max_interval: float = 15.0,
    ) -> Report:
        """The report ZIP. While the server answers 202 (generating), poll with backoff.

        ``wait=False`` raises :class:`ReportNotReadyError` on 202; waiting longer than
        ``timeout`` seconds raises :class:`ReportTimeoutError`.

        >>> rows = client.download_report(42, "full", timeout=60).rows()   # doctest: +SKIP
        """
        ref = job_ref(job_id)
        deadline = time.monotonic() + timeout
        delay = poll_interval
        while True:
            response = self.send(download_job_report, job_id=ref, type_=type_)
            if response.status_code != 202:
                if not zipfile.is_zipfile(io.BytesIO(response.content)):
                    raise invalid_response(response, f"the {type_!r} report is not a ZIP archive")
                return Report(response.content)
            messages = [_notice(response)]
            if not wait:
                raise ReportNotReadyError(messages[0], status=202, messages=messages)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ReportTimeoutError(
                    f"report {type_!r} of job {job_id} not ready after {timeout:g}s",
                    status=202,
                    messages=messages,
                )
            time.sleep(min(delay, remaining))
            delay = min(max_interval, delay * 2)

    def regenerate_report(self, job_id: int | str, type_: str = "json") -> None:
        """Ask the server to build the report again (safe to repeat)."""
        self.send(regenerate_job_report, job_id=job_ref(job_id), type_=type_, idempotent=True)

    def get_report(self, job: Job | int | str, type_: str = "json") -> list[Unit]:
        """Download a ``json`` report and parse it as a list of :class:`Unit` (everilae)."""
        owner = self._job(job)
        report = self.download_report(owner.id, type_)
        return [Unit(owner, self, **record) for record in report.records()]

    def get_account(self) -> dict[str, Any]:
        """The account of the key (``balance`` in US dollars, ...)."""
        result: dict[str, Any] = self.json(get_account)
        return result

    # -- helpers ---------------------------------------------------------------------------

    def _job(self, job: Job | int | str) -> Job:
        """``job`` as a :class:`Job` with a valid id (a saved one, or an id or alias)."""
        if isinstance(job, Job):
            if job.id is None:
                raise errors.ObjectNotSavedException("the job has no id yet: save() it first")
            job_ref(job.id)
            return job
        return Job(self, id=job_ref(job))


# ----- checks --------------------------------------------------------------------------------


def check_key(key: Any) -> None:
    """Raise ConfigurationError unless ``key`` looks like an API key (never shown)."""
    if not isinstance(key, str):
        raise errors.ConfigurationError(
            f"the CrowdFlower API key must be a string, not {type(key).__name__}"
        )
    if not key.strip():
        raise errors.ConfigurationError("a CrowdFlower API key is required (it is empty)")
    if key != key.strip():
        raise errors.ConfigurationError(
            "the CrowdFlower API key has leading or trailing whitespace (read from a file "
            "with its newline?)"
        )


def positive_int(value: Any, name: str) -> int:
    """``value`` as a positive integer (an int or a string of digits), checked before any
    request; ``ValidationError`` naming ``name`` otherwise (bools, negatives, None, "abc").

    >>> positive_int("12", "unit_id")
    12
    """
    number: int | None = None
    if isinstance(value, str):
        number = int(value) if value.isascii() and value.isdigit() else None
    elif isinstance(value, int) and not isinstance(value, bool):
        number = value
    if number is None or number < 1:
        raise errors.ValidationError(
            f"{name} must be a positive integer, got {reprlib.repr(value)}"
        )
    return number


def job_ref(value: Any) -> int | str:
    """A job id (positive integer) or alias (a non-blank string without surrounding spaces).

    >>> job_ref("cats-v1"), job_ref("42")
    ('cats-v1', 42)
    """
    if isinstance(value, str) and not (value.isascii() and value.isdigit()):
        if value.strip() and value == value.strip():
            return value
        raise errors.ValidationError(f"job_id is not a job id or alias: {reprlib.repr(value)}")
    return positive_int(value, "job_id")


def _pages(fetch: Callable[[int], Any], done: Callable[[Any], bool], page: int) -> Iterator[Any]:
    """``fetch(page)``, ``fetch(page + 1)``, ... lazily, until ``done(answer)``."""
    while True:
        answer = fetch(page)
        if done(answer):
            return
        yield answer
        page += 1


def _call_path(path: Any) -> str:
    """A path relative to the endpoint, for :meth:`Client.call` (never an absolute URL: the key
    must not travel to another host)."""
    if not isinstance(path, str):
        raise errors.ValidationError(f"path must be a string, got {type(path).__name__}")
    relative = path.lstrip("/")
    if "://" in path or path.startswith("//"):
        raise errors.ValidationError(
            f"path must be relative to the endpoint (e.g. 'jobs/42.json'), not a URL: "
            f"{errors.redact_url(reprlib.repr(path))}"
        )
    if "?" in path or "#" in path:
        raise errors.ValidationError(
            f"path has a query or fragment ({errors.redact_url(reprlib.repr(path))}): pass "
            "query={...} instead"
        )
    segments = relative.split("/")
    if not relative or any(s in ("", ".", "..") or not s.isprintable() or " " in s
                           for s in segments):
        raise errors.ValidationError(
            "path is not a path of the API (empty, '.', '..' or blank segments, or control "
            f"characters): {errors.redact_url(reprlib.repr(path))}"
        )
    return relative


def _call_method(method: Any) -> str:
    verb = method.lower() if isinstance(method, str) else None
    if verb not in CALL_METHODS:
        raise errors.ValidationError(
            f"method must be one of {', '.join(m.upper() for m in CALL_METHODS)}, "
            f"got {reprlib.repr(method)}"
        )
    return verb


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def _call_query(query: Any) -> dict[str, Any]:
    if query is None:
        return {}
    if not isinstance(query, Mapping):
        raise errors.ValidationError(f"query must be a dict, got {type(query).__name__}")
    for name, value in query.items():
        if not isinstance(name, str):
            raise errors.ValidationError(f"query parameter names are strings, got {name!r}")
        if name.lower() == "key":
            raise errors.ValidationError(
                "query must not set 'key': the client sends its API key on every call"
            )
        listed = isinstance(value, list | tuple) and all(_is_scalar(v) for v in value)
        if not (value is None or _is_scalar(value) or listed):
            raise errors.ValidationError(
                f"query[{name!r}] must be a string, number, bool or list of them, "
                f"got {type(value).__name__}"
            )
    return dict(query)


def _call_headers(headers: Any) -> dict[str, str]:
    if headers is None:
        return {}
    if not isinstance(headers, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
    ):
        raise errors.ValidationError("headers must be a dict of strings")
    return dict(headers)


def _call_body(data: Any, files: Any) -> dict[str, Any]:
    """The body arguments of :meth:`HTTP.request` for ``data`` and ``files``; file objects are
    read first, so that a retried PUT sends them again whole."""
    body: dict[str, Any] = {}
    if isinstance(data, str):
        data = data.encode("utf-8")
    if isinstance(data, bytes):
        if files:
            raise errors.ValidationError(
                "data must be a dict of form fields when files are sent (multipart)"
            )
        if data:
            body["content"] = data
    elif isinstance(data, Mapping):
        fields = _form_fields(data)
        if fields:
            body["data"] = fields
    elif data is not None:
        raise errors.ValidationError(
            f"data must be bytes, a str or a dict of form fields, got {type(data).__name__}"
        )
    if files is not None:
        if not isinstance(files, Mapping):
            raise errors.ValidationError(f"files must be a dict, got {type(files).__name__}")
        if files:
            body["files"] = {str(name): _file(name, value) for name, value in files.items()}
    return body


def _form_fields(data: Mapping[Any, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, value in data.items():
        if not isinstance(name, str):
            raise errors.ValidationError(f"form field names are strings, got {name!r}")
        if value is None:
            continue
        if isinstance(value, list | tuple) and all(_is_scalar(v) for v in value):
            fields[name] = [_scalar(v) for v in value]
        elif _is_scalar(value):
            fields[name] = _scalar(value)
        else:
            hint = (f"; send bracket fields, e.g. flatten({name!r}, {{...}})"
                    if isinstance(value, Mapping) else "")
            raise errors.ValidationError(
                f"data[{name!r}] must be a string, number, bool or list of them, "
                f"got {type(value).__name__}{hint}"
            )
    return fields


def _file(name: Any, value: Any) -> Any:
    """One multipart file as bytes: ``bytes``, ``str``, a file object, or a tuple
    ``(filename, content[, content_type])`` of those."""
    if isinstance(value, tuple) and 2 <= len(value) <= 3:
        return (value[0], _file_content(name, value[1]), *value[2:])
    return _file_content(name, value)


def _file_content(name: Any, value: Any) -> bytes:
    if hasattr(value, "read"):
        value = value.read()
    if isinstance(value, str):
        value = value.encode("utf-8")
    if not isinstance(value, bytes):
        raise errors.ValidationError(
            f"files[{name!r}] must be bytes, a str, a file object or (filename, content), "
            f"got {type(value).__name__}"
        )
    return value


@contextlib.contextmanager
def _payment_errors() -> Iterator[None]:
    """402 (not enough funds) as :class:`PaymentRequiredError`, every other error unchanged."""
    try:
        yield
    except errors.APIError as exc:
        if exc.status != 402:
            raise
        raise PaymentRequiredError(
            "; ".join(exc.messages), status=402, messages=exc.messages, method=exc.method,
            url=exc.url,
        ) from None


def _notice(response: httpx.Response) -> str:
    """The message of a 202 ``{"notice": {"message": ...}}`` answer (a default otherwise)."""
    try:
        message = json_body(response, dict, empty={}).get("notice", {}).get("message")
    except (errors.InvalidResponseError, AttributeError):
        message = None
    return message if isinstance(message, str) else "report is being generated"


def _guess_type(path: str) -> str:
    if path.lower().endswith((".json", ".jsonl", ".ndjson")):
        return JSON_LINES
    guessed, _ = mimetypes.guess_type(path)
    if guessed in (CSV, JSON_LINES):
        return guessed
    raise ValueError(f"cannot guess the upload type of {path!r}; pass type_")
