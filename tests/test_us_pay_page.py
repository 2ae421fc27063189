"""The US pay distribution page through the whole app, in both languages."""

import pytest

from .conftest import page_expander_labels, settings_panel


def open_us(at, lang, **params):
    at.query_params.update({"lang": lang, **{k: str(v) for k, v in params.items()}})
    at.run()
    at.switch_page("pages/us_pay.py").run()
    assert not at.exception
    return at


tr_table = {"en": "Figures as a table", "id": "Angka dalam tabel"}  # the two expanders holding the tables


@pytest.mark.parametrize(
    "lang, title, median_2025, unit_title",
    [
        ("en", "US pay distribution", "$21.53/hr", "P10 to P90 over the years, all industries (per hour)"),
        ("id", "Sebaran gaji AS", "US$21,53/jam", "P10 sampai P90 dari tahun ke tahun, semua industri (per jam)"),
    ],
)
def test_hourly_by_default_then_annual(app, lang, title, median_2025, unit_title):
    at = open_us(app, lang)
    assert at.title[0].value == title
    assert at.radio(key="ub").value == "hour"
    assert unit_title in [s.value for s in at.subheader]
    years = at.dataframe[0].value
    assert len(years) == 4 and years.iloc[0]["Median"] == median_2025
    assert years.iloc[0].iloc[1] == ("2.595.750" if lang == "id" else "2,595,750")  # employment
    assert len(at.dataframe) == 1 and len(at.get("vega_lite_chart")) == 1  # the other tabs are not built
    for tab, rows in (("sectors", 20), ("states", 51)):
        at.session_state["ut"] = tab  # as a click on the tab does
        at.run()
        assert page_expander_labels(at) == [tr_table[lang]]  # closed: its table is not built
        assert not at.dataframe and len(at.get("vega_lite_chart")) == 1
        at.session_state[f"us_{tab[:-1]}_table"] = True  # as opening it does
        at.run()
        assert len(at.dataframe[0].value) == rows and at.query_params["ut"] == tab
    at.session_state["ut"] = "years"
    at.run()
    assert "ut" not in at.query_params
    at.radio(key="ub").set_value("year").run()
    assert not at.exception and at.query_params["ub"] == "year"
    assert at.dataframe[0].value.iloc[0]["Median"] == ("US$44.770/tahun" if lang == "id" else "$44,770/yr")
    captions = " ".join(c.value for c in at.caption)
    assert "national_M2025_dl.xlsx" in captions and "#" in captions


@pytest.mark.parametrize(
    "lang, ump, oews",
    [
        ("en", "UMP 2026 (37 of 38 provinces known)", "May 2026 figures: spring 2027"),
        ("id", "UMP 2026 (37 dari 38 provinsi diketahui)", "Angka Mei 2026: musim semi 2027"),
    ],
)
def test_home_lists_data_as_of(app, lang, ump, oews):
    app.query_params.update({"lang": lang})
    at = app.run()
    assert not at.exception
    table = at.table[-1].value
    cells = " ".join(table.astype(str).to_numpy().ravel())
    assert ump in cells and oews in cells and len(table) == 5


@pytest.mark.parametrize("lang", ["en", "id"])
def test_us_bands_show_dollars_per_hour_until_the_reader_picks(app, lang):
    """Display defaults: figures as published whatever the language; the link stays free of cur/per."""
    app.query_params.update({"lang": lang, "bc": "US", "bp": "Federal"})
    app.run()
    at = app.switch_page("pages/bands.py").run()
    assert not at.exception
    assert at.session_state["cur"] == "IDR" and "cur" not in at.query_params
    published = "as published" if lang == "en" else "sesuai sumber"  # not "Rupiah" over a page of dollars
    assert published in settings_panel(at).expander[0].label
    checks = " ".join(e.label for e in at.main.expander)  # the checks section's label names the floor
    assert ("US$7,25/jam" if lang == "id" else "$7.25/hr") in checks


@pytest.mark.parametrize(
    "picked, country, expected",
    [
        (False, "US", ("USD", "hour")),
        (False, "ID", ("IDR", "month")),
        (True, "US", ("IDR", "year")),
    ],
)
def test_as_published(picked, country, expected):
    from salary_explorer.core.money import Display, as_published

    d = as_published(Display("en", "IDR", "year" if picked else "month", picked=picked), country)
    assert (d.currency, d.period) == expected
