"""The team pay check page through the whole app: upload a roster, pick a band set, counts and totals."""

from __future__ import annotations

import pytest

from .team_fixtures import EXPECTED, band_file_bytes, roster_bytes

CHECK_DATE = "2026-11-25"
COSTS = {
    "en": ("Rp 1,159,752/mo", "Rp 13,917,024/yr", "Rp 200,000/mo", "Rp 2,400,000/yr"),
    "id": ("Rp 1.159.752/bulan", "Rp 13.917.024/tahun", "Rp 200.000/bulan", "Rp 2.400.000/tahun"),
}


def open_team(at, lang="en", **params):
    at.query_params["lang"] = lang
    at.query_params["tmd"] = CHECK_DATE
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    at = at.switch_page("pages/team.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def upload(at, key, name, data, mime="text/csv"):
    at.file_uploader(key=key).set_value((name, data, mime)).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at):
    return [
        e.value for kind in ("success", "warning", "error", "info", "markdown", "caption") for e in getattr(at, kind)
    ]


def metric_values(at):
    return {m.label: m.value for m in at.metric}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_roster_against_a_band_file(app, lang):
    at = open_team(app, lang, tmb="file")
    at = upload(at, "tm_file", "tim.csv", roster_bytes(with_bad_rows=True))
    at = upload(at, "tm_bands", "bands.csv", band_file_bytes())
    report = {
        "en": "tim.csv: 14 rows read, 12 employees checked, 2 rows left out.",
        "id": "tim.csv: 14 baris dibaca, 12 karyawan dicek, 2 baris tidak diikutkan.",
    }[lang]
    assert report.replace(".csv", "\\.csv") in texts(at)
    labels = {
        "en": ("Employees checked", "Below the minimum wage", "Below their band", "Above their band"),
        "id": ("Karyawan dicek", "Di bawah upah minimum", "Di bawah rentangnya", "Di atas rentangnya"),
    }[lang]
    values = (EXPECTED["headcount"], EXPECTED["below_floor"], EXPECTED["below_band"], EXPECTED["above_band"])
    assert metric_values(at) == {label: str(v) for label, v in zip(labels, values)}
    body = " ".join(texts(at))
    for money in COSTS[lang]:
        assert money in body
    assert "2026" in body and "PP No. 49 Tahun 2025" in body
    buttons = {"en": ["CSV (per employee)", "Excel (all tables)"], "id": ["CSV (per karyawan)", "Excel (semua tabel)"]}
    assert [b.label for b in at.get("download_button")] == buttons[lang]


def test_bands_page_ladder_is_used_and_gap_shown(app):
    at = open_team(app, "en")  # no visit to the bands page: its starting ladder
    at = upload(at, "tm_file", "tim.csv", roster_bytes())
    body = " ".join(texts(at))
    assert "Band set: bands-page (Rp/month), 6 levels." in body
    assert metric_values(at)["Employees checked"] == "12"
    assert "1 gap(s) of 5 % or more" in body
    assert "fewer than 5 people (privacy): Junior staff, Senior staff, Supervisor" in body
    gap = at.dataframe[-1].value  # the last table is the pay gap: the whole team only, F and M
    assert gap["Group"].tolist() == ["F", "M"] and gap["Headcount"].tolist() == [6, 6]


def test_bad_roster_says_what_is_wrong_and_keeps_the_rest(app):
    at = open_team(app, "id", tmb="file")
    at = upload(at, "tm_file", "tim.csv", b"\x00\x01binary\x00")
    assert any(e.value.startswith("Daftar karyawan ini tidak dapat dibaca") for e in at.error)
    assert "ini bukan berkas teks" in at.error[0].value
    # the settings panel's values are untouched and a good roster afterwards works
    assert at.session_state["lang"] == "id"
    at = upload(at, "tm_file", "tim.csv", roster_bytes())
    assert not at.error


def test_roster_without_a_level_column_asks_for_one(app):
    at = open_team(app, "en")
    at = upload(at, "tm_file", "r.csv", b"name,province,salary\nA,Bali,5000000\n")
    assert "no level column is chosen" in at.error[0].value


def test_unknown_level_values_can_be_assigned(app):
    at = open_team(app, "en")
    at = upload(
        at, "tm_file", "r.csv", b"name,grade,province,salary\nA,L1,DKI Jakarta,5000000\nB,L2,DKI Jakarta,6000000\n"
    )
    assert any("2 rows read, 0 employees checked, 2 rows left out" in e.value for e in at.warning)
    [key] = [s.key for s in at.selectbox if s.key.startswith("tm_lv_") and s.label == "L1"]
    at.selectbox(key=key).set_value("junior_staff").run()
    assert not at.exception
    assert any("2 rows read, 1 employees checked, 1 rows left out" in w.value for w in at.warning)
    assert {m.label: m.value for m in at.metric}["Employees checked"] == "1"


def test_the_ladder_edited_on_the_bands_page_is_the_one_checked(app):
    from salary_explorer.bands.state import Ladder

    from .team_fixtures import BANDS

    at = open_team(app, "en")
    at.session_state["band_ladder"] = Ladder(BANDS)  # what the bands page keeps after the user's edits
    at = upload(at, "tm_file", "tim.csv", roster_bytes())
    assert "Band set: bands-page (Rp/month), 3 levels." in texts(at)
    assert metric_values(at)["Below their band"] == str(EXPECTED["below_band"])


def test_us_excel_roster_converted_with_rate_and_hours_named(app):
    import io

    import pandas as pd

    frame = pd.DataFrame(
        {
            "Employee": ["Ann", "Bob"],
            "Level": ["Junior staff", "Junior staff"],
            "State": ["California", "Texas"],
            "Hourly rate": [16.0, 20.0],
            "Currency": ["USD", "USD"],
            "Pay period": ["hour", "hour"],
        }
    )
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False)
    at = open_team(app, "en")
    at = upload(at, "tm_file", "us team.xlsx", buffer.getvalue(), "application/octet-stream")
    body = " ".join(texts(at))
    assert "us team.xlsx: Excel, 6 columns." in body.replace("\\", "")
    assert metric_values(at)["Below the minimum wage"] == "1"  # $16.00 < California's $16.90 in 2026
    assert "Bands given in IDR/month converted to the reporting unit: Rp" in body
    assert "40 h x 52 weeks = 2,080 h/yr" in body
    assert "All amounts in US$/month (the roster's currency)." in body


@pytest.fixture
def saved_bands(tmp_path, monkeypatch):
    """A band set saved in a throw-away SQLite store, as the bands page would save it; its token."""
    from salary_explorer.bands import sets
    from salary_explorer.core import storage

    from .team_fixtures import BANDS

    url = f"sqlite:///{tmp_path / 'saved.db'}"
    monkeypatch.setenv(storage.ENV_URL, url)
    engine = storage.make_engine(url)
    storage.migrate(engine)
    band_set = sets.BandSet("Jakarta CS 2026", "ID", "unspecified", "DKI Jakarta", "market", BANDS)
    token = sets.save(engine, band_set).token
    engine.dispose()
    return token


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_saved_band_set_opened_by_its_private_link(app, saved_bands, lang):
    at = open_team(app, lang, tmb="saved")
    at = upload(at, "tm_file", "tim.csv", roster_bytes())
    assert not at.metric  # nothing to check against yet
    at.text_input(key="tm_bset_link").input(f"http://localhost:8501/bands?bset={saved_bands}").run()
    assert not at.exception
    name = {"en": "Jakarta CS 2026 (version 1)", "id": "Jakarta CS 2026 (versi 1)"}[lang]
    assert any(name in c for c in texts(at))
    assert metric_values(at)[{"en": "Below their band", "id": "Di bawah rentangnya"}[lang]] == "1"
    assert saved_bands not in str(at.query_params)  # the private token never goes into this page's link


def test_a_wrong_saved_link_says_not_found_and_keeps_the_roster(app, saved_bands):
    at = open_team(app, "en", tmb="saved")
    at = upload(at, "tm_file", "tim.csv", roster_bytes())
    at.text_input(key="tm_bset_link").input("not-a-real-token").run()
    assert not at.exception and at.error
    assert any("12 employees checked" in s.value for s in at.success)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_roster_saved_by_private_link_and_reopened(app, saved_bands, lang):
    at = open_team(app, lang)
    at = upload(at, "tm_file", "tim.csv", roster_bytes(with_bad_rows=True))
    assert "tmr" not in at.query_params  # session only until the user saves
    at.button(key="tm_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    token = at.query_params["tmr"]
    token = token[0] if isinstance(token, list) else token
    saved = {"en": "tim.csv is saved", "id": "tim.csv tersimpan"}[lang]
    assert any(saved in s.value.replace("\\", "") for s in at.success)
    assert any(token in c.value for c in at.code)

    # a fresh session (another browser) opens the link and gets the same check
    from streamlit.testing.v1 import AppTest

    from .conftest import ROOT

    other = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    other = open_team(other, lang, tmr=token)
    opened = {"en": "14 rows read, 12 employees, 2 rows left out", "id": "14 baris dibaca, 12 karyawan"}[lang]
    assert any(opened in s.value for s in other.success)
    assert metric_values(other)[{"en": "Employees checked", "id": "Karyawan dicek"}[lang]] == "12"
    other.button(key="tm_other").click().run()
    assert "tmr" not in other.query_params and other.file_uploader(key="tm_file")


def test_a_wrong_roster_link_says_not_found_with_a_way_out(app, saved_bands):
    at = open_team(app, "en", tmr="x" * 43)
    assert at.error and not at.metric
    at.button(key="tm_other").click().run()
    assert not at.exception and at.file_uploader(key="tm_file")
