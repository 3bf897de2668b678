"""Exports as typed DataFrames and Parquet files, streamed a batch at a time.

Needs the ``[data]`` extra (``pip install 'zoo-sdk[data]'``: pandas, pyarrow, orjson). Column
types: ids as nullable 64-bit ints, times as UTC timestamps, ``workflow_version`` as text
(``"12.10"``; it is not a number), booleans as nullable booleans, ``subject_ids`` as a list of
ints, ``locations`` as a list of URLs; the JSON columns decoded into Python objects in pandas
(``decode_json=True``) and kept as Arrow/Parquet JSON text in Parquet::

    export = project.get_export("classifications")
    export.to_parquet("classifications.parquet")        # bounded memory, any size
    frame = read_frame("classifications.csv")           # or export.to_pandas()
    for chunk in read_frame("big.csv", chunksize=100_000):
        ...
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from zoo_sdk import errors
from zoo_sdk.analysis import rows as R
from zoo_sdk.analysis.csvsource import Source, read_batches

if TYPE_CHECKING:
    import pandas
    import pyarrow

INSTALL = "pip install 'zoo-sdk[data]'"
#: The layouts by export type.
LAYOUTS = {"classifications": R.CLASSIFICATIONS, "subjects": R.SUBJECTS,
           "workflows": R.WORKFLOWS}
#: Batches are gathered into Parquet row groups of about this many bytes (Arrow's count).
ROW_GROUP_BYTES = 8 << 20
_JSON_CONVERTERS: set[Callable[[str], Any]] = {R.to_json_object, R.to_json_list, R.to_json}


class MissingDataExtraError(ModuleNotFoundError, errors.ZooError):
    """The ``[data]`` extra (pandas, pyarrow) is not installed."""

    def __init__(self, missing: str) -> None:
        super().__init__(f"this needs the optional [data] extra ({missing} is missing): "
                         f"{INSTALL}", name=missing)


def require_pandas() -> Any:
    try:
        import pandas
    except ModuleNotFoundError:
        raise MissingDataExtraError("pandas") from None
    return pandas


def require_pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ModuleNotFoundError:
        raise MissingDataExtraError("pyarrow") from None
    return pyarrow


# -- Arrow types -----------------------------------------------------------------------------


def _json_type(pa: Any) -> Any:
    """Arrow's JSON extension type (Parquet logical type JSON) where pyarrow has it."""
    maker = getattr(pa, "json_", None)
    return maker(pa.string()) if maker is not None else pa.string()


def _arrow_type_of(converter: Callable[[str], Any], pa: Any) -> Any:
    if converter in (R.to_int, R.to_optional_int):
        return pa.int64()
    if converter in (R.to_time, R.to_optional_time):
        return pa.timestamp("us", tz="UTC")
    if converter is R.to_bool:
        return pa.bool_()
    if converter is R.to_id_list:
        return pa.list_(pa.int64())
    if converter is R._locations:
        return pa.list_(pa.string())
    if converter in _JSON_CONVERTERS:
        return _json_type(pa)
    return pa.string()


def _arrow_type_named(name: str, pa: Any) -> Any:
    """A flattened table's column type (the pandas type names of flatten.KIND_COLUMNS)."""
    return {"Int64": pa.int64(), "Float64": pa.float64(), "boolean": pa.bool_(),
            "string": pa.string(), "datetime64[us, UTC]": pa.timestamp("us", tz="UTC"),
            "object": _json_type(pa)}[name]


def _dumps(value: Any) -> str | None:
    if value is None:
        return None
    try:
        import orjson

        return orjson.dumps(value).decode()
    except ModuleNotFoundError:  # pragma: no cover - the extra has orjson
        import json

        return json.dumps(value, separators=(",", ":"))


def _array(values: list[Any], kind: Any, pa: Any) -> Any:
    if kind == _json_type(pa) and kind != pa.string():
        return pa.ExtensionArray.from_storage(kind, pa.array(
            [v if isinstance(v, str) or v is None else _dumps(v) for v in values],
            pa.string()))
    try:
        return pa.array(values, kind)
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        if kind != pa.string():
            raise
        return pa.array([_dumps(v) if isinstance(v, dict | list) else v for v in values], kind)


@dataclass
class ArrowChunk:
    """Rows of a flattened table held compactly, as Arrow arrays by column (lists and dicts
    as JSON text, decoded again when read)."""

    arrays: dict[str, Any]
    size: int


def arrow_chunk(columns: dict[str, list[Any]], types: dict[str, str]) -> ArrowChunk:
    """A flattened table's columns (Python lists) as an :class:`ArrowChunk`."""
    pa = require_pyarrow()
    arrays = {name: _array(values, _arrow_type_named(types[name], pa), pa)
              for name, values in columns.items()}
    return ArrowChunk(arrays, len(next(iter(columns.values()), [])))


def chunk_lists(chunk: ArrowChunk, types: dict[str, str]) -> dict[str, list[Any]]:
    """An :class:`ArrowChunk` back as Python lists (JSON decoded), in the order of ``types``."""
    return {name: _decoded(chunk.arrays[name]) if kind == "object"
            else chunk.arrays[name].to_pylist() for name, kind in types.items()}


def chunks_to_arrow(chunks: list[ArrowChunk], types: dict[str, str]) -> pyarrow.Table:
    """A flattened table's chunks as one Arrow table (lists and dicts as JSON text)."""
    pa = require_pyarrow()
    return pa.table({name: pa.chunked_array([chunk.arrays[name] for chunk in chunks],
                                            _arrow_type_named(kind, pa))
                     for name, kind in types.items()})


def chunks_to_pandas(chunks: list[ArrowChunk], types: dict[str, str]) -> pandas.DataFrame:
    """A flattened table's chunks as a typed DataFrame (nullable ints, Arrow-backed strings,
    UTC times; lists and dicts decoded into Python objects)."""
    pd = require_pandas()
    pa = require_pyarrow()
    mapping = _pandas_types(pd, pa)
    data = {}
    for name, kind in types.items():
        if kind == "object":
            data[name] = pd.Series([v for chunk in chunks
                                    for v in _decoded(chunk.arrays[name])], dtype=object)
        else:
            data[name] = pa.chunked_array([chunk.arrays[name] for chunk in chunks],
                                          _arrow_type_named(kind, pa)).to_pandas(
                types_mapper=mapping.get)
    frame: pandas.DataFrame = pd.DataFrame(data)
    return frame


def _decoded(array: Any) -> list[Any]:
    """A JSON-text Arrow array as Python values (null as None)."""
    loads = _json_loads()
    storage = array.storage if hasattr(array, "storage") else array
    return [None if text is None else loads(text) for text in storage.to_pylist()]


def _json_loads() -> Callable[[str], Any]:
    try:
        import orjson
    except ModuleNotFoundError:  # pragma: no cover - the extra has orjson
        import json

        return json.loads
    loads: Callable[[str], Any] = orjson.loads
    return loads


def _pandas_types(pd: Any, pa: Any) -> dict[Any, Any]:
    """Arrow types read as pandas' nullable types (ints stay ints with missing values)."""
    return {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(),
            pa.string(): pd.StringDtype(), pa.float64(): pd.Float64Dtype()}


def write_parquet(table: pyarrow.Table, path: str | os.PathLike[str]) -> None:
    """Write ``table`` to ``path`` atomically."""
    require_pyarrow()
    import pyarrow.parquet as pq

    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary path beside ``path``, renamed to it when the block succeeds (removed when
    it fails); needs no extra."""
    target = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=".zoo-", suffix=".part", dir=folder)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# -- exports as typed batches ----------------------------------------------------------------


def typed_batches(source: Source, export_type: str = "classifications", *,
                  decode_json: bool = False,
                  errors_out: list[R.ExportRowError] | None = None
                  ) -> Iterator[tuple[pyarrow.RecordBatch, dict[str, list[Any]]]]:
    """The export as typed Arrow record batches, each with its decoded JSON columns (by name).

    Every cell is checked (a bad one raises ExportRowError naming the row, or with
    ``errors_out`` is recorded and its row left out)."""
    pa = require_pyarrow()
    layout = _layout(export_type)
    known = {name: converter for name, converter, _ in layout.columns}
    for batch in read_batches(source, layout.check_header):
        converted = layout.convert(batch, errors_out)
        keep = [i for i in range(batch.size) if i not in batch.bad] if batch.bad else None
        arrays, names, decoded = [], [], {}
        for name in batch.columns:
            converter = known.get(name)
            if converter is None:
                values: list[Any] = batch.columns[name]
                kind = pa.string()
            elif converter in _JSON_CONVERTERS:
                values, kind = batch.columns[name], _json_type(pa)
                if decode_json:
                    decoded[name] = _subset(converted[name], keep)
            elif converter is R._version:
                values, kind = batch.columns[name], pa.string()
            else:
                values, kind = converted[name], _arrow_type_of(converter, pa)
            names.append(name)
            arrays.append(_array(_subset(values, keep), kind, pa))
        yield pa.RecordBatch.from_arrays(arrays, names=names), decoded


def _subset(values: list[Any], keep: list[int] | None) -> list[Any]:
    return values if keep is None else [values[i] for i in keep]


def _layout(export_type: str) -> R.Layout:
    try:
        return LAYOUTS[export_type]
    except KeyError:
        raise ValueError(f"no typed layout for {export_type!r} exports; the layouts are "
                         f"{', '.join(LAYOUTS)}") from None


def _to_pandas(batch: pyarrow.RecordBatch, decoded: dict[str, list[Any]]) -> pandas.DataFrame:
    pd = require_pandas()
    pa = require_pyarrow()
    mapping = _pandas_types(pd, pa)
    json_type = _json_type(pa)
    plain = pa.RecordBatch.from_arrays(
        [column.storage if column.type == json_type and json_type != pa.string() else column
         for column in batch.columns], names=batch.schema.names)
    frame: pandas.DataFrame = plain.to_pandas(types_mapper=mapping.get)
    for name, values in decoded.items():
        frame[name] = pd.Series(values, dtype=object, index=frame.index)
    return frame


def read_frame(source: Source, export_type: str = "classifications", *,
               decode_json: bool = True, chunksize: int | None = None,
               errors: list[R.ExportRowError] | None = None
               ) -> pandas.DataFrame | Iterator[pandas.DataFrame]:
    """An export as a typed DataFrame, or with ``chunksize`` an iterator of DataFrames of about
    that many rows (for exports larger than memory).

    >>> frame = read_frame("classifications.csv")        # doctest: +SKIP
    >>> frame.dtypes["workflow_version"], frame.dtypes["created_at"]   # doctest: +SKIP
    (<StringDtype(...)>, datetime64[us, UTC])
    """
    pd = require_pandas()
    frames = (_to_pandas(batch, decoded) for batch, decoded in
              typed_batches(source, export_type, decode_json=decode_json, errors_out=errors))
    if chunksize is not None:
        return _rechunk(frames, chunksize)
    parts = list(frames)
    if not parts:
        return _empty_frame(export_type)
    joined: pandas.DataFrame = pd.concat(parts, ignore_index=True) if len(parts) > 1 \
        else parts[0]
    return joined


def _rechunk(frames: Iterator[pandas.DataFrame], size: int) -> Iterator[pandas.DataFrame]:
    pd = require_pandas()
    if size < 1:
        raise ValueError("chunksize must be at least 1")
    pending: list[pandas.DataFrame] = []
    count = 0
    for frame in frames:
        pending.append(frame)
        count += len(frame)
        while count >= size:
            joined = pd.concat(pending, ignore_index=True)
            yield joined.iloc[:size].reset_index(drop=True)
            rest = joined.iloc[size:].reset_index(drop=True)
            pending, count = [rest], len(rest)
    if count:
        yield pd.concat(pending, ignore_index=True)


def _empty_frame(export_type: str) -> pandas.DataFrame:
    pd = require_pandas()
    frame: pandas.DataFrame = pd.DataFrame({name: [] for name, _, _ in
                                            _layout(export_type).columns})
    return frame


def write_export_parquet(source: Source, path: str | os.PathLike[str],
                         export_type: str = "classifications", *,
                         errors: list[R.ExportRowError] | None = None) -> int:
    """Stream an export into a Parquet file (atomically; row groups of ``ROW_GROUP_BYTES``);
    returns the number of rows written. Memory stays bounded whatever the export's size.

    >>> write_export_parquet("classifications.csv", "classifications.parquet")  # doctest: +SKIP
    1000000
    """
    require_pyarrow()
    import pyarrow.parquet as pq

    pa = require_pyarrow()
    written = 0
    with atomic_path(path) as tmp:
        writer = None
        group: list[pyarrow.RecordBatch] = []
        try:
            for batch, _ in typed_batches(source, export_type, errors_out=errors):
                if writer is None:
                    writer = pq.ParquetWriter(tmp, batch.schema)
                group.append(batch)
                written += batch.num_rows
                if sum(b.nbytes for b in group) >= ROW_GROUP_BYTES:
                    writer.write_table(pa.Table.from_batches(group))
                    group.clear()
            if group and writer is not None:
                writer.write_table(pa.Table.from_batches(group))
            if writer is None:  # an export with no rows still gets its typed columns
                schema = pa.schema([(name, _arrow_type_of(converter, pa)
                                     if converter is not R._version else pa.string())
                                    for name, converter, _ in _layout(export_type).columns])
                writer = pq.ParquetWriter(tmp, schema)
        finally:
            if writer is not None:
                writer.close()
    return written


__all__ = ["INSTALL", "ArrowChunk", "MissingDataExtraError", "arrow_chunk", "read_frame",
           "typed_batches", "write_export_parquet", "write_parquet"]
