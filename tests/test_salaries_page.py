"""The pay-ranges and offer-check pages through the whole app (router + settings panel), in both languages."""

import pandas as pd

from salary_explorer.core import load

PAY, OFFER = "pages/pay.py", "pages/offer.py"


def open_page(at, lang="en", page=PAY, **params):
    """Run the app with ``params`` in the query string, then switch to ``page`` (as a shared link would)."""
    at.query_params.update({"lang": lang, **{k: str(v) for k, v in params.items()}})
    at.run()
    at.switch_page(page).run()
    assert not at.exception
    return at


def metrics(at):
    return {m.label: (m.value, m.delta) for m in at.metric}


LEVEL, INDUSTRY, COMPARE = range(3)
TAB_IDS = ("level", "industry", "compare")  # the pay page's tabs as the link names them (pt)


def open_tab(at, tab):
    """Only the open tab is built (``ui.url_tabs``): open tab number ``tab``, as a click does, and rerun."""
    if at.session_state["pt"] != TAB_IDS[tab]:
        at.session_state["pt"] = TAB_IDS[tab]
        at.run()
        assert not at.exception
    return at


def frame(at, tab, header):
    """The first dataframe in tab number ``tab`` (opened first) whose columns include ``header``."""
    open_tab(at, tab)
    return next(df.value for df in at.tabs[tab].dataframe if header in df.value.columns)


def test_page_renders_every_section_in_english(app):
    at = open_page(app, cur="IDR", per="month")
    assert at.title[0].value == "Pay ranges"
    assert [t.label for t in at.tabs] == ["By level", "By industry", "Indonesia vs US"]
    levels = frame(at, LEVEL, "Figure")
    assert list(levels["Figure"]) == ["Intern", "Junior staff", "Senior staff", "Specialist", "Supervisor", "Manager"]
    assert levels.iloc[0]["Minimum"] == "Rp 1,100,000/mo" and levels.iloc[0]["Year"] == "year not stated"
    captions = " ".join(c.value for c in at.caption)
    assert "Figures from: Karyawan Layanan Pelanggan" in captions and "(year not stated)" in captions
    captions = " ".join(c.value for c in open_tab(at, INDUSTRY).caption)
    assert "Customer Service Adalah, Tugasnya Dan Juga Berapa Gajinya (2019)" in captions
    assert "Rp 500,000 + 100 × Rp 5,000 = Rp 1,000,000/mo" in captions
    assert [len(at.tabs[t].dataframe) > 0 for t in (LEVEL, INDUSTRY, COMPARE)] == [False, True, False]
    assert open_tab(at, COMPARE).tabs[COMPARE].dataframe


def test_only_the_open_tab_is_built_and_the_link_names_it_in_either_language(app):
    at = open_page(app, lang="id", pt="compare")
    assert [t.label for t in at.tabs] == ["Per jenjang", "Per industri", "Indonesia vs AS"]
    assert [len(t.dataframe) for t in at.tabs] == [0, 0, 1]  # the closed tabs run nothing
    assert [m.key for m in at.multiselect] == ["cmp"] and not at.pills
    at.radio(key="lang").set_value("en").run()
    assert [len(t.dataframe) for t in at.tabs] == [0, 0, 1] and at.query_params["pt"] == "compare"
    open_tab(at, LEVEL)
    assert "pt" not in at.query_params  # the first tab is the default: links stay short
    assert [p.key for p in at.pills] == ["lv"] and not at.multiselect  # levels as pills, each one click
    at = open_page(app.__class__.from_file(app._script_path, default_timeout=60), pt="nope")
    assert at.session_state["pt"] == "level" and len(at.tabs[LEVEL].dataframe) == 1
    assert any("Tab" in w.value and "nope" in w.value for w in at.warning)


def test_worked_example_banking_6jt_is_50_percent_compa_1(app):
    at = open_page(app, page=OFFER, cur="IDR", per="month")
    at.selectbox(key="ref").set_value("id-2019-banking")
    at.number_input(key="oa").set_value(6_000_000).run()
    assert not at.exception
    shown = metrics(at)
    assert shown["Where it falls"][0] == "Inside the range"
    assert shown["Position in the range"][0] == "50%"
    assert shown["Compa-ratio"][0] == "1.00"
    assert shown["Gap to minimum wage"] == ("Rp 270,124/mo", "above the minimum")  # UMP DKI Jakarta 2026
    assert not at.error
    assert at.query_params["oa"] == "6000000" and at.query_params["ref"] == "id-2019-banking"


def test_4jt_in_jakarta_flagged_below_ump_in_indonesian(app):
    at = open_page(app, lang="id", page=OFFER, cur="IDR", per="month")
    at.number_input(key="oa").set_value(4_000_000)
    at.selectbox(key="prov").set_value("DKI Jakarta").run()
    assert not at.exception
    warning = at.error[0].value
    assert "Tawaran ini di bawah upah minimum" in warning
    assert "UMP DKI Jakarta 2026 menetapkan Rp 5.729.876/bulan" in warning and "Rp 1.729.876/bulan" in warning
    assert metrics(at)["Selisih dengan upah minimum"] == ("Rp 1.729.876/bulan", "di bawah upah minimum")
    assert at.query_params["prov"] == "DKI Jakarta"


def test_link_with_query_parameters_reopens_the_same_state(app):
    at = open_page(
        app,
        lang="id",
        cur="USD",
        per="hour",
        lv="intern,manager",
        ind="banking,logistics",
        cmp="id-level-manager",
        cf="1000000",
        cn="20",
        cc="10000",
    )
    assert at.pills(key="lv").value == ["intern", "manager"]
    assert list(frame(at, LEVEL, "Angka")["Angka"]) == ["Staf magang", "Manajer"]
    assert open_tab(at, INDUSTRY).pills(key="ind").value == ["banking", "logistics"]
    assert metrics(at)["Gaji per bulan"][0] == "Rp 1.200.000/bulan"  # 1.000.000 + 20 x 10.000
    assert open_tab(at, COMPARE).multiselect(key="cmp").value == ["id-level-manager"]
    for key, value in {"lv": "intern,manager", "ind": "banking,logistics", "cur": "USD", "cn": "20"}.items():
        assert at.query_params[key] == value  # the URL still describes the view after the run


def test_offer_link_reopens_the_same_check(app):
    at = open_page(
        app,
        lang="id",
        page=OFFER,
        cur="USD",
        per="hour",
        oa="15",
        oc="USD",
        op="hour",
        ref="us-hourly",
        prov="Federal",
    )
    assert (at.selectbox(key="oc").value, at.selectbox(key="op").value) == ("USD", "hour")
    assert at.number_input(key="oa").value == 15
    assert (at.selectbox(key="ref").value, at.selectbox(key="prov").value) == ("us-hourly", "Federal")
    assert metrics(at)["Posisinya"][0] == "Di dalam rentang"
    assert not at.error
    assert at.success[0].value == (
        "Tawaran ini memenuhi upah minimum (US$7,25/jam — upah minimum federal AS, berlaku sejak 2009). "
        "(Tingkat federal: Fair Labor Standards Act.)"
    )
    for key, value in {"oa": "15", "prov": "Federal", "cur": "USD", "ref": "us-hourly"}.items():
        assert at.query_params[key] == value


def test_bad_query_parameters_fall_back_without_traceback(app):
    at = open_page(app, page=OFFER, oa="-5", oc="EUR", op="fortnight", ref="nope", prov="Atlantis")
    assert at.number_input(key="oa").value == 5_000_000
    assert at.selectbox(key="oc").value == "IDR" and at.selectbox(key="op").value == "month"
    assert at.selectbox(key="ref").value == "id-2019-general_staff"
    assert at.selectbox(key="prov").value == "DKI Jakarta"
    assert len(at.warning) == 5  # one notice per refused link value
    at = open_page(app.__class__.from_file(app._script_path, default_timeout=60), lv="bogus", cn="abc", cf="1e99")
    assert at.pills(key="lv").value == []
    assert "Pick at least one to see the chart." in [i.value for i in at.info]
    assert open_tab(at, INDUSTRY).number_input(key="cn").value == 100 and at.number_input(key="cf").value == 500_000


def test_level_filter_and_display_currency_drive_the_table(app):
    at = open_page(app, cur="IDR", per="month")
    at.pills(key="lv").set_value(["manager", "intern"]).run()
    assert list(frame(at, LEVEL, "Figure")["Figure"]) == ["Intern", "Manager"]
    assert at.query_params["lv"] == "manager,intern"
    at.session_state["settings_display"] = True  # the settings panel's units section, opened as a click does
    at.run()
    at.selectbox(key="cur").set_value("USD")
    at.selectbox(key="per").set_value("hour").run()
    assert not at.exception
    levels = frame(at, LEVEL, "Figure")
    assert levels.iloc[0]["Minimum"] == "$0.39/hr"  # Rp 1,100,000 / 16,477.87 / 173.33 h
    captions = " ".join(c.value for c in at.caption)
    assert "Rp 16,477.87 / US$1 (2025), nearest year available" in captions and "2,080 h/yr" in captions


def test_commission_calculator_and_industry_table(app):
    at = open_page(app, lang="id", cur="IDR", per="month")
    industries = frame(at, INDUSTRY, "Angka")
    assert "Perbankan" in set(industries["Angka"])
    commission = frame(at, INDUSTRY, "Komisi per barang")
    assert commission.iloc[0]["Komisi per barang"] == "Rp 5.000/item – Rp 50.000/item"
    at.number_input(key="cn").set_value(300).run()
    assert metrics(at)["Gaji per bulan"][0] == "Rp 2.000.000/bulan"  # 500.000 + 300 x 5.000
    assert at.query_params["cn"] == "300"


def test_indonesia_vs_us_in_one_unit_with_rate_and_hours(app):
    at = open_page(app, cur="USD", per="year")
    table = frame(at, COMPARE, "As the source wrote it")
    assert list(table["Country"]) == ["Indonesia", "Indonesia", "United States", "United States"]
    bls = table[table["Figure"] == "US: BLS median"].iloc[0]
    assert (bls["Typical / midpoint"], bls["Year"], bls["As the source wrote it"]) == (
        "$35,830/yr (typical)",
        "2021",
        "$35,830/yr",
    )
    hourly = table[table["Figure"] == "US: hourly range"].iloc[0]
    assert hourly["Minimum"] == "$15,080/yr"  # $7.25 x 2,080 h
    note = at.info[0].value
    assert "Converted to USD per year" in note and "2,080 h/yr" in note and "Settings (top right)" in note


def test_uploaded_rows_appear_labelled_by_year(app):
    upload = (
        load.load_salaries()
        .query("record_id == 'id-2019-banking'")
        .assign(
            record_id="up-1",
            pay_min=6_000_000.0,
            pay_max=9_000_000.0,
            year=pd.array([2024], dtype="Int64"),
            source_title="My survey",
            source_kind="user_upload",
        )
    )
    app.session_state["uploaded_salary_tables"] = {"mine.csv": upload}
    app.session_state["uploaded_salary_ranges"] = {"mine.csv": upload}  # one row: its own summary
    at = open_page(app, cur="IDR", per="month")
    industries = frame(at, INDUSTRY, "Figure")
    banking = industries[industries["Figure"] == "Banking"]
    assert sorted(banking["Year"]) == ["2019", "2024"]
    assert "My survey (2024)" in " ".join(c.value for c in at.caption)
