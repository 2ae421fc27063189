"""Bring-your-own salary CSV: bytes in, tidy salary rows plus a report out.

Steps, each testable alone: ``decode`` (UTF-8, UTF-8 with BOM, UTF-16,
Latin-1/cp1252), ``sniff_delimiter`` (comma, semicolon, tab, pipe),
``read_table`` (every cell as text), ``vocabulary.guess_mapping`` (headers in English
or Indonesian -> schema fields), and ``to_schema`` (parse pay, normalise codes,
validate with ``schema.validate_salary_frame``). Whole-file problems come back
as ``ImportError_`` with a ``Problem``, never as a traceback; row problems are
listed in the result so the user sees row number, column, value and reason.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import re
import warnings
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..core.schema import CURRENCIES as CONVERTIBLE
from ..core.schema import SALARY_COLUMNS, Problem
from ..core.text import escape_markdown
from . import enrich, fields  # enrich: issue 15 (no-figure rows, places, years from dates)
from .columnar import NotSimple, Spread, Texts, blank_rows, dictionary_table, plain_table, read_text_columns, same_text
from .columnar import text as text_column
from .vocabulary import (
    DS_LEVEL_CODES,
    PAY_FIELDS,
    SAMPLE_ROWS,
    guess_currency,
    guess_mapping,
    guess_period,
)

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}  # i18n: imp.delim.<name>
DECIMALS = {"auto": None, "comma": ",", "point": "."}  # i18n: imp.decimal.<name>
CHUNK_ROWS = 200_000  # rows per slice for the general (pandas) reader's progress


class ImportError_(ValueError):
    """The whole file cannot be imported; ``problem`` says why in i18n terms."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(f"{problem.file}: {problem.code}")


def _fail(file_name: str, code: str, value: str = "", **params: object) -> ImportError_:
    return ImportError_(Problem(file_name, None, None, value, code, dict(params)))


# ---------- bytes -> text ----------
def decode(data: bytes, file_name: str = "upload.csv") -> tuple[str, str]:
    """The file's text and the encoding it was in; refuses binary and garbled files."""
    if not data.strip():
        raise _fail(file_name, "empty_file")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data.decode("utf-8-sig", errors="replace"), "UTF-8 (BOM)"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16", errors="replace"), "UTF-16"
    elif _looks_utf16(data):
        le = data[1:200:2].count(0) > data[0:200:2].count(0)
        text, encoding = data.decode("utf-16-le" if le else "utf-16-be", errors="replace"), "UTF-16"
    elif b"\x00" in data[:65536]:
        raise _fail(file_name, "binary_file")
    else:
        try:
            text, encoding = data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "Windows-1252 (Latin-1)"
            except UnicodeDecodeError:
                text, encoding = data.decode("latin-1"), "Latin-1"
    _check_control(text[:65536], encoding, file_name)
    return text, encoding


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")  # not tab, CR or LF


def _check_control(sample: str, encoding: str, file_name: str) -> None:
    """Refuse text that is mostly control characters or replacement marks: the wrong encoding, or not text."""
    control = len(_CONTROL.findall(sample))
    if control > max(2, len(sample) // 200):
        raise _fail(file_name, "bad_encoding", encoding=encoding)


def _looks_utf16(data: bytes) -> bool:
    head = data[:200]
    return len(head) >= 4 and (head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3)


def sniff_delimiter(text: str) -> str | None:
    """The separator that splits the header and the next lines into the same number (>1) of fields."""
    lines = [ln for ln in text[:20000].splitlines()[:30] if ln.strip()]
    if not lines:
        return None
    best, best_score = None, 0.0
    for delim in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delim)]
        except csv.Error:
            continue
        if counts[0] < 2:
            continue
        consistent = sum(c == counts[0] for c in counts) / len(counts)
        if consistent <= 0.5:  # prose with a comma in it is not a table
            continue
        score = consistent * 10 + min(counts[0], 50) / 100
        if score > best_score:
            best, best_score = delim, score
    return best


# ---------- text -> raw table ----------
READ_SHARE = 0.72  # of the progress bar: reading is ~72% of a 1M-row import's time (pieces 62%, joining 10%)
HEAD_BYTES = 1 << 18  # decoded up front for the checks and sniffing (>= 65,536 characters)


@dataclass
class RawTable:
    """Every cell as text; ``rownum`` is each row's line in a spreadsheet (header = 1).

    ``table`` holds the cells as Arrow text columns named by the (stripped)
    header; ``frame`` is the same as a pandas DataFrame, built when asked for.
    """

    table: pa.Table
    encoding: str
    delimiter: str
    rownum: pd.Series
    problems: list[Problem] = field(default_factory=list)  # ragged rows, dropped

    @cached_property
    def frame(self) -> pd.DataFrame:
        return plain_table(self.table).to_pandas()


@dataclass
class _Source:
    """The file's bytes ready for a reader: UTF-8 ``payload`` (leading blank lines cut), a decoded ``head``."""

    payload: pa.Buffer
    head: str
    encoding: str
    skipped: int  # leading blank lines
    truncated: bool  # head is only the start of the file
    quoted: bool  # the file has a quote character somewhere (then quoted cells may hold line breaks)
    checked: bool = True  # the whole payload is known to be UTF-8 (else only the head is)

    def text(self) -> str:
        """The whole text; a ``UnicodeDecodeError`` when an unchecked payload is not UTF-8 after all."""
        return self.head if not self.truncated else self.payload.to_pybytes().decode("utf-8")


def _source(data: bytes, file_name: str, check: bool = False) -> _Source:
    """Decode as ``decode`` does, without a Python copy of a large UTF-8 file.

    A large file whose head is UTF-8 is handed to the reader as it is and
    checked afterwards, on the distinct cell texts the reader found
    (``_cells_utf8``: each text once, not 60 MB of bytes); ``check`` checks
    the whole payload first (Arrow validates it in place) for the readers
    that need a checked text.
    """
    plain = (
        not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        and not _looks_utf16(data)
        and b"\x00" not in data[:65536]
    )
    if not plain or len(data) <= HEAD_BYTES or (check and not _valid_utf8(data)):
        text, encoding = decode(data, file_name)
        body = text.lstrip("\r\n")
        skipped = _newlines(text[: len(text) - len(body)])
        return _Source(pa.py_buffer(body.encode("utf-8")), body, encoding, skipped, False, '"' in body)
    if data.isspace():
        raise _fail(file_name, "empty_file")
    cut = HEAD_BYTES
    while cut > HEAD_BYTES - 4 and (data[cut] & 0xC0) == 0x80:  # do not split a character
        cut -= 1
    head = data[:cut].decode("utf-8")
    _check_control(head[:65536], "UTF-8", file_name)
    offset = len(head) - len(head.lstrip("\r\n"))  # the prefix is ASCII: characters are bytes
    payload = pa.py_buffer(data)[offset:]
    return _Source(payload, head[offset:], "UTF-8", _newlines(head[:offset]), True, b'"' in data, check)


def _valid_utf8(data: bytes) -> bool:
    """The whole file is UTF-8, checked by Arrow without decoding it into a Python string."""
    offsets = pa.py_buffer(np.array([0, len(data)], dtype=np.int64))
    try:
        pa.LargeStringArray.from_buffers(1, offsets, pa.py_buffer(data)).validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _cells_utf8(table: pa.Table) -> bool:
    """Every cell the reader found is UTF-8, checked once per distinct text (each column's dictionary).

    The file is then UTF-8 too: what lies between its cells (separators, line
    ends, quotes) is ASCII, and a quoted cell's doubled quotes sit between
    whole characters.
    """
    try:
        for column in table.columns:
            for chunk in column.chunks:
                chunk.dictionary.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _newlines(prefix: str) -> int:
    return prefix.replace("\r\n", "\n").replace("\r", "\n").count("\n")


def read_table(
    data: bytes,
    file_name: str = "upload.csv",
    max_bytes: int | None = None,
    nrows: int | None = None,
    progress: Callable[[float], None] | None = None,
) -> RawTable:
    """Parse an uploaded CSV into text columns, or raise ``ImportError_`` with the reason.

    The whole file goes through Arrow's reader; files it will not take as they
    are (ragged rows) and the first rows for ``inspect`` (``nrows``) go
    through pandas, as before.
    """
    if max_bytes is not None and len(data) > max_bytes:
        raise _fail(file_name, "too_large", size=round(len(data) / 1e6, 1), limit=round(max_bytes / 1e6, 1))
    source = _source(data, file_name, check=nrows is not None)
    try:
        return _read_source(source, file_name, nrows, progress)
    except UnicodeDecodeError:  # past its head, a large file is not UTF-8: decode it as a whole, as ``decode`` does
        return _read_source(_source(data, file_name, check=True), file_name, nrows, progress)


def _read_source(source: _Source, file_name: str, nrows: int | None, progress) -> RawTable:
    delimiter = sniff_delimiter(source.head)
    if delimiter is None:
        raise _fail(file_name, "not_csv", source.head.strip().splitlines()[0][:80] if source.head.strip() else "")
    header = _header(source.head, delimiter, file_name)
    table, rownum, problems = None, None, []
    if nrows is None:
        try:
            table = read_text_columns(source.payload, delimiter, len(header), source.quoted, progress)
            if not source.checked and not _cells_utf8(table):
                raise UnicodeDecodeError("utf-8", b"", 0, 0, "a cell past the head is not UTF-8")
            table, rownum = table.slice(1), np.arange(2, table.num_rows + 1)  # the header is line 1
        except NotSimple:
            table = None
    if table is None:
        frame, rownum, problems = _read_pandas(source, delimiter, file_name, nrows, progress)
        table = dictionary_table(pa.Table.from_pandas(frame, preserve_index=False))
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes or "" in header:  # pandas would silently rename them "pay.1" / "Unnamed: 2"
        raise _fail(file_name, "bad_header", ", ".join(dupes))
    table = table.rename_columns([str(c).strip() for c in header])
    blank = blank_rows(table)
    if blank.any():
        table, rownum = table.filter(pa.array(~blank)), rownum[~blank]
    if table.num_rows == 0:
        raise _fail(file_name, "no_rows")
    return RawTable(
        table,
        source.encoding,
        delimiter,
        pd.Series(rownum + source.skipped if source.skipped else rownum, copy=False),
        problems,
    )


def _header(head: str, delimiter: str, file_name: str) -> list[str]:
    try:
        return [h.strip() for h in next(csv.reader(io.StringIO(head, newline=None), delimiter=delimiter))]
    except (csv.Error, StopIteration):
        raise _fail(file_name, "not_csv") from None


def _read_pandas(
    source: _Source, delimiter: str, file_name: str, nrows: int | None, progress
) -> tuple[pd.DataFrame, np.ndarray, list[Problem]]:
    """The general reader: the first rows for a preview, or a file with ragged rows (reported, then dropped)."""
    if nrows is not None and source.truncated:  # a preview needs only the start of a big file
        end = max(source.head.rfind("\n"), source.head.rfind("\r")) + 1
        try:
            return _read_text(source.head[:end], delimiter, file_name, nrows, progress, source.skipped)
        except ImportError_:
            pass  # the cut fell inside a quoted cell: read the whole text
    return _read_text(source.text(), delimiter, file_name, nrows, progress, source.skipped)


def _read_text(
    text: str, delimiter: str, file_name: str, nrows: int | None, progress, skipped: int
) -> tuple[pd.DataFrame, np.ndarray, list[Problem]]:
    kwargs = dict(sep=delimiter, dtype=str, keep_default_na=False, skip_blank_lines=False, engine="c", index_col=False)
    problems: list[Problem] = []
    try:
        # A first data row longer than the header is not an error to pandas: with ``index_col=False`` it
        # warns and drops the extra cells. Read as an error, it takes the ragged path like any later row.
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = _read_chunked(text, kwargs, nrows, progress)
    except (pd.errors.ParserError, pd.errors.ParserWarning):
        try:
            frame, problems = _read_ragged(text, delimiter, file_name, nrows, skipped)
        except csv.Error:
            raise _fail(file_name, "not_csv") from None
    except (ValueError, csv.Error):  # pandas' own message is not for the user; the code says what is wrong
        raise _fail(file_name, "not_csv") from None
    rownum = frame.pop("__row__").to_numpy() if "__row__" in frame else np.arange(len(frame)) + 2
    frame = frame.fillna("")  # short rows: missing cells read as empty
    return frame.reset_index(drop=True), rownum, problems


def _read_chunked(text: str, kwargs: dict, nrows: int | None, progress) -> pd.DataFrame:
    if nrows is not None or progress is None:
        return pd.read_csv(io.StringIO(text), nrows=nrows, **kwargs)
    total = max(text.count("\n"), 1)
    chunks, done = [], 0
    for chunk in pd.read_csv(io.StringIO(text), chunksize=CHUNK_ROWS, **kwargs):
        chunks.append(chunk)
        done += len(chunk)
        progress(min(done / total, 1.0))
    return pd.concat(chunks) if chunks else pd.read_csv(io.StringIO(text), **kwargs)


def _read_ragged(
    text: str, delimiter: str, file_name: str, nrows: int | None, skipped: int = 0
) -> tuple[pd.DataFrame, list[Problem]]:
    """Slow path for files whose rows have more fields than the header: keep the good rows, report the rest."""
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=delimiter)  # universal newlines, like pandas
    header = next(reader)
    rows, rownums, problems = [], [], []
    for row in reader:
        line = reader.line_num
        if nrows is not None and len(rows) >= nrows:
            break
        if len(row) > len(header):
            problems.append(Problem.long_row(file_name, line + skipped, row, delimiter, len(header)))
            continue
        rows.append(row + [""] * (len(header) - len(row)))
        rownums.append(line)
    frame = pd.DataFrame(rows, columns=header, dtype=str)
    frame["__row__"] = rownums
    return frame, problems


# ---------- raw table -> schema ----------
@dataclass(frozen=True)
class Mapping:
    """How an upload maps onto the schema; hashable so it can key a cache.

    ``columns`` pairs a field with the user's column. Fields without a column
    take the file-wide value in ``fixed`` (currency, pay period, country, ...).
    ``level_codes`` translates the file's level values (e.g. EN -> junior_staff).
    """

    columns: tuple[tuple[str, str], ...]
    fixed: tuple[tuple[str, str], ...] = (
        ("currency", "IDR"),
        ("pay_period", "month"),
        ("country", "ID"),
        ("level", "unspecified"),
        ("industry", "unspecified"),
        ("role", "Customer service"),
        ("gross_net", "unknown"),
    )
    level_codes: tuple[tuple[str, str], ...] = tuple(DS_LEVEL_CODES.items())
    decimal: str | None = None

    @classmethod
    def build(
        cls,
        columns: dict[str, str | None],
        fixed: dict[str, str] | None = None,
        level_codes: dict[str, str] | None = None,
        decimal: str | None = None,
    ) -> Mapping:
        base = dict(cls.__dataclass_fields__["fixed"].default)
        base.update(fixed or {})
        codes = DS_LEVEL_CODES if level_codes is None else level_codes
        return cls(tuple((f, c) for f, c in columns.items() if c), tuple(base.items()), tuple(codes.items()), decimal)

    def column(self, fld: str) -> str | None:
        return dict(self.columns).get(fld)

    def value(self, fld: str) -> str | None:
        return dict(self.fixed).get(fld)


@dataclass
class ImportResult:
    """What an import gives back. ``rows``' text columns (all but ``record_id``) are pandas Categoricals:
    sorted categories, only the texts that occur; join them to other frames with ``concat_rows``."""

    rows: pd.DataFrame  # tidy schema, accepted rows only
    problems: list[Problem]  # one per rejected row (and ragged rows)
    rows_read: int
    unknown_levels: list[str] = field(default_factory=list)  # values mapped to "unspecified"
    derivation: str = ""
    # issue 15 (set by enrich.finish): rows whose pay says "N/A", "nego", ...; places not placed; unreadable dates
    no_figure: dict[str, int] = field(default_factory=dict)
    places: object = None  # places.PlaceMapping when a place column is mapped
    dates_unreadable: int = 0

    @property
    def accepted(self) -> int:
        return len(self.rows)

    @property
    def rejected(self) -> int:
        return len({p.row for p in self.problems})


def to_schema(
    raw: RawTable, mapping: Mapping, file_name: str, progress: Callable[[float], None] | None = None
) -> ImportResult:
    """Parse, normalise and validate an upload; rejected rows come back as problems.

    One pass per output field (``fields.BUILDERS``), each cell read once and
    each distinct text parsed once; the schema's checks run once over arrays
    (``_validate``); only the accepted rows are put together at the end.
    """
    return _convert(_upload(raw, mapping, file_name), list(raw.problems), mapping, file_name, progress)


def _upload(raw: RawTable, mapping: Mapping, file_name: str) -> fields.Upload:
    """What every field builder reads; whole-file mapping problems raise ``ImportError_`` here."""
    cols = dict(mapping.columns)
    missing = [c for c in cols.values() if c not in raw.table.column_names]
    if missing:
        raise _fail(file_name, "missing_column", ", ".join(missing))
    if not any(cols.get(f) for f in PAY_FIELDS):
        raise _fail(file_name, "no_pay_column")
    stem = re.sub(r"[^A-Za-z0-9]+", "-", file_name.rsplit(".", 1)[0]).strip("-")[:40] or "upload"
    constants = {
        "source_title": file_name,
        "source_file": file_name,
        "derivation": describe_mapping(mapping, file_name),
    }
    return fields.Upload(raw.table, cols, mapping, stem, raw.rownum.to_numpy(), constants)


def _convert(
    up: fields.Upload, problems: list[Problem], mapping: Mapping, file_name: str, progress=None
) -> ImportResult:
    report = progress or (lambda done: None)
    no_figure = enrich.drop_no_figure_rows(up)  # issue 15: "N/A", "nego" ... rows leave before any check
    n = up.n
    built = {}
    for i, (fld, build) in enumerate(fields.BUILDERS.items()):
        built[fld] = build(up)
        report(0.55 * (i + 1) / len(fields.BUILDERS))  # shares measured at 1M rows: builders, checks, assembly
    rows_read = n + len(problems)  # the ragged rows dropped while reading count as read
    bad, flagged = _validate(built, n)
    problems = problems + _describe(flagged, up, file_name)
    problems.sort(key=lambda p: p.row or 0)
    report(0.6)
    places = enrich.place(up, built, ~bad)  # issue 15: place texts -> provinces (and countries)
    up.release()  # the file's own columns are no longer needed: free them before the result is put together
    rows = _assemble(built, ~bad, n)
    report(1.0)
    result = ImportResult(rows, problems, rows_read, built["level"].notes, up.constants["derivation"])
    return enrich.finish(result, no_figure, places, built["year"].counts.get("dates_unreadable", 0))


def _validate(built: dict[str, fields.Column], n: int) -> tuple[np.ndarray, list[tuple[np.ndarray, str, str]]]:
    """Rows rejected, and per check the rows it rejects first (one reason per row), in the schema's order."""
    bad = np.zeros(n, dtype=bool)
    flagged = []

    def flag(mask, fld: str, code: str) -> None:
        nonlocal bad
        mask = np.asarray(mask, dtype=bool)
        if mask.ndim == 0 and not mask:  # a check no row fails (the usual case): no pass over the rows
            return
        new = np.broadcast_to(mask, (n,)) & ~bad
        if new.any():
            flagged.append((np.flatnonzero(new), fld, code))
            bad |= new

    for fld, column in built.items():
        for code, mask in column.checks:
            flag(mask, fld, code)
    low, typical, high = (built[f].values for f in PAY_FIELDS)
    flag(np.isnan(low) & np.isnan(typical) & np.isnan(high), "pay_min", "no_pay")
    flag(np.greater(low, high), "pay_min", "min_above_max")
    for fld, column in built.items():
        for code, mask in column.late:
            flag(mask, fld, code)
    return bad, flagged


def _describe(flagged, up: fields.Upload, file_name: str) -> list[Problem]:
    """One problem per rejected row, quoting the cell as the user wrote it (or the file-wide value)."""
    problems = []
    for rows, fld, code in flagged:
        name = up.columns.get(fld)
        if name:
            values = pc.take(text_column(up.table[name]), pa.array(rows)).to_pylist()
        else:
            values = [up.fixed(fld)] * len(rows)
        problems += [
            Problem(file_name, int(up.rownum[r]), name or fld, v, code) for r, v in zip(rows, values, strict=True)
        ]
    return problems


def _assemble(built: dict[str, fields.Column], keep: np.ndarray, n: int) -> pd.DataFrame:
    """The accepted rows in the schema's columns: money float, years Int64, record ids Arrow text, other text
    as pandas Categoricals (a million rows of 'IDR' cost 1 MB of codes, not 8 MB of pointers or 19 MB of text).
    Each column's values are dropped from ``built`` once assembled, so the file's codes go as the result grows."""
    everyone = bool(keep.all())
    size = n if everyone else int(keep.sum())
    rows = None if everyone else keep
    index = pd.RangeIndex(size)  # one index object for every column: the frame need not align them
    out = {}
    for fld, column in built.items():
        kind = SALARY_COLUMNS[fld][0]
        values = column.values
        if isinstance(values, (pa.Array, pa.ChunkedArray)):
            values = values if everyone else values.filter(pa.array(keep))
            out[fld] = pd.Series(values, index=index, dtype="str", copy=False)
        elif isinstance(values, Texts):
            out[fld] = pd.Series(values.categorical(rows), index=index, copy=False)
        elif isinstance(values, Spread):  # years: each distinct text's year, spread to the accepted rows
            out[fld] = _years(values.values, values.codes if everyone else values.codes[keep], index)
        elif isinstance(values, np.ndarray):
            out[fld] = pd.Series(values if everyone else values[keep], index=index, copy=False)
        elif kind in ("number", "year"):
            number = float(values) if values != "" else np.nan
            out[fld] = (
                _years(np.array([number]), np.zeros(size, np.int8), index)
                if kind == "year"
                else pd.Series(np.full(size, number), index=index, copy=False)
            )
        else:
            out[fld] = pd.Series(same_text(str(values), size), index=index, copy=False)
        column.values = None
    return pd.DataFrame(out, index=index, copy=False)  # pandas copies unless told not to


def _years(per_unique: np.ndarray, codes: np.ndarray, index: pd.Index) -> pd.Series:
    """Years (NaN: not stated) as nullable integers, one number and one flag per distinct value spread to the rows."""
    missing = np.isnan(per_unique)
    if missing.all():  # no year at all (the file states none): zeros cost no memory until touched
        return pd.Series(
            pd.arrays.IntegerArray(np.zeros(len(codes), np.int64), np.ones(len(codes), bool)), index=index, copy=False
        )
    numbers = np.where(missing, 0, per_unique).astype(np.int64)
    return pd.Series(pd.arrays.IntegerArray(np.take(numbers, codes), np.take(missing, codes)), index=index, copy=False)


def describe_mapping(mapping: Mapping, file_name: str) -> str:
    """The derivation note stored on every imported row: which column fed which field."""
    cols = dict(mapping.columns)
    parts = [f"{fld} <- '{col}'" for fld, col in mapping.columns]
    for fld, value in mapping.fixed:
        if not cols.get(fld):
            parts.append(f"{fld} = {value} (whole file)")
    if cols.get("level") and mapping.level_codes:
        parts.append("level codes " + ", ".join(f"{k}->{v}" for k, v in mapping.level_codes))
    parts.append(
        "numbers read as "
        + {None: "auto (Indonesian or US)", ",": "decimal comma", ".": "decimal point"}[mapping.decimal]
    )
    return f"Uploaded by you from {file_name}: " + "; ".join(parts)


def import_csv(
    data: bytes,
    file_name: str,
    mapping: Mapping | None = None,
    max_bytes: int | None = None,
    progress: Callable[[float], None] | None = None,
) -> ImportResult:
    """Everything in one call: read (``READ_SHARE`` of the progress, piece by piece), guess if needed,
    then build and check each field (the rest, field by field)."""
    report = _forward_only(progress) if progress else (lambda done: None)
    raw = read_table(data, file_name, max_bytes=max_bytes, progress=lambda done: report(READ_SHARE * done))
    report(READ_SHARE)
    if mapping is None:
        mapping = Mapping.build(guess_mapping(list(raw.table.column_names)))
    up, problems = _upload(raw, mapping, file_name), list(raw.problems)
    del raw  # _convert frees the file's columns once every field is built
    return _convert(up, problems, mapping, file_name, lambda done: report(READ_SHARE + (1 - READ_SHARE) * done))


def _forward_only(progress: Callable[[float], None]) -> Callable[[float], None]:
    """The bar never moves back: a file Arrow refuses part-way (ragged rows) is read again by pandas from the
    start, and the bar waits at the furthest point until that reader passes it."""
    furthest = 0.0

    def report(done: float) -> None:
        nonlocal furthest
        furthest = max(furthest, done)
        progress(furthest)

    return report


@dataclass(frozen=True)
class Inspection:
    """What the mapping form needs, small enough to cache: not the whole file."""

    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    sample: pd.DataFrame  # first SAMPLE_ROWS rows, as text
    guess: dict[str, str | None]
    currency_guess: str | None
    period_guess: str | None


def inspect(data: bytes, file_name: str, max_bytes: int | None = None) -> Inspection:
    """Decode and parse the first rows; whole-file problems raise ``ImportError_`` here, before any mapping."""
    raw = read_table(data, file_name, max_bytes=max_bytes, nrows=SAMPLE_ROWS)
    headers = tuple(raw.frame.columns)
    guess = guess_mapping(list(headers))
    pay = next((guess[f] for f in PAY_FIELDS if guess[f]), None)
    currency = guess_currency(raw.frame[pay]) if pay else None
    period = guess_period(raw.frame[pay], currency or "USD") if pay else None
    return Inspection(raw.encoding, raw.delimiter, headers, raw.frame, guess, currency, period)


_CURRENCIES: dict[int, tuple[weakref.ref, list[str]]] = {}  # id(rows) -> (rows, answer): asked on every rerun


def concat_rows(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """``pd.concat(frames, ignore_index=True)``, but a text column that is a Categorical in any frame (imported
    rows) becomes one object array pointing at one Python string per distinct text, as before imports were
    categorical. pandas itself would write every row's text out again (a million rows: seconds, and
    hundreds of MB for the derivation notes); the explorer's filters read object columns as they always did.
    """
    names = list(dict.fromkeys(c for frame in frames for c in frame.columns))
    coded = [c for c in names if any(c in f.columns and isinstance(f[c].dtype, pd.CategoricalDtype) for f in frames)]
    if not coded:
        return pd.concat(frames, ignore_index=True)
    joined = pd.concat(
        [frame.drop(columns=[c for c in coded if c in frame.columns]) for frame in frames], ignore_index=True
    )
    columns = {}
    for name in coded:  # one table of texts for all frames, one code per row into it, one take
        tables, codes, size = [], [], 0
        for frame in frames:
            if name not in frame.columns:  # what pd.concat gives a frame without the column
                table, code = np.array([np.nan], dtype=object), np.zeros(len(frame), dtype=np.intp)
            elif isinstance(frame[name].dtype, pd.CategoricalDtype):
                table, code = np.asarray(frame[name].cat.categories, dtype=object), frame[name].cat.codes.to_numpy()
            else:
                table, code = frame[name].to_numpy(dtype=object), np.arange(len(frame))
            tables.append(table)
            codes.append(code.astype(np.intp) + size)
            size += len(table)
        texts = np.concatenate(tables)[np.concatenate(codes)]
        columns[name] = pd.Series(texts, dtype=object, copy=False)  # not inferred as str: that copies
    return pd.DataFrame({c: columns[c] if c in columns else joined[c] for c in names}, copy=False)


def other_currencies(rows: pd.DataFrame) -> list[str]:
    """Currencies in the result that the rates table cannot convert (kept, shown unconverted).

    The upload page asks on every rerun; a million rows take ~40 ms to scan, so
    the answer is kept per frame object (imported rows are never changed).
    """
    entry = _CURRENCIES.get(id(rows))
    if entry is None or entry[0]() is not rows:
        if len(_CURRENCIES) > 64:
            _CURRENCIES.clear()
        entry = (weakref.ref(rows), sorted(set(pd.unique(rows["currency"])) - set(CONVERTIBLE)))
        _CURRENCIES[id(rows)] = entry
    return entry[1]


def clean_file_name(name: str) -> str:
    """A file name safe to show anywhere (labels, captions, export names): no markup, at most 80 characters."""
    cleaned = re.sub(r"[^\w .()+-]+", "_", str(name), flags=re.UNICODE).strip(" ._") or "upload.csv"
    return cleaned[:80]


def inert(problem: Problem) -> Problem:
    """The problem with the file's own text (name, value) escaped, for a markdown message."""
    return dataclasses.replace(problem, file=escape_markdown(problem.file), value=escape_markdown(problem.value))


def problems_table(problems: list[Problem], translate: Callable[[str, dict], str]) -> pd.DataFrame:
    """Rejected rows as plain text columns: row, column, value, reason."""
    return pd.DataFrame(
        {
            "row": [p.row for p in problems],
            "column": [p.column or "" for p in problems],
            "value": [p.value[:80] for p in problems],
            "reason": [translate("problem." + p.code, p.params) for p in problems],
        }
    ).astype({"row": "Int64"})
