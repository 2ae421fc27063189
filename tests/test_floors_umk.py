"""The floor where the work is: regency/city minimum wages (UMK) in core.floors (issue 31).

The worked checks are the reference's own (``shared/reference/umk/notes.md`` section 7) and the issue's
"must show" list: a check that stopped at the province would pass pay that is below the law.
"""

import datetime as dt

import pandas as pd
import pytest

from salary_explorer.core import floor_tables, floors, load, offers, regions

D = dt.date
IN_2026 = D(2026, 3, 1)


@pytest.fixture(scope="module")
def wages():
    return load.load_minimum_wages()


@pytest.mark.parametrize(
    "province, regency, kind, amount, status",
    [
        pytest.param("Jawa Barat", "32.15", "UMK", 5_886_853, "agreed", id="karawang"),
        pytest.param("Jawa Barat", "32.05", "UMK", 2_472_227, "agreed", id="garut"),
        pytest.param("Jawa Barat", "32.75", "UMK", 5_999_443, "disputed", id="kota-bekasi-disputed-higher"),
        pytest.param("Jawa Barat", "32.02", "UMK", 3_893_201, "disputed", id="sukabumi-disputed-other-higher"),
        pytest.param("Jawa Timur", "35.78", "UMK", 5_288_796, "agreed", id="surabaya"),
        pytest.param("Sumatera Selatan", "16.71", "UMK", 4_192_837, "agreed", id="palembang"),
        pytest.param("DKI Jakarta", "31.74", "UMP", 5_729_876, "none", id="jakarta-selatan-no-umk"),
        pytest.param("Bali", "51.08", "UMP", 3_207_459, "none", id="buleleng-no-umk"),
        pytest.param("Jawa Tengah", "33.26", "UMP", 2_327_386.07, "not found", id="pekalongan-unknown"),
        pytest.param("DKI Jakarta", "", "UMP", 5_729_876, "", id="province-wide"),
    ],
)
def test_floor_at_a_workplace_in_2026(wages, province, regency, kind, amount, status):
    floor = floors.floor_in_force(wages, province, IN_2026, regency=regency)
    assert (floor.wage_kind, floor.amount, floor.umk_status, floor.year) == (kind, amount, status, 2026)
    assert floor.umk_unknown == (status == "not found")
    assert floor.legal_basis and floor.source_title


@pytest.mark.parametrize(
    "province, regency, pay, below, gap",
    [
        pytest.param("Jawa Barat", "32.15", 5_500_000, True, -386_853, id="karawang-below-umk"),
        pytest.param("Jawa Barat", "32.05", 2_500_000, False, 27_773, id="garut-meets"),
        pytest.param("DKI Jakarta", "", 5_000_000, True, -729_876, id="jakarta-below-ump"),
        pytest.param("Jawa Barat", "32.75", 5_500_000, True, -499_443, id="kota-bekasi"),
        pytest.param("Jawa Timur", "35.78", 5_000_000, True, -288_796, id="surabaya"),
        pytest.param("Jawa Tengah", "33.04", 2_400_000, False, 72_186, id="banjarnegara"),
        pytest.param("Banten", "36.01", 3_500_000, False, 139_921, id="pandeglang-decree-sen-rounded-up"),
        pytest.param("Bali", "51.08", 3_300_000, False, 92_541, id="buleleng-ump"),
        pytest.param("Sumatera Selatan", "16.71", 4_200_000, False, 7_163, id="palembang"),
    ],
)
def test_reference_worked_checks(wages, province, regency, pay, below, gap):
    floor = floors.floor_in_force(wages, province, IN_2026, regency=regency)
    assert (pay < floor.amount) == below
    assert round(pay - floor.amount) == gap


def test_karawang_would_pass_against_the_ump_alone(wages):
    """Why the regency matters: the province's UMP is far below Karawang's UMK."""
    province = floors.floor_in_force(wages, "Jawa Barat", IN_2026)
    local = floors.floor_in_force(wages, "Jawa Barat", IN_2026, regency="32.15")
    assert province.amount == 2_317_601 < 5_500_000 < local.amount
    assert local.province_amount == province.amount


def test_disputed_umk_shows_both_values(wages):
    floor = floors.floor_in_force(wages, "Jawa Barat", IN_2026, regency="32.75")
    assert floor.disputed and floor.alternatives == (5_992_931.93,)
    for lang, words in (("en", "Disputed"), ("id", "diperdebatkan")):
        text = floors.describe_floor(floor, lang)
        assert words in text and "5.999.443" in text.replace(",", ".") and "5.992.93" in text.replace(",", ".")


@pytest.mark.parametrize("lang, words", [("en", "does not know the figure"), ("id", "belum diketahui")])
def test_unknown_umk_never_reads_as_a_plain_floor(wages, lang, words):
    floor = floors.floor_in_force(wages, "Jawa Tengah", IN_2026, regency="33.26")
    text = floors.describe_floor(floor, lang)
    assert words in text and "Kabupaten Pekalongan" in text and "100.3.3.1/505" in text
    assert floor.last_known_umk == (2025, 2_486_653)


@pytest.mark.parametrize(
    "regency, lang, words",
    [
        ("31.74", "en", "sets no UMK of its own: the provincial UMP applies"),
        ("31.74", "id", "tidak menetapkan UMK sendiri"),
        ("32.15", "en", "replaces the UMP Jawa Barat"),
        ("32.15", "id", "menggantikan UMP Jawa Barat"),
    ],
)
def test_describe_says_which_level_of_government_sets_the_floor(wages, regency, lang, words):
    province = regions.province_of(regency)
    assert words in floors.describe_floor(floors.floor_in_force(wages, province, IN_2026, regency=regency), lang)


def test_umsk_is_mentioned_where_the_decree_sets_it(wages):
    floor = floors.floor_in_force(wages, "Jawa Tengah", IN_2026, regency="33.04")  # Jateng decree: UMK and UMSK
    assert floor.sector_minimum and "UMSK" in floors.describe_floor(floor, "en")


def test_scope_note_only_for_indonesia(wages):
    assert "one year" in floors.scope_note(floors.floor_in_force(wages, "Bali", IN_2026), "en")
    assert floors.scope_note(floors.floor_in_force(wages, "Texas", IN_2026), "en") == ""


def test_umk_2025_is_kept_where_stated(wages):
    floor = floors.floor_in_force(wages, "Jawa Barat", D(2025, 6, 1), regency="32.75")
    assert (floor.wage_kind, floor.year, floor.amount) == ("UMK", 2025, 5_690_753)


def test_a_year_without_a_known_umk_says_so(wages):
    floor = floors.floor_in_force(wages, "Jawa Barat", D(2025, 6, 1), regency="32.05")  # Garut: 2025 not stated
    assert floor.umk_unknown and floor.amount == 2_191_232 and floor.year == 2025


@pytest.mark.parametrize(
    "province, regency",
    [("Jawa Barat", "31.74"), ("Jawa Barat", "99.99"), ("Jawa Barat", "32"), ("Atlantis", "32.15")],
)
def test_a_regency_outside_its_province_is_a_key_error(wages, province, regency):
    with pytest.raises(KeyError):
        floors.floor_in_force(wages, province, IN_2026, regency=regency)


def test_floor_by_regency_covers_every_regency(wages):
    table = floor_tables.floor_by_regency(wages, IN_2026)
    assert len(table) == 514 and table["code"].is_unique
    by_code = table.set_index("code")
    assert by_code.loc["32.15", "amount"] == 5_886_853 and by_code.loc["32.15", "kind"] == "UMK"
    assert pd.isna(by_code.loc["33.26", "amount"]) and by_code.loc["33.26", "status"] == "not found"
    assert by_code.loc["31.71", "status"] == "no UMK" and by_code.loc["31.71", "amount"] == 5_729_876
    assert table["status"].value_counts().to_dict() == {
        "no UMK": 324,
        "agreed": 146,
        "single source": 31,
        "not found": 8,
        "disputed": 5,
    }


def test_umk_rows_carry_provenance(wages):
    umk = load.load_umk()
    assert set(umk["year"]) == {2025, 2026}
    newest = umk[umk["year"] == 2026]
    assert len(newest) == 190
    assert newest["legal_basis"].str.strip().ne("").sum() >= 189  # one decree number was never seen
    assert umk["source_title"].str.strip().ne("").all() and umk["source_status"].str.strip().ne("").all()
    assert newest["source_status"].value_counts().to_dict() == {
        "agreed": 146,
        "single source": 31,
        "not found": 8,
        "disputed": 5,
    }


def test_province_helpers_ignore_umk_rows(wages):
    assert offers.current_minimum_wage(wages, "Jawa Barat")["wage_kind"] == "UMP"


@pytest.fixture()
def job_ads():
    return pd.DataFrame(
        {
            "country": ["ID"] * 5 + ["US"],
            "pay_period": ["month"] * 5 + ["hour"],
            "currency": ["IDR"] * 5 + ["USD"],
            "province": ["Jawa Barat", "Jawa Barat", "DKI Jakarta", "Jawa Tengah", "Jawa Barat", "Texas"],
            "regency_code": ["32.15", "32.05", "", "33.26", "", ""],
            "pay_min": [5_500_000, 2_500_000, 5_000_000, 3_000_000, None, 15.0],
            "pay_typical": [None, None, None, None, 2_400_000, None],
            "pay_max": [None] * 6,
            "year": [2026] * 6,
        }
    )


def test_share_below_the_local_floor_by_province(wages, job_ads):
    table = floor_tables.share_below_floor(job_ads, wages, IN_2026).set_index("province")
    assert table.loc["Jawa Barat", ["rows", "below", "unknown"]].tolist() == [3, 1, 0]
    assert table.loc["DKI Jakarta", "share"] == 1.0
    assert table.loc["Jawa Tengah", "unknown"] == 1 and pd.isna(table.loc["Jawa Tengah", "share"])
    assert "Texas" not in table.index


def test_share_below_the_local_floor_by_regency(wages, job_ads):
    table = floor_tables.share_below_floor(job_ads, wages, IN_2026, level="regency").set_index("regency_code")
    assert list(table.index) == ["32.05", "32.15", "33.26"]
    assert table.loc["32.15", "regency"] == "Kabupaten Karawang" and table.loc["32.15", "share"] == 1.0


def test_share_below_floor_refuses_an_unknown_level(wages, job_ads):
    with pytest.raises(ValueError):
        floor_tables.share_below_floor(job_ads, wages, IN_2026, level="village")


UMK_REFERENCE = load.DATA_DIR.parent.parent / "shared" / "reference" / "umk" / "umk_2026.csv"


@pytest.mark.skipif(not UMK_REFERENCE.exists(), reason="../shared/reference/umk is not beside this checkout")
def test_every_bundled_umk_figure_is_the_references():
    """Provenance: each amount, decree and status is the reference table's, row by row; alternatives are
    figures its note quotes."""
    ref = pd.read_csv(UMK_REFERENCE, dtype=str, keep_default_na=False).set_index("kemendagri_code")
    umk = load.load_umk()
    for row in umk.itertuples(index=False):
        source = ref.loc[row.regency_code]
        stated = source[f"umk_{row.year}_idr"]
        assert (pd.isna(row.amount) and stated == "") or row.amount == float(stated), row.regency_code
        if row.year == 2026:
            assert row.legal_basis == source["legal_basis"] and row.source_status == source["status"]
        for alternative in filter(None, str(row.alternatives).split(";")):
            whole = f"{float(alternative):,.0f}".replace(",", ".")
            assert whole[:-1] in source["notes"], (row.regency_code, alternative)


@pytest.mark.parametrize("year", [2024, 2025, 2026, 2027])
def test_the_batch_lookup_gives_what_floor_in_force_gives_for_every_regency(wages, year):
    """share_below_floor and floor_by_regency look each province up once; the floors must be the same ones."""
    on = dt.date(2026, 6, 1)
    places = regions.regencies()[["province", "code"]].rename(columns={"code": "regency_code"}).assign(year=year)
    extra = pd.DataFrame(
        {"province": ["Jawa Barat", "DKI Jakarta", "Nowhere"], "regency_code": ["", "32.15", ""], "year": year}
    )
    places = pd.concat([places, extra], ignore_index=True)
    batch = floor_tables._floors_at(wages, places, on)
    when = on if year == on.year else (dt.date(year, 12, 31) if year < on.year else dt.date(year, 1, 1))
    for province, code, _ in places.itertuples(index=False):
        try:
            one = floors.floor_in_force(wages, province, when, regency=code)
        except (KeyError, LookupError):
            one = None
        assert batch[(province, code, year)] == one, (province, code, year)
