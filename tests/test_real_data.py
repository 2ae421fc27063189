"""A real file nobody here wrote (../shared/real-data/ds_salaries.csv) imports through the same path as any upload."""

import pytest

from salary_explorer.uploads import importer, vocabulary

from .conftest import REAL_DATA

DS = REAL_DATA / "ds_salaries.csv"
pytestmark = pytest.mark.skipif(not DS.exists(), reason=f"real data not present at {DS} (kept outside the repository)")


@pytest.fixture(scope="module")
def ds_bytes():
    return DS.read_bytes()


def ds_mapping(ds_bytes, **columns):
    inspection = importer.inspect(ds_bytes, "ds_salaries.csv")
    guess = {**inspection.guess, **columns}
    return importer.Mapping.build(guess, {"pay_period": inspection.period_guess}), inspection


def test_ds_salaries_is_recognised_from_its_own_headers(ds_bytes):
    mapping, inspection = ds_mapping(ds_bytes)
    assert (inspection.encoding, inspection.delimiter, len(inspection.headers)) == ("UTF-8", ",", 12)
    assert dict(mapping.columns) == {
        "pay_typical": "salary",
        "currency": "salary_currency",
        "year": "work_year",
        "level": "experience_level",
        "role": "job_title",
        "country": "company_location",
        "record_id": "Id",
    }
    assert inspection.period_guess == "year"  # yearly pay, as the file's README says
    assert sorted(vocabulary.level_choices(inspection.sample, "experience_level")) == [
        ("EN", "junior_staff"),
        ("EX", "manager"),
        ("MI", "senior_staff"),
        ("SE", "specialist"),
    ]


def test_ds_salaries_imports_all_3755_rows_with_their_currencies(ds_bytes):
    mapping, _ = ds_mapping(ds_bytes)
    result = importer.import_csv(ds_bytes, "ds_salaries.csv", mapping)
    rows = result.rows
    assert (result.rows_read, result.accepted, result.rejected) == (3755, 3755, 0)
    assert rows["level"].value_counts().to_dict() == {
        "specialist": 2516,
        "senior_staff": 805,
        "junior_staff": 320,
        "manager": 114,
    }
    assert rows["currency"].value_counts()[["USD", "EUR", "GBP"]].tolist() == [3224, 236, 161]
    assert set(rows["pay_period"]) == {"year"} and set(rows["industry"]) == {"unspecified"}
    assert sorted(rows["year"].unique()) == [2020, 2021, 2022, 2023]
    first = rows.iloc[0]
    assert (first["record_id"], first["role"], first["pay_typical"], first["currency"], first["country"]) == (
        "ds-salaries:DSS-00001",
        "Principal Data Scientist",
        80000.0,
        "EUR",
        "ES",
    )
    assert "EN->junior_staff" in first["derivation"]
    assert "EUR" in importer.other_currencies(rows)


def test_ds_salaries_in_usd_column_instead(ds_bytes):
    mapping, _ = ds_mapping(ds_bytes, pay_typical="salary_in_usd", currency=None)
    mapping = importer.Mapping.build(
        dict(mapping.columns) | {"currency": None}, {"currency": "USD", "pay_period": "year"}
    )
    rows = importer.import_csv(ds_bytes, "ds_salaries.csv", mapping).rows
    assert len(rows) == 3755 and set(rows["currency"]) == {"USD"}
    assert rows["pay_typical"].iloc[0] == 85847.0
