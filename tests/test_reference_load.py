"""A broken bundled reference file is reported with file, row and column."""

import shutil

import pytest

from salary_explorer.core import load
from salary_explorer.core.schema import SchemaError


def _broken(tmp_path, name, row, column, value):
    shutil.copy(load.DATA_DIR / name, tmp_path / name)
    df = load.read_text_csv(tmp_path / name)
    df.loc[row - 2, column] = value
    df.to_csv(tmp_path / name, index=False)
    return tmp_path


@pytest.mark.parametrize(
    "row, column, value, code",
    [
        (2, "amount", "lima juta", "not_a_number"),
        (3, "amount", "", "required"),
        (4, "in_force_from", "1 Jan 2026", "bad_date"),
        (5, "figure_status", "maybe", "not_allowed"),
        (6, "wage_kind", "UMR", "not_allowed"),
        (7, "alternatives", "3.2 jt", "not_a_number"),
        (8, "source_title", "", "required"),
    ],
)
def test_broken_minimum_wage_file_names_file_row_column(tmp_path, row, column, value, code):
    with pytest.raises(SchemaError) as err:
        load.load_minimum_wages(_broken(tmp_path, "minimum_wage.csv", row, column, value))
    problem = err.value.problems[0]
    assert (problem.file, problem.row, problem.column, problem.code) == ("minimum_wage.csv", row, column, code)


def test_not_yet_known_floor_may_be_blank():
    wages = load.load_minimum_wages()
    blank = wages[wages["figure_status"] == "not_yet_known"]
    assert list(blank.loc[blank["wage_kind"] == "UMP", "region"]) == ["Papua Selatan"]
    assert len(blank[blank["wage_kind"] == "UMK"]) == 8  # UMKs set by decree whose figure was not found
    assert blank["amount"].isna().all()
