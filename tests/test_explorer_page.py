"""The data explorer through the whole app: URL filters, match counts, formatted money, exports, uploads included."""

import io

import pandas as pd
import pytest

from salary_explorer.core import export
from salary_explorer.core.load import load_salaries
from salary_explorer.explorer import filters as explore

from .test_upload_page import click_import


@pytest.fixture(scope="module")
def bundled():
    return load_salaries()


def open_explorer(at, lang="en", **params):
    at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("pages/explorer.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# ---------- pure helpers ----------
def test_facets_list_the_values_present(bundled):
    options = explore.facets(bundled)
    assert options["xc"] == ["ID", "US"]
    assert options["xy"][-1] == explore.NO_YEAR and "2019" in options["xy"]
    assert set(options["xl"]) >= {"intern", "manager", "unspecified"}
    assert len(options["xs"]) == bundled["source_title"].nunique()


@pytest.mark.parametrize(
    "selection, expected",
    [
        ({}, None),
        ({"xc": ["US"]}, "US"),
        ({"xc": ["ID"], "xl": ["manager"]}, 1),
        ({"xy": ["none"], "xc": ["US"]}, 1),
        ({"xc": ["US"], "xl": ["intern"]}, 0),
    ],
    ids=["no-filter-all-rows", "us-only", "id-manager-1-row", "us-without-year-1-row", "us-intern-none"],
)
def test_apply_filters(bundled, selection, expected):
    out = explore.apply_filters(bundled, selection)
    if expected is None:
        assert len(out) == len(bundled)
    elif expected == "US":
        assert set(out["country"]) == {"US"} and len(out) == (bundled["country"] == "US").sum()
    else:
        assert len(out) == expected


def test_source_filter_uses_short_keys_because_titles_contain_commas(bundled):
    title = "Customer Service Adalah, Tugasnya Dan Juga Berapa Gajinya"
    key = explore.source_key(title)
    assert len(key) == 8 and "," not in key and explore.source_titles(bundled)[key] == title
    out = explore.apply_filters(bundled, {"xs": [key]})
    assert set(out["source_title"]) == {title}


@pytest.mark.parametrize("lang, text", [("en", "Rp 5,000,000/mo"), ("id", "Rp 5.000.000/bulan")])
def test_display_table_formats_money_in_the_readers_format(bundled, lang, text):
    table = explore.display_table(bundled[bundled["record_id"] == "id-2019-banking"], lang)
    assert table["pay_min"].iloc[0] == text
    assert table["pay_typical"].iloc[0] == ""
    assert table["year"].iloc[0] == "2019"
    assert explore.display_table(bundled[bundled["record_id"] == "id-level-intern"], lang)["year"].iloc[0] == "–"


def test_export_keeps_numbers_numeric_and_provenance(bundled):
    out = explore.export_frame(explore.apply_filters(bundled, {"xc": ["US"]}))
    assert pd.api.types.is_float_dtype(out["pay_typical"])
    assert {"source_title", "source_file", "year", "figure_note", "derivation"} <= set(out.columns)
    back = pd.read_csv(io.BytesIO(export.to_csv_bytes(out)), encoding="utf-8-sig")
    assert back["pay_typical"].tolist() == pytest.approx(out["pay_typical"].tolist(), nan_ok=True)
    assert (
        export.export_file_name("salaries", explore.export_filters({"xc": ["US"], "xl": []}), "csv")
        == "salaries_country-US.csv"
    )


@pytest.mark.parametrize("n, lang, text", [(3755, "en", "3,755"), (3755, "id", "3.755"), (0, "id", "0")])
def test_format_count(n, lang, text):
    assert explore.format_count(n, lang) == text


# ---------- the page ----------
@pytest.mark.parametrize(
    "lang, matches, money",
    [("en", "**2 of 13 rows match.**", "$12.83/hr"), ("id", "**2 dari 13 baris cocok.**", "US$12,83/jam")],
)
def test_filters_come_from_the_url_and_the_count_says_how_many_match(app, bundled, lang, matches, money):
    at = open_explorer(app, lang, xc="US")
    total = len(bundled)
    assert matches.replace("13", str(total)) == at.markdown[1].value
    assert at.multiselect(key="xc").value == ["US"]
    table = at.dataframe[0].value
    assert money in table["pay_typical"].tolist()
    assert at.query_params["xc"] == "US"


def test_changing_a_filter_updates_the_url_and_the_download_names(app):
    at = open_explorer(app)
    at.multiselect(key="xl").set_value(["manager"]).run()
    assert at.query_params["xl"] == "manager"
    assert len(at.dataframe[0].value) == 1
    assert [b.label for b in at.get("download_button")] == ["Download CSV", "Download Excel"]
    at.multiselect(key="xc").set_value(["US"]).run()
    assert "No row matches these filters" in at.info[0].value


def test_bad_url_values_are_ignored(app, bundled):
    at = open_explorer(app, xc="XX,US", xy="abc")
    assert at.multiselect(key="xc").value == ["US"]
    assert at.multiselect(key="xy").value == []


def test_uploaded_rows_appear_labelled_as_yours(app):
    at = open_explorer(app)
    at.switch_page("pages/upload.py").run()
    at.file_uploader(key="imp_file").set_value(("mine.csv", b"role,gaji\nCS,Rp 6 jt\n", "text/csv")).run()
    click_import(at)  # one clear figure: imported as it is dropped
    at.switch_page("pages/explorer.py").run()
    assert not at.exception
    assert at.caption[0].value == "1 of them come from your own uploads (marked “your upload”)."
    table = at.dataframe[0].value
    mine = table[table["source_title"] == "mine.csv"]
    assert mine[["source_kind", "pay_typical"]].values.tolist() == [["your upload", "Rp 6,000,000/mo"]]
    source = explore.source_key("mine.csv")
    at.multiselect(key="xs").set_value([source]).run()
    assert at.query_params["xs"] == source
    assert len(at.dataframe[0].value) == 1


@pytest.mark.parametrize(
    "chosen, expected",
    [(["DKI Jakarta"], ["up-1"]), (["Jawa Barat", "DKI Jakarta"], ["up-1", "up-2"]), ([""], ["bundled"]), ([], None)],
)
def test_province_filter_from_imported_places(chosen, expected):
    """Imported rows carry a province (issue 15); the explorer filters on it, rows without one read "not stated"."""
    base = load_salaries().head(1).assign(record_id="bundled", province="")
    up = base.assign(record_id="up-1", province="DKI Jakarta", source_kind="user_upload")
    up2 = base.assign(record_id="up-2", province="Jawa Barat", source_kind="user_upload")
    rows = pd.concat([base, up, up2], ignore_index=True)
    assert explore.facets(rows)["xp"] == ["", "DKI Jakarta", "Jawa Barat"]
    assert explore.option_label("xp", "", "id") == "tidak disebut"
    out = explore.apply_filters(rows, {"xp": chosen})
    assert list(out["record_id"]) == (expected or ["bundled", "up-1", "up-2"])
    assert "DKI Jakarta" in set(explore.display_table(rows, "en")["province"])
