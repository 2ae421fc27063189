"""Reading a team roster through the salary import path (uploads/roster.py)."""

from __future__ import annotations

import codecs
import datetime as dt
import io

import pandas as pd
import pytest

from salary_explorer.core.i18n import describe_problem
from salary_explorer.uploads import importer
from salary_explorer.uploads.roster import RosterMapping, guess_roster_mapping, inspect_roster, read_roster

from .team_fixtures import roster_bytes


@pytest.mark.parametrize(
    "headers, expected",
    [
        (
            ["Nama Karyawan", "Jenjang", "Provinsi", "Gaji Pokok", "Jenis Kelamin", "Tanggal Masuk"],
            {
                "employee": "Nama Karyawan",
                "level": "Jenjang",
                "region": "Provinsi",
                "pay": "Gaji Pokok",
                "group": "Jenis Kelamin",
                "hire_date": "Tanggal Masuk",
            },
        ),
        (
            ["Employee ID", "Level", "State", "Hourly rate", "Currency", "Pay period", "Gender", "Hire date"],
            {
                "employee": "Employee ID",
                "level": "Level",
                "region": "State",
                "pay": "Hourly rate",
                "currency": "Currency",
                "pay_period": "Pay period",
                "group": "Gender",
                "hire_date": "Hire date",
            },
        ),
        (
            ["NIK", "Grade", "Lokasi Kerja", "Gaji (Rp)", "Industri"],
            {"employee": "NIK", "level": "Grade", "region": "Lokasi Kerja", "pay": "Gaji (Rp)", "industry": "Industri"},
        ),
    ],
)
def test_guess_mapping_from_english_and_indonesian_headers(headers, expected):
    guess = guess_roster_mapping(headers)
    assert {k: v for k, v in guess.items() if v} == expected


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),
        lambda s: s.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "cp1252"],
)
@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
def test_encodings_and_separators(encode, sep):
    text = sep.join(["name", "level", "province", "salary"]) + "\n" + sep.join(["Ané", "junior", "Bali", "3500000"])
    result = read_roster(encode(text + "\n"), "r.csv")
    assert result.roster.iloc[0][["employee", "level", "region", "pay"]].tolist() == [
        "Ané",
        "junior_staff",
        "Bali",
        3_500_000,
    ]


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("Rp 5.500.000", 5_500_000),
        ("5.500.000,50", 5_500_000.5),
        ("5,5 jt", 5_500_000),
        ("Rp5jt", 5_000_000),
        ("$18.50", 18.5),
        ("85,000", 85_000),
    ],
)
def test_indonesian_and_us_numbers(cell, expected):
    data = f'name;level;province;pay\nA;junior;Bali;"{cell}"\n'.encode()
    assert read_roster(data, "r.csv").roster.at[0, "pay"] == pytest.approx(expected)


def test_fixture_roster_reads_with_row_report():
    result = read_roster(roster_bytes(with_bad_rows=True), "team.csv")
    assert result.encoding.startswith("UTF-8") or "1252" in result.encoding
    assert (result.accepted, result.rejected, result.rows_read) == (12, 2, 14)
    r = result.roster.set_index("employee")
    assert r.at["A03 Citra", "pay"] == 4_800_000 and r.at["A03 Citra", "level"] == "junior_staff"
    assert r.at["C02 Joko", "level"] == "supervisor"
    assert r.at["A01 Ani", "hire_date"] == dt.date(2024, 1, 15)  # day first: Indonesian
    assert set(r["currency"]) == {"IDR"} and set(r["pay_period"]) == {"month"}
    bad = [(p.row, p.column, p.value, p.code) for p in result.problems]
    assert bad == [
        (14, "Gaji Pokok", "banyak", "not_a_number"),
        (15, "Jenjang", "direktur", "roster_unknown_level"),
    ]
    assert describe_problem(result.problems[0], "id").startswith("team.csv, baris 14, kolom “Gaji Pokok”: bukan angka")
    assert "not a level this app knows" in describe_problem(result.problems[1], "en")


def test_mapping_can_be_corrected_and_level_codes_given():
    data = b"id,grade,pay,where\n1,L1,5000000,Bali\n2,L2,7000000,Bali\n"
    with pytest.raises(importer.ImportError_):  # "where" is not a region header the guess knows
        read_roster(data, "r.csv")
    guessed = read_roster(data, "r.csv", RosterMapping.build({"level": "grade", "pay": "pay", "region": "where"}))
    assert guessed.rejected == 2 and guessed.unknown_levels == ["L1", "L2"]
    mapping = RosterMapping.build(
        {"employee": "id", "level": "grade", "pay": "pay", "region": "where"},
        level_codes={"L1": "junior_staff", "L2": "senior_staff"},
    )
    fixed = read_roster(data, "r.csv", mapping)
    assert fixed.rejected == 0 and fixed.roster["level"].tolist() == ["junior_staff", "senior_staff"]


def test_file_wide_region_currency_period_and_per_row_columns():
    data = b"name,level,pay,currency,period\nA,junior,18.5,USD,hourly\nB,junior,5 jt,Rp,bulanan\nC,junior,1,EUR,month\n"
    mapping = RosterMapping.build(
        {"employee": "name", "level": "level", "pay": "pay", "currency": "currency", "pay_period": "period"},
        region="California",
    )
    result = read_roster(data, "r.csv", mapping)
    assert result.roster[["currency", "pay_period", "region"]].values.tolist() == [
        ["USD", "hour", "California"],
        ["IDR", "month", "California"],
    ]
    assert [p.code for p in result.problems] == ["roster_currency"]


@pytest.mark.parametrize(
    "data, name, code",
    [
        (b"", "r.csv", "empty_file"),
        (b"\x00\x01\x02binary\x00", "r.csv", "binary_file"),
        (b"just one line of prose", "r.csv", "not_csv"),
        (b"name,level\nA,junior\n", "r.csv", "roster_no_pay_column"),
        (b"name,pay\nA,5000000\n", "r.csv", "roster_no_level_column"),
        (b"name,level,pay\nA,junior,5000000\n", "r.csv", "roster_no_region"),
        (b"not a workbook", "r.xlsx", "roster_unreadable"),
    ],
)
def test_bad_files_raise_a_problem_not_a_traceback(data, name, code):
    with pytest.raises(importer.ImportError_) as err:
        read_roster(data, name)
    assert err.value.problem.code == code
    assert not describe_problem(err.value.problem, "id").startswith("⟦")


def test_excel_roster_keeps_numbers_and_dates():
    frame = pd.DataFrame(
        {
            "Employee": ["A", "B"],
            "Level": ["Junior staff", "Supervisor"],
            "State": ["California", "Texas"],
            "Hourly rate": [12.125, 20],
            "Currency": ["USD", "USD"],
            "Pay period": ["hour", "hour"],
            "Hire date": [pd.Timestamp("2024-03-04"), "04/05/2023"],
        }
    )
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False)
    result = read_roster(buffer.getvalue(), "team.xlsx")
    assert result.encoding == "Excel" and result.rejected == 0
    assert result.roster["pay"].tolist() == [12.125, 20.0]  # a number in a cell is not "12 thousand 125"
    assert result.roster["hire_date"].tolist() == [dt.date(2024, 3, 4), dt.date(2023, 4, 5)]  # US: month first


def test_inspect_guesses_currency_and_period():
    inspection = inspect_roster(b"name,level,state,pay\nA,junior,Texas,$15.00\nB,junior,Texas,$16.00\n", "r.csv")
    assert inspection.currency_guess == "USD" and inspection.period_guess == "hour"
    assert inspection.guess["region"] == "state"


def test_unknown_levels_listed_for_the_user_to_assign():
    inspection = inspect_roster(
        b"id,grade,pay,province\n1,L1,5000000,Bali\n2,junior,7000000,Bali\n3,L2,1,Bali\n", "r.csv"
    )
    from salary_explorer.uploads.roster import unknown_levels

    assert unknown_levels(inspection.sample, "grade") == ["L1", "L2"]
    assert unknown_levels(inspection.sample, None) == []
