"""Columnar building blocks for the importer: a CSV's bytes as Arrow text columns, and a column's distinct values.

``read_text_columns`` hands the bytes to pyarrow's CSV reader (multi-threaded,
every column typed as dictionary-encoded text, nothing inferred), so a million
rows are split and stored once, in C++, without a Python string per cell, and
a column that repeats a few texts costs 4 bytes a row. It refuses anything
unusual (rows with a different number of fields, which pandas' reader and the
ragged-row report handle) by raising ``NotSimple``; the importer then takes
its slower pandas path, so behaviour never depends on which reader ran.

``Coded`` is a column as codes into its distinct (trimmed) values: pay, level,
currency and year columns repeat the same few texts, so each distinct text is
read, looked up and checked once, and the answers are spread back to the rows
with one numpy ``take``. Text results come back as object arrays that point
at one Python string per distinct value (8 bytes a row).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

BLOCK_BYTES = 1 << 20  # one progress step per block read
TEXT = pa.dictionary(pa.int32(), pa.string())


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
    (Arrow then splits the file more carefully, ~30% slower).
    """
    names = [f"c{i}" for i in range(width)]
    size = max(len(payload), 1)
    try:
        reader = pacsv.open_csv(
            pa.BufferReader(payload) if isinstance(payload, pa.Buffer) else io.BytesIO(payload),
            read_options=pacsv.ReadOptions(column_names=names, block_size=BLOCK_BYTES, use_threads=True),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=quoted, ignore_empty_lines=False),
            # The importer has checked the bytes are UTF-8 (or made them so).
            convert_options=pacsv.ConvertOptions(column_types=dict.fromkeys(names, TEXT), check_utf8=False),
        )
        batches = []
        for batch in reader:
            batches.append(batch)
            if progress:
                progress(min(len(batches) * BLOCK_BYTES / size, 1.0))
        table = pa.Table.from_batches(batches, schema=reader.schema).unify_dictionaries()
        pa.default_memory_pool().release_unused()  # the text blocks behind the dictionaries are free now
        return table
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as err:
        raise NotSimple(str(err)) from None


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
    codes = np.concatenate([c.indices.to_numpy(zero_copy_only=False) for c in column.chunks])
    return codes, column.chunks[0].dictionary


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
        return np.bincount(self.codes, minlength=len(self.dictionary)) > 0

    def spread(self, per_unique: np.ndarray) -> np.ndarray:
        """A per-distinct-value array as a per-row array."""
        return per_unique[self.codes]

    def mask(self, per_unique: np.ndarray) -> np.ndarray | np.bool_:
        """A per-distinct-value flag per row; a plain False when no distinct value is flagged (no row array)."""
        return per_unique[self.codes] if per_unique.any() else np.False_

    def objects(self, per_unique: list[str]) -> np.ndarray:
        """Per-distinct-value texts per row: an object array pointing at one Python string per distinct value."""
        table = np.empty(len(per_unique), dtype=object)
        table[:] = per_unique
        return table[self.codes]
