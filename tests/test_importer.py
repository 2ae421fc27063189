"""Bring-your-own CSV: every encoding, separator and number format; header guessing; bad files explained."""

import codecs
import warnings

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salary_explorer.core.i18n import describe_problem, t
from salary_explorer.uploads import columnar, importer, vocabulary
from salary_explorer.uploads.importer import ImportError_, Mapping, import_csv, read_table
from salary_explorer.uploads.vocabulary import guess_mapping

ID_TEXT = "Posisi;Gaji;Tahun\nCS Bank;Rp 5.000.000;2023\nAdmin Toko Online;4,5 juta;2024\nKasir;Rp5jt;2024\n"

ENCODINGS = {
    "utf-8": ID_TEXT.encode("utf-8"),
    "utf-8-bom": codecs.BOM_UTF8 + ID_TEXT.encode("utf-8"),
    "utf-16-le-bom": ID_TEXT.encode("utf-16"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + ID_TEXT.encode("utf-16-be"),
    "utf-16-le-no-bom": ID_TEXT.encode("utf-16-le"),
    "latin-1": ID_TEXT.replace("Kasir", "Kasir Café").encode("latin-1"),
    "cp1252": ID_TEXT.replace("Kasir", "Kasir – shift").encode("cp1252"),
}


@pytest.mark.parametrize("name", ENCODINGS)
def test_every_encoding_reads_the_same_table(name):
    raw = read_table(ENCODINGS[name], "gaji.csv")
    assert list(raw.frame.columns) == ["Posisi", "Gaji", "Tahun"]
    assert raw.frame["Gaji"].tolist() == ["Rp 5.000.000", "4,5 juta", "Rp5jt"]
    assert raw.delimiter == ";"


def test_encoding_is_reported_and_accents_survive():
    assert read_table(ENCODINGS["utf-8-bom"]).encoding == "UTF-8 (BOM)"
    assert read_table(ENCODINGS["utf-16-le-bom"]).encoding == "UTF-16"
    latin = read_table(ENCODINGS["latin-1"])
    assert latin.encoding.startswith("Windows-1252") and latin.frame["Posisi"].iloc[2] == "Kasir Café"


@pytest.mark.parametrize("twist", ["plain", "quoted", "ragged"])
def test_a_large_file_that_stops_being_utf8_past_its_head_is_read_as_windows_1252(monkeypatch, twist):
    # A large file's head is decoded up front; the rest is checked on the distinct texts the reader finds.
    monkeypatch.setattr(importer, "HEAD_BYTES", 1024)
    rows = "".join(f"CS {i};Rp {i}.000.000;2024\n" for i in range(1, 200))
    last = 'Kasir Café;"4,5 juta";2024\n' if twist == "quoted" else "Kasir Café;4,5 juta;2024\n"
    text = "Posisi;Gaji;Tahun\n" + rows + last + ("Teller;1 juta;2024;x\n" if twist == "ragged" else "")
    data = text.encode("cp1252")
    assert len(data) > 1024 and data[:1024].isascii() and not _is_utf8(data)
    raw = read_table(data, "gaji.csv")
    assert raw.encoding.startswith("Windows-1252") and raw.frame["Posisi"].iloc[199] == "Kasir Café"
    assert importer.inspect(data, "gaji.csv").encoding.startswith("Windows-1252")
    imported, as_utf8 = import_csv(data, "gaji.csv"), import_csv(text.encode("utf-8"), "gaji.csv")
    assert read_table(text.encode("utf-8"), "gaji.csv").encoding == "UTF-8"
    pd.testing.assert_frame_equal(imported.rows, as_utf8.rows)
    assert imported.rows["role"].iloc[-1] == "Kasir Café" and imported.rows["pay_typical"].iloc[-1] == 4_500_000
    assert [p.code for p in imported.problems] == (["ragged_row"] if twist == "ragged" else [])


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("delimiter, name", [(",", "comma"), (";", "semicolon"), ("\t", "tab"), ("|", "pipe")])
def test_every_delimiter_is_detected(delimiter, name):
    text = delimiter.join(["role", "salary", "year"]) + "\n" + delimiter.join(["CSR", '"85,000"', "2023"]) + "\n"
    raw = read_table(text.encode(), "x.csv")
    assert raw.delimiter == delimiter and importer.DELIMITER_NAMES[delimiter] == name
    assert raw.frame.iloc[0].tolist() == ["CSR", "85,000", "2023"]


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("Rp 5.000.000", 5e6),
        ("5.000.000", 5e6),
        ("4,5 juta", 4.5e6),
        ("5 jt", 5e6),
        ("Rp5jt", 5e6),
        ("$12.83", 12.83),
        ("85,000", 85e3),
        ("USD 1,234.56", 1234.56),
    ],
    ids=lambda v: repr(v),
)
def test_every_number_format_lands_in_pay_typical(cell, expected):
    data = f'role;pay\nCSR;"{cell}"\n'.encode()
    result = import_csv(data, "one.csv")
    assert result.accepted == 1 and result.rows["pay_typical"].iloc[0] == pytest.approx(expected)


def test_indonesian_file_imports_with_provenance_and_defaults():
    result = import_csv(ENCODINGS["utf-8"], "gaji.csv")
    rows = result.rows
    assert (result.rows_read, result.accepted, result.rejected) == (3, 3, 0)
    assert rows["pay_typical"].tolist() == [5e6, 4.5e6, 5e6]
    assert rows["year"].tolist() == [2023, 2024, 2024]
    assert set(rows["source_kind"]) == {"user_upload"} and set(rows["source_title"]) == {"gaji.csv"}
    assert rows["currency"].iloc[0] == "IDR" and rows["pay_period"].iloc[0] == "month"
    assert "pay_typical <- 'Gaji'" in rows["derivation"].iloc[0]
    assert rows["record_id"].tolist() == ["gaji:2", "gaji:3", "gaji:4"]


@pytest.mark.parametrize(
    "headers, expected",
    [
        (
            ["Posisi", "Gaji Minimum (Rp)", "Gaji Maksimum (Rp)", "Tahun", "Jenjang"],
            {
                "role": "Posisi",
                "pay_min": "Gaji Minimum (Rp)",
                "pay_max": "Gaji Maksimum (Rp)",
                "year": "Tahun",
                "level": "Jenjang",
            },
        ),
        (
            ["Jabatan", "Gaji", "Mata Uang", "Negara", "Periode"],
            {
                "role": "Jabatan",
                "pay_typical": "Gaji",
                "currency": "Mata Uang",
                "country": "Negara",
                "pay_period": "Periode",
            },
        ),
        (
            [
                "work_year",
                "experience_level",
                "job_title",
                "salary",
                "salary_currency",
                "salary_in_usd",
                "company_location",
                "Id",
            ],
            {
                "year": "work_year",
                "level": "experience_level",
                "role": "job_title",
                "pay_typical": "salary",
                "currency": "salary_currency",
                "country": "company_location",
                "record_id": "Id",
            },
        ),
        (
            ["Role", "Min", "Max", "Industry"],
            {"role": "Role", "pay_min": "Min", "pay_max": "Max", "industry": "Industry"},
        ),
    ],
    ids=["indonesian-min-max", "indonesian-single", "ds_salaries", "english-min-max"],
)
def test_guess_mapping_from_english_and_indonesian_headers(headers, expected):
    guess = guess_mapping(headers)
    assert {k: v for k, v in guess.items() if v} == expected


def test_per_row_currency_and_period_columns_and_min_max():
    data = (
        b"role,min,max,currency,period\n"
        b"CSR,$15.00,$20.00,usd,hourly\n"
        b"CS,Rp 4 jt,Rp 6 jt,Rp,bulanan\n"
        b"Agent,30000,40000,EUR,annual\n"
    )
    rows = import_csv(data, "mix.csv").rows
    assert rows["currency"].tolist() == ["USD", "IDR", "EUR"]
    assert rows["pay_period"].tolist() == ["hour", "month", "year"]
    assert rows[["pay_min", "pay_max"]].values.tolist() == [[15, 20], [4e6, 6e6], [30000, 40000]]
    assert importer.other_currencies(rows) == ["EUR"]


def test_file_wide_currency_period_and_level_codes_from_the_mapping():
    data = b"title,salary,exp\nA,85000,EN\nB,120000,EX\nC,1,ZZ\n"
    mapping = Mapping.build(
        {"role": "title", "pay_typical": "salary", "level": "exp"},
        {"currency": "USD", "pay_period": "year", "country": "US"},
        level_codes={"EN": "intern", "EX": "manager"},
    )
    result = import_csv(data, "f.csv", mapping)
    assert result.rows["level"].tolist() == ["intern", "manager", "unspecified"]
    assert result.unknown_levels == ["ZZ"]
    assert set(result.rows["currency"]) == {"USD"} and set(result.rows["country"]) == {"US"}
    assert "level codes EN->intern, EX->manager" in result.derivation


def test_rejected_rows_name_row_column_value_and_reason():
    data = (
        b"role;gaji min;gaji max\n"
        b"ok;Rp 4 jt;Rp 6 jt\n"
        b"text;lima juta;Rp 6 jt\n"
        b"neg;-5000;Rp 6 jt\n"
        b"swap;Rp 9 jt;Rp 6 jt\n"
        b"none;;\n"
    )
    result = import_csv(data, "bad.csv")
    assert (result.rows_read, result.accepted, result.rejected) == (5, 1, 4)
    got = [(p.row, p.column, p.value, p.code) for p in result.problems]
    assert got == [
        (3, "gaji min", "lima juta", "not_a_number"),
        (4, "gaji min", "-5000", "negative"),
        (5, "gaji min", "Rp 9 jt", "min_above_max"),
        (6, "gaji min", "", "no_pay"),
    ]
    table = importer.problems_table(result.problems, lambda key, params: t(key, "id", **params))
    assert table.columns.tolist() == ["row", "column", "value", "reason"]
    assert table.iloc[0].tolist() == [3, "gaji min", "lima juta", "bukan angka"]
    assert table.iloc[2]["reason"] == "minimum lebih besar dari maksimum"


@pytest.mark.parametrize("long_row", [2, 3, 4], ids=["first-data-row", "second", "last"])
def test_a_row_longer_than_the_header_is_reported_wherever_it_is(long_row):
    """The first data row too: pandas would drop its extra cell with a warning and accept the row."""
    lines = ["pay_min,level", "5000000,junior_staff", "4000000,senior_staff", "3000000,intern"]
    lines[long_row - 1] += ",9999"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning left for a log nobody reads
        result = import_csv(("\n".join(lines) + "\n").encode(), "long.csv")
    assert [(p.row, p.code, p.value) for p in result.problems] == [(long_row, "ragged_row", lines[long_row - 1])]
    assert len(result.rows) == 2 and 9999 not in result.rows["pay_min"].tolist()


def test_ragged_rows_are_reported_and_the_rest_kept():
    data = b"role,pay\nA,100\nB,200,extra,more\nC,300\n"
    result = import_csv(data, "ragged.csv", Mapping.build({"role": "role", "pay_typical": "pay"}, {"currency": "USD"}))
    assert result.accepted == 2 and result.rows["pay_typical"].tolist() == [100, 300]
    assert [(p.row, p.code, p.params) for p in result.problems] == [(3, "ragged_row", {"expected": 2, "found": 4})]
    assert "4" in t("problem.ragged_row", "en", **result.problems[0].params)


def test_blank_lines_keep_spreadsheet_row_numbers():
    data = b"role,pay\nA,100\n\nB,oops\n"
    result = import_csv(data, "gaps.csv")
    assert [(p.row, p.value) for p in result.problems] == [(4, "oops")]


BAD_FILES = {
    "empty": (b"", "empty_file"),
    "whitespace": (b"  \n\n ", "empty_file"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary_file"),
    "xlsx": (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)), "binary_file"),
    "utf-32": ("role,pay\nA,100\n".encode("utf-32"), "bad_encoding"),
    "not-csv": (b"Dear HR,\nplease find my salary attached.\n", "not_csv"),
    "header-only": (b"role,pay\n", "no_rows"),
    "duplicate-header": (b"pay,pay\n1,2\n", "bad_header"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_files_raise_one_clear_problem_in_both_languages(name):
    data, code = BAD_FILES[name]
    with pytest.raises(ImportError_) as err:
        import_csv(data, f"{name}.csv")
    problem = err.value.problem
    assert problem.code == code
    for lang in ("en", "id"):
        text = describe_problem(problem, lang)
        assert text.startswith(f"{name}.csv") and "⟦" not in text


def test_over_the_size_limit_is_refused_before_reading():
    with pytest.raises(ImportError_) as err:
        import_csv(b"role,pay\n" + b"A,1\n" * 300_000, "big.csv", max_bytes=1_000_000)
    assert err.value.problem.code == "too_large"
    assert describe_problem(err.value.problem, "id") == "big.csv: ukuran berkas 1,2 MB, melebihi batas 1 MB"
    assert describe_problem(err.value.problem, "en") == "big.csv: the file is 1.2 MB, above the 1 MB limit"


def test_missing_columns_and_no_pay_column_are_file_problems():
    raw = read_table(b"role,pay\nA,1\n")
    with pytest.raises(ImportError_) as err:
        importer.to_schema(raw, Mapping.build({"pay_typical": "salary"}), "x.csv")
    assert err.value.problem.code == "missing_column" and err.value.problem.value == "salary"
    with pytest.raises(ImportError_) as err:
        importer.to_schema(raw, Mapping.build({"role": "role"}), "x.csv")
    assert err.value.problem.code == "no_pay_column"


def test_inspection_guesses_currency_and_period_from_the_figures():
    inspection = importer.inspect(ENCODINGS["utf-8"], "gaji.csv")
    assert (inspection.currency_guess, inspection.period_guess) == ("IDR", "month")
    us = importer.inspect(b"title,salary\nA,85000\nB,60000\n", "us.csv")
    assert (us.currency_guess, us.period_guess) == (None, "year")
    assert importer.inspect(b"job,wage\nA,$12.83\n", "h.csv").period_guess == "hour"


@pytest.mark.parametrize(
    "value, level",
    [
        ("EN", "junior_staff"),
        ("MI", "senior_staff"),
        ("SE", "specialist"),
        ("EX", "manager"),
        ("Staf Magang", "intern"),
        ("manajer", "manager"),
        ("??", "unspecified"),
    ],
)
def test_default_level_for_codes_and_words(value, level):
    assert vocabulary.default_level(value) == level


@pytest.mark.parametrize(
    "name, cleaned",
    [
        ("ds_salaries.csv", "ds_salaries.csv"),
        ("<img src=x>.csv", "img src_x_.csv"),
        ("gaji 2024 (final).csv", "gaji 2024 (final).csv"),
        ("***", "upload.csv"),
    ],
)
def test_file_names_are_made_safe_to_show(name, cleaned):
    assert importer.clean_file_name(name) == cleaned


def test_markdown_in_file_text_is_made_inert():
    assert importer.escape_markdown("[x](http://e) *b*") == r"\[x\]\(http\://e\) \*b\*"


def test_a_formula_in_a_cell_stays_text_and_is_neutralised_on_export():
    from salary_explorer.core.export import to_csv_bytes

    result = import_csv(b'role,pay\n=HYPERLINK("http://evil"),100\n', "f.csv")
    assert result.rows["role"].iloc[0].startswith("=")
    assert "'=HYPERLINK" in to_csv_bytes(result.rows).decode("utf-8-sig")


def test_large_generated_file_imports_vectorised():
    n = 50_000
    frame = pd.DataFrame({"jabatan": ["CS"] * n, "gaji": [f"Rp {i % 90 + 1}.000.000" for i in range(n)]})
    result = import_csv(frame.to_csv(index=False).encode(), "big.csv")
    assert result.accepted == n and result.rows["pay_typical"].max() == 90_000_000


def test_slices_report_progress_and_catch_duplicate_ids_across_slices(monkeypatch):
    monkeypatch.setattr(importer, "CHUNK_ROWS", 2)
    data = b"id,role,pay\na,A,1\nb,B,2\nc,C,3\na,D,4\ne,E,oops\n"
    seen = []
    result = import_csv(data, "ids.csv", progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > 3
    assert result.rows["role"].tolist() == ["A", "B", "C"]
    assert [(p.row, p.column, p.value, p.code) for p in result.problems] == [
        (5, "id", "a", "duplicate_id"),
        (6, "pay", "oops", "not_a_number"),
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(alphabet=st.sampled_from(list('ab1,;\t|"\n\r =Rp.juta$-')), max_size=200).map(
            lambda s: s.encode("utf-8")
        ),
    )
)
def test_any_bytes_import_or_fail_with_an_import_error_only(data):
    try:
        result = import_csv(data, "fuzz.csv")
    except ImportError_ as err:
        assert describe_problem(err.problem, "id")
        return
    assert result.accepted + result.rejected <= result.rows_read


def test_leading_blank_lines_and_old_mac_line_ends_keep_row_numbers():
    result = import_csv(b"\n\nrole,pay\rA,100\rB,x\r", "mac.csv")
    assert result.accepted == 1 and [(p.row, p.value) for p in result.problems] == [(5, "x")]


# ---------- issue 11: the parallel reader in pieces, categorical text, row ids ----------
PIECED = (
    "id;Posisi;Gaji;Tahun;Jenjang\r\n"
    + "".join(
        f"{i};CS {i % 3};Rp {i % 7 + 1}.000.000;202{i % 4};{['Staf', 'Supervisor', 'EN'][i % 3]}\r\n" for i in range(60)
    )
    + "\r\n61;Kasir;nego;2024;Staf\r\n62;Kasir;x;2024;Staf\r\n7;Teller;Rp 3.000.000;2024;Staf\r\n;Teller;1;1800;Manajer"
).encode()


def _same_outcome(one, other) -> None:
    pd.testing.assert_frame_equal(one.rows, other.rows)
    problems = [[(p.row, p.column, p.value, p.code) for p in r.problems] for r in (one, other)]
    assert problems[0] == problems[1] and one.no_figure == other.no_figure and one.rows_read == other.rows_read


def test_a_file_read_in_pieces_imports_exactly_as_in_one_go(monkeypatch):
    whole = import_csv(PIECED, "pieces.csv")
    monkeypatch.setattr(columnar, "PIECE_BYTES", 64)
    seen = []
    pieced = import_csv(PIECED, "pieces.csv", progress=seen.append)
    _same_outcome(pieced, whole)
    reading = [p for p in seen if p < importer.READ_SHARE]
    assert len(reading) > 10 and seen == sorted(seen) and seen[-1] == 1.0  # the bar moves piece by piece
    assert (whole.accepted, whole.rows_read, whole.no_figure) == (60, 64, {"nego": 1})  # line 62 is blank
    assert [(p.row, p.value, p.code) for p in whole.problems] == [
        (64, "x", "not_a_number"),
        (65, "7", "duplicate_id"),
        (66, "", "required"),
    ]


def test_a_ragged_row_in_a_later_piece_takes_the_general_reader_and_the_bar_never_moves_back(monkeypatch):
    data = PIECED.replace(b"40;CS 1;", b"40;CS 1;extra;")
    whole = import_csv(data, "ragged.csv")
    monkeypatch.setattr(columnar, "PIECE_BYTES", 64)
    seen = []
    pieced = import_csv(data, "ragged.csv", progress=seen.append)
    _same_outcome(pieced, whole)
    assert ("ragged_row", 42) in [(p.code, p.row) for p in pieced.problems]
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_pieces_are_cut_just_after_line_feeds_and_a_cr_only_file_stays_whole():
    data = pa.py_buffer(b"a;b\n" + b"1;2\n" * 100)
    cuts = columnar.line_cuts(data, 40)
    assert cuts[0] == 0 and cuts[-1] == data.size and len(cuts) > 5
    assert all(data.to_pybytes()[c - 1 : c] == b"\n" for c in cuts[1:-1])
    assert columnar.line_cuts(pa.py_buffer(b"a;b\r" + b"1;2\r" * 100), 40) == [0, 404]


@given(
    st.lists(
        st.lists(st.sampled_from(["a", "b", "Rp 5.000.000", "", "é", *map(str, range(300))]), max_size=40),
        min_size=1,
        max_size=6,
    )
)
@settings(max_examples=60, deadline=None)
def test_chunks_with_their_own_dictionaries_become_one_array_of_the_same_texts(pieces):
    chunks = [pa.array(piece, pa.string()).dictionary_encode() for piece in pieces]
    joined = columnar.one_dictionary(chunks)
    assert joined.to_pylist() == [text for piece in pieces for text in piece]
    assert len(set(joined.dictionary.to_pylist())) == len(joined.dictionary)  # each text once
    if len(chunks) > 1:  # one chunk is the reader's own array, as it is
        assert joined.indices.type.bit_width == (8 if len(joined.dictionary) < 128 else 16)  # as narrow as can be


@given(st.lists(st.integers(0, 299), max_size=300), st.sampled_from([np.int8, np.int16, np.int32]), st.integers(1, 70))
@settings(max_examples=80, deadline=None)
def test_occurrences_count_each_code_as_bincount_does_in_any_piece_size(codes, dtype, piece):
    size = 128 if dtype is np.int8 else 300
    codes = np.array([c % size for c in codes], dtype=dtype)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(columnar, "OCCURRENCE_ROWS", piece)  # pieces that end inside the codes, and after them
        counts = columnar.occurrences(codes, size)
    assert counts.tolist() == np.bincount(codes.astype(np.int64), minlength=size).tolist()


def test_a_sliced_chunk_keeps_only_its_rows():
    chunk = pa.array(["header", "x", "y", "x"]).dictionary_encode().slice(1)
    assert columnar.one_dictionary([chunk]).to_pylist() == ["x", "y", "x"]
    assert columnar.one_dictionary([chunk, chunk]).to_pylist() == ["x", "y", "x"] * 2


@pytest.mark.parametrize(
    "rows",
    [[], [2, 3, 4], [1, 9, 10, 99, 100, 999, 1000, 123456789, 4294967295], list(range(2, 1200)), [5, 3], [0, 7]],
)
def test_row_ids_are_the_prefix_and_the_row_number(rows):
    from salary_explorer.uploads.fields import row_ids

    assert row_ids("gaji-é:", np.array(rows, dtype=np.int64)).to_pylist() == [f"gaji-é:{r}" for r in rows]


@pytest.mark.parametrize("prefix", ["", "x:", "gaji-é:"])
@pytest.mark.parametrize(
    "rows",
    [
        np.arange(2, 3 * (1 << 16) + 50),  # runs of 1-6 digits, the longest over several chunks
        np.arange(99_990, 100_010),  # a width change inside one chunk
        np.arange(1, 2_000_000, 7),  # a chunk boundary inside the 6- and 7-digit runs
        np.arange(998, 1_002_003),  # consecutive across 3 to 7 digits: whole thousands, and rows around them
        np.delete(np.arange(95_000, 170_001), 2_500),  # a gap (a blank line): the 5-digit run is not consecutive
    ],
    ids=["rows-2-to-196k", "around-100k", "every-7th-to-2M", "998-to-1M", "one-gap"],
)
def test_row_ids_written_in_chunks_match_the_plain_text(rows, prefix):
    from salary_explorer.uploads.fields import ID_CHUNK, row_ids

    assert len(rows) > ID_CHUNK or rows[0] < 100_000 < rows[-1]
    ids = row_ids(prefix, rows)
    assert ids.to_pylist() == [f"{prefix}{r}" for r in rows.tolist()]
    ids.validate(full=True)


@settings(max_examples=150, deadline=None)
@given(start=st.integers(1, 20_000_000), size=st.integers(0, 4_000), gap=st.one_of(st.none(), st.integers(0, 4_000)))
def test_row_ids_of_consecutive_rows_with_or_without_a_gap_are_the_plain_text(start, size, gap):
    from salary_explorer.uploads.fields import row_ids

    rows = np.arange(start, start + size)
    if gap is not None and gap < size:
        rows = np.delete(rows, gap)
    assert row_ids("x:", rows).to_pylist() == [f"x:{r}" for r in rows.tolist()]


def test_imported_text_is_categorical_with_only_the_texts_of_accepted_rows():
    result = import_csv(PIECED, "cats.csv")
    rows = result.rows
    assert str(rows["record_id"].dtype) == "str" and rows["record_id"].iloc[0] == "cats:0"
    level = rows["level"]
    assert isinstance(level.dtype, pd.CategoricalDtype) and list(level.cat.categories) == sorted(set(level))
    assert "Posisi" not in rows["role"].cat.categories  # the header line is not a row
    assert "Manajer" not in str(rows["level"].cat.categories.tolist())  # only from a rejected row (year 1800)
    assert rows["currency"].cat.categories.tolist() == ["IDR"] and rows["currency"].cat.codes.dtype == np.int8
    assert rows.sort_values("role", kind="stable")["role"].tolist() == sorted(rows["role"].tolist())


def test_imported_rows_join_other_frames_as_text_columns_of_shared_strings():
    from salary_explorer.core.load import load_salaries

    bundled, rows = load_salaries(), import_csv(PIECED, "join.csv").rows
    plain = rows.astype({c: object for c in rows.columns if isinstance(rows[c].dtype, pd.CategoricalDtype)})
    expected = pd.concat([bundled, plain, plain.drop(columns=["province"])], ignore_index=True)
    joined = importer.concat_rows([bundled, rows, rows.drop(columns=["province"])])
    pd.testing.assert_frame_equal(joined, expected)
    assert joined["level"].dtype == object
    pd.testing.assert_frame_equal(importer.concat_rows([bundled]), pd.concat([bundled], ignore_index=True))
