"""The refresh command: publishers' files in, bundled CSVs out, validated, with a dry run."""

import shutil

import pandas as pd
import pytest

from salary_explorer import refresh as cli
from salary_explorer.core import load
from salary_explorer.core import refresh as rf

from .conftest import ROOT, SHARED

RAW = SHARED / "reference" / "oews" / "raw"
FIXTURES = ROOT / "tests" / "fixtures"
WORLD_BANK = FIXTURES / "API_PA.NUS.FCRF_DS2_en_csv_v2_fixture.csv"
UMP_2025 = FIXTURES / "ump_2025_table.csv"
needs_raw = pytest.mark.skipif(not RAW.exists(), reason="../shared/reference/oews/raw is not beside this checkout")
UMP_2026 = SHARED / "reference" / "ump_2026.csv"
needs_ump = pytest.mark.skipif(
    not UMP_2026.exists(), reason="../shared/reference/ump_2026.csv is not beside this checkout"
)


@pytest.fixture
def data_dir(tmp_path):
    """A scratch copy of data/ so a refresh never touches the real one."""
    for path in load.DATA_DIR.glob("*.csv"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def run(args) -> tuple[int, list[str]]:
    lines: list[str] = []
    files = [a for a in args if not str(a).startswith("--")]
    return cli.refresh(files[:-1], files[-1], "--dry-run" in args, out=lines.append), lines


@needs_raw
@pytest.mark.parametrize("year", [2024, 2025])
def test_bls_file_reproduces_the_bundled_row_exactly(year):
    rows = rf.read_bls_national(RAW / f"national_M{year}_dl.xlsx")
    bundled = load.read_text_csv(load.DATA_DIR / "oews_national.csv")
    assert rows.to_dict("records") == bundled[bundled["year"] == str(year)].to_dict("records")
    assert rows.loc[0, "h_median"] == {2024: "20.59", 2025: "21.53"}[year]


@needs_raw
def test_refresh_on_both_raw_files_changes_nothing(data_dir):
    before = {p.name: p.read_bytes() for p in data_dir.glob("*.csv")}
    code, lines = run([RAW / "national_M2024_dl.xlsx", RAW / "national_M2025_dl.xlsx", data_dir])
    assert code == 0
    assert "  oews_national.csv: 0 change(s), 1 row(s) already up to date" in lines
    assert {p.name: p.read_bytes() for p in data_dir.glob("*.csv")} == before


@needs_raw
def test_next_year_is_a_drop_in(data_dir):
    """Remove May 2025, then refresh from BLS's own file: the row comes back byte for byte."""
    original = (data_dir / "oews_national.csv").read_bytes()
    table = load.read_text_csv(data_dir / "oews_national.csv")
    table[table["year"] != "2025"].to_csv(data_dir / "oews_national.csv", index=False, lineterminator="\n")
    code, lines = run(["--dry-run", RAW / "national_M2025_dl.xlsx", data_dir])
    assert code == 0 and "    + 2025 / national / U.S. / 000000 / 43-4051: new row" in lines
    assert "dry run: nothing written" in lines and (data_dir / "oews_national.csv").read_bytes() != original
    code, lines = run([RAW / "national_M2025_dl.xlsx", data_dir])
    assert code == 0 and (data_dir / "oews_national.csv").read_bytes() == original


@needs_raw
def test_dry_run_prints_each_changed_cell(data_dir):
    table = load.read_text_csv(data_dir / "oews_national.csv")
    table.loc[table["year"] == "2024", "h_median"] = "20.00"
    table.to_csv(data_dir / "oews_national.csv", index=False, lineterminator="\n")
    code, lines = run(["--dry-run", RAW / "national_M2024_dl.xlsx", data_dir])
    assert code == 0
    assert "    ~ 2024 / national / U.S. / 000000 / 43-4051: h_median: '20.00' -> '20.59'" in lines
    assert load.read_text_csv(data_dir / "oews_national.csv").loc[2, "h_median"] == "20.00"  # nothing written


def test_world_bank_file_gives_the_bundled_rates(data_dir):
    rows = rf.read_world_bank_rates(WORLD_BANK)
    bundled = load.load_exchange_rates()
    annual = bundled[bundled["rate_kind"] == "annual_average"]
    assert list(rows["year"]) == [str(y) for y in range(2015, 2026)]
    assert [float(v) for v in rows["idr_per_usd"]] == list(annual["idr_per_usd"])
    assert rows.loc[10, "note"] == "Rounded to 2 decimals from the World Bank value 16477.8651797836"
    assert "'Last Updated Date' 2026-07-13" in rows.loc[0, "source_title"]


def test_world_bank_refresh_adds_missing_years_and_keeps_other_rows(data_dir):
    table = load.read_text_csv(data_dir / "exchange_rates.csv")
    table[~table["year"].isin(["2022", "2023", "2024", "2025"]) | (table["rate_kind"] != "annual_average")].to_csv(
        data_dir / "exchange_rates.csv", index=False
    )
    code, lines = run([WORLD_BANK, data_dir])
    assert code == 0 and sum("new row" in line for line in lines) == 4
    rates = load.load_exchange_rates(data_dir)
    assert set(rates["rate_kind"]) == {"annual_average", "spot", "budget_assumption"}  # press figures kept
    assert rates.loc[rates["year"] == 2025, "idr_per_usd"].iloc[0] == 16477.87


def test_ump_table_refresh_keeps_figures_and_records_the_new_source(data_dir):
    code, lines = run(["--dry-run", UMP_2025, data_dir])
    assert code == 0
    changed_columns = {line.split(": ")[1] for line in lines if line.startswith("    ~ ")}
    assert "amount" not in changed_columns and "source_title" in changed_columns  # same figures, new provenance
    assert not any("new row" in line for line in lines)


@needs_ump
def test_ump_2026_table_is_already_bundled(data_dir):
    code, lines = run(["--dry-run", UMP_2026, data_dir])
    assert code == 0 and "  minimum_wage.csv: 0 change(s), 38 row(s) already up to date" in lines


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("salaries.txt", "x", "not a file the refresh knows"),
        ("API_PA.NUS.FCRF_bad.csv", '"Data Source","WDI"\n\nno header here\n', "not a World Bank indicator file"),
        ("ump_bad.csv", "province,ump_2027\nAceh,1\n", "missing column(s) source_a"),
    ],
)
def test_bad_files_get_a_message_not_a_traceback(data_dir, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    code, lines = run([path, data_dir])
    assert code == 1 and any(message in line for line in lines)


def test_invalid_result_is_refused_with_file_row_column(data_dir, tmp_path):
    table = pd.read_csv(UMP_2025, dtype=str, keep_default_na=False)
    table.loc[3, "ump_2025"] = "dua juta"
    table.to_csv(tmp_path / "ump_2025_bad.csv", index=False)
    before = (data_dir / "minimum_wage.csv").read_bytes()
    code, lines = run([tmp_path / "ump_2025_bad.csv", data_dir])
    assert code == 1
    assert any(line.startswith("error: minimum_wage.csv, row") and "amount" in line for line in lines)
    assert (data_dir / "minimum_wage.csv").read_bytes() == before


def test_command_line_entry_point(data_dir, capsys):
    assert cli.main(["--dry-run", "--data-dir", str(data_dir), str(WORLD_BANK)]) == 0
    assert "dry run: nothing written" in capsys.readouterr().out


UMK_2026 = SHARED / "reference" / "umk" / "umk_2026.csv"
needs_umk = pytest.mark.skipif(not UMK_2026.exists(), reason="../shared/reference/umk is not beside this checkout")


@needs_umk
def test_umk_2026_table_is_already_bundled(data_dir):
    code, lines = run(["--dry-run", UMK_2026, data_dir])
    assert code == 0 and "  minimum_wage_umk.csv: 0 change(s), 294 row(s) already up to date" in lines


@needs_umk
def test_next_years_umk_decrees_are_a_drop_in(data_dir, tmp_path):
    """Next year's table, same shape: a 2027 column; the 2026 figures become the older year kept beside it."""
    table = pd.read_csv(UMK_2026, dtype=str, keep_default_na=False).head(3)
    table = table.rename(columns={"umk_2026_idr": "umk_2027_idr", "umk_2025_idr": "umk_2026_idr"})
    table["umk_2027_idr"] = ["6300000", "6200000", ""]
    table.loc[2, "status"] = "not found"
    path = tmp_path / "umk_2027.csv"
    table.to_csv(path, index=False)
    code, lines = run(["--dry-run", path, data_dir])
    assert code == 0 and "dry run: nothing written" in lines
    assert "    + 32.75 / 2027: new row" in lines and "    + 32.15 / 2027: new row" in lines
    code, lines = run([path, data_dir])
    assert code == 0
    wages = load.load_minimum_wages(data_dir)
    new = wages[(wages["wage_kind"] == "UMK") & (wages["year"] == 2027)].set_index("regency_code")
    assert new.loc["32.75", "amount"] == 6_300_000 and pd.isna(new.loc["32.15", "amount"])
    assert new.loc["32.15", "figure_status"] == "not_yet_known"


@pytest.mark.parametrize(
    "content, message",
    [
        ("province,regency_city,kemendagri_code,umk_2027_idr\n", "missing column(s) legal_basis"),
        (
            "province,regency_city,kemendagri_code,umk_2027_idr,legal_basis,source_1,source_2,status,notes\n"
            "Jawa Barat,KAB. X,99.99,1,decree,s1,s2,agreed,\n",
            "kemendagri_code '99.99' is not a regency/city code",
        ),
        (
            "province,regency_city,kemendagri_code,umk_2027_idr,legal_basis,source_1,source_2,status,notes\n"
            "Jawa Barat,KAB. KARAWANG,32.15,1,decree,s1,s2,maybe,\n",
            "status 'maybe' is not one of",
        ),
    ],
)
def test_a_bad_umk_table_gets_a_message(data_dir, tmp_path, content, message):
    path = tmp_path / "umk_bad.csv"
    path.write_text(content)
    code, lines = run(["--dry-run", path, data_dir])
    assert code == 1 and any(message in line for line in lines), lines
