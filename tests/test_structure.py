"""The wage structure package: builders and their bad input (each problem naming its row), the checks
with their legal basis, the roster against the structure, and the documents read back."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from salary_explorer.core import load
from salary_explorer.core.floors import UMK_NOT_KNOWN, Floor
from salary_explorer.structure import build, checks, document, roster, screens
from salary_explorer.structure.text import describe_check, describe_issue


@pytest.fixture(scope="module")
def wages():
    return load.load_minimum_wages()


def floor(amount: float, **extra) -> Floor:
    return Floor(
        country="ID",
        region="Jawa Barat",
        wage_kind="UMP",
        amount=amount,
        currency="IDR",
        pay_period="month",
        year=2026,
        in_force_from=dt.date(2026, 1, 1),
        legal_basis="PP No. 49 Tahun 2025",
        source_title="test",
        **extra,
    )


def five_grades(low_mid: float = 6_600_000) -> build.Structure:
    return build.two_point(5, low_mid, 15_000_000, [0.4]).structure


# ---------- builders ----------
def test_two_point_five_grades_minimum():
    grades = five_grades().grades
    assert grades["min"].iloc[0] == 5_500_000
    assert grades["grade"].tolist() == [1, 2, 3, 4, 5]


def test_ladder_levels_become_grades_lowest_first():
    bands = pd.DataFrame(
        {
            "level": ["junior_staff", "senior_staff", "supervisor"],
            "band_min": [6_000_000, 7_500_000, None],
            "band_mid": [7_000_000, 9_000_000, None],
            "band_max": [8_000_000, 10_500_000, None],
            "currency": "IDR",
            "pay_period": "month",
        }
    )
    built = build.from_ladder(bands, {"junior_staff": "Staf junior", "senior_staff": "Staf senior"})
    grades = built.structure.grades
    assert grades["jobs"].tolist() == ["Staf junior", "Staf senior"]
    assert grades["mid"].tolist() == [7_000_000, 9_000_000]
    assert grades["spread"].tolist() == pytest.approx([1 / 3, 0.4])
    assert [i.code for i in built.issues] == ["ladder_incomplete"]  # supervisor left out, said so


def test_ladder_min_above_max_names_the_row():
    bands = pd.DataFrame(
        {
            "level": ["junior_staff"],
            "band_min": [9e6],
            "band_mid": [8e6],
            "band_max": [7e6],
            "currency": "IDR",
            "pay_period": "month",
        }
    )
    built = build.from_ladder(bands, {"junior_staff": "Staf junior"})
    assert built.structure is None
    assert (
        describe_issue(built.issues[0], "id") == "Baris 1: Staf junior: upah terkecil lebih tinggi dari upah terbesar"
    )
    assert describe_issue(built.issues[0], "en") == "Row 1: Staf junior: the minimum is above the maximum"


def test_ladder_in_dollars_is_refused():
    bands = pd.DataFrame(
        {
            "level": ["junior_staff"],
            "band_min": [9.0],
            "band_mid": [10.0],
            "band_max": [11.0],
            "currency": "USD",
            "pay_period": "hour",
        }
    )
    assert build.from_ladder(bands).errors[0].code == "ladder_units"


@pytest.mark.parametrize(
    "rows, code, row",
    [
        ({"job": ["A", "B", "C"], "points": [100, None, 300], "pay": [5e6, 6e6, 7e6]}, "job_no_points", 2),
        ({"job": ["A", "B"], "points": [100, "lots"], "pay": [5e6, 6e6]}, "job_bad_points", 2),
        ({"job": ["A", "B"], "points": [100, 200], "pay": [5e6, None]}, "job_no_pay", 2),
        ({"job": ["A", "B"], "points": [100, 200], "pay": ["Rp 5.000.000", "-3"]}, "job_bad_pay", 2),
        ({"job": ["A"], "points": [100], "pay": [5e6]}, "too_few_jobs", None),
        ({"job": ["A", "B"], "points": [100, 100], "pay": [5e6, 6e6]}, "same_points", None),
    ],
)
def test_points_bad_input_names_the_row(rows, code, row):
    built = build.from_points(pd.DataFrame(rows), 3, "least_squares", [0.4])
    assert built.structure is None
    assert (built.issues[0].code, built.issues[0].row) == (code, row)
    text = describe_issue(built.issues[0], "id")
    assert (f"Baris {row}" in text) if row else "Baris" not in text


def test_points_least_squares_grades_and_line():
    jobs = pd.DataFrame(
        {
            "job": ["Agen", "Agen senior", "Team leader", "Supervisor"],
            "points": [150, 250, 350, 450],
            "pay": [6e6, 7e6, 8e6, 9e6],
        }
    )
    s = build.from_points(jobs, 3, "least_squares", [0.4]).structure
    assert s.line.b == pytest.approx(10_000) and s.line.r2 == pytest.approx(1)
    assert s.jobs["grade"].tolist() == [1, 2, 3, 3]  # width 100: [150, 250), [250, 350), [350, 450]
    assert s.grades["mid"].tolist() == [6_500_000, 7_500_000, 8_500_000]  # the line at each interval's centre


@pytest.mark.parametrize(
    "text, values, bad", [("40, 40,80", [0.4, 0.4, 0.8], []), ("40;x;0", [0.4], [2, 3]), ("", [], [])]
)
def test_parse_spreads(text, values, bad):
    got, issues = build.parse_spreads(text)
    assert got == pytest.approx(values) and [i.row for i in issues] == bad


def test_two_point_bad_input():
    built = build.two_point(5, 9e6, 6e6, [0.4])
    assert [i.code for i in built.issues] == ["high_below_low"]
    assert build.two_point(1, 5e6, 6e6, [0.4]).issues[0].code == "bad_grade_count"


# ---------- checks ----------
@pytest.mark.parametrize(
    "amount, allowances, code, severity",
    [
        (5_000_000, 0, "floor_met", "ok"),
        (5_886_853, 0, "floor_below", "critical"),
        (5_886_853, 500_000, "floor_met_with_allowances", "warning"),  # 5.5 jt is 91.7 % of 6.0 jt
        (5_886_853, 200_000, "floor_below", "critical"),  # 5.7 jt: still short
    ],
)
def test_floor_check(amount, allowances, code, severity):
    found = checks.floor_check(five_grades().grades, floor(amount), allowances)
    assert (found[0].code, found[0].severity) == (code, severity)


def test_basic_under_75_percent_of_basic_plus_allowances():
    found = checks.floor_check(five_grades().grades, floor(5_000_000), 2_000_000)
    codes = {c.code for c in found}
    assert "fixed_share_low" in codes
    text = describe_check(next(c for c in found if c.code == "fixed_share_low"), "id")
    assert "75 %" in text and "PP 36/2021 Pasal 7(2)" in text


def test_umk_unknown_never_says_meets():
    found = checks.floor_check(five_grades().grades, floor(1_000_000, note="x"), 0)
    assert found[0].code == "floor_met"

    unknown = floor(2_317_601, regency_code="33.26", regency_name="Kabupaten Pekalongan", umk_status=UMK_NOT_KNOWN)
    assert unknown.umk_unknown
    found = checks.floor_check(five_grades().grades, unknown, 0)
    assert found[0].code == "floor_umk_unknown" and found[0].severity == "warning"
    assert describe_check(found[0], "en").startswith("Kabupaten Pekalongan: a UMK is set here but its figure")
    below = checks.floor_check(five_grades(2_000_000).grades, unknown, 0)  # under the UMP: surely under the UMK
    assert below[0].code == "floor_below"


def test_rising_gaps_overlaps_and_review():
    grades = pd.DataFrame(
        {
            "grade": [1, 2, 3],
            "jobs": "",
            "min": [5e6, 4.9e6, 9e6],
            "mid": [6e6, 6.5e6, 10e6],
            "max": [7e6, 8e6, 11e6],
            "spread": 0.4,
        }
    )
    found = checks.run_checks(grades, floor(5e6), dt.date(2025, 1, 1), 2026)
    codes = [c.code for c in found]
    assert "falls_min" in codes and "review_needed" in codes and "gap" in codes and "overlap" in codes
    falls = next(c for c in found if c.code == "falls_min")
    assert describe_check(falls, "id").startswith("Upah terkecil golongan 2 lebih rendah dari golongan 1")
    review = next(c for c in found if c.code == "review_needed")
    assert "Permenaker 1/2017 Pasal 10" in describe_check(review, "en")


def test_service_scale_is_capped_at_the_maximum():
    s = checks.service_scale(five_grades().grades, 0.05, 10)
    assert s.loc[0, 0] == 5_500_000 and s.loc[0, 1] == 5_775_000
    assert s.loc[0, 10] == 7_700_000  # 5.5 jt x 1.05^10 = 8.96 jt, capped at the maximum


# ---------- the roster ----------
def roster_frame(**extra):
    data = {
        "Nama": ["Ani", "Budi", "Citra", "Dodi", ""],
        "Golongan": ["1", "Gol. 3", "2", "9", ""],
        "Tanggal masuk": ["2024-03-01", "15/07/2020", "", "2021-01-01", ""],
        "Upah pokok": ["5.600.000", "9000000", "7000000", "8000000", ""],
    }
    data.update(extra)
    return pd.DataFrame(data)


def test_roster_rows_and_problems_name_the_spreadsheet_row():
    rows, issues = roster.read_roster(roster_frame(), five_grades())
    assert [(r.name, r.grade) for r in rows] == [("Ani", 1), ("Budi", 3), ("Citra", 2)]
    assert rows[1].hire == dt.date(2020, 7, 15)
    texts = [describe_issue(i, "id") for i in issues]
    assert texts == [
        "Baris 4: Citra: tanggal masuk kosong",
        "Baris 5: Dodi: golongan 9 tidak ada dalam struktur (golongan 1 sampai 5)",
    ]
    assert describe_issue(issues[1], "en") == "Row 5: Dodi: grade 9 is not in the structure (grades 1 to 5)"


def test_roster_without_a_grade_column():
    rows, issues = roster.read_roster(pd.DataFrame({"nama": ["A"], "gaji": [1]}), five_grades())
    assert not rows and issues[0].code == "roster_columns"


@pytest.mark.parametrize(
    "hire, on, years", [(dt.date(2025, 7, 1), dt.date(2026, 6, 30), 0), (dt.date(2025, 7, 1), dt.date(2026, 7, 1), 1)]
)
def test_years_of_service(hire, on, years):
    assert roster.years_of_service(hire, on) == years


def test_team_check_statuses_and_no_cut():
    s = five_grades()  # grade 1: 5.5-7.7 jt; grade 2: 7.25-10.15 jt; grade 3: 9-12.6 jt
    rows = [
        roster.RosterRow(2, "new, at floor", 1, dt.date(2026, 3, 1), 5_886_853),
        roster.RosterRow(3, "new, under floor", 1, dt.date(2026, 3, 1), 5_000_000),
        roster.RosterRow(4, "old, under grade min", 3, dt.date(2020, 1, 1), 8_000_000),
        roster.RosterRow(5, "old, above grade max", 2, dt.date(2020, 1, 1), 12_000_000),
        roster.RosterRow(6, "no hire date", 2, None, 8_000_000),
    ]
    out = roster.team_check(rows, s, 5_886_853, dt.date(2026, 6, 30))
    assert out["status"].tolist() == ["inside", "below_floor", "below_min", "red_circle", "unknown_tenure"]
    assert out["raise"].tolist() == [0, 886_853, 1_000_000, 0, 0]
    assert (out["raise"] >= 0).all()


# ---------- documents ----------
INFO = document.DocInfo(
    "PT Contoh Layanan",
    "001/SK-DIR/XII/2025",
    dt.date(2025, 12, 15),
    "Karawang",
    "Budi Santoso",
    "Direktur Utama",
    dt.date(2026, 1, 1),
    "Kabupaten Karawang, Jawa Barat",
    "UMK Kabupaten Karawang 2026 Rp 5.886.853",
)


def test_decree_pdf_is_real_text():
    reader = PdfReader(io.BytesIO(document.decree_pdf(five_grades(), INFO)))
    assert len(reader.pages) == 2
    first, second = (" ".join(p.extract_text().split()) for p in reader.pages)  # lines joined
    for expected in (
        "LAMPIRAN",
        "001/SK-DIR/XII/2025",
        "15 Desember 2025",
        "1 Januari 2026",
        "Rp 5.500.000",
        "Rp 17.500.000",
        "Budi Santoso",
        "UMK Kabupaten Karawang 2026 Rp 5.886.853",
    ):
        assert expected in first
    assert "SURAT PERNYATAAN" in second and "PP 36/2021 Pasal 21 dan 22" in second


def test_notices_one_page_each_with_only_their_own_grade():
    workers = [document.Worker("Ani", 1), document.Worker("Budi", 3)]
    reader = PdfReader(io.BytesIO(document.notices_pdf(five_grades(), INFO, workers)))
    assert len(reader.pages) == 2
    first = reader.pages[0].extract_text()
    assert "Ani" in first and "Rp 5.500.000" in first and "Budi" not in first.replace("Budi Santoso", "")
    assert "Rp 9.000.000" not in first  # grade 3's minimum is on Budi's page only
    assert "Rp 9.000.000" in reader.pages[1].extract_text()


def test_workbook_cells_and_no_formulas():
    s = five_grades()
    found = checks.run_checks(s.grades, floor(5_886_853), dt.date(2026, 1, 1), 2026)
    data = document.workbook_bytes(s, INFO, found, [("=cmd", "@SUM(1)")], checks.service_scale(s.grades, 0.05, 3))
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Struktur", "Skala masa kerja", "Grafik", "Pemeriksaan", "Masukan", "Dasar hukum"]
    sheet = book["Struktur"]
    assert [sheet.cell(6, c).value for c in range(1, 6)] == [1, "", 5_500_000, 6_600_000, 7_700_000]
    inputs = book["Masukan"]
    assert inputs.cell(2, 1).value == "'=cmd" and inputs.cell(2, 2).value == "'@SUM(1)"
    assert "di bawah upah minimum" in book["Pemeriksaan"].cell(2, 2).value
    assert book["Grafik"]._charts


def test_view_builds_everything(wages):
    view = screens.structure_view(
        five_grades(),
        wages,
        "Jawa Barat",
        "",
        dt.date(2026, 1, 1),
        0.0,
        5.0,
        "PT X",
        "1/SK",
        dt.date(2025, 12, 1),
        "Bandung",
        "A",
        "Direktur",
        "en",
        dt.date(2026, 12, 7),
    )
    assert view.findings[0][0] == "ok" and "UMP Jawa Barat 2026" in view.findings[0][1]
    assert view.pdf().startswith(b"%PDF") and view.xlsx()[:2] == b"PK"  # built when clicked
    assert view.service is not None


def test_notices_take_any_name():
    workers = [document.Worker("Nguyễn Thị Ánh 王芳", 2)]
    text = PdfReader(io.BytesIO(document.notices_pdf(five_grades(), INFO, workers))).pages[0].extract_text()
    assert "Nguyễn Thị Ánh" in text


def test_saved_structure_round_trip_and_compare(tmp_path):
    from salary_explorer.core import storage
    from salary_explorer.structure import sets

    engine = storage.make_engine(f"sqlite:///{tmp_path / 's.db'}")
    storage.migrate(engine)
    first = sets.save(engine, sets.SavedStructure("Call centre", five_grades(), {"ssp": "Jawa Barat", "ssk": "32.15"}))
    assert first.version == 1 and first.structure.grades.equals(five_grades().grades)
    second = sets.save(
        engine, sets.SavedStructure("Call centre", five_grades(7_000_000), {"ssp": "Jawa Barat"}, first.token, 1)
    )
    assert second.version == 2
    changes = sets.compare_versions(engine, first.token, 1, 2, "id")
    assert ["1", "Upah terkecil", "Rp 5.500.000", "Rp 5.833.333"] in changes.values.tolist()
    assert ["-", "Kode kabupaten/kota", "32.15", "-"] in changes.values.tolist()
    with pytest.raises(storage.Conflict):
        sets.save(engine, sets.SavedStructure("Call centre", five_grades(), {}, first.token, 1))


def test_documents_in_english_on_request(wages):
    today = dt.date(2026, 12, 7)
    args = ("Jawa Barat", "32.15", dt.date(2026, 1, 1), 0.0, 0.0, "PT X", "1/SK", today, "Karawang", "A", "Director")
    view = screens.structure_view(five_grades(), wages, *args, "id", today, "en")
    text = " ".join(PdfReader(io.BytesIO(view.pdf())).pages[0].extract_text().split())
    assert "ON THE WAGE STRUCTURE AND SCALE" in text and "UMK Kabupaten Karawang 2026 Rp 5,886,853" in text
    assert view.findings[0][1].startswith("Upah terkecil golongan 1")  # the page itself stays in its language


# ---------- parsers never raise, and read what Indonesians write ----------


@given(st.text(max_size=60))
def test_parse_spreads_takes_any_text(text):
    values, issues = build.parse_spreads(text)
    assert all(0 < v <= 5 for v in values)
    assert all(i.code == "bad_spread" for i in issues)


@given(st.integers(min_value=1, max_value=10**11))
def test_money_reads_rupiah_as_written(amount):
    dotted = f"{amount:,}".replace(",", ".")
    assert build._money(f"Rp {dotted}") == amount
    assert build._money(f"{amount:,}") == amount
    assert build._money(str(amount)) == amount


@given(st.text(max_size=30))
def test_parse_date_takes_any_text(text):
    value = roster.parse_date(text)
    assert value is None or isinstance(value, dt.date)


@given(st.lists(st.tuples(st.text(max_size=12), st.text(max_size=6), st.text(max_size=12)), max_size=8))
def test_read_roster_takes_any_cells(cells):
    frame = pd.DataFrame(cells, columns=["nama", "golongan", "tanggal masuk"])
    rows, issues = roster.read_roster(frame, five_grades())
    assert all(1 <= r.grade <= 5 for r in rows)
    assert all(i.row is not None and i.row >= 2 for i in issues)
