"""The tidy salary schema: bundled files load, and a bad row is reported with file, row and column."""

import shutil

import pandas as pd
import pytest

from salary_explorer.core import load
from salary_explorer.core.i18n import describe_problem
from salary_explorer.core.schema import SALARY_COLUMNS, Problem, SchemaError, validate_salary_frame


def good_row(**overrides):
    row = {c: "" for c in SALARY_COLUMNS}
    row.update(
        record_id="x1",
        country="ID",
        currency="IDR",
        pay_period="month",
        industry="banking",
        level="unspecified",
        role="CS",
        pay_min="5000000",
        pay_max="7000000",
        year="2019",
        gross_net="unknown",
        source_kind="article_estimate",
        source_title="Some article",
    )
    row.update(overrides)
    return row


def test_every_bundled_salary_file_follows_the_schema():
    rows = load.load_salaries()
    assert list(rows.columns) == list(SALARY_COLUMNS)
    assert len(rows) == 13
    assert (rows["source_title"] != "").all()
    assert rows["pay_min"].dtype == "float64" and str(rows["year"].dtype) == "Int64"


@pytest.mark.parametrize(
    "overrides, column, code",
    [
        pytest.param({"pay_min": "lima juta"}, "pay_min", "not_a_number", id="text-in-pay"),
        pytest.param({"pay_max": "-5"}, "pay_max", "negative", id="negative-pay"),
        pytest.param({"pay_min": "9000000"}, "pay_min", "min_above_max", id="min-above-max"),
        pytest.param({"pay_min": "", "pay_max": ""}, "pay_min", "no_pay", id="no-pay-at-all"),
        pytest.param({"currency": "rupiah"}, "currency", "bad_currency", id="bad-currency"),
        pytest.param({"pay_period": "fortnight"}, "pay_period", "not_allowed", id="unknown-period"),
        pytest.param({"year": "19"}, "year", "bad_year", id="bad-year"),
        pytest.param({"year": "2019.5"}, "year", "bad_year", id="fractional-year"),
        pytest.param({"source_title": ""}, "source_title", "required", id="no-source"),
        pytest.param({"gross_net": "maybe"}, "gross_net", "not_allowed", id="gross-net-vocab"),
    ],
)
def test_bad_row_is_reported_with_row_and_column(overrides, column, code):
    raw = pd.DataFrame([good_row(), good_row(record_id="x2", **overrides)])
    good, problems = validate_salary_frame(raw, "salary_test.csv")
    assert len(good) == 1
    assert problems == [Problem("salary_test.csv", 3, column, raw.at[1, column], code)]


def test_missing_column_rejects_the_file():
    raw = pd.DataFrame([good_row()]).drop(columns=["currency"])
    good, problems = validate_salary_frame(raw, "f.csv")
    assert good.empty and problems[0].code == "missing_column" and problems[0].column == "currency"


def test_duplicate_ids_are_rejected():
    raw = pd.DataFrame([good_row(), good_row()])
    good, problems = validate_salary_frame(raw, "f.csv")
    assert len(good) == 1 and problems[0].code == "duplicate_id"


def test_a_broken_bundled_file_names_file_row_and_column(tmp_path):
    for path in load.DATA_DIR.glob("*.csv"):
        shutil.copy(path, tmp_path / path.name)
    broken = tmp_path / "salary_id_by_level.csv"
    text = broken.read_text(encoding="utf-8").replace("1100000", "satu juta", 1)
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(SchemaError) as err:
        load.load_salaries(tmp_path)
    problem = err.value.problems[0]
    assert (problem.file, problem.row, problem.column, problem.value) == (
        "salary_id_by_level.csv",
        2,
        "pay_min",
        "satu juta",
    )
    assert "salary_id_by_level.csv: row 2, column pay_min" in str(err.value)
    assert (
        describe_problem(problem, "id")
        == "salary_id_by_level.csv, baris 2, kolom “pay_min”: bukan angka (nilai: satu juta)"
    )
    assert (
        describe_problem(problem, "en")
        == "salary_id_by_level.csv, row 2, column “pay_min”: not a number (value: satu juta)"
    )


def test_a_new_salary_csv_dropped_in_data_shows_up(tmp_path):
    for path in load.DATA_DIR.glob("*.csv"):
        shutil.copy(path, tmp_path / path.name)
    pd.DataFrame([good_row(record_id="new-1")]).to_csv(tmp_path / "salary_new.csv", index=False)
    rows = load.load_salaries(tmp_path)
    assert "new-1" in set(rows["record_id"])


def test_bundled_vocabulary_is_enforced_for_bundled_files(tmp_path):
    pd.DataFrame([good_row(level="chief")]).to_csv(tmp_path / "salary_x.csv", index=False)
    with pytest.raises(SchemaError) as err:
        load.load_salaries(tmp_path)
    assert err.value.problems[0].code == "not_allowed"


@pytest.mark.parametrize("name", sorted(load.REFERENCE_TABLES))
def test_reference_tables_load_with_sources(name):
    df = load.load_reference(name)
    assert len(df) > 0 and (df["source_title"].str.strip() != "").all()


def test_reference_table_with_text_in_a_number_is_reported(tmp_path):
    shutil.copy(load.DATA_DIR / "minimum_wage.csv", tmp_path / "minimum_wage.csv")
    path = tmp_path / "minimum_wage.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("5396761", "5.396.761 rupiah"), encoding="utf-8")
    with pytest.raises(SchemaError) as err:
        load.load_minimum_wages(tmp_path)
    p = err.value.problems[0]
    assert (p.file, p.row, p.column, p.code) == ("minimum_wage.csv", 2, "amount", "not_a_number")
