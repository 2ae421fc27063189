"""The HR band page through the whole app (router + settings panel), in both languages."""

from __future__ import annotations

import pandas as pd
import pytest

from salary_explorer.bands import files as band_files
from salary_explorer.bands import ladder as bands
from salary_explorer.core import export
from salary_explorer.core.i18n import t


def open_bands(at, **params):
    for key, value in {"lang": "en", "cur": "IDR", "per": "month", **params}.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("pages/bands.py").run()
    assert not at.exception
    return at


def editor(at) -> pd.DataFrame:
    return at.data_editor[0].value.set_index("level")


SECTIONS = {"metrics": "band_metrics_open", "chart": "band_chart_open", "offer": "band_offer_open"}


def open_section(at, name: str, is_open: bool = True):
    """The metrics, chart and offer check are lazy sections (each runs only while open): open or shut one as a
    click would."""
    at.session_state[SECTIONS[name]] = is_open
    return at.run()


def open_quick_set(at):
    """The quick-set form sits in a lazy expander (built only when open): open it as a click would."""
    at.session_state["band_quick_open"] = True
    return at.run()


def open_band_import(at):
    """The band-file uploader sits in a lazy expander (built only when open): open it as a click would."""
    at.session_state["band_import_open"] = True
    return at.run()


def metrics(at, lang: str = "en") -> pd.DataFrame:
    """The band metrics table, from its section (the last grid on the page once the section is open)."""
    return open_section(at, "metrics").dataframe[-1].value


def texts(elements) -> list[str]:
    """Each element's text; the checks box lists its findings as bullets, one item each."""
    return [line.removeprefix("- ") for e in elements for line in e.value.split("\n")]


def test_the_checks_are_one_box_with_a_line_a_finding(app):
    at = open_bands(app)
    [box] = at.warning
    title, *lines = box.value.split("\n")
    assert title == "**What the checks found**"  # its title inside the box: no heading element above it
    assert len(lines) > 1 and all(line.startswith("- ") for line in lines)
    assert not [h for h in at.subheader if h.value == "What the checks found"]


def test_starts_from_the_indonesian_level_table_with_warnings_and_metrics(app):
    at = open_bands(app)
    junior = editor(at).loc["junior_staff"]
    assert (junior.band_min, junior.band_mid, junior.band_max) == (2_200_000, 4_600_000, 7_000_000)
    warnings = texts(at.warning)
    assert "Junior staff: the minimum Rp 2,200,000/mo is below the minimum wage Rp 5,729,876/mo." in warnings
    assert (
        "Supervisor: the midpoint Rp 7,500,000/mo is not above the midpoint of Specialist (Rp 7,750,000/mo)."
        in warnings
    )
    assert "Senior staff: 57.1% of the band overlaps Junior staff, more than the 50% you allow." in warnings
    table = metrics(at).set_index("Level")
    assert table.loc["Junior staff", "Range spread"] == "218.2%"
    assert table.loc["Senior staff", "Midpoint progression"] == "41.3%"
    assert table.loc["Junior staff", "How it was set"] == "market range as published"
    assert not at.get("download_button")  # the export section is shut: its buttons are not built
    at.session_state["band_export_open"] = True
    at.run()
    assert [b.label for b in at.get("download_button")] == ["Download CSV", "Download Excel"]
    assert (at.query_params["bc"], at.query_params["bp"], at.query_params["bo"]) == ("ID", "DKI Jakarta", "50")


def test_indonesian_texts_and_money(app):
    at = open_bands(app, lang="id")
    assert at.title[0].value == "Rentang gaji per jenjang"
    assert "Staf junior: minimum Rp 2.200.000/bulan di bawah upah minimum Rp 5.729.876/bulan." in texts(at.warning)
    assert metrics(at, "id").set_index("Jenjang").loc["Staf junior", "Lebar rentang"] == "218,2%"
    floor_paragraph = "UMP DKI Jakarta 2026: Rp 5.729.876/bulan, berlaku sejak 2026-01-01. Dasar hukum: PP No. 49"
    assert not any(c.startswith(floor_paragraph) for c in texts(at.caption))  # in the shut checks section
    at.session_state["band_rules_open"] = True  # opened, as a click does
    assert any(c.startswith(floor_paragraph) for c in texts(at.run().caption))


def test_overlap_threshold_and_province_come_from_the_url(app):
    at = open_bands(app, bo="80", bp="Jawa Barat", bd="2025")  # checked against the 2025 UMP
    warnings = texts(at.warning)
    assert not any("overlaps Senior staff" in w for w in warnings)  # 76.5% is under 80%
    assert "Supervisor: 94.4% of the band overlaps Specialist, more than the 80% you allow." in warnings
    assert "Junior staff: the minimum Rp 2,200,000/mo is above" not in warnings
    assert not any("Junior staff: the minimum" in w for w in warnings)  # 2.2 jt >= Jawa Barat 2,191,232


def test_us_market_anchors_one_level_in_dollars_per_hour(app):
    at = open_bands(app, bc="US", cur="USD", per="hour", bp="Federal")
    table = editor(at)
    assert list(table.index) == ["junior_staff"]
    assert (table.loc["junior_staff", "band_min"], table.loc["junior_staff", "band_max"]) == (7.25, 27.2)
    assert any(i.startswith("What exists for the US: one hourly range") for i in texts(at.info))
    assert "No problems found." in texts(at.success)


def test_quick_set_market_position_and_offer_check(app):
    at = open_quick_set(open_bands(app))
    at.radio(key="band_method").set_value("market_position")
    at.number_input(key="band_position").set_value(110.0)
    at.number_input(key="band_spread").set_value(50.0)
    next(b for b in at.button if b.label == "Set the bands").click().run()
    assert not at.exception
    junior = editor(at).loc["junior_staff"]
    assert junior.band_mid == pytest.approx(5_060_000)
    assert (junior.band_min, junior.band_max) == (pytest.approx(4_048_000), pytest.approx(6_072_000))
    assert any(s.startswith("Bands set: derived: midpoint = 110% of the market midpoint") for s in texts(at.success))
    open_section(at, "offer")
    at.selectbox(key="band_offer_level").set_value("junior_staff").run()
    offer_key = next(n.key for n in at.number_input if n.key and n.key.startswith("band_offer_junior_staff"))
    at.number_input(key=offer_key).set_value(5_565_000.0).run()
    assert [m.value for m in at.metric] == ["1.10", "75%"]  # 5.565 / 5.06; (5.565 - 4.048) / 2.024
    assert "The offer is inside the band." in [m.value for m in at.markdown]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_offer_check_keeps_level_and_amount_while_its_section_is_shut(app, lang):
    at = open_section(open_bands(app, lang=lang), "offer")
    at.selectbox(key="band_offer_level").set_value("supervisor").run()
    offer_key = next(n.key for n in at.number_input if n.key and n.key.startswith("band_offer_supervisor"))
    at.number_input(key=offer_key).set_value(4_321_000.0).run()
    shown = [m.value for m in at.metric]
    open_section(at, "offer", False)  # shut: its widgets are not built
    assert not at.exception and not at.metric
    open_section(at, "offer")
    assert at.selectbox(key="band_offer_level").value == "supervisor"
    assert at.number_input(key=offer_key).value == 4_321_000.0
    assert [m.value for m in at.metric] == shown


def test_offer_level_kept_while_shut_gives_way_when_its_band_is_gone(app):
    at = open_section(open_bands(app), "offer")
    at.selectbox(key="band_offer_level").set_value("manager").run()
    open_section(at, "offer", False)
    row = list(editor(at).index).index("manager")
    at.session_state["band_editor_0"] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [row]}  # deleted
    at.run()
    open_section(at, "offer")
    assert not at.exception
    picker = at.selectbox(key="band_offer_level")
    assert "Manager" not in picker.options and len(picker.options) == 5
    assert picker.value in ("intern", "junior_staff", "senior_staff", "specialist", "supervisor")


def test_industry_scaling_labelled_as_derived(app):
    at = open_quick_set(open_bands(app, bi="banking"))
    at.selectbox(key="band_anchor_mode").set_value("scale")
    at.selectbox(key="band_anchor_level").set_value("junior_staff")
    next(b for b in at.button if b.label == "Set the bands").click().run()
    assert editor(at).loc["junior_staff", "band_mid"] == pytest.approx(6_000_000)
    basis = metrics(at).set_index("Level").loc["Manager", "How it was set"]
    assert basis.startswith("derived: per-level market ranges × 1.304")


def test_edit_min_above_max_is_warned(app):
    at = open_bands(app)
    at.session_state["band_editor_0"] = {
        "edited_rows": {0: {"band_min": 4_000_000}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert "Intern: the minimum Rp 4,000,000/mo is above the maximum Rp 3,000,000/mo." in texts(at.warning)
    assert metrics(at).set_index("Level").loc["Intern", "How it was set"] == "entered or edited by hand"
    at.session_state["band_editor_0"] = {
        "edited_rows": {0: {"band_min": 5_000_000}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()  # a second edit of the same cell: the edited table is keyed by the edits, so it is not last run's
    assert "Intern: the minimum Rp 5,000,000/mo is above the maximum Rp 3,000,000/mo." in texts(at.warning)
    at.session_state["band_editor_0"] = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not any("is above the maximum" in w for w in texts(at.warning))


def test_switching_currency_converts_the_bands(app):
    at = open_bands(app)
    at.session_state["settings_display"] = True  # the settings panel's units section, opened as a click does
    at.run()
    at.selectbox(key="cur").set_value("USD").run()
    assert not at.exception
    assert any(
        i.startswith("Your bands were converted from IDR per month to USD per month: rate Rp 16,477.87")
        for i in texts(at.info)
    )
    assert editor(at).loc["junior_staff", "band_max"] == pytest.approx(7_000_000 / 16_477.87)


def test_import_replaces_the_ladder_and_converts_it(app):
    at = open_bands(app)
    ladder = bands.tidy(
        pd.DataFrame(
            {
                "level": ["intern", "manager"],
                "band_min": [6.0, 20.0],
                "band_mid": [7.0, 25.0],
                "band_max": [8.0, 30.0],
                "currency": "USD",
                "pay_period": "hour",
            }
        )
    )
    data = export.to_xlsx_bytes(band_files.export_frame(ladder), "bands")
    assert not at.file_uploader  # shut: no drop zone to load
    open_band_import(at)
    at.file_uploader[0].set_value(("bands.xlsx", data, "application/octet-stream")).run()
    assert not at.exception
    assert "Imported 2 band(s) from bands.xlsx." in texts(at.success)
    table = editor(at)
    assert list(table.index) == ["intern", "manager"]
    assert table.loc["intern", "band_min"] == pytest.approx(6 * 16_477.87 * 2080 / 12)  # $6/hr in Rp/month
    at.session_state["band_import_open"] = False  # shut again: the file's ladder stays, read once
    at.run()
    assert not at.exception and not at.file_uploader
    assert list(editor(at).index) == ["intern", "manager"]
    assert "Imported 2 band(s) from bands.xlsx." not in texts(at.success)
    open_band_import(at)  # open again: an empty drop zone, the ladder unchanged
    assert at.file_uploader[0].value is None
    assert list(editor(at).index) == ["intern", "manager"]


@pytest.mark.parametrize("lang, title", [("en", "Continue from a band file"), ("id", "Lanjutkan dari berkas rentang")])
def test_band_file_import_is_a_shut_section_until_opened(app, lang, title):
    at = open_bands(app, lang=lang)
    assert title in [e.label for e in at.expander]
    assert not at.file_uploader
    assert open_band_import(at).file_uploader[0].label == t("band.import.label", lang)


HEADER = b"level,band_min,band_mid,band_max,currency,pay_period\n"


@pytest.mark.parametrize(
    "lang, csv, message",
    [
        (
            "en",
            HEADER + b"intern,1,2,3,IDR,month\nmanager,1,2,banyak,IDR,month\n",
            "bad.csv, row 3, column “band_max”: not a number (value: banyak)",
        ),
        (
            "id",
            HEADER + b"intern,1,2,3,IDR,month\nmanager,1,2,banyak,IDR,month\n",
            "bad.csv, baris 3, kolom “band_max”: bukan angka (nilai: banyak)",
        ),
        (  # a trailing comma on every row: pandas would shift every value one column to the left
            "en",
            HEADER + b"intern,1,2,3,IDR,month,\nmanager,1,2,3,IDR,month,\n",
            "bad.csv, row 2: this row has 7 fields but the header has 6 (value: intern,1,2,3,IDR,month,)",
        ),
        (
            "id",
            HEADER + b"intern,1,2,3,IDR,month,x\nmanager,1,2,3,IDR,month\n",
            "bad.csv, baris 2: baris ini punya 7 isian sedangkan judul kolom punya 6 (nilai: intern,1,2,3,IDR,month,x)",
        ),
    ],
)
def test_bad_import_names_row_and_column(app, lang, csv, message):
    at = open_bands(app, lang=lang)
    open_band_import(at).file_uploader[0].set_value(("bad.csv", csv, "text/csv")).run()
    assert not at.exception
    assert at.error[0].value == ("bad.csv was not imported:" if lang == "en" else "bad.csv tidak diimpor:")
    assert message in at.dataframe[0].value.iloc[:, 0].tolist()  # the details, above the editor
    assert editor(at).loc["junior_staff", "band_max"] == 7_000_000  # the ladder is untouched


@pytest.mark.parametrize(
    "lang, first_reference, labels",
    [
        ("en", "Intern, per-level table", ["Band metrics", "Chart", "Check a candidate's offer"]),
        ("id", "Staf magang, tabel per jenjang", ["Metrik rentang", "Grafik", "Cek tawaran untuk kandidat"]),
    ],
)
def test_market_table_metrics_chart_and_offer_run_only_when_open(app, lang, first_reference, labels):
    at = open_bands(app, lang=lang)
    assert not at.tabs
    expanders = [e.label for e in at.main.expander]
    assert expanders[expanders.index(labels[0]) :][:3] == labels  # under the findings, in this order
    assert len(at.dataframe) == 1 and at.warning  # the editor, and the findings in view; every section shut
    assert not at.get("vega_lite_chart")  # the chart's section is shut: its spec is not built
    open_section(at, "chart")
    assert len(at.get("vega_lite_chart")) == 1 and len(at.dataframe) == 1  # the chart now, not the metrics
    open_section(at, "metrics")
    assert len(at.get("vega_lite_chart")) == 1 and len(at.dataframe) == 2  # both open at once
    at.session_state["band_market_open"] = True
    at.run()
    market = at.dataframe[0].value
    assert market.iloc[0, 0] == first_reference
    assert any(c.startswith(t("common.figures_from", lang, sources="")) for c in texts(at.caption))
    open_section(at, "chart", False)
    open_section(at, "offer")
    assert not at.get("vega_lite_chart")  # the chart's section is shut now: its spec is not built
    assert len(at.metric) == 2


def test_quick_set_choices_kept_while_its_expander_is_shut(app):
    """Shutting the lazy quick-set form keeps its method (saved band sets record it) and its options."""
    at = open_quick_set(open_bands(app))
    at.radio(key="band_method").set_value("market_position")
    at.number_input(key="band_spread").set_value(40.0)
    next(b for b in at.button if b.label == "Set the bands").click().run()  # a form's values count once sent
    at.session_state["band_quick_open"] = False
    at.run()
    assert "band_method" not in [r.key for r in at.radio]  # shut: the form is not built
    assert at.session_state["band_method"] == "market_position"
    at.run()  # a further run without the form still keeps them
    assert at.session_state["band_method"] == "market_position"
    at = open_quick_set(at)
    assert not at.exception
    assert at.radio(key="band_method").value == "market_position"
    assert at.number_input(key="band_spread").value == 40.0


@pytest.mark.parametrize(
    "lang, params, label",
    [
        (
            "en",
            {},
            "Checks: minimum wage of today ({today}), UMP DKI Jakarta 2026 Rp 5,729,876/mo; overlap warning above 50%",
        ),
        (
            "id",
            {},
            "Pengecekan: upah minimum hari ini ({today}), UMP DKI Jakarta 2026 Rp 5.729.876/bulan; "
            "peringatan tumpang tindih di atas 50%",
        ),
        (
            "en",
            {"bd": "2025", "bo": "80"},
            "Checks: minimum wage of the year 2025, UMP DKI Jakarta 2025 Rp 5,396,761/mo; overlap warning above 80%",
        ),
        (
            "id",
            {"bd": "2025", "bo": "37.5"},
            "Pengecekan: upah minimum tahun 2025, UMP DKI Jakarta 2025 Rp 5.396.761/bulan; "
            "peringatan tumpang tindih di atas 37,5%",
        ),
        (
            "en",
            {"bp": "Sumatera Utara", "cur": "USD", "per": "hour"},
            "Checks: minimum wage of today ({today}), UMP Sumatera Utara 2026 $1.13/hr (disputed); "
            "overlap warning above 50%",
        ),
        (
            "id",
            {"bc": "US", "bp": "Texas"},
            "Pengecekan: upah minimum hari ini ({today}), upah minimum federal AS (Texas tidak menetapkan upah "
            "minimum yang lebih tinggi) US$7,25/jam; peringatan tumpang tindih di atas 50%",
        ),
    ],
)
def test_shut_checks_section_says_what_the_ladder_is_checked_against(app, lang, params, label):
    """The check date and overlap limit sit in a section shut by default; its label names them, the link keeps them."""
    at = open_bands(app, lang=lang, **params)
    today = at.session_state["bd"] == "today" and str(__import__("datetime").date.today())
    assert label.format(today=today) in [e.label for e in at.main.expander]
    assert not at.main.number_input  # shut: the overlap limit's input is not built
    assert at.query_params["bo"] == params.get("bo", "50") and at.query_params["bd"] == params.get("bd", "today")


@pytest.mark.parametrize("lang, notice", [("en", "The link's Warn when bands overlap"), ("id", "Peringatkan jika")])
def test_refused_checks_in_the_link_get_a_notice_while_their_section_is_shut(app, lang, notice):
    at = open_bands(app, lang=lang, bo="250", bd="1999")
    assert not at.exception
    notices = " ".join(w.value for w in at.warning)
    assert notice in notices and "250" in notices and "1999" in notices
    assert (at.session_state["bo"], at.session_state["bd"]) == (50.0, "today")


def test_checks_opened_changed_and_shut_keep_the_new_limit(app):
    at = open_bands(app, bo="80", bp="Jawa Barat", bd="2025")
    at.session_state["band_rules_open"] = True  # opened, as a click does
    at.run()
    assert at.number_input(key="bo").value == 80.0 and at.selectbox(key="bd").value == "2025"
    assert not any("76.5% of the band overlaps" in w for w in texts(at.warning))  # under 80%
    at.number_input(key="bo").set_value(70.0).run()
    assert any("76.5% of the band overlaps" in w and "70% you allow" in w for w in texts(at.warning))
    at.session_state["band_rules_open"] = False
    at.run()
    assert not at.main.number_input and at.query_params["bo"] == "70"
    label = "Checks: minimum wage of the year 2025, UMP Jawa Barat 2025 Rp 2,191,232/mo; overlap warning above 70%"
    assert label in [e.label for e in at.main.expander]
    assert any("76.5% of the band overlaps" in w and "70% you allow" in w for w in texts(at.warning))


def test_a_check_date_picked_in_the_section_moves_the_floor_in_its_label_and_the_findings(app):
    at = open_bands(app, bp="Jawa Barat", bd="2025")
    assert not any("Junior staff: the minimum" in w for w in texts(at.warning))  # 2.2 jt >= 2025's 2,191,232
    at.session_state["band_rules_open"] = True  # opened, as a click does
    at.run().selectbox(key="bd").set_value("today").run()
    today = at.session_state["bd"] == "today" and str(__import__("datetime").date.today())
    [label] = [e.label for e in at.main.expander if e.label.startswith("Checks:")]
    assert label.startswith(f"Checks: minimum wage of today ({today}), UMP Jawa Barat 2026 Rp ")
    floor = label.split("UMP Jawa Barat 2026 ")[1].split(";")[0]
    assert f"Junior staff: the minimum Rp 2,200,000/mo is below the minimum wage {floor}." in texts(at.warning)
    assert any(c.startswith("UMP Jawa Barat 2026: ") for c in texts(at.caption))  # its paragraph, inside


@pytest.mark.parametrize(
    "currency, period, shown",
    [("IDR", "month", "%.0f"), ("USD", "hour", "%.2f")],  # whole Rupiah (not 2050000.00); dollars and cents
)
def test_offer_amount_is_written_as_its_currency_is(app, currency, period, shown):
    at = open_section(open_bands(app, cur=currency, per=period), "offer")
    (amount,) = [n for n in at.number_input if n.key and n.key.startswith("band_offer_")]
    assert amount.proto.format == shown
