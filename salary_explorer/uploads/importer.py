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
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from ..core.schema import CURRENCIES as CONVERTIBLE
from ..core.schema import GROSS_NET, INDUSTRIES, LEVELS, PERIODIC, Problem, empty_salary_frame, validate_salary_frame
from ..core.text import escape_markdown
from . import enrich  # issue 15: no-figure rows, places, years from dates
from .parse import parse_series
from .vocabulary import (
    COUNTRY_WORDS,
    CURRENCY_WORDS,
    DS_LEVEL_CODES,
    GROSS_NET_WORDS,
    INDUSTRY_WORDS,
    LEVEL_WORDS,
    PAY_FIELDS,
    PERIOD_WORDS,
    SAMPLE_ROWS,
    guess_currency,
    guess_mapping,
    guess_period,
)

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}  # i18n: imp.delim.<name>
DECIMALS = {"auto": None, "comma": ",", "point": "."}  # i18n: imp.decimal.<name>
CHUNK_ROWS = 200_000


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
    sample = text[:65536]
    control = sum(
        1 for ch in sample if (ord(ch) < 32 and ch not in "\t\r\n") or 0x7F <= ord(ch) < 0xA0 or ch == "\ufffd"
    )
    if control > max(2, len(sample) // 200):
        raise _fail(file_name, "bad_encoding", encoding=encoding)
    return text, encoding


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
@dataclass
class RawTable:
    """Every cell as text; ``rownum`` is each row's line in a spreadsheet (header = 1)."""

    frame: pd.DataFrame
    encoding: str
    delimiter: str
    rownum: pd.Series
    problems: list[Problem] = field(default_factory=list)  # ragged rows, dropped


def read_table(
    data: bytes,
    file_name: str = "upload.csv",
    max_bytes: int | None = None,
    nrows: int | None = None,
    progress: Callable[[float], None] | None = None,
) -> RawTable:
    """Parse an uploaded CSV into text columns, or raise ``ImportError_`` with the reason."""
    if max_bytes is not None and len(data) > max_bytes:
        raise _fail(file_name, "too_large", size=round(len(data) / 1e6, 1), limit=round(max_bytes / 1e6, 1))
    text, encoding = decode(data, file_name)
    body = text.lstrip("\r\n")
    skipped = text[: len(text) - len(body)].replace("\r\n", "\n").replace("\r", "\n").count("\n")  # leading blank lines
    text = body
    delimiter = sniff_delimiter(text)
    if delimiter is None:
        raise _fail(file_name, "not_csv", text.strip().splitlines()[0][:80] if text.strip() else "")
    kwargs = dict(sep=delimiter, dtype=str, keep_default_na=False, skip_blank_lines=False, engine="c", index_col=False)
    problems: list[Problem] = []
    try:
        frame = _read_chunked(text, kwargs, nrows, progress)
    except pd.errors.ParserError:
        try:
            frame, problems = _read_ragged(text, delimiter, file_name, nrows, skipped)
        except csv.Error:
            raise _fail(file_name, "not_csv") from None
    except (ValueError, csv.Error):  # pandas' own message is not for the user; the code says what is wrong
        raise _fail(file_name, "not_csv") from None
    try:
        header = [h.strip() for h in next(csv.reader(io.StringIO(text, newline=None), delimiter=delimiter))]
    except (csv.Error, StopIteration):
        raise _fail(file_name, "not_csv") from None
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes or "" in header:  # pandas would silently rename them "pay.1" / "Unnamed: 2"
        raise _fail(file_name, "bad_header", ", ".join(dupes))
    frame.columns = [str(c).strip() for c in frame.columns]
    rownum = (
        pd.Series(frame.index + 2, index=frame.index) if "__row__" not in frame else frame.pop("__row__")
    ) + skipped
    blank = (frame == "").all(axis=1)
    frame, rownum = frame[~blank], rownum[~blank]
    if frame.empty:
        raise _fail(file_name, "no_rows")
    return RawTable(frame.reset_index(drop=True), encoding, delimiter, rownum.reset_index(drop=True), problems)


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
            problems.append(
                Problem(
                    file_name,
                    line + skipped,
                    None,
                    delimiter.join(row)[:80],
                    "ragged_row",
                    {"expected": len(header), "found": len(row)},
                )
            )
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


def _lookup(values: pd.Series, words: dict[str, str], keep_unknown: bool = True) -> pd.Series:
    """Map a column through ``words`` via its unique values (fast on a million rows)."""
    uniques = pd.unique(values)
    table = {}
    for u in uniques:
        key = str(u).strip().lower()
        table[u] = words.get(key, str(u).strip() if keep_unknown else "")
    return values.map(table)


def to_schema(
    raw: RawTable, mapping: Mapping, file_name: str, progress: Callable[[float], None] | None = None
) -> ImportResult:
    """Parse, normalise and validate an upload; rejected rows come back as problems.

    Works through the file in slices of ``CHUNK_ROWS`` so a million rows keep
    memory bounded and the progress bar moves.
    """
    df, n = raw.frame, len(raw.frame)
    cols = dict(mapping.columns)
    missing = [c for c in cols.values() if c not in df.columns]
    if missing:
        raise _fail(file_name, "missing_column", ", ".join(missing))
    if not any(cols.get(f) for f in PAY_FIELDS):
        raise _fail(file_name, "no_pay_column")
    raw, no_figure = enrich.drop_no_figure_rows(raw, [cols[f] for f in PAY_FIELDS if cols.get(f)])  # issue 15
    df, n = raw.frame, len(raw.frame)
    stem = re.sub(r"[^A-Za-z0-9]+", "-", file_name.rsplit(".", 1)[0]).strip("-")[:40] or "upload"
    goods, problems, unknown = [], list(raw.problems), set()
    for start in range(0, n, CHUNK_ROWS):
        part = slice(start, min(start + CHUNK_ROWS, n))
        good, found, levels = _schema_chunk(df.iloc[part], raw.rownum.iloc[part], mapping, file_name, stem)
        goods.append(good)
        problems += found
        unknown |= set(levels)
        if progress:
            progress(part.stop / n)
    good = pd.concat(goods) if len(goods) > 1 else (goods[0] if goods else empty_salary_frame())
    dup = good["record_id"].duplicated(keep="first")  # across slices; within a slice validation caught it
    if dup.any():
        for idx in good.index[dup]:
            problems.append(
                Problem(
                    file_name,
                    int(raw.rownum.iloc[idx]),
                    cols.get("record_id", "record_id"),
                    str(good.at[idx, "record_id"]).split(":", 1)[-1],
                    "duplicate_id",
                )
            )
        good = good[~dup]
    good.index = range(len(good))
    derivation = describe_mapping(mapping, file_name)
    for col, value in (("source_title", file_name), ("source_file", file_name), ("derivation", derivation)):
        # One shared Python string per column: a million Arrow copies of the derivation note would cost ~250 MB.
        good[col] = pd.Series([value] * len(good), index=good.index, dtype=object)
    problems.sort(key=lambda p: p.row or 0)
    result = ImportResult(good, problems, n + len(raw.problems), sorted(unknown)[:20], derivation)
    return enrich.finish(result, raw, mapping, no_figure)  # issue 15: places, years from dates, no-figure rows


def _schema_chunk(
    df: pd.DataFrame, rownum: pd.Series, mapping: Mapping, file_name: str, stem: str
) -> tuple[pd.DataFrame, list[Problem], list[str]]:
    """One slice of the file in the tidy schema, validated; keeps the file's index for row numbers."""
    cols = dict(mapping.columns)
    out = pd.DataFrame(index=df.index)
    for fld in PAY_FIELDS:
        if cols.get(fld):
            numbers, bad = parse_series(df[cols[fld]], mapping.decimal)
            text = numbers.astype("string")
            out[fld] = text.where(~bad, df[cols[fld]]).fillna("")  # unreadable text goes to validation as is
        else:
            out[fld] = ""

    def column_or_fixed(fld: str, words: dict[str, str] | None = None) -> pd.Series | str:
        if cols.get(fld):
            values = df[cols[fld]].str.strip()
            return _lookup(values, words) if words else values
        return mapping.value(fld) or ""

    out["currency"] = column_or_fixed("currency", CURRENCY_WORDS)
    if cols.get("currency"):
        out["currency"] = out["currency"].str.upper()
    out["pay_period"] = column_or_fixed("pay_period", PERIOD_WORDS)
    out["country"] = column_or_fixed("country", COUNTRY_WORDS)
    out["gross_net"] = column_or_fixed("gross_net", GROSS_NET_WORDS)
    out["industry"] = column_or_fixed("industry", {**INDUSTRY_WORDS, **{i: i for i in INDUSTRIES}})
    out["role"] = column_or_fixed("role")
    out["year"] = column_or_fixed("year") if cols.get("year") else (mapping.value("year") or "")
    enrich.chunk_columns(out, df, mapping)  # issue 15: province text; year from a date column
    unknown_levels: list[str] = []
    if cols.get("level"):
        words = {**LEVEL_WORDS, **{k.lower(): v for k, v in mapping.level_codes}, **{lv: lv for lv in LEVELS}}
        levels = _lookup(df[cols["level"]].str.strip(), words)
        unknown = ~levels.isin(LEVELS) & (levels != "")
        unknown_levels = sorted(map(str, pd.unique(levels[unknown])))[:20]
        out["level"] = levels.where(~unknown, "unspecified").replace("", "unspecified")
    else:
        out["level"] = mapping.value("level") or "unspecified"
    if cols.get("industry"):
        out["industry"] = out["industry"].where(out["industry"].isin(INDUSTRIES), "unspecified")
    if cols.get("record_id"):
        ids = df[cols["record_id"]].str.strip()
        out["record_id"] = (f"{stem}:" + ids).where(ids != "", "")
    else:
        out["record_id"] = f"{stem}:" + rownum.astype(str)
    for col in ("source_title", "source_file", "derivation"):
        out[col] = "-"  # constants, set once after validation
    out["source_kind"] = "user_upload"
    out["source_year"] = ""
    out["figure_note"] = ""
    vocab = {"level": LEVELS, "industry": INDUSTRIES, "pay_period": PERIODIC + ("item",), "gross_net": GROSS_NET}
    good, problems = validate_salary_frame(out, file_name, vocab=vocab, first_row=0)
    problems = [  # validation counts rows from 0 in this slice; report the file's own row and column
        Problem(
            p.file,
            int(rownum.iloc[p.row]) if p.row is not None else None,
            cols.get(p.column, p.column),
            _original(df, cols, p),
            p.code,
            p.params,
        )
        for p in problems
    ]
    return good, problems, unknown_levels


def _original(df: pd.DataFrame, cols: dict[str, str], p: Problem) -> str:
    """The cell as the user wrote it, so the report quotes their file, not our parse."""
    if p.row is not None and p.column in cols:
        return str(df[cols[p.column]].iloc[p.row])
    return p.value


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
    """Everything in one call: read (first 30% of the progress), guess if needed, convert and validate."""
    report = progress or (lambda done: None)
    raw = read_table(data, file_name, max_bytes=max_bytes, progress=lambda done: report(0.3 * done))
    report(0.3)
    if mapping is None:
        mapping = Mapping.build(guess_mapping(list(raw.frame.columns)))
    result = to_schema(raw, mapping, file_name, progress=lambda done: report(0.3 + 0.7 * done))
    return result


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


def other_currencies(rows: pd.DataFrame) -> list[str]:
    """Currencies in the result that the rates table cannot convert (kept, shown unconverted)."""
    return sorted(set(pd.unique(rows["currency"])) - set(CONVERTIBLE))


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
