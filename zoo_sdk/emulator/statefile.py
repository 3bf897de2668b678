"""Save an emulator's data to a JSON file and start another emulator from it.

``emu.save_state(path)`` writes everything the emulator holds: Panoptes records (users and their
passwords, projects, workflows, subjects, classifications, media...), OAuth apps (so client ids
stay valid), uploaded blobs, and the Caesar, CrowdFlower and Talk data. ``Emulator(state_file=
path)`` or ``emu.load_state(path)`` replaces the emulator's data with it; URLs that pointed at
the saving emulator are rewritten to the loading one. Access tokens and sign-in sessions are not
kept (clients sign in again), nor are settings such as latency or faults, nor running
machinery (Caesar's worker queue): the loading emulator has its own.

The file is JSON; values JSON has no form for (tuples, non-string keys, bytes, counters,
dataclasses of the emulator's modules) are tagged objects like ``{"__tuple__": [...]}``.

>>> decode(encode({(1, 2): b"x"})) == {(1, 2): b"x"}
True
"""

from __future__ import annotations

import base64
import dataclasses
import importlib
import itertools
import json
import os
import re
import tempfile
import threading
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .auth import App
from .registry import TYPES
from .store import Rec

if TYPE_CHECKING:
    from .app import EmulatorState

FORMAT = "zoo-emulator-state"
VERSION = 1
TAGS = ("__tuple__", "__set__", "__frozenset__", "__bytes__", "__count__", "__counter__",
        "__pairs__", "__dataclass__", "__rec__")
_LOCK_TYPES = (type(threading.Lock()), type(threading.RLock()))
_DATA_TYPES = (dict, list, tuple, set, frozenset, str, int, float, bool, bytes)


class StateFileError(ValueError):
    """A state file cannot be read or written (the message says why)."""


# ----- the tagged JSON codec -----------------------------------------------------------------


def _count_value(counter: itertools.count[int]) -> int:
    match = re.fullmatch(r"count\((-?\d+)\)", repr(counter))
    if match is None:  # a count with a step: never made by the emulator
        raise StateFileError(f"cannot save the id counter {counter!r}")
    return int(match.group(1))


def encode(value: Any) -> Any:
    """``value`` as plain JSON data (tagging what JSON cannot hold); StateFileError for what
    cannot be saved (functions, threads...)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"__tuple__": [encode(v) for v in value]}
    if isinstance(value, Counter):
        return {"__counter__": [[encode(k), n] for k, n in value.items()]}
    if isinstance(value, dict):
        if all(isinstance(k, str) and k not in TAGS for k in value):
            return {k: encode(v) for k, v in value.items()}
        return {"__pairs__": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, frozenset):
        return {"__frozenset__": [encode(v) for v in value]}
    if isinstance(value, set):
        return {"__set__": [encode(v) for v in value]}
    if isinstance(value, (bytes, bytearray)):
        return {"__bytes__": base64.b64encode(bytes(value)).decode()}
    if isinstance(value, itertools.count):
        return {"__count__": _count_value(value)}
    if isinstance(value, Rec):
        return {"__rec__": {"id": value.id, "attrs": encode(value.attrs),
                            "fks": encode(value.fks), "extra": encode(value.extra),
                            "version": value.version, "created_at": value.created_at,
                            "updated_at": value.updated_at}}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        if not cls.__module__.startswith("zoo_sdk.emulator"):
            raise StateFileError(f"cannot save a {cls.__module__}.{cls.__qualname__}")
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)
                  if not isinstance(getattr(value, f.name), _LOCK_TYPES)}
        return {"__dataclass__": f"{cls.__module__}:{cls.__qualname__}", "fields": fields}
    raise StateFileError(f"cannot save a value of type {type(value).__name__}")


def _dataclass(name: str, fields: dict[str, Any]) -> Any:
    module_name, _, qualname = name.partition(":")
    if not module_name.startswith("zoo_sdk.emulator"):
        raise StateFileError(f"refusing to load {name!r}: only the emulator's own types load")
    try:
        target: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            target = getattr(target, part)
    except (ImportError, AttributeError):
        raise StateFileError(f"the state file names {name!r}, which this version of zoo-sdk "
                             f"does not have") from None
    if not (isinstance(target, type) and dataclasses.is_dataclass(target)):
        raise StateFileError(f"{name!r} is not an emulator data class")
    known = {f.name: f for f in dataclasses.fields(target)}
    values = {k: decode(v) for k, v in fields.items() if k in known}
    made = target(**{k: v for k, v in values.items() if known[k].init})
    for k, v in values.items():
        if not known[k].init:
            setattr(made, k, v)
    return made


def decode(data: Any) -> Any:
    """The inverse of :func:`encode`."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    if "__dataclass__" in data and len(data) == 2 and "fields" in data:
        return _dataclass(str(data["__dataclass__"]), data["fields"] or {})
    if len(data) == 1 and next(iter(data)) in TAGS:
        tag, body = next(iter(data.items()))
        if tag == "__tuple__":
            return tuple(decode(v) for v in body)
        if tag == "__set__":
            return {decode(v) for v in body}
        if tag == "__frozenset__":
            return frozenset(decode(v) for v in body)
        if tag == "__bytes__":
            return base64.b64decode(body)
        if tag == "__count__":
            return itertools.count(int(body))
        if tag == "__counter__":
            return Counter({decode(k): n for k, n in body})
        if tag == "__pairs__":
            return {decode(k): decode(v) for k, v in body}
        if tag == "__rec__":
            return Rec(int(body["id"]), decode(body["attrs"]), decode(body["fks"]),
                       decode(body["extra"]), int(body["version"]), body["created_at"],
                       body["updated_at"])
    return {k: decode(v) for k, v in data.items()}


# ----- whole emulators -----------------------------------------------------------------------


def snapshot(state: EmulatorState, extra: dict[str, Any]) -> dict[str, Any]:
    """The saved form of an emulator's state (``extra``: the Emulator's own fields)."""
    store, auth, blobs = state.store, state.auth, state.blobs
    with store.lock, state.lock:
        tables = {plural: [encode(rec) for rec in table.values()]
                  for plural, table in store.tables.items()}
        extras: dict[str, Any] = {}
        for key, value in state.extras.items():
            if not (dataclasses.is_dataclass(value) or isinstance(value, _DATA_TYPES)):
                continue  # machinery (workers, queues): the loading emulator makes its own
            try:
                extras[key] = encode(value)
            except StateFileError as exc:
                warnings.warn(f"the emulator's {key!r} data is not saved: {exc}", stacklevel=3)
        return {
            "format": FORMAT, "version": VERSION, "base_url": store.base_url or state.base_url,
            "store": {
                "tables": tables,
                "next_id": {p: _count_value(c) for p, c in store.next_id.items()},
                "passwords": dict(store.passwords), "logins": dict(store.logins),
                "media_index": [[*key, ids] for key, ids in store.media_index.items()],
                "aggregation_delay": store.aggregation_delay,
                "aggregation_outcome": store.aggregation_outcome,
            },
            "auth": {"client_id": auth.client_id,
                     "apps": [dataclasses.asdict(app) for app in auth.apps.values()]},
            "blobs": {key: {"content_type": blob.content_type,
                            "data": base64.b64encode(blob.data).decode()}
                      for key, blob in blobs.blobs.items()},
            "extras": extras,
            "emulator": extra,
        }


def save(state: EmulatorState, path: str | os.PathLike[str], extra: dict[str, Any]) -> Path:
    """Write the state to ``path`` atomically (a temporary file renamed into place)."""
    target = Path(path)
    data = snapshot(state, extra)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, separators=(",", ":"))
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def read(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and check a state file."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise StateFileError(f"no state file {os.fspath(path)!r}") from None
    except (OSError, ValueError) as exc:
        raise StateFileError(f"cannot read the state file {os.fspath(path)!r}: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StateFileError(f"{os.fspath(path)!r} is not an emulator state file "
                             f"(save one with emu.save_state(path))")
    if data.get("version") != VERSION:
        raise StateFileError(f"{os.fspath(path)!r} has state format version "
                             f"{data.get('version')!r}; this zoo-sdk reads version {VERSION}")
    return data


def restore(state: EmulatorState, data: dict[str, Any]) -> None:
    """Replace the data of a running or new emulator with ``data`` (from :func:`read`); the
    store, auth and blob objects stay the same (other parts hold references to them)."""
    store, auth, blobs = state.store, state.auth, state.blobs
    saved = data["store"]
    with store.lock, state.lock:
        tables: dict[str, dict[int, Rec]] = {plural: {} for plural in TYPES}
        for plural, records in saved["tables"].items():
            if plural not in tables:
                raise StateFileError(f"the state file has {plural!r} records, which this "
                                     f"version of zoo-sdk does not know")
            for item in records:
                rec = decode(item)
                tables[plural][rec.id] = rec
        store.tables = tables
        store.next_id = {p: itertools.count(int(saved["next_id"].get(p, 1))) for p in TYPES}
        store.idx = {}
        for plural, table in tables.items():
            for rec in table.values():
                for name, value in rec.fks.items():
                    if value is not None:
                        store.idx.setdefault((plural, name), {}).setdefault(value, set()).add(
                            rec.id)
        store.passwords = dict(saved["passwords"])
        store.logins = dict(saved["logins"])
        store.media_index = {(p, i, n): list(ids) for p, i, n, ids in saved["media_index"]}
        store.aggregation_delay = float(saved.get("aggregation_delay", store.aggregation_delay))
        store.aggregation_outcome = str(saved.get("aggregation_outcome",
                                                  store.aggregation_outcome))
        with auth.lock:
            auth.apps = {app["client_id"]: App(**app) for app in data["auth"]["apps"]}
            auth.client_id = data["auth"]["client_id"]
            auth.tokens.clear()
            auth.refresh_tokens.clear()
            auth.sessions.clear()
        with blobs.lock:
            blobs.blobs.clear()
        for key, blob in data.get("blobs", {}).items():
            blobs.put(key, base64.b64decode(blob["data"]), blob["content_type"])
        for key, value in data.get("extras", {}).items():
            loaded = decode(value)
            current = state.extras.get(key)
            if dataclasses.is_dataclass(current) and type(current) is type(loaded):
                for f in dataclasses.fields(current):  # keep the object others hold
                    if not isinstance(getattr(current, f.name), _LOCK_TYPES):
                        setattr(current, f.name, getattr(loaded, f.name))
            else:
                state.extras[key] = loaded


# ----- moving URLs to another emulator -------------------------------------------------------


def rebase(state: EmulatorState, old: str, new: str) -> None:
    """Rewrite strings that start with the URL ``old`` to start with ``new`` instead, in every
    record and in the Caesar/CrowdFlower/Talk data."""
    old, new = old.rstrip("/"), new.rstrip("/")
    if not old or old == new:
        return

    def fix(value: Any) -> Any:
        if isinstance(value, str):
            return new + value[len(old):] if value.startswith(old) and (
                len(value) == len(old) or value[len(old)] in "/?#") else value
        if isinstance(value, list):
            value[:] = [fix(v) for v in value]
            return value
        if isinstance(value, dict):
            for k in list(value):
                value[k] = fix(value[k])
            return value
        if isinstance(value, tuple):
            return tuple(fix(v) for v in value)
        if isinstance(value, Rec):
            fix(value.attrs)
            fix(value.extra)
            return value
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                current = getattr(value, f.name)
                if isinstance(current, (str, list, dict, tuple)) or \
                        dataclasses.is_dataclass(current):
                    setattr(value, f.name, fix(current))
            return value
        return value

    store = state.store
    with store.lock, state.lock:
        for table in store.tables.values():
            for rec in table.values():
                fix(rec)
        for key in list(state.extras):
            state.extras[key] = fix(state.extras[key])


def apply_emulator_fields(data: dict[str, Any], setter: Callable[[str, Any], None]) -> None:
    """Hand the Emulator's own saved fields (e.g. its CrowdFlower key) back to it."""
    for key, value in (data.get("emulator") or {}).items():
        setter(key, value)
