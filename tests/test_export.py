"""Exports: formula-injection safe, numbers stay numbers, Excel and UTF-8 CSV open cleanly."""

import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from salary_explorer.core.export import export_file_name, neutralise_cell, to_csv_bytes, to_xlsx_bytes


@pytest.mark.parametrize(
    "value, expected",
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+62 812", "'+62 812"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Rp 5.000.000", "Rp 5.000.000"),
        ("Bank CS", "Bank CS"),
        (5000000, 5000000),
        (-5.5, -5.5),
        (None, None),
    ],
)
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected


@pytest.fixture
def frame():
    return pd.DataFrame(
        {
            "role": ["=1+1", "Staf magang – Jakarta", "@cmd"],
            "pay_min": [1_100_000.0, -5.0, 3.5],
            "year": pd.array([2019, None, 2021], dtype="Int64"),
        }
    )


def test_csv_is_utf8_with_bom_and_safe(frame):
    data = to_csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back["role"].tolist() == ["'=1+1", "Staf magang – Jakarta", "'@cmd"]
    assert back["pay_min"].tolist() == [1_100_000.0, -5.0, 3.5]  # negative numbers are numbers, untouched


def test_xlsx_cells_are_text_or_numbers_never_formulas(frame):
    sheet = load_workbook(io.BytesIO(to_xlsx_bytes(frame))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("role", "pay_min", "year")
    assert rows[1] == ("'=1+1", 1100000, 2019)
    assert rows[2][1] == -5
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"


def test_the_same_table_exports_the_same_workbook_bytes(frame, monkeypatch):
    """No clock in the file: a rerun does not register a new download, two exports compare equal."""
    import datetime as dt

    import xlsxwriter.core

    first = to_xlsx_bytes(frame)

    class AnyDatetime(type):
        def __instancecheck__(cls, obj):
            return isinstance(obj, dt.datetime)

    class Later(dt.datetime, metaclass=AnyDatetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2031, 5, 6, 7, 8, 9, tzinfo=tz)

    monkeypatch.setattr(xlsxwriter.core, "datetime", Later)  # the clock xlsxwriter would stamp
    assert to_xlsx_bytes(frame) == first


@pytest.mark.parametrize(
    "prefix, filters, ext, expected",
    [
        (
            "salaries",
            {"country": "ID", "level": ["manager", "intern"]},
            "csv",
            "salaries_country-ID_level-manager+intern.csv",
        ),
        ("salaries", {"country": None, "year": 2019}, "xlsx", "salaries_year-2019.xlsx"),
        ("bands", {"industry": "a/b c"}, "csv", "bands_industry-a-b-c.csv"),
        ("salaries", {}, "csv", "salaries.csv"),
    ],
)
def test_export_file_name_says_what_was_filtered(prefix, filters, ext, expected):
    assert export_file_name(prefix, filters, ext) == expected


def test_excel_refuses_more_rows_than_a_sheet_holds(monkeypatch):
    from salary_explorer.core import export

    monkeypatch.setattr(export, "EXCEL_MAX_ROWS", 2)
    small, big = pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"a": [1, 2, 3]})
    assert export.fits_in_excel(small) and not export.fits_in_excel(big)
    with pytest.raises(ValueError):
        export.to_xlsx_bytes(big)
