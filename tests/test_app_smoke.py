"""Every page runs through the real router with no exception, in both languages (AppTest)."""

import pytest

from .conftest import ROOT, settings_panel

PAGES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py"))
TEXT_ELEMENTS = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success")
TITLES = {
    "pages/home.py": {"en": "Customer-service pay & requirements", "id": "Gaji & persyaratan customer service"},
}


def test_every_page_file_is_in_the_navigation():
    router = (ROOT / "app.py").read_text(encoding="utf-8")
    for page in PAGES:
        assert f'"{page}"' in router, f"{page} is not reachable from app.py"


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("page", PAGES)
def test_page_runs_without_exception(app, page, lang):
    app.query_params["lang"] = lang
    app.run()
    assert not app.exception
    app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    assert app.title, f"{page} has no title"
    if page in TITLES:
        assert app.title[0].value == TITLES[page][lang]
    assert app.session_state["lang"] == lang
    shown = [getattr(e, "value", "") for kind in TEXT_ELEMENTS for e in getattr(app, kind)]
    shown += [
        w.label
        for kind in ("selectbox", "multiselect", "pills", "radio", "number_input", "button", "checkbox", "toggle")
        for w in getattr(app, kind)
    ]
    missing = [text for text in shown if isinstance(text, str) and "⟦" in text]
    assert not missing, f"untranslated keys on {page}: {missing}"


def test_language_defaults_to_the_browser_locale(app):
    app.context["locale"] = "id-ID"
    app.run()
    assert app.session_state["lang"] == "id"
    assert app.query_params["lang"] == "id"


def test_language_switch_is_kept_across_pages_and_in_the_url(app):
    app.run()
    assert app.session_state["lang"] == "en"
    app.radio(key="lang").set_value("id").run()
    assert app.title[0].value == TITLES["pages/home.py"]["id"]
    app.switch_page("pages/bands.py").run()
    assert app.session_state["lang"] == "id"
    assert app.query_params["lang"] == "id"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_the_settings_panel_at_the_top_and_no_sidebar(app, page):
    """The panel's button names the language in force and turns with it; nothing is drawn in a sidebar."""
    app.query_params["lang"] = "en"
    app.run()
    app.switch_page(page).run()
    assert not app.exception
    assert settings_panel(app).proto.popover.label == "English · Settings"
    assert [r.label for r in settings_panel(app).radio] == ["Bahasa / Language"]
    assert not app.sidebar.children  # a sidebar cost every page ~70-90 ms of drawing (ui.render_settings)
    app.radio(key="lang").set_value("id").run()
    assert settings_panel(app).proto.popover.label == "Bahasa Indonesia · Pengaturan"
    assert app.session_state["lang"] == "id"


def open_display(app):
    """The display units' section is built only when open (ui.render_settings): open it, as a click does."""
    app.session_state["settings_display"] = True


def test_display_settings_come_from_the_url_and_go_back_into_it(app):
    app.query_params.update({"lang": "en", "cur": "IDR", "per": "year"})
    open_display(app)
    app.run()
    assert (app.selectbox(key="cur").value, app.selectbox(key="per").value) == ("IDR", "year")
    app.selectbox(key="per").set_value("week").run()
    assert app.query_params["per"] == "week"
    app.selectbox(key="per").set_value("month").run()
    assert "per" not in app.query_params  # Rupiah per month is the published default: a clean link


@pytest.mark.parametrize(
    "lang, params, label, link",
    [
        ("en", {}, "Show pay in: as published (Rp per month; US figures in $ per hour)", {}),
        ("id", {}, "Tampilkan gaji dalam: sesuai sumber (Rp per bulan; angka AS dalam US$ per jam)", {}),
        ("en", {"cur": "USD"}, "Show pay in: US dollar ($), per hour", {"cur": "USD"}),  # dollars: hourly by default
        ("en", {"cur": "USD", "per": "hour"}, "Show pay in: US dollar ($), per hour", {"cur": "USD"}),
        (
            "id",
            {"cur": "USD", "per": "year"},
            "Tampilkan gaji dalam: Dolar AS (US$), per tahun",
            {"cur": "USD", "per": "year"},
        ),
        ("id", {"per": "week"}, "Tampilkan gaji dalam: Rupiah (Rp), per minggu", {"per": "week"}),
    ],
)
def test_shut_display_section_says_the_units_in_force_and_keeps_the_link(app, lang, params, label, link):
    app.query_params.update({"lang": lang, **params})
    app.run()
    assert not app.exception and not settings_panel(app).selectbox  # shut: no selectboxes built
    assert settings_panel(app).expander[0].label == label
    units = (app.session_state["cur"], app.session_state["per"])
    assert units == (params.get("cur", "IDR"), params.get("per", "hour" if params.get("cur") == "USD" else "month"))
    assert {k: app.query_params[k] for k in ("cur", "per") if k in app.query_params} == link


@pytest.mark.parametrize(
    "lang, notice",
    [("en", "The link's Currency"), ("id", "Mata uang")],
)
def test_refused_units_in_the_link_get_a_notice_while_their_section_is_shut(app, lang, notice):
    app.query_params.update({"lang": lang, "cur": "EUR", "per": "fortnight"})
    app.run()
    assert not app.exception and not settings_panel(app).selectbox
    assert (app.session_state["cur"], app.session_state["per"]) == ("IDR", "month")
    warnings = " ".join(w.value for w in app.warning)
    assert notice in warnings and "EUR" in warnings and "fortnight" in warnings
    assert "cur" not in app.query_params and "per" not in app.query_params  # the refused values leave the link


def test_picked_units_stay_when_their_section_is_shut_and_on_other_pages(app):
    app.query_params["lang"] = "en"
    open_display(app)
    app.run()
    app.selectbox(key="cur").set_value("USD").run()
    app.selectbox(key="per").set_value("year").run()
    app.session_state["settings_display"] = False
    app.run()
    assert not settings_panel(app).selectbox
    assert settings_panel(app).expander[0].label == "Show pay in: US dollar ($), per year"
    app.switch_page("pages/pay.py").run()
    assert (app.query_params["cur"], app.query_params["per"]) == ("USD", "year")
    assert "US dollar" in " ".join(c.value for c in app.main.caption)
    open_display(app)
    app.run()
    assert (app.selectbox(key="cur").value, app.selectbox(key="per").value) == ("USD", "year")


def test_invalid_url_values_fall_back_to_defaults(app):
    app.query_params.update({"lang": "xx", "cur": "<script>", "per": "fortnight"})
    app.run()
    assert not app.exception
    assert app.session_state["cur"] in ("IDR", "USD")
    assert app.session_state["per"] in ("hour", "day", "week", "month", "year")


def open_conversion(app):
    """The conversion assumptions' expander is built only when open (ui.render_settings): open it, as a click does."""
    app.session_state["settings_conversion"] = True


def test_conversion_assumptions_are_shown_in_the_settings_panel(app):
    app.run()
    labels = [e.label for e in settings_panel(app).expander]
    assert labels == ["Show pay in: as published (Rp per month; US figures in $ per hour)", "Conversion assumptions"]
    assert not settings_panel(app).number_input
    open_conversion(app)
    app.run()
    captions = " ".join(c.value for c in settings_panel(app).caption)
    assert "40 h x 52 weeks = 2,080 h/yr" in captions
    app.number_input(key="hpw").set_value(37.5).run()
    assert "37.5 h x 52 weeks = 1,950 h/yr" in " ".join(c.value for c in settings_panel(app).caption)


@pytest.mark.parametrize(
    "file_name, old, new, where",
    [
        (
            "salary_id_by_level.csv",
            "1100000",
            "satu juta",
            "salary_id_by_level.csv, baris 2, kolom “pay_min”: bukan angka",
        ),
        (
            "exchange_rates.csv",
            "14147.67",
            "empat belas ribu",
            "exchange_rates.csv, baris 6, kolom “idr_per_usd”: bukan angka",
        ),
        ("requirements.csv", "Uraian Pekerjaan", "", None),
    ],
)
def test_a_broken_bundled_file_is_explained_not_a_traceback(app, tmp_path, monkeypatch, file_name, old, new, where):
    import shutil

    import streamlit as st

    from salary_explorer.core import load

    for path in load.DATA_DIR.glob("*.csv"):
        shutil.copy(path, tmp_path / path.name)
    broken = tmp_path / file_name
    text = broken.read_text(encoding="utf-8")
    if where is None:  # blank every source title: each row must be reported
        text = text.replace(
            "Uraian Pekerjaan Perwakilan Layanan Pelanggan: Templat untuk Mempekerjakan di Bisnis Anda", ""
        )
        where = "requirements.csv, baris 2, kolom “source_title”: nilai wajib diisi"
    else:
        text = text.replace(old, new, 1)
    broken.write_text(text, encoding="utf-8")
    monkeypatch.setattr(load, "DATA_DIR", tmp_path)
    st.cache_data.clear()
    st.cache_resource.clear()  # the bundled loaders share one frame per process (ui/loaders.py)
    try:
        app.query_params["lang"] = "id"
        app.run()
        assert not app.exception
        assert where in app.error[0].value
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()


def test_conversion_assumptions_travel_in_the_link(app):
    app.query_params.update({"lang": "en", "hpw": "37.5", "wpy": "50", "rate": "16277"})
    app.run()
    assert not app.exception and not settings_panel(app).number_input  # closed, the link's values still count
    kept = app.session_state["_conversion"]
    assert (kept["hpw"], kept["wpy"], kept["own_rate"], kept["rate"]) == (37.5, 50.0, True, 16277.0)
    assert (app.query_params["hpw"], app.query_params["rate"]) == ("37.5", "16277")
    open_conversion(app)
    app.run()
    assert app.number_input(key="hpw").value == 37.5
    assert app.checkbox(key="own_rate").value is True
    assert app.number_input(key="rate").value == 16277
    assert "37.5 h x 50 weeks = 1,875 h/yr" in " ".join(c.value for c in settings_panel(app).caption)
    app.checkbox(key="own_rate").uncheck().run()
    app.number_input(key="hpw").set_value(40).run()
    assert "rate" not in app.query_params and "hpw" not in app.query_params
    assert app.query_params["wpy"] == "50"


def test_assumptions_count_while_their_expander_is_closed(app):
    app.query_params.update({"lang": "id", "hpw": "37.5", "wpy": "50", "cur": "USD", "per": "hour"})
    app.run()
    app.switch_page("pages/pay.py").run()
    assert not app.exception and not settings_panel(app).number_input
    captions = " ".join(c.value for c in app.main.caption)
    assert "37,5 jam x 50 minggu" in captions and "1.875 jam/tahun" in captions
    fresh = app.__class__.from_file(app._script_path, default_timeout=60)
    fresh.query_params.update({"lang": "en", "hpw": "abc"})
    fresh.run()  # a bad value in the link is refused with a notice, the expander closed or not
    assert any("The link's Working hours per week" in w.value for w in fresh.warning)


def test_out_of_range_assumptions_in_the_link_fall_back_to_defaults(app):
    app.query_params.update({"lang": "en", "hpw": "9999", "rate": "-3"})
    open_conversion(app)
    app.run()
    assert not app.exception
    assert app.number_input(key="hpw").value == 40
    assert app.checkbox(key="own_rate").value is False
