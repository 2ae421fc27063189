"""The take-home block of the offer check and the take-home ranges, through the whole app, in both languages."""

from .test_salaries_page import OFFER, PAY, open_page


def metrics(at):
    return {m.label: m.value for m in at.metric}


def captions(at):
    return " ".join(c.value for c in at.caption)


def steps(at, header):
    return next(table.value for table in at.table if header in table.value.columns)


def test_6jt_tk0_takes_home_5_712_957_in_english(app):
    at = open_page(app, page=OFFER, ot="takehome", cur="IDR", per="month", oa="6000000", prov="DKI Jakarta")
    shown = metrics(at)
    assert shown["Take-home per month"] == "Rp 5,712,957"
    assert shown["Take-home per year"] == "Rp 74,067,750"
    assert shown["Employer's total cost per month"] == "Rp 6,614,400"
    table = steps(at, "Rule")
    assert "−\u00a0Rp\u00a047,043" in table["Amount"].tolist()
    assert "0.75 %" in table["Rate"].tolist()
    assert at.selectbox(key="ptkp").value == "TK/0"
    text = captions(at)
    assert "very low (0.24 %)" in text and "PMK 105/2025" in text
    assert at.query_params["ptkp"] == "TK/0"


def test_6jt_tk0_takes_home_5_712_957_in_indonesian(app):
    at = open_page(app, lang="id", page=OFFER, ot="takehome", cur="IDR", per="month", oa="6000000", prov="DKI Jakarta")
    shown = metrics(at)
    assert shown["Gaji bersih per bulan"] == "Rp 5.712.957"
    assert shown["Total biaya pemberi kerja per bulan"] == "Rp 6.614.400"
    table = steps(at, "Dasar hukum")
    assert "−\u00a0Rp\u00a047.043" in table["Jumlah"].tolist()
    assert "sangat rendah (0,24 %)" in captions(at)


def test_status_and_dtp_travel_in_the_link(app):
    at = open_page(
        app, page=OFFER, ot="takehome", cur="IDR", per="month", oa="10000000", ptkp="K/1", prov="DKI Jakarta"
    )
    assert metrics(at)["Take-home per month"] == "Rp 9,443,190"  # notes.md example 2 (the JP cap does not bind)
    at.checkbox(key="dtp").check().run()
    assert not at.exception
    assert metrics(at)["Take-home per month"] == "Rp 9,600,000"
    assert at.query_params["dtp"] == "1"
    assert "Applied: PPh 21 DTP 2026" in captions(at)


def test_us_offer_shows_federal_take_home_and_says_state_tax_is_left_out(app):
    at = open_page(
        app, page=OFFER, ot="takehome", cur="USD", per="year", oc="USD", op="year", oa="50000", prov="Federal"
    )
    assert metrics(at)["Take-home per year"] == "$42,355/yr"
    assert "state and local income taxes are not included" in captions(at)


def test_a_bad_status_in_the_link_falls_back_with_a_notice(app):
    at = open_page(app, page=OFFER, ot="takehome", oa="6000000", prov="DKI Jakarta", ptkp="X/9")
    assert at.selectbox(key="ptkp").value == "TK/0"
    assert metrics(at)["Take-home per month"] == "Rp 5,712,957"


def test_ranges_as_estimated_take_home(app):
    at = open_page(app, page=PAY, cur="IDR", per="month", pih="1")
    assert at.toggle(key="pih").value is True
    text = captions(at)
    assert "Estimated take-home, TK/0" in text
    levels = next(df.value for df in at.tabs[0].dataframe if "Figure" in df.value.columns)
    assert levels.iloc[0]["Minimum"] != "Rp 1,100,000/mo"  # the gross figure is not shown


def test_december_and_month_by_month_are_built_when_opened_in_both_languages(app):
    for lang, december, months, last in (
        ("en", "December", "Month by month", ("December", "Rp 5,669,076")),
        ("id", "Desember", "Per bulan", ("Desember", "Rp 5.669.076")),
    ):
        at = open_page(
            app.__class__.from_file(app._script_path, default_timeout=60),
            lang=lang, page=OFFER, ot="takehome", cur="IDR", per="month", oa="6000000", prov="DKI Jakarta",
        )  # fmt: skip
        labels = [e.label for e in at.main.expander]
        assert any(label.startswith(december) for label in labels) and months in labels
        assert len(at.table) == 1  # closed expanders: only the steps table is built
        at.session_state["th_december"] = at.session_state["th_months"] = True  # as opening them does
        at.run()
        assert not at.exception and len(at.table) == 3
        year, by_month = at.table[1].value, at.table[2].value
        plain = [str(v).replace("\u00a0", " ") for v in (year.iloc[-1].iloc[-2], *by_month.iloc[-1].iloc[[0, -1]])]
        assert plain == [last[1], *last]  # take-home in December, after the annual true-up
        assert len(by_month) == 12


def test_the_offer_check_builds_only_its_open_tab_in_both_languages(app):
    for lang, tabs, position in (
        ("en", ["Where it falls", "Take-home pay"], "Where it falls"),
        ("id", ["Posisi tawaran", "Gaji bersih"], "Posisinya"),
    ):
        at = open_page(app.__class__.from_file(app._script_path, default_timeout=60), lang=lang, page=OFFER)
        assert [t.label for t in at.tabs] == tabs
        assert position in metrics(at) and not at.table  # the check; the take-home is not built
        at.session_state["ot"] = "takehome"  # as a click on its tab does
        at.run()
        assert not at.exception and at.query_params["ot"] == "takehome"
        assert position not in metrics(at) and len(at.table) == 1  # the take-home steps
