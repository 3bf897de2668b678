"""Export CSVs read as batches of string columns: the one CSV reader of the analysis layer.

With the ``[data]`` extra, pyarrow's multi-threaded CSV reader does the tokenizing (several
times faster than the ``csv`` module); without it the ``csv`` module does, with the same
batches. Either way the file streams: one batch (``BATCH_ROWS`` rows or ``BLOCK_BYTES`` of
text) in memory at a time.

>>> batch = next(read_batches(io.StringIO("a,b\\n1,x\\n2,y\\n")))
>>> batch.first_row, batch.columns
(1, {'a': ['1', '2'], 'b': ['x', 'y']})
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Union

from zoo_sdk import errors

if TYPE_CHECKING:
    from zoo_sdk.panoptes.exports import Export

#: What the readers take: a path, an open file (text or binary), or a downloading Export.
Source = Union[str, "os.PathLike[str]", IO[bytes], IO[str], "Export"]
BATCH_ROWS = 20_000
BLOCK_BYTES = 1 << 20


@dataclass
class Batch:
    """Rows ``first_row`` .. ``first_row + size - 1`` (1 = the first after the header), as
    columns of strings; ``bad`` collects the indexes of rows that failed to convert."""

    first_row: int
    columns: dict[str, list[str]]
    size: int
    bad: set[int] = field(default_factory=set)


def is_source(value: Any) -> bool:
    """Whether ``value`` is something :func:`read_batches` reads (not rows already read)."""
    return isinstance(value, str | os.PathLike) or hasattr(value, "read") \
        or hasattr(value, "iter_bytes")


def has_pyarrow() -> bool:
    try:
        import pyarrow.csv  # noqa: F401
    except ModuleNotFoundError:
        return False
    return True


#: Which columns of a header to convert to Python strings (all when not given).
Select = Callable[[Sequence[str]], Collection[str]]


def read_batches(source: Source, check_header: Callable[[Sequence[str]], None] | None = None,
                 select: Select | None = None) -> Iterator[Batch]:
    """The export in batches of string columns; ``check_header`` sees the header first, and
    ``select`` (given the header) names the columns wanted — the others are parsed, so a
    malformed row is still found, but never turned into Python strings.

    >>> next(read_batches("cls.csv", select=lambda header: {"annotations"})).columns.keys()
    dict_keys(['annotations'])
    """
    with _opened(source) as (binary, text):
        if binary is not None and has_pyarrow():
            yield from _arrow_batches(binary, check_header, select)
        else:
            yield from _csv_batches(text if text is not None else _as_text(binary), check_header,
                                    select)


def _selected(header: Sequence[str], select: Select | None) -> list[str]:
    if select is None:
        return list(header)
    wanted = select(header)
    return [name for name in header if name in wanted]


class _opened:
    """The source as a binary stream (preferred) or a text stream; closes what it opened."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.close: list[Any] = []

    def __enter__(self) -> tuple[IO[bytes] | None, IO[str] | None]:
        source = self.source
        if isinstance(source, str | os.PathLike):
            try:
                handle = open(source, "rb")
            except OSError as exc:
                raise type(exc)(exc.errno, exc.strerror, os.fspath(source)) from None
            self.close.append(handle)
            return handle, None
        if hasattr(source, "iter_bytes") and hasattr(source, "response"):
            from zoo_sdk.panoptes.exports import _ChunkReader

            stream = io.BufferedReader(_ChunkReader(source.iter_bytes()), 1 << 20)
            self.close.append(source)
            return stream, None
        if isinstance(source, io.TextIOBase):
            return None, source
        if hasattr(source, "read"):
            probe = source.read(0)
            if isinstance(probe, str):
                return None, source  # type: ignore[return-value]
            return source, None  # type: ignore[return-value]
        raise TypeError(f"cannot read an export from {type(source).__name__}: give a path, an "
                        "open file or an Export")

    def __exit__(self, *exc: object) -> None:
        for handle in self.close:
            handle.close()


def _as_text(binary: IO[bytes] | None) -> IO[str]:
    assert binary is not None
    return io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")


def _csv_batches(text: IO[str], check_header: Callable[[Sequence[str]], None] | None,
                 select: Select | None) -> Iterator[Batch]:
    reader = csv.reader(text)
    try:
        header = next(reader)
    except StopIteration:
        header = []
    except (csv.Error, UnicodeDecodeError) as exc:
        raise _not_csv(exc) from None
    if header and header[0].startswith("\ufeff"):
        header[0] = header[0][1:]
    if check_header:
        check_header(header)
    kept = [(header.index(name), name) for name in _selected(header, select)]
    first = 1
    while True:
        rows: list[list[str]] = []
        try:
            for row in reader:
                if len(row) != len(header) and row:
                    raise errors.InvalidResponseError(
                        f"row {first + len(rows)} has {len(row)} fields, the header {len(header)}")
                if row:
                    rows.append(row)
                if len(rows) >= BATCH_ROWS:
                    break
        except (csv.Error, UnicodeDecodeError) as exc:
            raise _not_csv(exc, first + len(rows)) from None
        if not rows:
            return
        columns = {name: [r[i] for r in rows] for i, name in kept}
        yield Batch(first, columns, len(rows))
        first += len(rows)


def _arrow_batches(binary: IO[bytes], check_header: Callable[[Sequence[str]], None] | None,
                   select: Select | None) -> Iterator[Batch]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    line = binary.readline()  # the header, read here so that every column is read as text
    try:
        names = next(csv.reader([line.decode("utf-8-sig")]), []) if line.strip() else []
    except (csv.Error, UnicodeDecodeError) as exc:
        raise _not_csv(exc) from None
    if check_header:
        check_header(names)
    if not names:
        return
    kept = _selected(names, select)
    try:
        reader = pacsv.open_csv(
            binary,
            read_options=pacsv.ReadOptions(block_size=BLOCK_BYTES, column_names=names),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False,
                quoted_strings_can_be_null=False, include_columns=kept),
        )
    except pa.ArrowInvalid as exc:
        if "Empty CSV file" in str(exc):
            return
        raise _not_csv(exc) from None
    first = 1
    while True:
        try:
            record_batch = reader.read_next_batch()
        except StopIteration:
            return
        except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
            raise _not_csv(exc, first) from None
        size = record_batch.num_rows
        if size:
            columns = {name: column.to_pylist()
                       for name, column in zip(kept, record_batch.columns, strict=True)}
            yield Batch(first, columns, size)
        first += size


def _not_csv(exc: BaseException, row: int | None = None) -> errors.InvalidResponseError:
    where = f" near row {row}" if row else ""
    return errors.InvalidResponseError(f"the export is not readable CSV{where}: {exc}")


__all__ = ["BATCH_ROWS", "Batch", "Source", "has_pyarrow", "is_source", "read_batches"]
