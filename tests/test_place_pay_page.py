"""The pay-by-place page through the whole app, in both languages: maps, the tables beside them, links."""

import json

import pandas as pd
import pytest

from salary_explorer import ui
from salary_explorer.core import floor_tables, load
from salary_explorer.core.formatting import percent
from salary_explorer.ui import UPLOADS_KEY

from .conftest import SHARED

BPS_REF = SHARED / "reference" / "bps_sector" / "bps_net_wage_province_sector.csv"
needs_reference = pytest.mark.skipif(not BPS_REF.exists(), reason="../shared/reference is not beside this checkout")
COLUMNS = {
    "en": {"region": "Region", "value": "Value", "marked": "Marked"},
    "id": {"region": "Wilayah", "value": "Nilai", "marked": "Tanda"},
}


def open_place(at, lang, *, table=True, **params):
    """The page with the link's ``params``; ``table``: the sorted table beside the map opened, as a click does."""
    at.query_params.update({"lang": lang, **{k: str(v) for k, v in params.items()}})
    at.run()
    at.switch_page("pages/place_pay.py").run()
    assert not at.exception, [e.value for e in at.exception]
    if table:
        at.session_state["place_table"] = True
        at.run()
        assert not at.exception, [e.value for e in at.exception]
    return at


def map_values(at) -> pd.DataFrame:
    """The region table the (only) map on the page looks up, from the spec sent to the browser."""
    (chart,) = at.get("vega_lite_chart")
    spec = json.loads(chart.proto.spec)
    (lookup,) = [tr for tr in spec["transform"] if "lookup" in tr]
    data = lookup["from"]["data"]
    if "values" in data:
        return pd.DataFrame(data["values"])
    datasets = {d.name: d for d in chart.proto.datasets}
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    return convert_arrow_bytes_to_pandas_df(datasets[data["name"]].data.data)


def link_notices(at) -> list[str]:
    return [w.value for w in at.warning if w.proto.icon == ":material/link_off:"]


def reference_wage(province: str, kbli: str, period: str) -> float:
    ref = pd.read_csv(BPS_REF, dtype=str, keep_default_na=False)
    row = ref[(ref["province"] == province) & (ref["kbli_section"] == kbli) & ref["period"].str.startswith(period)]
    return float(row["mean_net_monthly_wage_idr"].iloc[0])


@pytest.mark.parametrize(
    "lang, title, heading",
    [
        ("en", "Pay by place", "financial and insurance services, by province (Sakernas, August 2025)"),
        ("id", "Gaji menurut wilayah", "sektor jasa keuangan dan asuransi, per provinsi (Sakernas Agustus 2025)"),
    ],
)
def test_bps_map_by_default_with_the_table_matching_the_map(app, lang, title, heading):
    shut = open_place(app, lang, table=False)
    assert not shut.dataframe and len(shut.get("vega_lite_chart")) == 1  # the table only when opened
    at = open_place(app, lang)
    assert at.title[0].value == title
    assert heading in at.subheader[0].value
    assert len(at.get("vega_lite_chart")) == 1 and len(at.dataframe) == 1  # only the open tab is built
    table = at.dataframe[0].value
    cols = COLUMNS[lang]
    assert len(table) == 38
    values = table[cols["value"]]
    assert values.dropna().is_monotonic_decreasing and values.isna().iloc[-1]  # sorted, no figure last (not zero)
    on_map = map_values(at).set_index("region")["value"].astype(float)
    beside = table.set_index(cols["region"])[cols["value"]].astype(float)
    pd.testing.assert_series_equal(beside.sort_index(), on_map.sort_index(), check_names=False)
    papua_pegunungan = table.set_index(cols["region"]).loc["Papua Pegunungan"]
    assert pd.isna(papua_pegunungan[cols["value"]])  # blank in the BPS table: missing, never zero
    marked = table.set_index(cols["region"]).loc["Papua Tengah", cols["marked"]]
    assert "5.116.552" in marked if lang == "id" else "5,116,552" in marked  # with the national figure beside
    captions = " ".join(c.value for c in at.caption)
    assert "var 2475" in captions and ("Sakernas" in captions)


@needs_reference
@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("sector, kbli", [("k", "K"), ("h", "H")])
def test_two_sectors_in_jawa_barat_equal_the_bps_reference(app, lang, sector, kbli):
    at = open_place(app, lang, ms=sector, mp="2025-08")
    table = at.dataframe[0].value.set_index(COLUMNS[lang]["region"])
    expected = reference_wage("JAWA BARAT", kbli, "2025-08")
    assert table.loc["Jawa Barat", COLUMNS[lang]["value"]] == expected
    assert map_values(at).set_index("region").loc["Jawa Barat", "value"] == expected
    written = table.loc["Jawa Barat"].iloc[1]  # "As written", beside the value
    assert written == (f"Rp {expected:,.0f}/mo" if lang == "en" else f"Rp {expected:,.0f}/bulan".replace(",", "."))


def test_february_kalimantan_barat_is_missing_and_papua_codes_join_right(app):
    at = open_place(app, "en", ms="k", mp="2025-02")
    table = at.dataframe[0].value.set_index("Region")
    assert pd.isna(table.loc["Kalimantan Barat", "Value"])
    assert table.loc["Papua Tengah", "Value"] == 1_800_000 and "small sample" in table.loc["Papua Tengah", "Marked"]
    looked_up = map_values(at).set_index("code")
    assert looked_up.loc["94", "region"] == "Papua Tengah" and looked_up.loc["91", "region"] == "Papua"


@needs_reference
@pytest.mark.parametrize("lang", ["en", "id"])
def test_clerical_workers_by_province_equal_the_bps_reference(app, lang):
    ref = pd.read_csv(
        BPS_REF.with_name("bps_net_wage_province_occupation_2026-02.csv"), dtype=str, keep_default_na=False
    )
    row = ref[(ref["province"] == "JAWA BARAT") & (ref["kbji1982_major_group"] == "3")]
    at = open_place(app, lang, mf="occupation")
    assert at.selectbox(key="mo").value == "3"  # clerical workers: the closest group to customer-service work
    table = at.dataframe[0].value.set_index(COLUMNS[lang]["region"])
    assert table.loc["Jawa Barat", COLUMNS[lang]["value"]] == float(row["mean_net_monthly_wage_idr"].iloc[0])
    assert ("5.714.076" if lang == "id" else "5,714,076") in table.loc["DKI Jakarta"].iloc[1]


@pytest.mark.parametrize(
    "lang, sector_notice, period_notice",
    [("en", "Sector", "Period"), ("id", "Sektor", "Periode")],
)
def test_a_wrong_sector_or_period_falls_back_with_a_notice(app, lang, sector_notice, period_notice):
    at = open_place(app, lang, table=False, ms="zz", mp="1999-01", mf="nope")
    notices = link_notices(at)
    assert len(notices) == 3, notices
    assert any(sector_notice in n and "zz" in n for n in notices)
    assert any(period_notice in n and "1999\\-01" in n for n in notices)  # quoted back inert for Markdown
    assert at.selectbox(key="ms").value == "k" and at.selectbox(key="mp").value == "2025-08"


@pytest.mark.parametrize("lang", ["en", "id"])
def test_ump_map_marks_disputed_and_unknown(app, lang):
    at = open_place(app, lang, mf="ump", my=2026)
    table = at.dataframe[0].value.set_index(COLUMNS[lang]["region"])
    assert len(table) == 38
    assert table.loc["DKI Jakarta", COLUMNS[lang]["value"]] == 5_729_876
    marks = table[COLUMNS[lang]["marked"]]
    assert (marks != "").sum() >= 4  # three disputed, one not yet known (data/minimum_wage.csv)
    assert table[COLUMNS[lang]["value"]].isna().sum() == 1


@pytest.mark.parametrize(
    "lang, figure, region, value",
    [
        ("en", "median", "California", 47_790),
        ("id", "employment", "California", 183_350),
        ("en", "minimum", "Washington", 17.13),
    ],
)
def test_us_maps(app, lang, figure, region, value):
    at = open_place(app, lang, mt="us", mu=figure, muy=2026)
    table = at.dataframe[0].value.set_index(COLUMNS[lang]["region"])
    assert len(table) == 51
    assert table.loc[region, COLUMNS[lang]["value"]] == value
    on_map = map_values(at).set_index("region")["value"].astype(float)
    assert on_map.loc[region] == value


# --- an analyst's imported job ads on the map ------------------------------------------------------------------

# A JobStreet-Indonesia-shaped export (Indonesian headers, one average-pay column, city names as job boards write
# them); written by hand, no real ads copied.
JOB_BOARD = (
    b"Judul Pekerjaan,Perusahaan,Lokasi,Gaji_Rata2,Tanggal\n"
    b"Customer Service Officer,PT Satu,Jakarta Raya,10500000,22/08/2026 08:04:31\n"
    b"Customer Service,PT Dua,Jakarta Selatan,6000000,21/08/2026 10:00:00\n"
    b"Call Center Agent,PT Tiga,Jakarta Barat,5000000,20/08/2026 09:15:00\n"
    b"Customer Care,PT Empat,Kota Bandung,5500000,19/08/2026 11:30:00\n"
    b"CS Representative,PT Lima,Bekasi,4000000,18/08/2026 08:00:00\n"
    b"Customer Service,PT Enam,Kab. Karawang,5000000,17/08/2026 08:00:00\n"
    b"Customer Care,PT Tujuh,Surabaya,6000000,16/08/2026 08:00:00\n"
    b"CS Admin,PT Delapan,Tangerang,4500000,15/08/2026 08:00:00\n"
    b"Admin CS,PT Sembilan,Kota Bandung,2000000,14/08/2026 08:00:00\n"
)


def imported(app, lang):
    from .test_upload_page import click_import, open_upload, upload

    return click_import(upload(open_upload(app, lang), "jobstreet.csv", JOB_BOARD))


@pytest.mark.parametrize(
    "lang, ads, median, below, used",
    [
        ("en", "Ads", "Median", "Below the local floor", "9 of 9 imported rows used"),
        ("id", "Lowongan", "Median", "Di bawah UM setempat", "9 dari 9 baris impor dipakai"),
    ],
)
def test_a_job_board_export_by_province_with_counts_and_medians(app, lang, ads, median, below, used):
    at = imported(app, lang)
    at.query_params.update({"mt": "file", "mn": "2"})
    at.switch_page("pages/place_pay.py").run()
    at.session_state["place_table"] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert used in " ".join(c.value for c in at.caption)
    table = at.dataframe[0].value.set_index(COLUMNS[lang]["region"])
    assert table.loc["DKI Jakarta", ads] == 3 and table.loc["DKI Jakarta", median] == 6_000_000
    assert table.loc["Jawa Barat", ads] == 4 and table.loc["Jawa Barat", median] == 4_500_000
    # the share below the floor in force at each ad's place (core.floor_tables.share_below_floor over the same rows):
    # at least Rp 2 jt in Kota Bandung is below even the UMP of Jawa Barat 2026 (Rp 2.317.601)
    uploaded = next(iter(at.session_state[UPLOADS_KEY].values()))
    shares = floor_tables.share_below_floor(uploaded, load.load_minimum_wages(), ui.today(), "province").set_index(
        "province"
    )
    # Rp 5 jt in Kab. Karawang is below its UMK (Rp 5.886.853) and Rp 2 jt in Kota Bandung below its UMK;
    # "Bekasi" names a kota and a kabupaten, so that ad is checked against the UMP only (not guessed)
    assert shares.loc["Jawa Barat", "share"] == 0.5
    assert shares.loc["DKI Jakarta", "share"] == pytest.approx(1 / 3)  # Rp 5 jt in Jakarta Barat: below the UMP 2026
    assert table.loc["Jawa Barat", below] == percent(shares.loc["Jawa Barat", "share"], lang)
    for few in ("Jawa Timur", "Banten"):  # one ad each: under the fewest-ads threshold, no figure at all
        assert pd.isna(table.loc[few, ads]) and pd.isna(table.loc[few, median])
    on_map = map_values(at).set_index("region")
    assert on_map.loc["DKI Jakarta", "value"] == 3 and pd.isna(on_map.loc["Jawa Timur", "value"])
    at.radio(key="mx").set_value("median").run()
    assert map_values(at).set_index("region").loc["DKI Jakarta", "value"] == 6_000_000
    at.radio(key="mx").set_value("below").run()
    assert map_values(at).set_index("region").loc["Jawa Barat", "value"] == shares.loc["Jawa Barat", "share"]
    at.radio(key="mx").set_value("median").run()
    at.number_input(key="mn").set_value(1).run()
    assert map_values(at).set_index("region").loc["Jawa Timur", "value"] == 6_000_000


@pytest.mark.parametrize("lang, karawang", [("en", "Kabupaten Karawang"), ("id", "Kabupaten Karawang")])
def test_imported_job_ads_by_regency_city(app, lang, karawang):
    at = imported(app, lang)
    at.query_params.update({"mt": "file", "mn": "1", "ml": "regency", "mx": "below"})
    at.switch_page("pages/place_pay.py").run()
    at.session_state["place_table"] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    table = at.dataframe[0].value.set_index(COLUMNS[lang]["region"])
    assert table.loc[karawang].iloc[1] == 1  # one ad in Kab. Karawang (after the province column)
    assert table.loc[karawang].iloc[3] == "100%"  # Rp 5 jt: below the UMK
    assert "Kota Bandung" in table.index and "Kabupaten Bekasi" not in table.index  # ambiguous "Bekasi": no regency
    on_map = map_values(at).set_index("code")
    assert on_map.loc["32.15", "value"] == 1.0
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert spec["transform"][0]["lookup"] == "id"  # regencies drawn country-wide: no province filter


def test_no_imported_file_says_so_and_links_to_the_import(app):
    at = open_place(app, "en", table=False, mt="file")
    assert "No imported job ads in this session yet" in at.info[0].value
    assert not at.get("vega_lite_chart")


# --- the floor in force by regency/city (issue 31's map) ----------------------------------------------------------


@pytest.mark.parametrize(
    "lang, disputed, unknown, no_umk",
    [
        ("en", "disputed: the higher value is shown", "set, but not known to the app", "sets no UMK; the UMP applies"),
        (
            "id",
            "diperdebatkan: ditampilkan nilai yang lebih tinggi",
            "ditetapkan, tetapi belum diketahui",
            "tidak menetapkan UMK",
        ),
    ],
)
def test_the_floor_map_by_regency_marks_disputed_and_unknown(app, lang, disputed, unknown, no_umk):
    at = open_place(app, lang, mf="floor", md=2026)
    cols = COLUMNS[lang]
    table = at.dataframe[0].value.set_index(cols["region"])
    assert len(table) == 514
    bekasi = table.loc["Kota Bekasi"]
    assert bekasi[cols["value"]] == 5_999_443 and disputed in bekasi[cols["marked"]]
    assert ("5.992.932" if lang == "id" else "5,992,932") in bekasi[cols["marked"]]  # the other published figure
    assert table.loc["Kabupaten Karawang", cols["value"]] == 5_886_853
    pekalongan = table.loc["Kabupaten Pekalongan"]
    assert pd.isna(pekalongan[cols["value"]]) and unknown in pekalongan[cols["marked"]]  # grey, never "meets"
    assert no_umk in table.loc["Kota Administrasi Jakarta Selatan", cols["marked"]]
    assert table.loc["Kota Administrasi Jakarta Selatan", cols["value"]] == 5_729_876  # the UMP of DKI Jakarta
    on_map = map_values(at).set_index("code")
    assert on_map.loc["32.75", "value"] == 5_999_443 and bool(on_map.loc["32.75", "marked"])
    assert "decree" in on_map.columns and on_map.loc["32.15", "decree"]  # the decree on hover


def test_the_floor_map_of_one_province(app):
    at = open_place(app, "en", mf="floor", md=2026, mv="Jawa Barat")
    assert len(at.dataframe[0].value) == 27
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert {"filter": {"field": "properties.prov", "equal": "32"}} in spec["transform"]


def test_a_wrong_province_in_the_link_falls_back_with_a_notice(app):
    wrong = open_place(app, "id", table=False, mf="floor", mv="Atlantis")
    assert any("Atlantis" in n for n in link_notices(wrong))
    assert wrong.selectbox(key="mv").value == ""
