"""Columnar building blocks for the importer: a CSV's bytes as Arrow text columns, and a column's distinct values.

``read_text_columns`` hands the bytes to pyarrow's parallel CSV reader
(every column typed as dictionary-encoded text, nothing inferred), so a
million rows are split and stored once, in C++, without a Python string per
cell, and a column that repeats a few texts costs one or two bytes a row once
its pieces are joined (``one_dictionary``). A file
without quote characters is read in a few pieces cut at line ends, so the
progress bar moves after each piece really read; a quoted file (a quoted cell
may hold a line break) is read in one go. It refuses anything unusual (rows
with a different number of fields, which pandas' reader and the ragged-row
report handle) by raising ``NotSimple``; the importer then takes its slower
pandas path, so behaviour never depends on which reader ran.

``Coded`` is a column as codes into its distinct (trimmed) values: pay, level,
currency and year columns repeat the same few texts, so each distinct text is
read, looked up and checked once, and the answers are spread back to the rows
with one numpy ``take``. Text results stay codes (``Texts``) until the
accepted rows become a pandas Categorical: one small integer a row and one
category per distinct text, never a Python object per cell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

BLOCK_BYTES = 4 << 20  # Arrow's unit of parallel work (4 MB read fastest on 2 cores)
PIECE_BYTES = 16 << 20  # a file without quotes is read in pieces this size: one progress step per piece
TEXT = pa.dictionary(pa.int32(), pa.string())
OCCURRENCE_ROWS = 1 << 16  # codes counted at a time (``occurrences``): a 512 KB index temporary
JOIN_AFTER = 0.88  # of the reader's progress: the pieces read (each piece's end reported), then their columns joined


def _parse_pool() -> pa.MemoryPool:
    """The allocator for Arrow's parsing: jemalloc where pyarrow has it, else the system's.

    Both give the parser's scratch memory back (Arrow's default pool would keep it, and the numpy arrays
    built next would come on top of it); jemalloc also reuses it from one block to the next instead of
    faulting fresh pages in: a first 1M-row import measured 0.246-0.297 s against 0.265-0.302 s with the
    system allocator, the same peak (~140 MB above the process), and less memory kept afterwards
    (17-26 MB against 51 MB; 2026-12-06, fresh processes, interleaved).
    """
    try:
        return pa.jemalloc_memory_pool()
    except NotImplementedError:  # a pyarrow built without jemalloc
        return pa.system_memory_pool()


POOL = _parse_pool()


class NotSimple(ValueError):
    """The file needs the general (pandas) reader: ragged rows or text Arrow will not take."""


def read_text_columns(
    payload: pa.Buffer | bytes,
    delimiter: str,
    width: int,
    quoted: bool = True,
    progress: Callable[[float], None] | None = None,
) -> pa.Table:
    """Every row of the file (header included, as row 0) in ``width`` text columns named c0, c1, ...

    Blank lines come back as rows of empty cells, like pandas with
    ``skip_blank_lines=False``, so row numbers still match the spreadsheet.
    ``quoted``: the file has quotes, so a quoted cell may hold a line break
    (Arrow then splits the file more carefully, and it cannot be cut at line ends).
    Each column comes back as one chunk: codes (one array, as narrow as its dictionary allows) into one dictionary.
    """
    names = [f"c{i}" for i in range(width)]
    payload = payload if isinstance(payload, pa.Buffer) else pa.py_buffer(payload)
    read_options = pacsv.ReadOptions(column_names=names, block_size=BLOCK_BYTES, use_threads=True)
    parse_options = pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=quoted, ignore_empty_lines=False)
    # The importer has checked the bytes are UTF-8 (or made them so).
    convert_options = pacsv.ConvertOptions(column_types=dict.fromkeys(names, TEXT), check_utf8=False)
    cuts = [0, payload.size] if quoted else line_cuts(payload, PIECE_BYTES)
    pieces = []
    try:
        for start, end in zip(cuts, cuts[1:]):
            piece = pa.BufferReader(payload.slice(start, end - start))
            # POOL gives the parser's scratch memory back (see _parse_pool).
            pieces.append(pacsv.read_csv(piece, read_options, parse_options, convert_options, POOL))
            if progress:  # joining the pieces' columns below takes ~a tenth of the reading (1M rows: ~20 ms)
                progress(JOIN_AFTER * end / max(payload.size, 1))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as err:
        raise NotSimple(str(err)) from None
    columns = []
    for _ in range(width):  # column by column, each one's chunks freed once it is one array
        columns.append(one_dictionary([chunk for piece in pieces for chunk in piece.column(0).chunks]))
        pieces = [piece.drop_columns([piece.column_names[0]]) for piece in pieces]
    if progress:
        progress(1.0)
    return pa.table(columns, names=names)


def one_dictionary(chunks: list[pa.DictionaryArray]) -> pa.DictionaryArray:
    """Dictionary-encoded chunks (each with its own dictionary) as one array: one code array, one dictionary.

    The chunks' small dictionaries are unified first (one Arrow hash over their
    entries), then each chunk's codes are re-coded with one numpy ``take`` into
    codes as narrow as the dictionary allows: a column of a hundred distinct
    texts costs one byte a row instead of Arrow's four, and a first import
    faults in a quarter of the memory for it.
    """
    if len(chunks) == 1 and not chunks[0].offset:
        return chunks[0]
    if not chunks:
        return pa.DictionaryArray.from_arrays(pa.array([], pa.int32()), pa.array([], pa.string()))
    unified = pc.dictionary_encode(pa.concat_arrays([chunk.dictionary for chunk in chunks]))
    where = unified.indices.to_numpy(zero_copy_only=False).astype(_code_type(len(unified.dictionary)))
    codes = np.empty(sum(len(chunk) for chunk in chunks), dtype=where.dtype)
    row = entry = 0
    for chunk in chunks:
        size, entries = len(chunk), len(chunk.dictionary)
        np.take(
            where[entry : entry + entries],
            chunk.indices.to_numpy(zero_copy_only=False),
            out=codes[row : row + size],
            mode="clip",
        )
        row, entry = row + size, entry + entries
    # ``clip`` kept every code inside the dictionary: Arrow need not check a million of them again (~1 ms a column)
    return pa.DictionaryArray.from_arrays(pa.array(codes), unified.dictionary, safe=False)


def line_cuts(payload: pa.Buffer, piece_bytes: int) -> list[int]:
    """Offsets that cut the bytes into pieces of about ``piece_bytes``, each just after a line feed.

    Only for text without quote characters: there every line feed ends a row
    (a CR LF's LF included; an old-Mac file of CR-only line ends has none and stays whole).
    """
    data = np.frombuffer(payload, dtype=np.uint8)
    cuts, window = [0], 1 << 12
    while len(data) - cuts[-1] > 1.5 * piece_bytes:
        at = cuts[-1] + piece_bytes
        feeds = np.flatnonzero(data[at : at + window] == 10)
        while not len(feeds) and window < piece_bytes:  # a long line: look further
            window *= 16
            feeds = np.flatnonzero(data[at : at + window] == 10)
        if not len(feeds):
            break
        cuts.append(at + int(feeds[0]) + 1)
    return cuts + [len(data)]


def dictionary_table(table: pa.Table) -> pa.Table:
    """A table of plain text columns (the general reader's) as dictionary-encoded text, one dictionary per column."""
    columns = [c if pa.types.is_dictionary(c.type) else pc.dictionary_encode(text(c)) for c in table.columns]
    return pa.table(columns, names=table.column_names).unify_dictionaries()


def plain_table(table: pa.Table) -> pa.Table:
    """The same table with plain text columns (for a pandas frame of str columns)."""
    return pa.table([c.cast(pa.string()) for c in table.columns], names=table.column_names)


def blank_rows(table: pa.Table) -> np.ndarray:
    """Rows whose every cell is empty (a blank line, or only separators)."""
    blank = np.ones(table.num_rows, dtype=bool)
    for column in table.columns:
        codes, dictionary = codes_of(column)
        empty = pc.equal(pc.binary_length(dictionary), 0).to_numpy(zero_copy_only=False)
        if not empty.any():
            return np.zeros(table.num_rows, dtype=bool)
        blank &= empty[codes]
    return blank


def text(column: pa.ChunkedArray | pa.Array) -> pa.ChunkedArray | pa.Array:
    """A text column without nulls (cells the general reader left missing read as empty)."""
    return pc.fill_null(column, "") if column.null_count else column


def codes_of(column: pa.ChunkedArray) -> tuple[np.ndarray, pa.Array]:
    """Each row's code into the column's distinct values, and those values (Arrow).

    The column is dictionary-encoded with one dictionary for all chunks
    (``dictionary_table``, ``read_text_columns``); anything else is encoded here.
    """
    if not pa.types.is_dictionary(column.type):
        column = pc.dictionary_encode(text(column))
        column = column if isinstance(column, pa.ChunkedArray) else pa.chunked_array([column])
        column = pa.table({"c": column}).unify_dictionaries()["c"]
    if column.num_chunks == 0:
        return np.zeros(0, dtype=np.int32), pa.array([], pa.string())
    chunks = column.chunks
    if len(chunks) == 1:  # the readers' columns: the codes as they are, no copy
        return chunks[0].indices.to_numpy(zero_copy_only=False), chunks[0].dictionary
    return np.concatenate([c.indices.to_numpy(zero_copy_only=False) for c in chunks]), chunks[0].dictionary


@dataclass
class Coded:
    """A column as ``codes`` into its distinct values, trimmed (``dictionary``): work once per distinct value."""

    codes: np.ndarray
    dictionary: pa.Array

    @classmethod
    def of(cls, column: pa.ChunkedArray) -> Coded:
        codes, dictionary = codes_of(column)
        return cls(codes, pc.utf8_trim_whitespace(dictionary))

    @cached_property
    def uniques(self) -> list[str]:
        return self.dictionary.to_pylist()

    @cached_property
    def present(self) -> np.ndarray:
        """Which distinct values occur in the rows (the dictionary may hold the header's and dropped rows')."""
        return occurrences(self.codes, len(self.dictionary)) > 0

    def spread(self, per_unique: np.ndarray) -> np.ndarray:
        """A per-distinct-value array as a per-row array."""
        return np.take(per_unique, self.codes)

    def mask(self, per_unique: np.ndarray) -> np.ndarray | np.bool_:
        """A per-distinct-value flag per row; a plain False (no row array) when no distinct value that occurs
        in the rows is flagged: the header's text, a distinct value of its own, fails every check on figures."""
        if per_unique.any():
            per_unique = per_unique & self.present
        return np.take(per_unique, self.codes) if per_unique.any() else np.False_

    def objects(self, per_unique: list[str], rows: np.ndarray | None = None) -> np.ndarray:
        """Per-distinct-value texts per row (those flagged in ``rows``, or all): an object array pointing at
        one Python string per distinct value."""
        table = np.empty(len(per_unique), dtype=object)
        table[:] = per_unique
        return table[self.codes if rows is None else self.codes[rows]]

    def texts(self, per_unique: list[str]) -> Texts:
        """Per-distinct-value texts per row, kept as codes (``Texts``)."""
        return Texts(self.codes, per_unique, self)

    def numbers(self, per_unique: np.ndarray) -> Spread:
        """Per-distinct-value numbers per row, kept as codes (``Spread``)."""
        return Spread(self.codes, per_unique)


@dataclass
class Spread:
    """Numbers per row as ``codes`` into ``values`` (one per distinct text): spread only when assembled."""

    codes: np.ndarray
    values: np.ndarray

    def rows(self, keep: np.ndarray | None = None) -> np.ndarray:
        return np.take(self.values, self.codes if keep is None else self.codes[keep])


@dataclass
class Texts:
    """A text column as ``codes`` into ``values`` (one text per code; two codes may share a text).

    It stays codes through the checks; ``categorical`` makes the accepted rows
    a pandas Categorical with sorted categories (so sorting by it sorts the
    texts) and only the texts that occur, as a column of Python strings would hold.
    """

    codes: np.ndarray
    values: list[str]
    coded: Coded | None = None  # where the codes come from: it knows which codes occur

    def where(self, rows: np.ndarray, other: Texts) -> Texts:
        """``other``'s text on the rows flagged, this column's elsewhere."""
        shifted = other.codes.astype(np.int64) + len(self.values)
        return Texts(np.where(rows, shifted, self.codes), self.values + list(other.values))

    def categorical(self, keep: np.ndarray | None = None) -> pd.Categorical:
        codes = self.codes if keep is None else self.codes[keep]
        if keep is None and self.coded is not None:
            present = self.coded.present
        else:
            present = occurrences(codes, len(self.values)) > 0
        texts = np.array(self.values, dtype=object)
        categories, inverse = np.unique(texts[present], return_inverse=True)
        recode = np.zeros(len(texts), dtype=_code_type(len(categories)))  # codes that do not occur: any
        recode[present] = inverse
        return categorical(np.take(recode, codes), categories.tolist())


def categorical(codes: np.ndarray, categories: list[str]) -> pd.Categorical:
    """Codes into sorted distinct texts as a pandas Categorical of ``str`` categories (no checks: they are ours).

    The categories come from ``np.unique`` or are one text, so pandas' check that they are distinct and not
    missing (a hash table per column, ~0.2 ms each, a dozen columns an import) is skipped where pandas offers
    its fast path.
    """
    index = pd.Index(categories, dtype="str")
    dtype = _UNCHECKED_DTYPE(index, False) if _UNCHECKED_DTYPE else pd.CategoricalDtype(index)
    return pd.Categorical.from_codes(codes, dtype=dtype, validate=False)


_UNCHECKED_DTYPE = getattr(pd.CategoricalDtype, "_from_fastpath", None)  # pandas 3.1: (categories, ordered)


def same_text(value: str, n: int) -> pd.Categorical:
    """One text on every row: one category, a byte of code a row (no category when there is no row)."""
    return categorical(np.zeros(n, dtype=np.int8), [value] if n else [])


def occurrences(codes: np.ndarray, size: int) -> np.ndarray:
    """How many rows hold each of ``size`` codes (never negative), counted 65,536 rows at a time.

    ``np.bincount`` first widens its input to 8-byte integers: for a million one-byte codes that is a fresh
    8 MB array, whose first touch took 2-21 ms in a first import (the kernel may compact memory for huge
    pages first). A 512 KB piece is reused from the allocator's heap, so the count stays ~1-2 ms.
    """
    codes = codes.view(np.uint8) if codes.dtype == np.int8 else codes  # widened faster than signed bytes
    counts = np.zeros(size, dtype=np.int64)
    for start in range(0, len(codes), OCCURRENCE_ROWS):
        counts += np.bincount(codes[start : start + OCCURRENCE_ROWS], minlength=size)
    return counts


def _code_type(size: int) -> type:
    return np.int8 if size < 1 << 7 else np.int16 if size < 1 << 15 else np.int32
